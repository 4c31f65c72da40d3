//! The numbered tables of the report (Biểu 1–4) and the list of units to check.

use super::data::*;
use super::metrics::*;
use crate::core::num::number_vi::format_count;
use crate::core::num::rate::Rate;
use crate::core::reports::report::{Metric, MetricValue, ReportError};
use crate::ui::i18n::report::{level_name, ReportTexts};
use crate::ui::i18n::{use_lang, Lang};
use crate::ui::widgets::user_text::{bdi, Msg};
use leptos::prelude::*;

/// "Biểu 3: TÌNH HÌNH GIẢI QUYẾT HỒ SƠ".
pub(super) fn caption(t: &ReportTexts, number: usize, title: &str) -> String {
    format!("{} {number}: {title}", t.bieu)
}

/// "(Từ ngày 01/01/2024 đến ngày 31/03/2024)": the months the report covers.
pub(super) fn span_text(t: &ReportTexts, d: &ReportData) -> String {
    match d.span() {
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
    }
}

pub(super) fn line_months(line: &Line) -> String {
    match line.months {
        Some((a, b)) if a == b => a.to_string(),
        Some((a, b)) => format!("{a}–{b}"),
        None => dash(),
    }
}

/// "Ngưỡng theo Bộ tiêu chí … (Quyết định … 01/02/2023).": where Biểu 1's thresholds come
/// from.
pub(super) fn rules_line(lang: Lang, d: &ReportData) -> String {
    let t = lang.report();
    let basis = &d.rules.legal_basis;
    format!(
        "{} {} ({} {}).",
        if d.fallback {
            t.rules_fallback
        } else {
            t.rules_note
        },
        lang.pick(&d.rules.name),
        basis.document,
        basis.date.numeric()
    )
}

/// One cell of a metric, with its hook.
pub(super) fn metric_cell(metric: Metric, value: Option<MetricValue>) -> impl IntoView {
    view! { <td class="num" data-metric=metric_slug(metric)>{value_text(value)}</td> }
}

