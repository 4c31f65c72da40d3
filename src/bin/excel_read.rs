//! The workbook reader (`excel/`): reads a workbook (.xlsx, .xls, .ods) handed to it and
//! answers with the text the table import reads, or why it could not. It runs in a Web
//! Worker of its own (`pwa/excel-worker.js` loads it), so no page carries the reader and a
//! large workbook never freezes the page; the page starts it when a workbook is opened and
//! stops it once it has answered.

#[cfg(target_arch = "wasm32")]
mod worker {
    use ntm_calc::core::workbook::read::{sheet_text, WorkbookError};
    use wasm_bindgen::prelude::*;

    fn set(object: &js_sys::Object, key: &str, value: JsValue) {
        let _ = js_sys::Reflect::set(object, &key.into(), &value);
    }

    /// `{text, sheet, sheets, period, unread}` for a workbook read, `{error}` otherwise
    /// (`too-large`, `unreadable`, `empty`).
    #[wasm_bindgen]
    pub fn read_workbook(bytes: &[u8]) -> JsValue {
        let answer = js_sys::Object::new();
        match sheet_text(bytes) {
            Ok(sheet) => {
                set(&answer, "text", sheet.text.into());
                set(&answer, "sheet", sheet.sheet.into());
                let sheets = js_sys::Array::new();
                for name in sheet.sheets {
                    sheets.push(&name.into());
                }
                set(&answer, "sheets", sheets.into());
                set(
                    &answer,
                    "period",
                    sheet.period.map_or(JsValue::NULL, Into::into),
                );
                set(&answer, "unread", (sheet.unread_rows as f64).into());
            }
            Err(e) => {
                let why = match e {
                    WorkbookError::TooLarge => "too-large",
                    WorkbookError::Unreadable => "unreadable",
                    WorkbookError::Empty => "empty",
                };
                set(&answer, "error", why.into());
            }
        }
        answer.into()
    }
}

fn main() {}
