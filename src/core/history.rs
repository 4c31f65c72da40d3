//! One unit's figures month by month, the period a rate belongs to, and what a period adds
//! up to: the counted dossiers (excluded ones left out), and the monthly and cumulative
//! rates for a chart.
//!
//! Every month's figures are checked once, when an entry is built (from typed text by
//! [`MonthEntryForm::parse`], from stored data by serde, or by [`MonthEntry::new`]).

use super::count::{parse_count, parse_optional_count, Count, CountError};
use super::counts::Counts;
use super::month::{parse_month, Date, DateError, Month};
use super::number_vi::format_count;
use super::percent::Percent;
use super::rate::Rate;
use serde::{Deserialize, Serialize};

fn zero() -> Count {
    Count::ZERO
}

/// The figures of one month as given, before they are checked.
///
/// `total`, `online` and `full_online` are all the month's dossiers, excluded procedures
/// included; the `excluded_*` counts are the dossiers of procedures left out of the rate
/// (for instance procedures published online for the first time that year, seed 001), and
/// are subtracted when the rate is taken. The optional counts describe the month further
/// (seed 003's report) and never enter the rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthFigures {
    pub month: Month,
    /// All dossiers of the month (the rate's denominator before exclusions).
    pub total: Count,
    /// Online dossiers (hồ sơ trực tuyến).
    pub online: Count,
    /// Full-process online dossiers (toàn trình), when known; a part of `online`.
    #[serde(default)]
    pub full_online: Option<Count>,
    /// Dossiers of excluded procedures, a part of `total`.
    #[serde(default = "zero")]
    pub excluded_total: Count,
    /// Online dossiers of excluded procedures, a part of `excluded_total` and of `online`.
    #[serde(default = "zero")]
    pub excluded_online: Count,
    /// Full-process dossiers of excluded procedures, a part of `excluded_online` and of
    /// `full_online`. Must be 0 when `full_online` is not given.
    #[serde(default = "zero")]
    pub excluded_full_online: Count,
    /// Dossiers received in person; with `online` at most `total`.
    #[serde(default)]
    pub in_person: Option<Count>,
    /// Dossiers received or returned through the public postal service (BCCI). Not bounded
    /// by the other counts: one dossier may travel by post both ways.
    #[serde(default)]
    pub postal: Option<Count>,
    /// Dossiers resolved before the deadline.
    #[serde(default)]
    pub early: Option<Count>,
    /// Dossiers resolved on the deadline.
    #[serde(default)]
    pub on_time: Option<Count>,
    /// Dossiers resolved late.
    #[serde(default)]
    pub late: Option<Count>,
    /// Dossiers carried over from the month before, still to be processed.
    #[serde(default)]
    pub carried_over: Option<Count>,
}

impl MonthFigures {
    /// A month with only the required counts; nothing excluded, nothing optional given.
    pub fn new(month: Month, total: Count, online: Count) -> MonthFigures {
        MonthFigures {
            month,
            total,
            online,
            full_online: None,
            excluded_total: Count::ZERO,
            excluded_online: Count::ZERO,
            excluded_full_online: Count::ZERO,
            in_person: None,
            postal: None,
            early: None,
            on_time: None,
            late: None,
            carried_over: None,
        }
    }

