//! Numbers: a count of dossiers ([`count`]), the checked trio total ≥ online ≥ full-process
//! ([`counts`]), a percentage in hundredths ([`percent`]), an exact rate as a ratio of counts
//! ([`rate`]), how many online dossiers a threshold still needs ([`gap`]), and numbers written
//! the Vietnamese way, `1.234` and `32,91 %` ([`number_vi`]).

pub mod count;
pub mod counts;
pub mod gap;
pub mod number_vi;
pub mod percent;
pub mod rate;
