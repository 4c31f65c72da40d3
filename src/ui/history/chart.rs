//! The rate chart, drawn as SVG by the app: each month's rate (bars), the cumulative rate of
//! the period (a line) and the thresholds of the rule set (dashed lines). The months table
//! beside it carries the same figures for screen readers.

use crate::core::history::calendar::Month;
use crate::core::history::monthly::{chart_hundredths, SeriesPoint};
use crate::core::num::number_vi::format_hundredths_percent;
use crate::core::num::percent::Percent;
use crate::ui::i18n::use_lang;
use leptos::prelude::*;

const WIDTH: u32 = 640;
const HEIGHT: u32 = 240;
const LEFT: u32 = 44;
const RIGHT: u32 = 8;
const TOP: u32 = 10;
const BOTTOM: u32 = 28;

/// The y coordinate of `hundredths` of a percent (0–10.000).
fn y(hundredths: u32) -> u32 {
    let plot = HEIGHT - TOP - BOTTOM;
    TOP + plot - plot * hundredths.min(10_000) / 10_000
}

/// One month's slot on the x axis.
fn slot(index: usize, count: usize) -> (u32, u32) {
    let plot = WIDTH - LEFT - RIGHT;
    let width = plot / count.max(1) as u32;
    (LEFT + width * index as u32, width)
}

/// `months` are every month of the period (the x axis), `points` the months entered.
#[component]
pub fn RateChart(
    months: Vec<Month>,
    points: Vec<SeriesPoint>,
    thresholds: Vec<Percent>,
) -> impl IntoView {
    let t = use_lang().history();
    if points.is_empty() || months.is_empty() {
        return view! { <p class="hint" data-testid="chart-empty">{t.chart_empty}</p> }.into_any();
    }
    let count = months.len();
    let index_of = |m: Month| months.iter().position(|x| *x == m);
    let bars = points
        .iter()
        .filter_map(|p| {
            let (x, w) = slot(index_of(p.month)?, count);
            let h = chart_hundredths(p.monthly, &thresholds)?;
            let top = y(h);
            Some(view! {
                <rect
                    class="chart-bar"
                    class:partial=p.partial
                    x=x + w / 6
                    y=top
                    width=(w * 2 / 3).max(1)
                    height=y(0) - top
                    data-month=p.month.to_string()
                    data-hundredths=h
                />
            })
        })
        .collect_view();
    let line: Vec<String> = points
        .iter()
        .filter_map(|p| {
            let (x, w) = slot(index_of(p.month)?, count);
            let h = chart_hundredths(p.cumulative, &thresholds)?;
            Some(format!("{},{}", x + w / 2, y(h)))
        })
        .collect();
    let dots = line
        .iter()
        .map(|xy| {
            let (cx, cy) = xy.split_once(',').unwrap_or(("0", "0"));
            view! { <circle class="dot" cx=cx.to_owned() cy=cy.to_owned() r="3.5"/> }
        })
        .collect_view();
    let rules = thresholds
        .iter()
        .map(|p| {
            let at = y(p.hundredths());
            view! {
                <line class="chart-threshold" x1=LEFT x2=WIDTH - RIGHT y1=at y2=at data-threshold=p.to_string()/>
                <text class="chart-threshold-label" x=WIDTH - RIGHT - 2 y=at - 4 text-anchor="end">{format!("{p}")}</text>
            }
        })
        .collect_view();
    let grid = [0u32, 2_500, 5_000, 7_500, 10_000]
        .into_iter()
        .map(|h| {
            view! {
                <line class="grid" x1=LEFT x2=WIDTH - RIGHT y1=y(h) y2=y(h)/>
                <text class="axis" x=LEFT - 4 y=y(h) + 4 text-anchor="end">{format_hundredths_percent(u64::from(h)).replace(",00", "")}</text>
            }
        })
        .collect_view();
    // Month labels: all of them when they fit, else every second or third.
    let step = count.div_ceil(12);
    let labels = months
        .iter()
        .enumerate()
        .filter(|(i, _)| i % step == 0)
        .map(|(i, m)| {
            let (x, w) = slot(i, count);
            view! { <text class="axis" x=x + w / 2 y=HEIGHT - 10 text-anchor="middle">{format!("{:02}", m.month())}</text> }
        })
        .collect_view();
    let first = months.first().map(|m| m.to_string()).unwrap_or_default();
    let last = months.last().map(|m| m.to_string()).unwrap_or_default();
    view! {
        <figure class="chart" data-testid="chart">
            <svg
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                role="img"
                aria-labelledby="chart-title"
                data-points=points.len()
            >
                <title id="chart-title">{format!("{} {first} – {last}", t.chart_heading)}</title>
                {grid}
                {bars}
                {rules}
                <polyline class="cumulative" points=line.join(" ")/>
                {dots}
                {labels}
            </svg>
            <figcaption class="legend">
                <span class="key key-bar"></span>
                {t.chart_monthly}
                <span class="key key-line"></span>
                {t.chart_cumulative}
            </figcaption>
        </figure>
    }
    .into_any()
}