    /// Every way in which these figures do not fit together; empty when they do.
    pub fn problems(&self) -> Vec<EntryError> {
        let n = |c: Count| c.get();
        let opt = |c: Option<Count>| c.map(Count::get);
        let (t, o) = (n(self.total), n(self.online));
        let (xt, xo, xf) = (
            n(self.excluded_total),
            n(self.excluded_online),
            n(self.excluded_full_online),
        );
        let f = opt(self.full_online);
        let mut problems = Vec::new();
        let mut flag = |broken: bool, error: EntryError| {
            if broken {
                problems.push(error);
            }
        };
        flag(o > t, EntryError::OnlineExceedsTotal);
        flag(f.is_some_and(|f| f > o), EntryError::FullExceedsOnline);
        flag(xt > t, EntryError::ExcludedExceedsTotal);
        flag(xo > o, EntryError::ExcludedOnlineExceedsOnline);
        flag(xo > xt, EntryError::ExcludedOnlineExceedsExcluded);
        // What is left must still be a rate: counted online ≤ counted total, that is the
        // excluded in-person dossiers are among the in-person ones.
        flag(
            o <= t && xo <= xt && xt - xo > t - o,
            EntryError::ExcludedInPersonExceedsInPerson,
        );
        flag(xf > f.unwrap_or(0), EntryError::ExcludedFullExceedsFull);
        flag(xf > xo, EntryError::ExcludedFullExceedsExcludedOnline);
        flag(
            f.is_some_and(|f| f >= xf && xo <= o && f - xf > o - xo),
            EntryError::CountedFullExceedsCountedOnline,
        );
        flag(
            opt(self.in_person).is_some_and(|p| o + p > t),
            EntryError::InPersonExceedsRest,
        );
        let resolved: Option<u64> = [self.early, self.on_time, self.late]
            .into_iter()
            .flatten()
            .map(Count::get)
            .reduce(|a, b| a + b);
        let to_process = t + opt(self.carried_over).unwrap_or(0);
        flag(
            resolved.is_some_and(|r| r > to_process),
            EntryError::ResolvedExceedsToProcess,
        );
        problems
    }
}

/// Why a month's figures do not fit together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryError {
    /// More online dossiers than dossiers.
    OnlineExceedsTotal,
    /// More full-process dossiers than online ones.
    FullExceedsOnline,
    /// More excluded dossiers than dossiers.
    ExcludedExceedsTotal,
    /// More excluded online dossiers than online dossiers.
    ExcludedOnlineExceedsOnline,
    /// More excluded online dossiers than excluded dossiers.
    ExcludedOnlineExceedsExcluded,
    /// More excluded in-person dossiers (excluded − excluded online) than in-person ones
    /// (total − online): the counted online dossiers would exceed the counted total.
    ExcludedInPersonExceedsInPerson,
    /// More excluded full-process dossiers than full-process ones (or any, when the
    /// full-process count is not given).
    ExcludedFullExceedsFull,
    /// More excluded full-process dossiers than excluded online ones.
    ExcludedFullExceedsExcludedOnline,
    /// Counted full-process dossiers (full − excluded full) exceed counted online ones
    /// (online − excluded online).
    CountedFullExceedsCountedOnline,
    /// Online plus in-person dossiers exceed all dossiers.
    InPersonExceedsRest,
    /// Early + on-time + late dossiers exceed the dossiers to process (total + carried over).
    ResolvedExceedsToProcess,
}

impl EntryError {
    /// The field the error is shown on: the one that breaks the order.
    pub fn field(self) -> EntryField {
        match self {
            EntryError::OnlineExceedsTotal => EntryField::Online,
            EntryError::FullExceedsOnline => EntryField::FullOnline,
            EntryError::ExcludedExceedsTotal | EntryError::ExcludedInPersonExceedsInPerson => {
                EntryField::ExcludedTotal
            }
            EntryError::ExcludedOnlineExceedsOnline | EntryError::ExcludedOnlineExceedsExcluded => {
                EntryField::ExcludedOnline
            }
            EntryError::ExcludedFullExceedsFull
            | EntryError::ExcludedFullExceedsExcludedOnline
            | EntryError::CountedFullExceedsCountedOnline => EntryField::ExcludedFullOnline,
            EntryError::InPersonExceedsRest => EntryField::InPerson,
            // Shown on the last of the three resolution fields.
            EntryError::ResolvedExceedsToProcess => EntryField::Late,
        }
    }
}

