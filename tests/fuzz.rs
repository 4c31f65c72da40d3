//! Every parser against random and mutated input: each must answer or refuse, never panic.
//! Run with `--nocapture` to see how many inputs each one was given.

use ntm_calc::core::backup::{self, Backup};
use ntm_calc::core::count::parse_count;
use ntm_calc::core::csv;
use ntm_calc::core::export::{from_json, to_csv, to_json};
use ntm_calc::core::import::parse_table;
use ntm_calc::core::percent::parse_percent;
use ntm_calc::core::record::{self, RuleSetsRecord, TableRecord};
use ntm_calc::core::share;
use ntm_calc::core::{presets, unit::Unit};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

/// A small deterministic generator for mutations (no extra crates).
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// `count` variants of `seed`: bytes flipped, dropped, repeated or replaced by delimiters.
fn mutations(seed: &str, count: usize) -> Vec<String> {
    const INSERTS: &[&str] = &[
        "\"", "{", "}", "[", "]", ",", ":", "\t", "\n", "-", "1e309", "null", "\u{feff}", "ừ", ".",
        "%",
    ];
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15 ^ seed.len() as u64);
    (0..count)
        .map(|_| {
            let mut s: Vec<char> = seed.chars().collect();
            for _ in 0..1 + rng.below(4) {
                let at = rng.below(s.len() + 1);
                match rng.below(4) {
                    0 if at < s.len() => {
                        s.remove(at);
                    }
                    1 if at < s.len() => {
                        s[at] = char::from_u32(rng.below(0x250) as u32).unwrap_or('x')
                    }
                    2 => {
                        let tail: Vec<char> = s[at..].iter().take(rng.below(20)).copied().collect();
                        s.splice(at..at, tail);
                    }
                    _ => {
                        s.splice(at..at, INSERTS[rng.below(INSERTS.len())].chars());
                    }
                }
            }
            s.into_iter().collect()
        })
        .collect()
}

fn run_random(
    name: &str,
    cases: u32,
    strategy: impl Strategy<Value = String>,
    check: impl Fn(&str),
) {
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&strategy, |text| {
            check(&text);
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    eprintln!("fuzz {name}: {cases} random inputs, none panicked");
}

fn sample_units() -> Vec<Unit> {
    parse_table(include_str!("fixtures/seed000_appendix.tsv")).units
}

#[test]
fn number_parsers_never_panic() {
    run_random(
        "parse_count",
        20_000,
        "\\PC{0,24}|[0-9., \\-+%eE]{0,24}",
        |t| {
            let _ = parse_count(t);
        },
    );
    run_random(
        "parse_percent",
        20_000,
        "\\PC{0,16}|[0-9., \\-+%]{0,16}",
        |t| {
            let _ = parse_percent(t);
        },
    );
}

#[test]
fn table_readers_never_panic() {
    run_random(
        "csv::parse",
        5_000,
        "\\PC{0,400}|[a-z0-9\",;\\t\\n\\r ]{0,400}",
        |t| {
            let _ = csv::parse(t, csv::detect_delimiter(t));
        },
    );
    run_random(
        "parse_table",
        5_000,
        "[IVX①0-9., \\t\\nXã%a-z\"]{0,400}|\\PC{0,300}",
        |t| {
            let _ = parse_table(t);
        },
    );
    let seeds = [
        to_csv(&sample_units()),
        include_str!("fixtures/seed000_appendix.tsv").to_owned(),
    ];
    let mut tried = 0;
    for seed in &seeds {
        for text in mutations(seed, 1_000) {
            let _ = parse_table(&text);
            tried += 1;
        }
    }
    eprintln!("fuzz parse_table: {tried} mutated exports and appendices, none panicked");
}

#[test]
fn stored_and_imported_documents_never_panic() {
    let table = to_json(&sample_units());
    let rule_sets = record::encode(&RuleSetsRecord {
        custom: presets::all(),
        active: "x".into(),
    });
    let commune = r#"{"schema":1,"data":{"name":"Xã A","registered":"nang-cao","dx":true,"counts":{"total":100,"online":60,"full_online":40},"rule_set":"khanh-hoa-xa-2022-2025","commune_group":2}}"#;
    let mut tried = 0;
    for text in mutations(&table, 2_000) {
        let _ = from_json(&text);
        let _ = record::decode_doc::<TableRecord>(&text);
        tried += 1;
    }
    for text in mutations(&rule_sets, 2_000) {
        let _ = record::decode_doc::<RuleSetsRecord>(&text);
        tried += 1;
    }
    for text in mutations(commune, 5_000) {
        let _ = record::decode(&text);
        tried += 1;
    }
    let full = backup::encode(&Backup {
        commune: record::decode(commune).ok(),
        table: Some(TableRecord {
            units: sample_units(),
        }),
        rule_sets: Some(RuleSetsRecord {
            custom: presets::all(),
            active: "x".into(),
        }),
        lang: Some("vi".into()),
        history: None,
    });
    for text in mutations(&full, 2_000) {
        let _ = backup::decode(&text);
        tried += 1;
    }
    eprintln!("fuzz stored documents and backups: {tried} mutated documents, none panicked");
    let link = share::encode(&record::decode(commune).expect("sample commune"));
    let mut links = 0;
    for text in mutations(&link, 5_000) {
        let _ = share::decode(&text);
        links += 1;
    }
    eprintln!("fuzz share links: {links} mutated links, none panicked");
    run_random(
        "record::decode",
        10_000,
        "\\PC{0,200}|[{}\\[\\]\":,0-9a-z ]{0,200}",
        |t| {
            let _ = record::decode(t);
            let _ = from_json(t);
        },
    );
}
