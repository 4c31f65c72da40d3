//! Rule sets that travel: a set's file downloaded from its card, and a file of sets (the
//! province's, or one downloaded on another device) opened, previewed and added.

use super::book::RuleBook;
use super::view::threshold_lines;
use crate::core::rules::rule_set::RuleSet;
use crate::core::stored::rule_set_file::{self, differences, FileError, MAX_BYTES};
use crate::ui::i18n::{self, use_lang};
use crate::ui::widgets::download::{download, read_chosen_bytes};
use crate::ui::widgets::link_panel::{forget_opened, link_here, opened_with};
use crate::ui::widgets::user_text::bdi;
use leptos::prelude::*;

/// Downloads the set `id` as a rule-set file named after it.
pub fn export(book: RuleBook, id: &str) {
    let set = book.find(id);
    download(
        &format!("{}.json", set.id),
        "application/json",
        &rule_set_file::write(&[set]),
    );
}

/// The hash of a link that opens `id`'s set on another device, or `None` when the set is
/// too large for a link.
pub fn link_to(book: RuleBook, id: &str) -> Option<String> {
    let set = book.find(id);
    link_here(LINK_HASH, &rule_set_file::link(&[set])?)
}

/// What a rule-set link's hash starts with, before the fragment.
const LINK_HASH: &str = "#/tieu-chi/";

/// Forgets the link the page was opened with, so that a reload does not offer it again.
fn forget_link() {
    forget_opened(LINK_HASH, "#/tieu-chi");
}

/// What a set in a file would do here.
fn outcome_text(book: RuleBook, set: &RuleSet, lang: crate::ui::i18n::Lang) -> String {
    let t = lang.table();
    let all = book.all();
    if all.iter().any(|s| s == set) {
        return t.set_same.to_owned();
    }
    match all.iter().find(|s| s.id == set.id) {
        Some(here) => {
            let words: Vec<&str> = differences(here, set)
                .into_iter()
                .map(|d| i18n::table::difference(lang, d))
                .collect();
            format!("{}{}{}", t.set_differs, words.join(", "), t.set_differs_end)
        }
        None => t.set_new.to_owned(),
    }
}

#[component]
pub fn RuleSetImport() -> impl IntoView {
    let lang = use_lang();
    let book = expect_context::<RuleBook>();
    let t = lang.table();
    // A rule-set link opened here is previewed as a file would be.
    let incoming = RwSignal::new(opened_with(LINK_HASH).map(|f| rule_set_file::read_link(&f)));
    let done = RwSignal::new(None::<(usize, usize)>);
    let on_file = move |ev: leptos::ev::Event| {
        done.set(None);
        read_chosen_bytes(&ev, MAX_BYTES as f64, move |_, _, bytes| {
            let read = match bytes {
                None => Err(FileError::TooLarge),
                Some(bytes) => String::from_utf8(bytes)
                    .map_err(|_| FileError::NotJson)
                    .and_then(|text| rule_set_file::read(&text)),
            };
            incoming.set(Some(read));
        });
    };
    let confirm = move |_| {
        if let Some(Ok(sets)) = incoming.get_untracked() {
            done.set(Some(book.add_imported(sets)));
        }
        incoming.set(None);
        forget_link();
    };
    let preview = move || {
        let lang = lang;
        incoming.get().map(|read| match read {
            Err(e) => view! {
                <p class="error" role="alert" data-testid="rule-set-import-error">
                    {i18n::table::rule_set_file_error(lang, &e)}
                </p>
            }
            .into_any(),
            Ok(sets) => {
                let items = sets
                    .iter()
                    .map(|set| {
                        let basis = &set.legal_basis;
                        let source = format!("{} {} — {}", basis.document, basis.date.numeric(), basis.issuer.vi);
                        let lines = threshold_lines(set, lang);
                        view! {
                            <li class="ruleset-card" data-testid="rule-set-incoming" data-id=set.id.clone()>
                                <div class="tier-head">
                                    <span class="tier-name">{bdi(lang.pick(&set.name).to_owned())}</span>
                                </div>
                                <p class="hint">{lang.pick(&set.period).to_owned()}</p>
                                <p class="basis">{t.legal_basis} ": " {source}</p>
                                <ul class="plain">{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                                <p class="note" data-testid="rule-set-incoming-outcome">{outcome_text(book, set, lang)}</p>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="preview incoming" data-testid="rule-set-preview">
                    <h3>{t.import_sets_heading}</h3>
                    <ul class="ruleset-list">{items}</ul>
                    <div class="toolbar">
                        <button type="button" class="primary" data-testid="rule-set-import-confirm" on:click=confirm>
                            {t.import_sets_confirm}
                        </button>
                        <button type="button" data-testid="rule-set-import-cancel" on:click=move |_| {
                            incoming.set(None);
                            forget_link();
                        }>
                            {t.cancel}
                        </button>
                    </div>
                    </div>
                }
                .into_any()
            }
        })
    };
    view! {
        <div class="toolbar">
            <label class="file-label">
                {t.rule_set_file}
                <input
                    type="file"
                    name="rule_set_file"
                    accept=".json,application/json"
                    aria-describedby="rule-set-file-hint"
                    on:change=on_file
                />
            </label>
        </div>
        <p class="hint" id="rule-set-file-hint">{t.rule_set_file_hint}</p>
        {preview}
        {move || {
            done.get()
                .map(|(added, skipped)| {
                    view! {
                        <p class="saved" role="status" data-testid="rule-set-import-done">
                            {i18n::table::sets_added(lang, added, skipped)}
                        </p>
                    }
                })
        }}
    }
}
