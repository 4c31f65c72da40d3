//! Paste or open a table, see what would be imported and what could not be read, confirm.

use super::TableState;
use crate::core::export;
use crate::core::import::{parse_table, Preview};
use crate::core::record::DecodeError;
use crate::ui::download::read_chosen_file;
use crate::ui::i18n::use_lang;
use crate::ui::i18n::{self};
use leptos::prelude::*;

/// Reads a pasted text or a file's text: our JSON export, or any delimited table.
fn preview_of(text: &str) -> Result<Preview, DecodeError> {
    if text.trim_start().starts_with('{') {
        return export::from_json(text).map(|units| Preview {
            units,
            ..Preview::default()
        });
    }
    Ok(parse_table(text))
}

#[component]
pub fn ImportPanel() -> impl IntoView {
    let lang = use_lang();
    let state = expect_context::<TableState>();
    let t = lang.t();
    let text = RwSignal::new(String::new());
    let replace = RwSignal::new(false);
    let done = RwSignal::new(None::<usize>);
    let preview = Memo::new(move |_| text.with(|t| (!t.trim().is_empty()).then(|| preview_of(t))));
    let confirm = move |_| {
        if let Some(Ok(p)) = preview.get_untracked() {
            let n = p.units.len();
            if n == 0 {
                return;
            }
            if replace.get_untracked() {
                state.replace(p.units);
            } else {
                state.append(p.units);
            }
            text.set(String::new());
            done.set(Some(n));
            // The confirm button goes away with the preview: keyboard users land on the table.
            // After the next frame, once the emptied import box is drawn: focusing now would lay
            // out the page with the whole pasted text still in it (a quarter second for 10.000
            // rows).
            request_animation_frame(|| {
                if let Some(count) = document()
                    .query_selector("[data-testid=row-count]")
                    .ok()
                    .flatten()
                    .and_then(|el| {
                        use leptos::wasm_bindgen::JsCast;
                        el.dyn_into::<web_sys::HtmlElement>().ok()
                    })
                {
                    let _ = count.focus();
                }
            });
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        read_chosen_file(&ev, move |contents| {
            done.set(None);
            text.set(contents);
        })
    };
    view! {
        <section class="panel" aria-labelledby="import-h">
            <h2 id="import-h">{t.import_heading}</h2>
            <p class="hint" id="import-hint">{t.import_hint}</p>
            <label for="f-import-text" class="block-label">{t.import_paste}</label>
            <textarea
                id="f-import-text"
                name="import_text"
                data-testid="import-text"
                rows="6"
                aria-describedby="import-hint"
                spellcheck="false"
                prop:value=move || text.get()
                on:input=move |ev| {
                    done.set(None);
                    text.set(event_target_value(&ev));
                }
            ></textarea>
            <div class="toolbar">
                <label class="file-label">
                    {t.import_file}
                    <input type="file" name="import_file" accept=".csv,.tsv,.txt,.json,text/csv,text/plain,application/json" on:change=on_file/>
                </label>
                <label class="check-inline">
                    <input type="checkbox" name="import_replace" prop:checked=move || replace.get() on:change=move |ev| replace.set(event_target_checked(&ev))/>
                    {t.import_replace}
                </label>
            </div>
            {move || done.get().map(|n| view! { <p class="ok-note" role="status" data-testid="import-done">{i18n::imported(lang, n)}</p> })}
            {move || {
                preview
                    .get()
                    .map(|p| match p {
                        Err(reason) => view! { <p class="error" data-testid="import-error">{t.import_unreadable} " (" {i18n::file_reason(lang, &reason)} ")"</p> }.into_any(),
                        Ok(p) => {
                            let can = !p.units.is_empty();
                            view! {
                                <div class="preview" data-testid="import-preview">
                                    <p>{i18n::preview_summary(lang, &p)}</p>
                                    {(!p.errors.is_empty())
                                        .then(|| {
                                            view! {
                                                <ul class="row-errors" data-testid="import-row-errors">
                                                    {p.errors
                                                        .iter()
                                                        .take(200)
                                                        .map(|e| {
                                                            view! {
                                                                <li>
                                                                    {i18n::line_word(lang)} " " {e.line} ": "
                                                                    {i18n::row_problem(lang, &e.problem)} " — "
                                                                    <code>{e.text.chars().take(120).collect::<String>()}</code>
                                                                </li>
                                                            }
                                                        })
                                                        .collect_view()}
                                                </ul>
                                            }
                                        })}
                                    <button type="button" class="primary" data-testid="import-confirm" disabled=!can on:click=confirm>
                                        {i18n::import_button(lang, p.units.len())}
                                    </button>
                                </div>
                            }
                                .into_any()
                        }
                    })
            }}
        </section>
    }
}
