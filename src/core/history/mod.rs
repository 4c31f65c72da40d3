//! A unit through the year: days, months and the civil dates of legal texts ([`calendar`]),
//! measurement periods ([`period`]), one month's figures and their checks ([`month_entry`]) and
//! text form ([`month_form`]), a unit's months and what a period adds up to ([`monthly`]), and
//! the look ahead to the assessment date ([`projection`]); months read from a table or a
//! workbook ([`import`]).

pub mod calendar;
pub mod import;
pub mod month_entry;
pub mod month_form;
pub mod monthly;
pub mod period;
pub mod projection;
