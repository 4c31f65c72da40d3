//! The report's words: interface texts (Vietnamese first, English second) and the names
//! of metrics and levels.

use crate::core::reports::report::{Level, Metric};
use crate::ui::i18n::{use_lang, Lang};

/// Interface texts of the report.
pub(super) struct ReportText {
    pub(super) heading: &'static str,
    pub(super) intro: &'static str,
    pub(super) print: &'static str,
    pub(super) issuer: &'static str,
    pub(super) issuer_hint: &'static str,
    pub(super) number: &'static str,
    pub(super) number_hint: &'static str,
    pub(super) place: &'static str,
    pub(super) date: &'static str,
    pub(super) date_hint: &'static str,
    pub(super) title: &'static str,
    pub(super) default_title: &'static str,
    pub(super) signer_title: &'static str,
    pub(super) default_signer_title: &'static str,
    pub(super) signer_name: &'static str,
    pub(super) nation: &'static str,
    pub(super) motto: &'static str,
    pub(super) number_word: &'static str,
    pub(super) doc_kind: &'static str,
    pub(super) span_months: &'static str,
    pub(super) span_to: &'static str,
    pub(super) span_period: &'static str,
    pub(super) span_period_to: &'static str,
    pub(super) blank_date: &'static str,
    pub(super) no_months: &'static str,
    pub(super) bieu: &'static str,
    pub(super) t_rate: &'static str,
    pub(super) t_received: &'static str,
    pub(super) t_resolved: &'static str,
    pub(super) t_levels: &'static str,
    pub(super) t_ranking: &'static str,
    pub(super) col_stt: &'static str,
    pub(super) col_unit: &'static str,
    pub(super) col_months: &'static str,
    pub(super) col_total: &'static str,
    pub(super) col_online: &'static str,
    pub(super) col_rate: &'static str,
    pub(super) col_received: &'static str,
    pub(super) col_in_person: &'static str,
    pub(super) col_share: &'static str,
    pub(super) col_count: &'static str,
    pub(super) col_postal: &'static str,
    pub(super) col_to_process: &'static str,
    pub(super) col_resolved: &'static str,
    pub(super) col_early: &'static str,
    pub(super) col_on_time: &'static str,
    pub(super) col_late: &'static str,
    pub(super) col_level: &'static str,
    pub(super) col_quantity: &'static str,
    pub(super) col_units: &'static str,
    pub(super) total_row: &'static str,
    pub(super) met: &'static str,
    pub(super) not_met: &'static str,
    pub(super) rules_note: &'static str,
    pub(super) rules_fallback: &'static str,
    pub(super) received_note: &'static str,
    pub(super) resolved_note: &'static str,
    pub(super) other_level: &'static str,
    pub(super) rank_metric: &'static str,
    pub(super) rank_n: &'static str,
    pub(super) top: &'static str,
    pub(super) bottom: &'static str,
    pub(super) no_ranking: &'static str,
    pub(super) problems_heading: &'static str,
    pub(super) resolved_exceeds: &'static str,
    pub(super) other_problem: &'static str,
}

