//! A percentage with at most two decimals (thresholds, typed rates), a
//! [`rust_decimal::Decimal`] read, stored and printed exactly.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A percentage from 0 to 100 with at most two decimals (`30`, `50`, `67,5`, `32,91`).
///
/// Two decimals is the precision rates are shown with, so a rate shown below a threshold
/// is always really below it (see [`crate::core::num::rate::Rate::display_hundredths`]).
/// The value is kept normalised (`30`, never `30,00`), so equal percentages are equal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Percent(Decimal);

/// Why a text is not a percentage.
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
    /// A decimal number of percent: from 0 to 100, at most two decimals.
    pub fn new(value: Decimal) -> Result<Percent, PercentError> {
        if value.is_sign_negative() && !value.is_zero() || value > Decimal::ONE_HUNDRED {
            return Err(PercentError::OutOfRange);
        }
        let value = value.normalize();
        if value.scale() > 2 {
            return Err(PercentError::TooPrecise);
        }
        Ok(Percent(value))
    }

    /// `hundredths` of a percent: `Percent::from_hundredths(3291)` is 32,91 %.
    pub fn from_hundredths(hundredths: u32) -> Result<Percent, PercentError> {
        Percent::new(Decimal::new(i64::from(hundredths), 2))
    }

    /// A whole percentage, for presets: `Percent::whole(30)` is 30 %.
    pub const fn whole(value: u8) -> Percent {
        assert!(value <= 100);
        Percent(Decimal::from_parts(value as u32, 0, 0, false, 0))
    }

    /// The percentage as a decimal number: `67.5` for 67,5 %.
    pub fn value(self) -> Decimal {
        self.0
    }

    pub fn hundredths(self) -> u32 {
        let (num, den) = self.fraction();
        u32::try_from(num * 10_000 / den).unwrap_or(10_000)
    }

    /// The exact fraction `numerator / denominator` of one that this percentage is: its
    /// digits over 100 · 10^scale (`67,5` is 675 / 1.000).
    pub fn fraction(self) -> (u128, u128) {
        let digits = u128::try_from(self.0.mantissa()).unwrap_or(0);
        (digits, 100 * 10u128.pow(self.0.scale()))
    }

    /// Whether this is 100 %, which adding dossiers can never reach while one falls short.
    pub fn is_full(self) -> bool {
        self.0 == Decimal::ONE_HUNDRED
    }

    /// The number with a given decimal sign and no trailing zeros: `67,5`, `30`.
    fn number(self, decimal_sign: char) -> String {
        // At most 10.000 hundredths: the digits fit any integer.
        let digits = u32::try_from(self.0.mantissa()).unwrap_or(0);
        let scale = self.0.scale();
        let unit = 10u32.pow(scale);
        match scale {
            0 => digits.to_string(),
            _ => format!(
                "{}{decimal_sign}{:0width$}",
                digits / unit,
                digits % unit,
                width = scale as usize
            ),
        }
    }

    /// Vietnamese style, without the sign: `67,5`.
    pub fn to_vi_number(self) -> String {
        self.number(',')
    }
}

/// Stored as a decimal string with a dot (`"67.5"`).
impl TryFrom<String> for Percent {
    type Error = PercentError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        if text.contains(',') {
            return Err(PercentError::NotANumber);
        }
        parse_percent(&text)
    }
}

impl From<Percent> for String {
    fn from(p: Percent) -> String {
        p.number('.')
    }
}

impl std::fmt::Display for Percent {
    /// Vietnamese style: `30 %`, `67,5 %`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} %", self.to_vi_number())
    }
}

