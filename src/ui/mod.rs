//! The Leptos interface: thin components that read signals and call the core.

mod app;
mod calculator;
mod count_input;
pub mod i18n;
mod notices;
mod results;
mod rule_set;

use crate::storage;

/// Loads what was stored, then mounts the app (state is read before any signal exists,
/// so the saving effect never writes defaults over it).
pub fn start() {
    let loaded = storage::load(storage::Key::Commune, crate::core::record::decode);
    let lang = storage::load_lang()
        .as_deref()
        .and_then(i18n::Lang::from_code)
        .unwrap_or(i18n::Lang::Vi);
    leptos::mount::mount_to_body(move || leptos::view! { <app::App loaded lang/> });
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("ntm-calc:mounted");
    }
}
