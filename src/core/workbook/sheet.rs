//! Sheets described as data ([`SheetSpec`]): what a page wants in a workbook (title lines, a
//! header of one or more rows with merged group cells, rows of texts, counts and rates, total
//! rows, notes), sent to the workbook writer as JSON ([`to_json`], [`from_json`], through the
//! app's own JSON codec) and written there by [`write_sheets`]. A page builds the spec and
//! never links `rust_xlsxwriter`; the writer (`src/bin/excel_write.rs`) never needs to know
//! which page asked.

use crate::core::num::number_vi::{format_count, format_hundredths_percent};
use crate::core::num::percent::Percent;
use crate::core::num::rate::Rate;
use crate::core::reports::report::MetricValue;
use crate::core::rules::rule_set::RuleSet;
use crate::core::stored::json::{Json, ObjWriter, Unexpected};
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

/// One cell of a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    Empty,
    /// Always written as a text, never as a formula.
    Text(String),
    /// A count, written as a number.
    Count(u64),
    /// A rate in hundredths of a percent (`3291`), written as the number `32.91` shown
    /// `32,91 %`.
    Percent(u64),
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Cell {
        Cell::Text(text.into())
    }

    /// A count, or an empty cell when it is unknown.
    pub fn count(value: Option<u64>) -> Cell {
        value.map_or(Cell::Empty, Cell::Count)
    }

    /// A report's metric as the report shows it: a count, or a share rounded half up.
    pub fn metric(value: Option<MetricValue>) -> Cell {
        match value {
            None => Cell::Empty,
            Some(MetricValue::Count(n)) => Cell::Count(n),
            Some(share) => share.hundredths().map_or(Cell::Empty, Cell::Percent),
        }
    }

    /// A rate as the pages show it beside `thresholds` (never shown at a threshold it
    /// misses, see [`Rate::display_hundredths`]).
    pub fn rate(rate: Option<Rate>, thresholds: &[Percent]) -> Cell {
        rate.map_or(Cell::Empty, |r| {
            Cell::Percent(r.display_hundredths(thresholds))
        })
    }

    /// The cell as a page shows it (`1.234`, `32,91 %`; `—` for an empty cell).
    pub fn text_vi(&self) -> String {
        match self {
            Cell::Empty => "—".to_owned(),
            Cell::Text(t) => t.clone(),
            Cell::Count(n) => format_count(*n),
            Cell::Percent(h) => format_hundredths_percent(*h),
        }
    }
}

/// A cell of the header; it spans `across` columns and `down` rows (as `colspan` and
/// `rowspan` of an HTML table), merged in the workbook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderCell {
    pub text: String,
    pub across: u16,
    pub down: u16,
}

impl HeaderCell {
    /// One column, one row.
    pub fn new(text: impl Into<String>) -> HeaderCell {
        HeaderCell {
            text: text.into(),
            across: 1,
            down: 1,
        }
    }

    /// A group over `across` columns.
    pub fn across(text: impl Into<String>, across: u16) -> HeaderCell {
        HeaderCell {
            across,
            ..HeaderCell::new(text)
        }
    }

    /// A column whose title fills `down` header rows.
    pub fn down(text: impl Into<String>, down: u16) -> HeaderCell {
        HeaderCell {
            down,
            ..HeaderCell::new(text)
        }
    }
}

/// One sheet of a workbook.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SheetSpec {
    /// The sheet's tab (made valid and unique when written: at most 31 characters, none of
    /// `[]:*?/\`).
    pub name: String,
    /// Lines above the header: the title (bold), the period, the rule set …
    pub title: Vec<String>,
    /// The header's rows, laid out as an HTML table's (a cell spanning rows takes its place
    /// in the rows below).
    pub header: Vec<Vec<HeaderCell>>,
    /// Column widths, in characters; columns past the list keep Excel's width.
    pub widths: Vec<u16>,
    pub rows: Vec<Vec<Cell>>,
    /// Rows after `rows`, in bold ("Tổng cộng").
    pub totals: Vec<Vec<Cell>>,
    /// Lines under the table.
    pub notes: Vec<String>,
}

