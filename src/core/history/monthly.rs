//! One unit's figures month by month ([`History`]), and what a measurement period adds up
//! to: the counted dossiers (excluded ones left out, [`PeriodTotals`]), and the monthly and
//! cumulative rates for a chart ([`SeriesPoint`], [`chart_hundredths`]).

use super::calendar::Month;
use crate::core::num::count::Count;
use crate::core::num::counts::Counts;
use crate::core::num::percent::Percent;
use crate::core::num::rate::Rate;
use serde::{Deserialize, Serialize};

use super::month_entry::MonthEntry;
use super::period::{Period, PeriodMonth};

/// Why a list of entries is not a history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryError {
    /// Two entries for the same month.
    DuplicateMonth(Month),
}

impl std::fmt::Display for HistoryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            HistoryError::DuplicateMonth(m) => write!(f, "two entries for {m}"),
        }
    }
}

/// One unit's months: sorted by month, at most one entry per month.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Vec<MonthEntry>", into = "Vec<MonthEntry>")]
pub struct History {
    entries: Vec<MonthEntry>,
}

impl TryFrom<Vec<MonthEntry>> for History {
    type Error = HistoryError;
    fn try_from(entries: Vec<MonthEntry>) -> Result<Self, Self::Error> {
        History::from_entries(entries)
    }
}

impl From<History> for Vec<MonthEntry> {
    fn from(h: History) -> Vec<MonthEntry> {
        h.entries
    }
}

impl History {
    pub fn new() -> History {
        History::default()
    }

    /// A history of `entries` in any order; two entries for one month are an error.
    pub fn from_entries(mut entries: Vec<MonthEntry>) -> Result<History, HistoryError> {
        entries.sort_by_key(MonthEntry::month);
        let duplicate = entries.windows(2).find_map(|pair| match pair {
            [a, b] if a.month() == b.month() => Some(a.month()),
            _ => None,
        });
        if let Some(month) = duplicate {
            return Err(HistoryError::DuplicateMonth(month));
        }
        Ok(History { entries })
    }

