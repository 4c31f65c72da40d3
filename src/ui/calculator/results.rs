//! The results: verdict, rates, tier met, and the gap to every tier.

use crate::core::num::gap::Needed;
use crate::core::rules::assessment::{Assessment, Measure, TierOutcome};
use crate::core::rules::rule_set::{RuleSet, TierRule};
use crate::core::rules::tier::Tier;
use crate::ui::i18n::use_lang;
use crate::ui::i18n::{self};
use crate::ui::widgets::user_text::Msg;
use leptos::prelude::*;

#[component]
pub fn Results(
    assessment: Memo<Option<Assessment>>,
    rules: Signal<RuleSet>,
    registered: Signal<Tier>,
    group: Signal<Option<u8>>,
    dx: Signal<bool>,
    name: Signal<String>,
    /// True while the only problem is that required counts are still empty.
    awaiting_counts: Signal<bool>,
) -> impl IntoView {
    let lang = use_lang();
    // The live region stays in place so that screen readers announce each new verdict.
    let verdict = move || {
        let lang = lang;
        assessment
            .with(|a| match a {
                Some(a) => {
                    let tier = rules.with(|r| lang.tier_name(r, registered.get()));
                    name.with(|n| {
                        i18n::calculator::verdict(lang, a.verdict(registered.get()), n, &tier)
                    })
                }
                None if awaiting_counts.get() => Msg::app(lang.calculator().enter_counts),
                None => Msg::app(lang.calculator().fix_fields),
            })
            .view()
    };
    view! {
        <section class="results" aria-labelledby="results-h">
            <h2 id="results-h">{lang.calculator().results_heading}</h2>
            <p
                class="verdict"
                class:ok=move || assessment.with(|a| a.as_ref().is_some_and(|a| a.outcome(registered.get()).is_some_and(|o| o.met)))
                class:withheld=move || assessment.with(Option::is_none)
                data-testid="verdict"
                aria-live="polite"
            >
                {verdict}
            </p>
            {move || {
                assessment
                    .get()
                    .map(|a| view! { <Figures assessment=a rules registered dx group=group.get()/> })
            }}
        </section>
    }
}

#[component]
fn Figures(
    assessment: Assessment,
    rules: Signal<RuleSet>,
    registered: Signal<Tier>,
    dx: Signal<bool>,
    group: Option<u8>,
) -> impl IntoView {
    let lang = use_lang();
    let s = lang.calculator();
    let online_text = rules.with(|r| {
        assessment
            .online_rate
            .map(|rate| rate.format(&r.online_thresholds(group)))
    });
    let online_hundredths = rules.with(|r| {
        assessment
            .online_rate
            .map(|rate| rate.display_hundredths(&r.online_thresholds(group)))
    });
    let full_text = rules.with(|r| {
        assessment
            .full_rate
            .map(|rate| rate.format(&r.full_online_thresholds(group)))
    });
    let marks: Vec<u64> = rules.with(|r| {
        let mut marks: Vec<u64> = r
            .online_thresholds(group)
            .into_iter()
            .map(|p| u64::from(p.hundredths()))
            .collect();
        marks.dedup();
        marks
    });
    let highest = assessment.highest_met();
    let highest_name = rules.with(|r| highest.map(|t| lang.tier_name(r, t)));
    let rows = rules.with(|r| {
        r.tiers_for(group)
            .into_iter()
            .filter_map(|tier| {
                let rule = r.rules_for(group).find(|rule| rule.tier == tier)?.clone();
                let card = TierCardData {
                    name: lang.tier_name(r, tier),
                    opt_in: !r.full_process_required(tier),
                    rule,
                };
                assessment.outcome(tier).map(|o| (card, *o))
            })
            .collect::<Vec<_>>()
    });
    view! {
        <div class="figures">
            <div class="figure">
                <span class="figure-label">{s.online_rate}</span>
                <span class="rate" data-testid="rate">
                    {
                        let text = online_text.clone();
                        move || text.clone().unwrap_or_else(|| s.no_dossiers.to_owned())
                    }
                </span>
                <div
                    class="bar"
                    aria-hidden="true"
                    style:background-image=bar_background(online_hundredths.unwrap_or(0), &marks)
                ></div>
            </div>
            {full_text
                .map(|text| {
                    view! {
                        <div class="figure">
                            <span class="figure-label">{s.full_rate}</span>
                            <span class="rate small" data-testid="full-rate">{text}</span>
                        </div>
                    }
                })}
            <div class="figure">
                <span class="figure-label">{s.tier_met}</span>
                <span class="tier-met" data-testid="tier-met" data-tier=highest.as_ref().map_or("none", Tier::slug).to_owned()>
                    {highest_name.unwrap_or_else(|| s.no_tier_met.to_owned())}
                </span>
            </div>
        </div>
        <ul class="tiers">
            {rows
                .into_iter()
                .map(|(card, outcome)| view! { <TierCard card outcome registered dx/> })
                .collect_view()}
        </ul>
        <p class="note">{s.needed_note}</p>
    }
}

