//! The share page (`chia-se/`): makes a link (and its QR code) carrying the commune's
//! figures, or opens such a link after showing what it holds.

use super::i18n::share::{describe, problem};
use super::i18n::{use_lang, Lang};
use crate::core::stored::qr::qr_path;
use crate::core::stored::record;
use crate::core::stored::share;
use crate::storage::{self, Key};
use leptos::prelude::*;

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// Calls `navigator[method](arg)` when the browser has it; false otherwise.
fn call_navigator(path: &[&str], arg: &wasm_bindgen::JsValue) -> bool {
    use wasm_bindgen::JsCast;
    let Some(mut target) = web_sys::window().map(|w| wasm_bindgen::JsValue::from(w.navigator()))
    else {
        return false;
    };
    let mut this = target.clone();
    for key in path {
        this = target.clone();
        match js_sys::Reflect::get(&target, &(*key).into()) {
            Ok(v) if !v.is_undefined() => target = v,
            _ => return false,
        }
    }
    target
        .dyn_ref::<js_sys::Function>()
        .is_some_and(|f| f.call1(&this, arg).is_ok())
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
    let qr = qr_path(&link);
    let copied = RwSignal::new(false);
    let can_share = web_sys::window().is_some_and(|w| {
        js_sys::Reflect::get(&w.navigator(), &"share".into()).is_ok_and(|v| v.is_function())
    });
    let link_for_copy = link.clone();
    let link_for_share = link.clone();
    view! {
        <h2>{lang.share().make_heading}</h2>
        <p class="share-what" data-testid="share-summary">{describe(lang, &record).view()}</p>
        <label class="block-label" for="share-link">{lang.share().link}</label>
        <input id="share-link" class="share-link" data-testid="share-url" type="text" readonly prop:value=link.clone()/>
        <div class="toolbar">
            <button
                type="button"
                data-testid="share-copy"
                on:click=move |_| copied.set(call_navigator(&["clipboard", "writeText"], &link_for_copy.clone().into()))
            >
                {lang.share().copy}
            </button>
            {can_share
                .then(|| {
                    view! {
                        <button
                            type="button"
                            data-testid="share-system"
                            on:click=move |_| {
                                let data = js_sys::Object::new();
                                let _ = js_sys::Reflect::set(&data, &"url".into(), &link_for_share.clone().into());
                                let _ = js_sys::Reflect::set(&data, &"title".into(), &"ntm-calc".into());
                                call_navigator(&["share"], &data);
                            }
                        >
                            {lang.share().share_app}
                        </button>
                    }
                })}
        </div>
        {move || copied.get().then(|| view! { <p class="ok-note" role="status">{lang.share().copied}</p> })}
        {qr.map(|(width, path)| {
            let size = width + 8;
            view! {
                <figure class="qr">
                    <svg
                        data-testid="share-qr"
                        viewBox=format!("-4 -4 {size} {size}")
                        role="img"
                        aria-label=lang.share().qr_label
                    >
                        <rect x="-4" y="-4" width=size.to_string() height=size.to_string() fill="#fff"></rect>
                        <path d=path fill="#000"></path>
                    </svg>
                    <figcaption>{lang.share().qr_caption}</figcaption>
                </figure>
            }
        })}
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
