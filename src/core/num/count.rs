//! A count of dossiers, and the parsing of what a person types for one.

use crate::core::text::is_invisible;
use serde::{Deserialize, Serialize};

/// A number of dossiers: a whole number from 0 to [`Count::MAX`].
///
/// The bound is far beyond any commune's yearly dossiers; it keeps every product the
/// arithmetic forms well inside `u128`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u64", into = "u64")]
pub struct Count(u64);

impl Count {
    /// One thousand million dossiers (10^9).
    pub const MAX: u64 = 1_000_000_000;
    pub const ZERO: Count = Count(0);

    pub fn new(value: u64) -> Option<Count> {
        (value <= Self::MAX).then_some(Count(value))
    }

    pub fn get(self) -> u64 {
        self.0
    }
}

impl TryFrom<u64> for Count {
    type Error = CountError;
    fn try_from(value: u64) -> Result<Self, Self::Error> {
        Count::new(value).ok_or(CountError::TooLarge)
    }
}

impl From<Count> for u64 {
    fn from(count: Count) -> u64 {
        count.0
    }
}

/// Why a text is not a count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountError {
    /// Nothing was typed.
    Empty,
    /// A minus sign: counts cannot be negative.
    Negative,
    /// A decimal comma ("12,5", "1.234,5"): dossiers are counted whole.
    NotWhole,
    /// Dots that are not thousands separators ("12.5", "1.23.456").
    BadGrouping,
    /// Letters or other signs.
    NotANumber,
    /// More than [`Count::MAX`].
    TooLarge,
}

impl std::fmt::Display for CountError {
    /// A technical description (for logs and stored-data errors); the UI words its own.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            CountError::Empty => "empty",
            CountError::Negative => "negative",
            CountError::NotWhole => "not a whole number",
            CountError::BadGrouping => "dots do not group thousands",
            CountError::NotANumber => "not a number",
            CountError::TooLarge => "above 10^9",
        })
    }
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// Reads a count as Vietnamese officials write it: `1234`, `1.234`, `1 234`.
///
/// Dots must group thousands exactly (`1.234.567`); a comma is a decimal comma and so
/// is refused, as is anything negative, non-numeric or above [`Count::MAX`]. Spaces and
/// invisible characters (zero-width space, soft hyphen …, see
/// [`crate::core::text::is_invisible`]) are left out first: `12\u{200b}3` is 123, as it looks.
pub fn parse_count(text: &str) -> Result<Count, CountError> {
    let compact: String = text
        .chars()
        .filter(|c| !is_space(*c) && !is_invisible(*c))
        .collect();
    if compact.is_empty() {
        return Err(CountError::Empty);
    }
    let unsigned = match compact.strip_prefix(['-', '\u{2212}']) {
        Some(rest) => {
            return Err(if rest.chars().any(|c| c.is_ascii_digit()) {
                CountError::Negative
            } else {
                CountError::NotANumber
            })
        }
        None => compact.as_str(),
    };
    if !unsigned
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(CountError::NotANumber);
    }
    if !unsigned.chars().any(|c| c.is_ascii_digit()) {
        return Err(CountError::NotANumber);
    }
    if unsigned.contains(',') {
        return Err(CountError::NotWhole);
    }
    let mut groups = unsigned.split('.');
    let first = groups.next().unwrap_or_default();
    let rest: Vec<&str> = groups.collect();
    if !rest.is_empty()
        && (first.is_empty() || first.len() > 3 || rest.iter().any(|g| g.len() != 3))
    {
        return Err(CountError::BadGrouping);
    }
    let mut value: u64 = 0;
    for c in unsigned.chars().filter(char::is_ascii_digit) {
        let digit = u64::from(c as u8 - b'0');
        value = value * 10 + digit;
        if value > Count::MAX {
            return Err(CountError::TooLarge);
        }
    }
    Ok(Count(value))
}

