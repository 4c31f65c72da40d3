//! Months read from a pasted table, a CSV file or a workbook's sheet: the figures of one or
//! several units, a row per unit and month, as a one-stop system reports them ("Số hồ sơ nhận
//! giải quyết: Tổng số | Trong đó: trực tuyến | Trực tiếp | Qua BCCI | Kỳ trước chuyển qua",
//! "Kết quả giải quyết: Trước hạn | Đúng hạn | Trễ hạn").
//!
//! The month of a row is its month column ("Tháng": `05/2024`, `tháng 5/2024`, `2024-05`, a
//! date), or, without one, the report's period when it is one whole calendar month ("Từ ngày
//! 01/05/2024 đến ngày 31/05/2024"). The unit of a row is its name column, or, without one,
//! the unit the page shows. Every row is checked as a month typed in the form is; nothing is
//! applied here.

use super::calendar::{parse_date, parse_month, DateError, Month};
use super::month_entry::{EntryError, MonthEntry, MonthFigures};
use crate::core::num::count::{Count, CountError};
use crate::core::table::column_map::{ColumnMap, RememberedMap};
use crate::core::table::columns::{import_count, is_column_numbers, is_totals};
use crate::core::table::csv::{self, RecordProblem};
use crate::core::table::import::MAX_ROWS;
use crate::core::text::clean_name;
use std::collections::HashSet;

/// What a column of a months table holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Field {
    Unit,
    Month,
    Total,
    Online,
    Full,
    InPerson,
    Postal,
    Early,
    OnTime,
    Late,
    CarriedOver,
    Ignore,
}

impl Field {
    /// Every field, in the order a user is offered them.
    pub const ALL: [Field; 12] = [
        Field::Unit,
        Field::Month,
        Field::Total,
        Field::Online,
        Field::Full,
        Field::InPerson,
        Field::Postal,
        Field::Early,
        Field::OnTime,
        Field::Late,
        Field::CarriedOver,
        Field::Ignore,
    ];

    /// Whether the column holds a count of the month.
    pub fn is_count(self) -> bool {
        !matches!(self, Field::Unit | Field::Month | Field::Ignore)
    }
}

/// A header cell's field, by its Vietnamese or English name. The order matters: "Kỳ trước
/// chuyển qua" is not the month, "Trong đó: trực tuyến" under "Tổng số" is online.
fn header_field(cell: &str) -> Option<Field> {
    let c = cell.trim().to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| c.contains(w));
    if has(&[
        "tỷ lệ",
        "tỉ lệ",
        "rate",
        "%",
        "đang giải quyết",
        "đã giải quyết",
    ]) {
        None
    } else if has(&["kỳ trước", "chuyển qua", "chuyển sang", "carried"]) {
        Some(Field::CarriedOver)
    } else if has(&["toàn trình", "full"]) {
        Some(Field::Full)
    } else if has(&["trực tuyến", "online"]) {
        Some(Field::Online)
    } else if has(&["trực tiếp", "in person"]) {
        Some(Field::InPerson)
    } else if has(&["bcci", "bưu chính", "postal"]) {
        Some(Field::Postal)
    } else if has(&["trước hạn", "early"]) {
        Some(Field::Early)
    } else if has(&["đúng hạn", "on time"]) {
        Some(Field::OnTime)
    } else if has(&["trễ hạn", "quá hạn", "late"]) {
        Some(Field::Late)
    } else if has(&["tháng", "kỳ báo cáo", "month"]) || c == "kỳ" {
        Some(Field::Month)
    } else if has(&["tổng", "total"]) {
        Some(Field::Total)
    } else if has(&["tên", "đơn vị", "địa phương", "name", "unit"]) {
        Some(Field::Unit)
    } else {
        None
    }
}

