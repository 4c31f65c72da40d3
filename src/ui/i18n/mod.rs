//! Every word the interface shows, in Vietnamese (default) and English, and every error
//! message: the core returns error kinds, these modules word them.
//!
//! One module per page or topic, so that each page's wasm only holds its own texts (a text
//! no code of a page refers to is dropped from that page's bundle by the linker):
//! [`common`] (what every page shows: header, navigation, footer, storage notices, errors of
//! a count or a rate), [`calculator`] (the first page), [`table`] (the units table, its
//! import, groups and rule sets), [`opening`] (a workbook opened in an import, on the table
//! and history pages), [`backup`] (and the Safari notice), [`share`], [`history`]
//! (months, periods, projection), [`scorecard`], [`report`] and [`workbook`] (the history
//! page's Excel exports). A word two pages show (the verdict words of the first page and
//! the table) is written in each page's module, so that neither page carries the other's
//! texts.
//!
//! One way to write a text, both languages side by side:
//! - fixed texts with [`texts!`]: each entry is `name: "Tiếng Việt" / "English",`; the macro
//!   makes the struct and one static per language, read as `lang.accessor().name`;
//! - sentences with numbers or names: functions with an exhaustive `match lang { Lang::Vi =>
//!   …, Lang::En => … }` (or a `match (lang, …)` naming every language), never a fallback
//!   such as `if vi` or `_ =>` on the language.
//!
//! Adding a language: add its variant to [`Lang`] (and its code to [`Lang::code`] and
//! [`Lang::from_code`]), a third column `/ "…"` to the pattern of [`texts!`] with a third
//! static, then fill every entry and every `match` the compiler reports as incomplete.

pub mod backup;
pub mod calculator;
pub mod common;
pub mod history;
pub mod opening;
pub mod report;
pub mod scorecard;
pub mod share;
pub mod table;
pub mod workbook;

use crate::core::rules::rule_set::{Bilingual, RuleSet};
use crate::core::rules::tier::Tier;
use leptos::prelude::GetUntracked;

/// The language in force. Views read it once: switching language rebuilds the views, so
/// texts are plain strings rather than one reactive closure each (a much smaller wasm).
pub fn use_lang() -> Lang {
    leptos::prelude::expect_context::<leptos::prelude::RwSignal<Lang>>().get_untracked()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Vi,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Vi => Lang::En,
            Lang::En => Lang::Vi,
        }
    }

    /// A tier's name in `rules`, or its slug when the set does not declare it.
    pub fn tier_name(self, rules: &RuleSet, tier: Tier) -> String {
        rules
            .tier_def(tier)
            .map_or_else(|| tier.slug().to_owned(), |d| self.pick(&d.name).to_owned())
    }

    /// Picks the text of a bilingual value.
    pub fn pick(self, text: &Bilingual) -> &str {
        match self {
            Lang::Vi => &text.vi,
            Lang::En => &text.en,
        }
    }
}

/// Fixed texts, both languages side by side:
///
/// ```ignore
/// texts! {
///     /// Texts of the share page.
///     pub struct ShareTexts, fn share;
///     heading: "Chia sẻ số liệu của xã" / "Share the commune's figures",
/// }
/// ```
///
/// makes `pub struct ShareTexts { pub heading: &'static str, … }`, one static per language
/// and `Lang::share(self) -> &'static ShareTexts`. An entry without every language does not
/// match the pattern: a missing translation is a compile error.
macro_rules! texts {
    (
        $(#[$doc:meta])*
        pub struct $name:ident, fn $accessor:ident;
        $( $(#[$field_doc:meta])* $field:ident : $vi:literal / $en:literal ),* $(,)?
    ) => {
        $(#[$doc])*
        pub struct $name {
            $( $(#[$field_doc])* pub $field: &'static str, )*
        }

        impl $crate::ui::i18n::Lang {
            /// The texts in this language.
            pub fn $accessor(self) -> &'static $name {
                static VI: $name = $name { $( $field: $vi, )* };
                static EN: $name = $name { $( $field: $en, )* };
                match self {
                    $crate::ui::i18n::Lang::Vi => &VI,
                    $crate::ui::i18n::Lang::En => &EN,
                }
            }
        }
    };
}
pub(crate) use texts;
