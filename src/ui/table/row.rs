//! One row of the table: shown as text, or edited in place with the same checks as imports.

use super::open_confirm::open_in_calculator;
use super::{Row, TableState};
use crate::core::num::gap::Needed;
use crate::core::num::number_vi::format_count;
use crate::core::rules::rule_set::{RuleSet, Target};
use crate::core::rules::tier::Tier;
use crate::core::stored::record::{CommuneRecord, NAME_MAX_CHARS};
use crate::core::table::evaluate::{evaluate, Status};
use crate::core::table::import::{unit_from_cells, UnitCells, NOTE_MAX_CHARS};
use crate::core::table::unit::{Figures, Unit, UnitKind};
use crate::ui::i18n::table::unit_kind;
use crate::ui::i18n::use_lang;
use crate::ui::i18n::{self, Lang};
use crate::ui::widgets::user_text::bdi;
use leptos::prelude::*;

fn count_text(
    figures: &Figures,
    pick: fn(&crate::core::num::counts::Counts) -> Option<u64>,
) -> String {
    match figures {
        Figures::Counts { counts } => pick(counts).map(format_count).unwrap_or_default(),
        _ => String::new(),
    }
}

/// The choices of target a rule set offers: its tiers, or its quotas.
fn target_options(rules: &RuleSet, lang: Lang) -> Vec<(String, String)> {
    let tiers = rules
        .tier_list()
        .into_iter()
        .map(|t| (t.slug().to_owned(), lang.tier_name(rules, t)));
    let quotas = rules
        .quotas
        .iter()
        .map(|q| (q.id.clone(), lang.pick(&q.name).to_owned()));
    tiers.chain(quotas).collect()
}

/// The commune record the calculator gets for `unit`.
fn as_commune(unit: &Unit, rules: &RuleSet) -> CommuneRecord {
    let rule_set = if rules.tiers.is_empty() {
        crate::core::rules::presets::DEFAULT_ID.to_owned()
    } else {
        rules.id.clone()
    };
    CommuneRecord {
        name: unit.name.clone(),
        registered: Tier::parse(&unit.target)
            .filter(|&t| rules.rank(t).is_some())
            .or(rules.lowest_tier())
            .unwrap_or(Tier::NTM),
        dx: false,
        counts: match unit.figures {
            Figures::Counts { counts } => Some(counts),
            _ => None,
        },
        rule_set,
        commune_group: unit.commune_group,
    }
}

/// Focuses the element `selector` finds inside the row, if the row is still there.
fn focus_within(tr: NodeRef<leptos::html::Tr>, selector: &str) {
    use leptos::wasm_bindgen::JsCast;
    let found = tr
        .get_untracked()
        .and_then(|row| row.query_selector(selector).ok().flatten())
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = found {
        let _ = el.focus();
    }
}

