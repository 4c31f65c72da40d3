//! A link to hand on: the link itself, copy, the system's share sheet where there is one,
//! and its QR code.

use crate::core::stored::qr::qr_path;
use crate::ui::i18n::use_lang;
use leptos::prelude::*;

/// A view's link that opens `fragment` on another device: this page's address, then `hash`
/// (the view's, ending in `/`), then the fragment.
pub fn link_here(hash: &str, fragment: &str) -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    let base = href.split('#').next().unwrap_or_default();
    Some(format!("{base}{hash}{fragment}"))
}

/// The fragment of the link the page was opened with, when its hash starts with `hash`.
pub fn opened_with(hash: &str) -> Option<String> {
    let current = web_sys::window()?.location().hash().ok()?;
    current.strip_prefix(hash).map(str::to_owned)
}

/// Puts the page's hash back to `view` when it was opened with a link starting with `hash`,
/// so that a reload does not offer the link again.
pub fn forget_opened(hash: &str, view: &str) {
    if opened_with(hash).is_none() {
        return;
    }
    if let Some(Ok(history)) = web_sys::window().map(|w| w.history()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(view));
    }
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

/// The link `url`; `id` names its field (`{id}` on the input, `{id}-qr` on the code), and the
/// test hooks are `{hook}-url`, `{hook}-copy`, `{hook}-qr`.
#[component]
pub fn LinkPanel(url: String, id: String, hook: &'static str) -> impl IntoView {
    let t = use_lang().link();
    let qr = qr_path(&url);
    let copied = RwSignal::new(false);
    let can_share = web_sys::window().is_some_and(|w| {
        js_sys::Reflect::get(&w.navigator(), &"share".into()).is_ok_and(|v| v.is_function())
    });
    let for_copy = url.clone();
    let for_share = url.clone();
    view! {
        <label class="block-label" for=id.clone()>{t.link}</label>
        <input id=id class="share-link" data-testid=format!("{hook}-url") type="text" readonly prop:value=url/>
        <div class="toolbar">
            <button
                type="button"
                data-testid=format!("{hook}-copy")
                on:click=move |_| copied.set(call_navigator(&["clipboard", "writeText"], &for_copy.clone().into()))
            >
                {t.copy}
            </button>
            {can_share
                .then(|| {
                    view! {
                        <button
                            type="button"
                            data-testid=format!("{hook}-system")
                            on:click=move |_| {
                                let data = js_sys::Object::new();
                                let _ = js_sys::Reflect::set(&data, &"url".into(), &for_share.clone().into());
                                let _ = js_sys::Reflect::set(&data, &"title".into(), &"ntm-calc".into());
                                call_navigator(&["share"], &data);
                            }
                        >
                            {t.share_app}
                        </button>
                    }
                })}
        </div>
        {move || copied.get().then(|| view! { <p class="ok-note" role="status">{t.copied}</p> })}
        {match qr {
            Some((width, path)) => {
                let size = width + 8;
                view! {
                    <figure class="qr">
                        <svg
                            data-testid=format!("{hook}-qr")
                            viewBox=format!("-4 -4 {size} {size}")
                            role="img"
                            aria-label=t.qr_label
                        >
                            <rect x="-4" y="-4" width=size.to_string() height=size.to_string() fill="#fff"></rect>
                            <path d=path fill="#000"></path>
                        </svg>
                        <figcaption>{t.qr_caption}</figcaption>
                    </figure>
                }
                .into_any()
            }
            None => view! { <p class="hint" data-testid=format!("{hook}-no-qr")>{t.qr_too_long}</p> }.into_any(),
        }}
    }
}