impl std::fmt::Display for EntryError {
    /// A technical description (logs, stored-data errors); the UI words its own.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            EntryError::OnlineExceedsTotal => "online > total",
            EntryError::FullExceedsOnline => "full-process > online",
            EntryError::ExcludedExceedsTotal => "excluded > total",
            EntryError::ExcludedOnlineExceedsOnline => "excluded online > online",
            EntryError::ExcludedOnlineExceedsExcluded => "excluded online > excluded",
            EntryError::ExcludedInPersonExceedsInPerson => "excluded in-person > in-person",
            EntryError::ExcludedFullExceedsFull => "excluded full-process > full-process",
            EntryError::ExcludedFullExceedsExcludedOnline => {
                "excluded full-process > excluded online"
            }
            EntryError::CountedFullExceedsCountedOnline => "counted full-process > counted online",
            EntryError::InPersonExceedsRest => "online + in-person > total",
            EntryError::ResolvedExceedsToProcess => "resolved > total + carried over",
        })
    }
}

/// One month of a unit, checked: every count fits the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "MonthFigures", into = "MonthFigures")]
pub struct MonthEntry {
    figures: MonthFigures,
    counted: Counts,
}

impl MonthEntry {
    /// Checks the figures; the first problem found is the error (see
    /// [`MonthFigures::problems`] for all of them).
    pub fn new(figures: MonthFigures) -> Result<MonthEntry, EntryError> {
        if let Some(&first) = figures.problems().first() {
            return Err(first);
        }
        let t = figures.total.get() - figures.excluded_total.get();
        let o = figures.online.get() - figures.excluded_online.get();
        let f = figures
            .full_online
            .map(|f| f.get() - figures.excluded_full_online.get());
        let count = |n: u64| Count::new(n).ok_or(EntryError::OnlineExceedsTotal);
        let counted = Counts::new(count(t)?, count(o)?, f.map(count).transpose()?)
            .map_err(|_| EntryError::CountedFullExceedsCountedOnline)?;
        Ok(MonthEntry { figures, counted })
    }

    pub fn month(&self) -> Month {
        self.figures.month
    }

    /// The figures as given.
    pub fn figures(&self) -> &MonthFigures {
        &self.figures
    }

    /// The dossiers that count for the rate: excluded procedures left out.
    pub fn counted(&self) -> Counts {
        self.counted
    }
}

impl TryFrom<MonthFigures> for MonthEntry {
    type Error = EntryError;
    fn try_from(figures: MonthFigures) -> Result<Self, Self::Error> {
        MonthEntry::new(figures)
    }
}

impl From<MonthEntry> for MonthFigures {
    fn from(entry: MonthEntry) -> MonthFigures {
        entry.figures
    }
}

/// The fields of a month's form; their names are the inputs' `name` attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntryField {
    Month,
    Total,
    Online,
    FullOnline,
    ExcludedTotal,
    ExcludedOnline,
    ExcludedFullOnline,
    InPerson,
    Postal,
    Early,
    OnTime,
    Late,
    CarriedOver,
}

impl EntryField {
    pub const ALL: [EntryField; 13] = [
        EntryField::Month,
        EntryField::Total,
        EntryField::Online,
        EntryField::FullOnline,
        EntryField::ExcludedTotal,
        EntryField::ExcludedOnline,
        EntryField::ExcludedFullOnline,
        EntryField::InPerson,
        EntryField::Postal,
        EntryField::Early,
        EntryField::OnTime,
        EntryField::Late,
        EntryField::CarriedOver,
    ];

    pub fn name(self) -> &'static str {
        match self {
            EntryField::Month => "month",
            EntryField::Total => "total",
            EntryField::Online => "online",
            EntryField::FullOnline => "full_online",
            EntryField::ExcludedTotal => "excluded_total",
            EntryField::ExcludedOnline => "excluded_online",
            EntryField::ExcludedFullOnline => "excluded_full_online",
            EntryField::InPerson => "in_person",
            EntryField::Postal => "postal",
            EntryField::Early => "early",
            EntryField::OnTime => "on_time",
            EntryField::Late => "late",
            EntryField::CarriedOver => "carried_over",
        }
    }
}

/// What is wrong with one field of a month's form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryFieldError {
    Month(DateError),
    Count(CountError),
    Order(EntryError),
}

