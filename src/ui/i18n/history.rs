//! The history page (months, periods, projection): its texts and the errors of its fields.
//! The scorecard and the report have modules of their own.

use super::{texts, Lang};
use crate::core::history::calendar::DateError;
use crate::core::history::import::{Field, MonthProblem, MonthsPreview};
use crate::core::history::month_entry::EntryError;
use crate::core::history::month_form::EntryFieldError;
use crate::core::history::period::PeriodError;
use crate::core::num::number_vi::format_count;
use crate::core::rules::form::FieldError;
use crate::core::stored::history_record::MonthsTaken;
use crate::core::table::import::MAX_ROWS;
use crate::ui::i18n::common::field_error;

texts! {
    /// Texts of the history page.
    pub struct HistoryTexts, fn history;
    tabs_label: "Theo dõi" / "Over time",
    tab_months: "Theo tháng" / "By month",
    tab_scorecard: "Chỉ tiêu NQ 02" / "Resolution 02 targets",
    tab_report: "Báo cáo" / "Report",
    months_import_heading: "Nhập các tháng từ tệp Excel / CSV" / "Import months from an Excel / CSV file",
    months_import_hint: "Mở bảng tính tải từ Hệ thống thông tin giải quyết TTHC (.xlsx, .xls, .ods) hoặc tệp CSV, hoặc dán các ô từ Excel. Cần cột Tổng số và Trực tuyến, và cột Tháng hoặc Tên đơn vị (khi không có cột Tháng, kỳ báo cáo của tệp phải đúng một tháng). Không có gì được nhập trước khi bạn xác nhận."
        / "Open a workbook downloaded from the one-stop system (.xlsx, .xls, .ods) or a CSV file, or paste cells from Excel. It needs a total and an online column, and a month or a unit-name column (without a month column, the file's period must be one month). Nothing is imported before you confirm.",
    months_import_file: "Mở tệp…" / "Open a file…",
    months_import_paste: "Hoặc dán bảng vào đây" / "Or paste a table here",
    months_import_no_header: "Không tìm thấy dòng tiêu đề có cột Tổng số, Trực tuyến và cột Tháng hoặc Tên đơn vị."
        / "No header row with a total, an online, and a month or unit-name column was found.",
    months_import_col_unit: "Đơn vị" / "Unit",
    months_import_col_month: "Tháng" / "Month",
    months_import_line: "Dòng" / "Line",
    months_import_rows: "Các tháng sẽ được nhập" / "The months to be imported",
    unit_label: "Đơn vị" / "Unit",
    unit_name: "Tên đơn vị" / "Unit name",
    unit_add: "Thêm đơn vị" / "Add a unit",
    unit_remove: "Xóa đơn vị này" / "Remove this unit",
    unit_unnamed: "(chưa đặt tên)" / "(no name yet)",
    period_heading: "Kỳ đánh giá" / "Measurement period",
    period_kind: "Kỳ" / "Period",
    period_qd817: "Năm đánh giá (01/12 năm trước – 30/11)"
        / "Assessment year (1 Dec of the year before – 30 Nov)",
    period_calendar: "Năm dương lịch" / "Calendar year",
    period_custom: "Từ ngày – đến ngày" / "From – to",
    period_year: "Năm" / "Year",
    period_from: "Từ ngày" / "From",
    period_to: "Đến ngày" / "To",
    assessment_date: "Ngày đánh giá" / "Assessment date",
    date_hint: "Ví dụ: 22/05/2024" / "For example 22/05/2024",
    rule_set: "Bộ tiêu chí" / "Rule set",
    entry_heading: "Số liệu một tháng" / "One month's figures",
    month: "Tháng" / "Month",
    month_hint: "Ví dụ: 05/2024" / "For example 05/2024",
    total: "Tổng số hồ sơ đã giải quyết" / "Dossiers resolved",
    online: "Số hồ sơ trực tuyến" / "Online dossiers",
    full_online: "Số hồ sơ trực tuyến toàn trình" / "Full-process online dossiers",
    excluded_heading: "Hồ sơ của thủ tục không tính" / "Dossiers of excluded procedures",
    excluded_hint: "Đã nằm trong các số trên; được trừ ra khi tính tỷ lệ (ví dụ thủ tục mới công bố)."
        / "Already inside the figures above; left out of the rate (for example newly published procedures).",
    excluded_total: "Tổng số hồ sơ không tính" / "Excluded dossiers",
    excluded_online: "Trong đó trực tuyến" / "of which online",
    excluded_full_online: "Trong đó trực tuyến toàn trình" / "of which full-process online",
    more_heading: "Số liệu báo cáo (không bắt buộc)" / "Report figures (optional)",
    in_person: "Tiếp nhận trực tiếp" / "Received in person",
    postal: "Qua bưu chính công ích (BCCI)" / "Through the public postal service (BCCI)",
    early: "Giải quyết trước hạn" / "Resolved early",
    on_time: "Giải quyết đúng hạn" / "Resolved on time",
    late: "Giải quyết quá hạn" / "Resolved late",
    carried_over: "Kỳ trước chuyển sang" / "Carried over from before",
    save_month: "Lưu tháng" / "Save month",
    saved_month: "Đã lưu số liệu tháng" / "Saved the figures of",
    month_replace: "Thay số liệu tháng này" / "Replace this month's figures",
    month_keep: "Giữ số liệu đã lưu" / "Keep the saved figures",
    months_heading: "Các tháng đã nhập" / "Months entered",
    no_months: "Chưa có tháng nào. Nhập số liệu từng tháng ở trên."
        / "No month yet. Enter each month's figures above.",
    col_month: "Tháng" / "Month",
    col_rate: "Tỷ lệ tháng" / "Month's rate",
    col_total: "Tổng số" / "Total",
    col_online: "Trực tuyến" / "Online",
    col_full: "Toàn trình" / "Full-process",
    met_prefix: "Đạt" / "Met",
    met_none: "Chưa đạt hạng nào" / "No tier met",
    col_cumulative: "Lũy kế" / "Cumulative",
    edit: "Sửa" / "Edit",
    delete: "Xóa" / "Delete",
    totals_heading: "Cả kỳ" / "Whole period",
    period_rate: "Tỷ lệ cả kỳ" / "Rate of the period",
    partial_month: "chỉ tính đến" / "only up to",
    missing_months: "Chưa nhập" / "Not entered",
    chart_heading: "Biểu đồ tỷ lệ" / "Rate chart",
    chart_monthly: "Tỷ lệ từng tháng" / "Monthly rate",
    chart_cumulative: "Tỷ lệ lũy kế" / "Cumulative rate",
    chart_empty: "Biểu đồ hiện khi có ít nhất một tháng trong kỳ."
        / "The chart appears once the period has a month.",
    projection_heading: "Dự báo đến ngày đánh giá" / "Projection to the assessment date",
    expected_per_month: "Số hồ sơ dự kiến mỗi tháng còn lại"
        / "Dossiers expected each remaining month",
    expected_hint: "Để trống: lấy trung bình 3 tháng gần nhất."
        / "Empty: the average of the last 3 months.",
    remaining: "Số tháng còn lại" / "Months left",
    pace: "Nhịp hiện tại (tỷ lệ trực tuyến của" / "Current pace (online share of",
    pace_none: "Chưa đủ số liệu để tính nhịp hiện tại."
        / "Not enough figures for the current pace.",
    at_deadline: "Tỷ lệ dự kiến vào ngày đánh giá nếu giữ nhịp này"
        / "Rate on the assessment date at this pace",
    required: "cần" / "needs",
    online_dossiers: "hồ sơ trực tuyến" / "online dossiers",
    full_word: "toàn trình" / "full-process",
    already_safe: "đã chắc chắn đạt" / "already safe",
    unreachable: "không còn đạt được" / "no longer reachable",
    no_dossiers: "chưa có hồ sơ" / "no dossiers yet",
    need_period: "Chọn kỳ đánh giá để xem dự báo."
        / "Choose a measurement period to see the projection.",
}