/// The title line naming a rule set, as the table's workbook writes it:
/// "Bộ tiêu chí: … — Quyết định … ngày 01/02/2023".
pub fn rule_set_line(set: &RuleSet) -> String {
    let basis = &set.legal_basis;
    format!(
        "Bộ tiêu chí: {} — {} ngày {}",
        set.name.vi,
        basis.document,
        basis.date.numeric()
    )
}

/// A header cell placed: its first row and column, and how far it spans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Placed {
    row: u32,
    col: u16,
    rows: u32,
    cols: u16,
}

/// Where each header cell goes, row by row as an HTML table lays out `rowspan`/`colspan`:
/// a cell takes the first column of its row that a cell above does not already fill.
fn layout(header: &[Vec<HeaderCell>]) -> Vec<Vec<Placed>> {
    let rows = header.len();
    // Filled columns of each row, grown as cells are placed.
    let mut filled: Vec<Vec<bool>> = vec![Vec::new(); rows];
    let mut out = Vec::with_capacity(rows);
    for (r, cells) in header.iter().enumerate() {
        let mut col: usize = 0;
        let mut placed = Vec::with_capacity(cells.len());
        for cell in cells {
            while filled[r].get(col).copied().unwrap_or(false) {
                col += 1;
            }
            // A span running into a cell placed before it is cut short there (merged
            // ranges may not overlap).
            let free = |row: &Vec<bool>, c: usize| !row.get(c).copied().unwrap_or(false);
            let across = (col..col + usize::from(cell.across.max(1)))
                .take_while(|&c| free(&filled[r], c))
                .count()
                .max(1);
            let down = (r..r + usize::from(cell.down.max(1)).min(rows - r))
                .take_while(|&below| (col..col + across).all(|c| free(&filled[below], c)))
                .count()
                .max(1);
            for row in filled.iter_mut().skip(r).take(down) {
                if row.len() < col + across {
                    row.resize(col + across, false);
                }
                for c in &mut row[col..col + across] {
                    *c = true;
                }
            }
            placed.push(Placed {
                row: r as u32,
                col: u16::try_from(col).unwrap_or(u16::MAX),
                rows: down as u32,
                cols: u16::try_from(across).unwrap_or(u16::MAX),
            });
            col += across;
        }
        out.push(placed);
    }
    out
}

/// The characters a sheet's name may not hold.
const FORBIDDEN: [char; 7] = ['[', ']', ':', '*', '?', '/', '\\'];
/// How long a sheet's name may be, in UTF-16 code units.
const NAME_CHARS: usize = 31;

/// The first characters of `text` that fit `units` UTF-16 code units (as Excel counts a
/// sheet name's length), without a space or an apostrophe at either end.
fn fit(text: &str, units: usize) -> String {
    let mut used = 0;
    let kept: String = text
        .chars()
        .take_while(|c| {
            used += c.len_utf16();
            used <= units
        })
        .collect();
    kept.trim_matches(|c: char| c == '\'' || c.is_whitespace())
        .to_owned()
}

/// `name` as a valid sheet name not in `taken` (compared without case, as Excel does).
fn sheet_name(name: &str, taken: &[String]) -> String {
    let clean: String = name
        .chars()
        .map(|c| {
            if FORBIDDEN.contains(&c) || c.is_control() {
                '-'
            } else {
                c
            }
        })
        .collect();
    let base = match fit(&clean, NAME_CHARS) {
        b if b.is_empty() => "Sheet".to_owned(),
        b => b,
    };
    let free = |n: &str| !taken.iter().any(|t| t.to_lowercase() == n.to_lowercase());
    if free(&base) {
        return base;
    }
    (2..)
        .map(|i| {
            let tail = format!(" ({i})");
            format!("{}{tail}", fit(&base, NAME_CHARS - tail.len()))
        })
        .find(|n| free(n))
        .unwrap_or(base)
}

/// The formats of a sheet.
struct Formats {
    title: Format,
    header: Format,
    text: Format,
    count: Format,
    percent: Format,
    bold_text: Format,
    bold_count: Format,
    bold_percent: Format,
}

