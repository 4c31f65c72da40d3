//! The commune form as typed, and its one check at the edge into the domain.

use super::tier::Tier;
use crate::core::fields::FieldErrors;
use crate::core::num::count::{parse_count, parse_optional_count, CountError};
use crate::core::num::counts::{Counts, CountsError};
use crate::core::num::number_vi::format_count;
use crate::core::stored::record::CommuneRecord;
use crate::core::text::clean_name;

/// What the person typed, kept as text so that nothing they typed is lost.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommuneForm {
    pub name: String,
    pub registered: Tier,
    pub dx: bool,
    pub total: String,
    pub online: String,
    pub full_online: String,
    pub commune_group: Option<u8>,
}

/// The count fields; their names are the inputs' `name` attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountField {
    Total,
    Online,
    FullOnline,
}

impl CountField {
    pub const ALL: [CountField; 3] = [
        CountField::Total,
        CountField::Online,
        CountField::FullOnline,
    ];

    pub fn name(self) -> &'static str {
        match self {
            CountField::Total => "total",
            CountField::Online => "online",
            CountField::FullOnline => "full_online",
        }
    }
}

/// What is wrong with one field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldError {
    Count(CountError),
    OnlineExceedsTotal,
    FullExceedsOnline,
}

/// The errors of the form, at most one per field.
pub type FormErrors = FieldErrors<CountField, FieldError>;

impl FormErrors {
    /// Whether every error is a required field left empty (nothing typed wrong).
    pub fn only_empty(&self) -> bool {
        self.all_are(FieldError::Count(CountError::Empty))
    }
}

impl Default for CommuneForm {
    fn default() -> Self {
        CommuneForm {
            name: String::new(),
            registered: Tier::NTM,
            dx: false,
            total: String::new(),
            online: String::new(),
            full_online: String::new(),
            commune_group: None,
        }
    }
}

impl CommuneForm {
    /// The form showing a stored record, counts written the Vietnamese way.
    pub fn from_record(record: &CommuneRecord) -> CommuneForm {
        let text = |c: Option<u64>| c.map(format_count).unwrap_or_default();
        let counts = record.counts.as_ref();
        CommuneForm {
            name: record.name.clone(),
            registered: record.registered,
            dx: record.dx,
            total: text(counts.map(|c| c.total().get())),
            online: text(counts.map(|c| c.online().get())),
            full_online: text(counts.and_then(|c| c.full_online()).map(|c| c.get())),
            commune_group: record.commune_group,
        }
    }

    /// The counts, or what is wrong with each field. Total and online are required;
    /// full-process is optional. The order `full ≤ online ≤ total` is checked here once.
    pub fn counts(&self) -> Result<Counts, FormErrors> {
        let mut errors = FormErrors::default();
        let count = FieldError::Count;
        let total = errors.read(CountField::Total, parse_count(&self.total), count);
        let online = errors.read(CountField::Online, parse_count(&self.online), count);
        let full_online = parse_optional_count(&self.full_online);
        let full = errors.read(CountField::FullOnline, full_online, count);
        let (Some(total), Some(online), Some(full)) = (total, online, full) else {
            // The order still applies between the fields that read.
            if let (Some(t), Some(o)) = (total, online) {
                if o > t {
                    errors.add(CountField::Online, FieldError::OnlineExceedsTotal);
                }
            }
            if let (Some(o), Some(Some(f))) = (online, full) {
                if f > o {
                    errors.add(CountField::FullOnline, FieldError::FullExceedsOnline);
                }
            }
            return Err(errors);
        };
        Counts::new(total, online, full).map_err(|e| {
            match e {
                CountsError::OnlineExceedsTotal => {
                    errors.add(CountField::Online, FieldError::OnlineExceedsTotal)
                }
                CountsError::FullExceedsOnline => {
                    errors.add(CountField::FullOnline, FieldError::FullExceedsOnline)
                }
            }
            errors
        })
    }

    /// The form after another tab stored `incoming`: every field saved here takes the newer
    /// value; counts typed here that are not valid (so never saved) stay as typed.
    pub fn take_in(&self, incoming: &CommuneRecord) -> CommuneForm {
        let mut next = CommuneForm::from_record(incoming);
        if self.counts().is_err() {
            next.total.clone_from(&self.total);
            next.online.clone_from(&self.online);
            next.full_online.clone_from(&self.full_online);
        }
        next
    }

