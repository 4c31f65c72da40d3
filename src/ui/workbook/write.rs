//! A workbook written by the workbook writer, for an export: the units table
//! ([`write_workbook`]), or sheets a page describes as data ([`write_sheets`], with its
//! button, [`SheetsExport`]).

use super::{ask_worker, WRITER};
use crate::ui::i18n::use_lang;
use crate::ui::widgets::download::download_bytes;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

/// The media type of an .xlsx workbook.
pub const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Hands `{key: json}` to the workbook writer; `done` gets the bytes, or `None`.
fn write(key: &str, json: &str, done: impl FnOnce(Option<Vec<u8>>) + 'static) {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &key.into(), &json.into());
    ask_worker(WRITER, &message, &js_sys::Array::new(), move |answer| {
        done(
            answer
                .and_then(|data| data.dyn_into::<js_sys::Uint8Array>().ok())
                .map(|bytes| bytes.to_vec()),
        )
    });
}

/// Writes the shared table `json` as an .xlsx workbook in the workbook worker; `done` gets
/// its bytes, or `None` when it could not be written (or the worker not loaded).
pub fn write_workbook(json: &str, done: impl FnOnce(Option<Vec<u8>>) + 'static) {
    write("write", json, done);
}

/// Writes the sheets `json` (`core::workbook::sheet::to_json`) as an .xlsx workbook in the
/// workbook worker; `done` gets its bytes, or `None` when it could not be written (or the
/// worker not loaded).
pub fn write_sheets(json: &str, done: impl FnOnce(Option<Vec<u8>>) + 'static) {
    write("sheets", json, done);
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Writing {
    Idle,
    Busy,
    Failed,
}

/// A button that writes the sheets `sheets` gives (their JSON) as `filename` and
/// downloads it; "writing…" while the worker writes, an alert when it could not. (Not
/// generic: one copy of its code serves every export.)
#[component]
pub fn SheetsExport(
    /// The button's `data-testid`; its error's is `<testid>-error`.
    testid: &'static str,
    label: &'static str,
    filename: &'static str,
    sheets: Callback<(), String>,
) -> impl IntoView {
    let t = use_lang().workbook();
    let state = RwSignal::new(Writing::Idle);
    let export = move |_| {
        if state.get_untracked() == Writing::Busy {
            return;
        }
        state.set(Writing::Busy);
        write_sheets(&sheets.run(()), move |bytes| match bytes {
            Some(bytes) => {
                download_bytes(filename, XLSX, &bytes);
                state.set(Writing::Idle);
            }
            None => state.set(Writing::Failed),
        });
    };
    view! {
        <button type="button" data-testid=testid on:click=export aria-busy=move || (state.get() == Writing::Busy).then_some("true")>
            {label}
        </button>
        {move || match state.get() {
            Writing::Idle => ().into_any(),
            Writing::Busy => view! { <span class="hint" role="status">{t.writing}</span> }.into_any(),
            Writing::Failed => view! {
                <span class="error" role="alert" data-testid=format!("{testid}-error")>{t.failed}</span>
            }.into_any(),
        }}
    }
}
