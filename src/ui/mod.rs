//! The Leptos interface: thin components that read signals and call the core.

mod app;
mod calculator;
mod count_input;
mod download;
mod history;
pub mod i18n;
mod notices;
mod rank_count;
mod results;
mod route;
mod rule_book;
mod rule_set;
mod rule_sets_view;
mod safari_note;
mod share;
mod table;

use crate::core::record;
use crate::storage::{self, Key};

fn lang() -> i18n::Lang {
    storage::load_lang()
        .as_deref()
        .and_then(i18n::Lang::from_code)
        .unwrap_or(i18n::Lang::Vi)
}

fn mark_mounted() {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("ntm-calc:mounted");
    }
}

/// The first page: one commune. Stored state is read before any signal exists, so the
/// saving effects never write defaults over it.
pub fn start_calculator() {
    let commune = storage::load(Key::Commune, record::decode);
    let rule_sets = storage::load(Key::RuleSets, record::decode_doc::<record::RuleSetsRecord>);
    let lang = lang();
    leptos::mount::mount_to_body(
        move || leptos::view! { <app::CalculatorApp commune rule_sets lang/> },
    );
    mark_mounted();
}

/// The second page: the units table and the rule sets.
pub fn start_table() {
    let table = storage::load(Key::Table, record::decode_doc::<record::TableRecord>);
    let rule_sets = storage::load(Key::RuleSets, record::decode_doc::<record::RuleSetsRecord>);
    let lang = lang();
    leptos::mount::mount_to_body(move || leptos::view! { <app::TableApp table rule_sets lang/> });
    mark_mounted();
}

/// The fourth page (`theo-doi/`): months, projection, scorecard and report.
pub fn start_history() {
    let history = storage::load(Key::History, crate::core::history_record::decode);
    let rule_sets = storage::load(Key::RuleSets, record::decode_doc::<record::RuleSetsRecord>);
    let lang = lang();
    leptos::mount::mount_to_body(
        move || leptos::view! { <app::HistoryApp history rule_sets lang/> },
    );
    mark_mounted();
}

/// The third page (`chia-se/`): share the commune's figures as a link, or open one.
pub fn start_share() {
    let lang = lang();
    leptos::mount::mount_to_body(move || leptos::view! { <share::ShareApp lang/> });
    mark_mounted();
}
