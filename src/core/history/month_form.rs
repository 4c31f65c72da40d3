//! The text form of a month: its fields ([`EntryField`]), what can be wrong with one
//! ([`EntryFieldError`], gathered in [`EntryFormErrors`]), and the figures as typed
//! ([`MonthEntryForm`]), shown from a checked [`MonthEntry`] and read back into one.

use super::calendar::{parse_month, DateError};
use super::month_entry::{EntryError, MonthEntry, MonthFigures};
use crate::core::fields::FieldErrors;
use crate::core::num::count::{parse_count, parse_optional_count, Count, CountError};
use crate::core::num::number_vi::format_count;

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
pub type EntryFormErrors = FieldErrors<EntryField, EntryFieldError>;

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
        let month = errors.read(
            EntryField::Month,
            parse_month(&self.month),
            EntryFieldError::Month,
        );
        let count = EntryFieldError::Count;
        let total = errors.read(EntryField::Total, parse_count(&self.total), count);
        let online = errors.read(EntryField::Online, parse_count(&self.online), count);
        let mut optional =
            |field: EntryField, text: &str| errors.read(field, parse_optional_count(text), count);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::testing::{c, mo};

    fn form(month: &str, total: &str, online: &str) -> MonthEntryForm {
        MonthEntryForm {
            month: month.into(),
            total: total.into(),
            online: online.into(),
            ..MonthEntryForm::default()
        }
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
}