/// The errors of a month's form, at most one per field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EntryFormErrors(Vec<(EntryField, EntryFieldError)>);

impl EntryFormErrors {
    pub fn get(&self, field: EntryField) -> Option<EntryFieldError> {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, e)| *e)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &(EntryField, EntryFieldError)> {
        self.0.iter()
    }

    fn add(&mut self, field: EntryField, error: EntryFieldError) {
        if self.get(field).is_none() {
            self.0.push((field, error));
        }
    }
}

/// A month's figures as typed, kept as text so that nothing typed is lost.
///
/// Month, total and online are required; an empty excluded count is 0; an empty optional
/// count is "not given".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MonthEntryForm {
    pub month: String,
    pub total: String,
    pub online: String,
    pub full_online: String,
    pub excluded_total: String,
    pub excluded_online: String,
    pub excluded_full_online: String,
    pub in_person: String,
    pub postal: String,
    pub early: String,
    pub on_time: String,
    pub late: String,
    pub carried_over: String,
}

impl MonthEntryForm {
    /// The form showing an entry: month `05/2024`, counts written the Vietnamese way,
    /// zero excluded counts and counts not given left empty.
    pub fn from_entry(entry: &MonthEntry) -> MonthEntryForm {
        let f = entry.figures();
        let text = |c: Count| format_count(c.get());
        let opt = |c: Option<Count>| c.map(text).unwrap_or_default();
        let nonzero = |c: Count| if c.get() == 0 { String::new() } else { text(c) };
        MonthEntryForm {
            month: f.month.to_string(),
            total: text(f.total),
            online: text(f.online),
            full_online: opt(f.full_online),
            excluded_total: nonzero(f.excluded_total),
            excluded_online: nonzero(f.excluded_online),
            excluded_full_online: nonzero(f.excluded_full_online),
            in_person: opt(f.in_person),
            postal: opt(f.postal),
            early: opt(f.early),
            on_time: opt(f.on_time),
            late: opt(f.late),
            carried_over: opt(f.carried_over),
        }
    }

    /// The checked entry, or what is wrong with each field. Checks across fields are made
    /// once every field reads as a number, so that an error always names a real conflict.
    pub fn parse(&self) -> Result<MonthEntry, EntryFormErrors> {
        let mut errors = EntryFormErrors::default();
        let month = parse_month(&self.month)
            .map_err(|e| errors.add(EntryField::Month, EntryFieldError::Month(e)))
            .ok();
        let mut required = |field: EntryField, text: &str| {
            parse_count(text)
                .map_err(|e| errors.add(field, EntryFieldError::Count(e)))
                .ok()
        };
        let total = required(EntryField::Total, &self.total);
        let online = required(EntryField::Online, &self.online);
        let mut optional = |field: EntryField, text: &str| {
            parse_optional_count(text)
                .map_err(|e| errors.add(field, EntryFieldError::Count(e)))
                .ok()
        };
        let full_online = optional(EntryField::FullOnline, &self.full_online);
        let excluded_total = optional(EntryField::ExcludedTotal, &self.excluded_total);
        let excluded_online = optional(EntryField::ExcludedOnline, &self.excluded_online);
        let excluded_full_online =
            optional(EntryField::ExcludedFullOnline, &self.excluded_full_online);
        let in_person = optional(EntryField::InPerson, &self.in_person);
        let postal = optional(EntryField::Postal, &self.postal);
        let early = optional(EntryField::Early, &self.early);
        let on_time = optional(EntryField::OnTime, &self.on_time);
        let late = optional(EntryField::Late, &self.late);
        let carried_over = optional(EntryField::CarriedOver, &self.carried_over);
        let (
            Some(month),
            Some(total),
            Some(online),
            Some(full_online),
            Some(excluded_total),
            Some(excluded_online),
            Some(excluded_full_online),
            Some(in_person),
            Some(postal),
            Some(early),
            Some(on_time),
            Some(late),
            Some(carried_over),
        ) = (
            month,
            total,
            online,
            full_online,
            excluded_total,
            excluded_online,
            excluded_full_online,
            in_person,
            postal,
            early,
            on_time,
            late,
            carried_over,
        )
        else {
            return Err(errors);
        };
        let figures = MonthFigures {
            month,
            total,
            online,
            full_online,
            excluded_total: excluded_total.unwrap_or(Count::ZERO),
            excluded_online: excluded_online.unwrap_or(Count::ZERO),
            excluded_full_online: excluded_full_online.unwrap_or(Count::ZERO),
            in_person,
            postal,
            early,
            on_time,
            late,
            carried_over,
        };
        for problem in figures.problems() {
            errors.add(problem.field(), EntryFieldError::Order(problem));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        MonthEntry::new(figures).map_err(|e| {
            errors.add(e.field(), EntryFieldError::Order(e));
            errors
        })
    }
}

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

/// Why two dates do not make a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodError {
    /// The end is before the start.
    EndsBeforeStart,
    /// The assessment date is before the start.
    AssessmentBeforeStart,
    /// A quarter other than 1–4.
    NoSuchQuarter,
    /// A year the calendar does not have.
    Date(DateError),
}

