//! The New Rural commune tiers, lowest first.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Tier {
    /// Nông thôn mới.
    #[serde(rename = "ntm")]
    Ntm,
    /// Nông thôn mới nâng cao.
    #[serde(rename = "nang-cao")]
    NangCao,
    /// Nông thôn mới kiểu mẫu.
    #[serde(rename = "kieu-mau")]
    KieuMau,
}

impl Tier {
    pub const ALL: [Tier; 3] = [Tier::Ntm, Tier::NangCao, Tier::KieuMau];

    /// The stable identifier used in storage, form values and test hooks.
    pub fn slug(self) -> &'static str {
        match self {
            Tier::Ntm => "ntm",
            Tier::NangCao => "nang-cao",
            Tier::KieuMau => "kieu-mau",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Tier> {
        Tier::ALL.into_iter().find(|t| t.slug() == slug)
    }

    /// The short name officials use; the same in both languages.
    pub fn short_name(self) -> &'static str {
        match self {
            Tier::Ntm => "NTM",
            Tier::NangCao => "NTM nâng cao",
            Tier::KieuMau => "NTM kiểu mẫu",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip_and_tiers_are_ordered() {
        for tier in Tier::ALL {
            assert_eq!(Tier::from_slug(tier.slug()), Some(tier));
            let json = serde_json::to_string(&tier).unwrap();
            assert_eq!(json, format!("\"{}\"", tier.slug()));
        }
        assert!(Tier::Ntm < Tier::NangCao && Tier::NangCao < Tier::KieuMau);
        assert_eq!(Tier::from_slug("huyen"), None);
    }
}
