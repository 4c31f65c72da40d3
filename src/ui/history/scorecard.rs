//! The scorecard of Nghị quyết 02/NQ-CP (2024): eleven indicators, met or not, and the gap.
//!
//! Each indicator is entered either as two counts (conforming of all) or as the rate a
//! report printed; the choice is per indicator and follows the stored figure. Only a valid
//! figure is stored: a wrong one shows its error under its field and leaves the last good
//! figure (and its result) in place.

use super::state::HistoryState;
use crate::core::num::number_vi::format_count;
use crate::core::reports::scorecard::{
    evaluate, read_as_of, read_rate, read_ratio, FigureError, Indicator, IndicatorValue, Scorecard,
    ScorecardEntry,
};
use crate::core::rules::presets::{nq02_2024, NQ02_2024_ID};
use crate::ui::i18n::scorecard::{gap_text, problem_text};
use crate::ui::i18n::use_lang;
use crate::ui::widgets::field::Field;
use leptos::prelude::*;

/// Changes the unit's NQ 02 scorecard, making it first when the unit has none.
fn update_card(state: HistoryState, change: impl FnOnce(&mut Scorecard)) {
    state.update_unit(|unit| {
        let index = match unit.scorecards.iter().position(|c| c.set() == NQ02_2024_ID) {
            Some(i) => i,
            None => {
                unit.scorecards.push(Scorecard::new(NQ02_2024_ID, None));
                unit.scorecards.len() - 1
            }
        };
        if let Some(card) = unit.scorecards.get_mut(index) {
            change(card);
        }
    });
}

/// A [`Field`] whose error is a [`FigureError`], worded: the scorecard's and the report's.
#[component]
pub(super) fn TextField(
    id: String,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    inputmode: &'static str,
    value: RwSignal<String>,
    error: RwSignal<Option<FigureError>>,
    on_input: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <Field
            id=id.clone()
            name=id
            label=label
            hint=hint.map(str::to_owned)
            inputmode=inputmode
            value=value
            error=move || error.get().map(|e| problem_text(lang, e))
            on_input=move |_| on_input()
        />
    }
}

#[component]
pub fn ScorecardView() -> impl IntoView {
    let state = expect_context::<HistoryState>();
    // Another unit: its own fields, read afresh from what is stored.
    move || {
        state.selected.track();
        untrack(|| view! { <ScorecardPanel/> })
    }
}

