//! The share page (`chia-se/`): makes a link (and its QR code) carrying the commune's
//! figures, or opens such a link after showing what it holds.

use super::i18n::share::{describe, problem};
use super::i18n::{use_lang, Lang};
use crate::core::stored::record;
use crate::core::stored::share;
use crate::storage::{self, Key};
use crate::ui::widgets::link_panel::LinkPanel;
use leptos::prelude::*;

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// The whole share page: language from storage, a plain header, then make or open a link.
#[component]
pub fn ShareApp(lang: Lang) -> impl IntoView {
    provide_context(RwSignal::new(lang));
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", lang.code());
    }
    let hash = location().and_then(|l| l.hash().ok()).unwrap_or_default();
    let content = if hash.len() > 1 {
        view! { <OpenLink fragment=hash/> }.into_any()
    } else {
        view! { <MakeLink/> }.into_any()
    };
    view! {
        <header class="top">
            <div class="top-inner">
                <div>
                    <h1>{lang.common().app_title}</h1>
                    <p class="tagline">{lang.common().app_tagline}</p>
                </div>
            </div>
        </header>
        <main id="main">
            <section class="panel">{content}</section>
        </main>
        <footer class="bottom">
            <p>{lang.common().privacy}</p>
        </footer>
    }
}

#[component]
fn MakeLink() -> impl IntoView {
    let lang = use_lang();
    let Some(record) = storage::peek(Key::Commune, record::decode) else {
        return view! {
            <h2>{lang.share().make_heading}</h2>
            <p data-testid="share-nothing">
                {lang.share().nothing}
            </p>
            <p><a href="../">{lang.share().back}</a></p>
        }
        .into_any();
    };
    let base = location().and_then(|l| l.href().ok()).unwrap_or_default();
    let base = base.split('#').next().unwrap_or_default().to_owned();
    let link = format!("{base}#{}", share::encode(&record));
    view! {
        <h2>{lang.share().make_heading}</h2>
        <p class="share-what" data-testid="share-summary">{describe(lang, &record).view()}</p>
        <LinkPanel url=link id="share-link".to_owned() hook="share"/>
        <p class="hint">
            {lang.share().privacy}
        </p>
        <p><a href="../">{lang.share().back}</a></p>
    }
    .into_any()
}

#[component]
fn OpenLink(fragment: String) -> impl IntoView {
    let lang = use_lang();
    let back = view! { <p><a href="../">{lang.share().back}</a></p> };
    let incoming = match share::decode(&fragment) {
        Ok(record) => record,
        Err(e) => {
            return view! {
                <h2>{lang.share().open_heading}</h2>
                <p class="error" role="alert" data-testid="share-error">
                    {problem(lang, &e)} " " {lang.share().unchanged}
                </p>
                {back}
            }
            .into_any();
        }
    };
    let current = storage::peek(Key::Commune, record::decode);
    let failed = RwSignal::new(false);
    let summary = describe(lang, &incoming);
    let accept = move |_| {
        if storage::available() && storage::save_doc(Key::Commune, &incoming).is_ok() {
            if let Some(l) = location() {
                let _ = l.set_href("../");
            }
        } else {
            failed.set(true);
        }
    };
    view! {
        <h2>{lang.share().open_heading}</h2>
        <p>{lang.share().holds}</p>
        <p class="verdict ok share-what" data-testid="share-incoming">{summary.view()}</p>
        {current
            .map(|c| {
                view! {
                    <p>{lang.share().replaces}</p>
                    <p class="share-what" data-testid="share-current">{describe(lang, &c).view()}</p>
                }
            })}
        <div class="toolbar">
            <button type="button" class="primary" data-testid="share-accept" on:click=accept>
                {lang.share().accept}
            </button>
            <a href="../" data-testid="share-cancel">{lang.share().keep}</a>
        </div>
        {move || failed.get().then(|| view! { <p class="error" role="alert">{lang.share().save_failed}</p> })}
    }
    .into_any()
}
