//! What the columns and rows of a pasted table are: a header cell's meaning in Vietnamese or
//! English, numbering (`1`, `1.1`, `①`, `IV`), the tier an appendix's section title names, and
//! the texts of targets, commune groups and counts as people write them in a spreadsheet.

use super::import::RowProblem;
use crate::core::num::count::{parse_count, CountError};
use crate::core::rules::tier::Tier;

/// What a column holds: one of a unit's fields, its numbering, or nothing to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Numbering,
    Name,
    Group,
    CommuneGroup,
    Kind,
    Target,
    Total,
    Online,
    Full,
    Rate,
    Note,
    Ignore,
}

impl Role {
    /// Every role, in the order a user is offered them.
    pub const ALL: [Role; 12] = [
        Role::Name,
        Role::Numbering,
        Role::Group,
        Role::CommuneGroup,
        Role::Kind,
        Role::Target,
        Role::Total,
        Role::Online,
        Role::Full,
        Role::Rate,
        Role::Note,
        Role::Ignore,
    ];

    /// Whether a column of this role holds one of the figures (counts or a rate).
    pub fn is_figure(self) -> bool {
        matches!(self, Role::Total | Role::Online | Role::Full | Role::Rate)
    }
}

fn norm(text: &str) -> String {
    text.trim().to_lowercase()
}

fn header_role(cell: &str) -> Option<Role> {
    let c = norm(cell);
    let has = |words: &[&str]| words.iter().any(|w| c.contains(w));
    if matches!(c.as_str(), "tt" | "stt" | "số tt" | "no" | "no." | "#") {
        Some(Role::Numbering)
    } else if has(&["tỷ lệ", "tỉ lệ", "rate", "%"]) {
        Some(Role::Rate)
    } else if has(&["toàn trình", "full"]) {
        Some(Role::Full)
    } else if has(&["tổng", "total"]) {
        Some(Role::Total)
    } else if has(&["trực tuyến", "online"]) {
        Some(Role::Online)
    } else if has(&["ghi chú", "note"]) {
        Some(Role::Note)
    } else if has(&["nhóm xã", "commune group"]) {
        Some(Role::CommuneGroup)
    } else if has(&["loại", "kind", "type"]) {
        Some(Role::Kind)
    } else if has(&["hạng", "đăng ký", "chỉ tiêu", "target", "tier", "quota"]) {
        Some(Role::Target)
    } else if has(&["nhóm", "huyện", "group", "cụm"]) {
        Some(Role::Group)
    } else if has(&["tên", "đơn vị", "địa phương", "name", "unit"]) {
        Some(Role::Name)
    } else {
        None
    }
}

/// A header row: at least two cells name a column, and it has a name column.
pub(crate) fn header_roles(row: &[String]) -> Option<Vec<Role>> {
    let roles: Vec<Option<Role>> = row.iter().map(|c| header_role(c)).collect();
    let named = roles.iter().flatten().count();
    (named >= 2 && roles.contains(&Some(Role::Name))).then(|| {
        roles
            .into_iter()
            .map(|r| r.unwrap_or(Role::Ignore))
            .collect()
    })
}

fn is_circled(c: char) -> bool {
    ('\u{2460}'..='\u{2473}').contains(&c) || ('\u{2776}'..='\u{277F}').contains(&c)
}

pub(super) fn is_roman(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
}

fn is_numbering(text: &str) -> bool {
    let t = text.trim().trim_end_matches(['.', ')']);
    !t.is_empty()
        && (is_roman(t)
            || t.chars().all(is_circled)
            || (t.chars().all(|c| c.is_ascii_digit() || c == '.')
                && t.chars().next().is_some_and(|c| c.is_ascii_digit())))
}

/// "1.1", "2.10": a row under a group heading.
pub(super) fn is_sub_numbered(text: &str) -> bool {
    let t = text.trim().trim_end_matches('.');
    t.contains('.')
        && t.split('.')
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
}

fn looks_numeric(text: &str) -> bool {
    let t = text.trim().trim_end_matches('%').trim();
    !t.is_empty()
        && t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ' ' | '\u{a0}'))
}

