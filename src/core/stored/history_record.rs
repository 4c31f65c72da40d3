//! What is stored of units' monthly histories and scorecards: a versioned JSON document in
//! the schema envelope of [`super::record`], read defensively.
//!
//! Every value is checked as it is read: a month with more online dossiers than dossiers,
//! two entries for one month, a period that ends before it starts or a scorecard ratio
//! above one makes the whole document [`DecodeError::Invalid`], never half accepted.

use super::record::{decode_doc, encode as encode_doc, DecodeError, NAME_MAX_CHARS};
use crate::core::history::calendar::Date;
use crate::core::history::import::MonthRow;
use crate::core::history::monthly::History;
use crate::core::history::period::Period;
use crate::core::history::projection::Expected;
use crate::core::num::count::Count;
use crate::core::reports::scorecard::Scorecard;
use crate::core::table::unit::UnitKind;
use crate::core::text::de_name;
use serde::{Deserialize, Serialize};

/// One unit's history and scorecards, with the settings its views were left in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitHistory {
    /// Read without direction controls or line breaks (see [`crate::core::text::clean_name`]).
    #[serde(deserialize_with = "crate::core::text::de_name")]
    pub name: String,
    #[serde(default)]
    pub kind: Option<UnitKind>,
    #[serde(default)]
    pub history: History,
    /// The period the unit's rate is measured over, with its assessment date.
    #[serde(default)]
    pub period: Option<Period>,
    /// The dossiers expected before the assessment, for looking ahead.
    #[serde(default)]
    pub expected: Option<Expected>,
    /// Scorecards of indicator sets (Nghị quyết 02/NQ-CP …), each as of a date.
    #[serde(default)]
    pub scorecards: Vec<Scorecard>,
}

impl UnitHistory {
    /// A unit with nothing entered yet.
    pub fn named(name: &str) -> UnitHistory {
        UnitHistory {
            name: name.trim().to_owned(),
            kind: Some(UnitKind::from_name(name)),
            history: History::new(),
            period: None,
            expected: None,
            scorecards: Vec::new(),
        }
    }
}

/// The printed report's header as last typed: issuing body, number, place and date, title
/// and signer. An empty text means the page's default.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReportHeader {
    #[serde(deserialize_with = "de_name")]
    pub issuer: String,
    #[serde(deserialize_with = "de_name")]
    pub number: String,
    #[serde(deserialize_with = "de_name")]
    pub place: String,
    /// `None`: left blank on paper, to be written by hand.
    pub date: Option<Date>,
    #[serde(deserialize_with = "de_name")]
    pub title: String,
    #[serde(deserialize_with = "de_name")]
    pub signer_title: String,
    #[serde(deserialize_with = "de_name")]
    pub signer_name: String,
}

impl ReportHeader {
    fn texts_mut(&mut self) -> [&mut String; 6] {
        [
            &mut self.issuer,
            &mut self.number,
            &mut self.place,
            &mut self.title,
            &mut self.signer_title,
            &mut self.signer_name,
        ]
    }
}

/// The stored document: every unit's history, and the report's header.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryRecord {
    pub units: Vec<UnitHistory>,
    /// Absent until the report's header is first edited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<ReportHeader>,
}

/// What taking in imported months does.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MonthsTaken {
    /// Months not entered before.
    pub added: usize,
    /// Months entered before with other figures, now replaced.
    pub replaced: usize,
    /// Months entered before with the same figures.
    pub unchanged: usize,
    /// Units the rows named that were not here: added.
    pub new_units: usize,
}

impl HistoryRecord {
    /// Takes in months read from a table: each into the history of the unit it names (found
    /// by its name in any case, added when not here), or of the unit at `shown` when it names
    /// none. A month entered before is replaced.
    pub fn take_in_months(&mut self, rows: &[MonthRow], shown: usize) -> MonthsTaken {
        let mut taken = MonthsTaken::default();
        for row in rows {
            let index = match &row.unit {
                None => shown.min(self.units.len().saturating_sub(1)),
                Some(name) => {
                    let key = name.to_lowercase();
                    match self.units.iter().position(|u| u.name.to_lowercase() == key) {
                        Some(i) => i,
                        // The blank unit a new page starts with takes the first name.
                        None if self.units.len() == 1
                            && self.units[0].name.is_empty()
                            && self.units[0].history.is_empty() =>
                        {
                            self.units[0] = UnitHistory::named(name);
                            taken.new_units += 1;
                            0
                        }
                        None => {
                            self.units.push(UnitHistory::named(name));
                            taken.new_units += 1;
                            self.units.len() - 1
                        }
                    }
                }
            };
            let Some(unit) = self.units.get_mut(index) else {
                continue;
            };
            match unit.history.upsert(row.entry) {
                None => taken.added += 1,
                Some(old) if old == row.entry => taken.unchanged += 1,
                Some(_) => taken.replaced += 1,
            }
        }
        taken
    }
}