impl Formats {
    fn new() -> Formats {
        let cell = Format::new().set_border(FormatBorder::Thin);
        let count = cell.clone().set_num_format("#,##0");
        let percent = cell.clone().set_num_format("0.00\" %\"");
        Formats {
            title: Format::new().set_bold(),
            header: cell
                .clone()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter),
            text: cell.clone().set_text_wrap(),
            bold_text: cell.set_bold().set_text_wrap(),
            bold_count: count.clone().set_bold(),
            bold_percent: percent.clone().set_bold(),
            count,
            percent,
        }
    }
}

fn write_cells(
    sheet: &mut Worksheet,
    row: u32,
    cells: &[Cell],
    bold: bool,
    f: &Formats,
) -> Result<(), XlsxError> {
    let (text, count, percent) = if bold {
        (&f.bold_text, &f.bold_count, &f.bold_percent)
    } else {
        (&f.text, &f.count, &f.percent)
    };
    for (col, cell) in cells.iter().enumerate() {
        let col = u16::try_from(col).map_err(|_| XlsxError::RowColumnLimitError)?;
        match cell {
            Cell::Empty => sheet.write_blank(row, col, text)?,
            Cell::Text(t) => sheet.write_string_with_format(row, col, t.as_str(), text)?,
            Cell::Count(n) => sheet.write_number_with_format(row, col, *n as f64, count)?,
            Cell::Percent(h) => {
                sheet.write_number_with_format(row, col, *h as f64 / 100.0, percent)?
            }
        };
    }
    Ok(())
}

fn write_sheet(sheet: &mut Worksheet, spec: &SheetSpec, f: &Formats) -> Result<(), XlsxError> {
    for (i, line) in spec.title.iter().enumerate() {
        let row = i as u32;
        if i == 0 {
            sheet.write_string_with_format(row, 0, line.as_str(), &f.title)?;
        } else {
            sheet.write_string(row, 0, line.as_str())?;
        }
    }
    let top = if spec.title.is_empty() {
        0
    } else {
        spec.title.len() as u32 + 1
    };
    for (cells, placed) in spec.header.iter().zip(layout(&spec.header)) {
        for (cell, at) in cells.iter().zip(placed) {
            let (r, c) = (top + at.row, at.col);
            if at.rows > 1 || at.cols > 1 {
                sheet.merge_range(
                    r,
                    c,
                    r + at.rows - 1,
                    c + (at.cols - 1),
                    cell.text.as_str(),
                    &f.header,
                )?;
            } else {
                sheet.write_string_with_format(r, c, cell.text.as_str(), &f.header)?;
            }
        }
    }
    for (col, width) in spec.widths.iter().enumerate() {
        let col = u16::try_from(col).map_err(|_| XlsxError::RowColumnLimitError)?;
        sheet.set_column_width(col, f64::from(*width))?;
    }
    let first = top + spec.header.len() as u32;
    if !spec.header.is_empty() {
        sheet.set_freeze_panes(first, 0)?;
    }
    let mut row = first;
    for cells in &spec.rows {
        write_cells(sheet, row, cells, false, f)?;
        row += 1;
    }
    for cells in &spec.totals {
        write_cells(sheet, row, cells, true, f)?;
        row += 1;
    }
    if !spec.notes.is_empty() {
        row += 1;
        for note in &spec.notes {
            sheet.write_string(row, 0, note.as_str())?;
            row += 1;
        }
    }
    Ok(())
}

/// The sheets as a workbook (.xlsx): each sheet's title lines (the first bold), a blank
/// row, its header (bold, bordered, group cells merged, frozen below), its rows and total
/// rows (bold) — counts as numbers, rates as numbers shown `32,91 %`, texts as texts — and
/// its notes. No sheets: one empty sheet.
pub fn write_sheets(sheets: &[SheetSpec]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let formats = Formats::new();
    let mut names: Vec<String> = Vec::new();
    for spec in sheets {
        let name = sheet_name(&spec.name, &names);
        let sheet = book.add_worksheet();
        sheet.set_name(name.as_str())?;
        names.push(name);
        write_sheet(sheet, spec, &formats)?;
    }
    if sheets.is_empty() {
        book.add_worksheet();
    }
    book.save_to_buffer()
}