impl std::fmt::Display for PeriodError {
    /// A technical description (logs, stored-data errors); the UI words its own.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PeriodError::EndsBeforeStart => f.write_str("period ends before it starts"),
            PeriodError::AssessmentBeforeStart => f.write_str("assessment before the period"),
            PeriodError::NoSuchQuarter => f.write_str("quarter outside 1–4"),
            PeriodError::Date(e) => write!(f, "{e}"),
        }
    }
}

impl From<DateError> for PeriodError {
    fn from(e: DateError) -> PeriodError {
        PeriodError::Date(e)
    }
}

/// The days a rate is measured over, both included, and optionally the date it will be
/// assessed (the date the rate is taken).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawPeriod", into = "RawPeriod")]
pub struct Period {
    from: Date,
    to: Date,
    assessment: Option<Date>,
}

#[derive(Serialize, Deserialize)]
struct RawPeriod {
    from: Date,
    to: Date,
    #[serde(default)]
    assessment: Option<Date>,
}

impl TryFrom<RawPeriod> for Period {
    type Error = PeriodError;
    fn try_from(raw: RawPeriod) -> Result<Self, Self::Error> {
        Period::new(raw.from, raw.to)?.with_assessment(raw.assessment)
    }
}

impl From<Period> for RawPeriod {
    fn from(p: Period) -> RawPeriod {
        RawPeriod {
            from: p.from,
            to: p.to,
            assessment: p.assessment,
        }
    }
}

impl Period {
    /// Any period `from..=to` ("từ ngày … đến ngày …").
    pub fn new(from: Date, to: Date) -> Result<Period, PeriodError> {
        if to < from {
            return Err(PeriodError::EndsBeforeStart);
        }
        Ok(Period {
            from,
            to,
            assessment: None,
        })
    }

    /// The same period assessed on `date` (`None`: on its last day). The date may be after
    /// the period's end (an appraisal held later), never before its start.
    pub fn with_assessment(self, date: Option<Date>) -> Result<Period, PeriodError> {
        if date.is_some_and(|d| d < self.from) {
            return Err(PeriodError::AssessmentBeforeStart);
        }
        Ok(Period {
            assessment: date,
            ..self
        })
    }

    /// The yearly period of Khánh Hòa's QĐ 817/QĐ-UBND (Điều 2.1): from 01/12 of the
    /// previous year to 30/11 of `year`.
    pub fn qd817_year(year: u16) -> Result<Period, PeriodError> {
        let previous = year.checked_sub(1).ok_or(DateError::YearOutOfRange)?;
        Period::new(Date::new(previous, 12, 1)?, Date::new(year, 11, 30)?)
    }

    /// A calendar year: 01/01 to 31/12.
    pub fn calendar_year(year: u16) -> Result<Period, PeriodError> {
        Period::new(Date::new(year, 1, 1)?, Date::new(year, 12, 31)?)
    }

