//! The commune calculator (the first page): the form's state, its saving, and the results
//! beside it ([`results`]).

pub mod results;

use crate::core::num::counts::Counts;
use crate::core::rules::assessment::{assess, Assessment};
use crate::core::rules::form::{CommuneForm, CountField, FormErrors};
use crate::core::rules::presets;
use crate::core::rules::rule_set::RuleSet;
use crate::core::rules::tier::Tier;
use crate::core::stored::record::{self, CommuneRecord};
use crate::core::text::clean_name;
use crate::storage::{self, Key, Notice};
use crate::ui::calculator::results::Results;
use crate::ui::i18n::use_lang;
use crate::ui::rule_sets::book::RuleBook;
use crate::ui::rule_sets::in_force::RuleSetInfo;
use crate::ui::widgets::count_input::CountInput;
use crate::ui::widgets::notices::report;
use leptos::prelude::*;

/// The calculator's state: created once by the app, so that it outlives the views.
#[derive(Debug, Clone, Copy)]
pub struct CommuneState {
    name: RwSignal<String>,
    registered: RwSignal<Tier>,
    dx: RwSignal<bool>,
    total: RwSignal<String>,
    online: RwSignal<String>,
    full_online: RwSignal<String>,
    commune_group: RwSignal<Option<u8>>,
    rule_id: RwSignal<String>,
    rules: Memo<RuleSet>,
    counts: Memo<Result<Counts, FormErrors>>,
    assessment: Memo<Option<Assessment>>,
    writable: bool,
}

impl CommuneState {
    pub fn new(
        record: Option<CommuneRecord>,
        writable: bool,
        notices: RwSignal<Vec<Notice>>,
        book: RuleBook,
    ) -> CommuneState {
        let rule_id = RwSignal::new(
            record
                .as_ref()
                .map(|r| r.rule_set.clone())
                .unwrap_or_else(|| book.default_id()),
        );
        // One commune is judged by tiers; a set of quotas falls back to the default set.
        let rules = Memo::new(move |_| {
            let set = book.find(&rule_id.get());
            if set.tiers.is_empty() {
                presets::commune_2022_2025()
            } else {
                set
            }
        });
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
        let commune_group = RwSignal::new(initial.commune_group);
        let form = Memo::new(move |_| CommuneForm {
            name: name.get(),
            registered: registered.get(),
            dx: dx.get(),
            total: total.get(),
            online: online.get(),
            full_online: full_online.get(),
            commune_group: commune_group.get(),
        });
        let counts = Memo::new(move |_| form.with(CommuneForm::counts));
        let assessment = Memo::new(move |_| {
            let counts = counts.get().ok()?;
            Some(rules.with(|r| assess(&counts, r, dx.get(), commune_group.get())))
        });
        // Another tab's save is taken in without reloading: fields saved here follow it,
        // counts typed here but not valid yet stay as typed. `shown` is what the form then
        // holds, `stored` what is stored now.
        let last = StoredValue::new(record);
        let apply = move |stored: CommuneRecord, shown: &CommuneRecord| {
            let next = form.with_untracked(|f| f.take_in(shown));
            last.set_value(Some(stored));
            name.set(next.name);
            registered.set(next.registered);
            dx.set(next.dx);
            total.set(next.total);
            online.set(next.online);
            full_online.set(next.full_online);
            commune_group.set(next.commune_group);
            rule_id.set(shown.rule_set.clone());
        };
        if writable {
            storage::on_change(Key::Commune, move || {
                if let Some(incoming) = storage::reread(Key::Commune, record::decode) {
                    apply(incoming.clone(), &incoming);
                }
            });
        }
        // Saves on every change; invalid counts leave the last good ones stored.
        Effect::new(move |_| {
            let rule_id = rules.with(|r| r.id.clone());
            let next = form.with(|f| last.with_value(|l| f.to_record(l.as_ref(), &rule_id)));
            if last.with_value(|l| l.as_ref() == Some(&next)) {
                return;
            }
            if !writable {
                last.set_value(Some(next));
                return;
            }
            let saved = storage::save_doc(Key::Commune, &next);
            if saved == Err(Notice::Overtaken) {
                // Another tab saved first: its record is shown, and the change made here is
                // said to be lost rather than written over it.
                if let Some(incoming) = storage::reread(Key::Commune, record::decode) {
                    apply(incoming.clone(), &incoming);
                    report(notices, saved);
                    return;
                }
            }
            last.set_value(Some(next));
            report(notices, saved);
        });
        CommuneState {
            name,
            registered,
            dx,
            total,
            online,
            full_online,
            commune_group,
            rule_id,
            rules,
            counts,
            assessment,
            writable,
        }
    }
}