/// A months table's header: a total column, and a month or a unit column (an online column
/// the names do not tell is chosen by hand in the preview). Of two columns with one field,
/// the first is read.
pub fn header_fields(row: &[String]) -> Option<Vec<Field>> {
    let mut seen = HashSet::new();
    let fields: Vec<Field> = row
        .iter()
        .map(|c| match header_field(c) {
            Some(f) if seen.insert(f) => f,
            _ => Field::Ignore,
        })
        .collect();
    let has = |f: Field| fields.contains(&f);
    (has(Field::Total) && (has(Field::Month) || has(Field::Unit))).then_some(fields)
}

/// Why the period of a report does not give the month of its rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodMonth {
    /// The period is one whole month.
    Month(Month),
    /// The period is not one whole calendar month (a quarter, a year, or days of a month).
    NotOneMonth,
    /// No dates could be read in it.
    Unreadable,
}

/// The month a report's period line is ("Từ ngày 01/05/2024 đến ngày 31/05/2024").
pub fn period_month(period: &str) -> PeriodMonth {
    let dates: Vec<_> = period
        .split(|c: char| !(c.is_ascii_digit() || c == '/' || c == '-'))
        .filter(|w| w.matches(['/', '-']).count() == 2)
        .filter_map(|w| parse_date(w).ok())
        .collect();
    match dates.as_slice() {
        [from, to]
            if from.month_of() == to.month_of()
                && from.is_first_of_month()
                && to.is_last_of_month() =>
        {
            PeriodMonth::Month(from.month_of())
        }
        [_, _] => PeriodMonth::NotOneMonth,
        _ => PeriodMonth::Unreadable,
    }
}

/// A month cell: a month (`05/2024`, `tháng 5/2024`, `T5/2024`, `2024-05`) or a date of it.
fn month_cell(text: &str) -> Result<Month, DateError> {
    let t = text.trim();
    let t = t
        .strip_prefix('T')
        .or_else(|| t.strip_prefix('t'))
        .filter(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
        .unwrap_or(t);
    parse_month(t).or_else(|e| parse_date(t).map(|d| d.month_of()).map_err(|_| e))
}

/// Why a row was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MonthProblem {
    /// No month: neither a month column nor a period of one month.
    NoMonth,
    BadMonth(DateError),
    /// A count that is not one.
    BadCount(Field, CountError),
    /// The total or the online count is empty.
    Missing(Field),
    /// The figures do not fit together.
    Figures(EntryError),
    /// The same unit's month came earlier in the file.
    Repeated(Month),
    /// A quote opened on this line is never closed, or a cell or row is too long.
    Unreadable,
    /// Reading stopped at [`MAX_ROWS`]; `unread` lines were not read.
    TooManyRows {
        unread: usize,
    },
}

/// A row read: a unit's month (the unit shown when the table names none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthRow {
    pub unit: Option<String>,
    pub entry: MonthEntry,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthRowError {
    /// 1-based line of the text.
    pub line: usize,
    pub text: String,
    pub problem: MonthProblem,
}

/// What an import of months would add.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MonthsPreview {
    pub rows: Vec<MonthRow>,
    pub errors: Vec<MonthRowError>,
    /// No header naming a total, an online and a month or unit column was found.
    pub no_header: bool,
    /// The month every row is of, from the report's period (no month column).
    pub period_month: Option<Month>,
    /// The header found and the field each of its columns fills.
    pub columns: Option<ColumnMap<Field>>,
}

impl MonthsPreview {
    /// The units named, in the order first met (none when the rows name no unit).
    pub fn units(&self) -> Vec<&str> {
        let mut seen = HashSet::new();
        self.rows
            .iter()
            .filter_map(|r| r.unit.as_deref())
            .filter(|u| seen.insert(*u))
            .collect()
    }
}

fn count_cell(field: Field, text: &str) -> Result<Option<Count>, MonthProblem> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    import_count(t)
        .and_then(|n| Count::new(n).ok_or(CountError::TooLarge))
        .map(Some)
        .map_err(|e| MonthProblem::BadCount(field, e))
}

