//! User text at the edge: names without the characters that let them disguise what is
//! around them, and numbers without the invisible characters a copy from a web page or a
//! chat brings along.

use serde::{Deserialize, Deserializer};

/// Characters that change the direction of the text after them: embeddings and overrides
/// (U+202A–U+202E), isolates (U+2066–U+2069) and the direction marks (U+200E, U+200F,
/// U+061C). In a name, an unclosed right-to-left override turns the app's own words that
/// follow it backwards.
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}'
    )
}

/// Characters that end a line: a name is one line.
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Characters that take no room on screen: zero-width space, non-joiner and joiner, word
/// joiner, the byte-order mark and the soft hyphen. `12\u{200b}3` reads as 123.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}'
    )
}

/// A name as it may be kept and shown: bidi controls dropped, each run of line breaks one
/// space. Nothing else changes (trimming is the caller's).
pub fn clean_name(text: &str) -> String {
    if !text.chars().any(|c| is_bidi_control(c) || is_line_break(c)) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut in_break = false;
    for c in text.chars() {
        if is_bidi_control(c) {
            continue;
        }
        if is_line_break(c) {
            if !in_break {
                out.push(' ');
            }
            in_break = true;
        } else {
            out.push(c);
            in_break = false;
        }
    }
    out
}

/// Whether `text` is already as [`clean_name`] leaves it.
pub fn is_clean_name(text: &str) -> bool {
    !text.chars().any(|c| is_bidi_control(c) || is_line_break(c))
}

/// `text` without [`is_invisible`] characters (for numbers, before they are read).
pub fn without_invisible(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(is_invisible) {
        text.chars().filter(|c| !is_invisible(*c)).collect()
    } else {
        text.into()
    }
}

/// Serde reader of a stored or shared name: every document that carries names (the
/// commune, the table, the history, backups, share links) reads them cleaned.
pub fn de_name<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let text = String::deserialize(d)?;
    Ok(if is_clean_name(&text) {
        text
    } else {
        clean_name(&text)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn names_lose_direction_controls_and_line_breaks() {
        assert_eq!(
            clean_name("Xã A\u{202e} — đăng ký Kiểu mẫu"),
            "Xã A — đăng ký Kiểu mẫu"
        );
        assert_eq!(
            clean_name("\u{202a}\u{202b}\u{202c}\u{202d}\u{2066}\u{2067}\u{2068}\u{2069}\u{200e}\u{200f}\u{61c}X"),
            "X"
        );
        assert_eq!(clean_name("Xã\r\nVạn\nThạnh\u{2028}"), "Xã Vạn Thạnh ");
        assert_eq!(clean_name("Xã Vạn Thạnh"), "Xã Vạn Thạnh");
        // Right-to-left letters are names too: only the controls go.
        assert_eq!(clean_name("قرية"), "قرية");
        assert!(is_clean_name(&clean_name("a\u{202e}\nb")));
    }

    #[test]
    fn numbers_lose_invisible_characters() {
        assert_eq!(without_invisible("12\u{200b}3"), "123");
        assert_eq!(
            without_invisible("\u{feff}1\u{ad}2\u{200c}3\u{200d}4\u{2060}"),
            "1234"
        );
        assert_eq!(without_invisible("1.234"), "1.234");
    }

    #[test]
    fn stored_names_are_read_clean() {
        #[derive(serde::Deserialize)]
        struct Named {
            #[serde(deserialize_with = "de_name")]
            name: String,
        }
        let n: Named = serde_json::from_str(r#"{"name":"Xã A\u202e\nB"}"#).unwrap();
        assert_eq!(n.name, "Xã A B");
    }

    proptest! {
        #[test]
        fn cleaning_is_idempotent_and_leaves_no_control(text in "\\PC{0,40}|[a\\u{202a}-\\u{202e}\\u{2066}-\\u{2069}\\n\\r\\u{2028} ]{0,20}") {
            let once = clean_name(&text);
            prop_assert!(is_clean_name(&once));
            prop_assert_eq!(clean_name(&once), once.clone());
        }
    }
}
