//! Scoring and reporting: the eleven targets of Nghị quyết 02/NQ-CP scored from what a
//! commune enters ([`scorecard`]), and the quarterly report's metrics per unit and level with
//! their rankings ([`report`]); the history's months as a workbook's sheet
//! ([`months_sheet`]).

pub mod months_sheet;
pub mod report;
pub mod scorecard;
