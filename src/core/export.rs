//! Tables written out: CSV that Excel opens with its diacritics intact (UTF-8 with a BOM),
//! and JSON; both read back by [`super::import`] into the same table.

use super::csv::write_row;
use super::record::{self, DecodeError, TableRecord};
use super::unit::{Figures, Unit};

/// The header row; each title is one the importer recognises.
pub const CSV_HEADER: [&str; 10] = [
    "Tên đơn vị",
    "Nhóm",
    "Loại",
    "Hạng đăng ký / chỉ tiêu",
    "Tổng số hồ sơ",
    "Trực tuyến",
    "Toàn trình",
    "Tỷ lệ (%)",
    "Ghi chú",
    "Nhóm xã",
];

fn rate_cell(unit: &Unit) -> String {
    match &unit.figures {
        Figures::Rate { rate } => rate.to_vi_number(),
        Figures::Counts { counts } if counts.total().get() > 0 => {
            let hundredths =
                u128::from(counts.online().get()) * 10_000 / u128::from(counts.total().get());
            format!("{},{:02}", hundredths / 100, hundredths % 100)
        }
        _ => String::new(),
    }
}

pub fn to_csv(units: &[Unit]) -> String {
    let mut out = String::from("\u{feff}");
    let header: Vec<String> = CSV_HEADER.iter().map(|s| (*s).to_owned()).collect();
    out.push_str(&write_row(&header, ','));
    out.push_str("\r\n");
    for unit in units {
        let (total, online, full) = match &unit.figures {
            Figures::Counts { counts } => (
                counts.total().get().to_string(),
                counts.online().get().to_string(),
                counts
                    .full_online()
                    .map(|c| c.get().to_string())
                    .unwrap_or_default(),
            ),
            _ => Default::default(),
        };
        let cells = [
            unit.name.clone(),
            unit.group.clone(),
            unit.kind.slug().to_owned(),
            unit.target.clone(),
            total,
            online,
            full,
            rate_cell(unit),
            unit.note.clone(),
            unit.commune_group
                .map(|g| g.to_string())
                .unwrap_or_default(),
        ];
        out.push_str(&write_row(&cells, ','));
        out.push_str("\r\n");
    }
    out
}

pub fn to_json(units: &[Unit]) -> String {
    record::encode(&TableRecord {
        units: units.to_vec(),
    })
}

pub fn from_json(text: &str) -> Result<Vec<Unit>, DecodeError> {
    record::decode_doc::<TableRecord>(text).map(|t| t.units)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::count::Count;
    use crate::core::counts::Counts;
    use crate::core::import::parse_table;
    use crate::core::percent::Percent;
    use crate::core::unit::UnitKind;
    use proptest::prelude::*;

    fn figures() -> impl Strategy<Value = Figures> {
        prop_oneof![
            Just(Figures::Missing),
            (0u32..=10_000).prop_map(|h| Figures::Rate {
                rate: Percent::from_hundredths(h).unwrap()
            }),
            (0..=Count::MAX, 0.0f64..=1.0, 0.0f64..=1.0, any::<bool>()).prop_map(
                |(t, a, b, has_full)| {
                    let o = (((t as f64) * a) as u64).min(t);
                    let f = (((o as f64) * b) as u64).min(o);
                    let c = |n| Count::new(n).unwrap();
                    Figures::Counts {
                        counts: Counts::new(c(t), c(o), has_full.then(|| c(f))).unwrap(),
                    }
                }
            ),
        ]
    }

    fn text() -> impl Strategy<Value = String> {
        // Trimmed, as every imported or edited cell is.
        "[\\PC&&[^\\t]]{0,20}".prop_map(|s| s.trim().to_owned())
    }

    fn unit() -> impl Strategy<Value = Unit> {
        (
            (
                "[A-Za-zÀ-ỹ][\\PC&&[^\\t]]{0,20}".prop_map(|s| s.trim().to_owned()),
                text(),
                prop::sample::select(UnitKind::ALL.to_vec()),
                prop::sample::select(vec!["", "ntm", "nang-cao", "kieu-mau", "xa-25"]),
                figures(),
                text(),
            ),
            prop::option::of(1u8..=3),
        )
            .prop_map(
                |((name, group, kind, target, figures, note), commune_group)| Unit {
                    name,
                    group,
                    kind,
                    target: target.to_owned(),
                    figures,
                    note,
                    commune_group,
                },
            )
    }

    proptest! {
        #[test]
        fn csv_export_then_import_gives_the_same_table(units in prop::collection::vec(unit(), 0..12)) {
            let csv = to_csv(&units);
            let bom = '\u{feff}';
            prop_assert!(csv.starts_with(bom));
            let back = parse_table(&csv);
            prop_assert_eq!(back.errors, vec![]);
            prop_assert_eq!(back.units, units);
        }

        #[test]
        fn json_export_then_import_gives_the_same_table(units in prop::collection::vec(unit(), 0..12)) {
            prop_assert_eq!(from_json(&to_json(&units)), Ok(units));
        }
    }
}
