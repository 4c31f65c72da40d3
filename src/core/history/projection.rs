//! Looking ahead (docs/sources.md, "The arithmetic"): with `E` more dossiers expected before the assessment date,
//! which share of them must be online for the rate to reach a target, and where the rate
//! ends if the recent pace goes on.
//!
//! With `t` dossiers so far, `o` of them online, and target `p`, the share needed is
//! `s = (p·(t + E) − o) / E`: `s ≤ 0` means already safe (even if none of them is online),
//! `s > 1` means no longer reachable. Everything is exact integer arithmetic on `u128`.
//!
//! **Remaining months** are the months after the last month entered, up to and including
//! the month of the period's horizon (the assessment date, or the period's end when that
//! is earlier, see [`Period::horizon`]); the horizon's month counts whole even when the
//! assessment falls mid-month. With no month entered they start at the period's first
//! month. `E` = expected dossiers per month × remaining months, or a number entered directly.

use super::calendar::Month;
use super::month_entry::MonthEntry;
use super::monthly::History;
use super::period::Period;
use crate::core::num::count::Count;
use crate::core::num::counts::Counts;
use crate::core::num::number_vi::{format_percent, hundredths_decimal};
use crate::core::num::percent::Percent;
use crate::core::rules::assessment::Measure;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// How many months were used for "the current pace".
pub const PACE_MONTHS: usize = 3;

/// The number of months whose dossiers are still to come (see the module documentation):
/// from the month after `last_entered` (or the period's first month) to the horizon's month.
pub fn remaining_months(period: &Period, last_entered: Option<Month>) -> u32 {
    let first_of_period = period.from().month_of();
    let start = match last_entered {
        Some(last) => match last.next() {
            Some(next) => next.max(first_of_period),
            None => return 0,
        },
        None => first_of_period,
    };
    start.count_to(period.horizon().month_of())
}

/// `E` from a monthly estimate: `per_month × months`.
pub fn expected_dossiers(per_month: Count, months: u32) -> u64 {
    per_month.get() * u64::from(months)
}

/// How the user gives `E`: dossiers expected per remaining month, or all of them at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Expected {
    PerMonth { per_month: Count },
    Total { total: Count },
}

impl Expected {
    /// `E` for `remaining` months (see [`remaining_months`]).
    pub fn dossiers(self, remaining: u32) -> u64 {
        match self {
            Expected::PerMonth { per_month } => expected_dossiers(per_month, remaining),
            Expected::Total { total } => total.get(),
        }
    }
}

/// An exact rate `num / den` (`0 ≤ num ≤ den`, `den > 0`) too large for [`Count`]s: a
/// projected rate, or the pace of several months.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExactRate {
    num: u128,
    den: u128,
}

impl ExactRate {
    /// The largest denominator kept, so that every product formed stays inside `u128`.
    pub const MAX_DEN: u128 = 10u128.pow(32);

    /// `num / den`; `None` when `den = 0`, `num > den` or `den > MAX_DEN`.
    pub fn new(num: u128, den: u128) -> Option<ExactRate> {
        (den > 0 && num <= den && den <= Self::MAX_DEN).then_some(ExactRate { num, den })
    }

    /// The exact fraction.
    pub fn fraction(self) -> (u128, u128) {
        (self.num, self.den)
    }

    /// `num / den ≥ p`, exactly.
    pub fn meets(self, target: Percent) -> bool {
        let (p_num, p_den) = target.fraction();
        self.num * p_den >= p_num * self.den
    }

    /// Hundredths of a percent, rounded half up, except that a rate below a threshold is
    /// never shown at or above it (then cut to two decimals), as
    /// [`crate::core::num::rate::Rate::display_hundredths`] does for counted rates.
    pub fn display_hundredths(self, thresholds: &[Percent]) -> u32 {
        let scaled = self.num * 10_000;
        let rounded = (2 * scaled + self.den) / (2 * self.den);
        let misleads = thresholds
            .iter()
            .any(|&t| !self.meets(t) && rounded >= u128::from(t.hundredths()));
        let hundredths = if misleads { scaled / self.den } else { rounded };
        u32::try_from(hundredths).unwrap_or(10_000)
    }

