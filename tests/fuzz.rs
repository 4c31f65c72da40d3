//! Every parser against random and mutated input: each must answer or refuse, never panic.
//! Run with `--nocapture` to see, per parser, how many inputs it was given and the slowest.
//!
//! The quick run (CI's) gives each parser a few thousand inputs. `NTM_FUZZ_CASES=N` gives
//! each parser N instead, split between its random and mutated sources (`scripts/fuzz`
//! runs a million per parser in a release build).

use ntm_calc::core::history::calendar::Month;
use ntm_calc::core::history::calendar::{parse_date, parse_month};
use ntm_calc::core::history::month_entry::{MonthEntry, MonthFigures};
use ntm_calc::core::history::period::parse_period_year;
use ntm_calc::core::history::period::Period;
use ntm_calc::core::history::projection::Expected;
use ntm_calc::core::num::count::parse_count;
use ntm_calc::core::num::count::Count;
use ntm_calc::core::num::percent::parse_percent;
use ntm_calc::core::num::percent::Percent;
use ntm_calc::core::reports::scorecard::{IndicatorValue, Ratio, Scorecard, ScorecardEntry};
use ntm_calc::core::rules::presets::{self, NQ02_2024_ID};
use ntm_calc::core::stored::backup::{self, Backup};
use ntm_calc::core::stored::history_record::{self, HistoryRecord, ReportHeader, UnitHistory};
use ntm_calc::core::stored::record::{self, RuleSetsRecord, TableRecord};
use ntm_calc::core::stored::{fragment, rule_set_file, share};
use ntm_calc::core::table::csv;
use ntm_calc::core::table::export::{self, from_json, to_csv, to_json};
use ntm_calc::core::table::import::parse_table;
use ntm_calc::core::table::unit::Unit;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestRunner};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

/// Inputs for one source of a parser: `quick` in the quick run; in a long run the parser's
/// `NTM_FUZZ_CASES` shared out by `share` (the parts of one parser add up to one).
fn cases(quick: usize, share: f64) -> usize {
    match std::env::var("NTM_FUZZ_CASES")
        .ok()
        .and_then(|v| v.trim().replace(['.', '_'], "").parse::<usize>().ok())
    {
        Some(n) => ((n as f64) * share).ceil() as usize,
        None => quick,
    }
}

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

