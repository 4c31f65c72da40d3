//! The table handed on: a link carrying the units and the rule set in force (when it fits
//! a link), else the JSON file, which carries the same; and a link opened here, read as
//! a pasted JSON table (same preview, nothing changed before the confirm).

use super::TableState;
use crate::core::table::export::{self, SharedTable};
use crate::ui::i18n::use_lang;
use crate::ui::rule_sets::book::RuleBook;
use crate::ui::widgets::link_panel::{forget_opened, link_here, opened_with, LinkPanel};
use leptos::prelude::*;

/// What a shared table's link hash starts with, before its fragment.
pub const LINK_HASH: &str = "#/mo/";

/// The shared table's fragment the page was opened with, if any.
pub fn opened_link() -> Option<String> {
    opened_with(LINK_HASH)
}

/// Puts the hash back to the table's once the link's table is imported or set aside, so
/// that a reload does not offer it again.
pub fn forget_link() {
    forget_opened(LINK_HASH, "#/");
}

/// The link to this table, or `None` when the table is too large for one.
fn link(book: RuleBook, state: TableState) -> Option<String> {
    let table = SharedTable {
        units: state.units(),
        rule_set: Some(book.active_set()),
    };
    link_here(LINK_HASH, &export::table_link(&table)?)
}

#[component]
pub fn TableShare() -> impl IntoView {
    let t = use_lang().table();
    let book = expect_context::<RuleBook>();
    let state = expect_context::<TableState>();
    // Made when asked for (it packs the whole table), and again after each change.
    let shown = RwSignal::new(false);
    view! {
        <div class="table-share">
            <div class="toolbar">
                <button
                    type="button"
                    data-testid="table-share"
                    aria-expanded=move || if shown.get() { "true" } else { "false" }
                    on:click=move |_| shown.update(|s| *s = !*s)
                >
                    {t.share_table}
                </button>
            </div>
            {move || {
                shown.get().then(|| {
                    let units = state.with_units(|u| u.len());
                    let set = book.active_set();
                    let what = crate::ui::i18n::table::share_table_holds(use_lang(), units, &set);
                    match link(book, state) {
                        Some(url) => view! {
                            <div class="link-panel">
                                <p class="hint" data-testid="table-share-holds">{what}</p>
                                <LinkPanel url id="table-link".to_owned() hook="table-link"/>
                            </div>
                        }
                        .into_any(),
                        None => view! {
                            <p class="hint" data-testid="table-link-too-long">{t.share_table_too_long}</p>
                        }
                        .into_any(),
                    }
                })
            }}
        </div>
    }
}
