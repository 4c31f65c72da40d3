//! The Leptos interface: thin components that read signals and call the core.

mod app;
mod calculator;
mod history;
mod hosted;
pub mod i18n;
mod route;
mod rule_sets;
mod share;
mod table;
pub mod widgets;
mod workbook;

use crate::core::stored::record;
use crate::storage::{self, Key};

/// The language chosen last (Vietnamese when none), and a notice when what was stored for it
/// was not a language.
fn lang() -> (i18n::Lang, Option<storage::Notice>) {
    let (code, notice) = storage::load_lang(|c| i18n::Lang::from_code(c).is_some());
    let lang = code
        .as_deref()
        .and_then(i18n::Lang::from_code)
        .unwrap_or(i18n::Lang::Vi);
    (lang, notice)
}

fn mark_mounted() {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("ntm-calc:mounted");
    }
}

/// The stored rule sets and the host's (`rule-sets.json`, see [`hosted`]), then `mount`
/// with them once the host has answered.
fn with_rule_sets(
    mount: impl FnOnce(storage::Loaded<record::RuleSetsRecord>, Vec<crate::core::rules::rule_set::RuleSet>)
        + 'static,
) {
    wasm_bindgen_futures::spawn_local(async move {
        let (hosted, notice) = hosted::load().await;
        // Read now, not before the wait: another tab may have saved meanwhile.
        let mut rule_sets = storage::load(Key::RuleSets, record::decode_rule_sets);
        rule_sets.notices.extend(notice);
        mount(rule_sets, hosted);
        mark_mounted();
    });
}

/// The first page: one commune. Stored state is read before any signal exists, so the
/// saving effects never write defaults over it.
pub fn start_calculator() {
    with_rule_sets(|rule_sets, hosted| {
        let mut commune = storage::load(Key::Commune, record::decode);
        let (lang, notice) = lang();
        commune.notices.extend(notice);
        leptos::mount::mount_to_body(
            move || leptos::view! { <app::CalculatorApp commune rule_sets hosted lang/> },
        );
    });
}

/// The second page: the units table and the rule sets.
pub fn start_table() {
    with_rule_sets(|rule_sets, hosted| {
        let mut table = storage::load(Key::Table, record::decode_doc::<record::TableRecord>);
        let (lang, notice) = lang();
        table.notices.extend(notice);
        leptos::mount::mount_to_body(
            move || leptos::view! { <app::TableApp table rule_sets hosted lang/> },
        );
    });
}

/// The fourth page (`theo-doi/`): months, projection, scorecard and report.
pub fn start_history() {
    with_rule_sets(|rule_sets, hosted| {
        let mut history = storage::load(Key::History, crate::core::stored::history_record::decode);
        let (lang, notice) = lang();
        history.notices.extend(notice);
        leptos::mount::mount_to_body(
            move || leptos::view! { <app::HistoryApp history rule_sets hosted lang/> },
        );
    });
}

/// The third page (`chia-se/`): share the commune's figures as a link, or open one.
pub fn start_share() {
    let (lang, _) = lang();
    leptos::mount::mount_to_body(move || leptos::view! { <share::ShareApp lang/> });
    mark_mounted();
}
