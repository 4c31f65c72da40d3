//! Workbooks (.xlsx, .xls, .ods): read into the text the imports read ([`read`]), the
//! table written as one ([`table`]), and any sheets a page describes as data written as one
//! ([`sheet`]: the history's months, the report's tables; a page only builds the sheets and
//! their JSON). Reading and writing are never called by a page: each runs in a wasm of its
//! own in a Web Worker (`src/bin/excel_read.rs`, `src/bin/excel_write.rs`), loaded only when
//! a user opens or writes a workbook, so no page carries `calamine` or `rust_xlsxwriter`.

pub mod read;
pub mod sheet;
pub mod table;