#[component]
pub fn UnitRow(
    row: Row,
    rules: Signal<RuleSet>,
    editing: RwSignal<Option<u64>>,
    undo: RwSignal<Option<(usize, Unit)>>,
) -> impl IntoView {
    let lang = use_lang();
    let state = expect_context::<TableState>();
    let t = lang.table();
    // Evaluating a row is cheap; no memo, so nothing of the row outlives its removal.
    let result = move || row.unit.try_with(|u| rules.with(|r| evaluate(u, r)));
    let is_editing = move || editing.get() == Some(row.id);
    let tr = NodeRef::<leptos::html::Tr>::new();
    // Keyboard users keep their place: the focus goes into the editor when it opens and back
    // to the row's edit button when it closes (the button it was on is gone in between).
    Effect::new(move |was: Option<bool>| {
        let now = is_editing();
        if now && was != Some(true) {
            focus_within(tr, "input[name=edit_name]");
        } else if !now && was == Some(true) {
            focus_within(tr, "[data-testid=edit-unit]");
        }
        now
    });
    let status = move || result().map_or(Status::Unknown, |r| r.status);
    let display = move || {
        let unit = row.unit.get();
        let lang = lang;
        let Some(r) = result() else {
            return ().into_any();
        };
        let target = match r.requirement {
            Some(req) => {
                let what = match req.target {
                    Target::Tier(t) => rules.with(|set| lang.tier_name(set, t)),
                    Target::Quota(i) => rules.with(|set| lang.pick(&set.quotas[i].name).to_owned()),
                };
                format!("{what} (≥ {})", req.online_min)
            }
            None => "—".to_owned(),
        };
        let target = match unit.commune_group {
            Some(g) => format!("{target} · {} {g}", lang.table().group_word),
            None => target,
        };
        let needed = match r.needed {
            Some(Needed::Count(0)) | None => "—".to_owned(),
            Some(Needed::Count(n)) => format_count(n),
            Some(Needed::Unreachable) => lang.table().unreachable.to_owned(),
        };
        let status_text = match r.status {
            Status::Pass => lang.table().met,
            Status::Fail => lang.table().not_met,
            Status::Unknown => lang.table().unknown,
        };
        let id = row.id;
        view! {
            <td class="name">{bdi(unit.name.clone())}</td>
            <td data-label=t.col_group>{bdi(unit.group.clone())}</td>
            <td data-label=t.col_kind>{unit_kind(lang, unit.kind)}</td>
            <td class="target" data-label=t.col_target>{target}</td>
            <td class="num" data-label=t.col_total>{count_text(&unit.figures, |c| Some(c.total().get()))}</td>
            <td class="num" data-label=t.col_online>{count_text(&unit.figures, |c| Some(c.online().get()))}</td>
            <td class="num" data-label=t.col_full>{count_text(&unit.figures, |c| c.full_online().map(|f| f.get()))}</td>
            <td class="num rate-cell" data-label=t.col_rate>{r.rate_text.clone().unwrap_or_else(|| "—".to_owned())}</td>
            <td class="status-cell" data-label=t.col_status>{status_text}</td>
            <td class="num" data-label=lang.table().col_needed>{needed}</td>
            <td class="note-cell" data-label=t.col_note>{bdi(unit.note.clone())}</td>
            <td class="actions">
                <button
                    type="button"
                    data-testid="open-unit"
                    title=t.open_in_calculator
                    on:click=move |_| {
                        open_in_calculator(as_commune(&row.unit.get_untracked(), &rules.get_untracked()))
                    }
                >
                    {t.open}
                </button>
                <button type="button" data-testid="edit-unit" on:click=move |_| editing.set(Some(id))>
                    {t.edit}
                </button>
                <button
                    type="button"
                    data-testid="delete-unit"
                    on:click=move |_| {
                        if let Some(removed) = state.remove(id) {
                            undo.set(Some(removed));
                        }
                    }
                >
                    {t.delete}
                </button>
            </td>
        }
        .into_any()
    };
    view! {
        <tr
            node_ref=tr
            data-testid="unit-row"
            data-name=move || row.unit.try_with(|u| u.name.clone()).unwrap_or_default()
            data-status=move || status().slug()
            class=move || format!("status-{}", status().slug())
        >
            {move || if is_editing() { view! { <RowEditor row rules editing/> }.into_any() } else { display() }}
        </tr>
    }
}

