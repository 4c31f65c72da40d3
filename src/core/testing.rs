//! Values for the core's unit tests, written the way a person reads them: `c(1_234)`,
//! `mo("05/2024")`, `day("22/05/2024")`. Only in test builds.

use crate::core::history::calendar::{parse_date, parse_month, Date, Month};
use crate::core::num::count::Count;

/// A count that is known to be in range.
pub fn c(n: u64) -> Count {
    Count::new(n).unwrap()
}

/// A month written `MM/YYYY`.
pub fn mo(text: &str) -> Month {
    parse_month(text).unwrap()
}

/// A date written `DD/MM/YYYY`.
pub fn day(text: &str) -> Date {
    parse_date(text).unwrap()
}
