//! What the report shows, computed from each unit's months: one line per unit, the
//! thresholds, and the helpers that turn values into text.

use crate::core::history::calendar::{Date, Month};
use crate::core::history::month_entry::{MonthEntry, MonthFigures};
use crate::core::history::period::Period;
use crate::core::num::count::Count;
use crate::core::num::percent::Percent;
use crate::core::num::rate::Rate;
use crate::core::reports::report::{
    level_totals, rank, sum, End, Level, LevelTotals, Metric, MetricValue, ReportError,
    ReportFigures, ReportRow,
};
use crate::core::rules::rule_set::RuleSet;
use crate::core::rules::tier::Tier;
use crate::core::stored::history_record::UnitHistory;
use crate::core::table::unit::UnitKind;

/// One unit of the report.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Line {
    pub(super) name: String,
    pub(super) level: Option<Level>,
    /// The first and last month used.
    pub(super) months: Option<(Month, Month)>,
    /// The unit's period, when it has one.
    pub(super) period: Option<Period>,
    /// Counted dossiers and online ones (the NTM criterion, exclusions left out).
    pub(super) counted: Option<(u64, u64)>,
    pub(super) rate: Option<Rate>,
    pub(super) row: Option<ReportRow>,
    pub(super) problem: Option<ReportError>,
}

impl Line {
    pub(super) fn metric(&self, metric: Metric) -> Option<MetricValue> {
        self.row.as_ref().and_then(|r| r.metric(metric))
    }
}

/// The sum of `get` over every month; `None` when a month lacks it or past [`Count::MAX`].
pub(super) fn sum_months(
    entries: &[&MonthEntry],
    get: impl Fn(&MonthFigures) -> Option<Count>,
) -> Option<Count> {
    if entries.is_empty() {
        return None;
    }
    let mut acc: u64 = 0;
    for entry in entries {
        acc = acc.checked_add(get(entry.figures())?.get())?;
    }
    Count::new(acc)
}

pub(super) fn report_figures(entries: &[&MonthEntry]) -> ReportFigures {
    ReportFigures {
        received_online: sum_months(entries, |f| Some(f.online)),
        received_in_person: sum_months(entries, |f| f.in_person),
        carried_over: entries.first().and_then(|e| e.figures().carried_over),
        early: sum_months(entries, |f| f.early),
        on_time: sum_months(entries, |f| f.on_time),
        late: sum_months(entries, |f| f.late),
        postal: sum_months(entries, |f| f.postal),
        ..ReportFigures::default()
    }
}

pub(super) fn unit_line(unit: &UnitHistory, unnamed: &str) -> Line {
    let name = if unit.name.trim().is_empty() {
        unnamed.to_owned()
    } else {
        unit.name.trim().to_owned()
    };
    let kind = unit.kind.unwrap_or_else(|| UnitKind::from_name(&unit.name));
    let level = Level::of_kind(kind);
    let entries: Vec<&MonthEntry> = match &unit.period {
        Some(p) => unit.history.in_period(p).collect(),
        None => unit.history.entries().iter().collect(),
    };
    let months = entries
        .first()
        .zip(entries.last())
        .map(|(a, b)| (a.month(), b.month()));
    let span = unit
        .period
        .or_else(|| months.and_then(|(a, b)| Period::new(a.first_day(), b.last_day()).ok()));
    let totals = span
        .and_then(|p| unit.history.totals(&p).ok())
        .filter(|t| !t.months.is_empty());
    let counted = totals
        .as_ref()
        .map(|t| (t.counts.total().get(), t.counts.online().get()));
    let rate = totals.as_ref().and_then(|t| t.online_rate());
    let figures = report_figures(&entries);
    let as_level = level.unwrap_or(Level::Commune);
    let (row, problem) = match ReportRow::new(&name, as_level, figures) {
        Ok(row) => (Some(row), None),
        Err(problem) => {
            let without_carried = ReportFigures {
                carried_over: None,
                ..figures
            };
            let only_online = ReportFigures {
                received_online: figures.received_online,
                ..ReportFigures::default()
            };
            let row = ReportRow::new(&name, as_level, without_carried)
                .or_else(|_| ReportRow::new(&name, as_level, only_online))
                .ok();
            (row, Some(problem))
        }
    };
    Line {
        name,
        level,
        months: if entries.is_empty() { None } else { months },
        period: unit.period,
        counted,
        rate,
        row,
        problem,
    }
}

