//! JSON read and written without serde: the first page's documents (the commune, the rule
//! sets, every stored header) go through here, so that page carries no serde_json (−28 KB
//! gzipped of wasm). The grammar is RFC 8259's, with serde_json's limits: nesting at most
//! 128 deep, no lone surrogate in a string, nothing after the value but white space.
//!
//! Other documents keep serde; [`Json`] is a serde value too, so a type read here is read
//! by the same code inside any serde document (see `codec.rs`).

use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A JSON value. Numbers keep their text (`"12"`, `"-1"`, `"1.5e3"`): the reader of a
/// field says which numbers it takes, as serde's typed fields do.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(String),
    /// A number serde handed over as a float (it had a fraction or an exponent, or did not
    /// fit 64 bits). Its value is not kept: nothing here reads one, and formatting floats
    /// would cost every page that reads serde documents kilobytes of code.
    Fraction,
    String(String),
    Array(Vec<Json>),
    /// Members in the order written, duplicates kept (a reader refuses them, see [`Obj`]).
    Object(Vec<(String, Json)>),
}

/// The text is not JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotJson;

/// A JSON text's value is not what the reader takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unexpected;

impl fmt::Display for Unexpected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unexpected value")
    }
}

/// How deep arrays and objects may nest (serde_json's recursion limit).
const MAX_DEPTH: usize = 128;

impl Json {
    /// Reads a whole JSON text.
    pub fn parse(text: &str) -> Result<Json, NotJson> {
        let mut reader = Reader::new(text);
        let value = reader.value(0)?;
        reader.end()?;
        Ok(value)
    }

    /// The JSON text, compact, as serde_json writes it.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    pub fn write(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Number(n) => out.push_str(n),
            // Never written by a `ToJson`; a placeholder that still reads as a number.
            Json::Fraction => out.push_str("0.5"),
            Json::String(s) => write_string(s, out),
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Json::Object(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_string(key, out);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }

    /// An object's members, for a reader of a struct.
    pub fn object(&self) -> Result<Obj<'_>, Unexpected> {
        match self {
            Json::Object(members) => Ok(Obj(members)),
            _ => Err(Unexpected),
        }
    }

    pub fn array(&self) -> Result<&[Json], Unexpected> {
        match self {
            Json::Array(items) => Ok(items),
            _ => Err(Unexpected),
        }
    }

    pub fn str(&self) -> Result<&str, Unexpected> {
        match self {
            Json::String(s) => Ok(s),
            _ => Err(Unexpected),
        }
    }

    pub fn bool(&self) -> Result<bool, Unexpected> {
        match self {
            Json::Bool(b) => Ok(*b),
            _ => Err(Unexpected),
        }
    }

    /// A whole number that fits a `u64`, written without fraction or exponent (as serde
    /// reads an unsigned integer from JSON).
    pub fn u64(&self) -> Result<u64, Unexpected> {
        match self {
            Json::Number(n) if n.bytes().all(|b| b.is_ascii_digit()) => {
                n.parse().map_err(|_| Unexpected)
            }
            _ => Err(Unexpected),
        }
    }

    /// A whole number in `T`'s range.
    pub fn int<T: TryFrom<u64>>(&self) -> Result<T, Unexpected> {
        T::try_from(self.u64()?).map_err(|_| Unexpected)
    }

    pub fn string(s: &str) -> Json {
        Json::String(s.to_owned())
    }

    pub fn number(n: impl Into<u64>) -> Json {
        Json::Number(n.into().to_string())
    }
}

/// An object being read into a struct: serde's rules for derived structs — members it does
/// not know are passed over, a member written twice is refused, an absent optional member
/// is `None`.
#[derive(Debug, Clone, Copy)]
pub struct Obj<'a>(&'a [(String, Json)]);

