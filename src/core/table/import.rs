//! Tables pasted from Excel / LibreOffice, CSV files, and letters' appendices (Khánh Hòa's
//! Công văn 1598/STTTT-CNTTBCVT, docs/sources.md): read into units, with every row that could
//! not be read and why. Nothing is applied here; the caller shows the preview and imports only
//! on confirmation.

use super::column_map::{ColumnMap, RememberedMap};
use super::columns::{
    guess_roles, header_roles, import_count, is_roman, is_sub_numbered, parse_commune_group,
    parse_target, section_tier, Role,
};
use super::csv::{self, RecordProblem};
use super::unit::{Figures, Unit, UnitKind};
use crate::core::num::count::CountError;
use crate::core::num::counts::{Counts, CountsError};
use crate::core::num::percent::{parse_percent, PercentError};
use crate::core::rules::rule_set::RuleSet;
use crate::core::rules::tier::Tier;
use crate::core::stored::record::NAME_MAX_CHARS;
use std::collections::HashSet;

/// The most rows one import reads; more are reported, not read. With the table's other
/// work, the page stays responsive up to here (see `scripts/bench`).
pub const MAX_ROWS: usize = 50_000;
/// The most characters one import reads (pasted or from a file); a longer text is refused
/// before anything is read.
pub const MAX_CHARS: usize = 5_000_000;
/// The longest note; names, groups and targets are at most [`NAME_MAX_CHARS`], as the row
/// editor allows.
pub const NOTE_MAX_CHARS: usize = csv::MAX_CELL_CHARS;

/// Why a row was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowProblem {
    NoName,
    BadTotal(CountError),
    BadOnline(CountError),
    BadFull(CountError),
    /// Total given without online, or the reverse.
    IncompleteCounts,
    BadRate(PercentError),
    Counts(CountsError),
    UnknownKind(String),
    BadCommuneGroup(String),
    /// Reading stopped at [`MAX_ROWS`]; `unread` lines with text, from this one on, were
    /// not read.
    TooManyRows {
        unread: usize,
    },
    /// A quote (") opened on this line is never closed.
    UnclosedQuote,
    /// A text is longer than its field allows.
    TooLong {
        field: TextField,
        chars: usize,
        max: usize,
    },
    /// Cell `column` (1-based) is longer than any field allows.
    CellTooLong {
        column: usize,
        chars: usize,
    },
    /// The row has more cells than any table has columns.
    TooManyCells {
        cells: usize,
    },
}

/// A text field of a unit, for the lengths it may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
    Name,
    Group,
    Target,
    Note,
}

impl TextField {
    pub fn max_chars(self) -> usize {
        match self {
            TextField::Note => NOTE_MAX_CHARS,
            _ => NAME_MAX_CHARS,
        }
    }
}

fn check_length(field: TextField, text: &str) -> Result<(), RowProblem> {
    let max = field.max_chars();
    // Bytes first: a text of at most `max` bytes has at most `max` characters.
    if text.len() <= max {
        return Ok(());
    }
    let chars = text.chars().count();
    if chars > max {
        Err(RowProblem::TooLong { field, chars, max })
    } else {
        Ok(())
    }
}

/// The lengths every unit's texts keep to, whichever way it came in (typed, pasted, a CSV or
/// JSON file).
pub fn check_lengths(unit: &Unit) -> Result<(), RowProblem> {
    check_length(TextField::Name, &unit.name)?;
    check_length(TextField::Group, &unit.group)?;
    check_length(TextField::Target, &unit.target)?;
    check_length(TextField::Note, &unit.note)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// 1-based line (row) number in the pasted text or file.
    pub line: usize,
    pub text: String,
    pub problem: RowProblem,
}

/// What an import would add: the units read, the groups met, and the rows refused.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Preview {
    pub units: Vec<Unit>,
    /// The rule set a shared table is judged by (see [`super::export::SharedTable`]).
    pub rule_set: Option<RuleSet>,
    pub errors: Vec<RowError>,
    pub groups: Vec<String>,
    /// Header, section and group rows read as context, not as units.
    pub context_rows: usize,
    /// The header found and the field each of its columns fills; none for a table without
    /// a header (its columns are guessed row by row) and for a JSON table.
    pub columns: Option<ColumnMap<Role>>,
}

impl Preview {
    /// Rows left unread past [`MAX_ROWS`], if reading stopped there.
    pub fn unread_rows(&self) -> Option<usize> {
        self.errors.iter().find_map(|e| match e.problem {
            RowProblem::TooManyRows { unread } => Some(unread),
            _ => None,
        })
    }
}

