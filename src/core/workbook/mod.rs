//! Workbooks (.xlsx, .xls, .ods): read into the text the imports read ([`read`]), and the
//! table written as one ([`table`]). Neither is called by a page: each runs in a wasm of its
//! own in a Web Worker (`src/bin/excel_read.rs`, `src/bin/excel_write.rs`), loaded only when
//! a user opens or writes a workbook, so no page carries `calamine` or `rust_xlsxwriter`.

pub mod read;
pub mod table;