/// How the header's columns are mapped: as the user chose in the preview, else as remembered
/// for the same header, else by the header's names.
#[derive(Debug, Clone, Default)]
pub struct MonthsMapping {
    pub chosen: Option<Vec<Field>>,
    pub remembered: Vec<RememberedMap<Field>>,
}

/// Reads the months of `text` (a header, then a row per unit and month). `period` is the
/// report's period line, giving the month of rows without a month column.
pub fn read_months(text: &str, period: Option<&str>) -> MonthsPreview {
    read_months_mapped(text, period, MonthsMapping::default())
}

/// [`read_months`] with the header's columns mapped as `mapping` says.
pub fn read_months_mapped(
    text: &str,
    period: Option<&str>,
    mapping: MonthsMapping,
) -> MonthsPreview {
    let mut preview = MonthsPreview::default();
    let mut reader = csv::Reader::new(text, csv::detect_delimiter(text));
    let mut fields: Option<Vec<Field>> = None;
    let mut seen: HashSet<(Option<String>, Month)> = HashSet::new();
    let from_period = period.and_then(|p| match period_month(p) {
        PeriodMonth::Month(m) => Some(m),
        _ => None,
    });
    let mut read = 0;
    while let Some(record) = reader.next_record(text) {
        if record.is_blank() {
            continue;
        }
        let refuse = |preview: &mut MonthsPreview, problem| {
            preview.errors.push(MonthRowError {
                line: record.line,
                text: record.cells.join("\t").chars().take(200).collect(),
                problem,
            })
        };
        if read == MAX_ROWS {
            let unread = 1 + reader.lines_left(text);
            refuse(&mut preview, MonthProblem::TooManyRows { unread });
            break;
        }
        read += 1;
        let Some(columns) = &fields else {
            if let Some(found) = header_fields(&record.cells) {
                let header = record
                    .cells
                    .iter()
                    .map(|c| crate::core::table::export::read_text_cell(c.trim()).to_owned())
                    .collect();
                let map = ColumnMap::choose(
                    header,
                    found,
                    mapping.chosen.as_deref(),
                    &mapping.remembered,
                );
                fields = Some(map.roles.clone());
                preview.columns = Some(map);
            }
            continue;
        };
        if matches!(
            record.problem,
            Some(RecordProblem::UnclosedQuote { .. } | RecordProblem::CellTooLong { .. })
                | Some(RecordProblem::TooManyCells { .. })
        ) {
            refuse(&mut preview, MonthProblem::Unreadable);
            continue;
        }
        let cell = |f: Field| {
            columns
                .iter()
                .position(|c| *c == f)
                .and_then(|i| record.cells.get(i))
                .map_or("", |s| crate::core::table::export::read_text_cell(s.trim()))
        };
        let unit = clean_name(cell(Field::Unit)).trim().to_owned();
        let month_text = cell(Field::Month);
        if is_totals(&unit) || is_totals(month_text) {
            continue;
        }
        // A section title has no count; a row numbering the columns ("(1) (2) (3)") has no
        // month.
        let has_count = columns
            .iter()
            .zip(&record.cells)
            .any(|(f, c)| f.is_count() && !c.trim().is_empty());
        if !has_count || (is_column_numbers(&record.cells) && month_cell(month_text).is_err()) {
            continue;
        }
        let row = (|| {
            let month = if columns.contains(&Field::Month) {
                month_cell(month_text).map_err(MonthProblem::BadMonth)?
            } else {
                from_period.ok_or(MonthProblem::NoMonth)?
            };
            let counts = |f: Field| count_cell(f, cell(f));
            let total = counts(Field::Total)?.ok_or(MonthProblem::Missing(Field::Total))?;
            let online = counts(Field::Online)?.ok_or(MonthProblem::Missing(Field::Online))?;
            let mut figures = MonthFigures::new(month, total, online);
            figures.full_online = counts(Field::Full)?;
            figures.in_person = counts(Field::InPerson)?;
            figures.postal = counts(Field::Postal)?;
            figures.early = counts(Field::Early)?;
            figures.on_time = counts(Field::OnTime)?;
            figures.late = counts(Field::Late)?;
            figures.carried_over = counts(Field::CarriedOver)?;
            let entry = MonthEntry::new(figures).map_err(MonthProblem::Figures)?;
            let unit = (!unit.is_empty()).then(|| unit.clone());
            if !seen.insert((unit.as_ref().map(|u| u.to_lowercase()), month)) {
                return Err(MonthProblem::Repeated(month));
            }
            Ok(MonthRow { unit, entry })
        })();
        match row {
            Ok(row) => preview.rows.push(row),
            Err(problem) => refuse(&mut preview, problem),
        }
    }
    preview.no_header = fields.is_none();
    if !fields.as_ref().is_some_and(|f| f.contains(&Field::Month)) {
        preview.period_month = from_period;
    }
    preview
}

