//! The administrative-reform scorecard of Nghị quyết 02/NQ-CP (05/01/2024): eleven
//! indicators, each a ratio with a target (docs/sources.md), a unit's figure for each, and how far
//! each figure is from its target.
//!
//! Indicators are data, like rule sets: the shipped set is
//! [`presets::nq02_2024`](crate::core::rules::presets::nq02_2024), and a user may copy it
//! and edit every target.

use crate::core::history::calendar::{parse_date, Date, DateError};
use crate::core::num::count::{parse_optional_count, Count, CountError};
use crate::core::num::gap::{needed_added, shortfall_existing, Needed};
use crate::core::num::number_vi::{format_hundredths, format_hundredths_percent};
use crate::core::num::percent::{parse_percent, Percent, PercentError};
use crate::core::num::rate::Rate;
use crate::core::rules::rule_set::{Bilingual, LegalBasis};
use serde::{Deserialize, Serialize};

/// One indicator: what is measured, and the least rate required.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Indicator {
    /// A stable slug: `ho-so-truc-tuyen`.
    pub id: String,
    /// The indicator as the document words it (Vietnamese) and in English.
    pub name: Bilingual,
    /// The least rate; `100 %` targets can never be reached by adding items while one
    /// item falls short.
    pub target: Percent,
}

/// A set of indicators and the document that sets them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndicatorSet {
    pub id: String,
    pub name: Bilingual,
    pub legal_basis: LegalBasis,
    /// In the document's order (STT 1, 2, …).
    pub indicators: Vec<Indicator>,
}

impl IndicatorSet {
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }
}

/// `conforming` of `all` items (dossiers, payments, procedures …), checked:
/// `conforming ≤ all`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawRatio", into = "RawRatio")]
pub struct Ratio {
    conforming: Count,
    all: Count,
}

/// Why two counts are not a ratio.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RatioError {
    /// More conforming items than items.
    ConformingExceedsAll,
}

impl std::fmt::Display for RatioError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("numerator > denominator")
    }
}

impl Ratio {
    pub fn new(conforming: Count, all: Count) -> Result<Ratio, RatioError> {
        if conforming > all {
            return Err(RatioError::ConformingExceedsAll);
        }
        Ok(Ratio { conforming, all })
    }

    /// The numerator.
    pub fn conforming(self) -> Count {
        self.conforming
    }

    /// The denominator.
    pub fn all(self) -> Count {
        self.all
    }

    /// Items that do not conform: `all − conforming`.
    pub fn non_conforming(self) -> u64 {
        self.all.get() - self.conforming.get()
    }
}

#[derive(Serialize, Deserialize)]
struct RawRatio {
    conforming: Count,
    all: Count,
}

impl TryFrom<RawRatio> for Ratio {
    type Error = RatioError;
    fn try_from(raw: RawRatio) -> Result<Self, Self::Error> {
        Ratio::new(raw.conforming, raw.all)
    }
}

impl From<Ratio> for RawRatio {
    fn from(r: Ratio) -> RawRatio {
        RawRatio {
            conforming: r.conforming,
            all: r.all,
        }
    }
}

/// What is known of an indicator: the two counts, or only the rate a report printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum IndicatorValue {
    Ratio { ratio: Ratio },
    Rate { rate: Percent },
}

/// Why a figure typed for an indicator was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigureError {
    Count(CountError),
    Percent(PercentError),
    Date(DateError),
    /// The "all" count is there, the conforming one is not.
    MissingConforming,
    /// The conforming count is there, the "all" one is not.
    MissingAll,
    /// More conforming items than items.
    ConformingExceedsAll,
}

/// What the two count boxes of an indicator say, each box's error apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RatioErrors {
    pub conforming: Option<FigureError>,
    pub all: Option<FigureError>,
}

