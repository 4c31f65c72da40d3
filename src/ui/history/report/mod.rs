//! The report: the metrics of Ninh Bình's Q1 2022 quarterly report (docs/sources.md) per unit
//! and per level, rankings, and the printable page.
//!
//! Each unit's figures are the months inside its period (all its months when it has none):
//! the NTM criterion's counted dossiers and online rate, judged against the tiers of the
//! active rule set; and the optional report counts (received in person, early, on time,
//! late, postal) summed, known only when every month gives them. The dossiers carried over
//! into the period are those the first month names.
//!
//! The tables download as a workbook, one sheet per Biểu with the figures shown
//! ([`sheets`], written by the workbook worker).
//!
//! The page prints as an official report: issuing body and national motto, place and date,
//! title, numbered tables ("Biểu 1" …). The header's fields are stored with the history as
//! they are typed.

mod data;
mod dates;
mod metrics;
mod ranking;
mod sheets;
mod tables;

use super::scorecard::TextField;
use super::state::HistoryState;
use crate::core::history::calendar::{parse_date, Date};
use crate::core::reports::report::Metric;
use crate::core::reports::scorecard::FigureError;
use crate::core::rules::presets;
use crate::core::stored::history_record::ReportHeader;
use crate::core::workbook::sheet;
use crate::ui::i18n::report::date_words;
use crate::ui::i18n::use_lang;
use crate::ui::rule_sets::book::RuleBook;
use crate::ui::widgets::user_text::{bdi, Msg};
use crate::ui::workbook::write::SheetsExport;
use data::*;
use dates::*;
use leptos::prelude::*;
use ranking::*;
use sheets::report_sheets;
use tables::*;

#[component]
pub fn ReportView() -> impl IntoView {
    let lang = use_lang();
    let t = lang.report();
    let w = lang.workbook();
    let unnamed = lang.history().unit_unnamed;
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

    // The fields of the printed page: as last typed, else filled from the unit shown.
    let shown = state.unit();
    let stored = state.record.with_untracked(|r| r.report.clone());
    let was_stored = stored.is_some();
    let stored = stored.unwrap_or_default();
    let or = |typed: &str, default: String| {
        if typed.trim().is_empty() {
            default
        } else {
            typed.to_owned()
        }
    };
    let issuer_default = if shown.name.trim().is_empty() {
        String::new()
    } else {
        format!("UBND {}", shown.name.trim()).to_uppercase()
    };
    let issuer = RwSignal::new(or(&stored.issuer, issuer_default));
    let number = RwSignal::new(stored.number.clone());
    let place = RwSignal::new(or(&stored.place, place_of(&shown.name)));
    let first_date = if was_stored { stored.date } else { today() };
    let date_text = RwSignal::new(first_date.map(Date::numeric).unwrap_or_default());
    let date = RwSignal::new(first_date);
    let date_error = RwSignal::new(None::<FigureError>);
    let title = RwSignal::new(or(&stored.title, t.default_title.to_owned()));
    let signer_title = RwSignal::new(or(&stored.signer_title, t.default_signer_title.to_owned()));
    let signer_name = RwSignal::new(stored.signer_name.clone());
    // Saved as typed (a wrong date keeps the last good one).
    Effect::new(move |first: Option<()>| {
        let header = ReportHeader {
            issuer: issuer.get(),
            number: number.get(),
            place: place.get(),
            date: date.get(),
            title: title.get(),
            signer_title: signer_title.get(),
            signer_name: signer_name.get(),
        };
        if first.is_some() {
            state.record.update(|r| r.report = Some(header));
        }
    });
    let no_error = move || RwSignal::new(None::<FigureError>);
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
            Err(e) => date_error.set(Some(FigureError::Date(e))),
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
            Msg::app(when)
        } else {
            Msg::default().user(place.trim()).and(format!(", {when}"))
        };
        let number_line = {
            let n = number.get();
            (!n.trim().is_empty()).then(|| Msg::app(format!("{} ", t.number_word)).user(n.trim()))
        };
        view! {
            <header class="doc-header" data-testid="report-header">
                <div class="doc-issuer">
                    <p class="doc-issuer-name" data-testid="report-issuer">{bdi(issuer.get().trim().to_uppercase())}</p>
                    {number_line.map(|l| view! { <p class="doc-number">{l.view()}</p> })}
                </div>
                <div class="doc-nation">
                    <p class="doc-nation-name">{t.nation}</p>
                    <p class="doc-motto">{t.motto}</p>
                </div>
                <p class="doc-place-date" data-testid="report-date">{place_date.view()}</p>
            </header>
        }
    };

    let span = move || data.with(|d| span_text(t, d));
    let sheets = Callback::new(move |()| {
        let sheets =
            data.with_untracked(|d| report_sheets(d, metric.get_untracked(), n.get_untracked()));
        sheet::to_json(&sheets)
    });

    view! {
        <section class="report-view" data-testid="report">
            <div class="panel no-print report-settings">
                <h2>{t.heading}</h2>
                <p class="hint">{t.intro}</p>
                <div class="toolbar">
                    <button type="button" class="primary" data-testid="print-report" on:click=print>
                        {t.print}
                    </button>
                    <SheetsExport
                        testid="export-report-xlsx"
                        label=w.export_report
                        filename="ntm-calc-bao-cao.xlsx"
                        sheets
                    />
                </div>
                <p class="hint">{w.export_report_hint}</p>
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
                <p class="doc-subtitle">{move || bdi(title.get())}</p>
                <p class="doc-period" data-testid="report-span">{span}</p>
                <RateTable data/>
                <ReceivedTable data/>
                <ResolvedTable data/>
                <LevelTable data/>
                <RankingTables data metric n/>
                <Problems data/>
                <div class="doc-sign">
                    <p class="doc-signer-title">{move || bdi(signer_title.get().trim().to_uppercase())}</p>
                    <p class="doc-signer-name">{move || bdi(signer_name.get())}</p>
                </div>
            </article>
        </section>
    }
}
