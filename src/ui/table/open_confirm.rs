//! Opening a unit in the calculator replaces the commune stored there: when that commune
//! holds other figures, the table asks first.

use crate::core::num::number_vi::format_count;
use crate::core::stored::record::{self, CommuneRecord};
use crate::storage::{self, Key};
use crate::ui::i18n::{use_lang, Lang};
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
    let saved = storage::available() && storage::save(Key::Commune, incoming).is_ok();
    if saved {
        if let Some(location) = web_sys::window().map(|w| w.location()) {
            let _ = location.set_href("../");
        }
    }
    saved
}

fn summary(lang: Lang, r: &CommuneRecord) -> String {
    let name = match (r.name.trim(), lang) {
        ("", Lang::Vi) => "(chưa đặt tên)",
        ("", Lang::En) => "(no name)",
        (name, _) => name,
    };
    let counts = r.counts.map(|c| (c.total().get(), c.online().get()));
    match (lang, counts) {
        (Lang::Vi, Some((t, o))) => format!(
            "{name}: {} hồ sơ, {} trực tuyến",
            format_count(t),
            format_count(o)
        ),
        (Lang::En, Some((t, o))) => format!(
            "{name}: {} dossiers, {} online",
            format_count(t),
            format_count(o)
        ),
        (Lang::Vi, None) => format!("{name}: chưa có số liệu"),
        (Lang::En, None) => format!("{name}: no figures yet"),
    }
}

/// The question, fixed at the foot of the screen while it waits.
#[component]
pub fn OpenConfirm() -> impl IntoView {
    let lang = use_lang();
    let request = expect_context::<OpenRequest>().0;
    let failed = RwSignal::new(false);
    let tr = move |vi: &'static str, en: &'static str| match lang {
        Lang::Vi => vi,
        Lang::En => en,
    };
    move || {
        request.get().map(|(current, incoming)| {
            let replace = {
                let incoming = incoming.clone();
                move |_| failed.set(!go(&incoming))
            };
            view! {
                <div class="confirm-bar" role="alertdialog" aria-labelledby="open-q" data-testid="open-confirm">
                    <p id="open-q">
                        {tr("Trang Một xã đang có ", "The One commune page holds ")}
                        <bdi data-testid="open-current">{summary(lang, &current)}</bdi>
                        {tr(". Thay bằng ", ". Replace it with ")}
                        <bdi data-testid="open-incoming">{summary(lang, &incoming)}</bdi>
                        "?"
                    </p>
                    <div class="toolbar">
                        <button type="button" class="primary" data-testid="open-replace" on:click=replace>
                            {tr("Thay và mở", "Replace and open")}
                        </button>
                        <button
                            type="button"
                            data-testid="open-cancel"
                            on:click=move |_| {
                                failed.set(false);
                                request.set(None);
                            }
                        >
                            {tr("Không, giữ số liệu đang có", "No, keep what is there")}
                        </button>
                    </div>
                    {move || failed.get().then(|| view! {
                        <p class="error" role="alert">
                            {tr("Không lưu được vào trình duyệt.", "Could not save in this browser.")}
                        </p>
                    })}
                </div>
            }
        })
    }
}