/// "Tháng 05/2024 đã có số liệu (100 hồ sơ, 40 trực tuyến). Thay bằng …?"
pub fn month_exists(lang: Lang, month: &str, old: (u64, u64), new: (u64, u64)) -> String {
    let n = format_count;
    match lang {
        Lang::Vi => format!(
            "Tháng {month} đã có số liệu ({} hồ sơ, {} trực tuyến). Thay bằng số liệu vừa nhập ({} hồ sơ, {} trực tuyến)?",
            n(old.0), n(old.1), n(new.0), n(new.1)
        ),
        Lang::En => format!(
            "{month} already has figures ({} dossiers, {} online). Replace them with the ones just typed ({} dossiers, {} online)?",
            n(old.0), n(old.1), n(new.0), n(new.1)
        ),
    }
}

/// A date (or, with `month_only`, a month) that was not taken.
pub fn date_error(lang: Lang, error: DateError, month_only: bool) -> &'static str {
    match (error, month_only, lang) {
        (DateError::Empty, _, Lang::Vi) => "Vui lòng nhập.",
        (DateError::Empty, _, Lang::En) => "Please fill this in.",
        (DateError::BadFormat, true, Lang::Vi) => "Viết tháng như 05/2024.",
        (DateError::BadFormat, true, Lang::En) => "Write the month as 05/2024.",
        (DateError::BadFormat, false, Lang::Vi) => "Viết ngày như 22/05/2024.",
        (DateError::BadFormat, false, Lang::En) => "Write the date as 22/05/2024.",
        (DateError::YearOutOfRange, _, Lang::Vi) => "Năm phải có bốn chữ số, từ 1000 đến 9999.",
        (DateError::YearOutOfRange, _, Lang::En) => "The year has four digits, 1000 to 9999.",
        (DateError::MonthOutOfRange, _, Lang::Vi) => "Tháng chỉ từ 1 đến 12.",
        (DateError::MonthOutOfRange, _, Lang::En) => "Months run from 1 to 12.",
        (DateError::DayOutOfRange, _, Lang::Vi) => "Tháng đó không có ngày này.",
        (DateError::DayOutOfRange, _, Lang::En) => "That month has no such day.",
    }
}

