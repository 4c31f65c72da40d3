//! Pages and views. The calculator is the first page (its own small bundle); the table and
//! the rule sets share a second page under `bang/`, switched by location hash; history,
//! scorecard and report are a fourth page under `theo-doi/`. No router:
//! relative links work on any static host, at any sub-path.

/// Which bundle is running.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Calculator,
    Table,
    History,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Calculator,
    Table,
    RuleSets,
    History,
}

impl View {
    pub const ALL: [View; 4] = [View::Calculator, View::Table, View::RuleSets, View::History];

    /// The link to this view from `page`.
    pub fn href(self, page: Page) -> &'static str {
        match (page, self) {
            (Page::Calculator, View::Calculator) => "./",
            (Page::Calculator, View::Table) => "bang/#/",
            (Page::Calculator, View::RuleSets) => "bang/#/tieu-chi",
            (Page::Calculator, View::History) => "theo-doi/",
            (Page::Table, View::Calculator) => "../",
            (Page::Table, View::Table) => "#/",
            (Page::Table, View::RuleSets) => "#/tieu-chi",
            (Page::Table, View::History) => "../theo-doi/",
            (Page::History, View::Calculator) => "../",
            (Page::History, View::Table) => "../bang/#/",
            (Page::History, View::RuleSets) => "../bang/#/tieu-chi",
            (Page::History, View::History) => "./",
        }
    }

    /// A stable name for test hooks (`nav-bang`).
    pub fn slug(self) -> &'static str {
        match self {
            View::Calculator => "calculator",
            View::Table => "bang",
            View::RuleSets => "tieu-chi",
            View::History => "theo-doi",
        }
    }

    /// The view shown now on `page`.
    pub fn current(page: Page) -> View {
        match page {
            Page::Calculator => View::Calculator,
            Page::History => View::History,
            Page::Table => {
                let hash = web_sys::window()
                    .and_then(|w| w.location().hash().ok())
                    .unwrap_or_default();
                if hash == "#/tieu-chi" {
                    View::RuleSets
                } else {
                    View::Table
                }
            }
        }
    }
}
