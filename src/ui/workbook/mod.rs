//! The workbook worker (`excel/worker.js`) seen from a page: started for one workbook to read
//! ([`read`]) or write ([`write`]) and stopped once it has answered, so that no page holds the
//! reader or the writer and a large workbook never freezes the page.

pub mod read;
pub mod write;

use leptos::wasm_bindgen::{prelude::Closure, JsCast, JsValue};
use std::cell::RefCell;
use std::rc::Rc;

/// Where the worker is, from a page one folder down (`bang/`, `theo-doi/`): the reader, the
/// writer.
const READER: &str = "../excel/worker.js?read";
const WRITER: &str = "../excel/worker.js?write";

pub(super) fn get(value: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(value, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

/// Hands `message` (its `transfer` list moved, not copied) to a workbook worker started for
/// it; `done` gets the worker's answer once, or `None` when the worker could not be loaded
/// (offline before its first use). The worker is stopped once it has answered.
pub(super) fn ask_worker(
    url: &str,
    message: &JsValue,
    transfer: &JsValue,
    done: impl FnOnce(Option<JsValue>) + 'static,
) {
    let Ok(worker) = web_sys::Worker::new(url) else {
        done(None);
        return;
    };
    type Done = Box<dyn FnOnce(Option<JsValue>)>;
    let once: Rc<RefCell<Option<Done>>> = Rc::new(RefCell::new(Some(Box::new(done))));
    let finish = {
        let worker = worker.clone();
        move |answer: Option<JsValue>| {
            worker.terminate();
            if let Some(done) = once.borrow_mut().take() {
                done(answer);
            }
        }
    };
    let on_error = {
        let finish = finish.clone();
        Closure::once_into_js(move |_: JsValue| finish(None))
    };
    let on_message =
        Closure::once_into_js(move |event: web_sys::MessageEvent| finish(Some(event.data())));
    worker.set_onmessage(Some(on_message.unchecked_ref()));
    worker.set_onerror(Some(on_error.unchecked_ref()));
    if worker
        .post_message_with_transfer(message, transfer)
        .is_err()
    {
        worker.terminate();
    }
}
