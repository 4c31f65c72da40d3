//! A commune's figures carried in a link's fragment (after `#`, never sent to a server):
//! versioned, deflated, base64url. Reading a link is as careful as reading storage.

use super::fragment::{self, FragmentError};
use super::record::{self, CommuneRecord, DecodeError, NAME_MAX_CHARS};
use crate::core::num::count::Count;
use crate::core::num::counts::Counts;
use crate::core::rules::tier::Tier;
use crate::core::text::clean_name;
use serde::Deserialize;

/// The version tag that starts every link this build writes.
const VERSION: &str = "v1.";
pub use super::fragment::MAX_FRAGMENT;
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
    /// A commune's figures, with a value the app never writes.
    BadValue(BadValue),
}

/// A value of a link outside what the app itself writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BadValue {
    /// A name longer than [`NAME_MAX_CHARS`] characters.
    NameTooLong,
    /// A registered tier the app does not know.
    UnknownTier,
    /// A count below zero or above [`Count::MAX`].
    CountOutOfRange,
    OnlineExceedsTotal,
    FullExceedsOnline,
    /// A commune group other than 1, 2 or 3.
    CommuneGroup,
    /// A rule-set id longer than [`RULE_SET_ID_MAX`] characters.
    RuleSetIdTooLong,
}

/// The longest rule-set id a link may carry (the app's ids are a few dozen characters).
pub const RULE_SET_ID_MAX: usize = 100;

/// A link's data as it reads, before any value is trusted: each field is checked on its
/// own so that the message can say which one is wrong.
#[derive(Deserialize)]
struct Loose {
    name: String,
    registered: String,
    dx: bool,
    #[serde(default)]
    counts: Option<LooseCounts>,
    rule_set: String,
    #[serde(default)]
    commune_group: Option<i64>,
}

#[derive(Deserialize)]
struct LooseCounts {
    total: i64,
    online: i64,
    #[serde(default)]
    full_online: Option<i64>,
}

fn count(n: i64) -> Result<Count, BadValue> {
    u64::try_from(n)
        .ok()
        .and_then(Count::new)
        .ok_or(BadValue::CountOutOfRange)
}

/// Checks every field of a link's data, as the form and the stored-record reader do.
fn check(loose: Loose) -> Result<CommuneRecord, BadValue> {
    let name = clean_name(&loose.name);
    if name.chars().count() > NAME_MAX_CHARS {
        return Err(BadValue::NameTooLong);
    }
    let registered = Tier::parse(&loose.registered).ok_or(BadValue::UnknownTier)?;
    let counts = match loose.counts {
        None => None,
        Some(c) => {
            let full = c.full_online.map(count).transpose()?;
            let counts = Counts::new(count(c.total)?, count(c.online)?, full);
            Some(counts.map_err(|e| match e {
                crate::core::num::counts::CountsError::OnlineExceedsTotal => {
                    BadValue::OnlineExceedsTotal
                }
                crate::core::num::counts::CountsError::FullExceedsOnline => {
                    BadValue::FullExceedsOnline
                }
            })?)
        }
    };
    let commune_group = match loose.commune_group {
        None => None,
        Some(g @ 1..=3) => Some(g as u8),
        Some(_) => return Err(BadValue::CommuneGroup),
    };
    if loose.rule_set.chars().count() > RULE_SET_ID_MAX {
        return Err(BadValue::RuleSetIdTooLong);
    }
    Ok(CommuneRecord {
        name,
        registered,
        dx: loose.dx,
        counts,
        rule_set: loose.rule_set,
        commune_group,
    })
}

pub fn encode(record: &CommuneRecord) -> String {
    fragment::pack(VERSION, &record::encode_doc(record))
}