/// Reads an indicator's two counts as typed: a ratio, `None` when both boxes are empty (the
/// figure is taken away), or the error of each box.
pub fn read_ratio(conforming: &str, all: &str) -> Result<Option<IndicatorValue>, RatioErrors> {
    let c = parse_optional_count(conforming);
    let a = parse_optional_count(all);
    let mut errors = RatioErrors {
        conforming: c.err().map(FigureError::Count),
        all: a.err().map(FigureError::Count),
    };
    match (c, a) {
        (Ok(None), Ok(None)) => return Ok(None),
        (Ok(None), Ok(Some(_))) => errors.conforming = Some(FigureError::MissingConforming),
        (Ok(Some(_)), Ok(None)) => errors.all = Some(FigureError::MissingAll),
        (Ok(Some(c)), Ok(Some(a))) => match Ratio::new(c, a) {
            Ok(ratio) => return Ok(Some(IndicatorValue::Ratio { ratio })),
            Err(RatioError::ConformingExceedsAll) => {
                errors.conforming = Some(FigureError::ConformingExceedsAll)
            }
        },
        _ => {}
    }
    Err(errors)
}

/// Reads a rate typed for an indicator (`49,41`, `49,41 %`); `None` when the box is empty.
pub fn read_rate(text: &str) -> Result<Option<IndicatorValue>, FigureError> {
    match parse_percent(text) {
        Ok(rate) => Ok(Some(IndicatorValue::Rate { rate })),
        Err(PercentError::Empty) => Ok(None),
        Err(e) => Err(FigureError::Percent(e)),
    }
}

/// Reads the date the figures are as of (`29/08/2024`); `None` when the box is empty.
pub fn read_as_of(text: &str) -> Result<Option<Date>, FigureError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    parse_date(text).map(Some).map_err(FigureError::Date)
}

/// How far a value is from its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gap {
    /// The target is met.
    Met,
    /// `needed` more conforming items reach the target (each raises numerator and
    /// denominator); `shortfall` of the existing items would have had to conform.
    Add { needed: u64, shortfall: u64 },
    /// A 100 % target with non-conforming items: adding can never reach it; these
    /// `non_conforming` items must be resolved.
    Resolve { non_conforming: u64 },
    /// Only a rate is known: it is this many hundredths of a percentage point short.
    Points { hundredths: u32 },
    /// No items counted (denominator 0): nothing to judge yet.
    NoData,
}

impl Gap {
    /// Percentage points short, in Vietnamese: `11,18 điểm phần trăm`.
    pub fn points_text_vi(self) -> Option<String> {
        match self {
            Gap::Points { hundredths } => Some(format!(
                "{} điểm phần trăm",
                format_hundredths(u64::from(hundredths))
            )),
            _ => None,
        }
    }
}

/// An indicator's value judged against its target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndicatorResult {
    pub target: Percent,
    /// `None` when nothing was counted (denominator 0).
    pub met: Option<bool>,
    /// The rate as shown (`68,82 %`), never rounded up to a target it misses.
    pub rate_text: Option<String>,
    pub gap: Gap,
}

/// Judges `value` against `indicator`'s target, exactly (never on the rounded rate).
pub fn evaluate(indicator: &Indicator, value: &IndicatorValue) -> IndicatorResult {
    let target = indicator.target;
    match value {
        IndicatorValue::Ratio { ratio } => {
            let Some(rate) = Rate::of(ratio.conforming, ratio.all) else {
                return IndicatorResult {
                    target,
                    met: None,
                    rate_text: None,
                    gap: Gap::NoData,
                };
            };
            let (o, t) = (ratio.conforming.get(), ratio.all.get());
            let gap = match needed_added(o, t, target) {
                Needed::Count(0) => Gap::Met,
                Needed::Count(needed) => Gap::Add {
                    needed,
                    shortfall: shortfall_existing(o, t, target),
                },
                Needed::Unreachable => Gap::Resolve {
                    non_conforming: ratio.non_conforming(),
                },
            };
            IndicatorResult {
                target,
                met: Some(rate.meets(target)),
                rate_text: Some(rate.format(&[target])),
                gap,
            }
        }
        IndicatorValue::Rate { rate } => {
            let met = *rate >= target;
            IndicatorResult {
                target,
                met: Some(met),
                rate_text: Some(format_hundredths_percent(u64::from(rate.hundredths()))),
                gap: if met {
                    Gap::Met
                } else {
                    Gap::Points {
                        hundredths: target.hundredths() - rate.hundredths(),
                    }
                },
            }
        }
    }
}

