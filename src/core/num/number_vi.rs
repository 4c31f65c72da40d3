//! Numbers written the Vietnamese way: `1.234` and `32,91 %`.

use rust_decimal::{Decimal, RoundingStrategy};

/// Thousands grouped with dots: `99854` → `99.854`.
pub fn format_count(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// A percentage given in hundredths of a percent: `3291` → `32,91 %`.
pub fn format_hundredths_percent(hundredths: u64) -> String {
    format_percent(hundredths_decimal(hundredths))
}

/// A number given in hundredths, with a decimal comma: `3291` → `32,91`.
pub fn format_hundredths(hundredths: u64) -> String {
    format_decimal(hundredths_decimal(hundredths))
}

/// A number given in hundredths as the decimal it is: `3291` → `32.91` (two decimals kept).
pub fn hundredths_decimal(hundredths: u64) -> Decimal {
    Decimal::from_i128_with_scale(i128::from(hundredths), 2)
}

/// A percentage shown with two decimals, rounded half up: `32.905` → `32,91 %`.
pub fn format_percent(value: Decimal) -> String {
    format!("{} %", format_decimal(value))
}

/// A number with two decimals, rounded half up, thousands grouped: `1234.5` → `1.234,50`.
pub fn format_decimal(value: Decimal) -> String {
    let mut value = value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    value.rescale(2);
    let hundredths = u64::try_from(value.mantissa().unsigned_abs()).unwrap_or(u64::MAX);
    let sign = if value.is_sign_negative() && hundredths > 0 {
        "-"
    } else {
        ""
    };
    format!(
        "{sign}{},{:02}",
        format_count(hundredths / 100),
        hundredths % 100
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands_with_dots() {
        assert_eq!(format_count(0), "0");
        assert_eq!(format_count(999), "999");
        assert_eq!(format_count(1000), "1.000");
        assert_eq!(format_count(99_854), "99.854");
        assert_eq!(format_count(1_000_000_000), "1.000.000.000");
    }

    #[test]
    fn writes_percent_with_a_decimal_comma() {
        assert_eq!(format_hundredths_percent(3291), "32,91 %");
        assert_eq!(format_hundredths_percent(5), "0,05 %");
        assert_eq!(format_hundredths_percent(10000), "100,00 %");
        assert_eq!(format_percent(Decimal::new(32_905, 3)), "32,91 %");
        assert_eq!(format_percent(Decimal::new(32_904, 3)), "32,90 %");
        assert_eq!(format_decimal(Decimal::new(12_345, 1)), "1.234,50");
        assert_eq!(format_decimal(Decimal::new(-5, 3)), "-0,01");
        assert_eq!(format_decimal(Decimal::new(-4, 3)), "0,00");
    }
}