/// A measurement period that does not hold together.
pub fn period_error(lang: Lang, error: PeriodError) -> &'static str {
    match (error, lang) {
        (PeriodError::EndsBeforeStart, Lang::Vi) => "Ngày kết thúc đứng trước ngày bắt đầu.",
        (PeriodError::EndsBeforeStart, Lang::En) => "The end is before the start.",
        (PeriodError::AssessmentBeforeStart, Lang::Vi) => "Ngày đánh giá đứng trước đầu kỳ.",
        (PeriodError::AssessmentBeforeStart, Lang::En) => {
            "The assessment date is before the period starts."
        }
        (PeriodError::NoSuchQuarter, Lang::Vi) => "Quý chỉ từ 1 đến 4.",
        (PeriodError::NoSuchQuarter, Lang::En) => "Quarters run from 1 to 4.",
        (PeriodError::YearOutOfRange, Lang::Vi) => {
            "Năm của kỳ phải từ 2000 đến 2100, viết đủ bốn chữ số (ví dụ 2024)."
        }
        (PeriodError::YearOutOfRange, Lang::En) => {
            "The period's year must be from 2000 to 2100, in four digits (for example 2024)."
        }
        (PeriodError::Date(e), _) => date_error(lang, e, false),
    }
}

fn order_error(lang: Lang, error: EntryError) -> &'static str {
    match (error, lang) {
        (EntryError::OnlineExceedsTotal, Lang::Vi) => "Số hồ sơ trực tuyến lớn hơn tổng số hồ sơ.",
        (EntryError::OnlineExceedsTotal, Lang::En) => "More online dossiers than dossiers.",
        (EntryError::FullExceedsOnline, Lang::Vi) => {
            "Số hồ sơ toàn trình lớn hơn số hồ sơ trực tuyến."
        }
        (EntryError::FullExceedsOnline, Lang::En) => "More full-process dossiers than online ones.",
        (EntryError::ExcludedExceedsTotal, Lang::Vi) => "Số hồ sơ không tính lớn hơn tổng số hồ sơ.",
        (EntryError::ExcludedExceedsTotal, Lang::En) => "More excluded dossiers than dossiers.",
        (EntryError::ExcludedOnlineExceedsOnline, Lang::Vi) => {
            "Số hồ sơ trực tuyến không tính lớn hơn số hồ sơ trực tuyến."
        }
        (EntryError::ExcludedOnlineExceedsOnline, Lang::En) => {
            "More excluded online dossiers than online ones."
        }
        (EntryError::ExcludedOnlineExceedsExcluded, Lang::Vi) => {
            "Số hồ sơ trực tuyến không tính lớn hơn số hồ sơ không tính."
        }
        (EntryError::ExcludedOnlineExceedsExcluded, Lang::En) => {
            "More excluded online dossiers than excluded dossiers."
        }
        (EntryError::ExcludedInPersonExceedsInPerson, Lang::Vi) => {
            "Số hồ sơ trực tiếp không tính lớn hơn số hồ sơ trực tiếp của tháng."
        }
        (EntryError::ExcludedInPersonExceedsInPerson, Lang::En) => {
            "More excluded in-person dossiers than the month's in-person ones."
        }
        (EntryError::ExcludedFullExceedsFull, Lang::Vi) => {
            "Số hồ sơ toàn trình không tính lớn hơn số hồ sơ toàn trình."
        }
        (EntryError::ExcludedFullExceedsFull, Lang::En) => {
            "More excluded full-process dossiers than full-process ones."
        }
        (EntryError::ExcludedFullExceedsExcludedOnline, Lang::Vi) => {
            "Số hồ sơ toàn trình không tính lớn hơn số hồ sơ trực tuyến không tính."
        }
        (EntryError::ExcludedFullExceedsExcludedOnline, Lang::En) => {
            "More excluded full-process dossiers than excluded online ones."
        }
        (EntryError::CountedFullExceedsCountedOnline, Lang::Vi) => {
            "Sau khi trừ hồ sơ không tính, số toàn trình lớn hơn số trực tuyến."
        }
        (EntryError::CountedFullExceedsCountedOnline, Lang::En) => {
            "Once excluded dossiers are left out, full-process exceeds online."
        }
        (EntryError::InPersonExceedsRest, Lang::Vi) => {
            "Trực tuyến cộng trực tiếp lớn hơn tổng số hồ sơ."
        }
        (EntryError::InPersonExceedsRest, Lang::En) => "Online plus in person exceed all dossiers.",
        (EntryError::ResolvedExceedsToProcess, Lang::Vi) => {
            "Trước hạn + đúng hạn + quá hạn lớn hơn số hồ sơ phải giải quyết (tổng + kỳ trước chuyển sang)."
        }
        (EntryError::ResolvedExceedsToProcess, Lang::En) => {
            "Early + on time + late exceed the dossiers to resolve (total + carried over)."
        }
    }
}

