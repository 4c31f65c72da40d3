//! Months opened from a file (a workbook the one-stop system exports, or a CSV) or pasted:
//! read, shown with every row that could not be read and why, and taken in only on confirm —
//! into the units the rows name (added when not here), or the unit shown.

use super::state::HistoryState;
use crate::core::history::import::{read_months_mapped, Field, MonthsMapping, MonthsPreview};
use crate::core::num::number_vi::format_count;
use crate::core::stored::record;
use crate::core::table::column_map::{remember, ColumnMaps, MapSource};
use crate::core::table::import::MAX_CHARS;
use crate::core::table::sniff::{text_of, NotText};
use crate::core::workbook::read::SheetKind;
use crate::storage::{self, Key};
use crate::ui::i18n::{self, use_lang, Lang};
use crate::ui::widgets::column_map::{column_map_view, sheet_choice};
use crate::ui::widgets::download::read_chosen_bytes;
use crate::ui::workbook::read::{
    named_as_workbook, read_workbook, WorkbookProblem, MAX_FILE_BYTES,
};
use leptos::prelude::*;
use std::sync::Arc;

/// Rows of the preview listed (every error is counted, the first ones listed).
const SHOWN: usize = 60;

#[derive(Debug, Clone)]
enum Reading {
    Empty,
    /// A workbook being read by the workbook worker.
    Workbook,
    Ready(Arc<MonthsPreview>),
    /// Not read, with the reason to show.
    Refused(String),
}

fn preview_view(
    lang: Lang,
    p: &MonthsPreview,
    state: HistoryState,
    confirm: impl Fn(leptos::ev::MouseEvent) + 'static,
    remap: impl Fn(Vec<Field>) + Clone + Send + Sync + 'static,
) -> AnyView {
    let t = lang.history();
    if p.no_header {
        return view! {
            <p class="error" role="alert" data-testid="months-import-error">{t.months_import_no_header}</p>
        }
        .into_any();
    }
    let shown = state.selected.get_untracked();
    let taken = state.record.with_untracked(|r| {
        let mut r = r.clone();
        r.take_in_months(&p.rows, shown)
    });
    let unnamed = state
        .with_unit_untracked(|u| u.name.clone())
        .unwrap_or_default();
    let rows = p
        .rows
        .iter()
        .take(SHOWN)
        .map(|row| {
            let f = row.entry.figures();
            let unit = row.unit.clone().unwrap_or_else(|| unnamed.clone());
            view! {
                <tr>
                    <td><bdi>{unit}</bdi></td>
                    <td>{row.entry.month().to_string()}</td>
                    <td class="num">{format_count(f.total.get())}</td>
                    <td class="num">{format_count(f.online.get())}</td>
                </tr>
            }
        })
        .collect_view();
    let errors = p
        .errors
        .iter()
        .take(SHOWN)
        .map(|e| {
            view! {
                <li>
                    {t.months_import_line} " " {e.line} ": " {i18n::history::month_problem(lang, &e.problem)}
                    " — " <code>{e.text.chars().take(120).collect::<String>()}</code>
                </li>
            }
        })
        .collect_view();
    let can = !p.rows.is_empty();
    let c = lang.table();
    let columns = p.columns.as_ref().map(|map| {
        let missing: Vec<&str> = [Field::Total, Field::Online]
            .into_iter()
            .filter(|f| !map.has(*f))
            .map(|f| i18n::history::import_field_title(lang, f))
            .collect();
        column_map_view(
            lang,
            map,
            &Field::ALL,
            i18n::history::import_field_title,
            i18n::opening::columns_missing(lang, &missing),
            remap,
        )
    });
    view! {
        <div class="preview" data-testid="months-import-preview">
            <p data-testid="months-import-summary">{i18n::history::months_summary(lang, p, taken)}</p>
            {columns}
            {can
                .then(|| {
                    view! {
                        // It scrolls: a keyboard reaches it, a screen reader names it.
                        <div class="table-wrap" tabindex="0" role="region" aria-label=t.months_import_rows>
                            <table class="units compact">
                                <thead>
                                    <tr>
                                        <th scope="col">{t.months_import_col_unit}</th>
                                        <th scope="col">{t.months_import_col_month}</th>
                                        <th scope="col">{c.col_total}</th>
                                        <th scope="col">{c.col_online}</th>
                                    </tr>
                                </thead>
                                <tbody>{rows}</tbody>
                            </table>
                        </div>
                    }
                })}
            {(!p.errors.is_empty())
                .then(|| view! { <ul class="row-errors" data-testid="months-import-errors">{errors}</ul> })}
            <button type="button" class="primary" data-testid="months-import-confirm" disabled=!can on:click=confirm>
                {i18n::history::months_import_button(lang, p.rows.len())}
            </button>
        </div>
    }
    .into_any()
}

