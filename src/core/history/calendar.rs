//! A small calendar without a date crate: months (`05/2024`) and dates (`22/05/2024`,
//! `ngày 22 tháng 5 năm 2024`), checked when built, so every value is a real day.
//!
//! Years run from [`MIN_YEAR`] to [`MAX_YEAR`]: always four digits, as documents write them.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A calendar date as official documents write it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CivilDate {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl CivilDate {
    /// `ngày 24 tháng 5 năm 2024`: the day and the months 1–2 with two digits.
    pub fn official_vi(self) -> String {
        let month = if self.month <= 2 {
            format!("{:02}", self.month)
        } else {
            self.month.to_string()
        };
        format!("ngày {:02} tháng {} năm {}", self.day, month, self.year)
    }

    /// `24/05/2024`.
    pub fn numeric(self) -> String {
        format!("{:02}/{:02}/{}", self.day, self.month, self.year)
    }
}

/// The earliest year accepted.
pub const MIN_YEAR: u16 = 1000;
/// The latest year accepted.
pub const MAX_YEAR: u16 = 9999;

/// Whether `year` is a leap year in the Gregorian calendar.
pub fn is_leap_year(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

/// The number of days of `month` (1–12) in `year`; `None` for a month that does not exist.
pub fn days_in_month(year: u16, month: u8) -> Option<u8> {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => Some(31),
        4 | 6 | 9 | 11 => Some(30),
        2 if is_leap_year(year) => Some(29),
        2 => Some(28),
        _ => None,
    }
}

/// A calendar month of a year. Ordered in time (year first, then month).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Month {
    year: u16,
    month: u8,
}

/// Why a text or a number is not a month or a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// Nothing was typed.
    Empty,
    /// Not written as `mm/yyyy`, `yyyy-mm`, `dd/mm/yyyy` or `yyyy-mm-dd`.
    BadFormat,
    /// A year outside [`MIN_YEAR`]–[`MAX_YEAR`] (or not four digits).
    YearOutOfRange,
    /// A month outside 1–12.
    MonthOutOfRange,
    /// A day the month does not have (31/04, 29/02 of a common year).
    DayOutOfRange,
}

impl fmt::Display for DateError {
    /// A technical description; the UI words its own.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DateError::Empty => "empty",
            DateError::BadFormat => "not a date",
            DateError::YearOutOfRange => "year out of range",
            DateError::MonthOutOfRange => "month outside 1–12",
            DateError::DayOutOfRange => "no such day in that month",
        })
    }
}

fn check_year(year: u16) -> Result<(), DateError> {
    if (MIN_YEAR..=MAX_YEAR).contains(&year) {
        Ok(())
    } else {
        Err(DateError::YearOutOfRange)
    }
}

impl Month {
    /// The month `month` (1–12) of `year`.
    pub fn new(year: u16, month: u8) -> Result<Month, DateError> {
        check_year(year)?;
        if !(1..=12).contains(&month) {
            return Err(DateError::MonthOutOfRange);
        }
        Ok(Month { year, month })
    }

    pub fn year(self) -> u16 {
        self.year
    }

    /// 1 for January … 12 for December.
    pub fn month(self) -> u8 {
        self.month
    }

    /// Months counted from January of year 0: consecutive months differ by one.
    fn index(self) -> u32 {
        u32::from(self.year) * 12 + u32::from(self.month) - 1
    }

    fn from_index(index: u32) -> Option<Month> {
        let year = u16::try_from(index / 12).ok()?;
        let month = u8::try_from(index % 12 + 1).ok()?;
        Month::new(year, month).ok()
    }

    /// The month after this one; `None` after December [`MAX_YEAR`].
    pub fn next(self) -> Option<Month> {
        Month::from_index(self.index() + 1)
    }

    /// The month before this one; `None` before January [`MIN_YEAR`].
    pub fn prev(self) -> Option<Month> {
        Month::from_index(self.index().checked_sub(1)?)
    }

