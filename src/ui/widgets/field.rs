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
    /// What is wrong with the field, in words; `None` when nothing is. A closure rather than
    /// a signal: every form's errors are worded the same way, and no page carries one more
    /// kind of signal for it.
    error: impl Fn() -> Option<&'static str> + Copy + Send + Sync + 'static,
    /// Called with the new text once `value` holds it.
    on_input: impl Fn(String) + 'static,
    /// The field box's classes: `field`, or more (`field threshold`).
    #[prop(default = "field")]
    class: &'static str,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let has_hint = hint.is_some();
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || match (error().is_some(), has_hint) {
            (true, true) => format!("{error_id} {hint_id}"),
            (true, false) => error_id.clone(),
            (false, true) => hint_id.clone(),
            (false, false) => String::new(),
        }
    };
    view! {
        <div class=class class:invalid=move || error().is_some()>
            <label for=id.clone()>{label}</label>
            <input
                id=id
                name=name.clone()
                type="text"
                inputmode=inputmode
                autocomplete="off"
                spellcheck="false"
                prop:value=move || value.get()
                aria-invalid=move || error().is_some().then_some("true")
                aria-describedby=described_by
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    value.set(text.clone());
                    on_input(text);
                }
            />

            {hint.map(|h| view! { <p class="hint" id=hint_id>{h}</p> })}
            // Always there (empty, and hidden by the style sheet, when nothing is wrong); its
            // test hook only while it says something.
            <p
                class="error"
                id=error_id
                data-testid=move || error().and(name.as_ref()).map(|n| format!("error-{n}"))
            >
                {move || error()}
            </p>
        </div>
    }
}
