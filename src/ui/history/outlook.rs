//! Looking ahead to the assessment date: at the current pace, the rate on that day; and for
//! each tier, the share of the dossiers still expected that must be online.

use super::state::HistoryState;
use crate::core::history::monthly::{History, PeriodTotals};
use crate::core::history::period::Period;
use crate::core::history::projection::{project, remaining_months, Expected, Outlook, Pace};
use crate::core::num::count::{parse_optional_count, Count};
use crate::core::num::number_vi::format_count;
use crate::core::num::percent::Percent;
use crate::core::rules::assessment::Measure;
use crate::core::rules::form::FieldError;
use crate::core::rules::rule_set::RuleSet;
use crate::core::rules::tier::Tier;
use crate::ui::i18n::history::HistoryTexts;
use crate::ui::i18n::{self, use_lang};
use crate::ui::widgets::field::Field;
use leptos::prelude::*;

/// Dossiers per month when none are typed: the average of the months the pace uses.
fn average_total(history: &History) -> Option<Count> {
    let last = history.last_entries(3);
    if last.is_empty() {
        return None;
    }
    let sum: u64 = last.iter().map(|e| e.counted().total().get()).sum();
    let n = last.len() as u64;
    Count::new((sum + n / 2) / n)
}

/// The hook's value (`32.50`, `reached`, `unreachable`) and the words shown.
fn outlook_text(t: &HistoryTexts, outlook: Outlook) -> (String, String) {
    match outlook {
        Outlook::AlreadySafe => ("reached".to_owned(), t.already_safe.to_owned()),
        Outlook::Unreachable => ("unreachable".to_owned(), t.unreachable.to_owned()),
        Outlook::NoDossiers => (String::new(), t.no_dossiers.to_owned()),
        Outlook::Required(share) => (
            share.data_value(),
            format!(
                "{} {} ({} {})",
                t.required,
                share.text_vi(),
                format_count(share.online_needed()),
                t.online_dossiers
            ),
        ),
    }
}

/// The tiers of `rules` with their online threshold, lowest first, and the first
/// full-process threshold of the set (kiểu mẫu's in 2022–2025) with its tier, if it has one.
/// A tier and one of its thresholds.
type Threshold = (Tier, Percent);

fn tier_thresholds(rules: &RuleSet) -> (Vec<Threshold>, Option<Threshold>) {
    let tiers = rules.tier_minimums(None);
    let full = rules
        .rules_for(None)
        .find_map(|r| Some((r.tier, r.full_online_min_with_dx?)));
    (tiers, full)
}

