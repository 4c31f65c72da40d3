//! Opening a unit in the calculator replaces the commune stored there: when that commune
//! holds other figures, the table asks first.

use crate::core::stored::record::{self, CommuneRecord};
use crate::storage::{self, Key};
use crate::ui::i18n::table::commune_summary;
use crate::ui::i18n::use_lang;
use crate::ui::widgets::focus::focus_later;
use leptos::prelude::*;

/// The unit waiting to be opened, and the commune it would replace.
#[derive(Debug, Clone, Copy)]
pub struct OpenRequest(RwSignal<Option<(CommuneRecord, CommuneRecord)>>);

impl OpenRequest {
    pub fn new() -> OpenRequest {
        OpenRequest(RwSignal::new(None))
    }
}

/// Whether two records hold the same commune's figures (the tier chosen and rule set aside).
fn same_figures(a: &CommuneRecord, b: &CommuneRecord) -> bool {
    a.name.trim() == b.name.trim() && a.counts == b.counts && a.commune_group == b.commune_group
}

fn is_empty(r: &CommuneRecord) -> bool {
    r.name.trim().is_empty() && r.counts.is_none()
}

/// Hands `incoming` to the calculator page (through the stored commune) and goes there,
/// after asking when the calculator holds another commune's figures.
pub fn open_in_calculator(incoming: CommuneRecord) {
    match storage::peek(Key::Commune, record::decode) {
        Some(current) if !is_empty(&current) && !same_figures(&current, &incoming) => {
            expect_context::<OpenRequest>()
                .0
                .set(Some((current, incoming)));
            focus_later("[data-testid=open-replace]");
        }
        _ => {
            go(&incoming);
        }
    }
}

fn go(incoming: &CommuneRecord) -> bool {
    let saved = storage::available() && storage::save_doc(Key::Commune, incoming).is_ok();
    if saved {
        if let Some(location) = web_sys::window().map(|w| w.location()) {
            let _ = location.set_href("../");
        }
    }
    saved
}

/// The question, fixed at the foot of the screen while it waits.
#[component]
pub fn OpenConfirm() -> impl IntoView {
    let lang = use_lang();
    let request = expect_context::<OpenRequest>().0;
    let failed = RwSignal::new(false);
    let t = lang.table();
    move || {
        request.get().map(|(current, incoming)| {
            let replace = {
                let incoming = incoming.clone();
                move |_| failed.set(!go(&incoming))
            };
            view! {
                <div class="confirm-bar" role="alertdialog" aria-labelledby="open-q" data-testid="open-confirm">
                    <p id="open-q">
                        {t.open_holds}
                        <bdi data-testid="open-current">{commune_summary(lang, &current)}</bdi>
                        {t.open_replace_with}
                        <bdi data-testid="open-incoming">{commune_summary(lang, &incoming)}</bdi>
                        "?"
                    </p>
                    <div class="toolbar">
                        <button type="button" class="primary" data-testid="open-replace" on:click=replace>
                            {t.open_replace}
                        </button>
                        <button
                            type="button"
                            data-testid="open-cancel"
                            on:click=move |_| {
                                failed.set(false);
                                request.set(None);
                            }
                        >
                            {t.open_keep}
                        </button>
                    </div>
                    {move || failed.get().then(|| view! {
                        <p class="error" role="alert">
                            {t.save_failed}
                        </p>
                    })}
                </div>
            }
        })
    }
}
