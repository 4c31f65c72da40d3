//! The fourth page (`theo-doi/`): a unit's months over a measurement period, the chart and the
//! projection to the assessment date; the scorecard of Nghị quyết 02/NQ-CP; the report.
//! Sub-views switch by location hash, like the table page.

mod chart;
mod entry;
mod months;
mod outlook;
mod period;
mod report;
mod scorecard;
mod state;
mod units;

pub use state::HistoryState;

use crate::ui::i18n::history::HistoryTexts;
use crate::ui::i18n::use_lang;
use leptos::prelude::*;

/// The sub-views of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Months,
    Scorecard,
    Report,
}

impl Tab {
    const ALL: [Tab; 3] = [Tab::Months, Tab::Scorecard, Tab::Report];

    fn hash(self) -> &'static str {
        match self {
            Tab::Months => "#/",
            Tab::Scorecard => "#/chi-tieu",
            Tab::Report => "#/bao-cao",
        }
    }

    fn label(self, t: &HistoryTexts) -> &'static str {
        match self {
            Tab::Months => t.tab_months,
            Tab::Scorecard => t.tab_scorecard,
            Tab::Report => t.tab_report,
        }
    }

    fn slug(self) -> &'static str {
        match self {
            Tab::Months => "thang",
            Tab::Scorecard => "chi-tieu",
            Tab::Report => "bao-cao",
        }
    }

    fn current() -> Tab {
        let hash = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        match hash.as_str() {
            "#/chi-tieu" => Tab::Scorecard,
            "#/bao-cao" => Tab::Report,
            _ => Tab::Months,
        }
    }
}

#[component]
pub fn HistoryView() -> impl IntoView {
    let t = use_lang().history();
    let tab = RwSignal::new(Tab::current());
    let _ = window_event_listener(leptos::ev::hashchange, move |_| tab.set(Tab::current()));
    let links = Tab::ALL
        .into_iter()
        .map(|target| {
            view! {
                <a
                    href=target.hash()
                    class="subtab"
                    aria-current=move || (tab.get() == target).then_some("page")
                    data-testid=format!("tab-{}", target.slug())
                >
                    {target.label(t)}
                </a>
            }
        })
        .collect_view();
    view! {
        <nav class="subtabs no-print" aria-label=t.tabs_label>{links}</nav>
        {move || match tab.get() {
            Tab::Months => view! { <units::UnitBar/> <months::MonthsView/> }.into_any(),
            Tab::Scorecard => view! { <units::UnitBar/> <scorecard::ScorecardView/> }.into_any(),
            Tab::Report => view! { <report::ReportView/> }.into_any(),
        }}
    }
}