/// A month's field that was not taken, or figures that do not fit together.
pub fn entry_error(lang: Lang, error: EntryFieldError) -> &'static str {
    match error {
        EntryFieldError::Month(e) => date_error(lang, e, true),
        EntryFieldError::Count(e) => field_error(lang, FieldError::Count(e)),
        EntryFieldError::Order(e) => order_error(lang, e),
    }
}

/// What a column of an imported months table holds.
pub fn import_field(lang: Lang, field: Field) -> &'static str {
    match (lang, field) {
        (Lang::Vi, Field::Unit) => "tên đơn vị",
        (Lang::En, Field::Unit) => "unit name",
        (Lang::Vi, Field::Month) => "tháng",
        (Lang::En, Field::Month) => "month",
        (Lang::Vi, Field::Total) => "tổng số",
        (Lang::En, Field::Total) => "total",
        (Lang::Vi, Field::Online) => "trực tuyến",
        (Lang::En, Field::Online) => "online",
        (Lang::Vi, Field::Full) => "toàn trình",
        (Lang::En, Field::Full) => "full-process",
        (Lang::Vi, Field::InPerson) => "trực tiếp",
        (Lang::En, Field::InPerson) => "in person",
        (Lang::Vi, Field::Postal) => "qua BCCI",
        (Lang::En, Field::Postal) => "by post (BCCI)",
        (Lang::Vi, Field::Early) => "trước hạn",
        (Lang::En, Field::Early) => "early",
        (Lang::Vi, Field::OnTime) => "đúng hạn",
        (Lang::En, Field::OnTime) => "on time",
        (Lang::Vi, Field::Late) => "trễ hạn",
        (Lang::En, Field::Late) => "late",
        (Lang::Vi, Field::CarriedOver) => "kỳ trước chuyển qua",
        (Lang::En, Field::CarriedOver) => "carried over",
        (Lang::Vi, Field::Ignore) => "không đọc",
        (Lang::En, Field::Ignore) => "not read",
    }
}