/// What the JSON of sheets says it is.
const KIND: &str = "ntm-calc.sheets";
/// The longest JSON text read (bytes).
pub const MAX_JSON_BYTES: usize = 32_000_000;
const MAX_SHEETS: usize = 64;
const MAX_ROWS: usize = 200_000;
const MAX_COLUMNS: usize = 256;
const MAX_LINES: usize = 32;
const MAX_HEADER_ROWS: usize = 8;
/// Excel's longest cell text.
const MAX_TEXT: usize = 32_767;
/// The largest number a workbook keeps exactly (2^53).
const MAX_NUMBER: u64 = 1 << 53;

/// Why a JSON text of sheets was not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetsError {
    /// Longer than [`MAX_JSON_BYTES`], or more sheets, rows, columns or text than allowed.
    TooLarge,
    /// Not JSON, or not sheets.
    Invalid,
}

impl From<Unexpected> for SheetsError {
    fn from(_: Unexpected) -> SheetsError {
        SheetsError::Invalid
    }
}

fn cell_json(cell: &Cell) -> Json {
    match cell {
        Cell::Empty => Json::Null,
        Cell::Text(t) => Json::string(t),
        Cell::Count(n) => ObjWriter::new().put("n", Json::number(*n)).done(),
        Cell::Percent(h) => ObjWriter::new().put("p", Json::number(*h)).done(),
    }
}

fn lines_json(lines: &[String]) -> Json {
    Json::Array(lines.iter().map(|l| Json::string(l)).collect())
}

fn rows_json(rows: &[Vec<Cell>]) -> Json {
    Json::Array(
        rows.iter()
            .map(|r| Json::Array(r.iter().map(cell_json).collect()))
            .collect(),
    )
}

fn sheet_json(spec: &SheetSpec) -> Json {
    let header = spec
        .header
        .iter()
        .map(|cells| {
            Json::Array(
                cells
                    .iter()
                    .map(|c| {
                        ObjWriter::new()
                            .put("t", Json::string(&c.text))
                            .put("a", Json::number(c.across))
                            .put("d", Json::number(c.down))
                            .done()
                    })
                    .collect(),
            )
        })
        .collect();
    ObjWriter::new()
        .put("name", Json::string(&spec.name))
        .put("title", lines_json(&spec.title))
        .put("header", Json::Array(header))
        .put(
            "widths",
            Json::Array(spec.widths.iter().map(|w| Json::number(*w)).collect()),
        )
        .put("rows", rows_json(&spec.rows))
        .put("totals", rows_json(&spec.totals))
        .put("notes", lines_json(&spec.notes))
        .done()
}

/// The sheets as the JSON text the workbook writer reads.
pub fn to_json(sheets: &[SheetSpec]) -> String {
    ObjWriter::new()
        .put("kind", Json::string(KIND))
        .put(
            "sheets",
            Json::Array(sheets.iter().map(sheet_json).collect()),
        )
        .done()
        .to_text()
}

fn bounded<T>(list: Vec<T>, max: usize) -> Result<Vec<T>, SheetsError> {
    if list.len() > max {
        Err(SheetsError::TooLarge)
    } else {
        Ok(list)
    }
}

fn text_of(value: &Json) -> Result<String, SheetsError> {
    let text = value.str()?;
    if text.chars().count() > MAX_TEXT {
        return Err(SheetsError::TooLarge);
    }
    Ok(text.to_owned())
}

fn number_of(value: &Json) -> Result<u64, SheetsError> {
    let n = value.u64()?;
    if n > MAX_NUMBER {
        return Err(SheetsError::TooLarge);
    }
    Ok(n)
}

fn cell_of(value: &Json) -> Result<Cell, SheetsError> {
    match value {
        Json::Null => Ok(Cell::Empty),
        Json::String(_) => text_of(value).map(Cell::Text),
        Json::Object(_) => {
            let obj = value.object()?;
            match (obj.get("n")?, obj.get("p")?) {
                (Some(n), None) => number_of(n).map(Cell::Count),
                (None, Some(p)) => number_of(p).map(Cell::Percent),
                _ => Err(SheetsError::Invalid),
            }
        }
        _ => Err(SheetsError::Invalid),
    }
}

