//! Moving keyboard focus to an element that is about to be drawn.

use leptos::prelude::*;
use std::time::Duration;

/// Focuses the element `selector` finds once the change that draws it is on the page (a task
/// after the reactive updates), unless the person has put the focus somewhere else meanwhile.
///
/// A timer, not an animation frame: a frame can come long after (a page not painted often,
/// as WebKit's is when nothing moves), and the focus then lands where the person no longer is.
pub fn focus_later(selector: &'static str) {
    let before = document().active_element();
    set_timeout(
        move || {
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
        },
        Duration::ZERO,
    );
}