/// Reads a percentage typed with a decimal comma or dot, with or without `%`; invisible
/// characters (zero-width space, soft hyphen …) are left out first. Only digits and one
/// decimal sign are taken (no sign, exponent or digit separator), then read as a
/// [`Decimal`].
pub fn parse_percent(text: &str) -> Result<Percent, PercentError> {
    let visible = crate::core::text::without_invisible(text);
    let trimmed = visible.trim().trim_end_matches('%').trim();
    if trimmed.is_empty() {
        return Err(PercentError::Empty);
    }
    let number = trimmed.strip_prefix('-').unwrap_or(trimmed);
    let mut parts = number.split([',', '.']);
    let whole = parts.next().unwrap_or_default();
    let frac = parts.next().unwrap_or_default();
    if parts.next().is_some()
        || whole.is_empty() && frac.is_empty()
        || !whole
            .chars()
            .chain(frac.chars())
            .all(|c| c.is_ascii_digit())
    {
        return Err(PercentError::NotANumber);
    }
    if number.len() < trimmed.len() {
        return Err(PercentError::OutOfRange);
    }
    let frac = frac.trim_end_matches('0');
    if frac.len() > 2 {
        return Err(PercentError::TooPrecise);
    }
    let whole = whole.trim_start_matches('0');
    if whole.len() > 3 {
        return Err(PercentError::OutOfRange);
    }
    // At most three digits and two decimals: the number always fits.
    let digits: i64 = format!("{whole}{frac:0<2}")
        .parse()
        .map_err(|_| PercentError::NotANumber)?;
    let value = Decimal::new(digits, 2);
    Percent::new(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn whole_percentages_are_exact_fractions() {
        assert_eq!(Percent::whole(30).fraction(), (30, 100));
        assert_eq!(parse_percent("67,5").unwrap().fraction(), (675, 1_000));
        assert_eq!(Percent::from_hundredths(3_000), Ok(Percent::whole(30)));
        assert!(Percent::whole(100).is_full());
        assert_eq!(parse_percent("67,5").unwrap().hundredths(), 6_750);
    }

    #[test]
    fn reads_and_writes_the_vietnamese_way() {
        assert_eq!(parse_percent("30"), Ok(Percent::whole(30)));
        assert_eq!(parse_percent("30 %"), Ok(Percent::whole(30)));
        assert_eq!(parse_percent("30,00"), Ok(Percent::whole(30)));
        assert_eq!(parse_percent("75,7").unwrap().hundredths(), 7_570);
        assert_eq!(parse_percent("0,5").unwrap().hundredths(), 50);
        assert_eq!(parse_percent(",5").unwrap().hundredths(), 50);
        assert_eq!(parse_percent("67,5").unwrap().to_string(), "67,5 %");
        assert_eq!(parse_percent("32,91").unwrap().to_string(), "32,91 %");
        assert_eq!(parse_percent("5,05").unwrap().to_vi_number(), "5,05");
        assert_eq!(Percent::whole(50).to_string(), "50 %");
    }

    #[test]
    fn invisible_characters_are_left_out() {
        assert_eq!(parse_percent("32\u{200b},91").unwrap().hundredths(), 3_291);
        assert_eq!(
            parse_percent("\u{feff}50\u{ad}\u{2060} %"),
            Ok(Percent::whole(50))
        );
        assert_eq!(
            parse_percent("6\u{200c}7,\u{200d}5").unwrap().hundredths(),
            6_750
        );
        assert_eq!(parse_percent("\u{200b}"), Err(PercentError::Empty));
    }

    #[test]
    fn refuses_impossible_percentages() {
        assert_eq!(parse_percent(""), Err(PercentError::Empty));
        assert_eq!(parse_percent("abc"), Err(PercentError::NotANumber));
        assert_eq!(parse_percent("1.234,5"), Err(PercentError::NotANumber));
        assert_eq!(parse_percent(","), Err(PercentError::NotANumber));
        assert_eq!(parse_percent("101"), Err(PercentError::OutOfRange));
        assert_eq!(
            parse_percent("9999999999999"),
            Err(PercentError::OutOfRange)
        );
        assert_eq!(parse_percent("-1"), Err(PercentError::OutOfRange));
        assert_eq!(parse_percent("29,995"), Err(PercentError::TooPrecise));
        assert_eq!(parse_percent("1e2"), Err(PercentError::NotANumber));
    }

    #[test]
    fn stored_percentages_are_checked() {
        assert_eq!(
            serde_json::to_string(&Percent::whole(30)).unwrap(),
            "\"30\""
        );
        assert_eq!(
            serde_json::to_string(&parse_percent("67,5").unwrap()).unwrap(),
            "\"67.5\""
        );
        assert!(serde_json::from_str::<Percent>("\"130\"").is_err());
        assert!(serde_json::from_str::<Percent>("\"29.995\"").is_err());
        assert!(serde_json::from_str::<Percent>("\"67,5\"").is_err());
    }

    proptest! {
        #[test]
        fn written_percentages_read_back(h in 0u32..=10_000) {
            let p = Percent::from_hundredths(h).unwrap();
            prop_assert_eq!(parse_percent(&p.to_vi_number()), Ok(p));
            prop_assert_eq!(parse_percent(&p.to_string()), Ok(p));
            prop_assert_eq!(Percent::try_from(String::from(p)), Ok(p));
        }

        #[test]
        fn the_fraction_is_the_decimal(h in 0u32..=10_000) {
            let p = Percent::from_hundredths(h).unwrap();
            let (num, den) = p.fraction();
            let exact = Decimal::from(num as u64) * Decimal::ONE_HUNDRED / Decimal::from(den as u64);
            prop_assert_eq!(exact, p.value());
            prop_assert_eq!(p.hundredths(), h);
            // Stored as Decimal writes it, normalised: "67.5", "30".
            prop_assert_eq!(String::from(p), p.value().to_string());
        }

        #[test]
        fn any_text_is_read_or_refused_without_panic(text in "\\PC{0,20}") {
            if let Ok(p) = parse_percent(&text) {
                prop_assert!(p.hundredths() <= 10_000);
            }
        }
    }
}