#[component]
fn RowEditor(row: Row, rules: Signal<RuleSet>, editing: RwSignal<Option<u64>>) -> impl IntoView {
    let lang = use_lang();
    let state = expect_context::<TableState>();
    let t = lang.table();
    let unit = row.unit.get_untracked();
    let (total, online, full, rate) = match &unit.figures {
        Figures::Counts { counts } => (
            counts.total().get().to_string(),
            counts.online().get().to_string(),
            counts
                .full_online()
                .map(|c| c.get().to_string())
                .unwrap_or_default(),
            String::new(),
        ),
        Figures::Rate { rate } => (
            String::new(),
            String::new(),
            String::new(),
            rate.to_vi_number(),
        ),
        Figures::Missing => Default::default(),
    };
    let name = RwSignal::new(unit.name.clone());
    let group = RwSignal::new(unit.group.clone());
    let kind = RwSignal::new(unit.kind.slug().to_owned());
    let target = RwSignal::new(unit.target.clone());
    let total = RwSignal::new(total);
    let online = RwSignal::new(online);
    let full = RwSignal::new(full);
    let rate = RwSignal::new(rate);
    let note = RwSignal::new(unit.note.clone());
    let commune_group = RwSignal::new(
        unit.commune_group
            .map(|g| g.to_string())
            .unwrap_or_default(),
    );
    let problem = RwSignal::new(None::<String>);
    let save = move || {
        let result = unit_from_cells(&UnitCells {
            name: &name.get(),
            group: &group.get(),
            kind: &kind.get(),
            target: &target.get(),
            total: &total.get(),
            online: &online.get(),
            full: &full.get(),
            rate: &rate.get(),
            note: &note.get(),
            commune_group: &commune_group.get(),
        });
        match result {
            Ok(unit) => {
                row.unit.set(unit);
                editing.set(None);
            }
            Err(p) => problem.set(Some(i18n::table::row_problem(lang, &p))),
        }
    };
    let cancel = move || {
        if row.unit.with_untracked(|u| u.name.is_empty()) {
            state.remove(row.id);
        }
        editing.set(None);
    };
    let input =
        move |signal: RwSignal<String>, field: &'static str, label: &'static str, numeric: bool| {
            view! {
                <td data-label=label>
                    <input
                        type="text"
                        name=format!("edit_{field}")
                        aria-label=label
                        inputmode=if numeric { "decimal" } else { "text" }
                        // The lengths unit_from_cells allows.
                        maxlength=match field {
                            "name" | "group" => Some(NAME_MAX_CHARS.to_string()),
                            "note" => Some(NOTE_MAX_CHARS.to_string()),
                            _ => None,
                        }
                        prop:value=move || signal.get()
                        on:input=move |ev| signal.set(event_target_value(&ev))
                        on:keydown=move |ev| {
                            // The key is used up here: the edit button that gets the focus
                            // back must not take the same Enter as a click.
                            if ev.key() == "Enter" {
                                ev.prevent_default();
                                save();
                            } else if ev.key() == "Escape" {
                                ev.prevent_default();
                                cancel();
                            }
                        }
                    />
                </td>
            }
        };
    view! {
        {input(name, "name", t.col_name, false)}
        {input(group, "group", t.col_group, false)}
        <td data-label=t.col_kind>
            <select
                name="edit_kind"
                aria-label=t.col_kind
                on:change=move |ev| kind.set(event_target_value(&ev))
            >
                {move || {
                    let lang = lang;
                    UnitKind::ALL
                        .into_iter()
                        .map(|k| {
                            view! {
                                <option value=k.slug() selected=kind.get_untracked() == k.slug()>
                                    {unit_kind(lang, k)}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
        </td>
        <td data-label=t.col_target>
            <select
                name="edit_target"
                aria-label=t.col_target
                on:change=move |ev| target.set(event_target_value(&ev))
            >
                <option value="" selected=target.get_untracked().is_empty()>{t.no_target}</option>
                {move || {
                    let lang = lang;
                    let current = target.get_untracked();
                    let mut options = rules.with(|r| target_options(r, lang));
                    if !current.is_empty() && !options.iter().any(|(v, _)| *v == current) {
                        let label = rules.with(|r| match Tier::parse(&current) {
                            Some(t) if r.rank(t).is_some() => lang.tier_name(r, t),
                            _ => current.clone(),
                        });
                        options.push((current.clone(), label));
                    }
                    options
                        .into_iter()
                        .map(|(value, label)| {
                            let selected = value == current;
                            view! { <option value=value selected=selected>{label}</option> }
                        })
                        .collect_view()
                }}
            </select>
            <input
                type="text"
                name="edit_commune_group"
                inputmode="numeric"
                placeholder=t.commune_group
                aria-label=t.commune_group
                prop:value=move || commune_group.get()
                on:input=move |ev| commune_group.set(event_target_value(&ev))
            />
        </td>
        {input(total, "total", t.col_total, true)}
        {input(online, "online", t.col_online, true)}
        {input(full, "full", t.col_full, true)}
        {input(rate, "rate", t.col_rate, true)}
        <td class="row-problem" colspan="2">
            {move || problem.get().map(|p| view! { <span class="error" data-testid="row-error" role="alert">{p}</span> })}
        </td>
        {input(note, "note", t.col_note, false)}
        <td class="actions">
            <button type="button" data-testid="save-unit" on:click=move |_| save()>{t.save}</button>
            <button type="button" on:click=move |_| cancel()>{t.cancel}</button>
        </td>
    }
}
