//! The report's tables as a workbook's sheets: one sheet per Biểu, the same rows and
//! figures as the page shows (from the same [`ReportData`] and the same cells:
//! [`Cell::metric`], [`Cell::rate`]), with the Biểu's title, the months covered and the rule
//! set above the header. Written in Vietnamese whatever the page's language, as the table's
//! workbook is: it is an office's document.

use super::data::*;
use super::tables::*;
use crate::core::num::rate::Rate;
use crate::core::reports::report::{End, Metric, MetricValue, ReportError};
use crate::core::workbook::sheet::{Cell, HeaderCell, SheetSpec};
use crate::ui::i18n::report::{level_name, metric_name, ReportTexts};
use crate::ui::i18n::Lang;

/// The language of the workbook.
const LANG: Lang = Lang::Vi;

fn heads(texts: &[&str]) -> Vec<HeaderCell> {
    texts.iter().map(|t| HeaderCell::new(*t)).collect()
}

/// The lines above a Biểu's header: its caption, the months covered, the rule set.
fn title(t: &ReportTexts, d: &ReportData, number: usize, name: &str) -> Vec<String> {
    vec![
        caption(t, number, name),
        span_text(t, d),
        rules_line(LANG, d),
    ]
}

/// Biểu 1: each unit's counted dossiers, online rate and the tiers it meets.
fn rate_sheet(t: &ReportTexts, d: &ReportData) -> SheetSpec {
    let percents = d.percents();
    let verdicts = |rate: Option<Rate>| {
        d.thresholds.iter().map(move |(_, p)| match rate {
            Some(r) if r.meets(*p) => Cell::text(t.met),
            Some(_) => Cell::text(t.not_met),
            None => Cell::Empty,
        })
    };
    let figures = |counted: Option<(u64, u64)>, rate: Option<Rate>| {
        let mut cells = vec![
            Cell::count(counted.map(|c| c.0)),
            Cell::count(counted.map(|c| c.1)),
            Cell::rate(rate, &percents),
        ];
        cells.extend(verdicts(rate));
        cells
    };
    let rows = d
        .lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let mut row = vec![
                Cell::Count(i as u64 + 1),
                Cell::text(&line.name),
                Cell::text(line_months(line)),
            ];
            row.extend(figures(line.counted, line.rate));
            row
        })
        .collect();
    let all = d.counted_total();
    let mut total = vec![Cell::Empty, Cell::text(t.total_row), Cell::Empty];
    total.extend(figures(all, rate_of(all)));
    let mut header = heads(&[
        t.col_stt,
        t.col_unit,
        t.col_months,
        t.col_total,
        t.col_online,
        t.col_rate,
    ]);
    header.extend(d.thresholds.iter().map(|(tier, p)| {
        HeaderCell::new(format!(
            "{} (≥ {} %)",
            LANG.tier_name(&d.rules, *tier),
            p.to_vi_number()
        ))
    }));
    let mut widths = vec![6, 30, 16, 14, 12, 10];
    widths.extend(d.thresholds.iter().map(|_| 14));
    let problems = d.lines.iter().filter_map(|l| {
        let why = match l.problem? {
            ReportError::ResolvedExceedsToProcess => t.resolved_exceeds,
            _ => t.other_problem,
        };
        Some(format!("{}: {why}.", l.name))
    });
    let mut notes: Vec<String> = Vec::new();
    let problems: Vec<String> = problems.collect();
    if !problems.is_empty() {
        notes.push(format!("{}:", t.problems_heading));
        notes.extend(problems);
    }
    SheetSpec {
        name: caption_name(t, 1),
        title: title(t, d, 1, t.t_rate),
        header: vec![header],
        widths,
        rows,
        totals: vec![total],
        notes,
    }
}

/// "Biểu 1": a sheet's tab.
fn caption_name(t: &ReportTexts, number: usize) -> String {
    format!("{} {number}", t.bieu)
}

/// A numbered table of `metrics`, one row per unit and a total row (Biểu 2 and 3).
fn metric_sheet(
    t: &ReportTexts,
    d: &ReportData,
    number: usize,
    name: &str,
    header: Vec<Vec<HeaderCell>>,
    metrics: &[Metric],
    note: &str,
) -> SheetSpec {
    let cells = |value: &dyn Fn(Metric) -> Option<MetricValue>| -> Vec<Cell> {
        metrics.iter().map(|&m| Cell::metric(value(m))).collect()
    };
    let rows = d
        .lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let mut row = vec![Cell::Count(i as u64 + 1), Cell::text(&line.name)];
            row.extend(cells(&|m| line.metric(m)));
            row
        })
        .collect();
    let overall = d.overall();
    let mut total = vec![Cell::Empty, Cell::text(t.total_row)];
    total.extend(cells(&|m| overall.metric(m)));
    let mut widths = vec![6, 30];
    widths.extend(metrics.iter().map(|_| 12));
    SheetSpec {
        name: caption_name(t, number),
        title: title(t, d, number, name),
        header,
        widths,
        rows,
        totals: vec![total],
        notes: vec![note.to_owned()],
    }
}