/// `count` variants of `seed`, one at a time: characters dropped, replaced, repeated, or
/// delimiters, numbers, direction controls and invisible characters put in.
fn mutations(seed: &str, count: usize) -> impl Iterator<Item = String> {
    const INSERTS: &[&str] = &[
        "\"",
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\t",
        "\n",
        "-",
        "1e309",
        "null",
        "\u{feff}",
        "ừ",
        ".",
        "%",
        "'",
        "=",
        "\u{202e}",
        "\u{200b}",
        "\r\n",
        "\\u0000",
        "99999999999999999999",
    ];
    let chars: Vec<char> = seed.chars().collect();
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15 ^ seed.len() as u64);
    (0..count).map(move |_| {
        let mut s = chars.clone();
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(s.len() + 1);
            match rng.below(4) {
                0 if at < s.len() => {
                    s.remove(at);
                }
                1 if at < s.len() => s[at] = char::from_u32(rng.below(0x250) as u32).unwrap_or('x'),
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
}

/// One parser's run: how many inputs it was given, and the slowest of them.
struct Fuzz {
    name: &'static str,
    inputs: u64,
    slowest: Duration,
    slowest_len: usize,
    slowest_prefix: String,
    parse: fn(&str),
}

impl Fuzz {
    fn new(name: &'static str, parse: fn(&str)) -> Fuzz {
        Fuzz {
            name,
            inputs: 0,
            slowest: Duration::ZERO,
            slowest_len: 0,
            slowest_prefix: String::new(),
            parse,
        }
    }

    fn timed(&self, input: &str) -> Duration {
        let start = Instant::now();
        if catch_unwind(AssertUnwindSafe(|| (self.parse)(input))).is_err() {
            panic!("{} panicked on {input:?}", self.name);
        }
        start.elapsed()
    }

    /// Gives `input` to the parser; a panic fails the test with the input that caused it.
    fn feed(&mut self, input: &str) {
        let took = self.timed(input);
        self.inputs += 1;
        if took > self.slowest {
            // Timed again, the lesser of the two: a pause of the machine is not the input's.
            let took = took.min(self.timed(input));
            if took > self.slowest {
                self.slowest = took;
                self.slowest_len = input.chars().count();
                self.slowest_prefix = input
                    .chars()
                    .take(32)
                    .collect::<String>()
                    .escape_debug()
                    .to_string();
            }
        }
    }

    fn random(&mut self, cases: usize, strategy: impl Strategy<Value = String>) -> &mut Fuzz {
        let mut runner = TestRunner::new(Config {
            failure_persistence: None,
            ..Config::default()
        });
        for _ in 0..cases {
            let text = strategy
                .new_tree(&mut runner)
                .expect("a random input")
                .current();
            self.feed(&text);
        }
        self
    }

    fn mutated(&mut self, cases: usize, seed: &str) -> &mut Fuzz {
        for text in mutations(seed, cases) {
            self.feed(&text);
        }
        self
    }

    fn report(&self) {
        eprintln!(
            "fuzz {}: {} inputs, none panicked; slowest {} µs, {} chars: \"{}\"",
            self.name,
            self.inputs,
            self.slowest.as_micros(),
            self.slowest_len,
            self.slowest_prefix
        );
    }
}

fn sample_units() -> Vec<Unit> {
    parse_table(include_str!("fixtures/seed000_appendix.tsv")).units
}

const COMMUNE: &str = r#"{"schema":1,"data":{"name":"Xã A","registered":"nang-cao","dx":true,"counts":{"total":100,"online":60,"full_online":40},"rule_set":"khanh-hoa-xa-2022-2025","commune_group":2}}"#;

/// A history document with every kind of value: months with every optional figure, a
/// period with its assessment date, the dossiers expected, a scorecard, the report header.
fn history() -> HistoryRecord {
    let c = |n| Count::new(n).expect("count");
    let mut unit = UnitHistory::named("Xã Vạn Thạnh");
    let mut may = MonthFigures::new(Month::new(2024, 5).expect("month"), c(120), c(45));
    may.full_online = Some(c(20));
    may.excluded_total = c(10);
    may.excluded_online = c(5);
    may.postal = Some(c(3));
    unit.history.upsert(MonthEntry::new(may).expect("entry"));
    let mut april = MonthFigures::new(Month::new(2024, 4).expect("month"), c(100), c(30));
    april.in_person = Some(c(70));
    april.early = Some(c(10));
    april.on_time = Some(c(80));
    april.late = Some(c(10));
    april.carried_over = Some(c(4));
    unit.history.upsert(MonthEntry::new(april).expect("entry"));
    unit.period = Period::qd817_year(2024)
        .and_then(|p| p.with_assessment(parse_date("22/11/2024").ok()))
        .ok();
    unit.expected = Some(Expected::PerMonth { per_month: c(110) });
    let mut card = Scorecard::new(NQ02_2024_ID, parse_date("29/08/2024").ok());
    card.set_entry(ScorecardEntry {
        indicator: "ho-so-truc-tuyen".into(),
        value: IndicatorValue::Ratio {
            ratio: Ratio::new(c(4_339), c(10_000)).expect("ratio"),
        },
        note: "Cổng DVC".into(),
    });
    card.set_entry(ScorecardEntry {
        indicator: "muc-do-hai-long".into(),
        value: IndicatorValue::Rate {
            rate: Percent::from_hundredths(9_415).expect("rate"),
        },
        note: String::new(),
    });
    unit.scorecards.push(card);
    HistoryRecord {
        units: vec![unit, UnitHistory::named("Phường Ninh Phong")],
        report: Some(ReportHeader {
            issuer: "UBND XÃ NINH QUANG".into(),
            number: "12/BC-UBND".into(),
            date: parse_date("05/07/2025").ok(),
            ..ReportHeader::default()
        }),
    }
}

fn rule_sets() -> String {
    record::encode(&RuleSetsRecord {
        custom: presets::all(),
        active: "x".into(),
    })
}

#[test]
fn number_parsers_never_panic() {
    Fuzz::new("parse_count", |t| {
        let _ = parse_count(t);
    })
    .random(
        cases(20_000, 1.0),
        "\\PC{0,24}|[0-9., \\-+%eE\\u{200b}\\u{ad}\\u{feff}]{0,24}",
    )
    .report();
    Fuzz::new("parse_percent", |t| {
        let _ = parse_percent(t);
    })
    .random(
        cases(20_000, 1.0),
        "\\PC{0,16}|[0-9., \\-+%\\u{200b}\\u{ad}]{0,16}",
    )
    .report();
    Fuzz::new("dates and period years", |t| {
        let _ = parse_date(t);
        let _ = parse_month(t);
        let _ = parse_period_year(t);
    })
    .random(cases(5_000, 1.0), "\\PC{0,24}|[0-9/\\- nămgyth]{0,24}")
    .report();
}

#[test]
fn table_readers_never_panic() {
    Fuzz::new("csv::parse", |t| {
        let _ = csv::parse(t, csv::detect_delimiter(t));
    })
    .random(
        cases(5_000, 1.0),
        "\\PC{0,400}|[a-z0-9\",;\\t\\n\\r ]{0,400}",
    )
    .report();
    Fuzz::new("parse_table (CSV, TSV, appendix)", |t| {
        let _ = parse_table(t);
    })
    .random(
        cases(5_000, 0.5),
        "[IVX①0-9., \\t\\nXã%a-z\"'=+@\\-]{0,400}|\\PC{0,300}",
    )
    .mutated(cases(1_000, 0.25), &to_csv(&sample_units()))
    .mutated(
        cases(1_000, 0.25),
        include_str!("fixtures/seed000_appendix.tsv"),
    )
    .report();
}

#[test]
fn stored_and_imported_documents_never_panic() {
    let json_like = "\\PC{0,200}|[{}\\[\\]\":,0-9a-z ]{0,200}";
    Fuzz::new("stored commune (ntm-calc.commune)", |t| {
        let _ = record::decode(t);
    })
    .random(cases(10_000, 0.5), json_like)
    .mutated(cases(5_000, 0.5), COMMUNE)
    .report();
    Fuzz::new("stored table and JSON import (ntm-calc.table)", |t| {
        let _ = from_json(t);
        let _ = record::decode_doc::<TableRecord>(t);
    })
    .random(cases(10_000, 0.5), json_like)
    .mutated(cases(2_000, 0.5), &to_json(&sample_units()))
    .report();
    Fuzz::new("stored rule sets (ntm-calc.rulesets)", |t| {
        let _ = record::decode_rule_sets(t);
    })
    .random(cases(0, 0.5), json_like)
    .mutated(cases(2_000, 0.5), &rule_sets())
    .report();
    let province =
        ntm_calc::core::stored::rule_set_file::write(&ntm_calc::core::rules::presets::all());
    Fuzz::new("rule-set file (import, a province's file)", |t| {
        if let Ok(sets) = ntm_calc::core::stored::rule_set_file::read(t) {
            // What was read is written and read back the same.
            let again = ntm_calc::core::stored::rule_set_file::write(&sets);
            assert_eq!(
                ntm_calc::core::stored::rule_set_file::read(&again),
                Ok(sets)
            );
        }
    })
    .random(cases(2_000, 0.5), json_like)
    .mutated(cases(2_000, 0.5), &province)
    .report();
    let history = history();
    let history_text = history_record::encode(&history);
    assert_eq!(history_record::decode(&history_text).as_ref(), Ok(&history));
    Fuzz::new("stored history (ntm-calc.history)", |t| {
        let _ = history_record::decode(t);
    })
    .random(cases(0, 0.5), json_like)
    .mutated(cases(2_000, 0.5), &history_text)
    .report();
    let full = backup::encode(&Backup {
        commune: record::decode(COMMUNE).ok(),
        table: Some(TableRecord {
            units: sample_units(),
        }),
        rule_sets: Some(RuleSetsRecord {
            custom: presets::all(),
            active: "x".into(),
        }),
        lang: Some("vi".into()),
        history: Some(history),
    });
    assert!(backup::decode(&full).is_ok(), "the backup seed reads");
    Fuzz::new("backups", |t| {
        let _ = backup::decode(t);
    })
    .random(cases(0, 0.5), json_like)
    .mutated(cases(2_000, 0.5), &full)
    .report();
}

#[test]
fn share_links_never_panic() {
    let link = share::encode(&record::decode(COMMUNE).expect("sample commune"));
    let mut links = Fuzz::new("share links", |t| {
        let _ = share::decode(t);
    });
    links
        .mutated(cases(5_000, 0.4), &link)
        .random(cases(0, 0.2), "v1\\.[A-Za-z0-9_\\-]{0,300}|\\PC{0,300}");
    // The data inside a link changed, then packed as the app packs it: the checks of every
    // field get past the packing.
    let inner = cases(1_000, 0.4);
    for json in mutations(COMMUNE, inner) {
        links.feed(&fragment::pack("v1.", &json));
    }
    links.report();
}

#[test]
fn rule_set_and_table_links_never_panic() {
    let set_link = rule_set_file::link(&presets::tiered()).expect("the presets fit a link");
    let mut sets = Fuzz::new("rule-set links", |t| {
        let _ = rule_set_file::read_link(t);
    });
    sets.mutated(cases(2_000, 0.4), &set_link);
    let file = rule_set_file::write(&presets::tiered());
    for text in mutations(&file, cases(1_000, 0.4)) {
        sets.feed(&fragment::pack(rule_set_file::LINK_TAG, &text));
    }
    sets.report();
    let table = export::SharedTable {
        units: sample_units(),
        rule_set: Some(presets::commune_2026_2030_template()),
    };
    let json = export::to_shared_json(&table);
    let mut tables = Fuzz::new("shared tables", |t| {
        let _ = export::from_shared_json(t);
    });
    tables.mutated(cases(2_000, 0.4), &json);
    tables.report();
}
