//! A workbook written by the workbook writer, for an export.

use super::{ask_worker, WRITER};
use leptos::wasm_bindgen::JsCast;

/// Writes the shared table `json` as an .xlsx workbook in the workbook worker; `done` gets
/// its bytes, or `None` when it could not be written (or the worker not loaded).
pub fn write_workbook(json: &str, done: impl FnOnce(Option<Vec<u8>>) + 'static) {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"write".into(), &json.into());
    ask_worker(WRITER, &message, &js_sys::Array::new(), move |answer| {
        done(
            answer
                .and_then(|data| data.dyn_into::<js_sys::Uint8Array>().ok())
                .map(|bytes| bytes.to_vec()),
        )
    });
}
