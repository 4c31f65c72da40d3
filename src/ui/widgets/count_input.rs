//! The calculator's count field: a [`Field`] whose "required" error waits until the person
//! has typed in it, so that a fresh form asks for figures instead of greeting with errors.

use crate::core::num::count::CountError;
use crate::core::rules::form::{CountField, FieldError};
use crate::ui::i18n::common::field_error;
use crate::ui::i18n::use_lang;
use crate::ui::widgets::field::Field;
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
    let touched = RwSignal::new(false);
    let error = move || {
        error
            .get()
            .filter(|e| touched.get() || *e != FieldError::Count(CountError::Empty))
            .map(|e| field_error(lang, e))
    };
    let name = field.name();
    view! {
        <Field
            id=format!("f-{name}")
            name=name
            label=label
            hint=Some(hint.to_owned())
            inputmode="numeric"
            value=value
            error=error
            on_input=move |_| touched.set(true)
        />
    }
}
