//! The history's months as a sheet of a workbook ("Tải Excel" on the history page): every
//! unit's months in one table, a row per unit and month, so that an official can filter,
//! sort and total them (Excel's filters, pivot tables) across units. Like the table's
//! workbook (`core::workbook::table`), the workbook is written in Vietnamese whatever the
//! page's language: it is an office's document.

use crate::core::history::calendar::Month;
use crate::core::num::percent::Percent;
use crate::core::num::rate::Rate;
use crate::core::rules::rule_set::RuleSet;
use crate::core::stored::history_record::UnitHistory;
use crate::core::workbook::sheet::{rule_set_line, Cell, HeaderCell, SheetSpec};

/// The name written for a unit not named yet.
const UNNAMED: &str = "(chưa đặt tên)";

/// The online thresholds of `rules`' tiers for every commune, lowest first, each once: a
/// month's rate is never shown at a threshold it misses.
pub fn online_thresholds(rules: &RuleSet) -> Vec<Percent> {
    let mut list = rules.online_thresholds(None);
    list.sort();
    list.dedup();
    list
}

/// Every unit's months as one sheet: unit, month, the counts as entered (excluded
/// procedures included, then the excluded ones apart), the report counts when given, and
/// the month's online rate (excluded procedures left out, as the page shows it beside the
/// thresholds of `rules`). Units without months are left out.
pub fn months_sheet(units: &[UnitHistory], rules: &RuleSet) -> SheetSpec {
    let thresholds = online_thresholds(rules);
    let mut rows = Vec::new();
    let mut span: Option<(Month, Month)> = None;
    for unit in units {
        let name = match unit.name.trim() {
            "" => UNNAMED,
            name => name,
        };
        for entry in unit.history.entries() {
            let f = entry.figures();
            let counted = entry.counted();
            let opt = |c: Option<crate::core::num::count::Count>| Cell::count(c.map(|c| c.get()));
            span = Some(match span {
                None => (f.month, f.month),
                Some((a, b)) => (a.min(f.month), b.max(f.month)),
            });
            rows.push(vec![
                Cell::text(name),
                Cell::text(f.month.to_string()),
                Cell::Count(f.total.get()),
                Cell::Count(f.online.get()),
                opt(f.full_online),
                Cell::Count(f.excluded_total.get()),
                Cell::Count(f.excluded_online.get()),
                if f.full_online.is_some() {
                    Cell::Count(f.excluded_full_online.get())
                } else {
                    Cell::Empty
                },
                opt(f.in_person),
                opt(f.postal),
                opt(f.early),
                opt(f.on_time),
                opt(f.late),
                opt(f.carried_over),
                Cell::rate(Rate::of(counted.online(), counted.total()), &thresholds),
            ]);
        }
    }
    let mut title = vec!["SỐ LIỆU HỒ SƠ GIẢI QUYẾT THEO THÁNG".to_owned()];
    if let Some((a, b)) = span {
        title.push(if a == b {
            format!("Tháng {a}")
        } else {
            format!("Từ tháng {a} đến tháng {b}")
        });
    }
    title.push(rule_set_line(rules));
    let down = |t: &str| HeaderCell::down(t, 2);
    SheetSpec {
        name: "Theo tháng".to_owned(),
        title,
        header: vec![
            vec![
                down("Đơn vị"),
                down("Tháng"),
                down("Tổng số hồ sơ đã giải quyết"),
                down("Trực tuyến"),
                down("Trực tuyến toàn trình"),
                HeaderCell::across("Trong đó: hồ sơ của thủ tục không tính", 3),
                down("Tiếp nhận trực tiếp"),
                down("Qua bưu chính công ích (BCCI)"),
                HeaderCell::across("Giải quyết", 3),
                down("Kỳ trước chuyển sang"),
                down("Tỷ lệ trực tuyến của tháng"),
            ],
            vec![
                HeaderCell::new("Tổng số"),
                HeaderCell::new("Trực tuyến"),
                HeaderCell::new("Toàn trình"),
                HeaderCell::new("Trước hạn"),
                HeaderCell::new("Đúng hạn"),
                HeaderCell::new("Quá hạn"),
            ],
        ],
        widths: vec![28, 10, 14, 12, 12, 10, 10, 10, 12, 14, 10, 10, 10, 12, 12],
        rows,
        totals: Vec::new(),
        notes: vec![
            "Tỷ lệ trực tuyến của tháng = (trực tuyến − trực tuyến không tính) ÷ (tổng số − \
             tổng số không tính)."
                .to_owned(),
            "Ô trống: số liệu không nhập.".to_owned(),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::history::month_entry::{MonthEntry, MonthFigures};
    use crate::core::rules::presets;
    use crate::core::testing::{c, mo};
    use crate::core::workbook::read::sheet_text;
    use crate::core::workbook::sheet::write_sheets;

    fn units() -> Vec<UnitHistory> {
        let mut van_thanh = UnitHistory::named("Xã Vạn Thạnh");
        let mut jan = MonthFigures::new(mo("01/2024"), c(1_234), c(742));
        jan.full_online = Some(c(500));
        jan.excluded_total = c(34);
        jan.excluded_online = c(2);
        jan.in_person = Some(c(492));
        jan.postal = Some(c(3));
        jan.early = Some(c(1_000));
        jan.on_time = Some(c(200));
        jan.late = Some(c(34));
        jan.carried_over = Some(c(12));
        van_thanh.history.upsert(MonthEntry::new(jan).unwrap());
        let feb = MonthFigures::new(mo("02/2024"), c(20_000), c(5_999));
        van_thanh.history.upsert(MonthEntry::new(feb).unwrap());
        let mut unnamed = UnitHistory::named(" ");
        let mar = MonthFigures::new(mo("03/2024"), c(10), c(10));
        unnamed.history.upsert(MonthEntry::new(mar).unwrap());
        vec![van_thanh, UnitHistory::named("Xã trống"), unnamed]
    }

    #[test]
    fn a_row_per_unit_and_month_with_every_figure() {
        let sheet = months_sheet(&units(), &presets::commune_2022_2025());
        assert_eq!(sheet.rows.len(), 3);
        let texts: Vec<Vec<String>> = sheet
            .rows
            .iter()
            .map(|r| r.iter().map(Cell::text_vi).collect())
            .collect();
        assert_eq!(
            texts[0],
            [
                "Xã Vạn Thạnh",
                "01/2024",
                "1.234",
                "742",
                "500",
                "34",
                "2",
                "0",
                "492",
                "3",
                "1.000",
                "200",
                "34",
                "12",
                // (742 − 2) ÷ (1.234 − 34) = 61,666… %
                "61,67 %"
            ]
        );
        // 5.999 of 20.000 is 29,995 %: shown 29,99 % beside NTM's 30 %, as the page does.
        assert_eq!(texts[1][14], "29,99 %");
        assert_eq!(texts[1][4], "—");
        assert_eq!(texts[1][7], "—");
        assert_eq!(texts[2][0], UNNAMED);
        assert_eq!(sheet.title[1], "Từ tháng 01/2024 đến tháng 03/2024");
        assert!(
            sheet.title[2].starts_with("Bộ tiêu chí: "),
            "{:?}",
            sheet.title
        );
        // Every row is as wide as the header.
        let width: u16 = sheet.header[0].iter().map(|h| h.across).sum();
        assert!(sheet.rows.iter().all(|r| r.len() == usize::from(width)));
    }

    #[test]
    fn the_workbook_reads_back_with_its_months() {
        let bytes = write_sheets(&[months_sheet(&units(), &presets::commune_2022_2025())]).unwrap();
        let sheet = sheet_text(&bytes).unwrap();
        assert_eq!(sheet.sheet, "Theo tháng");
        // The header is found with its groups; the months follow with their numbers.
        assert!(
            sheet.text.contains("Tổng số hồ sơ đã giải quyết"),
            "{}",
            sheet.text
        );
        assert!(
            sheet.text.contains("Giải quyết Trước hạn"),
            "{}",
            sheet.text
        );
        assert!(sheet.text.contains("61,67\n"), "{}", sheet.text);
        assert!(
            sheet
                .text
                .contains("Xã Vạn Thạnh\t02/2024\t20000\t5999\t\t0\t0\t"),
            "{}",
            sheet.text
        );
        assert!(sheet.text.contains("\t29,99\n"), "{}", sheet.text);
    }
}
