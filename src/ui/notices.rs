//! Storage notices, shown at the top until the page is closed.

use super::i18n::{self, Lang};
use crate::storage::Notice;
use leptos::prelude::*;

#[component]
pub fn Notices(notices: RwSignal<Vec<Notice>>) -> impl IntoView {
    let lang = expect_context::<RwSignal<Lang>>();
    view! {
        <div class="notices" role="status" aria-live="polite">
            {move || {
                notices
                    .get()
                    .iter()
                    .map(|n| {
                        view! {
                            <p class="notice" data-testid="storage-notice">
                                {i18n::notice(lang.get(), n)}
                            </p>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}
