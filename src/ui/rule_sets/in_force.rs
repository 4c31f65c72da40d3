//! The rule set in force and the document it comes from.

use crate::core::rules::rule_set::RuleSet;
use crate::ui::i18n::calculator::legal_source;
use crate::ui::i18n::use_lang;
use leptos::prelude::*;

#[component]
pub fn RuleSetInfo(rules: Signal<RuleSet>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="ruleset" aria-labelledby="ruleset-h" data-testid="rule-set">
            <h2 id="ruleset-h">{lang.calculator().rule_set_heading}</h2>
            {move || {
                let lang = lang;
                rules
                    .with(|r| {
                        let basis = &r.legal_basis;
                        let source = legal_source(lang, basis);
                        view! {
                            <p class="ruleset-name">
                                <strong>{crate::ui::widgets::user_text::bdi(lang.pick(&r.name).to_owned())}</strong>
                                " · "
                                {lang.pick(&r.period).to_owned()}
                            </p>
                            <p class="basis">
                                {lang.calculator().legal_basis} ": " {source}
                            </p>
                            <p class="summary">{lang.pick(&basis.summary).to_owned()}</p>
                        }
                    })
            }}
        </section>
    }
}
