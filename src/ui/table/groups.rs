//! Group verdicts by the rule set's group rule, and the top and bottom of the ranking.

use super::TableState;
use crate::core::ruleset::RuleSet;
use crate::core::table::{evaluate, group_verdicts, ranking};
use crate::ui::i18n::use_lang;
use crate::ui::i18n::{self};
use crate::ui::rank_count::RankCount;
use crate::ui::user_text::bdi;
use leptos::prelude::*;

#[component]
pub fn GroupVerdicts(rules: Signal<RuleSet>) -> impl IntoView {
    let lang = use_lang();
    let state = expect_context::<TableState>();
    let s = lang.s();
    let t = lang.t();
    let verdicts = Memo::new(move |_| rules.with(|r| group_verdicts(&state.units(), r)));
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
                {move || verdicts.with(|v| v.is_empty()).then(|| view! { <p>{t.no_groups}</p> })}
                <ul class="groups">
                    {move || {
                        verdicts
                            .get()
                            .into_iter()
                            .map(|v| {
                                let lines = i18n::group_parts(lang, &v);
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
                                            <span class="status">{if v.pass { s.met } else { s.not_met }}</span>
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
            </section>
        })
    }
}

#[component]
pub fn Ranking() -> impl IntoView {
    let lang = use_lang();
    let state = expect_context::<TableState>();
    let book = expect_context::<crate::ui::rule_book::RuleBook>();
    let t = lang.t();
    let n = RwSignal::new(5usize);
    let ranked = Memo::new(move |_| {
        let units = state.units();
        let order = ranking(&units);
        let rules = book.active_set();
        order
            .into_iter()
            .map(|i| {
                (
                    units[i].name.clone(),
                    evaluate(&units[i], &rules).rate_text.unwrap_or_default(),
                )
            })
            .collect::<Vec<_>>()
    });
    let list = move |top: bool| {
        let ranked = ranked.get();
        let n = n.get().min(ranked.len());
        let picked: Vec<(usize, (String, String))> = if top {
            ranked.into_iter().enumerate().take(n).collect()
        } else {
            let len = ranked.len();
            ranked
                .into_iter()
                .enumerate()
                .skip(len - n)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect()
        };
        picked
            .into_iter()
            .map(|(i, (name, rate))| view! { <li><span class="rank">{i + 1}"."</span> " " {bdi(name)} " — " <strong>{rate}</strong></li> })
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