/// The second heading row of Biểu 2 and 3: count and share under each of two groups.
fn count_share(t: &ReportTexts) -> Vec<HeaderCell> {
    heads(&[t.col_count, t.col_share, t.col_count, t.col_share])
}

fn received_sheet(t: &ReportTexts, d: &ReportData) -> SheetSpec {
    let down = |text: &str| HeaderCell::down(text, 2);
    let header = vec![
        vec![
            down(t.col_stt),
            down(t.col_unit),
            down(t.col_received),
            HeaderCell::across(t.col_online, 2),
            HeaderCell::across(t.col_in_person, 2),
            down(t.col_postal),
        ],
        count_share(t),
    ];
    metric_sheet(t, d, 2, t.t_received, header, &RECEIVED, t.received_note)
}

fn resolved_sheet(t: &ReportTexts, d: &ReportData) -> SheetSpec {
    let down = |text: &str| HeaderCell::down(text, 2);
    let share = t.col_share.to_lowercase();
    let header = vec![
        vec![
            down(t.col_stt),
            down(t.col_unit),
            down(t.col_to_process),
            HeaderCell::across(t.col_resolved, 2),
            down(&format!("{} ({share})", t.col_early)),
            down(&format!("{} ({share})", t.col_on_time)),
            HeaderCell::across(t.col_late, 2),
        ],
        count_share(t),
    ];
    metric_sheet(t, d, 3, t.t_resolved, header, &RESOLVED, t.resolved_note)
}

/// Biểu 4: the totals of each level.
fn level_sheet(t: &ReportTexts, d: &ReportData) -> SheetSpec {
    let (levels, others) = d.levels();
    let mut rows: Vec<Vec<Cell>> = levels
        .iter()
        .map(|lt| {
            let mut row = vec![
                Cell::text(level_name(LANG, lt.level)),
                Cell::Count(lt.units as u64),
            ];
            row.extend(LEVELS.iter().map(|&m| Cell::metric(lt.metric(m))));
            row
        })
        .collect();
    if others > 0 {
        let mut row = vec![Cell::text(t.other_level), Cell::Count(others as u64)];
        row.extend(LEVELS.iter().map(|_| Cell::Empty));
        rows.push(row);
    }
    let online_share = format!("{} {}", t.col_share, t.col_online.to_lowercase());
    SheetSpec {
        name: caption_name(t, 4),
        title: title(t, d, 4, t.t_levels),
        header: vec![heads(&[
            t.col_level,
            t.col_units,
            t.col_received,
            &online_share,
            t.col_resolved,
            t.col_early,
            t.col_on_time,
            t.col_late,
            t.col_postal,
        ])],
        widths: vec![24, 10, 12, 12, 12, 12, 12, 12, 12],
        rows,
        totals: Vec::new(),
        notes: Vec::new(),
    }
}

/// Biểu 5: the `n` highest and lowest units by `metric`, as chosen on the page.
fn ranking_sheet(t: &ReportTexts, d: &ReportData, metric: Metric, n: usize) -> SheetSpec {
    let name = format!(
        "{} {}",
        t.t_ranking,
        metric_name(LANG, metric).to_uppercase()
    );
    let mut rows = Vec::new();
    for (end, head) in [(End::Top, t.top), (End::Bottom, t.bottom)] {
        rows.push(vec![Cell::Empty, Cell::text(head), Cell::Empty]);
        let ranked = d.ranked(metric, end, n);
        if ranked.is_empty() {
            rows.push(vec![Cell::Empty, Cell::text(t.no_ranking), Cell::Empty]);
        }
        for (i, (line, value)) in ranked.into_iter().enumerate() {
            let unit = d
                .lines
                .get(line)
                .map(|l| l.name.clone())
                .unwrap_or_default();
            rows.push(vec![
                Cell::Count(i as u64 + 1),
                Cell::Text(unit),
                Cell::metric(Some(value)),
            ]);
        }
    }
    let value_head = if super::metrics::is_share(metric) {
        t.col_rate
    } else {
        t.col_quantity
    };
    SheetSpec {
        name: caption_name(t, 5),
        title: title(t, d, 5, &name),
        header: vec![heads(&[t.col_stt, t.col_unit, value_head])],
        widths: vec![6, 30, 14],
        rows,
        totals: Vec::new(),
        notes: Vec::new(),
    }
}

/// Every Biểu of the report as a sheet; Biểu 5 by `metric`, `n` units at each end.
pub(super) fn report_sheets(d: &ReportData, metric: Metric, n: usize) -> Vec<SheetSpec> {
    let t = LANG.report();
    vec![
        rate_sheet(t, d),
        received_sheet(t, d),
        resolved_sheet(t, d),
        level_sheet(t, d),
        ranking_sheet(t, d, metric, n),
    ]
}
