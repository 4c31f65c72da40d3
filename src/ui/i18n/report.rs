//! The printed report: its texts, the names of its metrics and levels, and its dates.

use super::{texts, Lang};
use crate::core::history::calendar::Date;
use crate::core::reports::report::{Level, Metric};

texts! {
    /// Texts of the report.
    pub struct ReportTexts, fn report;
    heading: "Báo cáo" / "Report",
    intro: "Số liệu lấy từ các tháng đã nhập của mỗi đơn vị, trong kỳ đánh giá của đơn vị (hoặc \
            mọi tháng nếu chưa chọn kỳ). Đơn vị chưa nhập số liệu báo cáo hiện “—”. Các ô dưới \
            đây chỉ dùng để in, không được lưu."
        / "Figures come from each unit's months inside its measurement period (all its months \
            when it has none). A unit without report figures shows “—”. The fields below are for \
            printing only and are not saved.",
    print: "In báo cáo" / "Print",
    issuer: "Cơ quan ban hành" / "Issuing body",
    issuer_hint: "Ví dụ: UBND XÃ VẠN THẠNH" / "For example UBND XÃ VẠN THẠNH",
    number: "Số, ký hiệu" / "Number and symbol",
    number_hint: "Ví dụ: 125/BC-UBND (có thể để trống)" / "For example 125/BC-UBND (may be empty)",
    place: "Địa danh" / "Place",
    date: "Ngày báo cáo" / "Report date",
    date_hint: "Ví dụ: 05/07/2025. Để trống để ghi tay sau khi in."
        / "For example 05/07/2025. Leave empty to write it by hand once printed.",
    title: "Trích yếu" / "Subject",
    default_title: "Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính"
        / "Administrative-procedure dossiers received and resolved",
    signer_title: "Chức vụ người ký" / "Signer's position",
    default_signer_title: "CHỦ TỊCH" / "CHAIRPERSON",
    signer_name: "Họ tên người ký" / "Signer's name",
    nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "SOCIALIST REPUBLIC OF VIET NAM",
    motto: "Độc lập - Tự do - Hạnh phúc" / "Independence - Freedom - Happiness",
    number_word: "Số:" / "No.",
    doc_kind: "BÁO CÁO" / "REPORT",
    span_months: "Số liệu từ tháng" / "Figures from",
    span_to: "đến tháng" / "to",
    span_period: "Từ ngày" / "From",
    span_period_to: "đến ngày" / "to",
    blank_date: "ngày …… tháng …… năm ……" / "date: ……………",
    no_months: "Chưa có số liệu tháng nào: nhập ở thẻ “Theo tháng”."
        / "No monthly figures yet: enter them on the “By month” tab.",
    bieu: "Biểu" / "Table",
    t_rate: "TỶ LỆ HỒ SƠ GIẢI QUYẾT TRỰC TUYẾN THEO TIÊU CHÍ NÔNG THÔN MỚI"
        / "ONLINE RESOLUTION RATE AGAINST THE NEW RURAL CRITERIA",
    t_received: "TÌNH HÌNH TIẾP NHẬN HỒ SƠ" / "DOSSIERS RECEIVED",
    t_resolved: "TÌNH HÌNH GIẢI QUYẾT HỒ SƠ" / "DOSSIERS RESOLVED",
    t_levels: "TỔNG HỢP THEO CẤP" / "TOTALS BY LEVEL",
    t_ranking: "XẾP HẠNG THEO" / "RANKING BY",
    col_stt: "STT" / "No.",
    col_unit: "Đơn vị" / "Unit",
    col_months: "Kỳ số liệu" / "Months",
    col_total: "Tổng số hồ sơ giải quyết" / "Dossiers resolved",
    col_online: "Trực tuyến" / "Online",
    col_rate: "Tỷ lệ" / "Rate",
    col_received: "Tiếp nhận" / "Received",
    col_in_person: "Trực tiếp" / "In person",
    col_share: "Tỷ lệ" / "Share",
    col_count: "Số" / "Count",
    col_postal: "Qua BCCI" / "By post",
    col_to_process: "Phải xử lý" / "To process",
    col_resolved: "Đã giải quyết" / "Resolved",
    col_early: "Trước hạn" / "Early",
    col_on_time: "Đúng hạn" / "On time",
    col_late: "Trễ hạn" / "Late",
    col_level: "Cấp" / "Level",
    col_quantity: "Số lượng" / "Count",
    col_units: "Số đơn vị" / "Units",
    total_row: "Tổng cộng" / "Total",
    met: "Đạt" / "Met",
    not_met: "Chưa đạt" / "Not met",
    rules_note: "Ngưỡng theo" / "Thresholds from",
    rules_fallback: "Bộ tiêu chí đang chọn không có ngưỡng chung cho xã; dùng"
        / "The active rule set has no thresholds for every commune; using",
    received_note: "Tiếp nhận = trực tuyến + trực tiếp. BCCI: hồ sơ tiếp nhận hoặc trả kết quả qua \
                    dịch vụ bưu chính công ích."
        / "Received = online + in person. By post: dossiers received or returned through \
                    the public postal service (BCCI).",
    resolved_note: "Phải xử lý = tiếp nhận + kỳ trước chuyển sang (số của tháng đầu kỳ). Tỷ lệ \
                    trước hạn, đúng hạn, trễ hạn tính trên số đã giải quyết."
        / "To process = received + carried over (the first month's figure). Early, on-time \
                    and late shares are of the dossiers resolved.",
    other_level: "Khác" / "Other",
    rank_metric: "Xếp hạng theo" / "Rank by",
    rank_n: "Số đơn vị mỗi đầu" / "Units at each end",
    top: "CAO NHẤT" / "HIGHEST",
    bottom: "THẤP NHẤT" / "LOWEST",
    no_ranking: "Chưa đơn vị nào có số liệu này." / "No unit has this figure yet.",
    problems_heading: "Số liệu cần xem lại" / "Figures to check",
    resolved_exceeds: "số hồ sơ đã giải quyết lớn hơn số phải xử lý; bỏ qua số kỳ trước chuyển sang"
        / "more dossiers resolved than to process; the carried-over figure is left out",
    other_problem: "số liệu báo cáo không khớp nhau; chỉ dùng số trực tuyến"
        / "the report figures do not fit together; only the online count is used",
}

