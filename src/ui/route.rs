//! Pages and their views, in one table. Each page is a bundle of its own in a folder of its
//! own (`scripts/build` places it there): the calculator at the app's root, the others one
//! level down. A page's views switch by location hash. No router: relative links work on any
//! static host, at any sub-path.

/// Declares [`Page`] and [`Route`] from the table below: each page with its folder (the first
/// page at the root, the others one folder down, so `../` leads back to the root), each of its
/// routes with its hash (`""` for the page as a whole) and its slug.
macro_rules! routes {
    ($($page:ident $folder:literal { $($route:ident $hash:literal $slug:literal),+ })+) => {
        /// Which bundle is running.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Page {
            $($page),+
        }

        /// Where a link can go: a page as a whole (no hash), or one of its views (a hash; a
        /// page shows its first view for any hash not listed).
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Route {
            $($($route),+),+
        }

        impl Page {
            /// The page's folder under the app's root, with its trailing slash (`""` for the
            /// first page).
            const fn folder(self) -> &'static str {
                match self {
                    $(Page::$page => $folder),+
                }
            }
        }

        impl Route {
            /// A stable name for test hooks (`nav-bang`, `tab-thang`).
            const fn slug(self) -> &'static str {
                match self {
                    $($(Route::$route => $slug),+),+
                }
            }

            /// The view of `page` the location's hash names (alone, or followed by `/` and
            /// what the view opens): its first view for any other hash, the page as a whole
            /// when it has no views.
            pub fn current(page: Page) -> Route {
                let hash = web_sys::window()
                    .and_then(|w| w.location().hash().ok())
                    .unwrap_or_default();
                match page {
                    $(Page::$page => {
                        let routes = [$((Route::$route, $hash)),+];
                        let mut first = None;
                        for (route, view) in routes {
                            if !view.is_empty() {
                                // A view's hash, or its hash and `/` and what the view
                                // opens (a rule set's link: `#/tieu-chi/r1.…`).
                                let rest = hash.strip_prefix(view);
                                if rest.is_some_and(|r| r.is_empty() || r.starts_with('/')) {
                                    return route;
                                }
                                first = first.or(Some(route));
                            }
                        }
                        first.unwrap_or(routes[0].0)
                    })+
                }
            }

            /// The link to this route from `from`: its hash on the same page (`./` for the
            /// page as a whole), else the way to the app's root, the page's folder and the hash.
            const fn href(self, from: Page) -> &'static str {
                match self {
                    $($(Route::$route => {
                        if from as u8 == Page::$page as u8 {
                            if $hash.is_empty() { "./" } else { $hash }
                        } else if from.folder().is_empty() {
                            concat!($folder, $hash)
                        } else {
                            concat!("../", $folder, $hash)
                        }
                    })+)+
                }
            }
        }
    };
}

routes! {
    // page     folder       { route    hash            slug }
    Calculator  ""           { Calculator "" "calculator" }
    Table       "bang/"      { Table "#/" "bang", RuleSets "#/tieu-chi" "tieu-chi" }
    Share       "chia-se/"   { Share "" "chia-se" }
    History     "theo-doi/"  {
        History "" "theo-doi",
        Months "#/" "thang",
        Scorecard "#/chi-tieu" "chi-tieu",
        Report "#/bao-cao" "bao-cao"
    }
}

/// A link to a route from a given page, written out at compile time (a page carries only the
/// links it shows).
#[derive(Debug, Clone, Copy)]
pub struct Link {
    pub route: Route,
    pub href: &'static str,
    pub slug: &'static str,
}

/// The links to `routes` from `from`; in a `const`, computed by the compiler.
const fn links<const N: usize>(from: Page, routes: [Route; N]) -> [Link; N] {
    let mut out = [Link {
        route: Route::Calculator,
        href: "",
        slug: "",
    }; N];
    let mut i = 0;
    while i < N {
        out[i] = Link {
            route: routes[i],
            href: routes[i].href(from),
            slug: routes[i].slug(),
        };
        i += 1;
    }
    out
}

/// The links of a page's header, from `from`: `const { &nav(Page::Table) }`.
pub const fn nav(from: Page) -> [Link; 4] {
    links(
        from,
        [
            Route::Calculator,
            Route::Table,
            Route::RuleSets,
            Route::History,
        ],
    )
}

/// The history page's tabs.
pub const HISTORY_TABS: [Link; 3] = links(
    Page::History,
    [Route::Months, Route::Scorecard, Route::Report],
);