    /// The percentage shown, with two decimals (see [`ExactRate::display_hundredths`]).
    pub fn shown_percent(self, thresholds: &[Percent]) -> Decimal {
        hundredths_decimal(u64::from(self.display_hundredths(thresholds)))
    }

    /// Vietnamese text: `70,07 %`.
    pub fn text_vi(self, thresholds: &[Percent]) -> String {
        format_percent(self.shown_percent(thresholds))
    }

    /// A dot-decimal number for a data attribute: `70.07`.
    pub fn data_value(self, thresholds: &[Percent]) -> String {
        self.shown_percent(thresholds).to_string()
    }
}

/// The share of the expected dossiers that must be online: `0 < s ≤ 1`, exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RequiredShare {
    num: u128,
    den: u128,
    online_needed: u64,
}

impl RequiredShare {
    /// The exact fraction `s`.
    pub fn fraction(self) -> (u128, u128) {
        (self.num, self.den)
    }

    /// How many of the expected dossiers must be online: `⌈p·(t + E) − o⌉`.
    pub fn online_needed(self) -> u64 {
        self.online_needed
    }

    /// `s` in hundredths of a percent, rounded **up**: never shows less than is needed.
    pub fn hundredths_up(self) -> u32 {
        u32::try_from((self.num * 10_000).div_ceil(self.den)).unwrap_or(10_000)
    }

    /// `s` as a percentage with two decimals, rounded up: `67.50`.
    pub fn percent_up(self) -> Decimal {
        hundredths_decimal(u64::from(self.hundredths_up()))
    }

    /// Vietnamese text, rounded up: `67,50 %`.
    pub fn text_vi(self) -> String {
        format_percent(self.percent_up())
    }

    /// A dot-decimal number for a data attribute, rounded up: `67.50`.
    pub fn data_value(self) -> String {
        self.percent_up().to_string()
    }
}

/// What the expected dossiers must bring for one target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outlook {
    /// The target holds at the assessment even if none of the expected dossiers is online
    /// (`s ≤ 0`; with `E = 0`: the rate already meets it).
    AlreadySafe,
    /// Not even all expected dossiers online reach it (`s > 1`; with `E = 0`: the rate
    /// misses it and nothing more is coming).
    Unreachable,
    /// This share of the expected dossiers must be online.
    Required(RequiredShare),
    /// No dossiers so far and none expected: there is no rate to judge.
    NoDossiers,
}

/// The outlook for `target` with `part` of `total` dossiers so far meeting the condition
/// (online, or full-process) and `expected` more to come. A `part` above `total` is taken
/// as `total`.
pub fn required_share(part: u64, total: u64, expected: u64, target: Percent) -> Outlook {
    let (p_num, p_den) = target.fraction();
    let (t, e) = (u128::from(total), u128::from(expected));
    let o = u128::from(part.min(total));
    if t + e == 0 {
        return Outlook::NoDossiers;
    }
    // s = (p·(t + E) − o) / E = (p_num·(t + E) − p_den·o) / (p_den·E)
    let want = p_num * (t + e);
    let have = p_den * o;
    if want <= have {
        return Outlook::AlreadySafe;
    }
    let gap = want - have;
    if e == 0 || gap > p_den * e {
        return Outlook::Unreachable;
    }
    Outlook::Required(RequiredShare {
        num: gap,
        den: p_den * e,
        online_needed: u64::try_from(gap.div_ceil(p_den)).unwrap_or(u64::MAX),
    })
}

/// "The current pace": the share of the last [`PACE_MONTHS`] months that have entries
/// (counted dossiers, excluded procedures left out), and which months they were.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pace {
    months: Vec<Month>,
    rate: ExactRate,
}

impl Pace {
    /// The pace of `measure` over the last up-to-three entries of `history` (whether or not
    /// they are consecutive). `None` without entries, when they hold no dossiers, or for
    /// full-process when one of those months does not give that count.
    pub fn from_history(history: &History, measure: Measure) -> Option<Pace> {
        Pace::from_entries(history.last_entries(PACE_MONTHS), measure)
    }

