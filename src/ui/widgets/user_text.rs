//! Text a person typed or a file or link brought (names, groups, notes, report header
//! fields), drawn in its own `<bdi>` wherever it is shown: a right-to-left letter or a
//! stray direction control in it cannot turn the app's own words around it.

use leptos::prelude::*;

/// One piece of user text, isolated.
pub fn bdi(text: String) -> impl IntoView {
    piece(true, text)
}

/// A piece of a message: user text in `<bdi>`, the app's words in `<span>`. One element type
/// for both (and for [`bdi`]) keeps each page's code small.
fn piece(user: bool, text: String) -> impl IntoView {
    leptos::html::custom(if user { "bdi" } else { "span" }).child(text)
}

/// A message that mixes the app's words with user text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Msg(Vec<(bool, String)>);

impl Msg {
    /// A message of the app's words only.
    pub fn app(text: impl Into<String>) -> Msg {
        Msg(vec![(false, text.into())])
    }

    /// Then more of the app's words.
    pub fn and(mut self, text: impl Into<String>) -> Msg {
        self.0.push((false, text.into()));
        self
    }

    /// Then user text.
    pub fn user(mut self, text: impl Into<String>) -> Msg {
        self.0.push((true, text.into()));
        self
    }

    /// Then several pieces of user text with the app's `separator` between them.
    pub fn users(mut self, texts: &[String], separator: &str) -> Msg {
        for (i, text) in texts.iter().enumerate() {
            if i > 0 {
                self = self.and(separator);
            }
            self = self.user(text.clone());
        }
        self
    }

    /// The message as drawn, piece by piece.
    pub fn view(self) -> impl IntoView {
        self.0
            .into_iter()
            .map(|(user, text)| piece(user, text))
            .collect_view()
    }
}