#[cfg(test)]
mod tests {
    use super::*;

    fn month(y: u16, m: u8) -> Month {
        Month::new(y, m).unwrap()
    }

    #[test]
    fn a_portal_report_of_one_month_gives_each_unit_that_month() {
        // As the workbook reader writes a two-row header out: each column named by the
        // texts above it.
        let text = "STT\tTên đơn vị\tSố hồ sơ nhận giải quyết Tổng số\t\
                    Số hồ sơ nhận giải quyết Trong đó: trực tuyến\tSố hồ sơ nhận giải quyết Trực tiếp\t\
                    Số hồ sơ nhận giải quyết Qua BCCI\tSố hồ sơ nhận giải quyết Kỳ trước chuyển qua\t\
                    Kết quả giải quyết Trước hạn\tKết quả giải quyết Đúng hạn\tKết quả giải quyết Trễ hạn\t\
                    Đang giải quyết\tTỷ lệ (%)\n\
                    1\tXã Vạn Thạnh\t1.000\t329\t671\t12\t5\t800\t150\t20\t35\t32,9\n\
                    2\tXã Ninh Tây\t200\t80\t120\t\t\t\t\t\t\t40\n\
                    \tTổng cộng\t1.200\t409\t791\t12\t5\t800\t150\t20\t35\t34,08\n";
        let p = read_months(text, Some("Từ ngày 01/05/2024 đến ngày 31/05/2024"));
        assert_eq!(p.errors, vec![]);
        assert_eq!(p.period_month, Some(month(2024, 5)));
        assert_eq!(p.units(), ["Xã Vạn Thạnh", "Xã Ninh Tây"]);
        let f = p.rows[0].entry.figures();
        assert_eq!(f.month, month(2024, 5));
        assert_eq!((f.total.get(), f.online.get()), (1_000, 329));
        assert_eq!(f.in_person.map(Count::get), Some(671));
        assert_eq!(f.postal.map(Count::get), Some(12));
        assert_eq!(f.carried_over.map(Count::get), Some(5));
        assert_eq!(
            (
                f.early.map(Count::get),
                f.on_time.map(Count::get),
                f.late.map(Count::get)
            ),
            (Some(800), Some(150), Some(20))
        );
        assert_eq!(p.rows[1].entry.figures().postal, None);
    }

