//! What is stored: versioned JSON documents, read defensively.

use super::codec::{FromJson, ToJson};
use super::json::{self, Json};
use crate::core::num::counts::Counts;
use crate::core::rules::rule_set::RuleSet;
use crate::core::rules::tier::Tier;
use crate::core::table::unit::Unit;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// The schema version this build writes.
pub const SCHEMA: u64 = 2;

/// The longest commune name kept; longer stored names are cut there.
pub const NAME_MAX_CHARS: usize = 200;

/// A commune as stored: what the person entered, counts only when they were valid. Read
/// and written as JSON by [`super::codec`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommuneRecord {
    /// Read without direction controls or line breaks (see [`crate::core::text::clean_name`]).
    pub name: String,
    pub registered: Tier,
    pub dx: bool,
    pub counts: Option<Counts>,
    /// The rule set the commune is judged by.
    pub rule_set: String,
    /// Its commune group under rule sets that have groups (nhóm 1, 2, 3).
    pub commune_group: Option<u8>,
}

/// Why a stored text could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON at all.
    NotJson,
    /// JSON, but not something this app wrote (no schema version, wrong shape).
    Foreign,
    /// Written by a newer version of the app.
    NewerSchema(u64),
    /// The right version, but a value is impossible (negative count, online > total …).
    Invalid,
}

/// What is stored: a document wrapped with the schema version that wrote it.
#[derive(Serialize)]
pub struct Envelope<'a, T> {
    schema: u64,
    data: &'a T,
}

pub fn envelope<T>(data: &T) -> Envelope<'_, T> {
    Envelope {
        schema: SCHEMA,
        data,
    }
}

pub fn encode<T: Serialize>(data: &T) -> String {
    serde_json::to_string(&envelope(data)).unwrap_or_else(|_| String::from("{}"))
}

/// [`encode`] for the documents written without serde (the commune, the rule sets): the same
/// text.
pub fn encode_doc<T: ToJson>(data: &T) -> String {
    format!(
        "{{\"schema\":{SCHEMA},\"data\":{}}}",
        data.to_json().to_text()
    )
}

// What is stored under a key: the envelope plus a revision, raised by one on every write, so
// that a tab can tell whether the stored document is still the one it read or wrote.

/// The stored form of `data` at revision `rev`. Older versions ignore `rev` and read it.
pub fn stored<T: Serialize>(data: &T, rev: u64) -> String {
    stored_json(
        &serde_json::to_string(data).unwrap_or_else(|_| String::from("null")),
        rev,
    )
}

/// The stored form of a commune or the rule sets at revision `rev`, written without serde.
pub fn stored_doc<T: ToJson>(data: &T, rev: u64) -> String {
    stored_json(&data.to_json().to_text(), rev)
}

/// [`stored`] for a document already written as JSON.
pub fn stored_json(data_json: &str, rev: u64) -> String {
    format!("{{\"schema\":{SCHEMA},\"rev\":{rev},\"data\":{data_json}}}")
}

/// The schema version and revision of a stored text (revision 0 when it has none, as written
/// by versions before revisions), without reading its body when it has the prefix this
/// version writes. An error says why the text is not a document this version can read.
pub fn stored_header(text: &str) -> Result<(u64, u64), DecodeError> {
    match quick_header(text) {
        Some(found) => Ok(found),
        None => read_header(text),
    }
}

/// The schema and revision of a stored envelope, or why `text` is not one. Not generic, so
/// every kind of document shares it.
#[inline(never)]
fn read_header(text: &str) -> Result<(u64, u64), DecodeError> {
    match json::envelope_header(text) {
        Ok(Some(header)) => Ok(header),
        Ok(None) => Err(DecodeError::Foreign),
        Err(_) => Err(DecodeError::NotJson),
    }
}

