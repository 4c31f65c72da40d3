//! Group verdicts by the rule set's group rule, and the top and bottom of the ranking.

use super::TableState;
use crate::core::rules::rule_set::RuleSet;
use crate::core::table::evaluate::{evaluate, group_verdicts, ranking};
use crate::core::table::unit::Unit;
use crate::ui::i18n::use_lang;
use crate::ui::i18n::{self};
use crate::ui::widgets::rank_count::RankCount;
use crate::ui::widgets::user_text::bdi;
use leptos::prelude::*;

/// Group verdicts shown per page: a table of thousands of districts stays quick to redraw.
const GROUPS_PER_PAGE: usize = 50;

#[component]
pub fn GroupVerdicts(rules: Signal<RuleSet>) -> impl IntoView {
    let lang = use_lang();
    let state = expect_context::<TableState>();
    let t = lang.table();
    let verdicts =
        Memo::new(move |_| rules.with(|r| state.with_settled_units(|u| group_verdicts(u, r))));
    let page = RwSignal::new(0usize);
    let pages = move || verdicts.with(|v| v.len().div_ceil(GROUPS_PER_PAGE).max(1));
    // Named, not written in the view: a `>` there would end the button's tag.
    let on_last_page = move || page.get() + 1 >= pages();
    let shown = move || {
        let p = page.get().min(pages() - 1);
        verdicts.with(|v| {
            v.iter()
                .skip(p * GROUPS_PER_PAGE)
                .take(GROUPS_PER_PAGE)
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    move || {
        let rule = rules.with(|r| r.group_rule.clone())?;
        let lang = lang;
        let basis = format!(
            "{} {}",
            rule.legal_basis.document,
            rule.legal_basis.date.numeric()
        );
        Some(view! {
            <section class="panel" aria-labelledby="groups-h">
                <h2 id="groups-h">{t.groups_heading}</h2>
                <p class="hint">{basis} ": " {lang.pick(&rule.legal_basis.summary).to_owned()}</p>
                {move || {
                    verdicts.with(|v| {
                        if v.is_empty() {
                            view! { <p>{t.no_groups}</p> }.into_any()
                        } else {
                            let passing = v.iter().filter(|g| g.pass).count();
                            view! { <p data-testid="group-count">{i18n::table::group_count(lang, v.len(), passing)}</p> }.into_any()
                        }
                    })
                }}
                <ul class="groups">
                    {move || {
                        shown()
                            .into_iter()
                            .map(|v| {
                                let lines = i18n::table::group_parts(lang, &v);
                                view! {
                                    <li
                                        class="group"
                                        class:met=v.pass
                                        data-testid="group-verdict"
                                        data-group=v.group.clone()
                                        data-pass=if v.pass { "true" } else { "false" }
                                    >
                                        <div class="tier-head">
                                            <span class="tier-name">{bdi(v.group.clone())}</span>
                                            <span class="status">{if v.pass { t.met } else { t.not_met }}</span>
                                        </div>
                                        <ul class="parts">
                                            {lines
                                                .into_iter()
                                                .map(|(ok, text)| view! { <li class:ok=ok>{if ok { "✓ " } else { "✗ " }} {text.view()}</li> })
                                                .collect_view()}
                                        </ul>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
                {move || {
                    (pages() > 1)
                        .then(|| {
                            view! {
                                <div class="pager">
                                    <button
                                        type="button"
                                        data-testid="groups-prev"
                                        disabled=move || page.get().min(pages() - 1) == 0
                                        on:click=move |_| page.update(|p| *p = (*p).min(pages() - 1).saturating_sub(1))
                                    >
                                        {t.prev_page}
                                    </button>
                                    <span>{move || format!("{} / {}", page.get().min(pages() - 1) + 1, pages())}</span>
                                    <button
                                        type="button"
                                        data-testid="groups-next"
                                        disabled=on_last_page
                                        on:click=move |_| page.update(|p| *p = (*p + 1).min(pages() - 1))
                                    >
                                        {t.next_page}
                                    </button>
                                </div>
                            }
                        })
                }}
            </section>
        })
    }
}

type Ranked = Vec<(usize, String, String)>;

/// The top and bottom `n` of the ranking: place, name and rate.
fn ranked_ends(units: &[Unit], rules: &RuleSet, n: usize) -> (Ranked, Ranked) {
    let order = ranking(units);
    let n = n.min(order.len());
    let entry = |place: usize, i: usize| {
        (
            place + 1,
            units[i].name.clone(),
            evaluate(&units[i], rules).rate_text.unwrap_or_default(),
        )
    };
    let top: Ranked = order
        .iter()
        .take(n)
        .enumerate()
        .map(|(place, &i)| entry(place, i))
        .collect();
    let bottom: Ranked = order
        .iter()
        .enumerate()
        .skip(order.len() - n)
        .rev()
        .map(|(place, &i)| entry(place, i))
        .collect();
    (top, bottom)
}

#[component]
pub fn Ranking() -> impl IntoView {
    let lang = use_lang();
    let state = expect_context::<TableState>();
    let book = expect_context::<crate::ui::rule_sets::book::RuleBook>();
    let t = lang.table();
    let n = RwSignal::new(5usize);
    // Only the units shown at either end are judged for their rate's text.
    let ranked = Memo::new(move |_| {
        let rules = book.active_set();
        state.with_settled_units(|units| ranked_ends(units, &rules, n.get()))
    });
    let list = move |top: bool| {
        let (best, worst) = ranked.get();
        let picked = if top { best } else { worst };
        picked
            .into_iter()
            .map(|(place, name, rate)| view! { <li><span class="rank">{place}"."</span> " " {bdi(name)} " — " <strong>{rate}</strong></li> })
            .collect_view()
    };
    view! {
        <section class="panel" aria-labelledby="ranking-h">
            <h2 id="ranking-h">{t.ranking_heading}</h2>
            <div class="field inline">
                <RankCount id="f-rank-n" name="rank_n" label=t.ranking_n n/>
            </div>
            <div class="ranking">
                <div>
                    <h3>{t.top}</h3>
                    <ol class="plain" data-testid="ranking-top">{move || list(true)}</ol>
                </div>
                <div>
                    <h3>{t.bottom}</h3>
                    <ol class="plain" data-testid="ranking-bottom">{move || list(false)}</ol>
                </div>
            </div>
        </section>
    }
}