pub(super) const VI: ReportText = ReportText {
    heading: "Báo cáo",
    intro: "Số liệu lấy từ các tháng đã nhập của mỗi đơn vị, trong kỳ đánh giá của đơn vị (hoặc \
            mọi tháng nếu chưa chọn kỳ). Đơn vị chưa nhập số liệu báo cáo hiện “—”. Các ô dưới \
            đây chỉ dùng để in, không được lưu.",
    print: "In báo cáo",
    issuer: "Cơ quan ban hành",
    issuer_hint: "Ví dụ: UBND XÃ VẠN THẠNH",
    number: "Số, ký hiệu",
    number_hint: "Ví dụ: 125/BC-UBND (có thể để trống)",
    place: "Địa danh",
    date: "Ngày báo cáo",
    date_hint: "Ví dụ: 05/07/2025. Để trống để ghi tay sau khi in.",
    title: "Trích yếu",
    default_title: "Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính",
    signer_title: "Chức vụ người ký",
    default_signer_title: "CHỦ TỊCH",
    signer_name: "Họ tên người ký",
    nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    motto: "Độc lập - Tự do - Hạnh phúc",
    number_word: "Số:",
    doc_kind: "BÁO CÁO",
    span_months: "Số liệu từ tháng",
    span_to: "đến tháng",
    span_period: "Từ ngày",
    span_period_to: "đến ngày",
    blank_date: "ngày …… tháng …… năm ……",
    no_months: "Chưa có số liệu tháng nào: nhập ở thẻ “Theo tháng”.",
    bieu: "Biểu",
    t_rate: "TỶ LỆ HỒ SƠ GIẢI QUYẾT TRỰC TUYẾN THEO TIÊU CHÍ NÔNG THÔN MỚI",
    t_received: "TÌNH HÌNH TIẾP NHẬN HỒ SƠ",
    t_resolved: "TÌNH HÌNH GIẢI QUYẾT HỒ SƠ",
    t_levels: "TỔNG HỢP THEO CẤP",
    t_ranking: "XẾP HẠNG THEO",
    col_stt: "STT",
    col_unit: "Đơn vị",
    col_months: "Kỳ số liệu",
    col_total: "Tổng số hồ sơ giải quyết",
    col_online: "Trực tuyến",
    col_rate: "Tỷ lệ",
    col_received: "Tiếp nhận",
    col_in_person: "Trực tiếp",
    col_share: "Tỷ lệ",
    col_count: "Số",
    col_postal: "Qua BCCI",
    col_to_process: "Phải xử lý",
    col_resolved: "Đã giải quyết",
    col_early: "Trước hạn",
    col_on_time: "Đúng hạn",
    col_late: "Trễ hạn",
    col_level: "Cấp",
    col_quantity: "Số lượng",
    col_units: "Số đơn vị",
    total_row: "Tổng cộng",
    met: "Đạt",
    not_met: "Chưa đạt",
    rules_note: "Ngưỡng theo",
    rules_fallback: "Bộ tiêu chí đang chọn không có ngưỡng chung cho xã; dùng",
    received_note:
        "Tiếp nhận = trực tuyến + trực tiếp. BCCI: hồ sơ tiếp nhận hoặc trả kết quả qua \
                    dịch vụ bưu chính công ích.",
    resolved_note: "Phải xử lý = tiếp nhận + kỳ trước chuyển sang (số của tháng đầu kỳ). Tỷ lệ \
                    trước hạn, đúng hạn, trễ hạn tính trên số đã giải quyết.",
    other_level: "Khác",
    rank_metric: "Xếp hạng theo",
    rank_n: "Số đơn vị mỗi đầu",
    top: "CAO NHẤT",
    bottom: "THẤP NHẤT",
    no_ranking: "Chưa đơn vị nào có số liệu này.",
    problems_heading: "Số liệu cần xem lại",
    resolved_exceeds:
        "số hồ sơ đã giải quyết lớn hơn số phải xử lý; bỏ qua số kỳ trước chuyển sang",
    other_problem: "số liệu báo cáo không khớp nhau; chỉ dùng số trực tuyến",
};

pub(super) const EN: ReportText = ReportText {
    heading: "Report",
    intro: "Figures come from each unit's months inside its measurement period (all its months \
            when it has none). A unit without report figures shows “—”. The fields below are for \
            printing only and are not saved.",
    print: "Print",
    issuer: "Issuing body",
    issuer_hint: "For example UBND XÃ VẠN THẠNH",
    number: "Number and symbol",
    number_hint: "For example 125/BC-UBND (may be empty)",
    place: "Place",
    date: "Report date",
    date_hint: "For example 05/07/2025. Leave empty to write it by hand once printed.",
    title: "Subject",
    default_title: "Administrative-procedure dossiers received and resolved",
    signer_title: "Signer's position",
    default_signer_title: "CHAIRPERSON",
    signer_name: "Signer's name",
    nation: "SOCIALIST REPUBLIC OF VIET NAM",
    motto: "Independence - Freedom - Happiness",
    number_word: "No.",
    doc_kind: "REPORT",
    span_months: "Figures from",
    span_to: "to",
    span_period: "From",
    span_period_to: "to",
    blank_date: "date: ……………",
    no_months: "No monthly figures yet: enter them on the “By month” tab.",
    bieu: "Table",
    t_rate: "ONLINE RESOLUTION RATE AGAINST THE NEW RURAL CRITERIA",
    t_received: "DOSSIERS RECEIVED",
    t_resolved: "DOSSIERS RESOLVED",
    t_levels: "TOTALS BY LEVEL",
    t_ranking: "RANKING BY",
    col_stt: "No.",
    col_unit: "Unit",
    col_months: "Months",
    col_total: "Dossiers resolved",
    col_online: "Online",
    col_rate: "Rate",
    col_received: "Received",
    col_in_person: "In person",
    col_share: "Share",
    col_count: "Count",
    col_postal: "By post",
    col_to_process: "To process",
    col_resolved: "Resolved",
    col_early: "Early",
    col_on_time: "On time",
    col_late: "Late",
    col_level: "Level",
    col_quantity: "Count",
    col_units: "Units",
    total_row: "Total",
    met: "Met",
    not_met: "Not met",
    rules_note: "Thresholds from",
    rules_fallback: "The active rule set has no thresholds for every commune; using",
    received_note: "Received = online + in person. By post: dossiers received or returned through \
                    the public postal service (BCCI).",
    resolved_note:
        "To process = received + carried over (the first month's figure). Early, on-time \
                    and late shares are of the dossiers resolved.",
    other_level: "Other",
    rank_metric: "Rank by",
    rank_n: "Units at each end",
    top: "HIGHEST",
    bottom: "LOWEST",
    no_ranking: "No unit has this figure yet.",
    problems_heading: "Figures to check",
    resolved_exceeds: "more dossiers resolved than to process; the carried-over figure is left out",
    other_problem: "the report figures do not fit together; only the online count is used",
};