/// Roles for a row without a header: numbering and name first, then figures, then a note.
pub(super) fn guess_roles(row: &[String]) -> Vec<Role> {
    let mut roles = vec![Role::Ignore; row.len()];
    let mut i = 0;
    if row.first().is_some_and(|c| is_numbering(c)) && row.len() > 1 {
        roles[0] = Role::Numbering;
        i = 1;
    }
    if i < row.len() {
        roles[i] = Role::Name;
        i += 1;
    }
    let numeric: Vec<usize> = (i..row.len()).filter(|&j| looks_numeric(&row[j])).collect();
    match numeric.len() {
        0 => {}
        1 => roles[numeric[0]] = Role::Rate,
        2 => {
            roles[numeric[0]] = Role::Total;
            roles[numeric[1]] = Role::Online;
        }
        _ => {
            roles[numeric[0]] = Role::Total;
            roles[numeric[1]] = Role::Online;
            roles[numeric[2]] = Role::Full;
        }
    }
    let last_figure = numeric.last().copied().unwrap_or(i.saturating_sub(1));
    if let Some(j) = (last_figure + 1..row.len())
        .rev()
        .find(|&j| !row[j].trim().is_empty())
    {
        roles[j] = Role::Note;
    }
    roles
}

/// A row that totals the rows above it, named as reports do.
pub(crate) fn is_totals(name: &str) -> bool {
    let n = name.trim().trim_end_matches(':').to_lowercase();
    [
        "tổng cộng",
        "toàn tỉnh",
        "cộng",
        "tổng",
        "tổng số",
        "toàn huyện",
        "toàn xã",
        "total",
    ]
    .contains(&n.as_str())
}

/// A row numbering the columns under the header: `(1)`, `2`, `(3)` …
pub(crate) fn is_column_numbers(row: &[String]) -> bool {
    let cells: Vec<&str> = row
        .iter()
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .collect();
    // "(1) (2) (4)=(2)/(3)": each in brackets; or "1 2 3": counting up by one.
    let bracketed = cells.iter().all(|c| {
        c.starts_with('(')
            && c.ends_with(')')
            && c.chars().all(|ch| {
                ch.is_ascii_digit() || matches!(ch, '(' | ')' | '=' | '+' | '-' | '/' | '*')
            })
    });
    let counting = cells
        .iter()
        .map(|c| c.parse::<u32>().ok())
        .collect::<Option<Vec<u32>>>()
        .is_some_and(|n| n.windows(2).all(|w| w[1] == w[0] + 1));
    cells.len() >= 2 && (bracketed || counting)
}

/// The tier a section title of an appendix names ("XÃ ĐĂNG KÝ ĐẠT CHUẨN NÔNG THÔN MỚI NÂNG CAO").
pub(super) fn section_tier(title: &str) -> Option<Tier> {
    let t = norm(title);
    if t.contains("kiểu mẫu") {
        Some(Tier::KIEU_MAU)
    } else if t.contains("nâng cao") {
        Some(Tier::NANG_CAO)
    } else if t.contains("nông thôn mới") && t.starts_with("xã") {
        Some(Tier::NTM)
    } else {
        None
    }
}

/// A target as people write it ("NTM nâng cao", "kiểu mẫu") or a slug / quota id as is.
pub fn parse_target(text: &str) -> String {
    let t = norm(text);
    if t.is_empty() {
        String::new()
    } else if t.contains("kiểu mẫu") || t == "kieu-mau" {
        "kieu-mau".into()
    } else if t.contains("nâng cao") || t == "nang-cao" {
        "nang-cao".into()
    } else if t == "ntm" || t == "nông thôn mới" {
        "ntm".into()
    } else {
        text.trim().to_owned()
    }
}

/// A commune group as written: "2", "Nhóm 2", "nhóm 3"; empty for none.
pub(super) fn parse_commune_group(text: &str) -> Result<Option<u8>, RowProblem> {
    let t = norm(text);
    let digits = t
        .trim_start_matches("nhóm")
        .trim_start_matches("group")
        .trim();
    if digits.is_empty() {
        return Ok(None);
    }
    match digits.parse::<u8>() {
        Ok(n) if (1..=9).contains(&n) => Ok(Some(n)),
        _ => Err(RowProblem::BadCommuneGroup(text.trim().to_owned())),
    }
}

/// A count in an imported cell; Excel in English writes thousands with commas ("1,234").
pub(crate) fn import_count(text: &str) -> Result<u64, CountError> {
    let t = text.trim();
    let groups: Vec<&str> = t.split(',').collect();
    let comma_thousands = groups.len() > 1
        && !t.contains('.')
        && (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3);
    let t = if comma_thousands {
        t.replace(',', ".")
    } else {
        t.to_owned()
    };
    parse_count(&t).map(|c| c.get())
}
