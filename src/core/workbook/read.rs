//! Workbooks (.xlsx, .xls, .ods) as the provincial systems export them, turned into the
//! tab-separated text the imports read. Read with `calamine`, only by the workbook reader
//! (`src/bin/excel_read.rs`), off the page's thread.
//!
//! Cells are taken as Excel shows them (whole numbers without a fraction, other numbers with
//! a decimal comma, dates `dd/mm/yyyy`); tabs and line breaks inside a cell become spaces.
//! The header is found even when it spans two or three rows under merged cells ("Số hồ sơ
//! nhận giải quyết" over "Tổng số | Trong đó: trực tuyến | …"): each column is named by the
//! texts above it, and the block of rows that names the most columns wins. Title rows and the
//! period line ("Từ ngày 01/01/2022 đến ngày 31/03/2022") above it are kept out of the units
//! (the period is reported); so are totals rows ("Tổng cộng", "Toàn tỉnh", "Cộng") and a row
//! numbering the columns ("(1) (2) (3)").

use crate::core::history::import::{header_fields, Field};
use crate::core::table::columns::{header_roles, is_column_numbers, is_totals, Role};
use crate::core::table::export::text_cell;
use calamine::{open_workbook_auto_from_rs, Data, Reader};
use std::io::Cursor;

/// The largest workbook read: beyond it the file is refused before it is opened.
pub const MAX_BYTES: usize = 50 * 1024 * 1024;
/// The most rows read from a sheet (as the text import: more are not read).
pub const MAX_ROWS: usize = crate::core::table::import::MAX_ROWS;

/// Why a workbook was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorkbookError {
    TooLarge,
    /// Not a workbook calamine can open: damaged, or another format under a workbook's name.
    Unreadable,
    /// Protected with a password: encrypted, it cannot be read without it.
    Password,
    /// No sheet holds a cell.
    Empty,
}

/// A sheet of a workbook, as text for the table import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetText {
    /// The sheet read: the one asked for, or the first that holds a cell.
    pub sheet: String,
    /// Every sheet's name, in the workbook's order.
    pub sheets: Vec<String>,
    /// Tab-separated lines: the header found (one row), then the units' rows.
    pub text: String,
    /// The period line above the header, as written.
    pub period: Option<String>,
    /// Rows past [`MAX_ROWS`] left unread.
    pub unread_rows: usize,
    /// Cells holding a formula whose result the file does not keep (written by a program
    /// that does not calculate): read as empty.
    pub formulas_without_values: usize,
}

/// A cell as the import reads it.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        // A text the import would take a `'` from (see `export::read_text_cell`) gets one.
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => {
            let flat: String = s
                .chars()
                .map(|c| {
                    if matches!(c, '\t' | '\n' | '\r') {
                        ' '
                    } else {
                        c
                    }
                })
                .collect();
            text_cell(flat.trim())
        }
        Data::Int(n) => n.to_string(),
        Data::Float(f) => number_text(*f),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        Data::DateTime(d) if d.is_datetime() => excel_date(d.as_f64()),
        Data::DateTime(d) => number_text(d.as_f64()),
    }
}

/// An Excel date (days since 30/12/1899, the 1900 system) as `dd/mm/yyyy`.
fn excel_date(serial: f64) -> String {
    if !serial.is_finite() || !(0.0..3_000_000.0).contains(&serial) {
        return String::new();
    }
    // Days since 01/01/1970, then the civil date (H. Hinnant's days_from_civil inverse).
    let z = serial.floor() as i64 - 25_569 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{day:02}/{month:02}/{year}")
}

/// A number as Excel shows it in Vietnamese: `1234`, `32,91`; no float notation leaks out.
fn number_text(f: f64) -> String {
    if !f.is_finite() {
        return String::new();
    }
    if f.fract() == 0.0 && f.abs() < 1e15 {
        return format!("{}", f as i64);
    }
    // Excel keeps 15 significant digits; shorter is what it shows.
    let text = format!("{}", (f * 1e10).round() / 1e10);
    text.replace('.', ",")
}