#[component]
fn ScorecardPanel() -> impl IntoView {
    let lang = use_lang();
    let t = use_lang().scorecard();
    let state = expect_context::<HistoryState>();
    let set = nq02_2024();
    let card = Memo::new(move |_| {
        state
            .with_unit(|u| {
                u.scorecards
                    .iter()
                    .find(|c| c.set() == NQ02_2024_ID)
                    .cloned()
            })
            .flatten()
    });
    let basis = &set.legal_basis;
    let basis_line = format!(
        "{} {} {} {}",
        basis.document,
        basis.date.numeric(),
        t.basis_of,
        lang.pick(&basis.issuer)
    );
    let summary_line = lang.pick(&basis.summary).to_owned();

    // The "as of" date.
    let as_of_text = RwSignal::new(
        card.get_untracked()
            .and_then(|c| c.as_of())
            .map(|d| d.numeric())
            .unwrap_or_default(),
    );
    let as_of_error = RwSignal::new(None::<FigureError>);
    let on_as_of = move || match read_as_of(&as_of_text.get_untracked()) {
        Ok(date) => {
            as_of_error.set(None);
            update_card(state, |c| {
                if c.as_of() != date {
                    let mut fresh = Scorecard::new(c.set(), date);
                    for entry in c.entries() {
                        fresh.set_entry(entry.clone());
                    }
                    *c = fresh;
                }
            });
        }
        Err(e) => as_of_error.set(Some(e)),
    };

    let total = set.indicators.len();
    let summary = move || {
        card.with(|c| {
            let set = nq02_2024();
            let Some(c) = c else {
                return t.summary_none.to_owned();
            };
            let rows = c.evaluate(&set);
            let entered = rows.iter().filter(|r| r.result.is_some()).count();
            if entered == 0 {
                return t.summary_none.to_owned();
            }
            let met = rows
                .iter()
                .filter(|r| r.result.as_ref().and_then(|x| x.met) == Some(true))
                .count();
            format!(
                "{} {met}/{entered} {} {total}.",
                t.summary_met, t.summary_entered
            )
        })
    };
    let as_of_line = move || match card.with(|c| c.as_ref().and_then(|c| c.as_of())) {
        Some(d) => format!("{} {}.", t.as_of_shown, d.numeric()),
        None => t.as_of_none.to_owned(),
    };

    let rows = set
        .indicators
        .iter()
        .enumerate()
        .map(|(i, indicator)| view! { <IndicatorRow index=i indicator=indicator.clone() card/> })
        .collect_view();

    view! {
        <section class="panel scorecard" data-testid="scorecard" aria-labelledby="sc-h">
            <h2 id="sc-h">{lang.pick(&set.name).to_owned()}</h2>
            <p class="hint">{basis_line} ": " {summary_line}</p>
            <p class="hint">{t.intro}</p>
            <TextField
                id="sc-as-of".to_owned()
                label=t.as_of
                hint=t.as_of_hint
                inputmode="numeric"
                value=as_of_text
                error=as_of_error
                on_input=on_as_of
            />
            <p class="sc-summary" data-testid="scorecard-summary" aria-live="polite">
                {summary} " " {as_of_line}
            </p>
            <ol class="indicators" aria-label=t.list_label>{rows}</ol>
        </section>
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Counts,
    Rate,
}

#[component]
fn IndicatorRow(
    index: usize,
    indicator: Indicator,
    card: Memo<Option<Scorecard>>,
) -> impl IntoView {
    let lang = use_lang();
    let t = use_lang().scorecard();
    let state = expect_context::<HistoryState>();
    let id = indicator.id.clone();
    let stored = card.get_untracked().and_then(|c| c.get(&id).cloned());
    let mode = RwSignal::new(match stored.as_ref().map(|e| e.value) {
        Some(IndicatorValue::Rate { .. }) => Mode::Rate,
        _ => Mode::Counts,
    });
    let (conforming0, all0, rate0) = match stored.as_ref().map(|e| e.value) {
        Some(IndicatorValue::Ratio { ratio }) => (
            format_count(ratio.conforming().get()),
            format_count(ratio.all().get()),
            String::new(),
        ),
        Some(IndicatorValue::Rate { rate }) => (String::new(), String::new(), rate.to_vi_number()),
        None => (String::new(), String::new(), String::new()),
    };
    let conforming = RwSignal::new(conforming0);
    let all = RwSignal::new(all0);
    let rate = RwSignal::new(rate0);
    let note = RwSignal::new(stored.map(|e| e.note).unwrap_or_default());
    let conforming_error = RwSignal::new(None::<FigureError>);
    let all_error = RwSignal::new(None::<FigureError>);
    let rate_error = RwSignal::new(None::<FigureError>);

    let entry = {
        let id = id.clone();
        Memo::new(move |_| card.with(|c| c.as_ref().and_then(|c| c.get(&id).cloned())))
    };

    // Stores `value` (with the note), or removes the figure when `None`.
    let store = {
        let id = id.clone();
        move |value: Option<IndicatorValue>| {
            let id = id.clone();
            update_card(state, move |c| match value {
                Some(value) => {
                    let entry = ScorecardEntry {
                        indicator: id,
                        value,
                        note: note.get_untracked().trim().to_owned(),
                    };
                    if c.get(&entry.indicator) != Some(&entry) {
                        c.set_entry(entry);
                    }
                }
                None => {
                    c.remove(&id);
                }
            });
        }
    };

    let on_counts = {
        let store = store.clone();
        move || match read_ratio(&conforming.get_untracked(), &all.get_untracked()) {
            Ok(value) => {
                conforming_error.set(None);
                all_error.set(None);
                store(value);
            }
            Err(errors) => {
                conforming_error.set(errors.conforming);
                all_error.set(errors.all);
            }
        }
    };
    let on_rate = {
        let store = store.clone();
        move || match read_rate(&rate.get_untracked()) {
            Ok(value) => {
                rate_error.set(None);
                store(value);
            }
            Err(e) => rate_error.set(Some(e)),
        }
    };
    let on_note = {
        let id = id.clone();
        move || {
            let id = id.clone();
            let text = note.get_untracked().trim().to_owned();
            update_card(state, move |c| {
                if let Some(mut entry) = c.get(&id).cloned() {
                    if entry.note != text {
                        entry.note = text;
                        c.set_entry(entry);
                    }
                }
            });
        }
    };
    let on_clear = {
        let store = store.clone();
        move |_| {
            conforming.set(String::new());
            all.set(String::new());
            rate.set(String::new());
            note.set(String::new());
            conforming_error.set(None);
            all_error.set(None);
            rate_error.set(None);
            store(None);
        }
    };

    let result = {
        let indicator = indicator.clone();
        Memo::new(move |_| entry.with(|e| e.as_ref().map(|e| evaluate(&indicator, &e.value))))
    };
    let met = move || result.with(|r| r.as_ref().and_then(|r| r.met));
    let data_met = move || match met() {
        Some(true) => "true",
        Some(false) => "false",
        None => "",
    };
    let status = move || match met() {
        Some(true) => t.met,
        Some(false) => t.not_met,
        None => t.not_entered,
    };
    let rate_shown = move || {
        result
            .with(|r| r.as_ref().and_then(|r| r.rate_text.clone()))
            .unwrap_or_else(|| "—".to_owned())
    };
    let gap = {
        let id = id.clone();
        move || {
            result
                .with(|r| r.as_ref().map(|r| gap_text(lang, r.gap, &id)))
                .unwrap_or_default()
        }
    };
    let stale = move || {
        let wrong = match mode.get() {
            Mode::Counts => conforming_error.get().is_some() || all_error.get().is_some(),
            Mode::Rate => rate_error.get().is_some(),
        };
        (wrong && entry.with(Option::is_some)).then(|| view! { <p class="hint">{t.stale}</p> })
    };

    let target = if indicator.target.is_full() {
        format!("{}: {}", t.target, indicator.target)
    } else {
        format!("{}: {} {}", t.target, t.target_min, indicator.target)
    };
    let heading_id = format!("sc-{id}-h");
    let mode_name = format!("sc-{id}-mode");
    let counts_id = format!("sc-{id}-mode-counts");
    let rate_id = format!("sc-{id}-mode-rate");
    let fields = {
        let id = id.clone();
        move || match mode.get() {
            Mode::Counts => view! {
                    <TextField
                        id=format!("sc-{id}-conforming")
                        label=t.conforming
                        inputmode="numeric"
                        value=conforming
                        error=conforming_error
                        on_input=on_counts.clone()
                    />
                    <TextField
                        id=format!("sc-{id}-all")
                        label=t.all
                        inputmode="numeric"
                        value=all
                        error=all_error
                        on_input=on_counts.clone()
                    />
            }
            .into_any(),
            Mode::Rate => view! {
                    <TextField
                        id=format!("sc-{id}-rate")
                        label=t.rate
                        hint=t.rate_hint
                        inputmode="decimal"
                        value=rate
                        error=rate_error
                        on_input=on_rate.clone()
                    />
            }
            .into_any(),
        }
    };

    view! {
        <li
            class="tier indicator"
            class:met=move || met() == Some(true)
            class:unjudged=move || met().is_none()
            data-testid=format!("indicator-{id}")
            data-met=data_met
            aria-labelledby=heading_id.clone()
        >
            <div class="tier-head">
                <h3 class="tier-name" id=heading_id.clone()>{format!("{}. {}", index + 1, lang.pick(&indicator.name))}</h3>
            </div>
            <p class="requirement">{target}</p>
            <fieldset class="sc-mode">
                <legend>{t.mode}</legend>
                <span class="check-inline">
                    <input
                        type="radio"
                        id=counts_id.clone()
                        name=mode_name.clone()
                        value="counts"
                        prop:checked=move || mode.get() == Mode::Counts
                        on:change=move |_| mode.set(Mode::Counts)
                    />
                    <label for=counts_id>{t.mode_counts}</label>
                </span>
                <span class="check-inline">
                    <input
                        type="radio"
                        id=rate_id.clone()
                        name=mode_name
                        value="rate"
                        prop:checked=move || mode.get() == Mode::Rate
                        on:change=move |_| mode.set(Mode::Rate)
                    />
                    <label for=rate_id>{t.mode_rate}</label>
                </span>
            </fieldset>
            <div class="sc-inputs">
                {fields}
                <TextField
                    id=format!("sc-{id}-note")
                    label=t.note
                    inputmode="text"
                    value=note
                    error=RwSignal::new(None)
                    on_input=on_note
                />
            </div>
            <div class="sc-foot">
                <div class="sc-result" aria-live="polite">
                    <p class="sc-verdict">
                        <span class="figure-label">{t.result} ": "</span>
                        <strong class="sc-rate" data-testid=format!("rate-{id}")>{rate_shown}</strong>
                        " "
                        <span class="status" data-testid=format!("status-{id}")>{status}</span>
                    </p>
                    <p class="sc-gap" data-testid=format!("gap-{id}")>{gap}</p>
                    {stale}
                </div>
                <button type="button" class="sc-clear" data-testid=format!("clear-{id}") on:click=on_clear>
                    {t.clear}
                </button>
            </div>
        </li>
    }
}
