//! A month's figures and their checks: the figures as given ([`MonthFigures`]), every way
//! they can fail to fit together ([`EntryError`]), and the checked month ([`MonthEntry`])
//! with the dossiers that count for the rate.
//!
//! Every month's figures are checked once, when an entry is built (from typed text by
//! [`MonthEntryForm::parse`], from stored data by serde, or by [`MonthEntry::new`]).
//!
//! [`MonthEntryForm::parse`]: super::month_form::MonthEntryForm::parse

use super::calendar::Month;
use super::month_form::EntryField;
use crate::core::num::count::Count;
use crate::core::num::counts::Counts;
use serde::{Deserialize, Serialize};

fn zero() -> Count {
    Count::ZERO
}

/// The figures of one month as given, before they are checked.
///
/// `total`, `online` and `full_online` are all the month's dossiers, excluded procedures
/// included; the `excluded_*` counts are the dossiers of procedures left out of the rate
/// (for instance procedures published online for the first time that year, as Khánh Hòa did in 2020), and
/// are subtracted when the rate is taken. The optional counts describe the month further
/// (as a quarterly report counts them) and never enter the rate.
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::testing::{c, mo};
    use proptest::prelude::*;

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
    }
}