#[component]
pub fn MonthsImport() -> impl IntoView {
    let lang = use_lang();
    let t = lang.history();
    let state = expect_context::<HistoryState>();
    let reading = RwSignal::new(Reading::Empty);
    let done = RwSignal::new(None::<String>);
    let note = RwSignal::new(None::<String>);
    let workbook = StoredValue::new(None::<(String, Arc<Vec<u8>>)>);
    let sheets = RwSignal::new(None::<(Vec<String>, String)>);
    let area = NodeRef::<leptos::html::Textarea>::new();
    // The text read and its period, to read it again with other columns; the columns as the
    // user mapped them here; the mappings remembered.
    let source = StoredValue::new(None::<(String, Option<String>)>);
    let chosen = StoredValue::new(None::<Vec<Field>>);
    let remembered = StoredValue::new(
        storage::peek(Key::ColumnMaps, record::decode_doc::<ColumnMaps>).unwrap_or_default(),
    );
    // Every new reading moves this on; an older workbook's answer is dropped.
    let generation = StoredValue::new(0u64);
    let next_generation = move || {
        generation.update_value(|g| *g += 1);
        generation.get_value()
    };
    let forget_source = move || {
        note.set(None);
        workbook.set_value(None);
        sheets.set(None);
        source.set_value(None);
        chosen.set_value(None);
    };
    let read_text = move |text: &str, period: Option<&str>| {
        source.set_value(Some((text.to_owned(), period.map(str::to_owned))));
        let mapping = MonthsMapping {
            chosen: chosen.get_value(),
            remembered: remembered.with_value(|r| r.months.clone()),
        };
        if text.chars().count() > MAX_CHARS {
            reading.set(Reading::Refused(i18n::table::text_too_long(
                lang,
                text.chars().count(),
            )));
        } else if text.trim().is_empty() {
            reading.set(Reading::Empty);
        } else {
            reading.set(Reading::Ready(Arc::new(read_months_mapped(
                text, period, mapping,
            ))));
        }
    };
    // The columns mapped anew: the same text read again.
    let remap = move |fields: Vec<Field>| {
        chosen.set_value(Some(fields));
        if let Some((text, period)) = source.get_value() {
            read_text(&text, period.as_deref());
        }
    };
    let open_sheet = move |sheet: Option<String>| {
        let Some((name, bytes)) = workbook.get_value() else {
            return;
        };
        let gen = next_generation();
        chosen.set_value(None);
        reading.set(Reading::Workbook);
        read_workbook(&bytes, sheet.as_deref(), SheetKind::Months, move |result| {
            if generation.try_get_value() != Some(gen) {
                return;
            }
            match result {
                Ok(read) => {
                    let mut text = i18n::opening::workbook_read(lang, &read);
                    if read.formulas_without_values > 0 {
                        text.push(' ');
                        text.push_str(&i18n::opening::formulas_without_values(
                            lang,
                            read.formulas_without_values,
                        ));
                    }
                    note.set(Some(text));
                    sheets.set(Some((read.sheets.clone(), read.sheet.clone())));
                    read_text(&read.text, read.period.as_deref());
                }
                Err(problem) => {
                    workbook.set_value(None);
                    sheets.set(None);
                    reading.set(Reading::Refused(i18n::opening::workbook_problem(
                        lang, &name, problem,
                    )));
                }
            }
        });
    };
    let on_input = move |_| {
        done.set(None);
        forget_source();
        next_generation();
        if let Some(el) = area.get_untracked() {
            read_text(&el.value(), None);
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        read_chosen_bytes(&ev, MAX_FILE_BYTES as f64, move |name, size, bytes| {
            done.set(None);
            forget_source();
            next_generation();
            if let Some(el) = area.get_untracked() {
                el.set_value("");
            }
            let Some(bytes) = bytes else {
                reading.set(Reading::Refused(if named_as_workbook(&name) {
                    i18n::opening::workbook_problem(lang, &name, WorkbookProblem::TooLarge)
                } else {
                    i18n::table::text_too_long(lang, size as usize / 4)
                }));
                return;
            };
            match text_of(&bytes) {
                Err(NotText::Workbook) => {
                    workbook.set_value(Some((name, Arc::new(bytes))));
                    open_sheet(None);
                }
                Err(why) => reading.set(Reading::Refused(i18n::table::not_text(lang, &name, why))),
                Ok(text) => read_text(&text, None),
            }
        });
    };
    let confirm = move |_| {
        let Reading::Ready(p) = reading.get_untracked() else {
            return;
        };
        if p.rows.is_empty() {
            return;
        }
        // Columns mapped by hand are remembered for the next table with the same header.
        if let Some(map) = p.columns.as_ref().filter(|m| m.source == MapSource::Chosen) {
            let mut maps = storage::peek(Key::ColumnMaps, record::decode_doc::<ColumnMaps>)
                .unwrap_or_else(|| remembered.get_value());
            if remember(&mut maps.months, map) {
                let _ = storage::save(Key::ColumnMaps, &maps);
                remembered.set_value(maps);
            }
        }
        let shown = state.selected.get_untracked();
        let mut taken = None;
        state
            .record
            .update(|r| taken = Some(r.take_in_months(&p.rows, shown)));
        next_generation();
        forget_source();
        reading.set(Reading::Empty);
        if let Some(el) = area.get_untracked() {
            el.set_value("");
        }
        done.set(taken.map(|taken| i18n::history::months_imported(lang, taken)));
    };
    let shown = move || {
        reading.with(|r| match r {
            Reading::Empty => ().into_any(),
            Reading::Workbook => view! {
                <p class="hint" role="status" data-testid="months-import-pending">{lang.opening().workbook_reading}</p>
            }
            .into_any(),
            Reading::Refused(message) => view! {
                <p class="error" role="alert" data-testid="months-import-error">{message.clone()}</p>
            }
            .into_any(),
            Reading::Ready(p) => preview_view(lang, p, state, confirm, remap),
        })
    };
    view! {
        <details class="panel months-import no-print" data-testid="months-import">
            <summary><h2 class="inline-heading">{t.months_import_heading}</h2></summary>
            <p class="hint" id="months-import-hint">{t.months_import_hint}</p>
            <div class="toolbar">
                <label class="file-label">
                    {t.months_import_file}
                    <input
                        type="file"
                        name="months_import_file"
                        accept=".csv,.tsv,.txt,.xlsx,.xls,.ods,text/csv,text/plain"
                        aria-describedby="months-import-hint"
                        on:change=on_file
                    />
                </label>
            </div>
            <label for="f-months-import-text" class="block-label">{t.months_import_paste}</label>
            <textarea
                node_ref=area
                id="f-months-import-text"
                name="months_import_text"
                data-testid="months-import-text"
                rows="4"
                spellcheck="false"
                on:input=on_input
            ></textarea>
            {move || done.get().map(|n| view! { <p class="ok-note" role="status" data-testid="months-import-done">{n}</p> })}
            {move || note.get().map(|n| view! { <p class="hint" data-testid="months-import-workbook">{n}</p> })}
            {sheet_choice(lang, sheets, "months-import-sheet", move |name| open_sheet(Some(name)))}
            {shown}
        </details>
    }
}
