//! Storage notices, shown at the top until the page is closed.

use crate::storage::Notice;
use crate::ui::i18n::use_lang;
use crate::ui::i18n::{self};
use leptos::prelude::*;

/// Adds a notice unless the same one is already shown.
pub fn push_notice(notices: RwSignal<Vec<Notice>>, notice: Notice) {
    notices.update(|all| {
        if !all.contains(&notice) {
            all.push(notice);
        }
    });
}

/// Shows what a save reported: a failure, or what happened on the way (an entry kept aside).
pub fn report(notices: RwSignal<Vec<Notice>>, saved: Result<Option<Notice>, Notice>) {
    match saved {
        Ok(None) => {}
        Ok(Some(notice)) | Err(notice) => push_notice(notices, notice),
    }
}

#[component]
pub fn Notices(notices: RwSignal<Vec<Notice>>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="notices" role="status" aria-live="polite">
            {move || {
                notices
                    .get()
                    .iter()
                    .map(|n| {
                        view! {
                            <p class="notice" data-testid="storage-notice">
                                {i18n::common::notice(lang, n)}
                            </p>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}