    /// How many months from `self` to `later`, counting both: `05/2024..=07/2024` is 3;
    /// 0 when `later` is before `self`.
    pub fn count_to(self, later: Month) -> u32 {
        if later < self {
            0
        } else {
            later.index() - self.index() + 1
        }
    }

    /// The months from `self` to `last`, both included; empty when `last` is earlier.
    pub fn through(self, last: Month) -> impl Iterator<Item = Month> {
        let (first, end) = (self.index(), last.index());
        (first..=end).filter_map(Month::from_index)
    }

    /// The number of days of this month.
    pub fn days(self) -> u8 {
        days_in_month(self.year, self.month).unwrap_or(31)
    }

    /// Its first day.
    pub fn first_day(self) -> Date {
        Date {
            year: self.year,
            month: self.month,
            day: 1,
        }
    }

    /// Its last day.
    pub fn last_day(self) -> Date {
        Date {
            year: self.year,
            month: self.month,
            day: self.days(),
        }
    }

    /// ISO form, as stored: `2024-05`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }
}

impl fmt::Display for Month {
    /// The Vietnamese numeric form: `05/2024`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}/{:04}", self.month, self.year)
    }
}

impl TryFrom<String> for Month {
    type Error = DateError;
    /// Stored months are ISO (`2024-05`); the numeric form is accepted too.
    fn try_from(text: String) -> Result<Self, Self::Error> {
        parse_month(&text)
    }
}

impl From<Month> for String {
    fn from(m: Month) -> String {
        m.iso()
    }
}

/// A run of 1 to `max` ASCII digits, as a number.
fn digits(text: &str, max: usize) -> Option<u16> {
    if text.is_empty() || text.len() > max || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// A four-digit year.
fn year_part(text: &str) -> Result<u16, DateError> {
    if text.len() != 4 {
        return Err(
            if text.bytes().all(|b| b.is_ascii_digit()) && !text.is_empty() {
                DateError::YearOutOfRange
            } else {
                DateError::BadFormat
            },
        );
    }
    digits(text, 4).ok_or(DateError::BadFormat)
}

fn small_part(text: &str) -> Result<u8, DateError> {
    digits(text, 2)
        .and_then(|n| u8::try_from(n).ok())
        .ok_or(DateError::BadFormat)
}

/// Reads a month: `05/2024`, `5/2024`, `2024-05`, optionally after the word `tháng`
/// (`tháng 5/2024`).
pub fn parse_month(text: &str) -> Result<Month, DateError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(DateError::Empty);
    }
    let lowered = trimmed.to_lowercase();
    let body = lowered
        .strip_prefix("tháng")
        .map(str::trim_start)
        .unwrap_or(&lowered);
    let parts: Vec<&str> = body.split(['/', '-']).collect();
    let (month, year) = match parts.as_slice() {
        [m, y] if body.contains('/') => (small_part(m.trim())?, year_part(y.trim())?),
        [y, m] if body.contains('-') => (small_part(m.trim())?, year_part(y.trim())?),
        _ => return Err(DateError::BadFormat),
    };
    Month::new(year, month)
}

