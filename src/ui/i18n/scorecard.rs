//! The scorecard of Nghị quyết 02/NQ-CP: its texts, its gaps in words and the errors of its
//! fields (the report's fields share them).

use super::{texts, Lang};
use crate::core::num::count::CountError;
use crate::core::num::number_vi::{format_count, format_hundredths};
use crate::core::reports::scorecard::FigureError;
use crate::core::reports::scorecard::Gap;
use crate::ui::i18n::common::percent_error;
use crate::ui::i18n::history::date_error;

texts! {
    /// Texts of the scorecard.
    pub struct ScorecardTexts, fn scorecard;
    intro: "Mỗi chỉ tiêu nhập theo số lượng (số đạt yêu cầu trên tổng số) hoặc theo tỷ lệ đã \
            công bố. Đạt hay chưa đạt được so chính xác với chỉ tiêu, không theo số đã làm tròn."
        / "Enter each indicator as counts (conforming out of all) or as the rate a report \
            published. Met or not is decided exactly against the target, never on a rounded figure.",
    basis_of: "của" / "of",
    as_of: "Số liệu tính đến ngày" / "Figures as of",
    as_of_hint: "Ví dụ: 29/08/2024. Để trống nếu chưa rõ."
        / "For example 29/08/2024. Leave empty if unknown.",
    as_of_shown: "Số liệu tính đến" / "Figures as of",
    as_of_none: "Chưa ghi ngày của số liệu." / "No date given for the figures.",
    summary_met: "Đạt" / "Met",
    summary_entered: "chỉ tiêu đã nhập; tổng số chỉ tiêu:"
        / "indicators entered; indicators in all:",
    summary_none: "Chưa nhập chỉ tiêu nào." / "No indicator entered yet.",
    list_label: "Các chỉ tiêu" / "Indicators",
    target: "Chỉ tiêu" / "Target",
    target_min: "tối thiểu" / "at least",
    mode: "Cách nhập" / "Enter as",
    mode_counts: "Số lượng" / "Counts",
    mode_rate: "Tỷ lệ" / "Rate",
    conforming: "Số đạt yêu cầu" / "Conforming",
    all: "Tổng số" / "All",
    rate: "Tỷ lệ đạt được (%)" / "Rate reached (%)",
    rate_hint: "Ví dụ: 68,82" / "For example 68,82",
    note: "Ghi chú" / "Note",
    clear: "Xóa số liệu" / "Clear figures",
    result: "Kết quả" / "Result",
    met: "Đạt" / "Met",
    not_met: "Chưa đạt" / "Not met",
    not_entered: "Chưa nhập" / "Not entered",
    stale: "Số vừa nhập chưa hợp lệ: kết quả đang theo số liệu đúng đã lưu gần nhất."
        / "The figure just typed is not valid: the result is that of the last valid figure saved.",
    gap_met: "Đã đạt chỉ tiêu." / "Target met.",
    no_data: "Tổng số bằng 0: chưa có gì để đánh giá." / "The total is 0: nothing to judge yet.",
    missing_conforming: "Vui lòng nhập số đạt yêu cầu." / "Enter the conforming count.",
    missing_all: "Vui lòng nhập tổng số." / "Enter the total.",
    exceeds: "Số đạt yêu cầu không thể lớn hơn tổng số."
        / "The conforming count cannot exceed the total.",
}

/// What an indicator counts, in the words of its gap (Vietnamese, English). Indicators the
/// app does not know count "hồ sơ".
fn item_words(lang: Lang, indicator: &str) -> &'static str {
    match (indicator, lang) {
        ("dich-vu-cong-toan-trinh" | "cong-bo-dung-han", Lang::Vi) => "thủ tục",
        ("dich-vu-cong-toan-trinh" | "cong-bo-dung-han", Lang::En) => "procedures",
        ("thanh-toan-truc-tuyen", Lang::Vi) => "giao dịch",
        ("thanh-toan-truc-tuyen", Lang::En) => "transactions",
        ("chung-thuc-ban-sao-dien-tu", Lang::Vi) => "bản sao",
        ("chung-thuc-ban-sao-dien-tu", Lang::En) => "copies",
        ("phan-anh-kien-nghi", Lang::Vi) => "phản ánh, kiến nghị",
        ("phan-anh-kien-nghi", Lang::En) => "feedback items",
        ("muc-do-hai-long", Lang::Vi) => "lượt đánh giá",
        ("muc-do-hai-long", Lang::En) => "ratings",
        (_, Lang::Vi) => "hồ sơ",
        (_, Lang::En) => "dossiers",
    }
}

