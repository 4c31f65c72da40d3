//! A workbook opened in the table import: read by the workbook worker (`excel/`), started for
//! it and stopped once it has answered, so that the page never holds the reader and never
//! freezes on a large workbook.

use leptos::wasm_bindgen::{prelude::Closure, JsCast, JsValue};
use std::cell::RefCell;
use std::rc::Rc;

/// Where the worker is, from a page one folder down (`bang/`): the reader, the writer.
const READER: &str = "../excel/worker.js?read";
const WRITER: &str = "../excel/worker.js?write";

/// A workbook's chosen sheet as the import's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkbookText {
    pub text: String,
    pub sheet: String,
    pub sheets: usize,
    pub period: Option<String>,
    pub unread_rows: usize,
}

/// Why a workbook was not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkbookProblem {
    TooLarge,
    /// Damaged, password-protected, or not a workbook.
    Unreadable,
    Empty,
    /// The reader could not be loaded (offline before its first use).
    NoReader,
}

fn get(value: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(value, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

fn answer(data: &JsValue) -> Result<WorkbookText, WorkbookProblem> {
    if let Some(why) = get(data, "error").as_string() {
        return Err(match why.as_str() {
            "too-large" => WorkbookProblem::TooLarge,
            "empty" => WorkbookProblem::Empty,
            _ => WorkbookProblem::Unreadable,
        });
    }
    let text = get(data, "text")
        .as_string()
        .ok_or(WorkbookProblem::Unreadable)?;
    Ok(WorkbookText {
        text,
        sheet: get(data, "sheet").as_string().unwrap_or_default(),
        sheets: js_sys::Array::from(&get(data, "sheets")).length() as usize,
        period: get(data, "period").as_string(),
        unread_rows: get(data, "unread").as_f64().unwrap_or(0.0) as usize,
    })
}

/// Hands `message` (its `transfer` list moved, not copied) to a workbook worker started for
/// it; `done` gets the worker's answer once, or `None` when the worker could not be loaded
/// (offline before its first use). The worker is stopped once it has answered.
fn ask_worker(
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

/// Reads `bytes` in the workbook worker; `done` gets the answer once.
pub fn read_workbook(
    bytes: &[u8],
    done: impl FnOnce(Result<WorkbookText, WorkbookProblem>) + 'static,
) {
    let buffer = js_sys::Uint8Array::from(bytes).buffer();
    ask_worker(
        READER,
        &buffer,
        &js_sys::Array::of1(&buffer),
        move |answer| {
            done(answer.map_or(Err(WorkbookProblem::NoReader), |data| self::answer(&data)))
        },
    );
}

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