/// What a column of an imported months table holds, as the column map offers it.
pub fn import_field_title(lang: Lang, field: Field) -> &'static str {
    match (lang, field) {
        (Lang::Vi, Field::Unit) => "Tên đơn vị",
        (Lang::En, Field::Unit) => "Unit name",
        (Lang::Vi, Field::Month) => "Tháng",
        (Lang::En, Field::Month) => "Month",
        (Lang::Vi, Field::Total) => "Tổng số hồ sơ",
        (Lang::En, Field::Total) => "All dossiers",
        (Lang::Vi, Field::Online) => "Hồ sơ trực tuyến",
        (Lang::En, Field::Online) => "Online dossiers",
        (Lang::Vi, Field::Full) => "Trực tuyến toàn trình",
        (Lang::En, Field::Full) => "Full-process online",
        (Lang::Vi, Field::InPerson) => "Trực tiếp",
        (Lang::En, Field::InPerson) => "In person",
        (Lang::Vi, Field::Postal) => "Qua BCCI (bưu chính)",
        (Lang::En, Field::Postal) => "By post (BCCI)",
        (Lang::Vi, Field::Early) => "Giải quyết trước hạn",
        (Lang::En, Field::Early) => "Resolved early",
        (Lang::Vi, Field::OnTime) => "Giải quyết đúng hạn",
        (Lang::En, Field::OnTime) => "Resolved on time",
        (Lang::Vi, Field::Late) => "Giải quyết trễ hạn",
        (Lang::En, Field::Late) => "Resolved late",
        (Lang::Vi, Field::CarriedOver) => "Kỳ trước chuyển qua",
        (Lang::En, Field::CarriedOver) => "Carried over",
        (Lang::Vi, Field::Ignore) => "— Không đọc —",
        (Lang::En, Field::Ignore) => "— Not read —",
    }
}