/// The units of a JSON table (our own export) as a preview: units whose texts are too long
/// are refused, numbered from 1 in the file's order.
pub fn preview_units(units: Vec<Unit>) -> Preview {
    let mut preview = Preview::default();
    let mut seen = HashSet::new();
    for (i, unit) in units.into_iter().enumerate() {
        if let Err(problem) = check_lengths(&unit) {
            preview.errors.push(RowError {
                line: i + 1,
                text: unit.name.chars().take(120).collect(),
                problem,
            });
            continue;
        }
        if !unit.group.is_empty() && seen.insert(unit.group.clone()) {
            preview.groups.push(unit.group.clone());
        }
        preview.units.push(unit);
    }
    preview
}

struct Cells<'a> {
    row: &'a [String],
    roles: &'a [Role],
}

impl Cells<'_> {
    fn get(&self, role: Role) -> &str {
        self.roles
            .iter()
            .position(|r| *r == role)
            .and_then(|i| self.row.get(i))
            .map(|s| super::export::read_text_cell(s.trim()))
            .unwrap_or("")
    }

    fn has_figure(&self) -> bool {
        [Role::Total, Role::Online, Role::Full, Role::Rate]
            .iter()
            .any(|r| !self.get(*r).is_empty())
    }
}

/// Builds a unit from named cell texts: the edge through which imported and edited rows
/// enter the table.
pub struct UnitCells<'a> {
    pub name: &'a str,
    pub group: &'a str,
    pub kind: &'a str,
    pub target: &'a str,
    pub total: &'a str,
    pub online: &'a str,
    pub full: &'a str,
    pub rate: &'a str,
    pub note: &'a str,
    /// Commune group: "2", "Nhóm 2", or empty.
    pub commune_group: &'a str,
}

pub fn unit_from_cells(c: &UnitCells<'_>) -> Result<Unit, RowProblem> {
    // Names are one line, without direction controls (see `text::clean_name`).
    let name = crate::core::text::clean_name(c.name);
    let name = name.trim();
    if name.is_empty() {
        return Err(RowProblem::NoName);
    }
    check_length(TextField::Name, name)?;
    check_length(TextField::Group, c.group.trim())?;
    check_length(TextField::Target, c.target.trim())?;
    check_length(TextField::Note, c.note.trim())?;
    let kind = if c.kind.trim().is_empty() {
        UnitKind::from_name(name)
    } else {
        UnitKind::parse(c.kind).ok_or_else(|| RowProblem::UnknownKind(c.kind.trim().to_owned()))?
    };
    let (total, online, full) = (c.total.trim(), c.online.trim(), c.full.trim());
    let figures = if !total.is_empty() || !online.is_empty() || !full.is_empty() {
        if total.is_empty() || online.is_empty() {
            return Err(RowProblem::IncompleteCounts);
        }
        let t = import_count(total).map_err(RowProblem::BadTotal)?;
        let o = import_count(online).map_err(RowProblem::BadOnline)?;
        let f = if full.is_empty() {
            None
        } else {
            Some(import_count(full).map_err(RowProblem::BadFull)?)
        };
        let count = |n: u64| {
            crate::core::num::count::Count::new(n).unwrap_or(crate::core::num::count::Count::ZERO)
        };
        let counts = Counts::new(count(t), count(o), f.map(count)).map_err(RowProblem::Counts)?;
        Figures::Counts { counts }
    } else if !c.rate.trim().is_empty() {
        Figures::Rate {
            rate: parse_percent(c.rate).map_err(RowProblem::BadRate)?,
        }
    } else {
        Figures::Missing
    };
    Ok(Unit {
        name: name.to_owned(),
        group: crate::core::text::clean_name(c.group).trim().to_owned(),
        kind,
        target: parse_target(c.target),
        figures,
        note: c.note.trim().to_owned(),
        commune_group: parse_commune_group(c.commune_group)?,
    })
}

/// How a reader maps the columns of the header it finds: as the user chose in the preview,
/// else as remembered for the same header, else by the header's names.
#[derive(Debug, Clone, Default)]
pub struct Mapping {
    pub chosen: Option<Vec<Role>>,
    pub remembered: Vec<RememberedMap<Role>>,
}