pub(super) fn use_text() -> &'static ReportText {
    match use_lang() {
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}

/// A stable identifier of a metric (form values, test hooks) and its names.
pub(super) fn metric_info(metric: Metric) -> (&'static str, &'static str, &'static str) {
    match metric {
        Metric::Received => ("tiep-nhan", "Số hồ sơ tiếp nhận", "Dossiers received"),
        Metric::ReceivedOnline => (
            "tiep-nhan-truc-tuyen",
            "Số hồ sơ tiếp nhận trực tuyến",
            "Received online",
        ),
        Metric::ReceivedInPerson => (
            "tiep-nhan-truc-tiep",
            "Số hồ sơ tiếp nhận trực tiếp",
            "Received in person",
        ),
        Metric::OnlineShare => (
            "ty-le-truc-tuyen",
            "Tỷ lệ tiếp nhận trực tuyến",
            "Share received online",
        ),
        Metric::InPersonShare => (
            "ty-le-truc-tiep",
            "Tỷ lệ tiếp nhận trực tiếp",
            "Share received in person",
        ),
        Metric::ToProcess => ("phai-xu-ly", "Số hồ sơ phải xử lý", "Dossiers to process"),
        Metric::Resolved => (
            "da-giai-quyet",
            "Số hồ sơ đã giải quyết",
            "Dossiers resolved",
        ),
        Metric::ResolvedShare => ("ty-le-giai-quyet", "Tỷ lệ đã giải quyết", "Share resolved"),
        Metric::EarlyShare => (
            "ty-le-truoc-han",
            "Tỷ lệ giải quyết trước hạn",
            "Share resolved early",
        ),
        Metric::OnTimeShare => (
            "ty-le-dung-han",
            "Tỷ lệ giải quyết đúng hạn",
            "Share resolved on time",
        ),
        Metric::LateShare => (
            "ty-le-tre-han",
            "Tỷ lệ giải quyết trễ hạn",
            "Share resolved late",
        ),
        Metric::Late => ("tre-han", "Số hồ sơ trễ hạn", "Dossiers resolved late"),
        Metric::Postal => (
            "bcci",
            "Số hồ sơ qua bưu chính công ích",
            "Dossiers by public post",
        ),
    }
}

/// Whether a metric is a share (shown in %) rather than a count.
pub(super) fn is_share(metric: Metric) -> bool {
    matches!(
        metric,
        Metric::OnlineShare
            | Metric::InPersonShare
            | Metric::ResolvedShare
            | Metric::EarlyShare
            | Metric::OnTimeShare
            | Metric::LateShare
    )
}

pub(super) fn metric_slug(metric: Metric) -> &'static str {
    metric_info(metric).0
}

pub(super) fn metric_name(lang: Lang, metric: Metric) -> &'static str {
    let (_, vi, en) = metric_info(metric);
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

pub(super) fn level_name(lang: Lang, level: Level) -> &'static str {
    match lang {
        Lang::Vi => level.name_vi(),
        Lang::En => level.name_en(),
    }
}
