//! A percentage with at most two decimals (thresholds, and rates reports print), kept
//! exact as a whole number of hundredths of a percent.

use serde::{Deserialize, Serialize};

/// A percentage from 0 to 100 with at most two decimals (`30`, `50`, `67,5`, `32,91`).
///
/// Two decimals is the precision rates are shown with, so a rate shown below a threshold
/// is always really below it (see [`crate::core::num::rate::Rate::display_hundredths`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Percent(u32);

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
    /// `hundredths` of a percent: `Percent::from_hundredths(3291)` is 32,91 %.
    pub fn from_hundredths(hundredths: u32) -> Result<Percent, PercentError> {
        if hundredths > 10_000 {
            return Err(PercentError::OutOfRange);
        }
        Ok(Percent(hundredths))
    }

    /// A whole percentage, for presets: `Percent::whole(30)` is 30 %.
    pub const fn whole(value: u8) -> Percent {
        assert!(value <= 100);
        Percent(value as u32 * 100)
    }

    pub fn hundredths(self) -> u32 {
        self.0
    }

    /// The exact fraction `numerator / denominator` of one that this percentage is.
    pub fn fraction(self) -> (u128, u128) {
        (u128::from(self.0), 10_000)
    }

    /// Whether this is 100 %, which adding dossiers can never reach while one falls short.
    pub fn is_full(self) -> bool {
        self.0 == 10_000
    }

    /// The number with a given decimal sign and no trailing zeros: `67,5`, `30`.
    fn number(self, decimal_sign: char) -> String {
        let (whole, frac) = (self.0 / 100, self.0 % 100);
        match frac {
            0 => whole.to_string(),
            f if f % 10 == 0 => format!("{whole}{decimal_sign}{}", f / 10),
            f => format!("{whole}{decimal_sign}{f:02}"),
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
/// characters (zero-width space, soft hyphen …) are left out first.
pub fn parse_percent(text: &str) -> Result<Percent, PercentError> {
    let visible = crate::core::text::without_invisible(text);
    let trimmed = visible.trim().trim_end_matches('%').trim();
    if trimmed.is_empty() {
        return Err(PercentError::Empty);
    }
    let mut parts = trimmed.split([',', '.']);
    let whole = parts.next().unwrap_or_default();
    let frac = parts.next().unwrap_or_default();
    if parts.next().is_some() || whole.is_empty() && frac.is_empty() {
        return Err(PercentError::NotANumber);
    }
    if trimmed.starts_with('-')
        && trimmed[1..]
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return Err(PercentError::OutOfRange);
    }
    if !whole
        .chars()
        .chain(frac.chars())
        .all(|c| c.is_ascii_digit())
    {
        return Err(PercentError::NotANumber);
    }
    let frac = frac.trim_end_matches('0');
    if frac.len() > 2 {
        return Err(PercentError::TooPrecise);
    }
    let whole = whole.trim_start_matches('0');
    if whole.len() > 3 {
        return Err(PercentError::OutOfRange);
    }
    let whole: u32 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| PercentError::NotANumber)?
    };
    let frac: u32 = format!("{frac:0<2}")
        .parse()
        .map_err(|_| PercentError::NotANumber)?;
    Percent::from_hundredths(whole * 100 + frac)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn whole_percentages_are_exact_fractions() {
        assert_eq!(Percent::whole(30).fraction(), (3_000, 10_000));
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
        fn any_text_is_read_or_refused_without_panic(text in "\\PC{0,20}") {
            if let Ok(p) = parse_percent(&text) {
                prop_assert!(p.hundredths() <= 10_000);
            }
        }
    }
}
