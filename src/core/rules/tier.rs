//! A tier of a rule set, named by its slug (`ntm`, `nang-cao`, `ntm-hien-dai` …).
//!
//! Which tiers exist, their names and their order are the rule set's data
//! ([`super::rule_set::TierDef`]); a `Tier` is only the stable name stored, put in form values
//! and test hooks. It is a small copyable value so outcomes and signals can hold it.

use std::fmt;

/// A tier slug: 1 to [`Tier::MAX_LEN`] characters of `a-z`, `0-9` and `-`, starting with a
/// letter or digit.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Tier {
    len: u8,
    bytes: [u8; Tier::MAX_LEN],
}

const fn slug_byte(b: u8) -> bool {
    b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'
}

impl Tier {
    pub const MAX_LEN: usize = 32;
    /// Nông thôn mới (both periods).
    pub const NTM: Tier = Tier::known("ntm");
    /// Nông thôn mới nâng cao (2022–2025).
    pub const NANG_CAO: Tier = Tier::known("nang-cao");
    /// Nông thôn mới kiểu mẫu (2022–2025).
    pub const KIEU_MAU: Tier = Tier::known("kieu-mau");
    /// Nông thôn mới hiện đại (2026–2030, pilot).
    pub const NTM_HIEN_DAI: Tier = Tier::known("ntm-hien-dai");

    /// A slug written in the code; an invalid one does not compile.
    const fn known(slug: &str) -> Tier {
        match Tier::from_bytes(slug.as_bytes()) {
            Some(t) => t,
            None => panic!("invalid tier slug"),
        }
    }

    const fn from_bytes(s: &[u8]) -> Option<Tier> {
        if s.is_empty() || s.len() > Tier::MAX_LEN || s[0] == b'-' {
            return None;
        }
        let mut bytes = [0u8; Tier::MAX_LEN];
        let mut i = 0;
        while i < s.len() {
            if !slug_byte(s[i]) {
                return None;
            }
            bytes[i] = s[i];
            i += 1;
        }
        Some(Tier {
            len: s.len() as u8,
            bytes,
        })
    }

    /// The tier named `slug`, or `None` when it is not a slug.
    pub fn parse(slug: &str) -> Option<Tier> {
        Tier::from_bytes(slug.as_bytes())
    }

    /// The stable identifier used in storage, form values and test hooks.
    pub fn slug(&self) -> &str {
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default()
    }

    /// Whether this is a tier of a national set (2022–2025 or 2026–2030), which a table may
    /// name whatever set judges it.
    pub fn is_national(self) -> bool {
        [
            Tier::NTM,
            Tier::NANG_CAO,
            Tier::KIEU_MAU,
            Tier::NTM_HIEN_DAI,
        ]
        .contains(&self)
    }

    /// The tiers of the 2022–2025 sets, lowest first: what every stored tier was before
    /// tiers became data.
    pub const CLASSIC: [Tier; 3] = [Tier::NTM, Tier::NANG_CAO, Tier::KIEU_MAU];
}

impl fmt::Debug for Tier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Tier({})", self.slug())
    }
}

impl fmt::Display for Tier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.slug())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_slugs_read_back() {
        for tier in [
            Tier::NTM,
            Tier::NANG_CAO,
            Tier::KIEU_MAU,
            Tier::NTM_HIEN_DAI,
        ] {
            assert_eq!(Tier::parse(tier.slug()), Some(tier));
        }
        assert_eq!(Tier::NTM_HIEN_DAI.slug(), "ntm-hien-dai");
    }

    #[test]
    fn what_is_not_a_slug_is_refused() {
        for bad in ["", "-ntm", "NTM", "nâng-cao", "a b", "a/b", &"a".repeat(33)] {
            assert_eq!(Tier::parse(bad), None, "{bad:?}");
        }
        assert!(Tier::parse(&"a".repeat(32)).is_some());
    }

    proptest! {
        #[test]
        fn any_slug_round_trips(slug in "[a-z0-9][a-z0-9-]{0,31}") {
            let tier = Tier::parse(&slug).unwrap();
            prop_assert_eq!(tier.slug(), slug.as_str());
        }

        #[test]
        fn any_text_is_read_or_refused(text in "\\PC{0,40}") {
            if let Some(t) = Tier::parse(&text) {
                prop_assert_eq!(t.slug(), text.as_str());
            }
        }
    }
}
