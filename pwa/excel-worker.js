// ntm-calc's workbook worker, started as `worker.js?read` or `worker.js?write`: loads the
// workbook reader or writer (a wasm of its own, fetched only when a workbook is opened or
// written) and answers each message: `{bytes, sheet, kind}` (a workbook, the sheet wanted or
// none, `months` for the history import) with the text the imports read,
// `{write: json}` (a shared table) or `{sheets: json}` (sheets described by a page) with the
// .xlsx bytes; or why not.
/* global wasm_bindgen */
const part = self.location.search === '?write' ? 'write' : 'read';
importScripts(`ntm-calc-excel-${part}.js`);
const ready = wasm_bindgen({ module_or_path: `ntm-calc-excel-${part}_bg.wasm` });
self.onmessage = (event) => {
  const data = event.data;
  ready
    .then(() => {
      if (part === 'write') {
        const out = data && typeof data.sheets === 'string'
          ? wasm_bindgen.write_sheets(data.sheets)
          : wasm_bindgen.write_workbook(String(data && data.write));
        self.postMessage(out, out instanceof Uint8Array ? [out.buffer] : []);
      } else {
        self.postMessage(
          wasm_bindgen.read_workbook(new Uint8Array(data.bytes), data.sheet || undefined, data.kind || undefined),
        );
      }
    })
    .catch(() => self.postMessage({ error: 'unreadable' }));
};