impl<'a> Obj<'a> {
    /// The member `key`, if written (once).
    pub fn get(&self, key: &str) -> Result<Option<&'a Json>, Unexpected> {
        let mut found = None;
        for (k, v) in self.0 {
            if k == key {
                if found.is_some() {
                    return Err(Unexpected);
                }
                found = Some(v);
            }
        }
        Ok(found)
    }

    /// A member that must be there.
    pub fn req(&self, key: &str) -> Result<&'a Json, Unexpected> {
        self.get(key)?.ok_or(Unexpected)
    }

    /// A member that may be absent or `null`.
    pub fn opt<T>(
        &self,
        key: &str,
        read: impl FnOnce(&'a Json) -> Result<T, Unexpected>,
    ) -> Result<Option<T>, Unexpected> {
        match self.get(key)? {
            None | Some(Json::Null) => Ok(None),
            Some(v) => read(v).map(Some),
        }
    }

    /// A list member, empty when absent.
    pub fn list<T>(
        &self,
        key: &str,
        read: impl FnMut(&'a Json) -> Result<T, Unexpected>,
    ) -> Result<Vec<T>, Unexpected> {
        match self.get(key)? {
            None => Ok(Vec::new()),
            Some(v) => v.array()?.iter().map(read).collect(),
        }
    }
}

/// Builds an object member by member, in the order written.
#[derive(Debug, Default)]
pub struct ObjWriter(Vec<(String, Json)>);

impl ObjWriter {
    pub fn new() -> ObjWriter {
        ObjWriter::default()
    }

    pub fn put(mut self, key: &str, value: Json) -> ObjWriter {
        self.0.push((key.to_owned(), value));
        self
    }

    pub fn done(self) -> Json {
        Json::Object(self.0)
    }
}

/// An optional value: `null` when there is none.
pub fn or_null<T>(value: Option<T>, write: impl FnOnce(T) -> Json) -> Json {
    value.map_or(Json::Null, write)
}

fn write_string(s: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let b = c as usize;
                out.push_str("\\u00");
                out.push(HEX[b >> 4] as char);
                out.push(HEX[b & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str) -> Reader<'a> {
        Reader {
            text,
            bytes: text.as_bytes(),
            at: 0,
        }
    }

    fn space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.at) {
            self.at += 1;
        }
    }

    fn end(&mut self) -> Result<(), NotJson> {
        self.space();
        if self.at == self.bytes.len() {
            Ok(())
        } else {
            Err(NotJson)
        }
    }

    fn literal(&mut self, word: &str, value: Json) -> Result<Json, NotJson> {
        if self.text[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(NotJson)
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, NotJson> {
        self.space();
        match self.bytes.get(self.at) {
            Some(b'n') => self.literal("null", Json::Null),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'"') => self.string().map(Json::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'[') if depth < MAX_DEPTH => {
                self.at += 1;
                let mut items = Vec::new();
                self.space();
                if self.bytes.get(self.at) == Some(&b']') {
                    self.at += 1;
                    return Ok(Json::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.space();
                    match self.bytes.get(self.at) {
                        Some(b',') => self.at += 1,
                        Some(b']') => {
                            self.at += 1;
                            return Ok(Json::Array(items));
                        }
                        _ => return Err(NotJson),
                    }
                }
            }
            Some(b'{') if depth < MAX_DEPTH => {
                self.at += 1;
                let mut members = Vec::new();
                self.space();
                if self.bytes.get(self.at) == Some(&b'}') {
                    self.at += 1;
                    return Ok(Json::Object(members));
                }
                loop {
                    self.space();
                    if self.bytes.get(self.at) != Some(&b'"') {
                        return Err(NotJson);
                    }
                    let key = self.string()?;
                    self.space();
                    if self.bytes.get(self.at) != Some(&b':') {
                        return Err(NotJson);
                    }
                    self.at += 1;
                    members.push((key, self.value(depth + 1)?));
                    self.space();
                    match self.bytes.get(self.at) {
                        Some(b',') => self.at += 1,
                        Some(b'}') => {
                            self.at += 1;
                            return Ok(Json::Object(members));
                        }
                        _ => return Err(NotJson),
                    }
                }
            }
            _ => Err(NotJson),
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while self.bytes.get(self.at).is_some_and(u8::is_ascii_digit) {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Result<Json, NotJson> {
        let start = self.at;
        if self.bytes.get(self.at) == Some(&b'-') {
            self.at += 1;
        }
        match self.bytes.get(self.at) {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(NotJson),
        }
        if self.bytes.get(self.at) == Some(&b'.') {
            self.at += 1;
            if self.digits() == 0 {
                return Err(NotJson);
            }
        }
        if let Some(b'e' | b'E') = self.bytes.get(self.at) {
            self.at += 1;
            if let Some(b'+' | b'-') = self.bytes.get(self.at) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err(NotJson);
            }
        }
        Ok(Json::Number(self.text[start..self.at].to_owned()))
    }

    fn hex4(&mut self) -> Result<u32, NotJson> {
        let digits = self.text.get(self.at..self.at + 4).ok_or(NotJson)?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(NotJson);
        }
        self.at += 4;
        u32::from_str_radix(digits, 16).map_err(|_| NotJson)
    }

    fn string(&mut self) -> Result<String, NotJson> {
        self.at += 1; // the opening quote
        let mut out = String::new();
        loop {
            // Up to the next quote, backslash or control character, copied at once.
            let start = self.at;
            while let Some(&b) = self.bytes.get(self.at) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            out.push_str(&self.text[start..self.at]);
            match self.bytes.get(self.at) {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escape = *self.bytes.get(self.at).ok_or(NotJson)?;
                    self.at += 1;
                    let c = match escape {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.escaped_char()?,
                        _ => return Err(NotJson),
                    };
                    out.push(c);
                }
                _ => return Err(NotJson),
            }
        }
    }

    /// The character of a `\uXXXX` escape (a surrogate pair is two escapes).
    fn escaped_char(&mut self) -> Result<char, NotJson> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if !self.text[self.at..].starts_with("\\u") {
                    return Err(NotJson);
                }
                self.at += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(NotJson);
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(NotJson),
            code => code,
        };
        char::from_u32(code).ok_or(NotJson)
    }
}