/// Reads a table from pasted text or a CSV / TSV file, a slice at a time: [`TableReader::step`]
/// reads some rows and can be called again later, so that a large paste never holds up the
/// page; [`parse_table`] reads it all at once.
pub struct TableReader {
    text: String,
    csv: csv::Reader,
    /// The next record with text, read ahead: a group heading is known by the row after it.
    next: Option<csv::Record>,
    header: Option<Vec<Role>>,
    tier_context: Option<Tier>,
    group_context: Option<String>,
    groups_seen: HashSet<String>,
    mapping: Mapping,
    preview: Preview,
    done: bool,
}

impl TableReader {
    pub fn new(text: String) -> TableReader {
        TableReader::mapped(text, Mapping::default())
    }

    /// A reader that maps the header's columns as `mapping` says.
    pub fn mapped(text: String, mapping: Mapping) -> TableReader {
        let csv = csv::Reader::new(&text, csv::detect_delimiter(&text));
        let mut reader = TableReader {
            text,
            csv,
            next: None,
            header: None,
            tier_context: None,
            group_context: None,
            groups_seen: HashSet::new(),
            mapping,
            preview: Preview::default(),
            done: false,
        };
        reader.next = reader.pull();
        reader
    }

    /// The next record that is not blank.
    fn pull(&mut self) -> Option<csv::Record> {
        loop {
            let record = self.csv.next_record(&self.text)?;
            if !record.is_blank() {
                return Some(record);
            }
        }
    }

    /// Bytes read so far and the text's length, to show how far reading has got.
    pub fn progress(&self) -> (usize, usize) {
        (self.csv.position(), self.text.len())
    }

    /// Reads up to `rows` more rows; true once the whole text is read (or [`MAX_ROWS`]).
    pub fn step(&mut self, rows: usize) -> bool {
        for _ in 0..rows {
            if self.done {
                break;
            }
            let Some(record) = self.next.take() else {
                self.done = true;
                break;
            };
            self.next = self.pull();
            if self.preview.units.len() + self.preview.errors.len() >= MAX_ROWS {
                // Counted, not read: a byte scan, quick even for a hundred thousand lines.
                let unread = 1 + usize::from(self.next.is_some()) + self.csv.lines_left(&self.text);
                self.preview.errors.push(RowError {
                    line: record.line,
                    text: record.cells.join("\t"),
                    problem: RowProblem::TooManyRows { unread },
                });
                self.done = true;
                break;
            }
            self.read(record);
        }
        self.done
    }

    pub fn finish(mut self) -> Preview {
        while !self.step(usize::MAX) {}
        self.preview
    }

    fn refuse(&mut self, line: usize, row: &[String], problem: RowProblem) {
        self.preview.errors.push(RowError {
            line,
            text: row.join("\t"),
            problem,
        });
    }

    fn read(&mut self, record: csv::Record) {
        let csv::Record {
            line,
            cells: row,
            problem,
        } = record;
        match problem {
            Some(RecordProblem::UnclosedQuote { line }) => {
                return self.refuse(line, &row, RowProblem::UnclosedQuote)
            }
            Some(RecordProblem::CellTooLong { column, chars }) => {
                return self.refuse(line, &row, RowProblem::CellTooLong { column, chars })
            }
            Some(RecordProblem::TooManyCells { cells }) => {
                return self.refuse(line, &row, RowProblem::TooManyCells { cells })
            }
            None => {}
        }
        let preview = &mut self.preview;
        if self.header.is_none() && preview.units.is_empty() {
            if let Some(found) = header_roles(&row) {
                let header: Vec<String> = row
                    .iter()
                    .map(|c| super::export::read_text_cell(c.trim()).to_owned())
                    .collect();
                let map = ColumnMap::choose(
                    header,
                    found,
                    self.mapping.chosen.take().as_deref(),
                    &self.mapping.remembered,
                );
                let roles = map.roles.clone();
                preview.columns = Some(map);
                self.header = Some(roles);
                preview.context_rows += 1;
                return;
            }
        }
        let guessed;
        let roles: &[Role] = match &self.header {
            Some(roles) => roles,
            None => {
                guessed = guess_roles(&row);
                &guessed
            }
        };
        let cells = Cells { row: &row, roles };
        let numbering = cells.get(Role::Numbering);
        let name = cells.get(Role::Name);
        if !cells.has_figure() {
            if is_roman(numbering) {
                self.tier_context = section_tier(name);
                self.group_context = None;
                preview.context_rows += 1;
                return;
            }
            let next_is_sub = self
                .next
                .as_ref()
                .filter(|next| next.problem.is_none())
                .map(|next| {
                    let next_roles = self
                        .header
                        .clone()
                        .unwrap_or_else(|| guess_roles(&next.cells));
                    is_sub_numbered(
                        Cells {
                            row: &next.cells,
                            roles: &next_roles,
                        }
                        .get(Role::Numbering),
                    )
                })
                .unwrap_or(false);
            if next_is_sub
                && !name.is_empty()
                && !is_sub_numbered(numbering)
                && check_length(TextField::Group, name).is_ok()
            {
                self.group_context = Some(name.to_owned());
                if self.groups_seen.insert(name.to_owned()) {
                    preview.groups.push(name.to_owned());
                }
                preview.context_rows += 1;
                return;
            }
        }
        if !numbering.is_empty() && !is_sub_numbered(numbering) {
            self.group_context = None;
        }
        let group_cell = cells.get(Role::Group);
        let target_cell = cells.get(Role::Target);
        let context_target = self.tier_context.as_ref().map_or("", Tier::slug);
        let unit = unit_from_cells(&UnitCells {
            name,
            group: if group_cell.is_empty() {
                self.group_context.as_deref().unwrap_or("")
            } else {
                group_cell
            },
            kind: cells.get(Role::Kind),
            target: if target_cell.is_empty() {
                context_target
            } else {
                target_cell
            },
            total: cells.get(Role::Total),
            online: cells.get(Role::Online),
            full: cells.get(Role::Full),
            rate: cells.get(Role::Rate),
            note: cells.get(Role::Note),
            commune_group: cells.get(Role::CommuneGroup),
        });
        match unit {
            Ok(unit) => {
                if !unit.group.is_empty() && self.groups_seen.insert(unit.group.clone()) {
                    preview.groups.push(unit.group.clone());
                }
                preview.units.push(unit);
            }
            Err(problem) => self.refuse(line, &row, problem),
        }
    }
}