    /// Quarter `quarter` (1–4) of `year`: Q1 is 01/01 to 31/03.
    pub fn quarter(year: u16, quarter: u8) -> Result<Period, PeriodError> {
        if !(1..=4).contains(&quarter) {
            return Err(PeriodError::NoSuchQuarter);
        }
        let first = Month::new(year, quarter * 3 - 2)?;
        let last = Month::new(year, quarter * 3)?;
        Period::new(first.first_day(), last.last_day())
    }

    /// The first day counted.
    pub fn from(&self) -> Date {
        self.from
    }

    /// The last day counted.
    pub fn to(&self) -> Date {
        self.to
    }

    /// The assessment date, when one was set.
    pub fn assessment(&self) -> Option<Date> {
        self.assessment
    }

    /// The last day whose dossiers can still count: the assessment date, or the period's
    /// end when there is none or it is later (dossiers after the end never count).
    pub fn horizon(&self) -> Date {
        self.assessment.map_or(self.to, |a| a.min(self.to))
    }

    pub fn contains(&self, date: Date) -> bool {
        self.from <= date && date <= self.to
    }

    /// Every month the period touches, with the days of it that are inside.
    pub fn months(&self) -> Vec<PeriodMonth> {
        self.from
            .month_of()
            .through(self.to.month_of())
            .map(|month| PeriodMonth {
                month,
                first: self.from.max(month.first_day()),
                last: self.to.min(month.last_day()),
            })
            .collect()
    }
}

/// A month of a period and the days of it inside the period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PeriodMonth {
    pub month: Month,
    pub first: Date,
    pub last: Date,
}