fn lines_of(value: Option<&Json>) -> Result<Vec<String>, SheetsError> {
    let Some(value) = value else {
        return Ok(Vec::new());
    };
    let items = value.array()?;
    if items.len() > MAX_LINES {
        return Err(SheetsError::TooLarge);
    }
    items.iter().map(text_of).collect()
}

fn rows_of(value: Option<&Json>, max: usize) -> Result<Vec<Vec<Cell>>, SheetsError> {
    let Some(value) = value else {
        return Ok(Vec::new());
    };
    let rows = value.array()?;
    if rows.len() > max {
        return Err(SheetsError::TooLarge);
    }
    rows.iter()
        .map(|row| {
            let cells = row.array()?;
            if cells.len() > MAX_COLUMNS {
                return Err(SheetsError::TooLarge);
            }
            cells.iter().map(cell_of).collect()
        })
        .collect()
}

fn span_of(value: Option<&Json>, max: usize) -> Result<u16, SheetsError> {
    let n = match value {
        None => 1,
        Some(v) => v.int::<u16>()?,
    };
    if n == 0 {
        return Err(SheetsError::Invalid);
    }
    if usize::from(n) > max {
        return Err(SheetsError::TooLarge);
    }
    Ok(n)
}

fn header_of(value: Option<&Json>) -> Result<Vec<Vec<HeaderCell>>, SheetsError> {
    let Some(value) = value else {
        return Ok(Vec::new());
    };
    let rows = value.array()?;
    if rows.len() > MAX_HEADER_ROWS {
        return Err(SheetsError::TooLarge);
    }
    let header = rows
        .iter()
        .map(|row| {
            let cells = row.array()?;
            if cells.len() > MAX_COLUMNS {
                return Err(SheetsError::TooLarge);
            }
            cells
                .iter()
                .map(|c| {
                    let obj = c.object()?;
                    Ok(HeaderCell {
                        text: text_of(obj.req("t")?)?,
                        across: span_of(obj.get("a")?, MAX_COLUMNS)?,
                        down: span_of(obj.get("d")?, MAX_HEADER_ROWS)?,
                    })
                })
                .collect::<Result<Vec<_>, SheetsError>>()
        })
        .collect::<Result<Vec<_>, SheetsError>>()?;
    // However the spans add up, the header stays within the columns allowed.
    let widest = layout(&header)
        .iter()
        .flatten()
        .map(|p| usize::from(p.col) + usize::from(p.cols))
        .max()
        .unwrap_or(0);
    if widest > MAX_COLUMNS {
        return Err(SheetsError::TooLarge);
    }
    Ok(header)
}

fn spec_of(value: &Json) -> Result<SheetSpec, SheetsError> {
    let obj = value.object()?;
    let widths = match obj.get("widths")? {
        None => Vec::new(),
        Some(v) => bounded(v.array()?.to_vec(), MAX_COLUMNS)?
            .iter()
            .map(|w| match w.int::<u16>() {
                Ok(w) if w <= 255 => Ok(w),
                _ => Err(SheetsError::Invalid),
            })
            .collect::<Result<_, _>>()?,
    };
    Ok(SheetSpec {
        name: text_of(obj.req("name")?)?,
        title: lines_of(obj.get("title")?)?,
        header: header_of(obj.get("header")?)?,
        widths,
        rows: rows_of(obj.get("rows")?, MAX_ROWS)?,
        totals: rows_of(obj.get("totals")?, MAX_LINES)?,
        notes: lines_of(obj.get("notes")?)?,
    })
}

