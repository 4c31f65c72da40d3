//! Which unit the page shows: pick one, name it, add or remove one.

use super::state::HistoryState;
use crate::core::text::clean_name;
use crate::ui::i18n::use_lang;
use leptos::prelude::*;

#[component]
pub fn UnitBar() -> impl IntoView {
    let t = use_lang().history();
    let state = expect_context::<HistoryState>();
    let options = move || {
        let selected = state.selected.get();
        state.record.with(|r| {
            r.units
                .iter()
                .enumerate()
                .map(|(i, u)| {
                    let label = if u.name.is_empty() {
                        t.unit_unnamed.to_owned()
                    } else {
                        u.name.clone()
                    };
                    view! { <option value=i.to_string() selected=i == selected>{label}</option> }
                })
                .collect_view()
        })
    };
    view! {
        <section class="panel unit-bar no-print" aria-label=t.unit_label>
            <div class="field">
                <label for="h-unit">{t.unit_label}</label>
                <select
                    id="h-unit"
                    name="history_unit"
                    on:change=move |ev| {
                        if let Ok(i) = event_target_value(&ev).parse::<usize>() {
                            state.selected.set(i);
                        }
                    }
                >
                    {options}
                </select>
            </div>
            <div class="field">
                <label for="h-unit-name">{t.unit_name}</label>
                <input
                    id="h-unit-name"
                    name="history_unit_name"
                    type="text"
                    prop:value=move || state.with_unit(|u| u.name.clone()).unwrap_or_default()
                    on:change=move |ev| {
                        let name = clean_name(&event_target_value(&ev));
                        state.update_unit(|u| u.name = name.trim().to_owned());
                    }
                />
            </div>
            <div class="toolbar">
                <button type="button" data-testid="unit-add" on:click=move |_| state.add_unit("")>
                    {t.unit_add}
                </button>
                <button type="button" data-testid="unit-remove" on:click=move |_| state.remove_unit()>
                    {t.unit_remove}
                </button>
            </div>
        </section>
    }
}