/// Reads an optional count: empty text is `None`, anything else must be a count.
pub fn parse_optional_count(text: &str) -> Result<Option<Count>, CountError> {
    match parse_count(text) {
        Ok(count) => Ok(Some(count)),
        Err(CountError::Empty) => Ok(None),
        Err(other) => Err(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::num::number_vi::format_count;
    use proptest::prelude::*;

    #[test]
    fn accepts_the_ways_officials_write_counts() {
        assert_eq!(parse_count("1234"), Ok(Count(1234)));
        assert_eq!(parse_count("1.234"), Ok(Count(1234)));
        assert_eq!(parse_count(" 1 234 "), Ok(Count(1234)));
        assert_eq!(parse_count("1\u{a0}234"), Ok(Count(1234)));
        assert_eq!(parse_count("99.854"), Ok(Count(99_854)));
        assert_eq!(parse_count("1.000.000.000"), Ok(Count(Count::MAX)));
        assert_eq!(parse_count("0"), Ok(Count::ZERO));
        assert_eq!(parse_count("007"), Ok(Count(7)));
    }

    #[test]
    fn invisible_characters_are_left_out() {
        assert_eq!(parse_count("12\u{200b}3"), Ok(Count(123)));
        assert_eq!(
            parse_count("\u{feff}1.\u{200c}234\u{200d}"),
            Ok(Count(1234))
        );
        assert_eq!(parse_count("1\u{ad}000\u{2060}"), Ok(Count(1000)));
        assert_eq!(parse_count("\u{200b}"), Err(CountError::Empty));
        assert_eq!(parse_count("-\u{200b}5"), Err(CountError::Negative));
    }

    #[test]
    fn refuses_what_is_not_a_count() {
        assert_eq!(parse_count(""), Err(CountError::Empty));
        assert_eq!(parse_count("   "), Err(CountError::Empty));
        assert_eq!(parse_count("-5"), Err(CountError::Negative));
        assert_eq!(parse_count("\u{2212}5"), Err(CountError::Negative));
        assert_eq!(parse_count("1.234,5"), Err(CountError::NotWhole));
        assert_eq!(parse_count("12,5"), Err(CountError::NotWhole));
        assert_eq!(parse_count("12.5"), Err(CountError::BadGrouping));
        assert_eq!(parse_count("1.23.456"), Err(CountError::BadGrouping));
        assert_eq!(parse_count(".123"), Err(CountError::BadGrouping));
        assert_eq!(parse_count("1234.567"), Err(CountError::BadGrouping));
        assert_eq!(parse_count("abc"), Err(CountError::NotANumber));
        assert_eq!(parse_count("12a"), Err(CountError::NotANumber));
        assert_eq!(parse_count("+5"), Err(CountError::NotANumber));
        assert_eq!(parse_count("-"), Err(CountError::NotANumber));
        assert_eq!(parse_count("1e9"), Err(CountError::NotANumber));
        assert_eq!(parse_count("1.000.000.001"), Err(CountError::TooLarge));
        assert_eq!(parse_count(&"9".repeat(400)), Err(CountError::TooLarge));
    }

    #[test]
    fn optional_counts_may_be_empty() {
        assert_eq!(parse_optional_count(" "), Ok(None));
        assert_eq!(parse_optional_count("12"), Ok(Some(Count(12))));
        assert_eq!(parse_optional_count("x"), Err(CountError::NotANumber));
    }

    #[test]
    fn stored_counts_keep_the_bound() {
        assert!(serde_json::from_str::<Count>("1000000001").is_err());
        assert_eq!(serde_json::from_str::<Count>("42").ok(), Some(Count(42)));
    }

    proptest! {
        #[test]
        fn formatting_then_parsing_gives_the_count_back(n in 0..=Count::MAX) {
            prop_assert_eq!(parse_count(&format_count(n)), Ok(Count(n)));
            prop_assert_eq!(parse_count(&n.to_string()), Ok(Count(n)));
        }

        #[test]
        fn any_text_parses_or_is_refused_without_panic(text in "\\PC{0,40}") {
            if let Ok(count) = parse_count(&text) {
                prop_assert!(count.get() <= Count::MAX);
            }
        }
    }
}
