// ntm-calc's workbook worker, started as `worker.js?read` or `worker.js?write`: loads the
// workbook reader or writer (a wasm of its own, fetched only when a workbook is opened or
// written) and answers each message: a workbook's bytes with the text the table import reads,
// or `{write: json}` (a shared table) with the .xlsx bytes; or why not.
/* global wasm_bindgen */
const part = self.location.search === '?write' ? 'write' : 'read';
importScripts(`ntm-calc-excel-${part}.js`);
const ready = wasm_bindgen({ module_or_path: `ntm-calc-excel-${part}_bg.wasm` });
self.onmessage = (event) => {
  const data = event.data;
  ready
    .then(() => {
      if (part === 'write') {
        const out = wasm_bindgen.write_workbook(String(data && data.write));
        self.postMessage(out, out instanceof Uint8Array ? [out.buffer] : []);
      } else {
        self.postMessage(wasm_bindgen.read_workbook(new Uint8Array(data)));
      }
    })
    .catch(() => self.postMessage({ error: 'unreadable' }));
};
