//! Workbooks written from the history page: the export buttons of the months and the
//! report, and what is said while the workbook writer works or when it fails. (The table
//! page's workbook texts are in [`super::table`].)

use super::texts;

texts! {
    /// Texts of the workbook exports.
    pub struct WorkbookTexts, fn workbook;
    export_months: "Tải Excel các tháng (.xlsx)" / "Download the months as Excel (.xlsx)",
    export_months_hint: "Một trang tính: mỗi dòng là một tháng của một đơn vị, mọi đơn vị."
        / "One sheet: a row per month of each unit, every unit.",
    export_report: "Tải Excel các biểu (.xlsx)" / "Download the tables as Excel (.xlsx)",
    export_report_hint: "Mỗi biểu một trang tính, cùng số liệu như trên màn hình; tiêu đề bằng tiếng Việt."
        / "One sheet per table, with the figures shown here; headings in Vietnamese.",
    writing: "Đang tạo tệp Excel…" / "Writing the Excel file…",
    failed: "Không tạo được tệp Excel. Lần dùng đầu cần mạng để tải bộ ghi Excel: hãy kết nối mạng rồi thử lại."
        / "The Excel file could not be written. The first use needs the network to load the Excel writer: connect and try again.",
}