/// Why a row of an imported months table was not read.
pub fn month_problem(lang: Lang, problem: &MonthProblem) -> String {
    match problem {
        MonthProblem::NoMonth => match lang {
            Lang::Vi => "không biết tháng nào: bảng không có cột Tháng, và kỳ báo cáo của tệp không phải đúng một tháng".to_owned(),
            Lang::En => "no month: the table has no month column, and the file's period is not one month".to_owned(),
        },
        MonthProblem::BadMonth(e) => entry_error(lang, EntryFieldError::Month(*e)).to_owned(),
        MonthProblem::BadCount(field, e) => format!(
            "{}: {}",
            import_field(lang, *field),
            entry_error(lang, EntryFieldError::Count(*e))
        ),
        MonthProblem::Missing(field) => match lang {
            Lang::Vi => format!("thiếu số {}", import_field(lang, *field)),
            Lang::En => format!("the {} count is missing", import_field(lang, *field)),
        },
        MonthProblem::Figures(e) => order_error(lang, *e).to_owned(),
        MonthProblem::Repeated(month) => match lang {
            Lang::Vi => format!("tháng {} của đơn vị này đã có ở dòng trên", month),
            Lang::En => format!("this unit's month {} came on a line above", month),
        },
        MonthProblem::Unreadable => match lang {
            Lang::Vi => "dòng không đọc được (dấu ngoặc kép không đóng, hoặc ô quá dài)".to_owned(),
            Lang::En => "the line cannot be read (a quote never closed, or a cell too long)".to_owned(),
        },
        MonthProblem::TooManyRows { unread } => match lang {
            Lang::Vi => format!(
                "chỉ đọc {} dòng đầu: {} dòng từ dòng này không được đọc",
                format_count(MAX_ROWS as u64),
                format_count(*unread as u64)
            ),
            Lang::En => format!(
                "only the first {} lines are read: {} lines from here were not read",
                format_count(MAX_ROWS as u64),
                format_count(*unread as u64)
            ),
        },
    }
}

/// What an import of months would do.
pub fn months_summary(lang: Lang, p: &MonthsPreview, taken: MonthsTaken) -> String {
    let units = p.units().len();
    let months = format_count(p.rows.len() as u64);
    let mut text = match (lang, units) {
        (Lang::Vi, 0) => format!("{months} tháng của đơn vị đang xem"),
        (Lang::En, 0) => format!("{months} months of the unit shown"),
        (Lang::Vi, n) => format!("{months} tháng của {} đơn vị", format_count(n as u64)),
        (Lang::En, n) => format!("{months} months of {} units", format_count(n as u64)),
    };
    text.push_str(&match lang {
        Lang::Vi => format!(
            ": {} tháng mới, {} tháng thay số liệu đã nhập, {} tháng trùng số liệu đã có",
            format_count(taken.added as u64),
            format_count(taken.replaced as u64),
            format_count(taken.unchanged as u64)
        ),
        Lang::En => format!(
            ": {} new, {} replacing figures entered before, {} the same as entered",
            format_count(taken.added as u64),
            format_count(taken.replaced as u64),
            format_count(taken.unchanged as u64)
        ),
    });
    if taken.new_units > 0 {
        text.push_str(&match lang {
            Lang::Vi => format!("; thêm {} đơn vị mới", format_count(taken.new_units as u64)),
            Lang::En => format!("; {} new units added", format_count(taken.new_units as u64)),
        });
    }
    if let Some(month) = p.period_month {
        text.push_str(&match lang {
            Lang::Vi => format!(". Kỳ báo cáo của tệp: tháng {}", month),
            Lang::En => format!(". The file's period: {}", month),
        });
    }
    if !p.errors.is_empty() {
        text.push_str(&match lang {
            Lang::Vi => format!(
                ". {} dòng không đọc được",
                format_count(p.errors.len() as u64)
            ),
            Lang::En => format!(
                ". {} lines could not be read",
                format_count(p.errors.len() as u64)
            ),
        });
    }
    text.push('.');
    text
}

/// The confirm button of a months import.
pub fn months_import_button(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Vi => format!("Nhập {} tháng", format_count(n as u64)),
        Lang::En => format!("Import {} months", format_count(n as u64)),
    }
}

/// What a months import did.
pub fn months_imported(lang: Lang, taken: MonthsTaken) -> String {
    let n = format_count((taken.added + taken.replaced + taken.unchanged) as u64);
    match lang {
        Lang::Vi => format!(
            "Đã nhập {n} tháng ({} mới, {} thay số liệu cũ).",
            format_count(taken.added as u64),
            format_count(taken.replaced as u64)
        ),
        Lang::En => format!(
            "Imported {n} months ({} new, {} replacing earlier figures).",
            format_count(taken.added as u64),
            format_count(taken.replaced as u64)
        ),
    }
}