/// A calendar day, always a real one (no 31/04, no 29/02 in a common year).
/// Ordered in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// The day `day` of `month` of `year`, checked.
    pub fn new(year: u16, month: u8, day: u8) -> Result<Date, DateError> {
        let m = Month::new(year, month)?;
        if day == 0 || day > m.days() {
            return Err(DateError::DayOutOfRange);
        }
        Ok(Date { year, month, day })
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// The month this day is in.
    pub fn month_of(self) -> Month {
        Month {
            year: self.year,
            month: self.month,
        }
    }

    /// Whether this is the first day of its month.
    pub fn is_first_of_month(self) -> bool {
        self.day == 1
    }

    /// Whether this is the last day of its month.
    pub fn is_last_of_month(self) -> bool {
        self.day == self.month_of().days()
    }

    /// Days since 01/01/1970 (negative before): the proleptic Gregorian day number.
    fn day_number(self) -> i64 {
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let year_of_era = y - era * 400;
        let day_of_year = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    fn from_day_number(n: i64) -> Option<Date> {
        let z = n + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Date::new(
            u16::try_from(year).ok()?,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )
        .ok()
    }

    /// The day `days` days later; `None` past 31/12/[`MAX_YEAR`].
    pub fn add_days(self, days: u32) -> Option<Date> {
        Date::from_day_number(self.day_number() + i64::from(days))
    }

    /// Days from `self` to `later` (0 for the same day); negative when `later` is earlier.
    pub fn days_until(self, later: Date) -> i64 {
        later.day_number() - self.day_number()
    }

    /// The numeric form: `05/07/2025`.
    pub fn numeric(self) -> String {
        self.to_string()
    }

    /// ISO form, as stored: `2025-07-05`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// The form official documents date with: `ngày 05 tháng 7 năm 2025`; the day and the
    /// months 1–2 have two digits (`ngày 12 tháng 01 năm 2024`).
    pub fn official_vi(self) -> String {
        CivilDate::from(self).official_vi()
    }
}

impl From<Date> for CivilDate {
    fn from(d: Date) -> CivilDate {
        CivilDate {
            year: d.year,
            month: d.month,
            day: d.day,
        }
    }
}

impl TryFrom<CivilDate> for Date {
    type Error = DateError;
    fn try_from(d: CivilDate) -> Result<Date, DateError> {
        Date::new(d.year, d.month, d.day)
    }
}

impl fmt::Display for Date {
    /// The numeric form: `05/07/2025`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}/{:02}/{:04}", self.day, self.month, self.year)
    }
}

impl TryFrom<String> for Date {
    type Error = DateError;
    /// Stored dates are ISO (`2024-05-22`); the numeric form is accepted too.
    fn try_from(text: String) -> Result<Self, Self::Error> {
        parse_date(&text)
    }
}

impl From<Date> for String {
    fn from(d: Date) -> String {
        d.iso()
    }
}

/// Reads a date: `22/05/2024`, `5/7/2025` or ISO `2024-05-22`.
pub fn parse_date(text: &str) -> Result<Date, DateError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(DateError::Empty);
    }
    let slash = trimmed.contains('/');
    let dash = trimmed.contains('-');
    let parts: Vec<&str> = trimmed.split(['/', '-']).map(str::trim).collect();
    let (day, month, year) = match parts.as_slice() {
        [d, m, y] if slash && !dash => (small_part(d)?, small_part(m)?, year_part(y)?),
        [y, m, d] if dash && !slash => (small_part(d)?, small_part(m)?, year_part(y)?),
        _ => return Err(DateError::BadFormat),
    };
    Date::new(year, month, day)
}