/// Reads `{"schema":N,"rev":R,"data":` at the start of `text`.
fn quick_header(text: &str) -> Option<(u64, u64)> {
    let rest = text.strip_prefix("{\"schema\":")?;
    let (schema, rest) = leading_number(rest)?;
    let rest = rest.strip_prefix(",\"rev\":")?;
    let (rev, rest) = leading_number(rest)?;
    rest.starts_with(",\"data\":").then_some((schema, rev))
}

fn leading_number(text: &str) -> Option<(u64, &str)> {
    let end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (digits, rest) = text.split_at_checked(end)?;
    Some((digits.parse().ok()?, rest))
}

#[derive(Deserialize)]
struct Body<T> {
    data: T,
}

/// Reads a stored document of any kind.
///
/// The header is read first, so that foreign or newer entries are told apart from broken
/// ones; the body is then read straight into `T`.
///
/// Schemas: 1 is the first. 2 made tiers data: a rule set declares its tiers
/// (`tier_defs`) and its commune groups carry their definitions. Only rule sets changed
/// shape; a rule set of schema 1 is read by [`super::codec`] with the tiers it names and
/// their names of then. Every other document reads the same under both.
pub fn decode_doc<T: DeserializeOwned>(text: &str) -> Result<T, DecodeError> {
    let (schema, _) = read_header(text)?;
    if schema > SCHEMA {
        return Err(DecodeError::NewerSchema(schema));
    }
    serde_json::from_str::<Body<T>>(text)
        .map(|b| b.data)
        .map_err(|_| DecodeError::Invalid)
}

/// The data of a stored document of the first page's kinds (the commune, the rule sets),
/// read without serde: the envelope is checked as [`decode_doc`] checks it.
fn decode_json<T: FromJson>(text: &str) -> Result<T, DecodeError> {
    let value = Json::parse(text).map_err(|_| DecodeError::NotJson)?;
    let (schema, _) = json::header_of(&value).ok_or(DecodeError::Foreign)?;
    if schema > SCHEMA {
        return Err(DecodeError::NewerSchema(schema));
    }
    let data = value
        .object()
        .and_then(|o| o.req("data"))
        .map_err(|_| DecodeError::Foreign)?;
    T::from_json(data).map_err(|_| DecodeError::Invalid)
}

/// Reads the stored rule sets.
pub fn decode_rule_sets(text: &str) -> Result<RuleSetsRecord, DecodeError> {
    decode_json(text)
}

/// Reads a stored commune.
pub fn decode(text: &str) -> Result<CommuneRecord, DecodeError> {
    let mut record: CommuneRecord = decode_json(text)?;
    if record.name.chars().count() > NAME_MAX_CHARS {
        record.name = record.name.chars().take(NAME_MAX_CHARS).collect();
    }
    Ok(record)
}

/// The table of units, as stored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableRecord {
    pub units: Vec<Unit>,
}

