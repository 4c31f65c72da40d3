//! The form for one month's figures: the rate's three counts, the excluded dossiers, and the
//! optional report figures. Saving replaces the month if it was entered before.

use super::state::HistoryState;
use crate::core::history::calendar::Month;
use crate::core::history::month_entry::MonthEntry;
use crate::core::history::month_form::{EntryField, EntryFormErrors, MonthEntryForm};
use crate::ui::i18n::history::entry_error;
use crate::ui::i18n::history::{month_exists, HistoryTexts};
use crate::ui::i18n::use_lang;
use crate::ui::widgets::field::Field;
use crate::ui::widgets::focus::focus_later;
use leptos::prelude::*;

/// The form's text, one signal per field (in [`EntryField::ALL`] order), and the month chosen
/// for editing (saving it again replaces it without asking).
#[derive(Clone, Copy)]
pub struct EntryText {
    fields: [RwSignal<String>; 13],
    editing: RwSignal<Option<Month>>,
}

impl EntryText {
    pub fn new() -> EntryText {
        EntryText {
            fields: std::array::from_fn(|_| RwSignal::new(String::new())),
            editing: RwSignal::new(None),
        }
    }

    fn signal(&self, field: EntryField) -> RwSignal<String> {
        let index = EntryField::ALL
            .iter()
            .position(|f| *f == field)
            .unwrap_or_default();
        self.fields[index]
    }

    fn form(&self) -> MonthEntryForm {
        let get = |f| self.signal(f).get_untracked();
        MonthEntryForm {
            month: get(EntryField::Month),
            total: get(EntryField::Total),
            online: get(EntryField::Online),
            full_online: get(EntryField::FullOnline),
            excluded_total: get(EntryField::ExcludedTotal),
            excluded_online: get(EntryField::ExcludedOnline),
            excluded_full_online: get(EntryField::ExcludedFullOnline),
            in_person: get(EntryField::InPerson),
            postal: get(EntryField::Postal),
            early: get(EntryField::Early),
            on_time: get(EntryField::OnTime),
            late: get(EntryField::Late),
            carried_over: get(EntryField::CarriedOver),
        }
    }

    /// Shows `entry` in the form, to change it.
    pub fn load(&self, entry: &MonthEntry) {
        self.editing.set(Some(entry.month()));
        let form = MonthEntryForm::from_entry(entry);
        let set = |f, v: String| self.signal(f).set(v);
        set(EntryField::Month, form.month);
        set(EntryField::Total, form.total);
        set(EntryField::Online, form.online);
        set(EntryField::FullOnline, form.full_online);
        set(EntryField::ExcludedTotal, form.excluded_total);
        set(EntryField::ExcludedOnline, form.excluded_online);
        set(EntryField::ExcludedFullOnline, form.excluded_full_online);
        set(EntryField::InPerson, form.in_person);
        set(EntryField::Postal, form.postal);
        set(EntryField::Early, form.early);
        set(EntryField::OnTime, form.on_time);
        set(EntryField::Late, form.late);
        set(EntryField::CarriedOver, form.carried_over);
    }
}

const EXCLUDED: [EntryField; 3] = [
    EntryField::ExcludedTotal,
    EntryField::ExcludedOnline,
    EntryField::ExcludedFullOnline,
];

const MORE: [EntryField; 6] = [
    EntryField::InPerson,
    EntryField::Postal,
    EntryField::CarriedOver,
    EntryField::Early,
    EntryField::OnTime,
    EntryField::Late,
];

fn label(t: &HistoryTexts, field: EntryField) -> &'static str {
    match field {
        EntryField::Month => t.month,
        EntryField::Total => t.total,
        EntryField::Online => t.online,
        EntryField::FullOnline => t.full_online,
        EntryField::ExcludedTotal => t.excluded_total,
        EntryField::ExcludedOnline => t.excluded_online,
        EntryField::ExcludedFullOnline => t.excluded_full_online,
        EntryField::InPerson => t.in_person,
        EntryField::Postal => t.postal,
        EntryField::Early => t.early,
        EntryField::OnTime => t.on_time,
        EntryField::Late => t.late,
        EntryField::CarriedOver => t.carried_over,
    }
}