fn cut(text: &mut String) {
    if text.chars().count() > NAME_MAX_CHARS {
        *text = text.chars().take(NAME_MAX_CHARS).collect();
    }
}

/// The stored text: the record in the schema envelope.
pub fn encode(record: &HistoryRecord) -> String {
    encode_doc(record)
}

/// Reads a stored record; names longer than [`NAME_MAX_CHARS`] are cut there.
pub fn decode(text: &str) -> Result<HistoryRecord, DecodeError> {
    let mut record: HistoryRecord = decode_doc(text)?;
    for unit in &mut record.units {
        cut(&mut unit.name);
    }
    if let Some(header) = &mut record.report {
        header.texts_mut().into_iter().for_each(cut);
    }
    Ok(record)
}

/// How many months are stored in all (for a summary before an import replaces data).
pub fn months_stored(record: &HistoryRecord) -> usize {
    record.units.iter().map(|u| u.history.len()).sum()
}

/// Dossiers of every unit's every month (counted, excluded ones left out); `None` past
/// [`Count::MAX`].
pub fn dossiers_stored(record: &HistoryRecord) -> Option<Count> {
    let total: u64 = record
        .units
        .iter()
        .flat_map(|u| u.history.entries())
        .map(|e| e.counted().total().get())
        .sum();
    Count::new(total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::history::calendar::{parse_date, Month};
    use crate::core::history::month_entry::{MonthEntry, MonthFigures};
    use crate::core::num::percent::Percent;
    use crate::core::reports::scorecard::{IndicatorValue, Ratio, ScorecardEntry};
    use crate::core::rules::presets::NQ02_2024_ID;
    use crate::core::testing::c;
    use proptest::prelude::*;

    fn sample() -> HistoryRecord {
        let mut unit = UnitHistory::named("Xã Vạn Thạnh");
        let mut may = MonthFigures::new(Month::new(2024, 5).unwrap(), c(120), c(45));
        may.full_online = Some(c(20));
        may.excluded_total = c(10);
        may.excluded_online = c(5);
        may.postal = Some(c(3));
        unit.history.upsert(MonthEntry::new(may).unwrap());
        unit.history.upsert(
            MonthEntry::new(MonthFigures::new(
                Month::new(2024, 4).unwrap(),
                c(100),
                c(30),
            ))
            .unwrap(),
        );
        unit.period = Some(
            Period::qd817_year(2024)
                .unwrap()
                .with_assessment(Some(parse_date("22/11/2024").unwrap()))
                .unwrap(),
        );
        unit.expected = Some(Expected::PerMonth { per_month: c(110) });
        let mut card = Scorecard::new(NQ02_2024_ID, Some(parse_date("29/08/2024").unwrap()));
        card.set_entry(ScorecardEntry {
            indicator: "ho-so-truc-tuyen".into(),
            value: IndicatorValue::Ratio {
                ratio: Ratio::new(c(4_339), c(10_000)).unwrap(),
            },
            note: String::new(),
        });
        card.set_entry(ScorecardEntry {
            indicator: "muc-do-hai-long".into(),
            value: IndicatorValue::Rate {
                rate: Percent::from_hundredths(9_415).unwrap(),
            },
            note: "Cổng DVC quốc gia".into(),
        });
        unit.scorecards.push(card);
        HistoryRecord {
            units: vec![unit, UnitHistory::named("Phường Ninh Phong")],
            report: Some(ReportHeader {
                issuer: "UBND XÃ NINH QUANG".into(),
                number: "12/BC-UBND".into(),
                date: Some(parse_date("05/07/2025").unwrap()),
                ..ReportHeader::default()
            }),
        }
    }

    #[test]
    fn round_trips() {
        let record = sample();
        let text = encode(&record);
        assert!(text.starts_with(r#"{"schema":2,"data":{"units":"#));
        assert_eq!(decode(&text), Ok(record.clone()));
        assert_eq!(months_stored(&record), 2);
        assert_eq!(dossiers_stored(&record), Some(c(210)));
    }

    fn with_month(month: &str) -> String {
        format!(r#"{{"schema":1,"data":{{"units":[{{"name":"Xã A","history":[{month}]}}]}}}}"#)
    }

    #[test]
    fn impossible_stored_values_are_refused_not_accepted() {
        let ok = with_month(r#"{"month":"2024-05","total":10,"online":4}"#);
        assert_eq!(decode(&ok).unwrap().units[0].history.len(), 1);
        for bad in [
            r#"{"month":"2024-05","total":10,"online":11}"#,
            r#"{"month":"2024-05","total":10,"online":4,"full_online":5}"#,
            r#"{"month":"2024-05","total":10,"online":4,"excluded_total":11}"#,
            r#"{"month":"2024-05","total":10,"online":4,"excluded_total":2,"excluded_online":3}"#,
            r#"{"month":"2024-13","total":10,"online":4}"#,
            r#"{"month":"2024-05","total":-1,"online":0}"#,
            r#"{"month":"2024-05","total":10,"online":4},{"month":"2024-05","total":9,"online":4}"#,
        ] {
            assert_eq!(decode(&with_month(bad)), Err(DecodeError::Invalid), "{bad}");
        }
        let backwards = r#"{"schema":1,"data":{"units":[{"name":"Xã A",
            "period":{"from":"2024-11-30","to":"2023-12-01"}}]}}"#;
        assert_eq!(decode(backwards), Err(DecodeError::Invalid));
        let ratio = r#"{"schema":1,"data":{"units":[{"name":"Xã A","scorecards":[{"set":"s",
            "entries":[{"indicator":"i",
                "value":{"type":"ratio","ratio":{"conforming":5,"all":4}}}]}]}]}}"#;
        assert_eq!(decode(ratio), Err(DecodeError::Invalid));
    }

    #[test]
    fn foreign_and_newer_documents_say_why() {
        assert_eq!(decode("not json"), Err(DecodeError::NotJson));
        assert_eq!(decode("[]"), Err(DecodeError::Foreign));
        assert_eq!(
            decode(r#"{"schema":3,"data":{}}"#),
            Err(DecodeError::NewerSchema(3))
        );
        let long = "x".repeat(NAME_MAX_CHARS + 10);
        let text = encode(&HistoryRecord {
            units: vec![UnitHistory::named(&long)],
            report: Some(ReportHeader {
                signer_name: long.clone(),
                ..ReportHeader::default()
            }),
        });
        let read = decode(&text).unwrap();
        assert_eq!(read.units[0].name.chars().count(), NAME_MAX_CHARS);
        let signer = read.report.map(|r| r.signer_name).unwrap_or_default();
        assert_eq!(signer.chars().count(), NAME_MAX_CHARS);
        let spoof = encode(&HistoryRecord {
            units: vec![UnitHistory::named("Xã A\u{202e}\nB")],
            report: Some(ReportHeader {
                place: "Vạn\u{2067}Ninh".into(),
                ..ReportHeader::default()
            }),
        });
        let read = decode(&spoof).unwrap();
        assert_eq!(read.units[0].name, "Xã A B");
        assert_eq!(read.report.map(|r| r.place), Some("VạnNinh".to_owned()));
    }

    fn any_entry() -> impl Strategy<Value = MonthEntry> {
        (
            1u8..=12,
            0u64..=Count::MAX,
            proptest::collection::vec(0.0f64..=1.0, 5),
            any::<bool>(),
            proptest::option::of(0u64..=Count::MAX),
        )
            .prop_map(|(month, t, s, full, postal)| {
                let part = |of: u64, share: f64| (((of as f64) * share) as u64).min(of);
                let o = part(t, s[0]);
                let xt = part(t, s[1]);
                // Excluded online ≤ both online and excluded, and leaves the rate in order.
                let xo_max = o.min(xt);
                let xo_min = xt.saturating_sub(t - o);
                let xo = (xo_min + part(xo_max.saturating_sub(xo_min), s[2])).min(xo_max);
                let mut f = MonthFigures::new(Month::new(2023, month).unwrap(), c(t), c(o));
                f.excluded_total = c(xt);
                f.excluded_online = c(xo);
                if full {
                    let fo = part(o, s[3]);
                    f.full_online = Some(c(fo));
                    // Excluded full ≤ full, ≤ excluded online, and counted full ≤ counted
                    // online: full − xf ≤ o − xo.
                    let xf_min = fo.saturating_sub(o - xo);
                    let xf_max = fo.min(xo);
                    let xf = (xf_min + part(xf_max.saturating_sub(xf_min), s[4])).min(xf_max);
                    f.excluded_full_online = c(xf);
                }
                f.postal = postal.map(c);
                MonthEntry::new(f).unwrap()
            })
    }

    fn any_unit() -> impl Strategy<Value = UnitHistory> {
        (
            "\\PC{0,40}",
            proptest::collection::vec(any_entry(), 0..8),
            proptest::option::of((1u8..=4, 0u32..=120)),
            proptest::option::of(0u64..=10_000),
            proptest::collection::vec((0u64..=1_000, 0.0f64..=1.0, 0u32..=10_000), 0..4),
        )
            .prop_map(|(name, entries, quarter, per_month, figures)| {
                let mut unit = UnitHistory::named("Xã");
                unit.name = crate::core::text::clean_name(&name);
                for e in entries {
                    unit.history.upsert(e);
                }
                unit.period = quarter.map(|(q, days)| {
                    let p = Period::quarter(2023, q).unwrap();
                    let at = p.from().add_days(days);
                    p.with_assessment(at).unwrap()
                });
                unit.expected = per_month.map(|n| Expected::PerMonth { per_month: c(n) });
                let mut card = Scorecard::new(NQ02_2024_ID, None);
                for (i, (all, share, rate)) in figures.into_iter().enumerate() {
                    let conforming = (((all as f64) * share) as u64).min(all);
                    let value = if i % 2 == 0 {
                        IndicatorValue::Ratio {
                            ratio: Ratio::new(c(conforming), c(all)).unwrap(),
                        }
                    } else {
                        IndicatorValue::Rate {
                            rate: Percent::from_hundredths(rate).unwrap(),
                        }
                    };
                    card.set_entry(ScorecardEntry {
                        indicator: format!("chi-tieu-{i}"),
                        value,
                        note: String::new(),
                    });
                }
                unit.scorecards.push(card);
                unit
            })
    }

    proptest! {
        #[test]
        fn any_record_round_trips(units in proptest::collection::vec(any_unit(), 0..4)) {
            let record = HistoryRecord { units, report: None };
            prop_assert_eq!(decode(&encode(&record)), Ok(record));
        }

        #[test]
        fn any_stored_text_is_read_or_refused_without_panic(text in "\\PC{0,200}") {
            let _ = decode(&text);
        }
    }

    #[test]
    fn imported_months_go_to_the_units_they_name_or_the_one_shown() {
        use crate::core::history::import::read_months;
        let mut record = HistoryRecord {
            units: vec![UnitHistory::named("Xã A"), UnitHistory::named("Xã B")],
            report: None,
        };
        let named = read_months(
            "Đơn vị\tTháng\tTổng số\tTrực tuyến\n\
             xã a\t01/2024\t10\t4\n\
             Xã C\t01/2024\t20\t5\n",
            None,
        );
        assert_eq!(
            record.take_in_months(&named.rows, 1),
            MonthsTaken {
                added: 2,
                replaced: 0,
                unchanged: 0,
                new_units: 1
            }
        );
        let names: Vec<&str> = record.units.iter().map(|u| u.name.as_str()).collect();
        assert_eq!(names, ["Xã A", "Xã B", "Xã C"]);
        assert_eq!(record.units[0].history.len(), 1);
        // No unit named: the one shown; the same month again replaces it or is unchanged.
        let unnamed = read_months(
            "Tháng\tTổng số\tTrực tuyến\n01/2024\t10\t4\n02/2024\t10\t4\n",
            None,
        );
        assert_eq!(record.take_in_months(&unnamed.rows, 0).unchanged, 1);
        assert_eq!(record.units[0].history.len(), 2);
        let changed = read_months("Tháng\tTổng số\tTrực tuyến\n01/2024\t11\t4\n", None);
        assert_eq!(record.take_in_months(&changed.rows, 0).replaced, 1);
        // A page that holds nothing yet: its blank unit takes the first name.
        let mut fresh = HistoryRecord {
            units: vec![UnitHistory::named("")],
            report: None,
        };
        fresh.take_in_months(&named.rows, 0);
        let names: Vec<&str> = fresh.units.iter().map(|u| u.name.as_str()).collect();
        assert_eq!(names, ["xã a", "Xã C"]);
    }
}
