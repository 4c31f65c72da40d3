//! The measurement period: the days a rate is measured over and the date it is assessed
//! ([`Period`], with the QĐ 817 year, calendar year and quarter presets), why two dates do
//! not make one ([`PeriodError`]), and the months it touches ([`PeriodMonth`]).

use super::calendar::{Date, DateError, Month};
use serde::{Deserialize, Serialize};

/// Why two dates do not make a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodError {
    /// The end is before the start.
    EndsBeforeStart,
    /// The assessment date is before the start.
    AssessmentBeforeStart,
    /// A quarter other than 1–4.
    NoSuchQuarter,
    /// A period's year outside [`YEARS`] (or not a number).
    YearOutOfRange,
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
            PeriodError::YearOutOfRange => f.write_str("period year outside 2000–2100"),
            PeriodError::Date(e) => write!(f, "{e}"),
        }
    }
}

impl From<DateError> for PeriodError {
    fn from(e: DateError) -> PeriodError {
        PeriodError::Date(e)
    }
}

/// The years a yearly period (QĐ 817's, a calendar year) may be set in: the criteria and
/// their reports are of this century; "1000" or "9999" is a slip of the keyboard.
pub const YEARS: std::ops::RangeInclusive<u16> = 2000..=2100;

fn check_year(year: u16) -> Result<u16, PeriodError> {
    if YEARS.contains(&year) {
        Ok(year)
    } else {
        Err(PeriodError::YearOutOfRange)
    }
}

/// Reads a yearly period's year as typed ("2024"); empty text is `DateError::Empty`.
pub fn parse_period_year(text: &str) -> Result<u16, PeriodError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(PeriodError::Date(DateError::Empty));
    }
    if text.len() > 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(PeriodError::YearOutOfRange);
    }
    text.parse::<u16>()
        .map_err(|_| PeriodError::YearOutOfRange)
        .and_then(check_year)
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
    /// The year must be in [`YEARS`].
    pub fn qd817_year(year: u16) -> Result<Period, PeriodError> {
        let previous = check_year(year)? - 1;
        Period::new(Date::new(previous, 12, 1)?, Date::new(year, 11, 30)?)
    }

    /// A calendar year: 01/01 to 31/12; the year must be in [`YEARS`].
    pub fn calendar_year(year: u16) -> Result<Period, PeriodError> {
        check_year(year)?;
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
    use crate::core::testing::day;

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
    fn a_periods_year_is_of_this_century() {
        assert_eq!(parse_period_year(" 2024 "), Ok(2024));
        assert_eq!(parse_period_year("2000"), Ok(2000));
        assert_eq!(parse_period_year("2100"), Ok(2100));
        for bad in [
            "1000", "1001", "1999", "2101", "9999", "0", "20245", "-2024", "2O24", "2024.5",
        ] {
            assert_eq!(
                parse_period_year(bad),
                Err(PeriodError::YearOutOfRange),
                "{bad}"
            );
        }
        assert_eq!(
            parse_period_year("  "),
            Err(PeriodError::Date(DateError::Empty))
        );
        assert_eq!(Period::qd817_year(1000), Err(PeriodError::YearOutOfRange));
        assert_eq!(Period::qd817_year(1001), Err(PeriodError::YearOutOfRange));
        assert_eq!(
            Period::calendar_year(2101),
            Err(PeriodError::YearOutOfRange)
        );
        assert!(Period::qd817_year(2000).is_ok());
    }
}
