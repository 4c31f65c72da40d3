//! Moving keyboard focus to an element that is about to be drawn.

use leptos::prelude::*;

/// Focuses the element `selector` finds once the next frame is drawn.
pub fn focus_later(selector: &'static str) {
    request_animation_frame(move || {
        use leptos::wasm_bindgen::JsCast;
        if let Some(el) = document()
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}