    /// The name as kept and shown: without direction controls or line breaks (what was
    /// typed or pasted stays in the field).
    pub fn clean_name(&self) -> String {
        clean_name(&self.name)
    }

    /// The record to store: the counts only when they are valid, else those of `last`.
    pub fn to_record(&self, last: Option<&CommuneRecord>, rule_set: &str) -> CommuneRecord {
        CommuneRecord {
            name: self.clean_name(),
            registered: self.registered,
            dx: self.dx,
            counts: self.counts().ok().or_else(|| last.and_then(|r| r.counts)),
            rule_set: rule_set.to_owned(),
            commune_group: self.commune_group,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(total: &str, online: &str, full: &str) -> CommuneForm {
        CommuneForm {
            total: total.into(),
            online: online.into(),
            full_online: full.into(),
            ..CommuneForm::default()
        }
    }

    #[test]
    fn valid_counts_pass_the_edge() {
        let counts = form("1.234", "617", "").counts().unwrap();
        assert_eq!(counts.total().get(), 1234);
        assert_eq!(counts.full_online(), None);
    }

    #[test]
    fn each_field_gets_its_own_error() {
        let errors = form("", "abc", "-1").counts().unwrap_err();
        assert_eq!(
            errors.get(CountField::Total),
            Some(FieldError::Count(CountError::Empty))
        );
        assert_eq!(
            errors.get(CountField::Online),
            Some(FieldError::Count(CountError::NotANumber))
        );
        assert_eq!(
            errors.get(CountField::FullOnline),
            Some(FieldError::Count(CountError::Negative))
        );
    }

    #[test]
    fn order_errors_land_on_the_field_that_breaks_it() {
        let e = form("10", "11", "").counts().unwrap_err();
        assert_eq!(
            e.get(CountField::Online),
            Some(FieldError::OnlineExceedsTotal)
        );
        assert_eq!(e.get(CountField::Total), None);
        let e = form("10", "5", "6").counts().unwrap_err();
        assert_eq!(
            e.get(CountField::FullOnline),
            Some(FieldError::FullExceedsOnline)
        );
        let e = form("x", "5", "6").counts().unwrap_err();
        assert_eq!(
            e.get(CountField::FullOnline),
            Some(FieldError::FullExceedsOnline)
        );
    }

    #[test]
    fn invalid_counts_keep_the_last_good_ones() {
        let good = form("100", "40", "").to_record(None, "set");
        let bad = CommuneForm {
            name: "Xã A".into(),
            ..form("100", "400", "")
        };
        let record = bad.to_record(Some(&good), "set");
        assert_eq!(record.name, "Xã A");
        let spoof = CommuneForm {
            name: "Xã A\u{202e} — đăng ký\nKiểu mẫu".into(),
            ..form("100", "40", "")
        };
        assert_eq!(spoof.to_record(None, "set").name, "Xã A — đăng ký Kiểu mẫu");
        assert_eq!(record.counts, good.counts);
        assert_eq!(CommuneForm::from_record(&record).online, "40");
    }

    #[test]
    fn another_tabs_record_replaces_saved_fields_and_keeps_unsaved_counts() {
        let c = |n| crate::core::num::count::Count::new(n).unwrap();
        let incoming = CommuneRecord {
            name: "Xã Mới".into(),
            registered: Tier::NANG_CAO,
            dx: true,
            counts: Some(Counts::new(c(2_000), c(900), None).unwrap()),
            rule_set: "s".into(),
            commune_group: Some(2),
        };
        let saved_here = CommuneForm {
            name: "Xã Cũ".into(),
            total: "100".into(),
            online: "40".into(),
            ..CommuneForm::default()
        };
        assert_eq!(
            saved_here.take_in(&incoming),
            CommuneForm::from_record(&incoming)
        );
        let typing = CommuneForm {
            total: "100".into(),
            online: "4x".into(),
            ..saved_here
        };
        let merged = typing.take_in(&incoming);
        assert_eq!(merged.name, "Xã Mới");
        assert_eq!(merged.registered, Tier::NANG_CAO);
        assert_eq!(
            (merged.total.as_str(), merged.online.as_str()),
            ("100", "4x")
        );
    }
}
