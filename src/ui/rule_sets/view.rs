//! Rule sets: the presets with their legal basis, and editable copies of them.

use crate::core::num::percent::{parse_percent, Percent, PercentError};
use crate::core::rules::rule_set::RuleSet;
use crate::ui::i18n::use_lang;
use crate::ui::i18n::{self};
use crate::ui::rule_sets::book::RuleBook;
use crate::ui::rule_sets::transfer::{link_to, RuleSetImport};
use crate::ui::widgets::field::Field;
use crate::ui::widgets::link_panel::LinkPanel;
use leptos::prelude::*;

/// "NTM nâng cao (nhóm 2)".
fn tier_label(
    set: &RuleSet,
    rule: &crate::core::rules::rule_set::TierRule,
    lang: crate::ui::i18n::Lang,
) -> String {
    let name = lang.tier_name(set, rule.tier);
    match rule.group {
        Some(g) => format!("{name} ({} {g})", lang.table().group_word),
        None => name,
    }
}

/// Every threshold of a set, a line each: "NTM: ≥ 30 %", "Chỉ tiêu sở, ngành: ≥ 45 %".
pub fn threshold_lines(set: &RuleSet, lang: crate::ui::i18n::Lang) -> Vec<String> {
    let s = lang.table();
    let mut lines: Vec<String> = set
        .tiers
        .iter()
        .map(|t| {
            let min = t
                .online_min
                .map_or_else(|| s.no_threshold.to_owned(), |p| format!("≥ {p}"));
            let mut line = format!("{}: {min}", tier_label(set, t, lang));
            if let Some(full) = t.full_online_min_with_dx {
                line.push_str(&format!("; {} ≥ {full}", s.full_word));
            }
            line
        })
        .collect();
    lines.extend(
        set.quotas
            .iter()
            .map(|q| format!("{}: ≥ {}", lang.pick(&q.name), q.online_min)),
    );
    lines
}

/// Applies `change` to the custom set `id`.
fn edit(book: RuleBook, id: &str, change: impl FnOnce(&mut RuleSet)) {
    book.custom.update(|sets| {
        if let Some(set) = sets.iter_mut().find(|s| s.id == id) {
            change(set);
        }
    });
}

