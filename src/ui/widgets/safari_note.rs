//! Safari may delete the app's data after 7 days without a visit (see
//! [`crate::core::browser`]): where that applies, the pages that hold a table or months of
//! figures say so and point to the backup. Not on the calculator (a few figures, and its
//! bundle stays small), not in the app opened from the home screen (exempt), and not when
//! storage is refused (another notice says that).

use crate::core::browser::clears_idle_storage;
use crate::storage;
use crate::ui::i18n::use_lang;
use leptos::prelude::*;

/// The notice, with a link to the backup section (`backup_href`, relative to the page).
#[component]
pub fn SafariNote(backup_href: &'static str) -> impl IntoView {
    applies().then(|| {
        let t = use_lang().safari();
        view! {
            <p class="notice" data-testid="safari-storage">
                {t.safari_warning} " " <a href=backup_href>{t.safari_backup_link}</a>
            </p>
        }
    })
}

fn applies() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    let agent = navigator.user_agent().unwrap_or_default();
    if !clears_idle_storage(&agent, navigator.max_touch_points()) {
        return false;
    }
    // iOS Safari says `navigator.standalone`; others match the display mode.
    let standalone = js_sys::Reflect::get(&navigator, &"standalone".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
        || window
            .match_media("(display-mode: standalone)")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches());
    !standalone && storage::available()
}