    /// The pace of `measure` over exactly these entries.
    pub fn from_entries(entries: &[MonthEntry], measure: Measure) -> Option<Pace> {
        let mut part: u128 = 0;
        let mut total: u128 = 0;
        for entry in entries {
            let counted = entry.counted();
            part += u128::from(measured(&counted, measure)?);
            total += u128::from(counted.total().get());
        }
        Some(Pace {
            months: entries.iter().map(MonthEntry::month).collect(),
            rate: ExactRate::new(part, total)?,
        })
    }

    /// The months the pace was taken over, earliest first (say them in the UI).
    pub fn months(&self) -> &[Month] {
        &self.months
    }

    /// The share over those months.
    pub fn rate(&self) -> ExactRate {
        self.rate
    }
}

/// The counted dossiers meeting `measure`; `None` for full-process when not given.
fn measured(counts: &Counts, measure: Measure) -> Option<u64> {
    match measure {
        Measure::Online => Some(counts.online().get()),
        Measure::FullOnline => counts.full_online().map(Count::get),
    }
}

/// The rate at the assessment if the expected dossiers follow the pace:
/// `(o + pace·E) / (t + E)`, exact. `None` when `t + E = 0` (or, beyond any real count,
/// when the fraction outgrows [`ExactRate::MAX_DEN`]).
pub fn rate_at_pace(part: u64, total: u64, expected: u64, pace: ExactRate) -> Option<ExactRate> {
    let (o, t, e) = (
        u128::from(part.min(total)),
        u128::from(total),
        u128::from(expected),
    );
    let (pace_num, pace_den) = pace.fraction();
    let num = o
        .checked_mul(pace_den)?
        .checked_add(pace_num.checked_mul(e)?)?;
    let den = (t + e).checked_mul(pace_den)?;
    ExactRate::new(num, den)
}

/// One threshold's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThresholdOutlook {
    pub threshold: Percent,
    pub outlook: Outlook,
    /// Whether the rate at the pace meets the threshold; `None` without a pace.
    pub met_at_pace: Option<bool>,
}

/// Everything the "looking ahead" panel shows for one measure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Projection {
    pub measure: Measure,
    /// `E`, the dossiers expected before the assessment.
    pub expected: u64,
    pub pace: Option<Pace>,
    /// The rate at the assessment at the pace; `None` without a pace or any dossier.
    pub at_pace: Option<ExactRate>,
    /// One answer per threshold, in the order given.
    pub thresholds: Vec<ThresholdOutlook>,
}