/// A unit's figure for one indicator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScorecardEntry {
    /// The indicator's [`Indicator::id`].
    pub indicator: String,
    pub value: IndicatorValue,
    /// Anything the figure needs said (a second rate the report gives, the source).
    #[serde(default)]
    pub note: String,
}

/// Why entries are not a scorecard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScorecardError {
    /// Two entries for one indicator.
    DuplicateIndicator(String),
}

impl std::fmt::Display for ScorecardError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ScorecardError::DuplicateIndicator(id) => write!(f, "two entries for {id}"),
        }
    }
}

/// A unit's figures for a set of indicators, as of a date; at most one entry per indicator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawScorecard", into = "RawScorecard")]
pub struct Scorecard {
    set: String,
    as_of: Option<Date>,
    entries: Vec<ScorecardEntry>,
}

#[derive(Serialize, Deserialize)]
struct RawScorecard {
    set: String,
    #[serde(default)]
    as_of: Option<Date>,
    entries: Vec<ScorecardEntry>,
}

impl TryFrom<RawScorecard> for Scorecard {
    type Error = ScorecardError;
    fn try_from(raw: RawScorecard) -> Result<Self, Self::Error> {
        let mut card = Scorecard::new(&raw.set, raw.as_of);
        for entry in raw.entries {
            if card.get(&entry.indicator).is_some() {
                return Err(ScorecardError::DuplicateIndicator(entry.indicator));
            }
            card.set_entry(entry);
        }
        Ok(card)
    }
}

impl From<Scorecard> for RawScorecard {
    fn from(card: Scorecard) -> RawScorecard {
        RawScorecard {
            set: card.set,
            as_of: card.as_of,
            entries: card.entries,
        }
    }
}

/// One row of a judged scorecard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScorecardRow<'a> {
    pub indicator: &'a Indicator,
    pub entry: Option<&'a ScorecardEntry>,
    /// `None` when no figure was entered.
    pub result: Option<IndicatorResult>,
}

impl Scorecard {
    /// An empty scorecard for the indicator set `set`, figures as of `as_of`.
    pub fn new(set: &str, as_of: Option<Date>) -> Scorecard {
        Scorecard {
            set: set.to_owned(),
            as_of,
            entries: Vec::new(),
        }
    }

    /// The [`IndicatorSet::id`] the entries refer to.
    pub fn set(&self) -> &str {
        &self.set
    }

    /// The date the figures are as of.
    pub fn as_of(&self) -> Option<Date> {
        self.as_of
    }

    pub fn entries(&self) -> &[ScorecardEntry] {
        &self.entries
    }

    pub fn get(&self, indicator: &str) -> Option<&ScorecardEntry> {
        self.entries.iter().find(|e| e.indicator == indicator)
    }

    /// Sets the figure of the entry's indicator, replacing any earlier one; gives that back.
    pub fn set_entry(&mut self, entry: ScorecardEntry) -> Option<ScorecardEntry> {
        match self
            .entries
            .iter_mut()
            .find(|e| e.indicator == entry.indicator)
        {
            Some(slot) => Some(std::mem::replace(slot, entry)),
            None => {
                self.entries.push(entry);
                None
            }
        }
    }

    /// Removes the figure of `indicator`.
    pub fn remove(&mut self, indicator: &str) -> Option<ScorecardEntry> {
        let i = self.entries.iter().position(|e| e.indicator == indicator)?;
        Some(self.entries.remove(i))
    }

    /// Every indicator of `set` in its order, with this card's figure and its judgement.
    pub fn evaluate<'a>(&'a self, set: &'a IndicatorSet) -> Vec<ScorecardRow<'a>> {
        set.indicators
            .iter()
            .map(|indicator| {
                let entry = self.get(&indicator.id);
                ScorecardRow {
                    indicator,
                    entry,
                    result: entry.map(|e| evaluate(indicator, &e.value)),
                }
            })
            .collect()
    }