#[component]
pub(super) fn RateTable(data: Memo<ReportData>) -> impl IntoView {
    let lang = use_lang();
    let t = use_lang().report();
    move || {
        data.with(|d| {
            let percents = d.percents();
            let tier_heads = d
                .thresholds
                .iter()
                .map(|(tier, p)| {
                    view! {
                        <th scope="col">
                            {format!("{} (≥\u{a0}{}\u{a0}%)", lang.tier_name(&d.rules, *tier), p.to_vi_number())}
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
                            <td class=class data-tier=tier.slug().to_owned() data-met=match met {
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
                            <th scope="row" class="name">{bdi(line.name.clone())}</th>
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
            let rules_line = rules_line(lang, d);
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

pub(super) const RECEIVED: [Metric; 6] = [
    Metric::Received,
    Metric::ReceivedOnline,
    Metric::OnlineShare,
    Metric::ReceivedInPerson,
    Metric::InPersonShare,
    Metric::Postal,
];

pub(super) const RESOLVED: [Metric; 7] = [
    Metric::ToProcess,
    Metric::Resolved,
    Metric::ResolvedShare,
    Metric::EarlyShare,
    Metric::OnTimeShare,
    Metric::Late,
    Metric::LateShare,
];

/// The columns of Biểu 4 after the number of units.
pub(super) const LEVELS: [Metric; 7] = [
    Metric::Received,
    Metric::OnlineShare,
    Metric::Resolved,
    Metric::EarlyShare,
    Metric::OnTimeShare,
    Metric::LateShare,
    Metric::Postal,
];

/// The second heading row of Biểu 2 and 3: count and share under each of two groups.
fn count_share_row(t: &'static ReportTexts) -> impl IntoView {
    view! {
        <tr>
            <th scope="col">{t.col_count}</th>
            <th scope="col">{t.col_share}</th>
            <th scope="col">{t.col_count}</th>
            <th scope="col">{t.col_share}</th>
        </tr>
    }
}

/// Biểu 2: received online and in person, with their shares, and postal.
#[component]
pub(super) fn ReceivedTable(data: Memo<ReportData>) -> impl IntoView {
    let t = use_lang().report();
    let head = view! {
        <tr>
            <th scope="col" rowspan="2">{t.col_stt}</th>
            <th scope="col" rowspan="2">{t.col_unit}</th>
            <th scope="col" rowspan="2">{t.col_received}</th>
            <th scope="colgroup" colspan="2">{t.col_online}</th>
            <th scope="colgroup" colspan="2">{t.col_in_person}</th>
            <th scope="col" rowspan="2">{t.col_postal}</th>
        </tr>
        {count_share_row(t)}
    }
    .into_any();
    view! {
        <MetricTable
            data
            number=2
            title=t.t_received
            note=t.received_note
            row_testid="received-row"
            metrics=&RECEIVED
            head
        />
    }
}

/// Biểu 3: dossiers to process, resolved, early, on time and late.
#[component]
pub(super) fn ResolvedTable(data: Memo<ReportData>) -> impl IntoView {
    let t = use_lang().report();
    let share = t.col_share.to_lowercase();
    let head = view! {
        <tr>
            <th scope="col" rowspan="2">{t.col_stt}</th>
            <th scope="col" rowspan="2">{t.col_unit}</th>
            <th scope="col" rowspan="2">{t.col_to_process}</th>
            <th scope="colgroup" colspan="2">{t.col_resolved}</th>
            <th scope="col" rowspan="2">{format!("{} ({share})", t.col_early)}</th>
            <th scope="col" rowspan="2">{format!("{} ({share})", t.col_on_time)}</th>
            <th scope="colgroup" colspan="2">{t.col_late}</th>
        </tr>
        {count_share_row(t)}
    }
    .into_any();
    view! {
        <MetricTable
            data
            number=3
            title=t.t_resolved
            note=t.resolved_note
            row_testid="resolved-row"
            metrics=&RESOLVED
            head
        />
    }
}

/// A numbered table of `metrics`, one row per unit and a total row, under `head`.
#[component]
fn MetricTable(
    data: Memo<ReportData>,
    number: usize,
    title: &'static str,
    note: &'static str,
    row_testid: &'static str,
    metrics: &'static [Metric],
    head: AnyView,
) -> impl IntoView {
    let t = use_lang().report();
    let id = format!("r-bieu-{number}");
    let (region_label, table_label) = (id.clone(), id.clone());
    let cells = move |value: &dyn Fn(Metric) -> Option<MetricValue>| {
        metrics
            .iter()
            .map(|&m| metric_cell(m, value(m)))
            .collect_view()
    };
    let body = move || {
        data.with(|d| {
            let rows = d
                .lines
                .iter()
                .enumerate()
                .map(|(i, line)| {
                    view! {
                        <tr data-testid=row_testid data-unit=line.name.clone()>
                            <td class="num">{i + 1}</td>
                            <th scope="row" class="name">{bdi(line.name.clone())}</th>
                            {cells(&|m| line.metric(m))}
                        </tr>
                    }
                })
                .collect_view();
            let overall = d.overall();
            view! {
                <tbody>{rows}</tbody>
                <tfoot>
                    <tr>
                        <td></td>
                        <th scope="row" class="name">{t.total_row}</th>
                        {cells(&|m| overall.metric(m))}
                    </tr>
                </tfoot>
            }
        })
    };
    view! {
        <div class="bieu">
            <h3 class="bieu-title" id=id>{caption(t, number, title)}</h3>
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby=region_label>
                <table
                    class="units report-table"
                    data-testid="report-table"
                    data-bieu=number
                    aria-labelledby=table_label
                >
                    <thead>{head}</thead>
                    {body}
                </table>
            </div>
            <p class="note">{note}</p>
        </div>
    }
}

#[component]
pub(super) fn LevelTable(data: Memo<ReportData>) -> impl IntoView {
    let lang = use_lang();
    let t = use_lang().report();
    let metrics = LEVELS;
    move || {
        data.with(|d| {
            let (levels, others) = d.levels();
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
pub(super) fn Problems(data: Memo<ReportData>) -> impl IntoView {
    let t = use_lang().report();
    move || {
        data.with(|d| {
            let items: Vec<Msg> = d
                .lines
                .iter()
                .filter_map(|l| {
                    let why = match l.problem? {
                        ReportError::ResolvedExceedsToProcess => t.resolved_exceeds,
                        _ => t.other_problem,
                    };
                    Some(Msg::default().user(l.name.clone()).and(format!(": {why}.")))
                })
                .collect();
            (!items.is_empty()).then(|| {
                view! {
                    <div class="report-problems" data-testid="report-problems">
                        <h3>{t.problems_heading}</h3>
                        <ul>{items.into_iter().map(|i| view! { <li>{i.view()}</li> }).collect_view()}</ul>
                    </div>
                }
            })
        })
    }
}
