//! The app shell: header with the language switch, storage notices, the calculator.

use super::calculator::Calculator;
use super::i18n::Lang;
use super::notices::Notices;
use crate::core::record::CommuneRecord;
use crate::storage::{self, Loaded};
use leptos::prelude::*;

#[component]
pub fn App(loaded: Loaded<CommuneRecord>, lang: Lang) -> impl IntoView {
    let lang = RwSignal::new(lang);
    provide_context(lang);
    let notices = RwSignal::new(loaded.notices);
    Effect::new(move |_| {
        let code = lang.get().code();
        storage::save_lang(code);
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", code);
        }
    });
    let s = move || lang.get().s();
    view! {
        <header class="top">
            <div class="top-inner">
                <div>
                    <h1>{move || s().app_title}</h1>
                    <p class="tagline">{move || s().app_tagline}</p>
                </div>
                <button
                    type="button"
                    class="lang"
                    data-testid="lang-switch"
                    lang=move || lang.get().other().code()
                    on:click=move |_| lang.update(|l| *l = l.other())
                >
                    {move || s().switch_to}
                </button>
            </div>
        </header>
        <main id="main">
            <Notices notices/>
            <Calculator record=loaded.value writable=loaded.writable notices/>
        </main>
        <footer class="bottom">
            <p>{move || s().privacy}</p>
        </footer>
    }
}