/// Reads a table from pasted text or a CSV / TSV file, all at once.
pub fn parse_table(text: &str) -> Preview {
    TableReader::new(text.to_owned()).finish()
}

/// [`parse_table`] with the header's columns mapped as `mapping` says.
pub fn parse_table_mapped(text: &str, mapping: Mapping) -> Preview {
    TableReader::mapped(text.to_owned(), mapping).finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::num::percent::Percent;
    use proptest::prelude::*;

    const SEED_000: &str = include_str!("../../../tests/fixtures/seed000_appendix.tsv");

    /// Each refused row's line and problem.
    fn problems(p: &Preview) -> Vec<(usize, RowProblem)> {
        p.errors
            .iter()
            .map(|e| (e.line, e.problem.clone()))
            .collect()
    }

    fn rate(unit: &Unit) -> Option<Percent> {
        match unit.figures {
            Figures::Rate { rate } => Some(rate),
            _ => None,
        }
    }

    #[test]
    fn reads_seed_000s_appendix() {
        let p = parse_table(SEED_000);
        assert_eq!(p.errors, vec![]);
        assert_eq!(p.units.len(), 8 + 13 + 2 + 12 + 7 + 6);
        let first = &p.units[0];
        assert_eq!(
            (first.name.as_str(), first.target.as_str()),
            ("Xã Vạn Thạnh", "ntm")
        );
        assert_eq!(rate(first), parse_percent("32,91").ok());
        assert_eq!(first.note, "Yêu cầu tỷ lệ đạt tối thiểu 30%");
        assert_eq!(p.units[8].name, "Xã Vạn Thắng");
        assert_eq!(p.units[8].target, "nang-cao");
        assert_eq!(p.units[21].target, "kieu-mau");
        let van_hung = p.units.iter().find(|u| u.name == "Xã Vạn Hưng").unwrap();
        assert_eq!(
            (van_hung.group.as_str(), van_hung.target.as_str()),
            ("Huyện Vạn Ninh", "")
        );
        let cam_binh = p.units.iter().find(|u| u.name == "Xã Cam Bình").unwrap();
        assert_eq!(cam_binh.group, "Thành phố Cam Ranh");
        assert_eq!(
            p.groups,
            vec![
                "Huyện Vạn Ninh",
                "Thành phố Nha Trang",
                "Thành phố Cam Ranh"
            ]
        );
        assert!(p.units.iter().all(|u| u.kind == UnitKind::Xa));
    }

    #[test]
    fn reads_an_excel_paste_with_a_header() {
        let text = "Tên đơn vị\tNhóm\tHạng đăng ký\tTổng số hồ sơ\tTrực tuyến\tToàn trình\n\
                    Xã A\tCụm 1\tNTM nâng cao\t1.234\t617\t\n\
                    Phường B\tCụm 1\t\t1,000\t300\t100\n";
        let p = parse_table(text);
        assert_eq!(p.errors, vec![]);
        assert_eq!(p.units.len(), 2);
        assert_eq!(p.units[0].target, "nang-cao");
        assert_eq!(p.units[1].kind, UnitKind::Phuong);
        let Figures::Counts { counts } = p.units[1].figures else {
            panic!()
        };
        assert_eq!(
            (counts.total().get(), counts.full_online().map(|c| c.get())),
            (1000, Some(100))
        );
    }

    #[test]
    fn the_columns_are_mapped_as_found_remembered_or_chosen() {
        use crate::core::table::column_map::{remember, MapSource};
        // A system that calls the online count "Nộp qua DVC" and adds a column of its own.
        let text = "Đơn vị\tTổng số hồ sơ\tNộp qua DVC\tTổng số tiếp nhận trực tiếp\n\
                    Xã A\t100\t40\t60\n";
        let p = parse_table(text);
        let columns = p.columns.clone().unwrap();
        assert_eq!(columns.source, MapSource::Found);
        assert_eq!(
            columns.roles,
            [Role::Name, Role::Total, Role::Ignore, Role::Total]
        );
        assert_eq!(columns.header[2], "Nộp qua DVC");
        // The user maps the third column to online and the fourth to nothing.
        let chosen = columns.with_role(2, Role::Online);
        let chosen = ColumnMap {
            roles: chosen,
            ..columns.clone()
        }
        .with_role(3, Role::Ignore);
        let p = parse_table_mapped(
            text,
            Mapping {
                chosen: Some(chosen.clone()),
                remembered: Vec::new(),
            },
        );
        assert_eq!(p.errors, vec![]);
        let Figures::Counts { counts } = p.units[0].figures else {
            panic!("{p:?}")
        };
        assert_eq!((counts.total().get(), counts.online().get()), (100, 40));
        let mut chosen_map = p.columns.clone().unwrap();
        assert_eq!(chosen_map.source, MapSource::Chosen);
        // Remembered, the next file with that header is read the same way.
        let mut remembered = Vec::new();
        assert!(remember(&mut remembered, &chosen_map));
        let next = "Đơn vị\tTổng số hồ sơ\tNộp qua DVC\tTổng số tiếp nhận trực tiếp\n\
                    Xã B\t10\t9\t1\n";
        let p = parse_table_mapped(
            next,
            Mapping {
                chosen: None,
                remembered: remembered.clone(),
            },
        );
        assert_eq!(p.columns.as_ref().unwrap().source, MapSource::Remembered);
        assert_eq!(p.errors, vec![]);
        assert_eq!(p.units[0].name, "Xã B");
        // Without a name column nothing is read, each row saying why.
        chosen_map.roles = chosen_map.with_role(0, Role::Ignore);
        assert!(!chosen_map.has(Role::Name));
        let p = parse_table_mapped(
            next,
            Mapping {
                chosen: Some(chosen_map.roles),
                remembered,
            },
        );
        assert_eq!(problems(&p), vec![(2, RowProblem::NoName)]);
    }

    #[test]
    fn says_which_rows_could_not_be_read_and_why() {
        let text = "Tên\tTổng\tTrực tuyến\n\
                    Xã A\t100\t120\n\
                    Xã B\tabc\t1\n\
                    \t10\t1\n\
                    Xã C\t10\t\n\
                    Xã D\t10\t5\n";
        let p = parse_table(text);
        assert_eq!(p.units.len(), 1);
        assert_eq!(
            problems(&p),
            vec![
                (2, RowProblem::Counts(CountsError::OnlineExceedsTotal)),
                (3, RowProblem::BadTotal(CountError::NotANumber)),
                (4, RowProblem::NoName),
                (5, RowProblem::IncompleteCounts),
            ]
        );
        let rates = parse_table("Xã A\t130\nXã B\t29,995\n");
        assert_eq!(rates.errors.len(), 2);
    }

    #[test]
    fn an_unclosed_quote_is_one_unreadable_row_and_the_rest_is_read() {
        let mut text = String::from("\"Xã mở ngoặc,100,40\n");
        for i in 0..2_000 {
            text.push_str(&format!("Xã {i},100,40\n"));
        }
        let p = parse_table(&text);
        assert_eq!(p.units.len(), 2_000);
        assert_eq!(p.errors.len(), 1);
        assert_eq!(
            (p.errors[0].line, &p.errors[0].problem),
            (1, &RowProblem::UnclosedQuote)
        );
        assert_eq!(p.errors[0].text, "\"Xã mở ngoặc,100,40");
        // Quoted cells over two lines keep the line numbers right.
        let p = parse_table("Tên,Tổng,Trực tuyến,Ghi chú\nXã A,10,5,\"hai\ndòng\"\nXã B,10,50,\n");
        assert_eq!(p.units[0].note, "hai\ndòng");
        assert_eq!(p.errors[0].line, 4);
    }

    #[test]
    fn over_long_texts_are_refused_for_their_row() {
        let long_name = "Xã ".to_owned() + &"a".repeat(NAME_MAX_CHARS);
        let long_cell = "b".repeat(csv::MAX_CELL_CHARS + 1);
        let text = format!(
            "Tên\tTổng\tTrực tuyến\nXã A\t10\t5\n{long_name}\t10\t5\nXã C\t10\t{long_cell}\n"
        );
        let p = parse_table(&text);
        assert_eq!(p.units.len(), 1);
        assert_eq!(
            problems(&p),
            vec![
                (
                    3,
                    RowProblem::TooLong {
                        field: TextField::Name,
                        chars: NAME_MAX_CHARS + 3,
                        max: NAME_MAX_CHARS
                    }
                ),
                (
                    4,
                    RowProblem::CellTooLong {
                        column: 3,
                        chars: csv::MAX_CELL_CHARS + 1
                    }
                ),
            ]
        );
        // The row editor's edge says the same.
        let edited = unit_from_cells(&UnitCells {
            name: &long_name,
            group: "",
            kind: "",
            target: "",
            total: "",
            online: "",
            full: "",
            rate: "",
            note: "",
            commune_group: "",
        });
        assert!(matches!(
            edited,
            Err(RowProblem::TooLong {
                field: TextField::Name,
                ..
            })
        ));
        // A name of exactly 200 characters is fine.
        let ok = "đ".repeat(NAME_MAX_CHARS);
        assert_eq!(parse_table(&format!("{ok}\t40\n")).units.len(), 1);
        // And a JSON table keeps to the same lengths.
        let units = vec![Unit::named("Xã A"), Unit::named(&long_name)];
        let p = preview_units(units);
        assert_eq!((p.units.len(), p.errors[0].line), (1, 2));
    }

    #[test]
    fn reading_stops_at_the_row_limit_and_counts_the_rest() {
        let mut text = String::new();
        for i in 0..MAX_ROWS + 7 {
            text.push_str(&format!("Xã {i}\t40\n\n"));
        }
        let p = parse_table(&text);
        assert_eq!(p.units.len(), MAX_ROWS);
        assert_eq!(p.unread_rows(), Some(7));
        assert_eq!(p.errors[0].line, 2 * MAX_ROWS + 1);
    }

    #[test]
    fn reading_in_slices_gives_what_reading_at_once_gives() {
        let text = format!("{SEED_000}\nXã Z\t\"1\n2\"\t\n\"Xã mở");
        let mut reader = TableReader::new(text.clone());
        let mut steps = 0;
        while !reader.step(3) {
            steps += 1;
            let (read, of) = reader.progress();
            assert!(read <= of);
        }
        assert!(steps > 10);
        assert_eq!(reader.finish(), parse_table(&text));
    }

    #[test]
    fn many_distinct_groups_are_listed_once_each() {
        let mut text = String::from("Tên\tNhóm\tTỷ lệ\n");
        for i in 0..20_000 {
            text.push_str(&format!("Xã {i}\tHuyện {}\t40\n", i % 10_000));
        }
        let p = parse_table(&text);
        assert_eq!((p.units.len(), p.groups.len()), (20_000, 10_000));
        assert_eq!(p.groups[9_999], "Huyện 9999");
    }

    proptest! {
        #[test]
        fn hostile_text_never_panics(text in "\\PC{0,400}") {
            let p = parse_table(&text);
            prop_assert!(p.units.len() + p.errors.len() <= MAX_ROWS + 1);
        }

        #[test]
        fn tab_grids_of_anything_never_panic(
            rows in prop::collection::vec(prop::collection::vec("[0-9IVX①②.,%\\- ]{0,6}|\\PC{0,8}", 0..6), 0..12)
        ) {
            let text = rows.iter().map(|r| r.join("\t")).collect::<Vec<_>>().join("\n");
            let _ = parse_table(&text);
        }
    }
}
