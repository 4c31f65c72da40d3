//! A workbook opened in an import (the table's, the history's): its sheet read by the workbook
//! reader as the import's text.

use super::{ask_worker, get, READER};
pub use crate::core::workbook::read::SheetKind;
use leptos::wasm_bindgen::JsValue;

/// The largest file an import reads: a workbook up to the reader's limit (a text longer than
/// an import reads is refused once decoded).
pub const MAX_FILE_BYTES: usize = crate::core::workbook::read::MAX_BYTES;

/// Whether a file's name says it is a workbook (said when it is too large to be looked at).
pub fn named_as_workbook(name: &str) -> bool {
    let lower = name.to_lowercase();
    [".xlsx", ".xls", ".ods", ".xlsm"]
        .iter()
        .any(|ext| lower.ends_with(ext))
}

/// A workbook's chosen sheet as the import's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkbookText {
    pub text: String,
    pub sheet: String,
    /// Every sheet's name, in the workbook's order.
    pub sheets: Vec<String>,
    pub period: Option<String>,
    pub unread_rows: usize,
    /// Formulas whose result the file does not keep (read as empty).
    pub formulas_without_values: usize,
}

/// Why a workbook was not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkbookProblem {
    TooLarge,
    /// Damaged, or not a workbook.
    Unreadable,
    /// Protected with a password.
    Password,
    Empty,
    /// The reader could not be loaded (offline before its first use).
    NoReader,
}

fn answer(data: &JsValue) -> Result<WorkbookText, WorkbookProblem> {
    if let Some(why) = get(data, "error").as_string() {
        return Err(match why.as_str() {
            "too-large" => WorkbookProblem::TooLarge,
            "empty" => WorkbookProblem::Empty,
            "password" => WorkbookProblem::Password,
            _ => WorkbookProblem::Unreadable,
        });
    }
    let text = get(data, "text")
        .as_string()
        .ok_or(WorkbookProblem::Unreadable)?;
    Ok(WorkbookText {
        text,
        sheet: get(data, "sheet").as_string().unwrap_or_default(),
        sheets: js_sys::Array::from(&get(data, "sheets"))
            .iter()
            .filter_map(|name| name.as_string())
            .collect(),
        period: get(data, "period").as_string(),
        unread_rows: get(data, "unread").as_f64().unwrap_or(0.0) as usize,
        formulas_without_values: get(data, "formulas").as_f64().unwrap_or(0.0) as usize,
    })
}

/// Reads the sheet `sheet` (the first that holds a cell when none) of `bytes` in the workbook
/// worker, for the import `kind` says; `done` gets the answer once.
pub fn read_workbook(
    bytes: &[u8],
    sheet: Option<&str>,
    kind: SheetKind,
    done: impl FnOnce(Result<WorkbookText, WorkbookProblem>) + 'static,
) {
    let buffer = js_sys::Uint8Array::from(bytes).buffer();
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"bytes".into(), &buffer);
    if let Some(sheet) = sheet {
        let _ = js_sys::Reflect::set(&message, &"sheet".into(), &sheet.into());
    }
    if kind == SheetKind::Months {
        let _ = js_sys::Reflect::set(&message, &"kind".into(), &"months".into());
    }
    ask_worker(
        READER,
        &message,
        &js_sys::Array::of1(&buffer),
        move |answer| {
            done(answer.map_or(Err(WorkbookProblem::NoReader), |data| self::answer(&data)))
        },
    );
}
