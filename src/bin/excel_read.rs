//! The workbook reader (`excel/`): reads a workbook (.xlsx, .xls, .ods) handed to it and
//! answers with the text the table import reads, or why it could not. It runs in a Web
//! Worker of its own (`pwa/excel-worker.js` loads it), so no page carries the reader and a
//! large workbook never freezes the page; the page starts it when a workbook is opened and
//! stops it once it has answered.

#[cfg(target_arch = "wasm32")]
mod worker {
    use ntm_calc::core::workbook::read::{read_sheet, SheetKind, WorkbookError};
    use wasm_bindgen::prelude::*;

    fn set(object: &js_sys::Object, key: &str, value: JsValue) {
        let _ = js_sys::Reflect::set(object, &key.into(), &value);
    }

    /// `{text, sheet, sheets, period, unread, formulas}` for the sheet `sheet` (the first
    /// that holds a cell when none) of a workbook read for the import `kind` (`months`, or
    /// the units table), `{error}` otherwise (`too-large`, `unreadable`, `password`, `empty`).
    #[wasm_bindgen]
    pub fn read_workbook(bytes: &[u8], sheet: Option<String>, kind: Option<String>) -> JsValue {
        let answer = js_sys::Object::new();
        let kind = match kind.as_deref() {
            Some("months") => SheetKind::Months,
            _ => SheetKind::Units,
        };
        match read_sheet(bytes, sheet.as_deref(), kind) {
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
                set(
                    &answer,
                    "formulas",
                    (sheet.formulas_without_values as f64).into(),
                );
            }
            Err(e) => {
                let why = match e {
                    WorkbookError::TooLarge => "too-large",
                    WorkbookError::Unreadable => "unreadable",
                    WorkbookError::Password => "password",
                    WorkbookError::Empty => "empty",
                };
                set(&answer, "error", why.into());
            }
        }
        answer.into()
    }
}

fn main() {}