/// Each column's name in a block of header rows: a cell with empty cells to its right, over a
/// row that names those columns, is a merged cell and names them all; the texts of a column
/// are joined top to bottom.
fn header_names(block: &[Vec<String>], width: usize) -> Vec<String> {
    let mut names = vec![String::new(); width];
    for (r, row) in block.iter().enumerate() {
        let below = block.get(r + 1);
        let mut spread = String::new();
        for (col, name) in names.iter_mut().enumerate() {
            let cell = row.get(col).map_or("", |c| c.trim());
            let under = below
                .and_then(|b| b.get(col))
                .is_some_and(|c| !c.trim().is_empty());
            let text = if !cell.is_empty() {
                spread = cell.to_owned();
                cell.to_owned()
            } else if under && !spread.is_empty() {
                spread.clone()
            } else {
                spread.clear();
                String::new()
            };
            if !text.is_empty() {
                if !name.is_empty() {
                    name.push(' ');
                }
                name.push_str(&text);
            }
        }
    }
    names
}

/// What a sheet is read for, and so the header looked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetKind {
    /// Units with their figures, for the table page.
    Units,
    /// Months of one or several units, for the history page.
    Months,
}

/// What a header names: how many columns, the column that names each row (a unit, or a
/// month), and the rate columns.
struct HeaderInfo {
    named: usize,
    label_col: Option<usize>,
    rate_cols: Vec<usize>,
}

fn header_info(kind: SheetKind, names: &[String]) -> Option<HeaderInfo> {
    match kind {
        SheetKind::Units => {
            let roles = header_roles(names)?;
            roles.iter().any(|r| r.is_figure()).then(|| HeaderInfo {
                named: roles.iter().filter(|r| **r != Role::Ignore).count(),
                label_col: roles.iter().position(|r| *r == Role::Name),
                rate_cols: (0..roles.len())
                    .filter(|&c| roles[c] == Role::Rate)
                    .collect(),
            })
        }
        SheetKind::Months => {
            let fields = header_fields(names)?;
            Some(HeaderInfo {
                named: fields.iter().filter(|f| **f != Field::Ignore).count(),
                label_col: fields
                    .iter()
                    .position(|f| *f == Field::Unit)
                    .or_else(|| fields.iter().position(|f| *f == Field::Month)),
                rate_cols: Vec::new(),
            })
        }
    }
}

/// The header block of `grid`: its first row, its height, its columns' names and what they
/// name. Among the blocks of one to three rows starting in the first 20, the one naming the
/// most columns; of equals, the one of fewest rows, then the first.
fn find_header(
    grid: &[Vec<String>],
    kind: SheetKind,
) -> Option<(usize, usize, Vec<String>, HeaderInfo)> {
    let width = grid.iter().map(Vec::len).max().unwrap_or(0);
    let mut best: Option<(usize, usize, Vec<String>, HeaderInfo)> = None;
    for start in 0..grid.len().min(20) {
        for height in 1..=3 {
            let Some(block) = grid.get(start..start + height) else {
                break;
            };
            let names = header_names(block, width);
            let Some(info) = header_info(kind, &names) else {
                continue;
            };
            // More columns named wins; then fewer rows (a line above a one-row header is
            // not part of it).
            let better = best.as_ref().is_none_or(|b| {
                info.named > b.3.named || (info.named == b.3.named && height < b.1)
            });
            if better {
                best = Some((start, height, names, info));
            }
        }
    }
    best
}

/// "Từ ngày 01/01/2022 đến ngày 31/03/2022", "Kỳ báo cáo: …", "Tháng 5/2024".
fn is_period(cell: &str) -> bool {
    let c = cell.trim().to_lowercase();
    (c.contains("từ ngày") && c.contains("đến ngày"))
        || c.starts_with("kỳ báo cáo")
        || c.starts_with("from ")
}