/// The gap in words: "cần thêm 12 hồ sơ đạt yêu cầu", "thiếu 11,18 điểm phần trăm" …
pub fn gap_text(lang: Lang, gap: Gap, indicator: &str) -> String {
    let items = item_words(lang, indicator);
    let t = lang.scorecard();
    match (lang, gap) {
        (_, Gap::Met) => t.gap_met.to_owned(),
        (_, Gap::NoData) => t.no_data.to_owned(),
        (Lang::Vi, Gap::Add { needed, shortfall }) => format!(
            "cần thêm {} {items} đạt yêu cầu (hoặc {} {items} trong số hiện có lẽ ra phải đạt yêu cầu)",
            format_count(needed),
            format_count(shortfall)
        ),
        (Lang::En, Gap::Add { needed, shortfall }) => format!(
            "needs {} more conforming {items} (or {} of the existing {items} would have had to conform)",
            format_count(needed),
            format_count(shortfall)
        ),
        (Lang::Vi, Gap::Resolve { non_conforming }) => format!(
            "chỉ tiêu 100 %: phải xử lý {} {items} chưa đạt — không thể đạt bằng cách thêm {items}",
            format_count(non_conforming)
        ),
        (Lang::En, Gap::Resolve { non_conforming }) => format!(
            "100 % target: {} non-conforming {items} must be resolved — adding {items} can never reach it",
            format_count(non_conforming)
        ),
        (Lang::Vi, Gap::Points { .. }) => {
            format!("thiếu {}", gap.points_text_vi().unwrap_or_default())
        }
        (Lang::En, Gap::Points { hundredths }) => format!(
            "{} percentage points short",
            format_hundredths(u64::from(hundredths))
        ),
    }
}

fn count_error(lang: Lang, e: CountError) -> &'static str {
    match (e, lang) {
        (CountError::Empty, Lang::Vi) => "Vui lòng nhập một số.",
        (CountError::Empty, Lang::En) => "Enter a number.",
        (CountError::Negative, Lang::Vi) => "Số lượng không thể âm.",
        (CountError::Negative, Lang::En) => "A count cannot be negative.",
        (CountError::NotWhole, Lang::Vi) => {
            "Số lượng là số nguyên; dấu phẩy là dấu thập phân. Viết 1.234 hoặc 1234."
        }
        (CountError::NotWhole, Lang::En) => {
            "Counts are whole numbers; a comma is a decimal comma. Write 1.234 or 1234."
        }
        (CountError::BadGrouping, Lang::Vi) => "Dấu chấm chỉ để tách hàng nghìn, ví dụ 1.234.",
        (CountError::BadGrouping, Lang::En) => "Dots only separate thousands, e.g. 1.234.",
        (CountError::NotANumber, Lang::Vi) => "Chỉ nhập chữ số, ví dụ 1.234.",
        (CountError::NotANumber, Lang::En) => "Digits only, e.g. 1.234.",
        (CountError::TooLarge, Lang::Vi) => "Số quá lớn: tối đa 1.000.000.000.",
        (CountError::TooLarge, Lang::En) => "Too large: at most 1.000.000.000.",
    }
}

/// The message under a field.
pub fn problem_text(lang: Lang, problem: FigureError) -> &'static str {
    let t = lang.scorecard();
    match problem {
        FigureError::Count(e) => count_error(lang, e),
        FigureError::Percent(e) => percent_error(lang, e),
        FigureError::Date(e) => date_error(lang, e, false),
        FigureError::MissingConforming => t.missing_conforming,
        FigureError::MissingAll => t.missing_all,
        FigureError::ConformingExceedsAll => t.exceeds,
    }
}
