//! Numbers written the Vietnamese way: `1.234` and `32,91 %`.

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
    format!("{} %", format_hundredths(hundredths))
}

/// A number given in hundredths, with a decimal comma: `3291` → `32,91`.
pub fn format_hundredths(hundredths: u64) -> String {
    format!("{},{:02}", format_count(hundredths / 100), hundredths % 100)
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
    }
}