/// The schema version and revision of a stored envelope `{"schema":N,"rev":R,"data":…}`;
/// the members are checked as serde checked them (`rev` may be absent; `data` must be there
/// and not `null`). `Ok(None)`: JSON, but not an envelope.
pub fn envelope_header(text: &str) -> Result<Option<(u64, u64)>, NotJson> {
    Ok(header_of(&Json::parse(text)?))
}

/// [`envelope_header`] of a value already read.
pub fn header_of(value: &Json) -> Option<(u64, u64)> {
    let obj = value.object().ok()?;
    let schema = obj.opt("schema", Json::u64).ok()??;
    let rev = obj.opt("rev", Json::u64).ok()?;
    obj.opt("data", Ok).ok()??;
    (schema > 0).then_some((schema, rev.unwrap_or(0)))
}

// Serde sees a `Json` as the value it is, so the documents read here are read by the same
// code inside documents serde reads (a backup holds a commune and the rule sets).

impl Serialize for Json {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Json::Null => s.serialize_unit(),
            Json::Bool(b) => s.serialize_bool(*b),
            // Only whole numbers are ever written (no float code in the pages).
            Json::Number(n) => match (n.parse::<u64>(), n.parse::<i64>()) {
                (Ok(n), _) => s.serialize_u64(n),
                (_, Ok(n)) => s.serialize_i64(n),
                _ => Err(serde::ser::Error::custom("not a whole number")),
            },
            Json::Fraction => Err(serde::ser::Error::custom("not a whole number")),
            Json::String(text) => s.serialize_str(text),
            Json::Array(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Json::Object(members) => {
                let mut map = s.serialize_map(Some(members.len()))?;
                for (key, value) in members {
                    map.serialize_entry(key, value)?;
                }
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Json, D::Error> {
        d.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Json, D::Error> {
        Json::deserialize(d)
    }

    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Json, E> {
        Ok(Json::Bool(b))
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Json, E> {
        Ok(Json::Number(n.to_string()))
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Json, E> {
        Ok(Json::Number(n.to_string()))
    }

    /// No reader of a whole number takes it, as serde's do not.
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Json, E> {
        Ok(Json::Fraction)
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Json, E> {
        Ok(Json::String(s.to_owned()))
    }

    fn visit_string<E: de::Error>(self, s: String) -> Result<Json, E> {
        Ok(Json::String(s))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut members = Vec::new();
        while let Some((key, value)) = map.next_entry::<String, Json>()? {
            members.push((key, value));
        }
        Ok(Json::Object(members))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_what_json_is() {
        let v = Json::parse(
            r#" {"a": [1, -2, 3.5e2, true, null], "b": "x\"\\\/\n\u00e9\ud83d\ude00"} "#,
        )
        .unwrap();
        let obj = v.object().unwrap();
        assert_eq!(obj.req("b").unwrap().str().unwrap(), "x\"\\/\né😀");
        let a = obj.req("a").unwrap().array().unwrap();
        assert_eq!(a[0].u64(), Ok(1));
        assert_eq!(a[1].u64(), Err(Unexpected));
        assert_eq!(a[2], Json::Number("3.5e2".into()));
        assert_eq!(a[2].u64(), Err(Unexpected));
        assert_eq!(Json::parse("300").unwrap().int::<u8>(), Err(Unexpected));
    }

    #[test]
    fn refuses_what_json_is_not() {
        for text in [
            "",
            " ",
            "{",
            "[1,]",
            "{\"a\":1,}",
            "{a:1}",
            "'a'",
            "01",
            "1.",
            ".5",
            "1e",
            "-",
            "+1",
            "nul",
            "truex",
            "\"\\x\"",
            "\"\\ud800\"",
            "\"\\udc00\"",
            "\"a\u{1}\"",
            "1 2",
            "NaN",
            "[1] x",
            "\"\\u12\"",
        ] {
            assert_eq!(Json::parse(text), Err(NotJson), "{text:?}");
        }
        let deep = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(Json::parse(&deep).is_ok());
        let deeper = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert_eq!(Json::parse(&deeper), Err(NotJson));
    }

    #[test]
    fn a_member_written_twice_is_refused() {
        let v = Json::parse(r#"{"a":1,"a":2,"b":3}"#).unwrap();
        assert_eq!(v.object().unwrap().get("a"), Err(Unexpected));
        assert_eq!(v.object().unwrap().req("b").unwrap().u64(), Ok(3));
    }

    #[test]
    fn reads_envelope_headers_as_serde_did() {
        assert_eq!(
            envelope_header(r#"{"data":{},"rev":4,"schema":1}"#),
            Ok(Some((1, 4)))
        );
        assert_eq!(
            envelope_header(r#"{"schema":1,"data":[]}"#),
            Ok(Some((1, 0)))
        );
        for foreign in [
            r#"{"schema":1,"data":null}"#,
            r#"{"schema":0,"data":{}}"#,
            r#"{"schema":"1","data":{}}"#,
            r#"{"schema":1,"rev":-1,"data":{}}"#,
            r#"{"schema":1,"schema":1,"data":{}}"#,
            r#"{"data":{}}"#,
            r#"[1,1,{}]"#,
            "42",
        ] {
            assert_eq!(envelope_header(foreign), Ok(None), "{foreign}");
        }
        assert_eq!(envelope_header("{"), Err(NotJson));
    }

    fn any_json() -> impl Strategy<Value = Json> {
        let leaf = prop_oneof![
            Just(Json::Null),
            any::<bool>().prop_map(Json::Bool),
            any::<u64>().prop_map(|n| Json::Number(n.to_string())),
            any::<i64>().prop_map(|n| Json::Number(n.to_string())),
            "\\PC{0,12}".prop_map(Json::String),
            any::<String>().prop_map(Json::String),
        ];
        leaf.prop_recursive(4, 32, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Json::Array),
                prop::collection::vec(("\\PC{0,6}", inner), 0..6).prop_map(Json::Object),
            ]
        })
    }

    proptest! {
        #[test]
        fn writes_what_serde_json_writes_and_reads_it_back(v in any_json()) {
            let text = v.to_text();
            prop_assert_eq!(&text, &serde_json::to_string(&v).unwrap());
            prop_assert_eq!(Json::parse(&text), Ok(v.clone()));
            prop_assert_eq!(serde_json::from_str::<Json>(&text).unwrap(), v);
        }

        #[test]
        fn accepts_exactly_what_serde_json_accepts(text in "[\\[\\]{}\",:0-9a-z\\\\ .eE+-]{0,24}") {
            let ours = Json::parse(&text).is_ok();
            let theirs = serde_json::from_str::<serde::de::IgnoredAny>(&text).is_ok();
            prop_assert_eq!(ours, theirs, "{:?}", text);
        }

        #[test]
        fn any_text_is_read_or_refused_without_panic(text in "\\PC{0,64}") {
            let _ = Json::parse(&text);
        }
    }
}
