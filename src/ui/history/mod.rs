//! The fourth page (`theo-doi/`): a unit's months over a measurement period, the chart and the
//! projection to the assessment date, months imported from a workbook or a CSV file; the
//! scorecard of Nghị quyết 02/NQ-CP; the report.
//! Sub-views switch by location hash, like the table page.

mod chart;
mod entry;
mod import;
mod months;
mod outlook;
mod period;
mod report;
mod scorecard;
mod state;
mod units;

pub use state::HistoryState;

use super::route::{Page, Route, HISTORY_TABS};
use crate::ui::i18n::history::HistoryTexts;
use crate::ui::i18n::use_lang;
use leptos::prelude::*;

/// The tab's label.
fn label(tab: Route, t: &HistoryTexts) -> &'static str {
    match tab {
        Route::Scorecard => t.tab_scorecard,
        Route::Report => t.tab_report,
        _ => t.tab_months,
    }
}

#[component]
pub fn HistoryView() -> impl IntoView {
    let t = use_lang().history();
    let tab = RwSignal::new(Route::current(Page::History));
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        tab.set(Route::current(Page::History))
    });
    let links = HISTORY_TABS
        .iter()
        .map(|link| {
            let target = link.route;
            view! {
                <a
                    href=link.href
                    class="subtab"
                    aria-current=move || (tab.get() == target).then_some("page")
                    data-testid=format!("tab-{}", link.slug)
                >
                    {label(target, t)}
                </a>
            }
        })
        .collect_view();
    view! {
        <nav class="subtabs no-print" aria-label=t.tabs_label>{links}</nav>
        {move || match tab.get() {
            Route::Scorecard => view! { <units::UnitBar/> <scorecard::ScorecardView/> }.into_any(),
            Route::Report => view! { <report::ReportView/> }.into_any(),
            _ => view! { <units::UnitBar/> <import::MonthsImport/> <months::MonthsView/> }.into_any(),
        }}
    }
}