    /// Entries whose indicator `set` does not have (kept, but judged by nothing).
    pub fn unmatched<'a>(&'a self, set: &IndicatorSet) -> Vec<&'a ScorecardEntry> {
        self.entries
            .iter()
            .filter(|e| set.indicator(&e.indicator).is_none())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::history::calendar::parse_date;
    use crate::core::num::percent::parse_percent;
    use crate::core::rules::presets::resolution_02_2024;
    use crate::core::rules::presets::{nq02_2024, NQ02_2024_ID};
    use crate::core::testing::c;
    use crate::core::testing::{any_percent, part_of_whole};
    use proptest::prelude::*;

    fn ratio(conforming: u64, all: u64) -> IndicatorValue {
        IndicatorValue::Ratio {
            ratio: Ratio::new(c(conforming), c(all)).unwrap(),
        }
    }

    fn rate(text: &str) -> IndicatorValue {
        IndicatorValue::Rate {
            rate: parse_percent(text).unwrap(),
        }
    }

    fn ind(id: &str) -> Indicator {
        nq02_2024().indicator(id).unwrap().clone()
    }

    /// Sóc Trăng's results to 08/2024 (appendix of Công văn 2796/UBND-TTHC,
    /// 30/08/2024; footnote 3: National Public Service Portal data to 29/8/2024).
    fn soc_trang_2024_08() -> Scorecard {
        let figures = [
            ("dich-vu-cong-toan-trinh", "68,82", ""),
            ("thanh-toan-truc-tuyen", "28,83", ""),
            ("ho-so-truc-tuyen", "43,39", ""),
            ("so-hoa-ho-so", "48,76", ""),
            ("ket-qua-dien-tu", "49,41", ""),
            ("chung-thuc-ban-sao-dien-tu", "99,17", ""),
            ("tai-su-dung-du-lieu", "43,11", ""),
            // The document gives two rates for this indicator; the publication rate is
            // entered, the other kept as a note. Both are short of 100 %.
            (
                "cong-bo-dung-han",
                "22,45",
                "Tỷ lệ cập nhật, công khai đạt 57,83%",
            ),
            ("dong-bo-ket-qua", "81,98", ""),
            ("phan-anh-kien-nghi", "100", ""),
            ("muc-do-hai-long", "94,15", ""),
        ];
        let mut card = Scorecard::new(NQ02_2024_ID, Some(parse_date("29/08/2024").unwrap()));
        for (id, value, note) in figures {
            card.set_entry(ScorecardEntry {
                indicator: id.into(),
                value: rate(value),
                note: note.into(),
            });
        }
        card
    }

    #[test]
    fn the_set_has_the_eleven_indicators_of_seed_004() {
        let set = nq02_2024();
        assert_eq!(set.indicators.len(), 11);
        let targets: Vec<u32> = set
            .indicators
            .iter()
            .map(|i| i.target.hundredths() / 100)
            .collect();
        assert_eq!(targets, [80, 45, 50, 80, 100, 100, 50, 100, 100, 100, 100]);
        let mut ids: Vec<&str> = set.indicators.iter().map(|i| i.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 11);
        assert_eq!(
            set.legal_basis.date.official_vi(),
            "ngày 05 tháng 01 năm 2024"
        );
        // The online-dossier indicator agrees with the shipped rule set of the same document.
        assert_eq!(
            ind("ho-so-truc-tuyen").target,
            resolution_02_2024().quotas[0].online_min
        );
    }

    #[test]
    fn soc_trang_meets_only_the_feedback_indicator() {
        // The appendix does not label results met or not; read against the targets, only
        // indicator 10 (feedback handled on time, 100 %) is met. The letter's body repeats
        // rows 4 and 5 (48,76 % digitised, 49,41 % electronic results) as still short.
        let set = nq02_2024();
        let card = soc_trang_2024_08();
        assert!(card.unmatched(&set).is_empty());
        let rows = card.evaluate(&set);
        let met: Vec<&str> = rows
            .iter()
            .filter(|r| r.result.as_ref().and_then(|x| x.met) == Some(true))
            .map(|r| r.indicator.id.as_str())
            .collect();
        assert_eq!(met, ["phan-anh-kien-nghi"]);
        let points: Vec<Option<String>> = rows
            .iter()
            .map(|r| r.result.as_ref().and_then(|x| x.gap.points_text_vi()))
            .collect();
        let expected = [
            Some("11,18"),
            Some("16,17"),
            Some("6,61"),
            Some("31,24"),
            Some("50,59"),
            Some("0,83"),
            Some("6,89"),
            Some("77,55"),
            Some("18,02"),
            None,
            Some("5,85"),
        ];
        for (got, want) in points.iter().zip(expected) {
            assert_eq!(
                got.as_deref(),
                want.map(|w| format!("{w} điểm phần trăm")).as_deref()
            );
        }
        let first = rows[0].result.as_ref().unwrap();
        assert_eq!(first.rate_text.as_deref(), Some("68,82 %"));
        assert_eq!(rows[9].result.as_ref().unwrap().gap, Gap::Met);
        assert_eq!(
            rows[7].entry.unwrap().note,
            "Tỷ lệ cập nhật, công khai đạt 57,83%"
        );
    }

    #[test]
    fn counted_indicators_say_how_many_items_are_missing() {
        // 4.339 of 10.000 online, target 50 %: (5.000 − 4.339) / 0,5 = 1.322 more, or 661
        // of the existing dossiers online.
        let r = evaluate(&ind("ho-so-truc-tuyen"), &ratio(4_339, 10_000));
        assert_eq!(r.met, Some(false));
        assert_eq!(r.rate_text.as_deref(), Some("43,39 %"));
        assert_eq!(
            r.gap,
            Gap::Add {
                needed: 1_322,
                shortfall: 661
            }
        );
        let r = evaluate(&ind("ho-so-truc-tuyen"), &ratio(5_000, 10_000));
        assert_eq!((r.met, r.gap), (Some(true), Gap::Met));
    }

    #[test]
    fn a_full_target_says_what_must_be_resolved_not_added() {
        // 9.917 of 10.000 copies electronic: 83 must be resolved; no count of additions.
        let r = evaluate(&ind("chung-thuc-ban-sao-dien-tu"), &ratio(9_917, 10_000));
        assert_eq!(r.met, Some(false));
        assert_eq!(r.gap, Gap::Resolve { non_conforming: 83 });
        // 99.999 of 100.000 is 99,999 %: shown 99,99 %, never 100,00 %.
        let r = evaluate(&ind("ket-qua-dien-tu"), &ratio(99_999, 100_000));
        assert_eq!(r.rate_text.as_deref(), Some("99,99 %"));
        assert_eq!(r.gap, Gap::Resolve { non_conforming: 1 });
        let r = evaluate(&ind("ket-qua-dien-tu"), &ratio(7, 7));
        assert_eq!((r.met, r.gap), (Some(true), Gap::Met));
    }

    #[test]
    fn nothing_counted_is_nothing_to_judge() {
        let r = evaluate(&ind("ket-qua-dien-tu"), &ratio(0, 0));
        assert_eq!((r.met, r.rate_text, r.gap), (None, None, Gap::NoData));
    }

    #[test]
    fn stored_scorecards_are_checked() {
        let card = soc_trang_2024_08();
        let json = serde_json::to_string(&card).unwrap();
        assert_eq!(serde_json::from_str::<Scorecard>(&json).unwrap(), card);
        let bad = r#"{"set":"x","entries":[{"indicator":"a",
            "value":{"type":"ratio","ratio":{"conforming":5,"all":4}}}]}"#;
        assert!(serde_json::from_str::<Scorecard>(bad).is_err());
        let twice = r#"{"set":"x","entries":[
            {"indicator":"a","value":{"type":"rate","rate":"5"}},
            {"indicator":"a","value":{"type":"rate","rate":"6"}}]}"#;
        assert!(serde_json::from_str::<Scorecard>(twice).is_err());
        let set = nq02_2024();
        let json = serde_json::to_string(&set).unwrap();
        assert_eq!(serde_json::from_str::<IndicatorSet>(&json).unwrap(), set);
    }

    #[test]
    fn entries_are_set_replaced_and_removed() {
        let mut card = Scorecard::new(NQ02_2024_ID, None);
        let entry = |v: &str| ScorecardEntry {
            indicator: "ho-so-truc-tuyen".into(),
            value: rate(v),
            note: String::new(),
        };
        assert_eq!(card.set_entry(entry("40")), None);
        assert_eq!(card.set_entry(entry("45")), Some(entry("40")));
        assert_eq!(card.entries().len(), 1);
        card.set_entry(ScorecardEntry {
            indicator: "khong-co".into(),
            ..entry("1")
        });
        assert_eq!(card.unmatched(&nq02_2024()).len(), 1);
        assert_eq!(card.remove("ho-so-truc-tuyen"), Some(entry("45")));
        assert_eq!(card.remove("ho-so-truc-tuyen"), None);
    }

    proptest! {
        #[test]
        fn judgement_agrees_with_the_gap(
            (conforming, all) in part_of_whole(0),
            target in any_percent(),
        ) {
            let indicator = Indicator {
                id: "x".into(),
                name: Bilingual::new("x", "x"),
                target,
            };
            let r = evaluate(&indicator, &ratio(conforming, all));
            match r.gap {
                Gap::NoData => prop_assert!(all == 0 && r.met.is_none()),
                Gap::Met => prop_assert_eq!(r.met, Some(true)),
                Gap::Add { needed, shortfall } => {
                    prop_assert_eq!(r.met, Some(false));
                    prop_assert!(needed > 0 && shortfall > 0 && shortfall <= all - conforming);
                }
                Gap::Resolve { non_conforming } => {
                    prop_assert_eq!(r.met, Some(false));
                    prop_assert!(target.is_full());
                    prop_assert_eq!(non_conforming, all - conforming);
                }
                Gap::Points { .. } => prop_assert!(false, "counts never give points"),
            }
        }

        #[test]
        fn rate_only_gaps_are_points_to_the_target(rate in 0u32..=10_000, target in 0u32..=10_000) {
            let indicator = Indicator {
                id: "x".into(),
                name: Bilingual::new("x", "x"),
                target: Percent::from_hundredths(target).unwrap(),
            };
            let value = IndicatorValue::Rate { rate: Percent::from_hundredths(rate).unwrap() };
            let r = evaluate(&indicator, &value);
            match r.gap {
                Gap::Met => prop_assert!(rate >= target),
                Gap::Points { hundredths } => prop_assert_eq!(rate + hundredths, target),
                other => prop_assert!(false, "unexpected {:?}", other),
            }
        }
    }

    #[test]
    fn typed_figures_are_read_with_each_box_s_error() {
        let ratio = |conforming: u64, all: u64| IndicatorValue::Ratio {
            ratio: Ratio::new(c(conforming), c(all)).unwrap(),
        };
        assert_eq!(read_ratio("1.234", "2.000"), Ok(Some(ratio(1_234, 2_000))));
        assert_eq!(read_ratio(" ", ""), Ok(None));
        let errors = |conforming, all| Err(RatioErrors { conforming, all });
        assert_eq!(
            read_ratio("", "10"),
            errors(Some(FigureError::MissingConforming), None)
        );
        assert_eq!(
            read_ratio("3", ""),
            errors(None, Some(FigureError::MissingAll))
        );
        assert_eq!(
            read_ratio("11", "10"),
            errors(Some(FigureError::ConformingExceedsAll), None)
        );
        assert_eq!(
            read_ratio("-1", "abc"),
            errors(
                Some(FigureError::Count(CountError::Negative)),
                Some(FigureError::Count(CountError::NotANumber))
            )
        );
        // A bad box keeps the other's "missing" out: the person fixes one thing at a time.
        assert_eq!(
            read_ratio("x", ""),
            errors(Some(FigureError::Count(CountError::NotANumber)), None)
        );
        assert_eq!(
            read_rate("49,41 %"),
            Ok(Some(IndicatorValue::Rate {
                rate: Percent::from_hundredths(4_941).unwrap()
            }))
        );
        assert_eq!(read_rate(""), Ok(None));
        assert!(matches!(read_rate("abc"), Err(FigureError::Percent(_))));
        assert_eq!(read_as_of("  "), Ok(None));
        assert_eq!(
            read_as_of("29/08/2024"),
            Ok(Some(parse_date("29/08/2024").unwrap()))
        );
        assert!(matches!(
            read_as_of("31/02/2024"),
            Err(FigureError::Date(_))
        ));
    }
}