/// How many calendar months the days `from..=to` touch, counting both ends' months:
/// 01/12/2023–30/11/2024 is 12, 01/01/2024–22/05/2024 is 5; 0 when `to` is before `from`.
pub fn months_between(from: Date, to: Date) -> u32 {
    if to < from {
        0
    } else {
        from.month_of().count_to(to.month_of())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(text: &str) -> Date {
        parse_date(text).unwrap()
    }

    fn m(text: &str) -> Month {
        parse_month(text).unwrap()
    }

    #[test]
    fn leap_years_follow_the_gregorian_rule() {
        assert!(is_leap_year(2024));
        assert!(!is_leap_year(2023));
        assert!(!is_leap_year(1900));
        assert!(is_leap_year(2000));
        assert_eq!(days_in_month(2024, 2), Some(29));
        assert_eq!(days_in_month(2025, 2), Some(28));
        assert_eq!(days_in_month(2025, 4), Some(30));
        assert_eq!(days_in_month(2025, 12), Some(31));
        assert_eq!(days_in_month(2025, 13), None);
        assert_eq!(days_in_month(2025, 0), None);
    }

    #[test]
    fn months_are_read_both_ways_and_written_numerically() {
        assert_eq!(m("05/2024"), Month::new(2024, 5).unwrap());
        assert_eq!(m("5/2024"), Month::new(2024, 5).unwrap());
        assert_eq!(m("2024-05"), Month::new(2024, 5).unwrap());
        assert_eq!(m(" tháng 5/2024 "), Month::new(2024, 5).unwrap());
        assert_eq!(m("Tháng 12/2023"), Month::new(2023, 12).unwrap());
        assert_eq!(m("5/2024").to_string(), "05/2024");
        assert_eq!(m("5/2024").iso(), "2024-05");
        assert_eq!(parse_month(""), Err(DateError::Empty));
        assert_eq!(parse_month("13/2024"), Err(DateError::MonthOutOfRange));
        assert_eq!(parse_month("0/2024"), Err(DateError::MonthOutOfRange));
        assert_eq!(parse_month("5/24"), Err(DateError::YearOutOfRange));
        assert_eq!(parse_month("2024/05"), Err(DateError::BadFormat));
        assert_eq!(parse_month("05/2024/1"), Err(DateError::BadFormat));
        assert_eq!(parse_month("may 2024"), Err(DateError::BadFormat));
        assert_eq!(parse_month("+5/2024"), Err(DateError::BadFormat));
    }

    #[test]
    fn months_step_across_years() {
        let dec = m("12/2023");
        assert_eq!(dec.next(), Some(m("01/2024")));
        assert_eq!(m("01/2024").prev(), Some(dec));
        assert!(dec < m("01/2024"));
        assert_eq!(Month::new(MAX_YEAR, 12).unwrap().next(), None);
        assert_eq!(Month::new(MIN_YEAR, 1).unwrap().prev(), None);
        assert_eq!(m("12/2023").count_to(m("11/2024")), 12);
        assert_eq!(m("05/2024").count_to(m("05/2024")), 1);
        assert_eq!(m("05/2024").count_to(m("04/2024")), 0);
        let run: Vec<String> = m("11/2023")
            .through(m("02/2024"))
            .map(|x| x.to_string())
            .collect();
        assert_eq!(run, ["11/2023", "12/2023", "01/2024", "02/2024"]);
        assert_eq!(m("05/2024").through(m("04/2024")).count(), 0);
        assert_eq!(m("02/2024").last_day(), d("29/02/2024"));
    }

    #[test]
    fn dates_are_checked_and_read_both_ways() {
        assert_eq!(d("22/05/2024"), Date::new(2024, 5, 22).unwrap());
        assert_eq!(d("5/7/2025"), Date::new(2025, 7, 5).unwrap());
        assert_eq!(d("2024-05-22"), d("22/05/2024"));
        assert_eq!(d("29/02/2024").to_string(), "29/02/2024");
        assert_eq!(parse_date("29/02/2023"), Err(DateError::DayOutOfRange));
        assert_eq!(parse_date("31/04/2024"), Err(DateError::DayOutOfRange));
        assert_eq!(parse_date("0/04/2024"), Err(DateError::DayOutOfRange));
        assert_eq!(parse_date("12/13/2024"), Err(DateError::MonthOutOfRange));
        assert_eq!(parse_date("12/12/24"), Err(DateError::YearOutOfRange));
        assert_eq!(parse_date("12/12/20245"), Err(DateError::YearOutOfRange));
        assert_eq!(parse_date("2024-05/22"), Err(DateError::BadFormat));
        assert_eq!(parse_date("22.05.2024"), Err(DateError::BadFormat));
        assert_eq!(parse_date("  "), Err(DateError::Empty));
        assert_eq!(parse_date("100/5/2024"), Err(DateError::BadFormat));
    }

    #[test]
    fn official_form_pads_the_day_and_only_months_one_and_two() {
        assert_eq!(d("05/07/2025").official_vi(), "ngày 05 tháng 7 năm 2025");
        assert_eq!(d("12/01/2024").official_vi(), "ngày 12 tháng 01 năm 2024");
        assert_eq!(d("29/02/2024").official_vi(), "ngày 29 tháng 02 năm 2024");
        assert_eq!(d("30/08/2024").official_vi(), "ngày 30 tháng 8 năm 2024");
        assert_eq!(d("25/3/2019").official_vi(), "ngày 25 tháng 3 năm 2019");
        assert_eq!(d("31/12/2025").official_vi(), "ngày 31 tháng 12 năm 2025");
        assert_eq!(d("03/05/2019").official_vi(), "ngày 03 tháng 5 năm 2019");
    }

    #[test]
    fn months_between_dates_count_both_ends() {
        assert_eq!(months_between(d("01/12/2023"), d("30/11/2024")), 12);
        assert_eq!(months_between(d("01/01/2024"), d("22/05/2024")), 5);
        assert_eq!(months_between(d("22/05/2024"), d("22/05/2024")), 1);
        assert_eq!(months_between(d("23/05/2024"), d("22/05/2024")), 0);
    }

    #[test]
    fn days_are_added_across_months_and_years() {
        assert_eq!(d("28/02/2024").add_days(1), Some(d("29/02/2024")));
        assert_eq!(d("28/02/2023").add_days(1), Some(d("01/03/2023")));
        assert_eq!(d("27/12/2023").add_days(5), Some(d("01/01/2024")));
        assert_eq!(d("31/12/9999").add_days(1), None);
        assert_eq!(d("01/01/2024").days_until(d("22/05/2024")), 142);
        assert_eq!(d("01/01/1970").day_number(), 0);
    }

    #[test]
    fn stored_forms_are_iso_and_checked() {
        let date = d("22/05/2024");
        assert_eq!(serde_json::to_string(&date).unwrap(), "\"2024-05-22\"");
        assert_eq!(
            serde_json::from_str::<Date>("\"2024-05-22\"").unwrap(),
            date
        );
        assert!(serde_json::from_str::<Date>("\"2023-02-29\"").is_err());
        assert_eq!(serde_json::to_string(&m("05/2024")).unwrap(), "\"2024-05\"");
        assert!(serde_json::from_str::<Month>("\"2024-13\"").is_err());
        assert!(serde_json::from_str::<Month>("202405").is_err());
    }

    fn any_date() -> impl Strategy<Value = Date> {
        (MIN_YEAR..=MAX_YEAR, 1u8..=12, 1u8..=31).prop_map(|(y, mo, day)| {
            let last = days_in_month(y, mo).unwrap_or(28);
            Date::new(y, mo, day.min(last)).unwrap()
        })
    }

    proptest! {
        #[test]
        fn dates_read_back_in_every_written_form(date in any_date()) {
            prop_assert_eq!(parse_date(&date.to_string()), Ok(date));
            prop_assert_eq!(parse_date(&date.iso()), Ok(date));
            prop_assert_eq!(parse_month(&date.month_of().to_string()), Ok(date.month_of()));
            prop_assert_eq!(parse_month(&date.month_of().iso()), Ok(date.month_of()));
            prop_assert_eq!(Date::from_day_number(date.day_number()), Some(date));
        }

        #[test]
        fn the_next_day_is_one_later_and_in_order(date in any_date()) {
            if let Some(next) = date.add_days(1) {
                prop_assert!(next > date);
                prop_assert_eq!(date.days_until(next), 1);
                let same_month = next.month_of() == date.month_of();
                prop_assert_eq!(same_month, !date.is_last_of_month());
                prop_assert_eq!(next.is_first_of_month(), date.is_last_of_month());
            }
        }

        #[test]
        fn next_and_prev_undo_each_other(y in MIN_YEAR..=MAX_YEAR, mo in 1u8..=12) {
            let month = Month::new(y, mo).unwrap();
            if let Some(next) = month.next() {
                prop_assert_eq!(next.prev(), Some(month));
                prop_assert!(next > month);
                prop_assert_eq!(month.count_to(next), 2);
            }
        }

        #[test]
        fn any_text_is_read_or_refused_without_panic(text in "\\PC{0,24}") {
            let _ = parse_date(&text);
            let _ = parse_month(&text);
        }
    }
}
