//! The domain core: counts, rates, rule sets, gaps and the stored-record format.
//!
//! Nothing here touches the browser; it builds and is tested natively with `cargo test`.

pub mod assessment;
pub mod backup;
pub mod browser;
pub mod count;
pub mod counts;
pub mod csv;
pub mod export;
pub mod form;
pub mod gap;
pub mod history;
pub mod history_record;
pub mod import;
pub mod month;
pub mod month_entry;
pub mod month_form;
pub mod number_vi;
pub mod percent;
pub mod period;
pub mod presets;
pub mod projection;
pub mod qr;
pub mod rate;
pub mod record;
pub mod report;
pub mod ruleset;
pub mod scorecard;
pub mod share;
pub mod sniff;
pub mod table;
pub mod text;
pub mod tier;
pub mod unit;