/// Looks ahead for every threshold of a tier list: `counts` so far (the period's counted
/// dossiers), `expected` more to come, the pace (if known) and the thresholds for `measure`.
/// `None` for full-process when the counts do not give it.
pub fn project(
    counts: &Counts,
    measure: Measure,
    expected: u64,
    pace: Option<Pace>,
    thresholds: &[Percent],
) -> Option<Projection> {
    let part = measured(counts, measure)?;
    let total = counts.total().get();
    let at_pace = pace
        .as_ref()
        .and_then(|p| rate_at_pace(part, total, expected, p.rate()));
    let thresholds = thresholds
        .iter()
        .map(|&threshold| ThresholdOutlook {
            threshold,
            outlook: required_share(part, total, expected, threshold),
            met_at_pace: at_pace.map(|r| r.meets(threshold)),
        })
        .collect();
    Some(Projection {
        measure,
        expected,
        pace,
        at_pace,
        thresholds,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::history::calendar::parse_date;
    use crate::core::history::month_entry::MonthFigures;
    use crate::core::num::percent::parse_percent;
    use crate::core::testing::{c, mo};
    use proptest::prelude::*;

    fn share(outlook: Outlook) -> RequiredShare {
        match outlook {
            Outlook::Required(s) => s,
            other => panic!("expected a required share, got {other:?}"),
        }
    }

    fn entry(month: &str, total: u64, online: u64, full: Option<u64>) -> MonthEntry {
        let mut f = MonthFigures::new(mo(month), c(total), c(online));
        f.full_online = full.map(c);
        MonthEntry::new(f).unwrap()
    }

    #[test]
    fn worked_example_of_the_required_share() {
        // 250 of 1.000 online, 400 more expected, 50 %: (0,5·1.400 − 250) / 400 = 1,125.
        assert_eq!(
            required_share(250, 1_000, 400, Percent::whole(50)),
            Outlook::Unreachable
        );
        // 30 %: (420 − 250) / 400 = 0,425 → 42,50 %, 170 of them online.
        let s = share(required_share(250, 1_000, 400, Percent::whole(30)));
        assert_eq!(s.text_vi(), "42,50 %");
        assert_eq!(s.data_value(), "42.50");
        assert_eq!(s.online_needed(), 170);
        // 20 %: 0,2·1.400 = 280 > 250, so (280 − 250) / 400 = 7,5 %.
        let s = share(required_share(250, 1_000, 400, Percent::whole(20)));
        assert_eq!(s.text_vi(), "7,50 %");
        // 17 %: 0,17·1.400 = 238 ≤ 250: safe even with none online.
        assert_eq!(
            required_share(250, 1_000, 400, Percent::whole(17)),
            Outlook::AlreadySafe
        );
        // Exactly all of them: s = 1 is still reachable.
        let s = share(required_share(0, 100, 100, Percent::whole(50)));
        assert_eq!((s.text_vi(), s.online_needed()), ("100,00 %".into(), 100));
    }

    #[test]
    fn the_required_share_is_rounded_up_never_down() {
        // Nothing so far, 3 expected, 33,34 %: s = 0,3334 exactly.
        let s = share(required_share(0, 0, 3, parse_percent("33,34").unwrap()));
        assert_eq!(s.fraction(), (3_334 * 3, 10_000 * 3));
        assert_eq!(s.text_vi(), "33,34 %");
        let s = share(required_share(2, 7, 3, Percent::whole(30)));
        // (0,3·10 − 2) / 3 = 1/3 → 33,34 % (33,333… rounded up), 1 dossier.
        assert_eq!(s.text_vi(), "33,34 %");
        assert_eq!(s.data_value(), "33.34");
        assert_eq!(s.online_needed(), 1);
        // 67,5 % needed exactly shows 67,50 %.
        let s = share(required_share(0, 0, 40, parse_percent("67,5").unwrap()));
        assert_eq!(s.text_vi(), "67,50 %");
        assert_eq!(s.data_value(), "67.50");
    }

    #[test]
    fn nothing_expected_is_decided_by_the_rate_so_far() {
        // (online so far, all so far, expected, target %) → outlook.
        let cases = [
            ((30, 100, 0, 30), Outlook::AlreadySafe),
            ((29, 100, 0, 30), Outlook::Unreachable),
            ((0, 0, 0, 30), Outlook::NoDossiers),
            ((0, 0, 10, 0), Outlook::AlreadySafe),
            // A 100 % target with one dossier short can never be reached.
            ((99, 100, 1_000, 100), Outlook::Unreachable),
        ];
        for ((online, all, expected, target), outlook) in cases {
            assert_eq!(
                required_share(online, all, expected, Percent::whole(target)),
                outlook,
                "{online}/{all} + {expected} at {target} %"
            );
        }
        // Nothing so far: the expected dossiers alone must reach the target.
        let s = share(required_share(0, 0, 10, Percent::whole(30)));
        assert_eq!((s.text_vi(), s.online_needed()), ("30,00 %".into(), 3));
    }

    #[test]
    fn remaining_months_run_from_after_the_last_entry_to_the_assessment_month() {
        let d = |t: &str| parse_date(t).unwrap();
        let year = Period::qd817_year(2024).unwrap(); // 01/12/2023 – 30/11/2024
        assert_eq!(remaining_months(&year, Some(mo("05/2024"))), 6); // 06–11
        assert_eq!(remaining_months(&year, None), 12);
        assert_eq!(remaining_months(&year, Some(mo("11/2024"))), 0);
        assert_eq!(remaining_months(&year, Some(mo("03/2025"))), 0);
        // An entry before the period: the period's own months remain.
        assert_eq!(remaining_months(&year, Some(mo("06/2023"))), 12);
        // Assessed on 22/08/2024: June, July and August remain (August counted whole).
        let assessed = year.with_assessment(Some(d("22/08/2024"))).unwrap();
        assert_eq!(remaining_months(&assessed, Some(mo("05/2024"))), 3);
        // Assessed after the period's end: months after 30/11 never count.
        let late = year.with_assessment(Some(d("15/12/2024"))).unwrap();
        assert_eq!(remaining_months(&late, Some(mo("05/2024"))), 6);
        assert_eq!(expected_dossiers(c(250), 6), 1_500);
        assert_eq!(expected_dossiers(c(250), 0), 0);
        let per_month = Expected::PerMonth { per_month: c(250) };
        assert_eq!(per_month.dossiers(6), 1_500);
        assert_eq!(Expected::Total { total: c(700) }.dossiers(6), 700);
        let json = serde_json::to_string(&per_month).unwrap();
        assert_eq!(json, r#"{"type":"per_month","per_month":250}"#);
        assert_eq!(serde_json::from_str::<Expected>(&json).unwrap(), per_month);
    }

    #[test]
    fn the_pace_is_the_last_three_months_with_entries() {
        let h = History::from_entries(vec![
            entry("01/2024", 100, 0, None),
            entry("02/2024", 100, 10, Some(5)),
            entry("04/2024", 100, 20, Some(10)),
            entry("05/2024", 200, 90, Some(30)),
        ])
        .unwrap();
        let pace = Pace::from_history(&h, Measure::Online).unwrap();
        assert_eq!(
            pace.months(),
            &[mo("02/2024"), mo("04/2024"), mo("05/2024")]
        );
        // 120 of 400.
        assert_eq!(pace.rate().fraction(), (120, 400));
        assert_eq!(pace.rate().text_vi(&[]), "30,00 %");
        let full = Pace::from_history(&h, Measure::FullOnline).unwrap();
        assert_eq!(full.rate().fraction(), (45, 400));
        let short = History::from_entries(vec![entry("01/2024", 100, 0, None)]).unwrap();
        assert_eq!(Pace::from_history(&short, Measure::FullOnline), None);
        assert_eq!(Pace::from_history(&History::new(), Measure::Online), None);
        let empty = History::from_entries(vec![entry("01/2024", 0, 0, None)]).unwrap();
        assert_eq!(Pace::from_history(&empty, Measure::Online), None);
    }

    #[test]
    fn the_rate_at_the_pace_is_exact_and_shown_honestly() {
        // 250 of 1.000, 600 more at 30 %: (250 + 180) / 1.600 = 26,875 % → 26,88 %.
        let pace = ExactRate::new(3, 10).unwrap();
        let r = rate_at_pace(250, 1_000, 600, pace).unwrap();
        assert_eq!(r.text_vi(&[]), "26,88 %");
        assert_eq!(r.data_value(&[]), "26.88");
        assert!(!r.meets(Percent::whole(30)));
        // 5.999 of 20.000 with nothing expected: 29,995 % is shown 29,99 % next to 30 %.
        let r = rate_at_pace(5_999, 20_000, 0, pace).unwrap();
        assert_eq!(r.text_vi(&[Percent::whole(30)]), "29,99 %");
        assert_eq!(r.data_value(&[Percent::whole(30)]), "29.99");
        assert_eq!(r.text_vi(&[]), "30,00 %");
        assert_eq!(rate_at_pace(0, 0, 0, pace), None);
        // Beyond any real count: refused, never overflowing.
        let huge = ExactRate::new(1, ExactRate::MAX_DEN).unwrap();
        assert_eq!(rate_at_pace(1, 1, u64::MAX, huge), None);
        assert_eq!(ExactRate::new(1, ExactRate::MAX_DEN + 1), None);
        assert_eq!(ExactRate::new(2, 1), None);
    }

    #[test]
    fn a_projection_answers_every_threshold() {
        let h = History::from_entries(vec![
            entry("03/2024", 100, 30, None),
            entry("04/2024", 100, 40, None),
            entry("05/2024", 100, 50, None),
        ])
        .unwrap();
        let period = Period::qd817_year(2024).unwrap();
        let totals = h.totals(&period).unwrap();
        let months = remaining_months(&period, h.last_month());
        assert_eq!(months, 6);
        let e = expected_dossiers(c(100), months);
        let pace = Pace::from_history(&h, Measure::Online);
        let thresholds = [Percent::whole(30), Percent::whole(50)];
        let p = project(&totals.counts, Measure::Online, e, pace, &thresholds).unwrap();
        // 120 of 300 so far, 600 expected at 40 %: (120 + 240) / 900 = 40 %.
        assert_eq!(p.at_pace.unwrap().text_vi(&thresholds), "40,00 %");
        assert_eq!(p.thresholds[0].met_at_pace, Some(true));
        // 30 %: 0,3·900 = 270 > 120 → (270 − 120) / 600 = 25 %.
        assert_eq!(share(p.thresholds[0].outlook).text_vi(), "25,00 %");
        // 50 %: (450 − 120) / 600 = 55 %.
        assert_eq!(share(p.thresholds[1].outlook).text_vi(), "55,00 %");
        assert_eq!(p.thresholds[1].met_at_pace, Some(false));
        assert!(project(&totals.counts, Measure::FullOnline, e, None, &thresholds).is_none());
    }

    proptest! {
        #[test]
        fn the_required_share_is_exactly_the_boundary(
            t in 0u64..=Count::MAX,
            a in 0.0f64..=1.0,
            e in 0u64..=Count::MAX,
            h in 0u32..=10_000,
        ) {
            let o = (((t as f64) * a) as u64).min(t);
            let p = Percent::from_hundredths(h).unwrap();
            let (pn, pd) = p.fraction();
            let (o128, t128, e128) = (u128::from(o), u128::from(t), u128::from(e));
            // Does the target hold with x of the E expected dossiers online?
            let holds = |x: u128| (o128 + x) * pd >= pn * (t128 + e128);
            match required_share(o, t, e, p) {
                Outlook::NoDossiers => prop_assert!(t == 0 && e == 0),
                Outlook::AlreadySafe => prop_assert!(holds(0)),
                Outlook::Unreachable => prop_assert!(!holds(e128)),
                Outlook::Required(s) => {
                    let x = u128::from(s.online_needed());
                    prop_assert!(x >= 1 && x <= e128);
                    prop_assert!(holds(x));
                    prop_assert!(!holds(x - 1));
                    // The share shown is never below the share needed.
                    let (num, den) = s.fraction();
                    prop_assert!(u128::from(s.hundredths_up()) * den >= num * 10_000);
                    prop_assert!(u128::from(s.hundredths_up()) * den < (num + den) * 10_000);
                    prop_assert!(s.hundredths_up() <= 10_000);
                }
            }
        }

        #[test]
        fn the_rate_at_the_pace_lies_between_now_and_the_pace(
            t in 1u64..=Count::MAX,
            a in 0.0f64..=1.0,
            e in 0u64..=Count::MAX,
            pn in 0u128..=3_000_000_000,
            extra in 0u128..=3_000_000_000,
        ) {
            let o = (((t as f64) * a) as u64).min(t);
            let pace = ExactRate::new(pn, pn + extra + 1).unwrap();
            let r = rate_at_pace(o, t, e, pace).unwrap();
            let (rn, rd) = r.fraction();
            let (qn, qd) = pace.fraction();
            let (o, t) = (u128::from(o), u128::from(t));
            let lo_now = rn * t >= o * rd;
            let lo_pace = rn * qd >= qn * rd;
            // The mix is at least the lower and at most the higher of the two rates.
            prop_assert!(lo_now || lo_pace);
            prop_assert!(rn * t <= o * rd || rn * qd <= qn * rd);
            prop_assert!(r.display_hundredths(&[]) <= 10_000);
        }
    }
}
