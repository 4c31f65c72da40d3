//! The report: seed 003's metrics per unit and per level, rankings, and the printable page.
//!
//! Each unit's figures are the months inside its period (all its months when it has none):
//! the NTM criterion's counted dossiers and online rate, judged against the tiers of the
//! active rule set; and the optional report counts (received in person, early, on time,
//! late, postal) summed, known only when every month gives them. The dossiers carried over
//! into the period are those the first month names.
//!
//! The page prints as an official report: issuing body and national motto, place and date,
//! title, numbered tables ("Biểu 1" …). Nothing typed here is stored.

use super::scorecard::{Problem, TextField};
use super::state::HistoryState;
use crate::core::count::Count;
use crate::core::history::{MonthEntry, MonthFigures, Period};
use crate::core::history_record::UnitHistory;
use crate::core::month::{parse_date, Date, Month};
use crate::core::number_vi::format_count;
use crate::core::percent::Percent;
use crate::core::presets;
use crate::core::rate::Rate;
use crate::core::report::{
    level_totals, rank, sum, End, Level, LevelTotals, Metric, MetricValue, ReportError,
    ReportFigures, ReportRow,
};
use crate::core::ruleset::RuleSet;
use crate::core::tier::Tier;
use crate::core::unit::UnitKind;
use crate::ui::i18n::{use_lang, Lang};
use crate::ui::rule_book::RuleBook;
use leptos::prelude::*;

/// Interface texts of the report.
struct ReportText {
    heading: &'static str,
    intro: &'static str,
    print: &'static str,
    issuer: &'static str,
    issuer_hint: &'static str,
    number: &'static str,
    number_hint: &'static str,
    place: &'static str,
    date: &'static str,
    date_hint: &'static str,
    title: &'static str,
    default_title: &'static str,
    signer_title: &'static str,
    default_signer_title: &'static str,
    signer_name: &'static str,
    nation: &'static str,
    motto: &'static str,
    number_word: &'static str,
    doc_kind: &'static str,
    span_months: &'static str,
    span_to: &'static str,
    span_period: &'static str,
    span_period_to: &'static str,
    blank_date: &'static str,
    no_months: &'static str,
    bieu: &'static str,
    t_rate: &'static str,
    t_received: &'static str,
    t_resolved: &'static str,
    t_levels: &'static str,
    t_ranking: &'static str,
    col_stt: &'static str,
    col_unit: &'static str,
    col_months: &'static str,
    col_total: &'static str,
    col_online: &'static str,
    col_rate: &'static str,
    col_received: &'static str,
    col_in_person: &'static str,
    col_share: &'static str,
    col_count: &'static str,
    col_postal: &'static str,
    col_to_process: &'static str,
    col_resolved: &'static str,
    col_early: &'static str,
    col_on_time: &'static str,
    col_late: &'static str,
    col_level: &'static str,
    col_quantity: &'static str,
    col_units: &'static str,
    total_row: &'static str,
    met: &'static str,
    not_met: &'static str,
    rules_note: &'static str,
    rules_fallback: &'static str,
    received_note: &'static str,
    resolved_note: &'static str,
    other_level: &'static str,
    rank_metric: &'static str,
    rank_n: &'static str,
    top: &'static str,
    bottom: &'static str,
    no_ranking: &'static str,
    problems_heading: &'static str,
    resolved_exceeds: &'static str,
    other_problem: &'static str,
}