impl PeriodMonth {
    /// Only some of the month's days are inside the period.
    pub fn is_partial(&self) -> bool {
        !(self.first.is_first_of_month() && self.last.is_last_of_month())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::month::parse_date;
    use proptest::prelude::*;

    fn c(n: u64) -> Count {
        Count::new(n).unwrap()
    }

    fn mo(text: &str) -> Month {
        parse_month(text).unwrap()
    }

    fn day(text: &str) -> Date {
        parse_date(text).unwrap()
    }

    fn entry(month: &str, total: u64, online: u64) -> MonthEntry {
        MonthEntry::new(MonthFigures::new(mo(month), c(total), c(online))).unwrap()
    }

    fn form(month: &str, total: &str, online: &str) -> MonthEntryForm {
        MonthEntryForm {
            month: month.into(),
            total: total.into(),
            online: online.into(),
            ..MonthEntryForm::default()
        }
    }

    #[test]
    fn figures_that_do_not_fit_are_refused() {
        let base = MonthFigures::new(mo("05/2024"), c(100), c(40));
        let with = |f: fn(&mut MonthFigures)| {
            let mut x = base;
            f(&mut x);
            MonthEntry::new(x)
        };
        assert!(MonthEntry::new(base).is_ok());
        assert_eq!(
            with(|x| x.online = Count::new(101).unwrap()),
            Err(EntryError::OnlineExceedsTotal)
        );
        assert_eq!(
            with(|x| x.full_online = Count::new(41)),
            Err(EntryError::FullExceedsOnline)
        );
        assert_eq!(
            with(|x| x.excluded_total = Count::new(101).unwrap()),
            Err(EntryError::ExcludedExceedsTotal)
        );
        assert_eq!(
            with(|x| {
                x.excluded_total = Count::new(50).unwrap();
                x.excluded_online = Count::new(41).unwrap();
            }),
            Err(EntryError::ExcludedOnlineExceedsOnline)
        );
        assert_eq!(
            with(|x| {
                x.excluded_total = Count::new(5).unwrap();
                x.excluded_online = Count::new(6).unwrap();
            }),
            Err(EntryError::ExcludedOnlineExceedsExcluded)
        );
        // 70 excluded of which 5 online: 65 excluded in person, but only 60 in person.
        assert_eq!(
            with(|x| {
                x.excluded_total = Count::new(70).unwrap();
                x.excluded_online = Count::new(5).unwrap();
            }),
            Err(EntryError::ExcludedInPersonExceedsInPerson)
        );
        assert_eq!(
            with(|x| {
                x.excluded_total = Count::new(10).unwrap();
                x.excluded_online = Count::new(10).unwrap();
                x.excluded_full_online = Count::new(1).unwrap();
            }),
            Err(EntryError::ExcludedFullExceedsFull)
        );
        // 40 online, 30 full; 10 excluded online none of them full: 30 online, 30 full
        // counted is fine; 35 full would leave 35 full of 30 online.
        assert!(with(|x| {
            x.full_online = Count::new(30);
            x.excluded_total = Count::new(10).unwrap();
            x.excluded_online = Count::new(10).unwrap();
        })
        .is_ok());
        assert_eq!(
            with(|x| {
                x.full_online = Count::new(35);
                x.excluded_total = Count::new(10).unwrap();
                x.excluded_online = Count::new(10).unwrap();
            }),
            Err(EntryError::CountedFullExceedsCountedOnline)
        );
        assert_eq!(
            with(|x| x.in_person = Count::new(61)),
            Err(EntryError::InPersonExceedsRest)
        );
        assert!(with(|x| x.in_person = Count::new(60)).is_ok());
        assert_eq!(
            with(|x| {
                x.early = Count::new(90);
                x.late = Count::new(11);
            }),
            Err(EntryError::ResolvedExceedsToProcess)
        );
        assert!(with(|x| {
            x.early = Count::new(90);
            x.late = Count::new(11);
            x.carried_over = Count::new(1);
        })
        .is_ok());
    }

    #[test]
    fn excluded_dossiers_are_left_out_of_the_rate() {
        let mut f = MonthFigures::new(mo("03/2020"), c(1_000), c(300));
        f.full_online = Some(c(100));
        f.excluded_total = c(200);
        f.excluded_online = c(150);
        f.excluded_full_online = c(50);
        let e = MonthEntry::new(f).unwrap();
        assert_eq!(e.counted().total(), c(800));
        assert_eq!(e.counted().online(), c(150));
        assert_eq!(e.counted().full_online(), Some(c(50)));
    }

    #[test]
    fn the_form_reads_text_and_names_the_field_at_fault() {
        let ok = form("5/2024", "1.234", "617").parse().unwrap();
        assert_eq!(ok.month(), mo("05/2024"));
        assert_eq!(ok.counted().total(), c(1_234));
        assert_eq!(ok.figures().excluded_total, Count::ZERO);
        assert_eq!(ok.figures().in_person, None);

        let e = form("13/2024", "", "abc").parse().unwrap_err();
        assert_eq!(
            e.get(EntryField::Month),
            Some(EntryFieldError::Month(DateError::MonthOutOfRange))
        );
        assert_eq!(
            e.get(EntryField::Total),
            Some(EntryFieldError::Count(CountError::Empty))
        );
        assert_eq!(
            e.get(EntryField::Online),
            Some(EntryFieldError::Count(CountError::NotANumber))
        );

        let e = form("05/2024", "10", "11").parse().unwrap_err();
        assert_eq!(
            e.get(EntryField::Online),
            Some(EntryFieldError::Order(EntryError::OnlineExceedsTotal))
        );
        assert_eq!(e.get(EntryField::Total), None);

        let mut excl = form("05/2024", "100", "40");
        excl.excluded_total = "5".into();
        excl.excluded_online = "6".into();
        excl.late = "-1".into();
        let e = excl.parse().unwrap_err();
        assert_eq!(
            e.get(EntryField::Late),
            Some(EntryFieldError::Count(CountError::Negative))
        );
        // Cross-field checks wait until every field reads as a number.
        assert_eq!(e.get(EntryField::ExcludedOnline), None);
        excl.late = String::new();
        let e = excl.parse().unwrap_err();
        assert_eq!(
            e.get(EntryField::ExcludedOnline),
            Some(EntryFieldError::Order(
                EntryError::ExcludedOnlineExceedsExcluded
            ))
        );
    }

    #[test]
    fn the_form_shows_an_entry_and_reads_it_back() {
        let mut f = MonthFigures::new(mo("12/2023"), c(12_345), c(6_789));
        f.full_online = Some(c(1_000));
        f.postal = Some(c(0));
        f.carried_over = Some(c(12));
        let e = MonthEntry::new(f).unwrap();
        let shown = MonthEntryForm::from_entry(&e);
        assert_eq!(shown.month, "12/2023");
        assert_eq!(shown.total, "12.345");
        assert_eq!(shown.excluded_total, "");
        assert_eq!(shown.postal, "0");
        assert_eq!(shown.parse(), Ok(e));
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
    fn period_presets() {
        let y = Period::qd817_year(2019).unwrap();
        assert_eq!(
            (y.from().to_string(), y.to().to_string()),
            ("01/12/2018".into(), "30/11/2019".into())
        );
        assert_eq!(y.months().len(), 12);
        assert!(y.months().iter().all(|m| !m.is_partial()));
        let cal = Period::calendar_year(2024).unwrap();
        assert_eq!(cal.to(), day("31/12/2024"));
        let q1 = Period::quarter(2022, 1).unwrap();
        assert_eq!((q1.from(), q1.to()), (day("01/01/2022"), day("31/03/2022")));
        assert_eq!(Period::quarter(2024, 4).unwrap().from(), day("01/10/2024"));
        assert_eq!(Period::quarter(2024, 5), Err(PeriodError::NoSuchQuarter));
        assert_eq!(Period::quarter(2024, 0), Err(PeriodError::NoSuchQuarter));
        assert_eq!(
            Period::new(day("02/01/2024"), day("01/01/2024")),
            Err(PeriodError::EndsBeforeStart)
        );
        let p = Period::new(day("01/01/2024"), day("22/05/2024")).unwrap();
        assert_eq!(p.horizon(), day("22/05/2024"));
        assert_eq!(
            p.with_assessment(Some(day("31/12/2023"))),
            Err(PeriodError::AssessmentBeforeStart)
        );
        let later = p.with_assessment(Some(day("15/06/2024"))).unwrap();
        assert_eq!(later.horizon(), day("22/05/2024"));
        let earlier = p.with_assessment(Some(day("30/04/2024"))).unwrap();
        assert_eq!(earlier.horizon(), day("30/04/2024"));
    }

    #[test]
    fn a_period_ending_mid_month_reports_that_month_as_partial() {
        // Seed 000 measures 01/01/2024 to 22/05/2024.
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

    fn any_figures() -> impl Strategy<Value = MonthFigures> {
        (
            0u64..=Count::MAX,
            proptest::collection::vec(0u64..=Count::MAX, 6),
            1u8..=12,
            any::<bool>(),
        )
            .prop_map(|(t, r, month, full)| {
                // Arbitrary, often inconsistent, figures.
                let mut f = MonthFigures::new(Month::new(2024, month).unwrap(), c(t), c(r[0]));
                f.full_online = full.then(|| c(r[1]));
                f.excluded_total = c(r[2] % (t + 1));
                f.excluded_online = c(r[3] % (t + 1));
                f.excluded_full_online = c(r[4] % 3);
                f.in_person = Some(c(r[5]));
                f
            })
    }

    proptest! {
        #[test]
        fn accepted_entries_always_give_a_rate_within_order(figures in any_figures()) {
            match MonthEntry::new(figures) {
                Ok(e) => {
                    let c = e.counted();
                    prop_assert!(c.online() <= c.total());
                    prop_assert!(c.full_online().is_none_or(|f| f <= c.online()));
                    prop_assert!(figures.problems().is_empty());
                }
                Err(first) => {
                    let problems = figures.problems();
                    prop_assert_eq!(problems.first(), Some(&first));
                }
            }
        }

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
