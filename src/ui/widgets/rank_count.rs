//! "How many units at each end" of a ranking: a number from 1 to 50.

use leptos::prelude::*;

#[component]
pub fn RankCount(
    id: &'static str,
    name: &'static str,
    label: &'static str,
    n: RwSignal<usize>,
) -> impl IntoView {
    view! {
        <label for=id>{label}</label>
        <input
            id=id
            name=name
            type="number"
            min="1"
            max="50"
            inputmode="numeric"
            prop:value=move || n.get().to_string()
            on:input=move |ev| {
                if let Ok(v) = event_target_value(&ev).trim().parse::<usize>() {
                    n.set(v.clamp(1, 50));
                }
            }
        />
    }
}
