//! Paste or open a table, see what would be imported and what could not be read, confirm.
//!
//! The box is not bound to a signal: its text is read from it when a preview is made. A
//! short text is read at once on every change. A long paste or file (over [`QUICK_CHARS`])
//! never goes into the box — a browser takes seconds to lay out and edit a box of 50.000 rows —
//! but is held aside, the box saying so, and read in slices of about [`SLICE_MS`] that give
//! the page back between them; a box grown long by typing is read the same way once it has not
//! changed for [`SETTLE_MS`], a newer change stopping an older reading. A text over
//! [`MAX_CHARS`] is not read at all, and a file is looked at as bytes first: a workbook, an
//! archive, a PDF or an image is refused by name before anything reads it as text.

use super::TableState;
use crate::core::stored::record::{self, DecodeError};
use crate::core::table::column_map::{remember, ColumnMaps, MapSource};
use crate::core::table::columns::Role;
use crate::core::table::export;
use crate::core::table::import::{
    parse_table_mapped, preview_units, Mapping, Preview, TableReader, MAX_CHARS,
};
use crate::core::table::sniff::{text_of, NotText};
use crate::storage::{self, Key};
use crate::ui::i18n::use_lang;
use crate::ui::i18n::{self, Lang};
use crate::ui::rule_sets::book::RuleBook;
use crate::ui::widgets::column_map::{column_map_view, sheet_choice};
use crate::ui::widgets::download::read_chosen_bytes;
use crate::ui::widgets::focus::focus_later;
use crate::ui::workbook::read::WorkbookText;
use crate::ui::workbook::read::{
    named_as_workbook, read_workbook, SheetKind, WorkbookProblem, MAX_FILE_BYTES,
};
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

/// Texts up to this many characters (some 600 rows) are read at once on every change (a few
/// milliseconds) and go into the box; a longer paste or file is held aside.
const QUICK_CHARS: usize = 20_000;
/// A longer text is read once the box has not changed for this long.
const SETTLE_MS: u64 = 300;
/// Each slice of a long reading runs about this long before the page gets its turn.
const SLICE_MS: f64 = 12.0;
/// Rows read between two looks at the clock.
const ROWS_PER_LOOK: usize = 100;
/// Rows of the preview's error list shown.
const ERRORS_SHOWN: usize = 200;

#[derive(Debug, Clone)]
enum Reading {
    Empty,
    /// A long text waiting for the box to settle, or being read: how far, in percent.
    Pending(usize),
    /// What the text holds; `true` for a JSON table, whose errors are numbered by unit.
    Ready(Arc<Preview>, bool),
    /// Our JSON export that could not be read.
    BadJson(DecodeError),
    /// Over [`MAX_CHARS`] characters: not read.
    TooLong(usize),
    /// A file that is not text, with the reason to show.
    Refused(String),
    /// A workbook being read by the workbook worker.
    Workbook,
}

/// A long text held aside instead of being put into the box: what the box says about it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Held {
    lines: usize,
    chars: usize,
    /// The file it came from; none for a paste.
    file: Option<String>,
}

/// The text a paste carries, still a JavaScript string (its length is known without copying
/// it into the app).
fn pasted_text(ev: &web_sys::Event) -> Option<js_sys::JsString> {
    use leptos::wasm_bindgen::JsCast;
    let data = js_sys::Reflect::get(ev, &"clipboardData".into()).ok()?;
    if data.is_null() || data.is_undefined() {
        return None;
    }
    let get_data: js_sys::Function = js_sys::Reflect::get(&data, &"getData".into())
        .ok()?
        .dyn_into()
        .ok()?;
    get_data
        .call1(&data, &"text/plain".into())
        .ok()?
        .dyn_into()
        .ok()
}

/// The byte index of the character at UTF-16 offset `at` of `text` (the box's selection).
fn byte_at_utf16(text: &str, at: usize) -> usize {
    let mut units = 0;
    for (i, c) in text.char_indices() {
        if units >= at {
            return i;
        }
        units += c.len_utf16();
    }
    text.len()
}

fn is_json(text: &str) -> bool {
    text.trim_start().starts_with('{')
}

/// Our JSON export, with the rule set a shared table carries.
fn json_reading(text: &str) -> Reading {
    match export::from_shared_json(text) {
        Ok(table) => {
            let mut preview = preview_units(table.units);
            preview.rule_set = table.rule_set;
            Reading::Ready(Arc::new(preview), true)
        }
        Err(e) => Reading::BadJson(e),
    }
}