#[component]
pub fn Calculator() -> impl IntoView {
    let lang = use_lang();
    let s = lang.calculator();
    let book = expect_context::<RuleBook>();
    let CommuneState {
        name,
        registered,
        dx,
        total,
        online,
        full_online,
        commune_group,
        rule_id,
        rules,
        counts,
        assessment,
        writable,
    } = expect_context::<CommuneState>();
    let error = move |field: CountField| {
        Signal::derive(move || counts.with(|c| c.as_ref().err().and_then(|e| e.get(field))))
    };
    let tiered_sets = move || {
        book.all()
            .into_iter()
            .filter(|s| !s.tiers.is_empty())
            .collect::<Vec<_>>()
    };
    let rules: Signal<RuleSet> = rules.into();
    // The tier judged: the one registered for when the set declares it, else the set's
    // lowest. The choice itself is kept, so going back to its set restores it.
    let judged = Signal::derive(move || {
        let chosen = registered.get();
        rules.with(|r| match r.rank(chosen) {
            Some(_) => chosen,
            None => r.lowest_tier().unwrap_or(chosen),
        })
    });

    view! {
        <div class="calculator">
            <form class="inputs" on:submit=|ev| ev.prevent_default() novalidate>
                <h2>{s.inputs_heading}</h2>
                <div class="field">
                    <label for="f-commune_name">{s.commune_name}</label>
                    <input
                        id="f-commune_name"
                        name="commune_name"
                        type="text"
                        autocomplete="off"
                        maxlength="200"
                        placeholder=s.commune_name_placeholder
                        prop:value=move || name.get()
                        on:input=move |ev| name.set(event_target_value(&ev))
                    />
                </div>
                <div class="field">
                    <label for="f-rule_set">{s.rule_set_heading}</label>
                    <select
                        id="f-rule_set"
                        name="rule_set"
                        on:change=move |ev| rule_id.set(event_target_value(&ev))
                    >
                        {move || {
                            let lang = lang;
                            tiered_sets()
                                .into_iter()
                                .map(|set| {
                                    let selected = rules.with(|r| r.id == set.id);
                                    view! {
                                        <option value=set.id.clone() selected=selected>
                                            {lang.pick(&set.name).to_owned()}
                                        </option>
                                    }
                                })
                                .collect_view()
                        }}
                    </select>
                </div>
                // What depends on the set in force: its commune groups and its tiers.
                {move || {
                    let (groups, tiers) = rules.with(|r| {
                        let groups: Vec<(u8, String)> = r
                            .commune_groups
                            .iter()
                            .map(|g| (g.number, lang.pick(&g.definition).to_owned()))
                            .collect();
                        let tiers: Vec<(Tier, String)> =
                            r.tier_list().into_iter().map(|t| (t, lang.tier_name(r, t))).collect();
                        (groups, tiers)
                    });
                    let definitions: Vec<String> = groups
                        .iter()
                        .filter(|(_, d)| !d.is_empty())
                        .map(|(g, d)| format!("{} {g}: {d}", s.commune_group))
                        .collect();
                    let group_field = (!groups.is_empty()).then(|| {
                        view! {
                            <div class="field">
                                <label for="f-commune_group">{s.commune_group}</label>
                                <select
                                    id="f-commune_group"
                                    name="commune_group"
                                    aria-describedby="hint-commune_group"
                                    on:change=move |ev| commune_group.set(event_target_value(&ev).parse().ok())
                                >
                                    <option value="" selected=commune_group.get_untracked().is_none()>
                                        {s.commune_group_none}
                                    </option>
                                    {groups
                                        .into_iter()
                                        .map(|(g, _)| {
                                            view! {
                                                <option value=g.to_string() selected=commune_group.get_untracked() == Some(g)>
                                                    {format!("{} {g}", s.commune_group)}
                                                </option>
                                            }
                                        })
                                        .collect_view()}
                                </select>
                                <ul class="hint" id="hint-commune_group" data-testid="commune-group-definition">
                                    {definitions.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}
                                </ul>
                            </div>
                        }
                    });
                    view! {
                        {group_field}
                        <div class="field">
                            <label for="f-registered_tier">{s.registered_tier}</label>
                            <select
                                id="f-registered_tier"
                                name="registered_tier"
                                on:change=move |ev| {
                                    if let Some(tier) = Tier::parse(&event_target_value(&ev)) {
                                        registered.set(tier);
                                    }
                                }
                            >
                                {tiers
                                    .into_iter()
                                    .map(|(tier, name)| {
                                        view! {
                                            <option value=tier.slug().to_owned() prop:selected=move || judged.get() == tier>
                                                {name}
                                            </option>
                                        }
                                    })
                                    .collect_view()}
                            </select>
                        </div>
                    }
                }}
                // Only a set with a criterion to opt into asks for it.
                <div class="field check" hidden=move || !rules.with(RuleSet::has_dx_criterion)>
                    <input
                        id="f-dx_criterion"
                        name="dx_criterion"
                        type="checkbox"
                        aria-describedby="hint-dx_criterion"
                        prop:checked=move || dx.get()
                        on:change=move |ev| dx.set(event_target_checked(&ev))
                    />
                    <label for="f-dx_criterion">{s.dx_criterion}</label>
                    <p class="hint" id="hint-dx_criterion">{s.dx_hint}</p>
                </div>
                <CountInput
                    field=CountField::Total
                    value=total
                    label=s.total
                    hint=s.count_hint
                    error=error(CountField::Total)
                />
                <CountInput
                    field=CountField::Online
                    value=online
                    label=s.online
                    hint=s.count_hint
                    error=error(CountField::Online)
                />
                <CountInput
                    field=CountField::FullOnline
                    value=full_online
                    label=s.full_online
                    hint=s.optional_hint
                    error=error(CountField::FullOnline)
                />
                <p class="share-line">
                    <a href="chia-se/" data-testid="share-link">{s.share}</a>
                </p>
                <p class="saved" data-testid="saved-note">
                    {if writable { s.saved_here } else { "" }}
                </p>
            </form>
            <Results
                assessment
                rules
                registered=judged
                dx=dx.into()
                group=commune_group.into()
                name=Signal::derive(move || name.with(|n| clean_name(n)))
                awaiting_counts=Signal::derive(move || counts.with(|c| c.as_ref().err().is_some_and(FormErrors::only_empty)))
            />
            <RuleSetInfo rules/>
        </div>
    }
}