#[component]
fn ThresholdInput(
    id: String,
    label: String,
    initial: Option<Percent>,
    /// Whether the threshold may be left empty (a template's "not entered yet").
    #[prop(optional)]
    optional: bool,
    on_valid: impl Fn(Option<Percent>) + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let text = RwSignal::new(initial.map(Percent::to_vi_number).unwrap_or_default());
    let error = RwSignal::new(None::<&'static str>);
    view! {
        <Field
            id=id
            label=label
            inputmode="decimal"
            value=text
            error=move || error.get()
            on_input=move |value: String| match parse_percent(&value) {
                Ok(p) => {
                    error.set(None);
                    on_valid(Some(p));
                }
                Err(PercentError::Empty) if optional => {
                    error.set(None);
                    on_valid(None);
                }
                Err(e) => error.set(Some(i18n::common::percent_error(lang, e))),
            }
            class="field threshold"
        />
    }
}

#[component]
fn RuleSetCard(id: String) -> impl IntoView {
    let lang = use_lang();
    let book = expect_context::<RuleBook>();
    let s = lang.table();
    let t = lang.table();
    let set = book.find(&id);
    let preset = book.is_preset(&id);
    let lang_now = lang;
    let basis = &set.legal_basis;
    let source = format!("{} {}", basis.document, basis.date.numeric());
    let active = {
        let id = id.clone();
        move || book.active.get() == id
    };
    let use_it = {
        let id = id.clone();
        move |_| book.active.set(id.clone())
    };
    let copy_it = {
        let id = id.clone();
        move |_| {
            let new_id = book.copy(&id, lang.table().copy_word);
            book.active.set(new_id);
        }
    };
    let export_it = {
        let id = id.clone();
        move |_| crate::ui::rule_sets::transfer::export(book, &id)
    };
    let remove_it = {
        let id = id.clone();
        move |_| {
            book.custom.update(|sets| sets.retain(|s| s.id != id));
            if book.active.get_untracked() == id {
                book.active.set(book.default_id());
            }
        }
    };
    let thresholds = if preset {
        let lines = threshold_lines(&set, lang_now);
        view! { <ul class="plain">{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> }.into_any()
    } else {
        let tier_inputs = set
            .tiers
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let id_online = id.clone();
                let id_full = id.clone();
                let full = t.full_online_min_with_dx.map(|full| {
                    view! {
                        <ThresholdInput
                            id=format!("{id_full}-tier-{i}-full")
                            label=format!("{} — {}", tier_label(&set, t, lang), s.full_word)
                            initial=Some(full)
                            on_valid=move |p| edit(book, &id_full, |set| set.tiers[i].full_online_min_with_dx = p)
                        />
                    }
                });
                view! {
                    <ThresholdInput
                        id=format!("{id_online}-tier-{i}")
                        label=format!("{} — {}", tier_label(&set, t, lang), s.online_word)
                        initial=t.online_min
                        optional=true
                        on_valid=move |p| edit(book, &id_online, |set| set.tiers[i].online_min = p)
                    />
                    {full}
                }
            })
            .collect_view();
        let quota_inputs = set
            .quotas
            .iter()
            .enumerate()
            .map(|(i, q)| {
                let id = id.clone();
                view! {
                    <ThresholdInput
                        id=format!("{id}-quota-{i}")
                        label=lang_now.pick(&q.name).to_owned()
                        initial=Some(q.online_min)
                        on_valid=move |p| {
                            if let Some(p) = p {
                                edit(book, &id, |set| set.quotas[i].online_min = p)
                            }
                        }
                    />
                }
            })
            .collect_view();
        let name_id = id.clone();
        let name_input = format!("{id}-name");
        view! {
            <div class="field">
                <label for=name_input.clone()>{t.rule_set_name}</label>
                <input
                    id=name_input
                    type="text"
                    prop:value=set.name.vi.clone()
                    on:input=move |ev| {
                        let name = event_target_value(&ev);
                        edit(book, &name_id, |set| {
                            set.name.vi = name.clone();
                            set.name.en = name;
                        })
                    }
                />
            </div>
            {tier_inputs}
            {quota_inputs}
        }
        .into_any()
    };
    let data_id = id.clone();
    let link_id = id.clone();
    let link_shown = RwSignal::new(false);
    let active_class = active.clone();
    view! {
        <li class="ruleset-card" data-testid="rule-set-card" data-id=data_id.clone() class:active=active_class>
            <div class="tier-head">
                <span class="tier-name">{move || crate::ui::widgets::user_text::bdi(book.find(&id).name.vi.clone())}</span>
                {book.is_hosted(&data_id).then(|| view! { <span class="badge" data-testid="rule-set-hosted">{t.from_this_site}</span> })}
                {move || active().then(|| view! { <span class="badge">{t.in_use}</span> })}
            </div>
            <p class="hint">{lang_now.pick(&set.period).to_owned()}</p>
            <p class="basis">{s.legal_basis} ": " {source} " — " {basis.issuer.vi.clone()}</p>
            {thresholds}
            <div class="toolbar">
                <button type="button" on:click=use_it data-testid="use-rule-set">{t.use_for_table}</button>
                <button type="button" on:click=copy_it data-testid="copy-rule-set">{t.copy_to_edit}</button>
                <button type="button" on:click=export_it data-testid="rule-set-export">{t.rule_set_export}</button>
                <button
                    type="button"
                    data-testid="rule-set-link"
                    aria-expanded=move || if link_shown.get() { "true" } else { "false" }
                    on:click=move |_| link_shown.update(|s| *s = !*s)
                >
                    {t.rule_set_link}
                </button>
                {(!preset).then(|| view! { <button type="button" on:click=remove_it data-testid="delete-rule-set">{t.delete}</button> })}
            </div>
            {move || {
                link_shown.get().then(|| match link_to(book, &link_id) {
                    Some(url) => view! {
                        <div class="link-panel">
                            <LinkPanel url id=format!("{link_id}-link") hook="rule-set-link"/>
                        </div>
                    }
                    .into_any(),
                    None => view! { <p class="hint" data-testid="rule-set-link-too-long">{t.rule_set_link_too_long}</p> }.into_any(),
                })
            }}
        </li>
    }
}

#[component]
pub fn RuleSetsView() -> impl IntoView {
    let lang = use_lang();
    let book = expect_context::<RuleBook>();
    let t = lang.table();
    let ids = move || book.all().into_iter().map(|s| s.id).collect::<Vec<_>>();
    view! {
        <section class="panel" aria-labelledby="rulesets-h">
            <h2 id="rulesets-h">{t.rule_sets_heading}</h2>
            <p class="hint">{t.rule_sets_hint}</p>
            <RuleSetImport/>
            <ul class="ruleset-list">
                <For each=ids key=|id| id.clone() let:id>
                    <RuleSetCard id/>
                </For>
            </ul>
        </section>
    }
}
