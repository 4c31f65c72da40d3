//! Moving keyboard focus to an element that is about to be drawn.

use leptos::prelude::*;

/// Focuses the element `selector` finds once the next frame is drawn (focusing earlier would
/// lay the page out twice), unless the person has put the focus somewhere else meanwhile: a
/// frame can come late (WebKit draws a page that does not move seldom), and the focus must
/// not then be taken from where the person has gone.
pub fn focus_later(selector: &'static str) {
    let before = document().active_element();
    request_animation_frame(move || {
        use leptos::wasm_bindgen::JsCast;
        let doc = document();
        let now = doc.active_element();
        let moved_on = now != before && now.is_some() && now != doc.body().map(Into::into);
        if moved_on {
            return;
        }
        if let Some(el) = doc
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}
