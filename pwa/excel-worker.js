// ntm-calc's workbook worker: loads the workbook reader and writer (its own wasm, fetched
// only when a workbook is opened or written) and answers each message: a workbook's bytes
// with the text the table import reads, or `{write: json}` (a shared table) with the .xlsx
// bytes; or why not. A reader that fails answers "unreadable".
/* global wasm_bindgen */
importScripts('ntm-calc-excel.js');
const ready = wasm_bindgen({ module_or_path: 'ntm-calc-excel_bg.wasm' });
self.onmessage = (event) => {
  const data = event.data;
  ready
    .then(() => {
      if (data && typeof data.write === 'string') {
        const out = wasm_bindgen.write_workbook(data.write);
        self.postMessage(out, out instanceof Uint8Array ? [out.buffer] : []);
      } else {
        self.postMessage(wasm_bindgen.read_workbook(new Uint8Array(data)));
      }
    })
    .catch(() => self.postMessage({ error: 'unreadable' }));
};
