//! The commune calculator: the form's state, its saving, and the results beside it.

use super::count_input::CountInput;
use super::i18n::Lang;
use super::results::Results;
use super::rule_set::RuleSetInfo;
use crate::core::assessment::assess;
use crate::core::form::{CommuneForm, CountField, FormErrors};
use crate::core::presets;
use crate::core::record::CommuneRecord;
use crate::core::ruleset::RuleSet;
use crate::core::tier::Tier;
use crate::storage::{self, Notice};
use leptos::prelude::*;

/// The rule set a stored record names, or the default one.
fn rule_set_for(record: Option<&CommuneRecord>) -> RuleSet {
    let all = presets::all();
    record
        .and_then(|r| all.iter().find(|s| s.id == r.rule_set).cloned())
        .unwrap_or_else(presets::commune_2022_2025)
}

#[component]
pub fn Calculator(
    record: Option<CommuneRecord>,
    writable: bool,
    notices: RwSignal<Vec<Notice>>,
) -> impl IntoView {
    let lang = expect_context::<RwSignal<Lang>>();
    let s = move || lang.get().s();
    let rules = Signal::stored(rule_set_for(record.as_ref()));
    let initial = record
        .as_ref()
        .map(CommuneForm::from_record)
        .unwrap_or_default();
    let name = RwSignal::new(initial.name);
    let registered = RwSignal::new(initial.registered);
    let dx = RwSignal::new(initial.dx);
    let total = RwSignal::new(initial.total);
    let online = RwSignal::new(initial.online);
    let full_online = RwSignal::new(initial.full_online);

    let form = Memo::new(move |_| CommuneForm {
        name: name.get(),
        registered: registered.get(),
        dx: dx.get(),
        total: total.get(),
        online: online.get(),
        full_online: full_online.get(),
    });
    let counts = Memo::new(move |_| form.with(CommuneForm::counts));
    let error = move |field: CountField| {
        Signal::derive(move || counts.with(|c| c.as_ref().err().and_then(|e| e.get(field))))
    };
    let assessment = Memo::new(move |_| {
        let counts = counts.get().ok()?;
        Some(rules.with(|r| assess(&counts, r, dx.get())))
    });

    // Saves on every change; invalid counts leave the last good ones stored.
    let last_saved = StoredValue::new(record);
    Effect::new(move |_| {
        let rule_id = rules.with(|r| r.id.clone());
        let next =
            form.with(|f| last_saved.with_value(|last| f.to_record(last.as_ref(), &rule_id)));
        if !writable || last_saved.with_value(|last| last.as_ref() == Some(&next)) {
            return;
        }
        match storage::save(storage::Key::Commune, &next) {
            Ok(()) => last_saved.set_value(Some(next)),
            Err(notice) => notices.update(|all| {
                if !all.contains(&notice) {
                    all.push(notice);
                }
            }),
        }
    });

    view! {
        <div class="calculator">
            <form class="inputs" on:submit=|ev| ev.prevent_default() novalidate>
                <h2>{move || s().inputs_heading}</h2>
                <div class="field">
                    <label for="f-commune_name">{move || s().commune_name}</label>
                    <input
                        id="f-commune_name"
                        name="commune_name"
                        type="text"
                        autocomplete="off"
                        maxlength="200"
                        placeholder=move || s().commune_name_placeholder
                        prop:value=move || name.get()
                        on:input=move |ev| name.set(event_target_value(&ev))
                    />
                </div>
                <div class="field">
                    <label for="f-registered_tier">{move || s().registered_tier}</label>
                    <select
                        id="f-registered_tier"
                        name="registered_tier"
                        on:change=move |ev| {
                            if let Some(tier) = Tier::from_slug(&event_target_value(&ev)) {
                                registered.set(tier);
                            }
                        }
                    >
                        {Tier::ALL
                            .into_iter()
                            .map(|tier| {
                                view! {
                                    <option value=tier.slug() prop:selected=move || registered.get() == tier>
                                        {tier.short_name()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <div class="field check">
                    <input
                        id="f-dx_criterion"
                        name="dx_criterion"
                        type="checkbox"
                        aria-describedby="hint-dx_criterion"
                        prop:checked=move || dx.get()
                        on:change=move |ev| dx.set(event_target_checked(&ev))
                    />
                    <label for="f-dx_criterion">{move || s().dx_criterion}</label>
                    <p class="hint" id="hint-dx_criterion">{move || s().dx_hint}</p>
                </div>
                <CountInput
                    field=CountField::Total
                    value=total
                    label=Signal::derive(move || s().total)
                    hint=Signal::derive(move || s().count_hint)
                    error=error(CountField::Total)
                />
                <CountInput
                    field=CountField::Online
                    value=online
                    label=Signal::derive(move || s().online)
                    hint=Signal::derive(move || s().count_hint)
                    error=error(CountField::Online)
                />
                <CountInput
                    field=CountField::FullOnline
                    value=full_online
                    label=Signal::derive(move || s().full_online)
                    hint=Signal::derive(move || s().optional_hint)
                    error=error(CountField::FullOnline)
                />
                <p class="saved" data-testid="saved-note">
                    {move || if writable { s().saved_here } else { "" }}
                </p>
            </form>
            <Results
                assessment
                rules
                registered=registered.into()
                dx=dx.into()
                name=name.into()
                awaiting_counts=Signal::derive(move || counts.with(|c| c.as_ref().err().is_some_and(FormErrors::only_empty)))
            />
            <RuleSetInfo rules/>
        </div>
    }
}