/// Reads a short text at once: our JSON export, or any delimited table.
fn quick_reading(text: &str, mapping: Mapping) -> Reading {
    if is_json(text) {
        json_reading(text)
    } else {
        Reading::Ready(Arc::new(parse_table_mapped(text, mapping)), false)
    }
}

/// Gives the page its turn: resolves on the next timer tick.
async fn next_turn() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Reads `text` in slices, setting `reading` as it goes, until done or until `generation`
/// moves on (the box changed again, or the panel is gone).
async fn read_in_slices(
    text: String,
    mapping: Mapping,
    gen: u64,
    generation: StoredValue<u64>,
    reading: RwSignal<Reading>,
) {
    let current = move || generation.try_get_value() == Some(gen);
    if is_json(&text) {
        reading.try_set(json_reading(&text));
        return;
    }
    let mut reader = TableReader::mapped(text, mapping);
    loop {
        let start = js_sys::Date::now();
        let done = loop {
            if reader.step(ROWS_PER_LOOK) {
                break true;
            }
            if js_sys::Date::now() - start > SLICE_MS {
                break false;
            }
        };
        if !current() {
            return;
        }
        if done {
            break;
        }
        let (read, of) = reader.progress();
        reading.try_set(Reading::Pending(read * 100 / of.max(1)));
        next_turn().await;
        if !current() {
            return;
        }
    }
    reading.try_set(Reading::Ready(Arc::new(reader.finish()), false));
}

fn preview_view(
    lang: Lang,
    p: &Preview,
    json: bool,
    confirm: impl Fn(leptos::ev::MouseEvent) + 'static,
    remap: impl Fn(Vec<Role>) + Clone + Send + Sync + 'static,
) -> AnyView {
    let can = !p.units.is_empty();
    let place = if json {
        i18n::table::unit_number_word(lang)
    } else {
        i18n::table::line_word(lang)
    };
    let errors: Vec<(usize, String, String)> = p
        .errors
        .iter()
        .take(ERRORS_SHOWN)
        .map(|e| {
            (
                e.line,
                i18n::table::row_problem(lang, &e.problem),
                e.text.chars().take(120).collect::<String>(),
            )
        })
        .collect();
    let more = p.errors.len().saturating_sub(ERRORS_SHOWN);
    let limit = p.unread_rows();
    let carried = p.rule_set.as_ref().map(|set| {
        let name = lang.pick(&set.name).to_owned();
        view! {
            <p class="note" data-testid="import-rule-set">
                {lang.table().carries_rule_set} <bdi>{name}</bdi> {lang.table().carries_rule_set_end}
            </p>
        }
    });
    let columns = p.columns.as_ref().map(|map| {
        let missing: Vec<&str> = (!map.has(Role::Name))
            .then(|| i18n::table::role_name(lang, Role::Name))
            .into_iter()
            .collect();
        column_map_view(
            lang,
            map,
            &Role::ALL,
            i18n::table::role_name,
            i18n::opening::columns_missing(lang, &missing),
            remap,
        )
    });
    view! {
        <div class="preview" data-testid="import-preview">
            <p>{i18n::table::preview_summary(lang, p)}</p>
            {columns}
            {carried}
            {limit.map(|unread| view! { <p class="notice" data-testid="import-limit">{i18n::table::rows_limit(lang, unread)}</p> })}
            {(!errors.is_empty())
                .then(|| {
                    view! {
                        <ul class="row-errors" data-testid="import-row-errors">
                            {errors
                                .into_iter()
                                .map(|(line, problem, text)| {
                                    view! {
                                        <li>
                                            {place} " " {line} ": " {problem} " — " <code>{text}</code>
                                        </li>
                                    }
                                })
                                .collect_view()}
                            {(more > 0).then(|| view! { <li>{i18n::table::more_rows(lang, more)}</li> })}
                        </ul>
                    }
                })}
            <button type="button" class="primary" data-testid="import-confirm" disabled=!can on:click=confirm>
                {i18n::table::import_button(lang, p.units.len())}
            </button>
        </div>
    }
    .into_any()
}