/// The background of the rate bar: a mark at each threshold over the filled share. One
/// element and one style property; decorative, the text says it all.
fn bar_background(hundredths: u64, marks: &[u64]) -> String {
    let mut layers: Vec<String> = marks
        .iter()
        .map(|&at| {
            let p = percent_css(at);
            format!(
                "linear-gradient(to right,transparent calc({p} - 1px),var(--ink) calc({p} - 1px) calc({p} + 1px),transparent calc({p} + 1px))"
            )
        })
        .collect();
    let fill = percent_css(hundredths);
    layers.push(format!(
        "linear-gradient(to right,var(--brand) {fill},transparent {fill})"
    ));
    layers.join(",")
}

/// A CSS percentage from hundredths of a percent, without float formatting.
fn percent_css(hundredths: u64) -> String {
    format!("{}.{:02}%", hundredths / 100, hundredths % 100)
}

fn needed_value(needed: Option<Needed>) -> String {
    match needed {
        Some(Needed::Count(n)) => n.to_string(),
        Some(Needed::Unreachable) => "unreachable".to_owned(),
        None => "unknown".to_owned(),
    }
}

/// What a tier's card shows of the rule set.
struct TierCardData {
    name: String,
    /// The full-process minimum applies only with the optional criterion.
    opt_in: bool,
    /// The tier's rule for the commune's group.
    rule: TierRule,
}

#[component]
fn TierCard(
    card: TierCardData,
    outcome: TierOutcome,
    registered: Signal<Tier>,
    dx: Signal<bool>,
) -> impl IntoView {
    let lang = use_lang();
    let s = lang.calculator();
    let TierCardData { name, opt_in, rule } = card;
    let tier = rule.tier;
    let requirement = move || {
        let lang = lang;
        let Some(online_min) = rule.online_min else {
            return lang.calculator().no_threshold.to_owned();
        };
        let mut text =
            i18n::calculator::requirement(lang, &online_min.to_string(), Measure::Online);
        if let Some(full) = rule.full_online_min_with_dx {
            let extra = i18n::calculator::requirement(lang, &full.to_string(), Measure::FullOnline);
            let when = if dx.get() || !opt_in {
                String::new()
            } else {
                format!(" ({})", lang.calculator().with_dx)
            };
            text = format!("{text}; {extra}{when}");
        }
        text
    };
    let needed = move || {
        let lang = lang;
        match outcome.needed {
            Some(Needed::Count(0)) => "—".to_owned(),
            Some(Needed::Count(n)) => i18n::calculator::dossiers(lang, n, outcome.needed_measure),
            Some(Needed::Unreachable) => lang.calculator().unreachable.to_owned(),
            None if outcome.threshold_missing => lang.calculator().no_threshold.to_owned(),
            None => lang.calculator().needs_full_count.to_owned(),
        }
    };
    let existing = move || match outcome.existing_shortfall {
        Some(0) => "—".to_owned(),
        Some(n) => i18n::calculator::dossiers(lang, n, outcome.shortfall_measure),
        None => "—".to_owned(),
    };
    view! {
        <li
            class="tier"
            class:met=outcome.met
            class:registered=move || registered.get() == tier
            data-testid=format!("tier-{}", tier.slug())
        >
            <div class="tier-head">
                <span class="tier-name">{name}</span>
                {move || {
                    (registered.get() == tier)
                        .then(|| view! { <span class="badge">{s.registered_mark}</span> })
                }}
                <span class="status" data-testid=format!("status-{}", tier.slug())>
                    {move || if outcome.met { s.met } else { s.not_met }}
                </span>
            </div>
            <p class="requirement">{requirement}</p>
            <dl>
                <dt>{s.col_needed}</dt>
                <dd data-testid=format!("needed-{}", tier.slug()) data-value=needed_value(outcome.needed)>
                    {needed}
                </dd>
                <dt>{s.col_existing}</dt>
                <dd data-testid=format!("existing-{}", tier.slug())>{existing}</dd>
            </dl>
        </li>
    }
}
