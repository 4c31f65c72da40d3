//! A labelled count field with its hint and, when wrong, its error right under it.

use crate::core::num::count::CountError;
use crate::core::rules::form::{CountField, FieldError};
use crate::ui::i18n::use_lang;
use crate::ui::i18n::{self};
use leptos::prelude::*;

#[component]
pub fn CountInput(
    field: CountField,
    value: RwSignal<String>,
    label: &'static str,
    hint: &'static str,
    #[prop(into)] error: Signal<Option<FieldError>>,
) -> impl IntoView {
    let lang = use_lang();
    // An empty field is only called out once the person has typed in it: a fresh form
    // asks for figures instead of greeting with errors.
    let touched = RwSignal::new(false);
    let error = Signal::derive(move || {
        error
            .get()
            .filter(|e| touched.get() || *e != FieldError::Count(CountError::Empty))
    });
    let name = field.name();
    let id = format!("f-{name}");
    let hint_id = format!("hint-{name}");
    let error_id = format!("error-{name}");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || match error.get() {
            Some(_) => format!("{error_id} {hint_id}"),
            None => hint_id.clone(),
        }
    };
    view! {
        <div class="field" class:invalid=move || error.get().is_some()>
            <label for=id.clone()>{label}</label>
            <input
                id=id
                name=name
                type="text"
                inputmode="numeric"
                autocomplete="off"
                spellcheck="false"
                prop:value=move || value.get()
                on:input=move |ev| {
                    touched.set(true);
                    value.set(event_target_value(&ev));
                }
                aria-invalid=move || error.get().map(|_| "true")
                aria-describedby=described_by
            />
            <p class="hint" id=hint_id>{hint}</p>
            {move || {
                error
                    .get()
                    .map(|e| {
                        view! {
                            <p class="error" id=error_id.clone() data-testid=error_id.clone()>
                                {i18n::common::field_error(lang, e)}
                            </p>
                        }
                    })
            }}
        </div>
    }
}
