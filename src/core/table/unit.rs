//! A unit of a table: a commune, ward, special zone, older town or district, or a department.

use crate::core::num::counts::Counts;
use crate::core::num::percent::Percent;
use serde::{Deserialize, Serialize};

/// What kind of administrative unit a row is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum UnitKind {
    #[serde(rename = "xa")]
    Xa,
    #[serde(rename = "phuong")]
    Phuong,
    #[serde(rename = "dac-khu")]
    DacKhu,
    /// Town (thị trấn): abolished in 2025, still in older rule sets and reports.
    #[serde(rename = "thi-tran")]
    ThiTran,
    /// District-level unit (huyện, thị xã, thành phố thuộc tỉnh): abolished in 2025.
    #[serde(rename = "huyen")]
    Huyen,
    /// A provincial department or board (sở, ban, ngành).
    #[serde(rename = "so-nganh")]
    SoNganh,
    #[serde(rename = "khac")]
    Khac,
}

impl UnitKind {
    pub const ALL: [UnitKind; 7] = [
        UnitKind::Xa,
        UnitKind::Phuong,
        UnitKind::DacKhu,
        UnitKind::ThiTran,
        UnitKind::Huyen,
        UnitKind::SoNganh,
        UnitKind::Khac,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            UnitKind::Xa => "xa",
            UnitKind::Phuong => "phuong",
            UnitKind::DacKhu => "dac-khu",
            UnitKind::ThiTran => "thi-tran",
            UnitKind::Huyen => "huyen",
            UnitKind::SoNganh => "so-nganh",
            UnitKind::Khac => "khac",
        }
    }

    pub fn from_slug(slug: &str) -> Option<UnitKind> {
        UnitKind::ALL.into_iter().find(|k| k.slug() == slug)
    }

    pub fn name_vi(self) -> &'static str {
        match self {
            UnitKind::Xa => "Xã",
            UnitKind::Phuong => "Phường",
            UnitKind::DacKhu => "Đặc khu",
            UnitKind::ThiTran => "Thị trấn",
            UnitKind::Huyen => "Huyện / thị xã / thành phố",
            UnitKind::SoNganh => "Sở, ban, ngành",
            UnitKind::Khac => "Khác",
        }
    }

    pub fn name_en(self) -> &'static str {
        match self {
            UnitKind::Xa => "Commune",
            UnitKind::Phuong => "Ward",
            UnitKind::DacKhu => "Special zone",
            UnitKind::ThiTran => "Town",
            UnitKind::Huyen => "District",
            UnitKind::SoNganh => "Department",
            UnitKind::Khac => "Other",
        }
    }

    /// Reads a kind from a slug or a Vietnamese / English word ("Xã", "phường", "town").
    pub fn parse(text: &str) -> Option<UnitKind> {
        let t = text.trim().to_lowercase();
        UnitKind::from_slug(&t).or_else(|| {
            UnitKind::ALL
                .into_iter()
                .find(|k| k.name_vi().to_lowercase() == t || k.name_en().to_lowercase() == t)
        })
    }

    /// Guesses the kind from a unit's name: "Xã Vạn Hưng" is a commune.
    pub fn from_name(name: &str) -> UnitKind {
        let n = name.trim().to_lowercase();
        let starts = |p: &str| n.starts_with(p);
        if starts("xã ") {
            UnitKind::Xa
        } else if starts("phường ") {
            UnitKind::Phuong
        } else if starts("đặc khu ") {
            UnitKind::DacKhu
        } else if starts("thị trấn ") {
            UnitKind::ThiTran
        } else if starts("huyện ") || starts("thị xã ") || starts("thành phố ") || starts("quận ")
        {
            UnitKind::Huyen
        } else if starts("sở ") || starts("ban ") {
            UnitKind::SoNganh
        } else {
            UnitKind::Khac
        }
    }

    /// Communes in the sense of the commune criteria (towns are judged apart).
    pub fn is_commune_level(self) -> bool {
        matches!(self, UnitKind::Xa | UnitKind::Phuong | UnitKind::DacKhu)
    }
}

/// What is known of a unit's dossiers: the counts, or only the rate a report printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Figures {
    Counts { counts: Counts },
    Rate { rate: Percent },
    Missing,
}

/// One row of a table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unit {
    #[serde(deserialize_with = "crate::core::text::de_name")]
    pub name: String,
    /// Any grouping: the district in older reports, or a cluster the user chooses.
    #[serde(default, deserialize_with = "crate::core::text::de_name")]
    pub group: String,
    pub kind: UnitKind,
    /// The tier registered for (`ntm`, `nang-cao`, `kieu-mau`) or a quota class of the
    /// active rule set; empty when none.
    #[serde(default)]
    pub target: String,
    pub figures: Figures,
    #[serde(default)]
    pub note: String,
    /// The commune group (nhóm 1, 2, 3) under rule sets that have groups.
    #[serde(default)]
    pub commune_group: Option<u8>,
}

impl Unit {
    pub fn named(name: &str) -> Unit {
        Unit {
            name: name.trim().to_owned(),
            group: String::new(),
            kind: UnitKind::from_name(name),
            target: String::new(),
            figures: Figures::Missing,
            note: String::new(),
            commune_group: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_read_from_names_and_words() {
        assert_eq!(UnitKind::from_name("Xã Vạn Hưng"), UnitKind::Xa);
        assert_eq!(UnitKind::from_name("Thị trấn Vạn Giã"), UnitKind::ThiTran);
        assert_eq!(UnitKind::from_name("Thành phố Nha Trang"), UnitKind::Huyen);
        assert_eq!(UnitKind::from_name("Sở Y tế"), UnitKind::SoNganh);
        assert_eq!(UnitKind::parse("Phường"), Some(UnitKind::Phuong));
        assert_eq!(UnitKind::parse("town"), Some(UnitKind::ThiTran));
        assert_eq!(UnitKind::parse("dac-khu"), Some(UnitKind::DacKhu));
        for kind in UnitKind::ALL {
            assert_eq!(UnitKind::from_slug(kind.slug()), Some(kind));
        }
    }
}