    /// The entries, earliest month first.
    pub fn entries(&self) -> &[MonthEntry] {
        &self.entries
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn get(&self, month: Month) -> Option<&MonthEntry> {
        self.entries
            .binary_search_by_key(&month, MonthEntry::month)
            .ok()
            .and_then(|i| self.entries.get(i))
    }

    /// Adds the entry, or replaces the one of its month; gives back the replaced one.
    pub fn upsert(&mut self, entry: MonthEntry) -> Option<MonthEntry> {
        match self
            .entries
            .binary_search_by_key(&entry.month(), MonthEntry::month)
        {
            Ok(i) => self
                .entries
                .get_mut(i)
                .map(|slot| std::mem::replace(slot, entry)),
            Err(i) => {
                self.entries.insert(i, entry);
                None
            }
        }
    }

    /// Removes the entry of `month`, if any, and gives it back.
    pub fn remove(&mut self, month: Month) -> Option<MonthEntry> {
        let i = self
            .entries
            .binary_search_by_key(&month, MonthEntry::month)
            .ok()?;
        Some(self.entries.remove(i))
    }

    /// The latest month with an entry.
    pub fn last_month(&self) -> Option<Month> {
        self.entries.last().map(MonthEntry::month)
    }

    /// The latest `n` entries (fewer when there are fewer), earliest first.
    pub fn last_entries(&self, n: usize) -> &[MonthEntry] {
        let start = self.entries.len().saturating_sub(n);
        self.entries.get(start..).unwrap_or(&[])
    }

    /// The entries of months that overlap `period`, earliest first.
    pub fn in_period<'a>(&'a self, period: &Period) -> impl Iterator<Item = &'a MonthEntry> {
        let (first, last) = (period.from().month_of(), period.to().month_of());
        self.entries
            .iter()
            .filter(move |e| e.month() >= first && e.month() <= last)
    }

    /// What `period` adds up to: the counted dossiers of every month with an entry that
    /// overlaps the period. A month only partly inside the period is included whole and
    /// listed in [`PeriodTotals::partial`]: its entry should count only the period's days.
    pub fn totals(&self, period: &Period) -> Result<PeriodTotals, AggregateError> {
        let mut t: u64 = 0;
        let mut o: u64 = 0;
        let mut f: Option<u64> = Some(0);
        let mut excluded_total: u64 = 0;
        let mut excluded_online: u64 = 0;
        let mut months = Vec::new();
        for entry in self.in_period(period) {
            let c = entry.counted();
            t += c.total().get();
            o += c.online().get();
            f = f.zip(c.full_online()).map(|(a, b)| a + b.get());
            excluded_total += entry.figures().excluded_total.get();
            excluded_online += entry.figures().excluded_online.get();
            months.push(entry.month());
        }
        let count = |n: u64| Count::new(n).ok_or(AggregateError::TooLarge);
        let full = if months.is_empty() { None } else { f };
        let counts = Counts::new(count(t)?, count(o)?, full.map(count).transpose()?)
            .map_err(|_| AggregateError::TooLarge)?;
        let spans = period.months();
        let partial = spans
            .iter()
            .filter(|s| s.is_partial() && months.contains(&s.month))
            .copied()
            .collect();
        let missing = match months.last() {
            Some(&last) => spans
                .iter()
                .map(|s| s.month)
                .filter(|m| *m <= last && !months.contains(m))
                .collect(),
            None => Vec::new(),
        };
        Ok(PeriodTotals {
            counts,
            excluded_total,
            excluded_online,
            months,
            partial,
            missing,
        })
    }

    /// One point per month of `period` that has an entry: the month's own rate and the rate
    /// of the period so far (excluded dossiers left out of both).
    pub fn series(&self, period: &Period) -> Vec<SeriesPoint> {
        let spans = period.months();
        let mut so_far_t: u64 = 0;
        let mut so_far_o: u64 = 0;
        self.in_period(period)
            .map(|entry| {
                let counted = entry.counted();
                so_far_t += counted.total().get();
                so_far_o += counted.online().get();
                let cumulative = match (Count::new(so_far_o), Count::new(so_far_t)) {
                    (Some(o), Some(t)) => Rate::of(o, t),
                    _ => None,
                };
                SeriesPoint {
                    month: entry.month(),
                    partial: spans
                        .iter()
                        .any(|s| s.month == entry.month() && s.is_partial()),
                    counted,
                    monthly: Rate::of(counted.online(), counted.total()),
                    cumulative,
                }
            })
            .collect()
    }
}

/// The sums overflowed [`Count::MAX`] (more than 10^9 dossiers in the period).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AggregateError {
    TooLarge,
}

/// What a period adds up to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodTotals {
    /// Counted dossiers, excluded procedures left out. The full-process count is known only
    /// when every month used gives it.
    pub counts: Counts,
    /// Dossiers of excluded procedures, left out of `counts`.
    pub excluded_total: u64,
    pub excluded_online: u64,
    /// The months whose entries were added, earliest first.
    pub months: Vec<Month>,
    /// Of those, the months only partly inside the period, with the days that count: the UI
    /// asks that their entries count only those days ("tháng 05/2024: chỉ tính hồ sơ đến
    /// ngày 22/05/2024").
    pub partial: Vec<PeriodMonth>,
    /// Months of the period, up to the latest month used, that have no entry.
    pub missing: Vec<Month>,
}

impl PeriodTotals {
    /// Online ÷ all counted dossiers; `None` with no dossiers.
    pub fn online_rate(&self) -> Option<Rate> {
        Rate::of(self.counts.online(), self.counts.total())
    }

    /// Full-process ÷ all counted dossiers; `None` with no dossiers or no full-process count.
    pub fn full_rate(&self) -> Option<Rate> {
        self.counts
            .full_online()
            .and_then(|f| Rate::of(f, self.counts.total()))
    }
}

/// A month's point of a chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeriesPoint {
    pub month: Month,
    /// The month is only partly inside the period.
    pub partial: bool,
    /// The month's counted dossiers.
    pub counted: Counts,
    /// The month's own online rate; `None` in a month without dossiers.
    pub monthly: Option<Rate>,
    /// The online rate from the period's start to this month's end.
    pub cumulative: Option<Rate>,
}

