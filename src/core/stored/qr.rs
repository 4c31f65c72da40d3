//! A QR code as one SVG path, so that the view draws it with plain elements.

use qrcode::{Color, EcLevel, QrCode};

/// The code's size in modules (without the quiet zone) and an SVG path with one unit
/// square per dark module; `None` when the text is too long for a QR code.
pub fn qr_path(text: &str) -> Option<(usize, String)> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let mut path = String::new();
    for (i, color) in code.to_colors().into_iter().enumerate() {
        if color == Color::Dark {
            path.push_str(&format!("M{} {}h1v1h-1z", i % width, i / width));
        }
    }
    Some((width, path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_a_square_code_with_dark_modules() {
        let (width, path) = qr_path("https://example.gov.vn/ntm-calc/chia-se/#v1.abc").unwrap();
        assert!(width >= 21 && (width - 21) % 4 == 0, "{width}");
        // The three finder patterns alone have 3 · 33 dark modules.
        assert!(path.matches('M').count() > 99);
        assert!(qr_path(&"x".repeat(5_000)).is_none());
    }
}
