//! Data carried in a link's fragment (after `#`, never sent to a server): a version tag,
//! then the text deflated and written in base64url. Reading one is as careful as reading
//! storage: length capped before anything is decoded, inflating capped so that a hostile
//! link cannot exhaust memory.

/// Longest fragment read or written: what every browser and chat app carries whole.
pub const MAX_FRAGMENT: usize = 8_000;
/// Most bytes a fragment may inflate to.
pub const MAX_INFLATED: usize = 1024 * 1024;

/// Why a fragment could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FragmentError {
    /// No data in the link.
    Empty,
    /// Another tag: written by another version of the app, or not by the app.
    UnknownVersion,
    TooLong,
    /// Damaged: cut short, altered, or not text.
    Damaged,
}

/// `tag` followed by `text`, deflated, in base64url.
pub fn pack(tag: &str, text: &str) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 9);
    format!("{tag}{}", base64url_encode(&packed))
}

/// The text of a fragment (with or without its leading `#`) that starts with `tag`.
pub fn unpack(fragment: &str, tag: &str, max_inflated: usize) -> Result<String, FragmentError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment).trim();
    if fragment.is_empty() {
        return Err(FragmentError::Empty);
    }
    if fragment.len() > MAX_FRAGMENT {
        return Err(FragmentError::TooLong);
    }
    let data = fragment
        .strip_prefix(tag)
        .ok_or(FragmentError::UnknownVersion)?;
    let packed = base64url_decode(data).ok_or(FragmentError::Damaged)?;
    let text = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, max_inflated)
        .map_err(|_| FragmentError::Damaged)?;
    String::from_utf8(text).map_err(|_| FragmentError::Damaged)
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let values: Vec<u32> = text
        .bytes()
        .map(|c| ALPHABET.iter().position(|&a| a == c).map(|v| v as u32))
        .collect::<Option<_>>()?;
    if values.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(values.len() * 3 / 4);
    for chunk in values.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, v)| n | v << (18 - 6 * i));
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i) & 255) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn what_is_not_a_fragment_of_the_tag_says_why() {
        assert_eq!(unpack("#", "r1.", 100), Err(FragmentError::Empty));
        assert_eq!(
            unpack("#v1.AAAA", "r1.", 100),
            Err(FragmentError::UnknownVersion)
        );
        assert_eq!(unpack("r1.*", "r1.", 100), Err(FragmentError::Damaged));
        let long = format!("r1.{}", "A".repeat(MAX_FRAGMENT));
        assert_eq!(unpack(&long, "r1.", 100), Err(FragmentError::TooLong));
        // A bomb: a megabyte of zeros is refused past the cap, not inflated.
        let bomb = pack("r1.", &"0".repeat(1 << 20));
        assert_eq!(unpack(&bomb, "r1.", 1024), Err(FragmentError::Damaged));
        let binary = format!(
            "r1.{}",
            base64url_encode(&miniz_oxide::deflate::compress_to_vec(&[0xff, 0xfe], 9))
        );
        assert_eq!(unpack(&binary, "r1.", 100), Err(FragmentError::Damaged));
    }

    proptest! {
        #[test]
        fn base64url_round_trips(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
            prop_assert_eq!(base64url_decode(&base64url_encode(&bytes)), Some(bytes));
        }

        #[test]
        fn any_text_packed_is_unpacked(text in "\\PC{0,300}") {
            prop_assert_eq!(unpack(&pack("t1.", &text), "t1.", MAX_INFLATED), Ok(text));
        }

        #[test]
        fn any_fragment_is_read_or_refused_without_panic(text in "\\PC{0,300}|r1\\.[A-Za-z0-9_-]{0,300}") {
            let _ = unpack(&text, "r1.", MAX_INFLATED);
        }
    }
}
