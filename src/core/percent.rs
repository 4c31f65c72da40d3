//! A threshold written as a percentage, kept exact.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::str::FromStr;

/// A percentage from 0 to 100 with at most two decimals (`30`, `50`, `67,5`).
///
/// Two decimals is the precision rates are shown with, so a rate shown below a threshold
/// is always really below it (see [`crate::core::rate::Rate::display_hundredths`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "Decimal", into = "Decimal")]
pub struct Percent(Decimal);

/// Why a number is not a threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PercentError {
    Empty,
    NotANumber,
    OutOfRange,
    TooPrecise,
}

impl std::fmt::Display for PercentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            PercentError::Empty => "empty",
            PercentError::NotANumber => "not a number",
            PercentError::OutOfRange => "outside 0–100",
            PercentError::TooPrecise => "more than two decimals",
        })
    }
}

impl Percent {
    pub fn new(value: Decimal) -> Result<Percent, PercentError> {
        if value < Decimal::ZERO || value > Decimal::ONE_HUNDRED {
            return Err(PercentError::OutOfRange);
        }
        let value = value.normalize();
        if value.scale() > 2 {
            return Err(PercentError::TooPrecise);
        }
        Ok(Percent(value))
    }

    /// A whole percentage, for presets: `Percent::whole(30)` is 30 %.
    pub const fn whole(value: u8) -> Percent {
        assert!(value <= 100);
        Percent(Decimal::from_parts(value as u32, 0, 0, false, 0))
    }

    pub fn value(self) -> Decimal {
        self.0
    }

    /// The exact fraction `numerator / denominator` of one that this percentage is.
    pub fn fraction(self) -> (u128, u128) {
        let scale = self.0.scale();
        let mantissa = u128::try_from(self.0.mantissa()).unwrap_or(0);
        (mantissa, 100 * 10u128.pow(scale))
    }

    /// Whether this is 100 %, which adding dossiers can never reach while one falls short.
    pub fn is_full(self) -> bool {
        self.0 == Decimal::ONE_HUNDRED
    }
}

impl TryFrom<Decimal> for Percent {
    type Error = PercentError;
    fn try_from(value: Decimal) -> Result<Self, Self::Error> {
        Percent::new(value)
    }
}

impl From<Percent> for Decimal {
    fn from(p: Percent) -> Decimal {
        p.0
    }
}

impl std::fmt::Display for Percent {
    /// Vietnamese style: `30 %`, `67,5 %`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} %", self.0.normalize().to_string().replace('.', ","))
    }
}

/// Reads a percentage typed with a decimal comma or dot, with or without `%`.
pub fn parse_percent(text: &str) -> Result<Percent, PercentError> {
    let trimmed = text.trim().trim_end_matches('%').trim();
    if trimmed.is_empty() {
        return Err(PercentError::Empty);
    }
    if trimmed.matches([',', '.']).count() > 1 {
        return Err(PercentError::NotANumber);
    }
    let decimal =
        Decimal::from_str(&trimmed.replace(',', ".")).map_err(|_| PercentError::NotANumber)?;
    Percent::new(decimal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_percentages_are_exact_fractions() {
        assert_eq!(Percent::whole(30).fraction(), (30, 100));
        assert_eq!(Percent::whole(100).fraction(), (100, 100));
        assert!(Percent::whole(100).is_full());
        assert_eq!(parse_percent("67,5").unwrap().fraction(), (675, 1000));
    }

    #[test]
    fn reads_and_writes_the_vietnamese_way() {
        assert_eq!(parse_percent("30"), Ok(Percent::whole(30)));
        assert_eq!(parse_percent("30 %"), Ok(Percent::whole(30)));
        assert_eq!(parse_percent("30,00"), Ok(Percent::whole(30)));
        assert_eq!(parse_percent("67,5").unwrap().to_string(), "67,5 %");
        assert_eq!(Percent::whole(50).to_string(), "50 %");
    }

    #[test]
    fn refuses_impossible_thresholds() {
        assert_eq!(parse_percent(""), Err(PercentError::Empty));
        assert_eq!(parse_percent("abc"), Err(PercentError::NotANumber));
        assert_eq!(parse_percent("1.234,5"), Err(PercentError::NotANumber));
        assert_eq!(parse_percent("101"), Err(PercentError::OutOfRange));
        assert_eq!(parse_percent("-1"), Err(PercentError::OutOfRange));
        assert_eq!(parse_percent("29,995"), Err(PercentError::TooPrecise));
    }

    #[test]
    fn stored_thresholds_are_checked() {
        assert_eq!(
            serde_json::to_string(&Percent::whole(30)).unwrap(),
            "\"30\""
        );
        assert!(serde_json::from_str::<Percent>("\"130\"").is_err());
        assert!(serde_json::from_str::<Percent>("\"29.995\"").is_err());
    }
}