#[component]
pub fn EntryForm(text: EntryText) -> impl IntoView {
    let t = use_lang().history();
    let lang = use_lang();
    let state = expect_context::<HistoryState>();
    let errors = RwSignal::new(EntryFormErrors::default());
    let saved = RwSignal::new(None::<String>);
    // A folded part opens by itself when one of its fields is wrong.
    let excluded_open = RwSignal::new(false);
    let more_open = RwSignal::new(false);
    // A month typed again that already holds other figures waits here for a yes or no.
    let pending = RwSignal::new(None::<(MonthEntry, MonthEntry)>);
    let commit = move |entry: MonthEntry| {
        pending.set(None);
        errors.set(EntryFormErrors::default());
        saved.set(Some(format!("{} {}", t.saved_month, entry.month())));
        text.editing.set(None);
        state.update_unit(|u| {
            u.history.upsert(entry);
        });
    };
    let save = move || match text.form().parse() {
        Ok(entry) => {
            let month = entry.month();
            let existing = state.record.with_untracked(|r| {
                let index = state.selected.get_untracked();
                r.units
                    .get(index)
                    .or(r.units.first())
                    .and_then(|u| u.history.get(month).cloned())
            });
            match existing {
                Some(old) if old != entry && text.editing.get_untracked() != Some(month) => {
                    saved.set(None);
                    pending.set(Some((old, entry)));
                    focus_later("[data-testid=month-replace]");
                }
                _ => commit(entry),
            }
        }
        Err(e) => {
            pending.set(None);
            saved.set(None);
            let has = |fields: &[EntryField]| e.iter().any(|(f, _)| fields.contains(f));
            if has(&EXCLUDED) {
                excluded_open.set(true);
            }
            if has(&MORE) {
                more_open.set(true);
            }
            errors.set(e);
        }
    };
    let input = move |field: EntryField| {
        let message = move || errors.with(|e| e.get(field)).map(|e| entry_error(lang, e));
        view! {
            <Field
                id=format!("m-{}", field.name())
                name=field.name()
                label=label(t, field)
                hint=(field == EntryField::Month).then(|| t.month_hint.to_owned())
                inputmode="numeric"
                value=text.signal(field)
                error=message
                on_input=move |_| saved.set(None)
            />
        }
    };
    // Enter in any of the month's fields saves it.
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        use wasm_bindgen::JsCast;
        let in_field = ev
            .target()
            .is_some_and(|t| t.dyn_into::<web_sys::HtmlInputElement>().is_ok());
        if in_field && ev.key() == "Enter" {
            ev.prevent_default();
            save();
        }
    };
    view! {
        <section class="panel" aria-labelledby="entry-h" on:keydown=on_keydown>
            <h2 id="entry-h">{t.entry_heading}</h2>
            <div class="grid-fields">
                {input(EntryField::Month)}
                {input(EntryField::Total)}
                {input(EntryField::Online)}
                {input(EntryField::FullOnline)}
            </div>
            <details
                prop:open=move || excluded_open.get()
                on:toggle=move |ev| excluded_open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())
            >
                <summary>{t.excluded_heading}</summary>
                <p class="hint">{t.excluded_hint}</p>
                <div class="grid-fields">
                    {input(EntryField::ExcludedTotal)}
                    {input(EntryField::ExcludedOnline)}
                    {input(EntryField::ExcludedFullOnline)}
                </div>
            </details>
            <details
                prop:open=move || more_open.get()
                on:toggle=move |ev| more_open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())
            >
                <summary>{t.more_heading}</summary>
                <div class="grid-fields">
                    {input(EntryField::InPerson)}
                    {input(EntryField::Postal)}
                    {input(EntryField::CarriedOver)}
                    {input(EntryField::Early)}
                    {input(EntryField::OnTime)}
                    {input(EntryField::Late)}
                </div>
            </details>
            <div class="toolbar">
                <button type="button" class="primary" data-testid="save-month" on:click=move |_| save()>
                    {t.save_month}
                </button>
            </div>
            {move || {
                pending
                    .get()
                    .map(|(old, new)| {
                        let figures = |e: &MonthEntry| (e.figures().total.get(), e.figures().online.get());
                        let question = month_exists(lang, &old.month().to_string(), figures(&old), figures(&new));
                        view! {
                            <div class="confirm" role="alertdialog" aria-labelledby="month-exists-q" data-testid="month-exists">
                                <p id="month-exists-q">{question}</p>
                                <div class="toolbar">
                                    <button type="button" class="primary" data-testid="month-replace" on:click=move |_| commit(new)>
                                        {t.month_replace}
                                    </button>
                                    <button type="button" data-testid="month-keep" on:click=move |_| pending.set(None)>
                                        {t.month_keep}
                                    </button>
                                </div>
                            </div>
                        }
                    })
            }}
            <p class="ok-note" role="status" data-testid="month-saved">{move || saved.get()}</p>
        </section>
    }
}