/// Reads the JSON text of [`to_json`]; refuses a text that is not sheets, or is larger
/// than the limits (text length first, before it is parsed).
pub fn from_json(text: &str) -> Result<Vec<SheetSpec>, SheetsError> {
    if text.len() > MAX_JSON_BYTES {
        return Err(SheetsError::TooLarge);
    }
    let json = Json::parse(text).map_err(|_| SheetsError::Invalid)?;
    let obj = json.object()?;
    if obj.req("kind")?.str()? != KIND {
        return Err(SheetsError::Invalid);
    }
    let sheets = obj.req("sheets")?.array()?;
    if sheets.len() > MAX_SHEETS {
        return Err(SheetsError::TooLarge);
    }
    sheets.iter().map(spec_of).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::workbook::read::sheet_text;
    use proptest::prelude::*;

    /// A sheet like the report's Biểu 2: a two-row header with merged groups.
    fn received() -> SheetSpec {
        SheetSpec {
            name: "Biểu 2".to_owned(),
            title: vec![
                "Biểu 2: TÌNH HÌNH TIẾP NHẬN HỒ SƠ".to_owned(),
                "(Từ ngày 01/01/2024 đến ngày 31/03/2024)".to_owned(),
            ],
            header: vec![
                vec![
                    HeaderCell::down("STT", 2),
                    HeaderCell::down("Đơn vị", 2),
                    HeaderCell::down("Tiếp nhận", 2),
                    HeaderCell::across("Trực tuyến", 2),
                    HeaderCell::across("Trực tiếp", 2),
                ],
                vec![
                    HeaderCell::new("Số"),
                    HeaderCell::new("Tỷ lệ"),
                    HeaderCell::new("Số"),
                    HeaderCell::new("Tỷ lệ"),
                ],
            ],
            widths: vec![6, 28, 12, 10, 10, 10, 10],
            rows: vec![
                vec![
                    Cell::Count(1),
                    Cell::text("Xã Vạn Thạnh"),
                    Cell::Count(10_000),
                    Cell::Count(3_291),
                    Cell::Percent(3_291),
                    Cell::Count(6_709),
                    Cell::Percent(6_709),
                ],
                vec![
                    Cell::Count(2),
                    Cell::text("=HYPERLINK(\"x\")"),
                    Cell::Empty,
                    Cell::Empty,
                    Cell::Empty,
                    Cell::Empty,
                    Cell::Empty,
                ],
            ],
            totals: vec![vec![
                Cell::Empty,
                Cell::text("Tổng cộng"),
                Cell::Count(10_000),
                Cell::Count(3_291),
                Cell::Percent(3_291),
                Cell::Count(6_709),
                Cell::Percent(6_709),
            ]],
            notes: vec!["Tiếp nhận = trực tuyến + trực tiếp.".to_owned()],
        }
    }

    #[test]
    fn header_cells_are_laid_out_as_an_html_table() {
        let placed = layout(&received().header);
        let at = |r: usize, i: usize| {
            let p = placed[r][i];
            (p.row, p.col, p.rows, p.cols)
        };
        assert_eq!(at(0, 0), (0, 0, 2, 1));
        assert_eq!(at(0, 3), (0, 3, 1, 2));
        assert_eq!(at(0, 4), (0, 5, 1, 2));
        // The second row's cells go under the groups, past the columns filled from above.
        assert_eq!(at(1, 0), (1, 3, 1, 1));
        assert_eq!(at(1, 3), (1, 6, 1, 1));
    }

    #[test]
    fn spans_running_into_cells_placed_before_are_cut_short() {
        let header = vec![
            vec![HeaderCell::new("a"), HeaderCell::down("b", 2)],
            vec![HeaderCell::across("c", 2)],
        ];
        let placed = layout(&header);
        assert_eq!((placed[1][0].col, placed[1][0].cols), (0, 1));
        let sheet = SheetSpec {
            header,
            ..SheetSpec::default()
        };
        assert!(write_sheets(&[sheet]).is_ok());
    }

    #[test]
    fn a_written_sheet_reads_back_with_its_header_and_numbers() {
        let bytes = write_sheets(&[received()]).unwrap();
        let sheet = sheet_text(&bytes).unwrap();
        assert_eq!(sheet.sheet, "Biểu 2");
        assert_eq!(
            sheet.period.as_deref(),
            Some("(Từ ngày 01/01/2024 đến ngày 31/03/2024)")
        );
        let lines: Vec<&str> = sheet.text.lines().collect();
        // The merged groups are found above their columns.
        assert!(lines[0].contains("Tiếp nhận"), "{}", sheet.text);
        assert!(lines[0].contains("Trực tuyến"), "{}", sheet.text);
        assert!(lines[0].contains("Tỷ lệ"), "{}", sheet.text);
        // Counts are numbers, rates are percent numbers, a formula-like text stays text.
        assert!(
            lines[1].contains("Xã Vạn Thạnh\t10000\t3291\t32,91\t6709\t67,09"),
            "{}",
            sheet.text
        );
        assert!(
            sheet.text.contains("=HYPERLINK(\"\"x\"\")") || sheet.text.contains("=HYPERLINK"),
            "{}",
            sheet.text
        );
    }

    #[test]
    fn numbers_are_stored_as_numbers_with_their_formats() {
        use calamine::{Data, Reader, Xlsx};
        let bytes = write_sheets(&[received(), received()]).unwrap();
        let mut book = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
        // Names are made unique.
        assert_eq!(book.sheet_names(), ["Biểu 2", "Biểu 2 (2)"]);
        let range = book.worksheet_range("Biểu 2").unwrap();
        // Title, blank, two header rows: the first unit on row 5.
        assert_eq!(
            range.get_value((0, 0)),
            Some(&Data::String("Biểu 2: TÌNH HÌNH TIẾP NHẬN HỒ SƠ".into()))
        );
        assert_eq!(
            range.get_value((3, 3)),
            Some(&Data::String("Trực tuyến".into()))
        );
        assert_eq!(range.get_value((4, 4)), Some(&Data::String("Tỷ lệ".into())));
        assert_eq!(range.get_value((5, 2)), Some(&Data::Float(10_000.0)));
        assert_eq!(range.get_value((5, 4)), Some(&Data::Float(32.91)));
        assert_eq!(
            range.get_value((6, 1)),
            Some(&Data::String("=HYPERLINK(\"x\")".into()))
        );
        assert_eq!(
            range.get_value((7, 1)),
            Some(&Data::String("Tổng cộng".into()))
        );
        assert_eq!(
            range.get_value((9, 0)),
            Some(&Data::String("Tiếp nhận = trực tuyến + trực tiếp.".into()))
        );
    }

    #[test]
    fn sheet_names_are_made_valid_and_unique() {
        assert_eq!(sheet_name("Biểu 1", &[]), "Biểu 1");
        assert_eq!(sheet_name("a/b:c*d?[e]\\", &[]), "a-b-c-d--e--");
        assert_eq!(sheet_name("  ", &[]), "Sheet");
        let long = "Xã ".repeat(20);
        let name = sheet_name(&long, &[]);
        assert_eq!(name, long.chars().take(31).collect::<String>());
        let taken = vec![name.clone()];
        let second = sheet_name(&long, &taken);
        assert_eq!(second, format!("{} (2)", "Xã ".repeat(9).trim()));
        // Excel counts UTF-16 units: an emoji is two.
        assert_eq!(sheet_name(&"😀".repeat(20), &[]).chars().count(), 15);
        assert_eq!(sheet_name("'quoted'", &[]), "quoted");
        assert_eq!(sheet_name("biểu 1", &["Biểu 1".to_owned()]), "biểu 1 (2)");
        assert!(write_sheets(&[]).is_ok());
    }

    #[test]
    fn cells_show_what_the_pages_show() {
        let share = MetricValue::Share {
            part: 69_967,
            whole: 99_854,
        };
        assert_eq!(Cell::metric(Some(share)), Cell::Percent(7_007));
        assert_eq!(Cell::metric(Some(share)).text_vi(), share.text_vi());
        assert_eq!(
            Cell::metric(Some(MetricValue::Count(99_854))).text_vi(),
            "99.854"
        );
        assert_eq!(Cell::metric(None), Cell::Empty);
        let c = |n| crate::core::num::count::Count::new(n).unwrap();
        let thresholds = [Percent::from_hundredths(3_000).unwrap()];
        let rate = Rate::of(c(5_999), c(20_000));
        assert_eq!(Cell::rate(rate, &thresholds).text_vi(), "29,99 %");
        assert_eq!(
            Cell::rate(rate, &thresholds).text_vi(),
            rate.unwrap().format(&thresholds)
        );
        assert_eq!(Cell::count(None), Cell::Empty);
    }

    #[test]
    fn json_that_is_not_sheets_or_too_large_is_refused() {
        assert_eq!(from_json("nope"), Err(SheetsError::Invalid));
        assert_eq!(
            from_json("{\"kind\":\"x\",\"sheets\":[]}"),
            Err(SheetsError::Invalid)
        );
        let ok = to_json(&[received()]);
        assert_eq!(from_json(&ok), Ok(vec![received()]));
        let cell = |c: &str| {
            format!("{{\"kind\":\"{KIND}\",\"sheets\":[{{\"name\":\"a\",\"rows\":[[{c}]]}}]}}")
        };
        assert!(from_json(&cell("{\"n\":1}")).is_ok());
        assert_eq!(from_json(&cell("{\"n\":-1}")), Err(SheetsError::Invalid));
        assert_eq!(
            from_json(&cell("{\"n\":1,\"p\":2}")),
            Err(SheetsError::Invalid)
        );
        assert_eq!(from_json(&cell("true")), Err(SheetsError::Invalid));
        assert_eq!(
            from_json(&cell("{\"n\":9007199254740993}")),
            Err(SheetsError::TooLarge)
        );
        let long = format!("\"{}\"", "a".repeat(MAX_TEXT + 1));
        assert_eq!(from_json(&cell(&long)), Err(SheetsError::TooLarge));
        let many = vec![SheetSpec::default(); MAX_SHEETS + 1];
        assert_eq!(from_json(&to_json(&many)), Err(SheetsError::TooLarge));
        let wide = SheetSpec {
            header: vec![vec![
                HeaderCell::across("x", 200),
                HeaderCell::across("y", 200),
            ]],
            ..SheetSpec::default()
        };
        assert_eq!(from_json(&to_json(&[wide])), Err(SheetsError::TooLarge));
        let zero = SheetSpec {
            header: vec![vec![HeaderCell::across("x", 0)]],
            ..SheetSpec::default()
        };
        assert_eq!(from_json(&to_json(&[zero])), Err(SheetsError::Invalid));
        let huge = " ".repeat(MAX_JSON_BYTES + 1);
        assert_eq!(from_json(&huge), Err(SheetsError::TooLarge));
    }

    fn any_cell() -> impl Strategy<Value = Cell> {
        prop_oneof![
            Just(Cell::Empty),
            any::<String>().prop_map(Cell::Text),
            (0..=MAX_NUMBER).prop_map(Cell::Count),
            (0..=MAX_NUMBER).prop_map(Cell::Percent),
        ]
    }

    fn any_header_cell() -> impl Strategy<Value = HeaderCell> {
        (any::<String>(), 1u16..4, 1u16..3).prop_map(|(text, across, down)| HeaderCell {
            text,
            across,
            down,
        })
    }

    fn any_spec() -> impl Strategy<Value = SheetSpec> {
        let lines = || proptest::collection::vec(any::<String>(), 0..4);
        let rows = |n| proptest::collection::vec(proptest::collection::vec(any_cell(), 0..6), 0..n);
        (
            any::<String>(),
            lines(),
            proptest::collection::vec(proptest::collection::vec(any_header_cell(), 0..5), 0..3),
            proptest::collection::vec(0u16..=255, 0..6),
            rows(6),
            rows(3),
            lines(),
        )
            .prop_map(
                |(name, title, header, widths, rows, totals, notes)| SheetSpec {
                    name,
                    title,
                    header,
                    widths,
                    rows,
                    totals,
                    notes,
                },
            )
    }

    proptest! {
        #[test]
        fn any_sheets_survive_their_json(sheets in proptest::collection::vec(any_spec(), 0..4)) {
            prop_assert_eq!(from_json(&to_json(&sheets)), Ok(sheets));
        }

        #[test]
        fn any_sheets_are_written(sheets in proptest::collection::vec(any_spec(), 0..3)) {
            prop_assert!(write_sheets(&sheets).is_ok());
        }

        #[test]
        fn any_text_is_refused_or_read(text in ".{0,200}") {
            let _ = from_json(&text);
        }
    }
}
