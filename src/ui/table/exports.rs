//! The table written out: CSV (Excel opens it with its diacritics), JSON (the units with the
//! rule set in force: what a table shared as a file carries) and an .xlsx workbook, written
//! by the workbook worker.

use super::TableState;
use crate::core::table::export::{self, SharedTable};
use crate::ui::i18n::use_lang;
use crate::ui::rule_sets::book::RuleBook;
use crate::ui::widgets::download::{download, download_bytes};
use crate::ui::workbook::write::write_workbook;
use leptos::prelude::*;

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// The export buttons, and what went wrong with a workbook.
#[component]
pub fn ExportButtons() -> impl IntoView {
    let t = use_lang().table();
    let book = expect_context::<RuleBook>();
    let state = expect_context::<TableState>();
    let shared = move || {
        export::to_shared_json(&SharedTable {
            units: state.units(),
            rule_set: Some(book.active_set()),
        })
    };
    let xlsx = RwSignal::new(XlsxState::Idle);
    let export_xlsx = move |_| {
        xlsx.set(XlsxState::Writing);
        write_workbook(&shared(), move |bytes| match bytes {
            Some(bytes) => {
                download_bytes("ntm-calc-bang.xlsx", XLSX, &bytes);
                xlsx.set(XlsxState::Idle);
            }
            None => xlsx.set(XlsxState::Failed),
        });
    };
    view! {
        <button
            type="button"
            data-testid="export-csv"
            on:click=move |_| {
                download("ntm-calc-bang.csv", "text/csv;charset=utf-8", &export::to_csv(&state.units()));
            }
        >
            {t.export_csv}
        </button>
        <button
            type="button"
            data-testid="export-json"
            on:click=move |_| {
                download("ntm-calc-bang.json", "application/json", &shared());
            }
        >
            {t.export_json}
        </button>
        <button type="button" data-testid="export-xlsx" on:click=export_xlsx>
            {t.export_xlsx}
        </button>
        {move || match xlsx.get() {
            XlsxState::Idle => ().into_any(),
            XlsxState::Writing => view! { <span class="hint" role="status">{t.xlsx_writing}</span> }.into_any(),
            XlsxState::Failed => view! { <span class="error" role="alert" data-testid="export-xlsx-error">{t.xlsx_failed}</span> }.into_any(),
        }}
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum XlsxState {
    Idle,
    Writing,
    Failed,
}
