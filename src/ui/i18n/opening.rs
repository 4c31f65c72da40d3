//! Texts of a workbook opened in an import (the table page's and the history page's): which
//! sheet was read, the sheets to choose from, why a workbook could not be read, and the
//! columns of an imported table with what each is read as.

use super::{texts, Lang};
use crate::core::num::number_vi::format_count;
use crate::core::table::import::MAX_ROWS;
use crate::ui::workbook::read::{WorkbookProblem, WorkbookText};

texts! {
    /// Texts of opening a workbook.
    pub struct OpeningTexts, fn opening;
    workbook_reading: "Đang đọc bảng tính…" / "Reading the workbook…",
    sheet_label: "Trang tính" / "Sheet",
    column_map_heading: "Cột của bảng → thông tin được đọc" / "The table's columns → what each holds",
    column_map_hint: "Nếu một cột bị nhận sai, hãy chọn lại: bảng được đọc lại ngay, và cách gán được nhớ cho lần sau với bảng có cùng tiêu đề."
        / "If a column was taken wrongly, choose again: the table is read again at once, and the choice is remembered for the next table with the same header.",
    column_map_remembered: "Các cột được gán như lần trước với bảng có cùng tiêu đề."
        / "The columns are mapped as last time for a table with the same header.",
    column_map_reset: "Gán theo tên cột" / "Map by the column names",
}

/// Which sheet of a workbook was read, and the period written above its header.
pub fn workbook_read(lang: Lang, sheet: &WorkbookText) -> String {
    let period = sheet.period.as_deref().unwrap_or("");
    let unread = sheet.unread_rows;
    let mut text = match lang {
        Lang::Vi => format!(
            "Đã đọc trang tính “{}” ({} trang tính trong tệp)",
            sheet.sheet,
            sheet.sheets.len()
        ),
        Lang::En => format!(
            "Read the sheet “{}” ({} sheets in the file)",
            sheet.sheet,
            sheet.sheets.len()
        ),
    };
    if !period.is_empty() {
        text.push_str(&match lang {
            Lang::Vi => format!("; kỳ báo cáo: {period}"),
            Lang::En => format!("; period: {period}"),
        });
    }
    if unread > 0 {
        text.push_str(&match lang {
            Lang::Vi => format!(
                "; {} dòng sau dòng thứ {} không được đọc",
                format_count(unread as u64),
                format_count(MAX_ROWS as u64)
            ),
            Lang::En => format!(
                "; {} rows past row {} were not read",
                format_count(unread as u64),
                format_count(MAX_ROWS as u64)
            ),
        });
    }
    text.push('.');
    text
}

/// Why a workbook was not read; nothing was changed.
pub fn workbook_problem(lang: Lang, file: &str, problem: WorkbookProblem) -> String {
    let why = match (lang, problem) {
        (Lang::Vi, WorkbookProblem::TooLarge) => "quá lớn (tối đa 50 MB)",
        (Lang::En, WorkbookProblem::TooLarge) => "is too large (50 MB at most)",
        (Lang::Vi, WorkbookProblem::Unreadable) => {
            "không đọc được: tệp hỏng, hoặc không phải bảng tính dù mang tên như vậy"
        }
        (Lang::En, WorkbookProblem::Unreadable) => {
            "cannot be read: it is damaged, or not a workbook whatever its name"
        }
        (Lang::Vi, WorkbookProblem::Password) => {
            "có mật khẩu nên không đọc được: hãy mở tệp trong Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu), lưu rồi mở lại ở đây"
        }
        (Lang::En, WorkbookProblem::Password) => {
            "is protected with a password and cannot be read: open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it), save, and open it here again"
        }
        (Lang::Vi, WorkbookProblem::Empty) => "không có trang tính nào chứa dữ liệu",
        (Lang::En, WorkbookProblem::Empty) => "has no sheet with any cell",
        (Lang::Vi, WorkbookProblem::NoReader) => {
            "chưa đọc được vì chưa tải được bộ đọc Excel (lần đầu mở bảng tính cần mạng)"
        }
        (Lang::En, WorkbookProblem::NoReader) => {
            "could not be read: the Excel reader did not load (the first workbook opened needs the network)"
        }
    };
    match lang {
        Lang::Vi => format!("Tệp “{file}” {why}. Bảng không thay đổi."),
        Lang::En => format!("The file “{file}” {why}. The table was not changed."),
    }
}

/// Formulas whose results the file does not keep: their cells are read as empty.
pub fn formulas_without_values(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Vi => format!(
            "{} ô có công thức nhưng tệp không lưu kết quả (tệp do phần mềm không tính công thức tạo ra): các ô đó được đọc là trống. Hãy mở tệp trong Excel hoặc LibreOffice, lưu lại rồi mở lại ở đây.",
            format_count(n as u64)
        ),
        Lang::En => format!(
            "{} cells hold a formula whose result the file does not keep (it was written by a program that does not calculate): they are read as empty. Open the file in Excel or LibreOffice, save it, and open it here again.",
            format_count(n as u64)
        ),
    }
}

/// The fields no column is read as, without which no row can be read.
pub fn columns_missing(lang: Lang, fields: &[&str]) -> Option<String> {
    if fields.is_empty() {
        return None;
    }
    let list = fields
        .iter()
        .map(|f| format!("“{f}”"))
        .collect::<Vec<_>>()
        .join(", ");
    Some(match lang {
        Lang::Vi => format!("Chưa có cột nào là {list}: hãy chọn cột chứa thông tin đó."),
        Lang::En => format!("No column is {list}: choose the column that holds it."),
    })
}