/// A rate as a whole number of hundredths of a percent (0–10 000), for drawing: rounded
/// half up, but never drawn at or above a threshold it misses (see
/// [`Rate::display_hundredths`]).
pub fn chart_hundredths(rate: Option<Rate>, thresholds: &[Percent]) -> Option<u32> {
    rate.map(|r| u32::try_from(r.display_hundredths(thresholds)).unwrap_or(10_000))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::history::month_entry::MonthFigures;
    use crate::core::testing::{c, day, mo};
    use proptest::prelude::*;

    fn entry(month: &str, total: u64, online: u64) -> MonthEntry {
        MonthEntry::new(MonthFigures::new(mo(month), c(total), c(online))).unwrap()
    }

    #[test]
    fn a_history_keeps_one_entry_per_month_in_order() {
        let mut h = History::new();
        assert_eq!(h.upsert(entry("03/2024", 10, 5)), None);
        assert_eq!(h.upsert(entry("01/2024", 10, 1)), None);
        assert_eq!(h.upsert(entry("02/2024", 10, 2)), None);
        let replaced = h.upsert(entry("03/2024", 10, 3));
        assert_eq!(replaced, Some(entry("03/2024", 10, 5)));
        let months: Vec<String> = h.entries().iter().map(|e| e.month().to_string()).collect();
        assert_eq!(months, ["01/2024", "02/2024", "03/2024"]);
        assert_eq!(h.get(mo("03/2024")), Some(&entry("03/2024", 10, 3)));
        assert_eq!(h.remove(mo("02/2024")), Some(entry("02/2024", 10, 2)));
        assert_eq!(h.remove(mo("02/2024")), None);
        assert_eq!(h.last_month(), Some(mo("03/2024")));
        assert_eq!(h.last_entries(5).len(), 2);
        assert_eq!(
            History::from_entries(vec![entry("01/2024", 1, 1), entry("01/2024", 2, 1)]),
            Err(HistoryError::DuplicateMonth(mo("01/2024")))
        );
    }

    #[test]
    fn a_period_ending_mid_month_reports_that_month_as_partial() {
        // Công văn 1598/STTTT-CNTTBCVT measures 01/01/2024 to 22/05/2024.
        let p = Period::new(day("01/01/2024"), day("22/05/2024")).unwrap();
        let h = History::from_entries(vec![
            entry("12/2023", 1_000, 1_000),
            entry("01/2024", 100, 30),
            entry("02/2024", 100, 40),
            entry("04/2024", 100, 20),
            entry("05/2024", 70, 35),
            entry("06/2024", 1_000, 0),
        ])
        .unwrap();
        let totals = h.totals(&p).unwrap();
        assert_eq!(totals.counts.total(), c(370));
        assert_eq!(totals.counts.online(), c(125));
        assert_eq!(totals.months.len(), 4);
        assert_eq!(totals.missing, vec![mo("03/2024")]);
        assert_eq!(totals.partial.len(), 1);
        let may = totals.partial[0];
        assert_eq!(may.month, mo("05/2024"));
        assert_eq!(
            (may.first, may.last),
            (day("01/05/2024"), day("22/05/2024"))
        );
        assert_eq!(totals.online_rate().unwrap().format(&[]), "33,78 %");
        assert_eq!(totals.full_rate(), None);
    }

    #[test]
    fn an_empty_period_has_no_rate() {
        let p = Period::quarter(2024, 1).unwrap();
        let totals = History::new().totals(&p).unwrap();
        assert_eq!(totals.online_rate(), None);
        assert!(totals.missing.is_empty());
        assert!(History::new().series(&p).is_empty());
    }

    #[test]
    fn full_process_is_known_only_when_every_month_gives_it() {
        let mut a = MonthFigures::new(mo("01/2024"), c(100), c(60));
        a.full_online = Some(c(50));
        let mut b = MonthFigures::new(mo("02/2024"), c(100), c(80));
        b.full_online = Some(c(70));
        let p = Period::quarter(2024, 1).unwrap();
        let both = History::from_entries(vec![
            MonthEntry::new(a).unwrap(),
            MonthEntry::new(b).unwrap(),
        ])
        .unwrap();
        assert_eq!(both.totals(&p).unwrap().counts.full_online(), Some(c(120)));
        b.full_online = None;
        let one = History::from_entries(vec![
            MonthEntry::new(a).unwrap(),
            MonthEntry::new(b).unwrap(),
        ])
        .unwrap();
        assert_eq!(one.totals(&p).unwrap().counts.full_online(), None);
    }

    #[test]
    fn series_gives_monthly_and_cumulative_rates() {
        let p = Period::quarter(2024, 1).unwrap();
        let h = History::from_entries(vec![
            entry("01/2024", 100, 20),
            entry("02/2024", 0, 0),
            entry("03/2024", 300, 180),
        ])
        .unwrap();
        let s = h.series(&p);
        let shown = |r: Option<Rate>| r.map(|r| r.format(&[]));
        assert_eq!(shown(s[0].monthly).as_deref(), Some("20,00 %"));
        assert_eq!(shown(s[1].monthly), None);
        assert_eq!(shown(s[1].cumulative).as_deref(), Some("20,00 %"));
        assert_eq!(shown(s[2].monthly).as_deref(), Some("60,00 %"));
        assert_eq!(shown(s[2].cumulative).as_deref(), Some("50,00 %"));
        assert_eq!(chart_hundredths(s[2].cumulative, &[]), Some(5_000));
        assert!(s.iter().all(|x| !x.partial));
        // 5.999 of 20.000 is drawn below a 30 % line, never on it.
        let r = Rate::of(c(5_999), c(20_000));
        assert_eq!(chart_hundredths(r, &[Percent::whole(30)]), Some(2_999));
        assert_eq!(chart_hundredths(r, &[]), Some(3_000));
    }

    #[test]
    fn stored_histories_are_checked() {
        let h = History::from_entries(vec![entry("01/2024", 100, 20)]).unwrap();
        let json = serde_json::to_string(&h).unwrap();
        assert_eq!(serde_json::from_str::<History>(&json).unwrap(), h);
        let bad = r#"[{"month":"2024-01","total":10,"online":11}]"#;
        assert!(serde_json::from_str::<History>(bad).is_err());
        let twice = r#"[{"month":"2024-01","total":10,"online":1},
                       {"month":"2024-01","total":10,"online":2}]"#;
        assert!(serde_json::from_str::<History>(twice).is_err());
        let period = Period::new(day("01/01/2024"), day("22/05/2024")).unwrap();
        let json = serde_json::to_string(&period).unwrap();
        assert_eq!(serde_json::from_str::<Period>(&json).unwrap(), period);
        let backwards = r#"{"from":"2024-05-22","to":"2024-01-01"}"#;
        assert!(serde_json::from_str::<Period>(backwards).is_err());
    }

    proptest! {
        #[test]
        fn totals_are_the_sum_of_the_months(
            months in proptest::collection::vec((1u8..=12, 0u64..=50_000, 0.0f64..=1.0), 0..20),
        ) {
            let mut h = History::new();
            for (m, t, share) in &months {
                let o = ((*t as f64) * share) as u64;
                h.upsert(MonthEntry::new(MonthFigures::new(
                    Month::new(2024, *m).unwrap(), c(*t), c(o.min(*t)),
                )).unwrap());
            }
            prop_assert!(h.entries().windows(2).all(|w| w[0].month() < w[1].month()));
            let p = Period::calendar_year(2024).unwrap();
            let totals = h.totals(&p).unwrap();
            let sum: u64 = h.entries().iter().map(|e| e.counted().total().get()).sum();
            prop_assert_eq!(totals.counts.total().get(), sum);
            let series = h.series(&p);
            prop_assert_eq!(series.len(), h.len());
            if let Some(last) = series.last() {
                prop_assert_eq!(last.cumulative, totals.online_rate());
            }
        }
    }
}
