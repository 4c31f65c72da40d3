//! Values for the core's unit tests, written the way a person reads them: `c(1_234)`,
//! `mo("05/2024")`, `day("22/05/2024")`. Only in test builds.

use crate::core::history::calendar::{parse_date, parse_month, Date, Month};
use crate::core::num::count::Count;
use crate::core::num::percent::Percent;
use proptest::prelude::*;

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

/// A part and its whole, the whole from `least` to [`Count::MAX`], the part at any share of it.
pub fn part_of_whole(least: u64) -> impl Strategy<Value = (u64, u64)> {
    (least..=Count::MAX, 0.0f64..=1.0)
        .prop_map(|(whole, share)| ((((whole as f64) * share) as u64).min(whole), whole))
}

/// Any percentage from 0,00 % to 100,00 %.
pub fn any_percent() -> impl Strategy<Value = Percent> {
    (0u32..=10_000).prop_map(|h| Percent::from_hundredths(h).unwrap())
}
