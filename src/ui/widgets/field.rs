//! The one labelled text field every form uses: its label, an optional hint, and its error
//! right under it, tied to the input for screen readers (`aria-describedby`,
//! `aria-invalid`).
//!
//! One id scheme: the input is `{id}`, its hint `{id}-hint`, its error `{id}-error`; a field
//! with a `name` also gives its error, while there is one, the test hook
//! `data-testid="error-{name}"`.

use leptos::prelude::*;

#[component]
pub fn Field(
    /// The input's id.
    #[prop(into)]
    id: String,
    /// The input's `name`, when the form has one.
    #[prop(optional, into)]
    name: Option<String>,
    #[prop(into)] label: String,
    /// A line under the input saying what to type.
    #[prop(optional_no_strip)]
    hint: Option<String>,
    /// `numeric` for counts, `decimal` for percentages, `text` for dates.
    inputmode: &'static str,
    /// What is typed, kept as text.
    value: RwSignal<String>,
    /// What is wrong with the field, in words; `None` when nothing is.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// Called with the new text once `value` holds it.
    on_input: impl Fn(String) + 'static,
    /// Called when Enter is pressed in the field (the key is then taken).
    #[prop(optional)]
    on_enter: Option<Callback<()>>,
    /// More classes for the field's box (`threshold`).
    #[prop(optional)]
    class: &'static str,
    /// A unit written after the input (`%`).
    #[prop(optional)]
    suffix: Option<&'static str>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let has_hint = hint.is_some();
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let ids: Vec<&str> = [
                error.with(Option::is_some).then_some(error_id.as_str()),
                has_hint.then_some(hint_id.as_str()),
            ]
            .into_iter()
            .flatten()
            .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class=if class.is_empty() { "field".to_owned() } else { format!("field {class}") } class:invalid=move || error.with(Option::is_some)>
            <label for=id.clone()>{label}</label>
            <input
                id=id
                name=name.clone()
                type="text"
                inputmode=inputmode
                autocomplete="off"
                spellcheck="false"
                prop:value=move || value.get()
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=described_by
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    value.set(text.clone());
                    on_input(text);
                }
                on:keydown=move |ev| {
                    if let Some(enter) = on_enter {
                        if ev.key() == "Enter" {
                            ev.prevent_default();
                            enter.run(());
                        }
                    }
                }
            />
            {suffix.map(|s| view! { <span class="unit">{s}</span> })}
            {hint.map(|h| view! { <p class="hint" id=hint_id>{h}</p> })}
            // Always there (empty, and hidden by the style sheet, when nothing is wrong); its
            // test hook only while it says something.
            <p
                class="error"
                id=error_id
                data-testid=move || error.with(Option::is_some).then(|| name.as_ref().map(|n| format!("error-{n}"))).flatten()
            >
                {move || error.get()}
            </p>
        </div>
    }
}
