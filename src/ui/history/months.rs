//! A unit's months: the period, the entry form, the period's totals, the chart with its
//! table (and every unit's months as an Excel workbook), and the projection to the
//! assessment date.

use super::chart::RateChart;
use super::entry::{EntryForm, EntryText};
use super::outlook::Projection;
use super::period::PeriodPanel;
use super::state::HistoryState;
use crate::core::history::calendar::Date;
use crate::core::history::monthly::History;
use crate::core::history::period::Period;
use crate::core::num::number_vi::format_count;
use crate::core::reports::months_sheet::{months_sheet, online_thresholds};
use crate::core::workbook::sheet;
use crate::ui::i18n::use_lang;
use crate::ui::rule_sets::book::RuleBook;
use crate::ui::workbook::write::SheetsExport;
use leptos::prelude::*;

/// The period shown: the unit's own, else the months entered, first to last.
fn period_shown(history: &History, period: Option<Period>) -> Option<Period> {
    period.or_else(|| {
        let first = history.entries().first()?.month().first_day();
        let last = history.last_month()?.last_day();
        Period::new(first, last).ok()
    })
}

fn day_month(d: Date) -> String {
    format!("{:02}/{:02}", d.day(), d.month())
}

#[component]
pub fn MonthsView() -> impl IntoView {
    let lang = use_lang();
    let t = lang.history();
    let state = expect_context::<HistoryState>();
    let book = expect_context::<RuleBook>();
    let rule_set = RwSignal::new(book.default_id());
    let text = EntryText::new();
    let w = lang.workbook();
    // Every unit's months, judged by the rule set chosen here, as the workbook's sheet.
    let months_json = Callback::new(move |()| {
        let rules = book.find(&rule_set.get_untracked());
        state
            .record
            .with_untracked(|r| sheet::to_json(&[months_sheet(&r.units, &rules)]))
    });
    let summary = move || {
        let unit = state.unit();
        let rules = book.find(&rule_set.get());
        let lines = online_thresholds(&rules);
        let Some(period) = period_shown(&unit.history, unit.period) else {
            return view! { <section class="panel"><p class="hint" data-testid="no-months">{t.no_months}</p></section> }.into_any();
        };
        let Ok(totals) = unit.history.totals(&period) else {
            return ().into_any();
        };
        let series = unit.history.series(&period);
        let months: Vec<_> = period.months().iter().map(|m| m.month).collect();
        let rate_text = totals
            .online_rate()
            .map(|r| r.format(&lines))
            .unwrap_or_else(|| "—".to_owned());
        let met: Vec<String> = rules
            .tier_minimums(None)
            .into_iter()
            .filter_map(|(tier, p)| {
                let rate = totals.online_rate()?;
                rate.meets(p)
                    .then(|| format!("{} (≥ {p})", lang.tier_name(&rules, tier)))
            })
            .collect();
        let partial = totals
            .partial
            .iter()
            .map(|m| {
                view! {
                    <li data-testid="partial-month">
                        {format!("{} {}: {} {}–{}", t.month, m.month, t.partial_month, day_month(m.first), day_month(m.last))}
                    </li>
                }
            })
            .collect_view();
        let missing = (!totals.missing.is_empty()).then(|| {
            let list: Vec<String> = totals.missing.iter().map(|m| m.to_string()).collect();
            view! { <li data-testid="missing-months">{format!("{}: {}", t.missing_months, list.join(", "))}</li> }
        });
        let rows = unit
            .history
            .entries()
            .iter()
            .map(|entry| {
                let month = entry.month();
                let counted = entry.counted();
                let point = series.iter().find(|p| p.month == month);
                let monthly = point
                    .and_then(|p| p.monthly)
                    .map(|r| r.format(&lines))
                    .unwrap_or_else(|| "—".to_owned());
                let cumulative = point
                    .and_then(|p| p.cumulative)
                    .map(|r| r.format(&lines))
                    .unwrap_or_else(|| "—".to_owned());
                let full = counted.full_online().map(|c| format_count(c.get())).unwrap_or_default();
                let edit_entry = *entry;
                view! {
                    <tr data-testid="month-row" data-month=month.to_string() class:outside=point.is_none()>
                        <th scope="row">{month.to_string()}</th>
                        <td class="num">{format_count(counted.total().get())}</td>
                        <td class="num">{format_count(counted.online().get())}</td>
                        <td class="num">{full}</td>
                        <td class="num" data-testid="month-rate">{monthly}</td>
                        <td class="num" data-testid="month-cumulative">{cumulative}</td>
                        <td class="actions no-print">
                            <button type="button" data-testid="edit-month" on:click=move |_| text.load(&edit_entry)>
                                {t.edit}
                            </button>
                            <button
                                type="button"
                                data-testid="delete-month"
                                on:click=move |_| state.update_unit(|u| {
                                    u.history.remove(month);
                                })
                            >
                                {t.delete}
                            </button>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        let met_text = if met.is_empty() {
            t.met_none.to_owned()
        } else {
            format!("{}: {}", t.met_prefix, met.join(", "))
        };
        let projection = if unit.period.is_some() {
            view! {
                <Projection period totals=totals.clone() history=unit.history.clone() rules=rules.clone()/>
            }
            .into_any()
        } else {
            view! { <section class="panel"><p class="hint" data-testid="need-period">{t.need_period}</p></section> }.into_any()
        };
        view! {
            <section class="panel" aria-labelledby="totals-h">
                <h2 id="totals-h">
                    {t.totals_heading} " " {period.from().numeric()} " – " {period.to().numeric()}
                </h2>
                <p class="big-rate">
                    {t.period_rate} ": " <strong data-testid="period-rate">{rate_text}</strong>
                    " · " {format_count(totals.counts.online().get())} " / " {format_count(totals.counts.total().get())}
                </p>
                <p data-testid="period-met">{met_text}</p>
                <ul class="plain notes">{partial} {missing}</ul>
                <RateChart months points=series thresholds=lines/>
                <div class="table-wrap">
                    <table class="units months">
                        <caption>{t.months_heading}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t.col_month}</th>
                                <th scope="col" class="num">{t.col_total}</th>
                                <th scope="col" class="num">{t.col_online}</th>
                                <th scope="col" class="num">{t.col_full}</th>
                                <th scope="col" class="num">{t.col_rate}</th>
                                <th scope="col" class="num">{t.col_cumulative}</th>
                                <th scope="col" class="no-print"><span class="sr-only">{t.edit}</span></th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <div class="toolbar no-print">
                    <SheetsExport
                        testid="export-history-xlsx"
                        label=w.export_months
                        filename="ntm-calc-theo-doi.xlsx"
                        sheets=months_json
                    />
                </div>
                <p class="hint no-print">{w.export_months_hint}</p>
            </section>
            {projection}
        }
        .into_any()
    };
    view! {
        <PeriodPanel rule_set/>
        <EntryForm text/>
        {summary}
    }
}
