//! Pages and views. The calculator is the first page (its own small bundle); the table and
//! the rule sets share a second page under `bang/`, switched by location hash. No router:
//! relative links work on any static host, at any sub-path.

/// Which bundle is running.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Calculator,
    Table,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Calculator,
    Table,
    RuleSets,
}

impl View {
    pub const ALL: [View; 3] = [View::Calculator, View::Table, View::RuleSets];

    /// The link to this view from `page`.
    pub fn href(self, page: Page) -> &'static str {
        match (page, self) {
            (Page::Calculator, View::Calculator) => "./",
            (Page::Calculator, View::Table) => "bang/#/",
            (Page::Calculator, View::RuleSets) => "bang/#/tieu-chi",
            (Page::Table, View::Calculator) => "../",
            (Page::Table, View::Table) => "#/",
            (Page::Table, View::RuleSets) => "#/tieu-chi",
        }
    }

    /// A stable name for test hooks (`nav-bang`).
    pub fn slug(self) -> &'static str {
        match self {
            View::Calculator => "calculator",
            View::Table => "bang",
            View::RuleSets => "tieu-chi",
        }
    }

    /// The view shown now on `page`.
    pub fn current(page: Page) -> View {
        match page {
            Page::Calculator => View::Calculator,
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