/// What is said of a workbook read: its sheet, its period, and the formulas it keeps no
/// result of.
fn workbook_note_text(lang: Lang, read: &WorkbookText) -> String {
    let mut note = i18n::opening::workbook_read(lang, read);
    if read.formulas_without_values > 0 {
        note.push(' ');
        note.push_str(&i18n::opening::formulas_without_values(
            lang,
            read.formulas_without_values,
        ));
    }
    note
}

#[component]
pub fn ImportPanel() -> impl IntoView {
    let lang = use_lang();
    let state = expect_context::<TableState>();
    let book = expect_context::<RuleBook>();
    let t = lang.table();
    let area = NodeRef::<leptos::html::Textarea>::new();
    let replace = RwSignal::new(false);
    let done = RwSignal::new(None::<usize>);
    let reading = RwSignal::new(Reading::Empty);
    let held = RwSignal::new(None::<Held>);
    // The sheet a workbook was read from, and its period, said above the preview.
    let workbook_note = RwSignal::new(None::<String>);
    // The workbook opened: its name and bytes (to read another sheet), and its sheets with
    // the one read.
    let workbook = StoredValue::new(None::<(String, Arc<Vec<u8>>)>);
    let sheets = RwSignal::new(None::<(Vec<String>, String)>);
    // The columns as the user mapped them in this preview; the mappings remembered.
    let chosen = StoredValue::new(None::<Vec<Role>>);
    let remembered = StoredValue::new(
        storage::peek(Key::ColumnMaps, record::decode_doc::<ColumnMaps>).unwrap_or_default(),
    );
    let mapping = move || Mapping {
        chosen: chosen.get_value(),
        remembered: remembered.with_value(|r| r.maps.clone()),
    };
    // A held text, kept to read it again with other columns.
    let held_text = StoredValue::new(None::<String>);
    // Every change of the box moves this on; a reading of an older text stops.
    let generation = StoredValue::new(0u64);
    let next_generation = move || {
        generation.update_value(|g| *g += 1);
        generation.get_value()
    };
    let read_later = move |text: String, gen: u64| {
        reading.set(Reading::Pending(0));
        leptos::task::spawn_local(read_in_slices(text, mapping(), gen, generation, reading));
    };
    // A long text is held aside and read at once, in slices; the box is emptied.
    let hold = move |text: String, file: Option<String>| {
        let gen = next_generation();
        if let Some(el) = area.get_untracked() {
            el.set_value("");
        }
        held.set(Some(Held {
            lines: text.lines().count(),
            chars: text.chars().count(),
            file,
        }));
        held_text.set_value(Some(text.clone()));
        read_later(text, gen);
    };
    // A new text: no sheet, no columns chosen.
    let forget_source = move || {
        workbook_note.set(None);
        workbook.set_value(None);
        sheets.set(None);
        chosen.set_value(None);
        held_text.set_value(None);
    };

    // Reads the box as it is.
    let read_box = move || {
        let gen = next_generation();
        let Some(el) = area.get_untracked() else {
            return;
        };
        let len = usize::try_from(el.text_length()).unwrap_or(0);
        if len == 0 {
            reading.set(Reading::Empty);
        } else if len > MAX_CHARS {
            reading.set(Reading::TooLong(len));
        } else if len <= QUICK_CHARS {
            reading.set(quick_reading(&el.value(), mapping()));
        } else {
            reading.set(Reading::Pending(0));
            set_timeout(
                move || {
                    if generation.try_get_value() != Some(gen) {
                        return;
                    }
                    if let Some(el) = area.get_untracked() {
                        read_later(el.value(), gen);
                    }
                },
                Duration::from_millis(SETTLE_MS),
            );
        }
    };
    let changed = move || {
        done.set(None);
        forget_source();
        read_box();
    };
    // The columns mapped anew: the same text read again.
    let remap = move |roles: Vec<Role>| {
        chosen.set_value(Some(roles));
        match held_text.get_value() {
            Some(text) => read_later(text, next_generation()),
            None => read_box(),
        }
    };
    let on_paste = move |ev: leptos::ev::ClipboardEvent| {
        let Some(pasted) = pasted_text(&ev) else {
            return;
        };
        let Some(el) = area.get_untracked() else {
            return;
        };
        let value_len = el.text_length() as usize;
        let (from, to) = match held.get_untracked() {
            // A paste replaces a held text whole.
            Some(_) => (0, value_len),
            None => (
                el.selection_start().ok().flatten().unwrap_or(0) as usize,
                el.selection_end().ok().flatten().unwrap_or(0) as usize,
            ),
        };
        let (from, to) = (
            from.min(value_len),
            to.clamp(from.min(value_len), value_len),
        );
        let total = value_len - (to - from) + pasted.length() as usize;
        if total <= QUICK_CHARS && held.get_untracked().is_none() {
            // The browser pastes; the input event that follows reads the box.
            return;
        }
        ev.prevent_default();
        done.set(None);
        if total > MAX_CHARS {
            next_generation();
            held.set(None);
            reading.set(Reading::TooLong(total));
            return;
        }
        let pasted = String::from(pasted);
        let text = if held.get_untracked().is_some() {
            pasted
        } else {
            let value = el.value();
            let (a, b) = (byte_at_utf16(&value, from), byte_at_utf16(&value, to));
            format!("{}{pasted}{}", &value[..a], &value[b..])
        };
        forget_source();
        if total <= QUICK_CHARS {
            held.set(None);
            el.set_value(&text);
            changed();
        } else {
            hold(text, None);
        }
    };
    let clear = move |_| {
        super::share::forget_link();
        forget_source();
        next_generation();
        held.set(None);
        reading.set(Reading::Empty);
        done.set(None);
        if let Some(el) = area.get_untracked() {
            el.set_value("");
            let _ = el.focus();
        }
    };
    let confirm = move |_| {
        let Reading::Ready(p, _) = reading.get_untracked() else {
            return;
        };
        if p.units.is_empty() {
            return;
        }
        next_generation();
        reading.set(Reading::Empty);
        held.set(None);
        forget_source();
        super::share::forget_link();
        let (units, rule_set, columns) = Arc::try_unwrap(p)
            .map(|p| (p.units, p.rule_set, p.columns))
            .unwrap_or_else(|p| (p.units.clone(), p.rule_set.clone(), p.columns.clone()));
        // Columns mapped by hand are remembered for the next table with the same header.
        if let Some(map) = columns.filter(|m| m.source == MapSource::Chosen) {
            // Read again first: the history page may have remembered a months header since.
            let mut maps = storage::peek(Key::ColumnMaps, record::decode_doc::<ColumnMaps>)
                .unwrap_or_else(|| remembered.get_value());
            if remember(&mut maps.maps, &map) {
                let _ = storage::save(Key::ColumnMaps, &maps);
                remembered.set_value(maps);
            }
        }
        // The set a shared table is judged by: added beside the sets here (never over one)
        // and put in force for the table.
        if let Some(set) = rule_set {
            book.add_and_use(set);
        }
        let n = units.len();
        if replace.get_untracked() {
            state.replace(units);
        } else {
            state.append(units);
        }
        if let Some(el) = area.get_untracked() {
            el.set_value("");
        }
        done.set(Some(n));
        // The confirm button goes away with the preview: keyboard users land on the table.
        // After the next frame, once the emptied import box is drawn: focusing now would lay
        // out the page with the whole pasted text still in it (a quarter second for 10.000
        // rows).
        focus_later("[data-testid=row-count]");
    };
    // Reads a sheet of the workbook opened (the first that holds a cell when none).
    let open_sheet = move |sheet: Option<String>| {
        let Some((name, bytes)) = workbook.get_value() else {
            return;
        };
        let gen = next_generation();
        chosen.set_value(None);
        held_text.set_value(None);
        reading.set(Reading::Workbook);
        read_workbook(&bytes, sheet.as_deref(), SheetKind::Units, move |result| {
            if generation.try_get_value() != Some(gen) {
                return;
            }
            match result {
                Ok(read) => {
                    workbook_note.set(Some(workbook_note_text(lang, &read)));
                    sheets.set(Some((read.sheets.clone(), read.sheet.clone())));
                    hold(read.text, Some(name));
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
    let on_file = move |ev: leptos::ev::Event| {
        // A workbook up to the reader's limit; a text is refused once decoded when longer than
        // an import reads.
        read_chosen_bytes(&ev, MAX_FILE_BYTES as f64, move |name, size, bytes| {
            done.set(None);
            let Some(bytes) = bytes else {
                next_generation();
                if named_as_workbook(&name) {
                    reading.set(Reading::Refused(i18n::opening::workbook_problem(
                        lang,
                        &name,
                        WorkbookProblem::TooLarge,
                    )));
                } else {
                    reading.set(Reading::TooLong(size as usize / 4));
                }
                return;
            };
            match text_of(&bytes) {
                // A workbook goes to the workbook worker; its sheet comes back as text.
                Err(NotText::Workbook) => {
                    forget_source();
                    workbook.set_value(Some((name, Arc::new(bytes))));
                    open_sheet(None);
                }
                Err(why) => {
                    next_generation();
                    reading.set(Reading::Refused(i18n::table::not_text(lang, &name, why)));
                }
                Ok(text) => {
                    let chars = text.chars().count();
                    if chars > MAX_CHARS {
                        next_generation();
                        reading.set(Reading::TooLong(chars));
                    } else if chars > QUICK_CHARS {
                        hold(text, Some(name));
                    } else if let Some(el) = area.get_untracked() {
                        held.set(None);
                        el.set_value(&text);
                        changed();
                    }
                }
            }
        })
    };
    // A shared table's link opened here: read as a pasted JSON table would be.
    if let Some(fragment) = super::share::opened_link() {
        match export::table_link_text(&fragment) {
            Ok(text) => hold(text, Some(t.shared_link.to_owned())),
            Err(_) => reading.set(Reading::Refused(t.shared_link_damaged.to_owned())),
        }
    }
    let shown = move || {
        reading.with(|r| match r {
            Reading::Empty => ().into_any(),
            Reading::Workbook => view! {
                <p class="hint" role="status" data-testid="import-pending">{lang.opening().workbook_reading}</p>
            }
            .into_any(),
            Reading::Pending(percent) => view! {
                <p class="hint" role="status" data-testid="import-pending">{i18n::table::reading_progress(lang, *percent)}</p>
            }
            .into_any(),
            Reading::BadJson(reason) => view! {
                <p class="error" data-testid="import-error">{t.import_unreadable} " (" {i18n::table::file_reason(lang, reason)} ")"</p>
            }
            .into_any(),
            Reading::TooLong(chars) => view! {
                <p class="error" role="alert" data-testid="import-limit">{i18n::table::text_too_long(lang, *chars)}</p>
            }
            .into_any(),
            Reading::Refused(message) => view! {
                <p class="error" role="alert" data-testid="import-error">{message.clone()}</p>
            }
            .into_any(),
            Reading::Ready(p, json) => preview_view(lang, p, *json, confirm, remap),
        })
    };
    view! {
        <section class="panel" aria-labelledby="import-h">
            <h2 id="import-h">{t.import_heading}</h2>
            <p class="hint" id="import-hint">{t.import_hint} " " {i18n::table::import_limits(lang)}</p>
            <label for="f-import-text" class="block-label">{t.import_paste}</label>
            <textarea
                node_ref=area
                id="f-import-text"
                name="import_text"
                data-testid="import-text"
                rows="6"
                aria-describedby="import-hint"
                spellcheck="false"
                readonly=move || held.with(Option::is_some)
                on:input=move |_| changed()
                on:paste=on_paste
            ></textarea>
            {move || {
                held.get()
                    .map(|h| {
                        view! {
                            <div class="notice held" data-testid="import-held">
                                <p>{i18n::table::held_text(lang, h.lines, h.chars, h.file.as_deref())}</p>
                                <button type="button" data-testid="import-clear" on:click=clear>{i18n::table::clear_held(lang)}</button>
                            </div>
                        }
                    })
            }}
            <div class="toolbar">
                <label class="file-label">
                    {t.import_file}
                    <input type="file" name="import_file" accept=".csv,.tsv,.txt,.json,.xlsx,.xls,.ods,text/csv,text/plain,application/json" on:change=on_file/>
                </label>
                <label class="check-inline">
                    <input type="checkbox" name="import_replace" prop:checked=move || replace.get() on:change=move |ev| replace.set(event_target_checked(&ev))/>
                    {t.import_replace}
                </label>
            </div>
            {move || done.get().map(|n| view! { <p class="ok-note" role="status" data-testid="import-done">{i18n::table::imported(lang, n)}</p> })}
            {move || workbook_note.get().map(|n| view! { <p class="hint" data-testid="import-workbook">{n}</p> })}
            {sheet_choice(lang, sheets, "import-sheet", move |name| open_sheet(Some(name)))}
            {shown}
        </section>
    }
}