/// The grid as the import's text: the header found (one row) and the units' rows, or the
/// grid as it is when no header is found; and the period line above the header.
fn tidy(grid: &[Vec<String>], kind: SheetKind) -> (String, Option<String>) {
    let line = |row: &[String]| {
        let used = row.iter().rposition(|c| !c.is_empty()).map_or(0, |i| i + 1);
        // A cell with a quote is quoted, as the delimited-text reader reads it.
        let cells: Vec<String> = row[..used]
            .iter()
            .map(|c| {
                if c.contains('"') {
                    format!("\"{}\"", c.replace('"', "\"\""))
                } else {
                    c.clone()
                }
            })
            .collect();
        let mut text = cells.join("\t");
        text.push('\n');
        text
    };
    let Some((start, height, names, info)) = find_header(grid, kind) else {
        return (grid.iter().map(|r| line(r)).collect(), None);
    };
    let period = grid[..start]
        .iter()
        .flatten()
        .find(|c| is_period(c))
        .map(|c| c.trim().to_owned());
    let rows: Vec<&Vec<String>> = grid[start + height..]
        .iter()
        .filter(|row| {
            let label = info
                .label_col
                .and_then(|c| row.get(c))
                .map_or("", String::as_str);
            !is_totals(label) && !is_column_numbers(row)
        })
        .collect();
    // A rate column Excel keeps as a fraction (0,3291 shown as 32,91 %) is read in percent.
    let fractions: Vec<usize> = info
        .rate_cols
        .iter()
        .copied()
        .filter(|&col| is_fraction_column(&rows, col))
        .collect();
    let mut text = line(&names);
    for row in rows {
        let mut row = row.clone();
        for &col in &fractions {
            if let Some(cell) = row.get_mut(col) {
                if let Some(f) = decimal(cell) {
                    *cell = number_text(f * 100.0);
                }
            }
        }
        text.push_str(&line(&row));
    }
    (text, period)
}

/// A number written with a decimal comma, as [`number_text`] writes it.
fn decimal(cell: &str) -> Option<f64> {
    let c = cell.trim();
    if c.is_empty() || c.contains('.') {
        return None;
    }
    c.replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|f| f.is_finite())
}

/// Every number of the column is from 0 to 1, and one has more than two decimals: a rate
/// kept as a fraction (0,3291), not in percent (0,5 % stays 0,5 %).
fn is_fraction_column(rows: &[&Vec<String>], col: usize) -> bool {
    let cells: Vec<&String> = rows.iter().filter_map(|r| r.get(col)).collect();
    let values: Vec<f64> = cells.iter().filter_map(|c| decimal(c)).collect();
    !values.is_empty()
        && values.iter().all(|f| (0.0..=1.0).contains(f))
        && cells
            .iter()
            .any(|c| c.split_once(',').is_some_and(|(_, d)| d.trim().len() > 2))
}

/// An encrypted Office document: a compound file holding an `EncryptedPackage` stream (how
/// Excel saves a workbook with a password to open).
fn is_encrypted(bytes: &[u8]) -> bool {
    const CFB: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    let name: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    bytes.starts_with(&CFB) && bytes.windows(name.len()).any(|w| w == name.as_slice())
}

/// The first sheet of `bytes` that holds a cell, as text for the table import.
pub fn sheet_text(bytes: &[u8]) -> Result<SheetText, WorkbookError> {
    read_sheet(bytes, None, SheetKind::Units)
}

/// The sheet named `wanted` of `bytes` (the first that holds a cell when it is `None` or
/// not there), as text for the import `kind` says.
pub fn read_sheet(
    bytes: &[u8],
    wanted: Option<&str>,
    kind: SheetKind,
) -> Result<SheetText, WorkbookError> {
    if bytes.len() > MAX_BYTES {
        return Err(WorkbookError::TooLarge);
    }
    if is_encrypted(bytes) {
        return Err(WorkbookError::Password);
    }
    let mut book = open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| {
        if e.to_string().contains("password") {
            WorkbookError::Password
        } else {
            WorkbookError::Unreadable
        }
    })?;
    let sheets = book.sheet_names();
    let chosen = wanted.filter(|w| sheets.iter().any(|s| s == w));
    for name in &sheets {
        if chosen.is_some_and(|w| w != name) {
            continue;
        }
        let Ok(range) = book.worksheet_range(name) else {
            continue;
        };
        if range.is_empty() && chosen.is_none() {
            continue;
        }
        let formulas_without_values = book
            .worksheet_formula(name)
            .map(|formulas| {
                formulas
                    .used_cells()
                    .filter(|(row, col, f)| {
                        let at = (
                            formulas.start().map_or(0, |s| s.0) + *row as u32,
                            formulas.start().map_or(0, |s| s.1) + *col as u32,
                        );
                        !f.is_empty()
                            && matches!(
                                range.get_value(at),
                                None | Some(Data::Empty)
                            ) | matches!(range.get_value(at), Some(Data::String(v)) if v.is_empty())
                    })
                    .count()
            })
            .unwrap_or(0);
        let mut grid: Vec<Vec<String>> = Vec::new();
        let mut unread_rows = 0;
        for row in range.rows() {
            if row.iter().all(|c| matches!(c, Data::Empty)) {
                continue;
            }
            if grid.len() == MAX_ROWS {
                unread_rows += 1;
                continue;
            }
            grid.push(row.iter().map(cell_text).collect());
        }
        let (text, period) = tidy(&grid, kind);
        return Ok(SheetText {
            sheet: name.clone(),
            sheets: sheets.clone(),
            text,
            period,
            unread_rows,
            formulas_without_values,
        });
    }
    Err(WorkbookError::Empty)
}

