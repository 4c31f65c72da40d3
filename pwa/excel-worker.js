// ntm-calc's workbook worker: loads the workbook reader (its own wasm, fetched only when a
// workbook is opened) and answers each message — a workbook's bytes — with the text the table
// import reads, or why not. A reader that fails answers "unreadable".
/* global wasm_bindgen */
importScripts('ntm-calc-excel.js');
const ready = wasm_bindgen({ module_or_path: 'ntm-calc-excel_bg.wasm' });
self.onmessage = (event) => {
  ready
    .then(() => self.postMessage(wasm_bindgen.read_workbook(new Uint8Array(event.data))))
    .catch(() => self.postMessage({ error: 'unreadable' }));
};
