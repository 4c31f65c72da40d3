//! A workbook opened in an import: its sheet read by the workbook reader as the import's text.

use super::{ask_worker, get, READER};
use leptos::wasm_bindgen::JsValue;

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
