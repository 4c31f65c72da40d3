//! Many units at once: a unit and its figures ([`unit`]), each row's status, the ranking and the
//! district verdicts ([`evaluate`]), delimited text ([`csv`]), reading pasted or opened tables
//! ([`import`]) and writing them back ([`export`]), and telling a chosen file's bytes apart
//! before anything reads them as text ([`sniff`]).

pub mod column_map;
pub mod columns;
pub mod csv;
pub mod evaluate;
pub mod export;
pub mod import;
pub mod sniff;
pub mod unit;
