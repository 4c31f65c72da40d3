//! The workbook writer (`excel/`): writes what a page hands it as an .xlsx workbook — the
//! units table, or sheets the page describes as data (the history's months, the report's
//! tables). It runs in a Web Worker of its own (`pwa/excel-worker.js` loads it), loaded only
//! when a workbook is written, so that no page carries the writer.

#[cfg(target_arch = "wasm32")]
mod worker {
    use ntm_calc::core::table::export::from_shared_json;
    use ntm_calc::core::workbook::sheet;
    use ntm_calc::core::workbook::table::write_table;
    use wasm_bindgen::prelude::*;

    /// The workbook's bytes, or `{error}`.
    fn answer(written: Option<Vec<u8>>) -> JsValue {
        match written {
            Some(bytes) => js_sys::Uint8Array::from(bytes.as_slice()).into(),
            None => {
                let answer = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&answer, &"error".into(), &"unwritable".into());
                answer.into()
            }
        }
    }

    /// The table of a shared-table JSON text (units and the rule set in force) as an .xlsx
    /// workbook's bytes, or `{error}`.
    #[wasm_bindgen]
    pub fn write_workbook(json: &str) -> JsValue {
        answer(
            from_shared_json(json)
                .ok()
                .and_then(|table| write_table(&table.units, table.rule_set.as_ref()).ok()),
        )
    }

    /// The sheets of a JSON text of `core::workbook::sheet::to_json` as an .xlsx workbook's
    /// bytes, or `{error}`.
    #[wasm_bindgen]
    pub fn write_sheets(json: &str) -> JsValue {
        answer(
            sheet::from_json(json)
                .ok()
                .and_then(|sheets| sheet::write_sheets(&sheets).ok()),
        )
    }
}

fn main() {}
