//! What an import shows of a table it reads: the sheets of a workbook to choose from, and the
//! columns of the header with what each is read as, each with a choice. The table page's
//! units and the history page's months use them alike.

use crate::core::table::column_map::{ColumnMap, ColumnRole, MapSource};
use crate::ui::i18n::Lang;
use leptos::prelude::*;

/// The header's columns of `map`, each with its role chosen among `all` (named by `name`),
/// what is `missing` to read any row, and a way back to the roles the names give. `remap`
/// gets the roles chosen.
pub fn column_map_view<R: ColumnRole + Send + Sync>(
    lang: Lang,
    map: &ColumnMap<R>,
    all: &'static [R],
    name: fn(Lang, R) -> &'static str,
    missing: Option<String>,
    remap: impl Fn(Vec<R>) + Clone + Send + Sync + 'static,
) -> AnyView {
    let t = lang.opening();
    let rows = map
        .header
        .iter()
        .enumerate()
        .map(|(col, header)| {
            let current = map.roles.get(col).copied().unwrap_or(R::IGNORE);
            let (map, remap) = (map.clone(), remap.clone());
            let on_change = move |ev: leptos::ev::Event| {
                let chosen = event_target_value(&ev)
                    .parse::<usize>()
                    .ok()
                    .and_then(|i| all.get(i).copied());
                if let Some(role) = chosen {
                    remap(map.with_role(col, role));
                }
            };
            let label = if header.trim().is_empty() {
                format!("({})", col + 1)
            } else {
                header.clone()
            };
            let id = format!("f-column-{col}");
            let options = all
                .iter()
                .enumerate()
                .map(|(i, role)| {
                    view! { <option value=i.to_string() selected=*role == current>{name(lang, *role)}</option> }
                })
                .collect_view();
            view! {
                <li>
                    <label for=id.clone()><bdi>{label}</bdi></label>
                    <select id=id data-testid="column-role" data-column=col.to_string() on:change=on_change>
                        {options}
                    </select>
                </li>
            }
        })
        .collect_view();
    let changed = map.roles != map.found;
    let found = map.found.clone();
    let reset = move |_| remap(found.clone());
    view! {
        <fieldset class="column-map" data-testid="column-map">
            <legend>{t.column_map_heading}</legend>
            {(map.source == MapSource::Remembered)
                .then(|| view! { <p class="note" data-testid="column-map-remembered">{t.column_map_remembered}</p> })}
            {missing.map(|m| view! { <p class="error" role="alert" data-testid="column-map-missing">{m}</p> })}
            <ol>{rows}</ol>
            <p class="hint">{t.column_map_hint}</p>
            {changed
                .then(|| {
                    view! {
                        <button type="button" data-testid="column-map-reset" on:click=reset>
                            {t.column_map_reset}
                        </button>
                    }
                })}
        </fieldset>
    }
    .into_any()
}

/// A workbook's sheets, the one read chosen, when there are two or more: `choose` gets the
/// name of the one chosen.
pub fn sheet_choice(
    lang: Lang,
    sheets: RwSignal<Option<(Vec<String>, String)>>,
    testid: &'static str,
    choose: impl Fn(String) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    move || {
        let choose = choose.clone();
        sheets
            .get()
            .filter(|(names, _)| names.len() > 1)
            .map(|(names, current)| {
                let options = names
                    .into_iter()
                    .map(|n| {
                        let selected = n == current;
                        view! { <option value=n.clone() selected=selected>{n.clone()}</option> }
                    })
                    .collect_view();
                let id = format!("f-{testid}");
                view! {
                    <p class="sheet-choice">
                        <label for=id.clone()>{lang.opening().sheet_label} " "</label>
                        <select id=id data-testid=testid on:change=move |ev| choose(event_target_value(&ev))>
                            {options}
                        </select>
                    </p>
                }
            })
    }
}