/// Reads a fragment (with or without its leading `#`).
pub fn decode(fragment: &str) -> Result<CommuneRecord, ShareError> {
    let text = fragment::unpack(fragment, VERSION, MAX_INFLATED).map_err(|e| match e {
        FragmentError::Empty => ShareError::Empty,
        FragmentError::UnknownVersion => ShareError::UnknownVersion,
        FragmentError::TooLong => ShareError::TooLong,
        FragmentError::Damaged => ShareError::Damaged,
    })?;
    let loose = record::decode_doc::<Loose>(&text).map_err(ShareError::Invalid)?;
    check(loose).map_err(ShareError::BadValue)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::num::count::Count;
    use crate::core::num::counts::Counts;
    use crate::core::rules::tier::Tier;
    use crate::core::stored::fragment::base64url_encode;
    use proptest::prelude::*;

    fn sample() -> CommuneRecord {
        let c = |n| Count::new(n).unwrap();
        CommuneRecord {
            name: "Xã Vạn Thạnh <b>".into(),
            registered: Tier::NANG_CAO,
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

    fn link_of(json: &str) -> String {
        let packed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
        format!("v1.{}", base64url_encode(&packed))
    }

    fn with(field: &str) -> String {
        let mut data = serde_json::json!({
            "name": "Xã A", "registered": "ntm", "dx": false,
            "counts": {"total": 100, "online": 40, "full_online": 10},
            "rule_set": "khanh-hoa-xa-2022-2025", "commune_group": 2
        });
        let change: serde_json::Value = serde_json::from_str(field).unwrap();
        for (k, v) in change.as_object().unwrap() {
            data[k] = v.clone();
        }
        link_of(&serde_json::json!({"schema": 1, "data": data}).to_string())
    }

    #[test]
    fn every_field_of_a_link_is_range_checked() {
        let good = decode(&with("{}")).unwrap();
        assert_eq!(good.commune_group, Some(2));
        let bad = |field: &str| decode(&with(field)).err();
        let value = |v| Some(ShareError::BadValue(v));
        assert_eq!(
            bad(r#"{"commune_group": 200}"#),
            value(BadValue::CommuneGroup)
        );
        assert_eq!(
            bad(r#"{"commune_group": 0}"#),
            value(BadValue::CommuneGroup)
        );
        assert_eq!(
            bad(r#"{"commune_group": -1}"#),
            value(BadValue::CommuneGroup)
        );
        assert_eq!(bad(r#"{"commune_group": null}"#), None);
        assert_eq!(
            bad(r#"{"registered": "Hạng VIP"}"#),
            value(BadValue::UnknownTier)
        );
        let long = "x".repeat(NAME_MAX_CHARS + 1);
        assert_eq!(
            bad(&format!(r#"{{"name": "{long}"}}"#)),
            value(BadValue::NameTooLong)
        );
        let id = "r".repeat(RULE_SET_ID_MAX + 1);
        assert_eq!(
            bad(&format!(r#"{{"rule_set": "{id}"}}"#)),
            value(BadValue::RuleSetIdTooLong)
        );
        for counts in [
            r#"{"counts": {"total": -1, "online": 0}}"#,
            r#"{"counts": {"total": 1000000001, "online": 0}}"#,
            r#"{"counts": {"total": 10, "online": 4, "full_online": -3}}"#,
        ] {
            assert_eq!(bad(counts), value(BadValue::CountOutOfRange), "{counts}");
        }
        assert_eq!(
            bad(r#"{"counts": {"total": 10, "online": 11}}"#),
            value(BadValue::OnlineExceedsTotal)
        );
        assert_eq!(
            bad(r#"{"counts": {"total": 10, "online": 4, "full_online": 5}}"#),
            value(BadValue::FullExceedsOnline)
        );
        assert_eq!(
            bad(r#"{"counts": {"total": 1e3, "online": 4}}"#),
            Some(ShareError::Invalid(DecodeError::Invalid))
        );
        // A name is cleaned, not refused: direction controls and line breaks go.
        let spoof = decode(&with(
            r#"{"name": "Xã A\u202e — đăng ký Kiểu mẫu\n— 500 / 500"}"#,
        ));
        assert_eq!(spoof.unwrap().name, "Xã A — đăng ký Kiểu mẫu — 500 / 500");
        let exactly = "x".repeat(NAME_MAX_CHARS);
        assert!(decode(&with(&format!(r#"{{"name": "{exactly}\u202e"}}"#))).is_ok());
    }

    proptest! {
        #[test]
        fn any_record_the_app_writes_is_read_back(
            name in "\\PC{0,60}",
            t in 0..=Count::MAX,
            a in 0.0f64..=1.0,
            group in prop::option::of(1u8..=3),
        ) {
            let o = (((t as f64) * a) as u64).min(t);
            let c = |n| Count::new(n).unwrap();
            let r = CommuneRecord {
                name: clean_name(&name),
                commune_group: group,
                counts: Some(Counts::new(c(t), c(o), None).unwrap()),
                ..sample()
            };
            prop_assert_eq!(decode(&encode(&r)), Ok(r));
        }

        #[test]
        fn any_fragment_is_read_or_refused_without_panic(text in "\\PC{0,300}|v1\\.[A-Za-z0-9_-]{0,300}") {
            let _ = decode(&text);
        }
    }
}