    #[test]
    fn months_of_one_unit_by_a_month_column() {
        let text = "Tháng;Tổng số hồ sơ;Trực tuyến;Toàn trình\n\
                    01/2024;100;40;10\n\
                    tháng 2/2024;120;50;\n\
                    T3/2024;90;95;\n\
                    2024-04;abc;1;\n\
                    01/05/2024;80;;\n\
                    02/2024;1;1;\n\
                    13/2024;1;1;\n\
                    Cộng;310;90;10\n";
        let p = read_months(text, None);
        let months: Vec<Month> = p.rows.iter().map(|r| r.entry.month()).collect();
        assert_eq!(months, [month(2024, 1), month(2024, 2)]);
        assert!(p.rows.iter().all(|r| r.unit.is_none()));
        assert_eq!(
            p.rows[0].entry.figures().full_online.map(Count::get),
            Some(10)
        );
        let problems: Vec<(usize, MonthProblem)> = p
            .errors
            .iter()
            .map(|e| (e.line, e.problem.clone()))
            .collect();
        assert_eq!(
            problems,
            [
                (4, MonthProblem::Figures(EntryError::OnlineExceedsTotal)),
                (
                    5,
                    MonthProblem::BadCount(Field::Total, CountError::NotANumber)
                ),
                (6, MonthProblem::Missing(Field::Online)),
                (7, MonthProblem::Repeated(month(2024, 2))),
                (8, MonthProblem::BadMonth(DateError::MonthOutOfRange)),
            ]
        );
    }

    #[test]
    fn without_a_month_column_the_period_must_be_one_month() {
        let text = "Tên đơn vị\tTổng số\tTrực tuyến\nXã A\t10\t4\n";
        let p = read_months(text, Some("Từ ngày 01/01/2022 đến ngày 31/03/2022"));
        assert_eq!(p.rows, vec![]);
        assert_eq!(p.errors[0].problem, MonthProblem::NoMonth);
        assert_eq!(
            period_month("Từ ngày 01/01/2022 đến ngày 31/03/2022"),
            PeriodMonth::NotOneMonth
        );
        assert_eq!(
            period_month("Từ ngày 01/02/2024 đến ngày 29/02/2024"),
            PeriodMonth::Month(month(2024, 2))
        );
        assert_eq!(
            period_month("Từ ngày 02/02/2024 đến ngày 29/02/2024"),
            PeriodMonth::NotOneMonth
        );
        assert_eq!(period_month("Quý I năm 2024"), PeriodMonth::Unreadable);
        let p = read_months("Xã A\t10\t4\n", None);
        assert!(p.no_header);
        assert_eq!(p.rows, vec![]);
    }

    #[test]
    fn columns_mapped_by_hand_are_read_so() {
        // "Nộp qua DVC" is this system's name for online; "Tổng" twice.
        let text = "Tháng\tTổng số\tNộp qua DVC\tTổng số giải quyết\n05/2024\t100\t40\t90\n";
        let p = read_months(text, None);
        let map = p.columns.clone().unwrap();
        assert_eq!(
            map.roles,
            [Field::Month, Field::Total, Field::Ignore, Field::Ignore]
        );
        assert_eq!(p.errors[0].problem, MonthProblem::Missing(Field::Online));
        let chosen = map.with_role(2, Field::Online);
        let p = read_months_mapped(
            text,
            None,
            MonthsMapping {
                chosen: Some(chosen),
                remembered: Vec::new(),
            },
        );
        assert_eq!(p.errors, vec![]);
        assert_eq!(p.rows[0].entry.figures().online.get(), 40);
        assert_eq!(
            p.columns.unwrap().source,
            crate::core::table::column_map::MapSource::Chosen
        );
    }

    #[test]
    fn units_and_months_in_one_table() {
        let text = "Đơn vị,Tháng,Tổng số,Trực tuyến\n\
                    Xã A,01/2024,10,4\n\
                    Xã B,01/2024,20,5\n\
                    xã a,01/2024,1,1\n\
                    Xã A,02/2024,12,6\n";
        let p = read_months(text, None);
        assert_eq!(p.units(), ["Xã A", "Xã B"]);
        assert_eq!(p.rows.len(), 3);
        assert_eq!(p.errors[0].line, 4);
        assert_eq!(p.errors[0].problem, MonthProblem::Repeated(month(2024, 1)));
    }
}
