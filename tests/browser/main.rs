//! The browser tests: one test binary, one module per feature, all on one harness
//! ([`support`]) that serves the built `dist/` on 127.0.0.1 and drives headless Chromium,
//! Firefox ESR or WebKit (`NTM_BROWSER`) over WebDriver. `cargo test --test browser` runs
//! them all; `cargo test --test browser -- table::` runs one feature's.

mod support;

mod backup;
mod calculator;
mod dark;
mod data_safety;
mod fallback;
mod history;
mod history_workbook;
mod home_screen;
mod hostile_input;
mod hosting;
mod keyboard;
mod months_import;
mod offline;
mod report;
mod rule_sets;
mod scorecard;
mod screens;
mod security;
mod share;
mod storage;
mod table;
mod table_limits;
mod table_share;
mod workbook;
