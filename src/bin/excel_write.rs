//! The workbook writer (`excel/`): writes the table handed to it as an .xlsx workbook. It
//! runs in a Web Worker of its own (`pwa/excel-worker.js` loads it), loaded only when a table
//! is exported to Excel, so that no page carries the writer.

#[cfg(target_arch = "wasm32")]
mod worker {
    use ntm_calc::core::table::export::from_shared_json;
    use ntm_calc::core::workbook::table::write_table;
    use wasm_bindgen::prelude::*;

    /// The table of a shared-table JSON text (units and the rule set in force) as an .xlsx
    /// workbook's bytes, or `{error}`.
    #[wasm_bindgen]
    pub fn write_workbook(json: &str) -> JsValue {
        let written = from_shared_json(json)
            .ok()
            .and_then(|table| write_table(&table.units, table.rule_set.as_ref()).ok());
        match written {
            Some(bytes) => js_sys::Uint8Array::from(bytes.as_slice()).into(),
            None => {
                let answer = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&answer, &"error".into(), &"unwritable".into());
                answer.into()
            }
        }
    }
}

fn main() {}