/// Rule sets the user copied and edited, and the one in force. Read and written as JSON by
/// [`super::codec`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RuleSetsRecord {
    pub custom: Vec<RuleSet>,
    pub active: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::num::count::Count;
    use proptest::prelude::*;

    fn sample() -> CommuneRecord {
        let c = |n| Count::new(n).unwrap();
        CommuneRecord {
            name: "Xã Vạn Thạnh".into(),
            registered: Tier::NANG_CAO,
            dx: true,
            counts: Some(Counts::new(c(1_000), c(329), Some(c(100))).unwrap()),
            rule_set: "khanh-hoa-xa-2022-2025".into(),
            commune_group: None,
        }
    }

    #[test]
    fn round_trips() {
        assert_eq!(decode(&encode(&sample())), Ok(sample()));
        assert_eq!(encode_doc(&sample()), encode(&sample()));
    }

    #[test]
    fn names_are_read_without_direction_controls() {
        let text = encode(&CommuneRecord {
            name: "Xã A\u{202e}\u{2066} — đăng ký\r\nKiểu mẫu".into(),
            ..sample()
        });
        assert_eq!(decode(&text).unwrap().name, "Xã A — đăng ký Kiểu mẫu");
    }

    #[test]
    fn unreadable_entries_say_why() {
        assert_eq!(decode("not json"), Err(DecodeError::NotJson));
        assert_eq!(decode("[1,2]"), Err(DecodeError::Foreign));
        assert_eq!(decode(r#"{"todos":[]}"#), Err(DecodeError::Foreign));
        assert_eq!(
            decode(r#"{"schema":9,"data":{}}"#),
            Err(DecodeError::NewerSchema(9))
        );
        let bad = r#"{"schema":1,"data":{"name":"x","registered":"ntm","dx":false,
            "counts":{"total":5,"online":7},"rule_set":"s"}}"#;
        assert!(decode(bad) == Err(DecodeError::Invalid));
        let neg = r#"{"schema":1,"data":{"name":"x","registered":"ntm","dx":false,
            "counts":{"total":-5,"online":0},"rule_set":"s"}}"#;
        assert!(decode(neg) == Err(DecodeError::Invalid));
    }

    #[test]
    fn stored_documents_carry_a_revision_older_versions_ignore() {
        let text = stored(&sample(), 7);
        assert!(text.starts_with(r#"{"schema":2,"rev":7,"data":{"#));
        assert_eq!(stored_header(&text), Ok((2, 7)));
        assert_eq!(decode(&text), Ok(sample()));
        // As the previous version wrote it: no revision.
        let old = encode(&sample());
        assert_eq!(stored_header(&old), Ok((2, 0)));
        let first =
            r#"{"schema":1,"data":{"name":"x","registered":"ntm","dx":false,"rule_set":"s"}}"#;
        assert_eq!(stored_header(first), Ok((1, 0)));
        assert!(decode(first).is_ok());
        // Spacing or key order of another writer are read the slow way.
        assert_eq!(
            stored_header(r#"{ "data": {}, "rev": 3, "schema": 2 }"#),
            Ok((2, 3))
        );
        assert_eq!(stored_header("garbage"), Err(DecodeError::NotJson));
        assert_eq!(stored_header("[1]"), Err(DecodeError::Foreign));
        assert_eq!(
            stored_header(r#"{"schema":0,"data":1}"#),
            Err(DecodeError::Foreign)
        );
        assert_eq!(stored_header(r#"{"schema":1}"#), Err(DecodeError::Foreign));
        assert_eq!(
            stored_header(r#"{"schema":99999999999999999999999,"rev":1,"data":{}}"#),
            Err(DecodeError::Foreign)
        );
    }

    proptest! {
        #[test]
        fn any_stored_header_is_read_or_refused_without_panic(text in "\\PC{0,80}") {
            let _ = stored_header(&text);
        }

        #[test]
        fn a_revision_written_is_the_revision_read(rev: u64, name in "\\PC{0,30}") {
            let mut record = sample();
            record.name = name;
            prop_assert_eq!(stored_header(&stored(&record, rev)), Ok((SCHEMA, rev)));
        }

        #[test]
        fn any_stored_text_is_read_or_refused_without_panic(text in "\\PC{0,200}") {
            let _ = decode(&text);
        }

        #[test]
        fn any_record_round_trips(
            name in "\\PC{0,60}",
            t in 0..=Count::MAX,
            a in 0.0f64..=1.0,
            b in 0.0f64..=1.0,
            dx: bool,
        ) {
            let o = ((t as f64) * a) as u64;
            let f = ((o as f64) * b) as u64;
            let c = |n| Count::new(n).unwrap();
            let record = CommuneRecord {
                name: crate::core::text::clean_name(&name),
                registered: Tier::KIEU_MAU,
                dx,
                counts: Some(Counts::new(c(t), c(o.min(t)), Some(c(f.min(o.min(t))))).unwrap()),
                rule_set: "x".into(),
                commune_group: Some(2),
            };
            prop_assert_eq!(decode(&encode(&record)), Ok(record));
        }
    }
}