/// The online-rate thresholds of the tiers, lowest first, one per distinct rate (kiểu mẫu's
/// 50 % online is nâng cao's).
pub(super) fn tier_thresholds(rules: &RuleSet) -> Vec<(Tier, Percent)> {
    let mut out: Vec<(Tier, Percent)> = Vec::new();
    for (tier, p) in rules.tier_minimums(None) {
        if !out.iter().any(|(_, q)| *q == p) {
            out.push((tier, p));
        }
    }
    out
}

/// Everything the report shows.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct ReportData {
    pub(super) lines: Vec<Line>,
    pub(super) thresholds: Vec<(Tier, Percent)>,
    /// The rule set the thresholds come from, and whether it replaced the active one.
    pub(super) rules: RuleSet,
    pub(super) fallback: bool,
}

impl ReportData {
    pub(super) fn percents(&self) -> Vec<Percent> {
        self.thresholds.iter().map(|(_, p)| *p).collect()
    }

    pub(super) fn rows(&self) -> Vec<ReportRow> {
        self.lines.iter().filter_map(|l| l.row.clone()).collect()
    }

    /// The rows and, for each, its line.
    pub(super) fn ranked(&self, metric: Metric, end: End, n: usize) -> Vec<(usize, MetricValue)> {
        let (rows, lines): (Vec<ReportRow>, Vec<usize>) = self
            .lines
            .iter()
            .enumerate()
            .filter_map(|(i, l)| l.row.clone().map(|r| (r, i)))
            .unzip();
        rank(&rows, metric, end, n)
            .into_iter()
            .filter_map(|r| lines.get(r.index).map(|&i| (i, r.value)))
            .collect()
    }

    pub(super) fn overall(&self) -> LevelTotals {
        let rows = self.rows();
        LevelTotals {
            level: Level::Commune,
            units: rows.len(),
            figures: sum(rows.iter()),
        }
    }

    /// Biểu 4: the totals of each level that has units, and how many units have no level.
    pub(super) fn levels(&self) -> (Vec<LevelTotals>, usize) {
        let rows: Vec<ReportRow> = self
            .lines
            .iter()
            .filter(|l| l.level.is_some())
            .filter_map(|l| l.row.clone())
            .collect();
        let others = self.lines.iter().filter(|l| l.level.is_none()).count();
        (level_totals(&rows), others)
    }

    /// Counted and online dossiers of every unit with months.
    pub(super) fn counted_total(&self) -> Option<(u64, u64)> {
        let mut any = false;
        let (mut t, mut o) = (0u64, 0u64);
        for (lt, lo) in self.lines.iter().filter_map(|l| l.counted) {
            any = true;
            t = t.checked_add(lt)?;
            o = o.checked_add(lo)?;
        }
        any.then_some((t, o))
    }

    /// The months the report covers: one shared period, or the first and last month used.
    pub(super) fn span(&self) -> Option<Span> {
        let used: Vec<&Line> = self.lines.iter().filter(|l| l.months.is_some()).collect();
        let first = used.first()?;
        if let Some(p) = first.period {
            if used.iter().all(|l| l.period == Some(p)) {
                return Some(Span::Period(p.from(), p.to()));
            }
        }
        let from = used.iter().filter_map(|l| l.months.map(|m| m.0)).min()?;
        let to = used.iter().filter_map(|l| l.months.map(|m| m.1)).max()?;
        Some(Span::Months(from, to))
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Span {
    Period(Date, Date),
    Months(Month, Month),
}

pub(super) fn rate_of(counted: Option<(u64, u64)>) -> Option<Rate> {
    let (t, o) = counted?;
    Rate::of(Count::new(o)?, Count::new(t)?)
}

pub(super) fn dash() -> String {
    "—".to_owned()
}

pub(super) fn value_text(value: Option<MetricValue>) -> String {
    value.map(MetricValue::text_vi).unwrap_or_else(dash)
}