#[component]
pub fn Projection(
    period: Period,
    totals: PeriodTotals,
    history: History,
    rules: RuleSet,
) -> impl IntoView {
    let t = use_lang().history();
    let lang = use_lang();
    let state = expect_context::<HistoryState>();
    let stored = state.with_unit(|u| u.expected).flatten();
    let typed = RwSignal::new(match stored {
        Some(Expected::PerMonth { per_month }) => format_count(per_month.get()),
        _ => String::new(),
    });
    let error = RwSignal::new(None::<&'static str>);
    let remaining = remaining_months(&period, history.last_month());
    let fallback = average_total(&history);
    let (tiers, full) = tier_thresholds(&rules);
    let names: Vec<String> = tiers
        .iter()
        .map(|(tier, _)| lang.tier_name(&rules, *tier))
        .collect();
    let full_tier = full.map(|(tier, _)| (tier.slug().to_owned(), lang.tier_name(&rules, tier)));
    let full = full.map(|(_, p)| p);
    let online_thresholds: Vec<Percent> = tiers.iter().map(|(_, p)| *p).collect();
    let counts = totals.counts;
    let pace = Pace::from_history(&history, Measure::Online);
    let pace_text = pace.as_ref().map(|p| {
        let months: Vec<String> = p.months().iter().map(|m| m.to_string()).collect();
        format!(
            "{} {}): {}",
            t.pace,
            months.join(", "),
            p.rate().text_vi(&online_thresholds)
        )
    });
    let expected = Memo::new(move |_| {
        let per_month = match parse_optional_count(&typed.get()) {
            Ok(Some(c)) => Some(c),
            _ => fallback,
        };
        per_month.map_or(0, |c| {
            Expected::PerMonth { per_month: c }.dossiers(remaining)
        })
    });
    let full_pace = Pace::from_history(&history, Measure::FullOnline);
    let inputs = StoredValue::new((pace, full_pace, online_thresholds.clone()));
    let result = move || {
        let expected = expected.get();
        inputs.with_value(|(pace, full_pace, online_thresholds)| {
            let online = project(
                &counts,
                Measure::Online,
                expected,
                pace.clone(),
                online_thresholds,
            );
            let full_outlook = full.and_then(|p| {
                project(
                    &counts,
                    Measure::FullOnline,
                    expected,
                    full_pace.clone(),
                    &[p],
                )
                .and_then(|pr| pr.thresholds.first().map(|o| (p, o.outlook)))
            });
            (expected, online, full_outlook)
        })
    };
    let rows = {
        let tiers = tiers.clone();
        move || {
            let (_, online, full_outlook) = result();
            let mut rows: Vec<_> = tiers
                .iter()
                .zip(&names)
                .zip(online.map(|p| p.thresholds).unwrap_or_default())
                .map(|(((tier, p), name), o)| {
                    let (value, text) = outlook_text(t, o.outlook);
                    view! {
                        <li data-testid=format!("required-share-{}", tier.slug()) data-value=value>
                            <strong>{format!("{name} (≥ {p})")}</strong>": " {text}
                        </li>
                    }
                    .into_any()
                })
                .collect();
            if let (Some((p, outlook)), Some((slug, name))) = (full_outlook, full_tier.clone()) {
                let (value, text) = outlook_text(t, outlook);
                let label = t.full_word;
                rows.push(
                    view! {
                        <li data-testid=format!("required-share-{slug}-full") data-value=value>
                            <strong>{format!("{name} {label} (≥ {p})")}</strong>": " {text}
                        </li>
                    }
                    .into_any(),
                );
            }
            rows
        }
    };
    let thresholds_for_rate = online_thresholds.clone();
    let at_deadline = move || {
        let (_, online, _) = result();
        online.and_then(|p| p.at_pace)
    };
    let deadline = period.horizon();
    view! {
        <section
            class="panel"
            aria-labelledby="projection-h"
            data-testid="projection"
            data-rate-at-deadline=move || at_deadline().map(|r| r.data_value(&thresholds_for_rate)).unwrap_or_default()
            data-expected=move || expected.get()
        >
            <h2 id="projection-h">{t.projection_heading} " (" {deadline.numeric()} ")"</h2>
            <Field
                id="expected_per_month"
                name="expected_per_month"
                label=t.expected_per_month
                hint=Some(match fallback {
                    Some(c) => format!("{} ({})", t.expected_hint, format_count(c.get())),
                    None => t.expected_hint.to_owned(),
                })
                inputmode="numeric"
                value=typed
                error=move || error.get()
                on_input=move |text: String| match parse_optional_count(&text) {
                    Ok(value) => {
                        error.set(None);
                        state.update_unit(|u| u.expected = value.map(|per_month| Expected::PerMonth { per_month }));
                    }
                    Err(e) => error.set(Some(i18n::common::field_error(lang, FieldError::Count(e)))),
                }
            />
            <p>{t.remaining} ": " <strong data-testid="remaining-months">{remaining}</strong></p>
            <p>{pace_text.unwrap_or_else(|| t.pace_none.to_owned())}</p>
            <p aria-live="polite">
                {t.at_deadline} ": "
                <strong data-testid="rate-at-deadline">
                    {
                        let thresholds = online_thresholds.clone();
                        move || at_deadline().map(|r| r.text_vi(&thresholds)).unwrap_or_else(|| "—".to_owned())
                    }
                </strong>
            </p>
            <ul class="plain outlook" aria-live="polite">{rows}</ul>
        </section>
    }
}
