//! One file with everything the app stores, to keep safe outside the browser and restore.

use super::history_record::HistoryRecord;
use super::record::{self, CommuneRecord, DecodeError, RuleSetsRecord, TableRecord};
use serde::{Deserialize, Serialize};

/// All stored data at one moment. A part that was never stored is `None`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Backup {
    #[serde(default)]
    pub commune: Option<CommuneRecord>,
    #[serde(default)]
    pub table: Option<TableRecord>,
    #[serde(default)]
    pub rule_sets: Option<RuleSetsRecord>,
    #[serde(default)]
    pub lang: Option<String>,
    /// The history page's months, periods and scorecards (absent in older backups).
    #[serde(default)]
    pub history: Option<HistoryRecord>,
}

/// A backup file's text: the versioned envelope every stored document uses, marked as a
/// backup so that a table export is not taken for one.
pub fn encode(backup: &Backup) -> String {
    record::encode(&Marked {
        ntm_calc_backup: true,
        backup,
    })
}

#[derive(Serialize)]
struct Marked<'a> {
    ntm_calc_backup: bool,
    #[serde(flatten)]
    backup: &'a Backup,
}

#[derive(Deserialize)]
struct MarkedIn {
    ntm_calc_backup: bool,
    #[serde(flatten)]
    backup: Backup,
}

pub fn decode(text: &str) -> Result<Backup, DecodeError> {
    let marked: MarkedIn = record::decode_doc(text)?;
    if !marked.ntm_calc_backup {
        return Err(DecodeError::Foreign);
    }
    Ok(marked.backup)
}

impl Backup {
    /// Units in the table.
    pub fn units(&self) -> usize {
        self.table.as_ref().map_or(0, |t| t.units.len())
    }

    /// Months entered on the history page, all units together.
    pub fn history_months(&self) -> usize {
        self.history
            .as_ref()
            .map_or(0, super::history_record::months_stored)
    }

    /// Rule sets the user made.
    pub fn custom_rule_sets(&self) -> usize {
        self.rule_sets.as_ref().map_or(0, |r| r.custom.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::rules::presets;
    use crate::core::rules::tier::Tier;
    use crate::core::stored::history_record;
    use crate::core::stored::record::SCHEMA;
    use crate::core::table::import::parse_table;

    fn sample() -> Backup {
        Backup {
            commune: Some(CommuneRecord {
                name: "Xã A".into(),
                registered: Tier::NANG_CAO,
                dx: false,
                counts: None,
                rule_set: presets::DEFAULT_ID.into(),
                commune_group: None,
            }),
            table: Some(TableRecord {
                units: parse_table("Xã B\t40\nXã C\t20\n").units,
            }),
            rule_sets: Some(RuleSetsRecord {
                custom: vec![presets::commune_2026_2030_template()],
                active: "x".into(),
            }),
            lang: Some("en".into()),
            history: Some(history_record::decode(HISTORY).unwrap()),
        }
    }

    const HISTORY: &str = r#"{"schema":1,"data":{"units":[{"name":"Xã D","history":[{"month":"2024-05","total":100,"online":40}]}]}}"#;

    #[test]
    fn round_trips_and_counts_its_parts() {
        let b = sample();
        let back = decode(&encode(&b)).unwrap();
        assert_eq!(back, b);
        assert_eq!((back.units(), back.custom_rule_sets()), (2, 1));
        assert_eq!(back.history_months(), 1);
    }

    #[test]
    fn other_files_are_not_taken_for_a_backup() {
        let table_export = record::encode(&TableRecord::default());
        assert_eq!(decode(&table_export), Err(DecodeError::Invalid));
        assert_eq!(
            decode("{\"schema\":1,\"data\":{\"ntm_calc_backup\":false}}"),
            Err(DecodeError::Foreign)
        );
        assert_eq!(decode("not json"), Err(DecodeError::NotJson));
        let newer = format!("\"schema\":{}", SCHEMA + 1);
        let current = format!("\"schema\":{SCHEMA}");
        assert!(decode(&encode(&sample()).replace(&current, &newer)).is_err());
    }
}
