//! A commune's figures carried in a link's fragment (after `#`, never sent to a server):
//! versioned, deflated, base64url. Reading a link is as careful as reading storage.

use super::record::{self, CommuneRecord, DecodeError};

/// The version tag that starts every link this build writes.
const VERSION: &str = "v1.";
/// Longest fragment read; a commune's figures need a few hundred characters.
pub const MAX_FRAGMENT: usize = 8_000;
/// Most bytes a fragment may inflate to (a hostile link cannot exhaust memory).
const MAX_INFLATED: usize = 64 * 1024;

/// Why a link could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// No data in the link.
    Empty,
    /// Written by another version of the app (or not by the app at all).
    UnknownVersion,
    TooLong,
    /// The data is damaged (cut short, altered).
    Damaged,
    /// The data reads, but not as a commune's figures.
    Invalid(DecodeError),
}

pub fn encode(record: &CommuneRecord) -> String {
    let json = record::encode(record);
    let packed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
    format!("{VERSION}{}", base64url_encode(&packed))
}

/// Reads a fragment (with or without its leading `#`).
pub fn decode(fragment: &str) -> Result<CommuneRecord, ShareError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment).trim();
    if fragment.is_empty() {
        return Err(ShareError::Empty);
    }
    if fragment.len() > MAX_FRAGMENT {
        return Err(ShareError::TooLong);
    }
    let data = fragment
        .strip_prefix(VERSION)
        .ok_or(ShareError::UnknownVersion)?;
    let packed = base64url_decode(data).ok_or(ShareError::Damaged)?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_INFLATED)
        .map_err(|_| ShareError::Damaged)?;
    let text = String::from_utf8(json).map_err(|_| ShareError::Damaged)?;
    record::decode(&text).map_err(ShareError::Invalid)
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64url_encode(bytes: &[u8]) -> String {
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

fn base64url_decode(text: &str) -> Option<Vec<u8>> {
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
    use crate::core::count::Count;
    use crate::core::counts::Counts;
    use crate::core::tier::Tier;
    use proptest::prelude::*;

    fn sample() -> CommuneRecord {
        let c = |n| Count::new(n).unwrap();
        CommuneRecord {
            name: "Xã Vạn Thạnh <b>".into(),
            registered: Tier::NangCao,
            dx: true,
            counts: Some(Counts::new(c(10_000), c(3_291), Some(c(1_200))).unwrap()),
            rule_set: "khanh-hoa-xa-2022-2025".into(),
            commune_group: None,
        }
    }

    #[test]
    fn a_link_carries_the_figures_back() {
        let link = encode(&sample());
        assert!(link.starts_with("v1.") && link.len() < 400, "{link}");
        assert_eq!(decode(&format!("#{link}")), Ok(sample()));
    }

    #[test]
    fn broken_and_hostile_links_say_why() {
        assert_eq!(decode("#"), Err(ShareError::Empty));
        assert_eq!(decode("#v9.abc"), Err(ShareError::UnknownVersion));
        assert_eq!(decode("#/bang"), Err(ShareError::UnknownVersion));
        assert_eq!(decode("#v1.!!!"), Err(ShareError::Damaged));
        assert_eq!(decode("#v1.AAAA"), Err(ShareError::Damaged));
        assert_eq!(
            decode(&format!("#v1.{}", "A".repeat(MAX_FRAGMENT))),
            Err(ShareError::TooLong)
        );
        let link = encode(&sample());
        assert_eq!(decode(&link[..link.len() - 6]), Err(ShareError::Damaged));
        // A valid link to something that is not a commune.
        let other = miniz_oxide::deflate::compress_to_vec(br#"{"schema":1,"data":{"x":1}}"#, 9);
        assert_eq!(
            decode(&format!("v1.{}", base64url_encode(&other))),
            Err(ShareError::Invalid(DecodeError::Invalid))
        );
        // A bomb: a megabyte of zeros inflates past the limit.
        let bomb = miniz_oxide::deflate::compress_to_vec(&vec![b'0'; 1 << 20], 9);
        assert_eq!(
            decode(&format!("v1.{}", base64url_encode(&bomb))),
            Err(ShareError::Damaged)
        );
    }

    proptest! {
        #[test]
        fn base64url_round_trips(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
            prop_assert_eq!(base64url_decode(&base64url_encode(&bytes)), Some(bytes));
        }

        #[test]
        fn any_fragment_is_read_or_refused_without_panic(text in "\\PC{0,300}|v1\\.[A-Za-z0-9_-]{0,300}") {
            let _ = decode(&text);
        }
    }
}
