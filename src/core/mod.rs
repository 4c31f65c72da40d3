//! The domain core: everything ntm-calc knows about dossiers, rates and rules, with no
//! browser in sight. It builds and is tested natively with `cargo test`.
//!
//! | folder | what it holds |
//! | --- | --- |
//! | [`num`] | counts, their checked trio, percentages, exact rates, the dossiers a tier still needs, Vietnamese number text |
//! | [`rules`] | tiers, rule sets, every shipped threshold and target ([`rules::presets`]), the assessment of a commune, the calculator form's check |
//! | [`table`] | units, a table's statuses and district verdicts, CSV, import, export, telling a chosen file's bytes apart |
//! | [`history`] | the calendar, measurement periods, a month's figures and their form, a unit's months and the projection |
//! | [`reports`] | the NQ 02 scorecard and the quarterly report's metrics and rankings |
//! | [`stored`] | what is written to storage, backups and share links, and the QR code |
//! | [`workbook`] | Excel / LibreOffice workbooks read into an import's text, and tables written as one (only the workbook worker's wasm calls it) |
//!
//! Three loose modules serve them all: [`text`] (user text cleaned at the edge), [`fields`]
//! (a form's errors, field by field) and [`browser`] (what a user agent says about the
//! browser's storage).

pub mod browser;
pub mod fields;
pub mod history;
pub mod num;
pub mod reports;
pub mod rules;
pub mod stored;
pub mod table;
pub mod text;
pub mod workbook;

#[cfg(test)]
pub mod testing;
