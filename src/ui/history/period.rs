//! The measurement period of the unit shown (QĐ 817/QĐ-UBND, docs/sources.md: 01/12 of the
//! year before to 30/11; a calendar year; or any from–to) with the assessment date, and the rule set whose
//! thresholds the page judges by.

use super::state::HistoryState;
use crate::core::history::calendar::{parse_date, Date, DateError};
use crate::core::history::period::Period;
use crate::core::history::period::{parse_period_year, PeriodError};
use crate::ui::i18n::history::{date_error, period_error};
use crate::ui::i18n::use_lang;
use crate::ui::rule_sets::book::RuleBook;
use crate::ui::widgets::field::Field;
use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Qd817,
    Calendar,
    Custom,
}

impl Kind {
    fn slug(self) -> &'static str {
        match self {
            Kind::Qd817 => "qd817",
            Kind::Calendar => "calendar",
            Kind::Custom => "custom",
        }
    }

    fn from_slug(slug: &str) -> Kind {
        match slug {
            "calendar" => Kind::Calendar,
            "custom" => Kind::Custom,
            _ => Kind::Qd817,
        }
    }

    /// How a stored period reads back into the form.
    fn of(period: &Period) -> (Kind, u16) {
        let year = period.to().year();
        let is = |p: Result<Period, _>| {
            p.is_ok_and(|p: Period| p.from() == period.from() && p.to() == period.to())
        };
        if is(Period::qd817_year(year)) {
            (Kind::Qd817, year)
        } else if is(Period::calendar_year(year)) {
            (Kind::Calendar, year)
        } else {
            (Kind::Custom, year)
        }
    }
}

fn optional_date(text: &str) -> Result<Option<Date>, DateError> {
    if text.trim().is_empty() {
        Ok(None)
    } else {
        parse_date(text).map(Some)
    }
}

/// Which field an error belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum PeriodField {
    Year,
    From,
    To,
    Assessment,
}

#[component]
pub fn PeriodPanel(rule_set: RwSignal<String>) -> impl IntoView {
    let t = use_lang().history();
    let lang = use_lang();
    let state = expect_context::<HistoryState>();
    let book = expect_context::<RuleBook>();
    let stored = state.with_unit(|u| u.period).flatten();
    let (kind0, year0) = stored.as_ref().map_or((Kind::Qd817, 0), Kind::of);
    let kind = RwSignal::new(kind0);
    let year = RwSignal::new(if year0 == 0 {
        String::new()
    } else {
        year0.to_string()
    });
    let from = RwSignal::new(stored.map(|p| p.from().numeric()).unwrap_or_default());
    let to = RwSignal::new(stored.map(|p| p.to().numeric()).unwrap_or_default());
    let assessment = RwSignal::new(
        stored
            .and_then(|p| p.assessment())
            .map(|d| d.numeric())
            .unwrap_or_default(),
    );
    let error = RwSignal::new(None::<(PeriodField, &'static str)>);
    let apply = move || {
        let assessment = match optional_date(&assessment.get_untracked()) {
            Ok(d) => d,
            Err(e) => {
                return error.set(Some((PeriodField::Assessment, date_error(lang, e, false))))
            }
        };
        let period = match kind.get_untracked() {
            Kind::Qd817 | Kind::Calendar => {
                let y = match parse_period_year(&year.get_untracked()) {
                    Ok(y) => y,
                    Err(PeriodError::Date(DateError::Empty)) => return error.set(None),
                    Err(e) => return error.set(Some((PeriodField::Year, period_error(lang, e)))),
                };
                if kind.get_untracked() == Kind::Qd817 {
                    Period::qd817_year(y)
                } else {
                    Period::calendar_year(y)
                }
                .map_err(|e| (PeriodField::Year, period_error(lang, e)))
            }
            Kind::Custom => {
                let (f, t) = (from.get_untracked(), to.get_untracked());
                if f.trim().is_empty() && t.trim().is_empty() {
                    return error.set(None);
                }
                let f = match parse_date(&f) {
                    Ok(d) => d,
                    Err(e) => {
                        return error.set(Some((PeriodField::From, date_error(lang, e, false))))
                    }
                };
                let t = match parse_date(&t) {
                    Ok(d) => d,
                    Err(e) => {
                        return error.set(Some((PeriodField::To, date_error(lang, e, false))))
                    }
                };
                Period::new(f, t).map_err(|e| (PeriodField::To, period_error(lang, e)))
            }
        };
        match period.and_then(|p| {
            p.with_assessment(assessment)
                .map_err(|e| (PeriodField::Assessment, period_error(lang, e)))
        }) {
            Ok(p) => {
                error.set(None);
                state.update_unit(|u| u.period = Some(p));
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let field = move |which: PeriodField,
                      id: &'static str,
                      label: &'static str,
                      value: RwSignal<String>,
                      hint: &'static str| {
        let message = move || error.get().filter(|(f, _)| *f == which).map(|(_, m)| m);
        view! {
            <Field
                id=id
                name=id
                label=label
                hint=Some(hint.to_owned())
                inputmode="numeric"
                value=value
                error=message
                on_input=move |_| apply()
            />
        }
    };
    let rule_options = move || {
        let current = rule_set.get();
        book.all()
            .into_iter()
            .filter(|s| !s.online_thresholds(None).is_empty())
            .map(|s| {
                let selected = s.id == current;
                view! { <option value=s.id.clone() selected=selected>{lang.pick(&s.name).to_owned()}</option> }
            })
            .collect_view()
    };
    let kind_option = move |k: Kind, label: &'static str| {
        view! { <option value=k.slug() selected=move || kind.get() == k>{label}</option> }
    };
    view! {
        <section class="panel" aria-labelledby="period-h">
            <h2 id="period-h">{t.period_heading}</h2>
            <div class="grid-fields">
                <div class="field">
                    <label for="period_kind">{t.period_kind}</label>
                    <select
                        id="period_kind"
                        name="period_kind"
                        on:change=move |ev| {
                            kind.set(Kind::from_slug(&event_target_value(&ev)));
                            apply();
                        }
                    >
                        {kind_option(Kind::Qd817, t.period_qd817)}
                        {kind_option(Kind::Calendar, t.period_calendar)}
                        {kind_option(Kind::Custom, t.period_custom)}
                    </select>
                </div>
                {move || match kind.get() {
                    Kind::Custom => view! {
                        {field(PeriodField::From, "period_from", t.period_from, from, t.date_hint)}
                        {field(PeriodField::To, "period_to", t.period_to, to, t.date_hint)}
                    }
                    .into_any(),
                    _ => field(PeriodField::Year, "period_year", t.period_year, year, "2024").into_any(),
                }}
                {field(PeriodField::Assessment, "assessment_date", t.assessment_date, assessment, t.date_hint)}
                <div class="field">
                    <label for="history_rule_set">{t.rule_set}</label>
                    <select
                        id="history_rule_set"
                        name="history_rule_set"
                        on:change=move |ev| rule_set.set(event_target_value(&ev))
                    >
                        {rule_options}
                    </select>
                </div>
            </div>
            <p class="hint" data-testid="period-text">
                {move || {
                    state
                        .with_unit(|u| u.period)
                        .flatten()
                        .map(|p| {
                            let mut text = format!("{} – {}", p.from().numeric(), p.to().numeric());
                            if let Some(a) = p.assessment() {
                                text.push_str(&format!(" · {} {}", t.assessment_date, a.numeric()));
                            }
                            text
                        })
                }}
            </p>
        </section>
    }
}