/// The name of a metric, as a ranking or a column heading says it.
pub fn metric_name(lang: Lang, metric: Metric) -> &'static str {
    match (metric, lang) {
        (Metric::Received, Lang::Vi) => "Số hồ sơ tiếp nhận",
        (Metric::Received, Lang::En) => "Dossiers received",
        (Metric::ReceivedOnline, Lang::Vi) => "Số hồ sơ tiếp nhận trực tuyến",
        (Metric::ReceivedOnline, Lang::En) => "Received online",
        (Metric::ReceivedInPerson, Lang::Vi) => "Số hồ sơ tiếp nhận trực tiếp",
        (Metric::ReceivedInPerson, Lang::En) => "Received in person",
        (Metric::OnlineShare, Lang::Vi) => "Tỷ lệ tiếp nhận trực tuyến",
        (Metric::OnlineShare, Lang::En) => "Share received online",
        (Metric::InPersonShare, Lang::Vi) => "Tỷ lệ tiếp nhận trực tiếp",
        (Metric::InPersonShare, Lang::En) => "Share received in person",
        (Metric::ToProcess, Lang::Vi) => "Số hồ sơ phải xử lý",
        (Metric::ToProcess, Lang::En) => "Dossiers to process",
        (Metric::Resolved, Lang::Vi) => "Số hồ sơ đã giải quyết",
        (Metric::Resolved, Lang::En) => "Dossiers resolved",
        (Metric::ResolvedShare, Lang::Vi) => "Tỷ lệ đã giải quyết",
        (Metric::ResolvedShare, Lang::En) => "Share resolved",
        (Metric::EarlyShare, Lang::Vi) => "Tỷ lệ giải quyết trước hạn",
        (Metric::EarlyShare, Lang::En) => "Share resolved early",
        (Metric::OnTimeShare, Lang::Vi) => "Tỷ lệ giải quyết đúng hạn",
        (Metric::OnTimeShare, Lang::En) => "Share resolved on time",
        (Metric::LateShare, Lang::Vi) => "Tỷ lệ giải quyết trễ hạn",
        (Metric::LateShare, Lang::En) => "Share resolved late",
        (Metric::Late, Lang::Vi) => "Số hồ sơ trễ hạn",
        (Metric::Late, Lang::En) => "Dossiers resolved late",
        (Metric::Postal, Lang::Vi) => "Số hồ sơ qua bưu chính công ích",
        (Metric::Postal, Lang::En) => "Dossiers by public post",
    }
}

/// The name of a level of units ("Cấp xã" …).
pub fn level_name(lang: Lang, level: Level) -> &'static str {
    match lang {
        Lang::Vi => level.name_vi(),
        Lang::En => level.name_en(),
    }
}

/// "ngày 05 tháng 7 năm 2025", or "5 July 2025".
pub fn date_words(lang: Lang, date: Date) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    match lang {
        Lang::Vi => date.official_vi(),
        Lang::En => format!(
            "{} {} {}",
            date.day(),
            MONTHS
                .get(usize::from(date.month().saturating_sub(1)))
                .copied()
                .unwrap_or_default(),
            date.year()
        ),
    }
}