const VI: ReportText = ReportText {
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

const EN: ReportText = ReportText {
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

fn use_text() -> &'static ReportText {
    match use_lang() {
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}

/// A stable identifier of a metric (form values, test hooks) and its names.
fn metric_info(metric: Metric) -> (&'static str, &'static str, &'static str) {
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
fn is_share(metric: Metric) -> bool {
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

fn metric_slug(metric: Metric) -> &'static str {
    metric_info(metric).0
}

fn metric_name(lang: Lang, metric: Metric) -> &'static str {
    let (_, vi, en) = metric_info(metric);
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

fn level_name(lang: Lang, level: Level) -> &'static str {
    match lang {
        Lang::Vi => level.name_vi(),
        Lang::En => level.name_en(),
    }
}

/// One unit of the report.
#[derive(Debug, Clone, PartialEq)]
struct Line {
    name: String,
    level: Option<Level>,
    /// The first and last month used.
    months: Option<(Month, Month)>,
    /// The unit's period, when it has one.
    period: Option<Period>,
    /// Counted dossiers and online ones (the NTM criterion, exclusions left out).
    counted: Option<(u64, u64)>,
    rate: Option<Rate>,
    row: Option<ReportRow>,
    problem: Option<ReportError>,
}

impl Line {
    fn metric(&self, metric: Metric) -> Option<MetricValue> {
        self.row.as_ref().and_then(|r| r.metric(metric))
    }
}

/// The sum of `get` over every month; `None` when a month lacks it or past [`Count::MAX`].
fn sum_months(
    entries: &[&MonthEntry],
    get: impl Fn(&MonthFigures) -> Option<Count>,
) -> Option<Count> {
    if entries.is_empty() {
        return None;
    }
    let mut acc: u64 = 0;
    for entry in entries {
        acc = acc.checked_add(get(entry.figures())?.get())?;
    }
    Count::new(acc)
}

fn report_figures(entries: &[&MonthEntry]) -> ReportFigures {
    ReportFigures {
        received_online: sum_months(entries, |f| Some(f.online)),
        received_in_person: sum_months(entries, |f| f.in_person),
        carried_over: entries.first().and_then(|e| e.figures().carried_over),
        early: sum_months(entries, |f| f.early),
        on_time: sum_months(entries, |f| f.on_time),
        late: sum_months(entries, |f| f.late),
        postal: sum_months(entries, |f| f.postal),
        ..ReportFigures::default()
    }
}

fn unit_line(unit: &UnitHistory, unnamed: &str) -> Line {
    let name = if unit.name.trim().is_empty() {
        unnamed.to_owned()
    } else {
        unit.name.trim().to_owned()
    };
    let kind = unit.kind.unwrap_or_else(|| UnitKind::from_name(&unit.name));
    let level = Level::of_kind(kind);
    let entries: Vec<&MonthEntry> = match &unit.period {
        Some(p) => unit.history.in_period(p).collect(),
        None => unit.history.entries().iter().collect(),
    };
    let months = entries
        .first()
        .zip(entries.last())
        .map(|(a, b)| (a.month(), b.month()));
    let span = unit
        .period
        .or_else(|| months.and_then(|(a, b)| Period::new(a.first_day(), b.last_day()).ok()));
    let totals = span
        .and_then(|p| unit.history.totals(&p).ok())
        .filter(|t| !t.months.is_empty());
    let counted = totals
        .as_ref()
        .map(|t| (t.counts.total().get(), t.counts.online().get()));
    let rate = totals.as_ref().and_then(|t| t.online_rate());
    let figures = report_figures(&entries);
    let as_level = level.unwrap_or(Level::Commune);
    let (row, problem) = match ReportRow::new(&name, as_level, figures) {
        Ok(row) => (Some(row), None),
        Err(problem) => {
            let without_carried = ReportFigures {
                carried_over: None,
                ..figures
            };
            let only_online = ReportFigures {
                received_online: figures.received_online,
                ..ReportFigures::default()
            };
            let row = ReportRow::new(&name, as_level, without_carried)
                .or_else(|_| ReportRow::new(&name, as_level, only_online))
                .ok();
            (row, Some(problem))
        }
    };
    Line {
        name,
        level,
        months: if entries.is_empty() { None } else { months },
        period: unit.period,
        counted,
        rate,
        row,
        problem,
    }
}

/// The online-rate thresholds of the tiers, lowest first, one per distinct rate (kiểu mẫu's
/// 50 % online is nâng cao's).
fn tier_thresholds(rules: &RuleSet) -> Vec<(Tier, Percent)> {
    let mut out: Vec<(Tier, Percent)> = Vec::new();
    for rule in rules.tiers_for(None) {
        if let Some(p) = rules.tier_online_min(rule.tier, None) {
            if !out.iter().any(|(_, q)| *q == p) {
                out.push((rule.tier, p));
            }
        }
    }
    out
}

/// Everything the report shows.
#[derive(Debug, Clone, PartialEq)]
struct ReportData {
    lines: Vec<Line>,
    thresholds: Vec<(Tier, Percent)>,
    /// The rule set the thresholds come from, and whether it replaced the active one.
    rules: RuleSet,
    fallback: bool,
}

impl ReportData {
    fn percents(&self) -> Vec<Percent> {
        self.thresholds.iter().map(|(_, p)| *p).collect()
    }

    fn rows(&self) -> Vec<ReportRow> {
        self.lines.iter().filter_map(|l| l.row.clone()).collect()
    }

    /// The rows and, for each, its line.
    fn ranked(&self, metric: Metric, end: End, n: usize) -> Vec<(usize, MetricValue)> {
        let (rows, lines): (Vec<ReportRow>, Vec<usize>) = self
            .lines
            .iter()
            .enumerate()
            .filter_map(|(i, l)| l.row.clone().map(|r| (r, i)))
            .unzip();
        rank(&rows, metric, end, n)
            .into_iter()
            .filter_map(|r| lines.get(r.index).map(|&i| (i, r.value)))
            .collect()
    }

    fn overall(&self) -> LevelTotals {
        let rows = self.rows();
        LevelTotals {
            level: Level::Commune,
            units: rows.len(),
            figures: sum(rows.iter()),
        }
    }

    /// Counted and online dossiers of every unit with months.
    fn counted_total(&self) -> Option<(u64, u64)> {
        let mut any = false;
        let (mut t, mut o) = (0u64, 0u64);
        for (lt, lo) in self.lines.iter().filter_map(|l| l.counted) {
            any = true;
            t = t.checked_add(lt)?;
            o = o.checked_add(lo)?;
        }
        any.then_some((t, o))
    }

    /// The months the report covers: one shared period, or the first and last month used.
    fn span(&self) -> Option<Span> {
        let used: Vec<&Line> = self.lines.iter().filter(|l| l.months.is_some()).collect();
        let first = used.first()?;
        if let Some(p) = first.period {
            if used.iter().all(|l| l.period == Some(p)) {
                return Some(Span::Period(p.from(), p.to()));
            }
        }
        let from = used.iter().filter_map(|l| l.months.map(|m| m.0)).min()?;
        let to = used.iter().filter_map(|l| l.months.map(|m| m.1)).max()?;
        Some(Span::Months(from, to))
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Span {
    Period(Date, Date),
    Months(Month, Month),
}

fn rate_of(counted: Option<(u64, u64)>) -> Option<Rate> {
    let (t, o) = counted?;
    Rate::of(Count::new(o)?, Count::new(t)?)
}

fn dash() -> String {
    "—".to_owned()
}

fn value_text(value: Option<MetricValue>) -> String {
    value.map(MetricValue::text_vi).unwrap_or_else(dash)
}

/// Today, from the browser's clock.
fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    let year = u16::try_from(now.get_full_year()).ok()?;
    let month = u8::try_from(now.get_month() + 1).ok()?;
    let day = u8::try_from(now.get_date()).ok()?;
    Date::new(year, month, day).ok()
}

/// "Vạn Thạnh" from "Xã Vạn Thạnh": the name without its kind of unit.
fn place_of(name: &str) -> String {
    let trimmed = name.trim();
    let lower = trimmed.to_lowercase();
    for prefix in [
        "xã ",
        "phường ",
        "thị trấn ",
        "đặc khu ",
        "huyện ",
        "thị xã ",
        "thành phố ",
        "quận ",
    ] {
        if lower.starts_with(prefix) {
            // The prefix is the same number of characters in either case.
            let n = prefix.chars().count();
            return trimmed
                .chars()
                .skip(n)
                .collect::<String>()
                .trim()
                .to_owned();
        }
    }
    trimmed.to_owned()
}

/// "ngày 05 tháng 7 năm 2025", or "5 July 2025".
fn date_words(lang: Lang, date: Date) -> String {
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

#[component]
pub fn ReportView() -> impl IntoView {
    let lang = use_lang();
    let t = use_text();
    let unnamed = super::text::use_text().unit_unnamed;
    let state = expect_context::<HistoryState>();
    let book = expect_context::<RuleBook>();

    let data = Memo::new(move |_| {
        let active = book.active_set();
        let (rules, fallback) = if tier_thresholds(&active).is_empty() {
            (presets::commune_2022_2025(), true)
        } else {
            (active, false)
        };
        let lines = state
            .record
            .with(|r| r.units.iter().map(|u| unit_line(u, unnamed)).collect());
        ReportData {
            lines,
            thresholds: tier_thresholds(&rules),
            rules,
            fallback,
        }
    });

    // The fields of the printed page, filled from the unit shown.
    let shown = state.unit();
    let issuer_default = if shown.name.trim().is_empty() {
        String::new()
    } else {
        format!("UBND {}", shown.name.trim()).to_uppercase()
    };
    let issuer = RwSignal::new(issuer_default);
    let number = RwSignal::new(String::new());
    let place = RwSignal::new(place_of(&shown.name));
    let date_text = RwSignal::new(today().map(Date::numeric).unwrap_or_default());
    let date = RwSignal::new(today());
    let date_error = RwSignal::new(None::<Problem>);
    let title = RwSignal::new(t.default_title.to_owned());
    let signer_title = RwSignal::new(t.default_signer_title.to_owned());
    let signer_name = RwSignal::new(String::new());
    let no_error = move || RwSignal::new(None::<Problem>);
    let on_date = move || {
        let text = date_text.get_untracked();
        if text.trim().is_empty() {
            date_error.set(None);
            date.set(None);
            return;
        }
        match parse_date(&text) {
            Ok(d) => {
                date_error.set(None);
                date.set(Some(d));
            }
            Err(e) => date_error.set(Some(Problem::Date(e))),
        }
    };

    let metric = RwSignal::new(Metric::OnlineShare);
    let n = RwSignal::new(5usize);

    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };

    let header = move || {
        // No date: left blank to be written by hand, as drafts are.
        let when = date
            .get()
            .map_or_else(|| t.blank_date.to_owned(), |d| date_words(lang, d));
        let place = place.get();
        let place_date = if place.trim().is_empty() {
            when
        } else {
            format!("{}, {when}", place.trim())
        };
        let number_line = {
            let n = number.get();
            (!n.trim().is_empty()).then(|| format!("{} {}", t.number_word, n.trim()))
        };
        view! {
            <header class="doc-header" data-testid="report-header">
                <div class="doc-issuer">
                    <p class="doc-issuer-name" data-testid="report-issuer">{issuer.get().trim().to_uppercase()}</p>
                    {number_line.map(|l| view! { <p class="doc-number">{l}</p> })}
                </div>
                <div class="doc-nation">
                    <p class="doc-nation-name">{t.nation}</p>
                    <p class="doc-motto">{t.motto}</p>
                </div>
                <p class="doc-place-date" data-testid="report-date">{place_date}</p>
            </header>
        }
    };

    let span = move || {
        data.with(|d| match d.span() {
            Some(Span::Period(from, to)) => format!(
                "({} {} {} {})",
                t.span_period,
                from.numeric(),
                t.span_period_to,
                to.numeric()
            ),
            Some(Span::Months(from, to)) => {
                format!("({} {from} {} {to})", t.span_months, t.span_to)
            }
            None => t.no_months.to_owned(),
        })
    };

    view! {
        <section class="report-view" data-testid="report">
            <div class="panel no-print report-settings">
                <h2>{t.heading}</h2>
                <p class="hint">{t.intro}</p>
                <div class="toolbar">
                    <button type="button" class="primary" data-testid="print-report" on:click=print>
                        {t.print}
                    </button>
                </div>
                <div class="report-fields">
                    <TextField id="r-issuer".to_owned() label=t.issuer hint=t.issuer_hint inputmode="text" value=issuer error=no_error() on_input=|| ()/>
                    <TextField id="r-number".to_owned() label=t.number hint=t.number_hint inputmode="text" value=number error=no_error() on_input=|| ()/>
                    <TextField id="r-place".to_owned() label=t.place inputmode="text" value=place error=no_error() on_input=|| ()/>
                    <TextField id="r-date".to_owned() label=t.date hint=t.date_hint inputmode="numeric" value=date_text error=date_error on_input=on_date/>
                    <TextField id="r-title".to_owned() label=t.title inputmode="text" value=title error=no_error() on_input=|| ()/>
                    <TextField id="r-signer-title".to_owned() label=t.signer_title inputmode="text" value=signer_title error=no_error() on_input=|| ()/>
                    <TextField id="r-signer-name".to_owned() label=t.signer_name inputmode="text" value=signer_name error=no_error() on_input=|| ()/>
                </div>
            </div>
            <article class="panel report-doc" aria-labelledby="r-doc-title">
                {header}
                <h2 class="doc-title" id="r-doc-title">{t.doc_kind}</h2>
                <p class="doc-subtitle">{move || title.get()}</p>
                <p class="doc-period" data-testid="report-span">{span}</p>
                <RateTable data/>
                <ReceivedTable data/>
                <ResolvedTable data/>
                <LevelTable data/>
                <RankingTables data metric n/>
                <Problems data/>
                <div class="doc-sign">
                    <p class="doc-signer-title">{move || signer_title.get().trim().to_uppercase()}</p>
                    <p class="doc-signer-name">{move || signer_name.get()}</p>
                </div>
            </article>
        </section>
    }
}

/// "Biểu 3: TÌNH HÌNH GIẢI QUYẾT HỒ SƠ".
fn caption(t: &ReportText, number: usize, title: &str) -> String {
    format!("{} {number}: {title}", t.bieu)
}

fn line_months(line: &Line) -> String {
    match line.months {
        Some((a, b)) if a == b => a.to_string(),
        Some((a, b)) => format!("{a}–{b}"),
        None => dash(),
    }
}

/// One cell of a metric, with its hook.
fn metric_cell(metric: Metric, value: Option<MetricValue>) -> impl IntoView {
    view! { <td class="num" data-metric=metric_slug(metric)>{value_text(value)}</td> }
}

#[component]
fn RateTable(data: Memo<ReportData>) -> impl IntoView {
    let lang = use_lang();
    let t = use_text();
    move || {
        data.with(|d| {
            let percents = d.percents();
            let tier_heads = d
                .thresholds
                .iter()
                .map(|(tier, p)| {
                    view! {
                        <th scope="col">
                            {format!("{} (≥\u{a0}{}\u{a0}%)", tier.short_name(), p.to_vi_number())}
                        </th>
                    }
                })
                .collect_view();
            let verdicts = |rate: Option<Rate>| {
                d.thresholds
                    .iter()
                    .map(|(tier, p)| {
                        let met = rate.map(|r| r.meets(*p));
                        let text = match met {
                            Some(true) => t.met,
                            Some(false) => t.not_met,
                            None => "—",
                        };
                        let class = match met {
                            Some(true) => "status-cell pass",
                            Some(false) => "status-cell fail",
                            None => "status-cell",
                        };
                        view! {
                            <td class=class data-tier=tier.slug() data-met=match met {
                                Some(true) => "true",
                                Some(false) => "false",
                                None => "",
                            }>{text}</td>
                        }
                    })
                    .collect_view()
            };
            let rows = d
                .lines
                .iter()
                .enumerate()
                .map(|(i, line)| {
                    let (total, online) = match line.counted {
                        Some((t, o)) => (format_count(t), format_count(o)),
                        None => (dash(), dash()),
                    };
                    let rate = line.rate.map(|r| r.format(&percents)).unwrap_or_else(dash);
                    view! {
                        <tr data-testid="report-row" data-unit=line.name.clone()>
                            <td class="num">{i + 1}</td>
                            <th scope="row" class="name">{line.name.clone()}</th>
                            <td class="num">{line_months(line)}</td>
                            <td class="num" data-metric="tong-so">{total}</td>
                            <td class="num" data-metric="truc-tuyen">{online}</td>
                            <td class="num" data-metric="ty-le">{rate}</td>
                            {verdicts(line.rate)}
                        </tr>
                    }
                })
                .collect_view();
            let all = d.counted_total();
            let all_rate = rate_of(all);
            let (all_t, all_o) = match all {
                Some((t, o)) => (format_count(t), format_count(o)),
                None => (dash(), dash()),
            };
            let basis = &d.rules.legal_basis;
            let rules_line = format!(
                "{} {} ({} {}).",
                if d.fallback { t.rules_fallback } else { t.rules_note },
                lang.pick(&d.rules.name),
                basis.document,
                basis.date.numeric()
            );
            view! {
                <div class="bieu">
                <h3 class="bieu-title" id="r-bieu-1">{caption(t, 1, t.t_rate)}</h3>
                <div class="table-wrap" tabindex="0" role="region" aria-labelledby="r-bieu-1">
                    <table class="units report-table" data-testid="report-table" data-bieu="1" aria-labelledby="r-bieu-1">
                        <thead>
                            <tr>
                                <th scope="col">{t.col_stt}</th>
                                <th scope="col">{t.col_unit}</th>
                                <th scope="col">{t.col_months}</th>
                                <th scope="col">{t.col_total}</th>
                                <th scope="col">{t.col_online}</th>
                                <th scope="col">{t.col_rate}</th>
                                {tier_heads}
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                        <tfoot>
                            <tr data-testid="report-total">
                                <td></td>
                                <th scope="row" class="name">{t.total_row}</th>
                                <td></td>
                                <td class="num" data-metric="tong-so">{all_t}</td>
                                <td class="num" data-metric="truc-tuyen">{all_o}</td>
                                <td class="num" data-metric="ty-le">{all_rate.map(|r| r.format(&percents)).unwrap_or_else(dash)}</td>
                                {verdicts(all_rate)}
                            </tr>
                        </tfoot>
                    </table>
                </div>
                <p class="note">{rules_line}</p>
                </div>
            }
        })
    }
}

#[component]
fn ReceivedTable(data: Memo<ReportData>) -> impl IntoView {
    let t = use_text();
    let cells = |value: &dyn Fn(Metric) -> Option<MetricValue>| {
        [
            Metric::Received,
            Metric::ReceivedOnline,
            Metric::OnlineShare,
            Metric::ReceivedInPerson,
            Metric::InPersonShare,
            Metric::Postal,
        ]
        .into_iter()
        .map(|m| metric_cell(m, value(m)))
        .collect_view()
    };
    move || {
        data.with(|d| {
            let rows = d
                .lines
                .iter()
                .enumerate()
                .map(|(i, line)| {
                    view! {
                        <tr data-testid="received-row" data-unit=line.name.clone()>
                            <td class="num">{i + 1}</td>
                            <th scope="row" class="name">{line.name.clone()}</th>
                            {cells(&|m| line.metric(m))}
                        </tr>
                    }
                })
                .collect_view();
            let overall = d.overall();
            view! {
                <div class="bieu">
                <h3 class="bieu-title" id="r-bieu-2">{caption(t, 2, t.t_received)}</h3>
                <div class="table-wrap" tabindex="0" role="region" aria-labelledby="r-bieu-2">
                    <table class="units report-table" data-testid="report-table" data-bieu="2" aria-labelledby="r-bieu-2">
                        <thead>
                            <tr>
                                <th scope="col" rowspan="2">{t.col_stt}</th>
                                <th scope="col" rowspan="2">{t.col_unit}</th>
                                <th scope="col" rowspan="2">{t.col_received}</th>
                                <th scope="colgroup" colspan="2">{t.col_online}</th>
                                <th scope="colgroup" colspan="2">{t.col_in_person}</th>
                                <th scope="col" rowspan="2">{t.col_postal}</th>
                            </tr>
                            <tr>
                                <th scope="col">{t.col_count}</th>
                                <th scope="col">{t.col_share}</th>
                                <th scope="col">{t.col_count}</th>
                                <th scope="col">{t.col_share}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                        <tfoot>
                            <tr>
                                <td></td>
                                <th scope="row" class="name">{t.total_row}</th>
                                {cells(&|m| overall.metric(m))}
                            </tr>
                        </tfoot>
                    </table>
                </div>
                <p class="note">{t.received_note}</p>
                </div>
            }
        })
    }
}

#[component]
fn ResolvedTable(data: Memo<ReportData>) -> impl IntoView {
    let t = use_text();
    let cells = |value: &dyn Fn(Metric) -> Option<MetricValue>| {
        [
            Metric::ToProcess,
            Metric::Resolved,
            Metric::ResolvedShare,
            Metric::EarlyShare,
            Metric::OnTimeShare,
            Metric::Late,
            Metric::LateShare,
        ]
        .into_iter()
        .map(|m| metric_cell(m, value(m)))
        .collect_view()
    };
    move || {
        data.with(|d| {
            let rows = d
                .lines
                .iter()
                .enumerate()
                .map(|(i, line)| {
                    view! {
                        <tr data-testid="resolved-row" data-unit=line.name.clone()>
                            <td class="num">{i + 1}</td>
                            <th scope="row" class="name">{line.name.clone()}</th>
                            {cells(&|m| line.metric(m))}
                        </tr>
                    }
                })
                .collect_view();
            let overall = d.overall();
            view! {
                <div class="bieu">
                <h3 class="bieu-title" id="r-bieu-3">{caption(t, 3, t.t_resolved)}</h3>
                <div class="table-wrap" tabindex="0" role="region" aria-labelledby="r-bieu-3">
                    <table class="units report-table" data-testid="report-table" data-bieu="3" aria-labelledby="r-bieu-3">
                        <thead>
                            <tr>
                                <th scope="col" rowspan="2">{t.col_stt}</th>
                                <th scope="col" rowspan="2">{t.col_unit}</th>
                                <th scope="col" rowspan="2">{t.col_to_process}</th>
                                <th scope="colgroup" colspan="2">{t.col_resolved}</th>
                                <th scope="col" rowspan="2">{format!("{} ({})", t.col_early, t.col_share.to_lowercase())}</th>
                                <th scope="col" rowspan="2">{format!("{} ({})", t.col_on_time, t.col_share.to_lowercase())}</th>
                                <th scope="colgroup" colspan="2">{t.col_late}</th>
                            </tr>
                            <tr>
                                <th scope="col">{t.col_count}</th>
                                <th scope="col">{t.col_share}</th>
                                <th scope="col">{t.col_count}</th>
                                <th scope="col">{t.col_share}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                        <tfoot>
                            <tr>
                                <td></td>
                                <th scope="row" class="name">{t.total_row}</th>
                                {cells(&|m| overall.metric(m))}
                            </tr>
                        </tfoot>
                    </table>
                </div>
                <p class="note">{t.resolved_note}</p>
                </div>
            }
        })
    }
}

#[component]
fn LevelTable(data: Memo<ReportData>) -> impl IntoView {
    let lang = use_lang();
    let t = use_text();
    let metrics = [
        Metric::Received,
        Metric::OnlineShare,
        Metric::Resolved,
        Metric::EarlyShare,
        Metric::OnTimeShare,
        Metric::LateShare,
        Metric::Postal,
    ];
    move || {
        data.with(|d| {
            let rows: Vec<ReportRow> = d
                .lines
                .iter()
                .filter(|l| l.level.is_some())
                .filter_map(|l| l.row.clone())
                .collect();
            let others = d.lines.iter().filter(|l| l.level.is_none()).count();
            let levels = level_totals(&rows);
            let body = levels
                .iter()
                .map(|lt| {
                    view! {
                        <tr data-testid="level-row" data-level=lt.level.slug()>
                            <th scope="row" class="name">{level_name(lang, lt.level)}</th>
                            <td class="num">{lt.units}</td>
                            {metrics.into_iter().map(|m| metric_cell(m, lt.metric(m))).collect_view()}
                        </tr>
                    }
                })
                .collect_view();
            let other_row = (others > 0).then(|| {
                view! {
                    <tr data-level="khac">
                        <th scope="row" class="name">{t.other_level}</th>
                        <td class="num">{others}</td>
                        {metrics.into_iter().map(|m| metric_cell(m, None)).collect_view()}
                    </tr>
                }
            });
            view! {
                <div class="bieu">
                <h3 class="bieu-title" id="r-bieu-4">{caption(t, 4, t.t_levels)}</h3>
                <div class="table-wrap" tabindex="0" role="region" aria-labelledby="r-bieu-4">
                    <table class="units report-table" data-testid="report-table" data-bieu="4" aria-labelledby="r-bieu-4">
                        <thead>
                            <tr>
                                <th scope="col">{t.col_level}</th>
                                <th scope="col">{t.col_units}</th>
                                <th scope="col">{t.col_received}</th>
                                <th scope="col">{format!("{} {}", t.col_share, t.col_online.to_lowercase())}</th>
                                <th scope="col">{t.col_resolved}</th>
                                <th scope="col">{t.col_early}</th>
                                <th scope="col">{t.col_on_time}</th>
                                <th scope="col">{t.col_late}</th>
                                <th scope="col">{t.col_postal}</th>
                            </tr>
                        </thead>
                        <tbody>{body}{other_row}</tbody>
                    </table>
                </div>
                </div>
            }
        })
    }
}

#[component]
fn RankingTables(
    data: Memo<ReportData>,
    metric: RwSignal<Metric>,
    n: RwSignal<usize>,
) -> impl IntoView {
    let lang = use_lang();
    let t = use_text();
    let options = Metric::ALL
        .into_iter()
        .map(|m| {
            view! {
                <option value=metric_slug(m) selected=move || metric.get() == m>
                    {metric_name(lang, m)}
                </option>
            }
        })
        .collect_view();
    let list = move |end: End| {
        let m = metric.get();
        let ranked = data.with(|d| {
            d.ranked(m, end, n.get())
                .into_iter()
                .filter_map(|(i, v)| d.lines.get(i).map(|l| (l.name.clone(), v)))
                .collect::<Vec<_>>()
        });
        if ranked.is_empty() {
            return view! { <tr><td colspan="3">{t.no_ranking}</td></tr> }.into_any();
        }
        ranked
            .into_iter()
            .enumerate()
            .map(|(i, (name, value))| {
                view! {
                    <tr data-unit=name.clone()>
                        <td class="num">{i + 1}</td>
                        <th scope="row" class="name">{name.clone()}</th>
                        <td class="num">{value.text_vi()}</td>
                    </tr>
                }
            })
            .collect_view()
            .into_any()
    };
    let table = move |end: End| {
        let (head, id) = match end {
            End::Top => (t.top, "ranking-top"),
            End::Bottom => (t.bottom, "ranking-bottom"),
        };
        view! {
            <table class="units report-table ranking-table">
                <caption>{head}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.col_stt}</th>
                        <th scope="col">{t.col_unit}</th>
                        <th scope="col">{move || if is_share(metric.get()) { t.col_rate } else { t.col_quantity }}</th>
                    </tr>
                </thead>
                <tbody data-testid=id>{move || list(end)}</tbody>
            </table>
        }
    };
    view! {
        <div class="report-ranking bieu" role="group" aria-labelledby="r-bieu-5" data-testid="report-table" data-bieu="5">
            <h3 class="bieu-title" id="r-bieu-5">
                {move || format!("{} 5: {} {}", t.bieu, t.t_ranking, metric_name(lang, metric.get()).to_uppercase())}
            </h3>
            <div class="report-fields no-print">
                <div class="field">
                    <label for="r-rank-metric">{t.rank_metric}</label>
                    <select
                        id="r-rank-metric"
                        name="r-rank-metric"
                        on:change=move |ev| {
                            let slug = event_target_value(&ev);
                            if let Some(m) = Metric::ALL.into_iter().find(|m| metric_slug(*m) == slug) {
                                metric.set(m);
                            }
                        }
                    >
                        {options}
                    </select>
                </div>
                <div class="field">
                    <label for="r-rank-n">{t.rank_n}</label>
                    <input
                        id="r-rank-n"
                        name="r-rank-n"
                        type="number"
                        min="1"
                        max="50"
                        inputmode="numeric"
                        prop:value=move || n.get().to_string()
                        on:input=move |ev| {
                            if let Ok(v) = event_target_value(&ev).trim().parse::<usize>() {
                                n.set(v.clamp(1, 50));
                            }
                        }
                    />
                </div>
            </div>
            <div class="ranking">
                {table(End::Top)}
                {table(End::Bottom)}
            </div>
        </div>
    }
}

#[component]
fn Problems(data: Memo<ReportData>) -> impl IntoView {
    let t = use_text();
    move || {
        data.with(|d| {
            let items: Vec<String> = d
                .lines
                .iter()
                .filter_map(|l| {
                    let why = match l.problem? {
                        ReportError::ResolvedExceedsToProcess => t.resolved_exceeds,
                        _ => t.other_problem,
                    };
                    Some(format!("{}: {why}.", l.name))
                })
                .collect();
            (!items.is_empty()).then(|| {
                view! {
                    <div class="report-problems" data-testid="report-problems">
                        <h3>{t.problems_heading}</h3>
                        <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
                    </div>
                }
            })
        })
    }
}