#[cfg(test)]
mod tests {
    use super::*;
    use samples::{portal_workbook, without_formula_results};

    /// The workbooks the browser tests open too.
    mod samples {
        include!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/workbooks.rs"
        ));
    }
    use crate::core::table::export::from_json;
    use crate::core::table::import::parse_table;
    use crate::core::table::unit::{Figures, Unit};
    use crate::core::workbook::table::write_table;
    use proptest::prelude::*;
    use rust_xlsxwriter::{Format, Workbook};

    #[test]
    fn a_portal_workbook_reads_as_text_the_import_understands() {
        let sheet = sheet_text(&portal_workbook()).unwrap();
        assert_eq!(sheet.sheet, "Bao cao");
        assert_eq!(
            sheet.period.as_deref(),
            Some("Từ ngày 01/01/2022 đến ngày 31/03/2022")
        );
        assert!(
            sheet.text.starts_with(
                "STT\tTên đơn vị\tSố hồ sơ nhận giải quyết Tổng số\t\
                 Số hồ sơ nhận giải quyết Trong đó: trực tuyến\tSố hồ sơ nhận giải quyết Trực tiếp\t\
                 Ghi chú\n"
            ),
            "{}",
            sheet.text
        );
        assert!(
            sheet.text.contains("1\tXã Vạn Thạnh\t10000\t3291\t6709\n"),
            "{}",
            sheet.text
        );
        assert!(!sheet.text.contains("Tổng cộng"), "{}", sheet.text);
        let preview = parse_table(&sheet.text);
        let names: Vec<&str> = preview.units.iter().map(|u| u.name.as_str()).collect();
        assert_eq!(
            names,
            ["Xã Vạn Thạnh", "Xã Ninh Tây", "Phường Ninh Hiệp"],
            "{preview:?}"
        );
        assert!(preview.errors.is_empty(), "{:?}", preview.errors);
        let Figures::Counts { counts } = preview.units[0].figures else {
            panic!("{:?}", preview.units[0]);
        };
        assert_eq!(
            (counts.total().get(), counts.online().get()),
            (10_000, 3_291)
        );
        let Figures::Counts { counts } = preview.units[2].figures else {
            panic!("{:?}", preview.units[2]);
        };
        assert_eq!(
            (counts.total().get(), counts.online().get()),
            (2_000, 1_500)
        );
    }

    fn tidy_units(grid: &[Vec<String>]) -> (String, Option<String>) {
        tidy(grid, SheetKind::Units)
    }

    #[test]
    fn a_header_of_one_row_and_one_without_figures() {
        let grid = |rows: &[&str]| -> Vec<Vec<String>> {
            rows.iter()
                .map(|r| r.split('|').map(str::to_owned).collect())
                .collect()
        };
        let (text, period) = tidy_units(&grid(&[
            "Tên đơn vị|Tổng số hồ sơ|Trực tuyến",
            "(1)|(2)|(3)",
            "Xã A|10|5",
            "Cộng|10|5",
        ]));
        assert_eq!(text, "Tên đơn vị\tTổng số hồ sơ\tTrực tuyến\nXã A\t10\t5\n");
        assert_eq!(period, None);
        // A rate kept as a fraction is read in percent; one in percent is left as it is.
        let (text, _) = tidy_units(&grid(&["Tên đơn vị|Tỷ lệ (%)", "Xã A|0,3291", "Xã B|1"]));
        assert_eq!(text, "Tên đơn vị\tTỷ lệ (%)\nXã A\t32,91\nXã B\t100\n");
        let (text, _) = tidy_units(&grid(&["Tên đơn vị|Tỷ lệ (%)", "Xã A|32,91", "Xã B|0,5"]));
        assert_eq!(text, "Tên đơn vị\tTỷ lệ (%)\nXã A\t32,91\nXã B\t0,5\n");
        // No header: the rows as they are, for the import to guess.
        let (text, _) = tidy_units(&grid(&["Xã A|10|5", "Xã B|8|2"]));
        assert_eq!(text, "Xã A\t10\t5\nXã B\t8\t2\n");
    }

    #[test]
    fn a_months_sheet_is_read_by_its_own_header() {
        use crate::core::history::import::read_months;
        let mut book = Workbook::new();
        let sheet = book.add_worksheet();
        sheet.write_string(0, 0, "SỐ LIỆU THEO THÁNG").unwrap();
        sheet.write_string(1, 0, "Tháng").unwrap();
        sheet
            .merge_range(1, 1, 1, 2, "Số hồ sơ", &Format::new())
            .unwrap();
        sheet.write_string(2, 1, "Tổng số").unwrap();
        sheet.write_string(2, 2, "Trực tuyến").unwrap();
        // Months as Excel dates, the first of each month.
        let date = Format::new().set_num_format("mm/yyyy");
        for (i, (serial, total, online)) in [(45_292.0, 100.0, 40.0), (45_323.0, 90.0, 50.0)]
            .iter()
            .enumerate()
        {
            let r = 3 + i as u32;
            sheet
                .write_number_with_format(r, 0, *serial, &date)
                .unwrap();
            sheet.write_number(r, 1, *total).unwrap();
            sheet.write_number(r, 2, *online).unwrap();
        }
        sheet.write_string(5, 0, "Cộng").unwrap();
        sheet.write_number(5, 1, 190.0).unwrap();
        sheet.write_number(5, 2, 90.0).unwrap();
        let bytes = book.save_to_buffer().unwrap();
        let read = read_sheet(&bytes, None, SheetKind::Months).unwrap();
        assert_eq!(
            read.text,
            "Tháng\tSố hồ sơ Tổng số\tSố hồ sơ Trực tuyến\n01/01/2024\t100\t40\n01/02/2024\t90\t50\n"
        );
        let months = read_months(&read.text, read.period.as_deref());
        assert_eq!(months.errors, vec![]);
        assert_eq!(months.rows.len(), 2);
        // Read for the table, the same sheet has no units header: its rows as they are.
        assert!(sheet_text(&bytes)
            .unwrap()
            .text
            .starts_with("SỐ LIỆU THEO THÁNG\n"));
    }

    #[test]
    fn numbers_read_as_excel_shows_them() {
        assert_eq!(number_text(1234.0), "1234");
        assert_eq!(number_text(32.91), "32,91");
        assert_eq!(number_text(0.3291), "0,3291");
        assert_eq!(number_text(f64::NAN), "");
        // 45.382 is 01/04/2024 in Excel's 1900 system; 1 is 31/12/1899 counted from 30/12.
        assert_eq!(excel_date(45_383.0), "01/04/2024");
        assert_eq!(excel_date(25_569.0), "01/01/1970");
        assert_eq!(excel_date(f64::INFINITY), "");
        assert_eq!(cell_text(&Data::String("a\tb\nc".into())), "a b c");
    }

    #[test]
    fn what_is_not_a_workbook_is_refused() {
        assert_eq!(
            sheet_text(b"not a workbook"),
            Err(WorkbookError::Unreadable)
        );
        assert_eq!(
            sheet_text(&[0x50, 0x4b, 0x03, 0x04, 0, 0]),
            Err(WorkbookError::Unreadable)
        );
        let mut cut = portal_workbook();
        cut.truncate(cut.len() / 2);
        assert_eq!(sheet_text(&cut), Err(WorkbookError::Unreadable));
        let empty = Workbook::new().save_to_buffer().unwrap();
        assert_eq!(sheet_text(&empty), Err(WorkbookError::Empty));
        // Over 50 MB: refused before it is opened.
        assert_eq!(
            sheet_text(&vec![0; MAX_BYTES + 1]),
            Err(WorkbookError::TooLarge)
        );
    }

    #[test]
    fn the_sheet_asked_for_is_read_and_formulas_without_results_are_counted() {
        let mut book = Workbook::new();
        book.add_worksheet().set_name("Ghi chú").unwrap();
        let first = book.add_worksheet();
        first.set_name("Quý 1").unwrap();
        first.write_string(0, 0, "Tên đơn vị").unwrap();
        first.write_string(0, 1, "Tổng số").unwrap();
        first.write_string(0, 2, "Trực tuyến").unwrap();
        first.write_string(1, 0, "Xã A").unwrap();
        first.write_number(1, 1, 10.0).unwrap();
        first.write_number(1, 2, 4.0).unwrap();
        let second = book.add_worksheet();
        second.set_name("Quý 2").unwrap();
        second.write_string(0, 0, "Tên đơn vị").unwrap();
        second.write_string(0, 1, "Tổng số").unwrap();
        second.write_string(0, 2, "Trực tuyến").unwrap();
        second.write_string(1, 0, "Xã B").unwrap();
        second.write_number(1, 1, 20.0).unwrap();
        // A formula, saved below without its result as a program that does not calculate
        // writes it.
        second.write_formula(1, 2, "=B2/2").unwrap();
        // A hidden column the import has no use for.
        second.write_string(0, 3, "Mã đơn vị").unwrap();
        second.write_string(1, 3, "XB-01").unwrap();
        second.set_column_hidden(3).unwrap();
        let bytes = without_formula_results(&book.save_to_buffer().unwrap());
        let first = sheet_text(&bytes).unwrap();
        assert_eq!(first.sheet, "Quý 1");
        assert_eq!(first.sheets, ["Ghi chú", "Quý 1", "Quý 2"]);
        assert_eq!(first.formulas_without_values, 0);
        let second = read_sheet(&bytes, Some("Quý 2"), SheetKind::Units).unwrap();
        assert_eq!(second.sheet, "Quý 2");
        assert_eq!(second.formulas_without_values, 1);
        assert_eq!(
            second.text,
            "Tên đơn vị\tTổng số\tTrực tuyến\tMã đơn vị\nXã B\t20\t\tXB-01\n"
        );
        // The empty sheet, asked for, is read as empty; a sheet not there reads the first.
        assert_eq!(
            read_sheet(&bytes, Some("Ghi chú"), SheetKind::Units)
                .unwrap()
                .text,
            ""
        );
        assert_eq!(
            read_sheet(&bytes, Some("Quý 9"), SheetKind::Units)
                .unwrap()
                .sheet,
            "Quý 1"
        );
    }

    #[test]
    fn a_workbook_with_a_password_is_named_as_such() {
        let protected = include_bytes!("../../../tests/fixtures/password.xlsx");
        assert_eq!(sheet_text(protected), Err(WorkbookError::Password));
    }

    #[test]
    fn a_table_exported_as_a_workbook_reads_back() {
        let mut unit = Unit::named("Xã Vạn Thạnh");
        unit.figures = Figures::Rate {
            rate: crate::core::num::percent::Percent::from_hundredths(50).unwrap(),
        };
        let bytes = write_table(
            &[unit.clone()],
            Some(&crate::core::rules::presets::commune_2022_2025()),
        )
        .unwrap();
        let sheet = sheet_text(&bytes).unwrap();
        assert!(
            sheet.text.starts_with("Tên đơn vị\tNhóm\t"),
            "{}",
            sheet.text
        );
        assert_eq!(parse_table(&sheet.text).units, vec![unit]);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(96))]
        #[test]
        fn any_table_exported_as_a_workbook_reads_back_the_same(
            units in prop::collection::vec(crate::core::table::export::tests::unit(), 1..12),
        ) {
            let bytes = write_table(&units, None).unwrap();
            let sheet = sheet_text(&bytes).unwrap();
            let preview = parse_table(&sheet.text);
            prop_assert!(preview.errors.is_empty(), "{:?}\n{}", preview.errors, sheet.text);
            prop_assert_eq!(preview.units, units);
            let _ = from_json;
        }
    }
}
