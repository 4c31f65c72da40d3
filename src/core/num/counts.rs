//! The three counts of a period, checked once: `full-process ≤ online ≤ total`.

use super::count::Count;
use serde::{Deserialize, Serialize};

/// Dossiers resolved in a period: all of them, the online ones, and (when known) the
/// full-process online ones. Built only through [`Counts::new`], so the order always holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawCounts", into = "RawCounts")]
pub struct Counts {
    total: Count,
    online: Count,
    full_online: Option<Count>,
}

/// Why three counts do not fit together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountsError {
    OnlineExceedsTotal,
    FullExceedsOnline,
}

impl Counts {
    pub fn new(
        total: Count,
        online: Count,
        full_online: Option<Count>,
    ) -> Result<Counts, CountsError> {
        if online > total {
            return Err(CountsError::OnlineExceedsTotal);
        }
        if full_online.is_some_and(|f| f > online) {
            return Err(CountsError::FullExceedsOnline);
        }
        Ok(Counts {
            total,
            online,
            full_online,
        })
    }

    pub fn total(&self) -> Count {
        self.total
    }

    pub fn online(&self) -> Count {
        self.online
    }

    pub fn full_online(&self) -> Option<Count> {
        self.full_online
    }
}

#[derive(Serialize, Deserialize)]
struct RawCounts {
    total: Count,
    online: Count,
    #[serde(default)]
    full_online: Option<Count>,
}

impl TryFrom<RawCounts> for Counts {
    type Error = &'static str;
    fn try_from(raw: RawCounts) -> Result<Self, Self::Error> {
        Counts::new(raw.total, raw.online, raw.full_online)
            .map_err(|_| "counts out of order: full-process ≤ online ≤ total")
    }
}

impl From<Counts> for RawCounts {
    fn from(c: Counts) -> RawCounts {
        RawCounts {
            total: c.total,
            online: c.online,
            full_online: c.full_online,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::testing::c;

    #[test]
    fn order_is_checked_once_at_construction() {
        assert!(Counts::new(c(10), c(5), Some(c(5))).is_ok());
        assert!(Counts::new(c(0), c(0), None).is_ok());
        assert_eq!(
            Counts::new(c(10), c(11), None),
            Err(CountsError::OnlineExceedsTotal)
        );
        assert_eq!(
            Counts::new(c(10), c(5), Some(c(6))),
            Err(CountsError::FullExceedsOnline)
        );
    }

    #[test]
    fn stored_counts_are_checked_too() {
        let ok: Counts = serde_json::from_str(r#"{"total":10,"online":4}"#).unwrap();
        assert_eq!(ok.full_online(), None);
        assert!(serde_json::from_str::<Counts>(r#"{"total":3,"online":4}"#).is_err());
        assert!(serde_json::from_str::<Counts>(r#"{"total":-3,"online":0}"#).is_err());
    }
}
