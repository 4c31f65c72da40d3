//! The shells of the calculator, table and history pages (the share page, `share.rs`, has its
//! own): header with views and language, storage notices, shared state.

use super::history::{HistoryState, HistoryView};
use super::i18n::Lang;
use super::route::{nav, Link, Page, Route};
use super::table::{OpenConfirm, OpenRequest, TableState, TableView};
use crate::core::rules::presets;
use crate::core::rules::rule_set::RuleSet;
use crate::core::stored::history_record::HistoryRecord;
use crate::core::stored::record::{decode_rule_sets, CommuneRecord, RuleSetsRecord, TableRecord};
use crate::storage::{self, Key, Loaded, Notice};
use crate::ui::calculator::{Calculator, CommuneState};
use crate::ui::rule_sets::book::RuleBook;
use crate::ui::rule_sets::view::RuleSetsView;
use crate::ui::widgets::notices::{report, Notices};
use crate::ui::widgets::safari_note::SafariNote;
use leptos::prelude::*;

/// Writes the rule sets back to storage.
type SaveRuleSets = fn(&RuleSetsRecord) -> Result<Option<Notice>, Notice>;

/// State both pages share: language, notices and the rule sets. Only the page that edits
/// rule sets (`save_rule_sets`) writes them back.
fn shared(
    lang: Lang,
    rule_sets: Loaded<RuleSetsRecord>,
    hosted: Vec<RuleSet>,
    other: &[Notice],
    presets: fn() -> Vec<RuleSet>,
    save_rule_sets: Option<SaveRuleSets>,
) -> (RwSignal<Lang>, RwSignal<Vec<Notice>>, RuleBook) {
    let lang = RwSignal::new(lang);
    provide_context(lang);
    let mut all = Vec::new();
    for notice in other.iter().chain(&rule_sets.notices) {
        if !all.contains(notice) {
            all.push(notice.clone());
        }
    }
    let notices = RwSignal::new(all);
    let book = RuleBook::new(rule_sets.value, presets, hosted);
    provide_context(book);
    let reread = move || {
        if let Some(record) = storage::reread(Key::RuleSets, decode_rule_sets) {
            book.take_in(record);
        }
    };
    // Another tab's edit is taken in without reloading the page.
    storage::on_change(Key::RuleSets, reread);
    if let (Some(save), true) = (save_rule_sets, rule_sets.writable) {
        let last = StoredValue::new(book.record_untracked());
        Effect::new(move |_| {
            let record = book.record();
            // Unchanged, or just taken in from another tab: nothing to write.
            if last.with_value(|l| *l != record) {
                last.set_value(record.clone());
                let saved = save(&record);
                if saved == Err(Notice::Overtaken) {
                    // The newer sets win; this page's last change is said to be lost.
                    reread();
                }
                report(notices, saved);
            }
        });
    }
    Effect::new(move |_| {
        let code = lang.get().code();
        storage::save_lang(code);
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", code);
        }
    });
    (lang, notices, book)
}

#[component]
pub fn CalculatorApp(
    commune: Loaded<CommuneRecord>,
    rule_sets: Loaded<RuleSetsRecord>,
    /// The host's rule sets (`rule-sets.json`).
    hosted: Vec<RuleSet>,
    lang: Lang,
) -> impl IntoView {
    let (lang, notices, book) = shared(
        lang,
        rule_sets,
        hosted,
        &commune.notices,
        presets::tiered,
        None,
    );
    provide_context(CommuneState::new(
        commune.value,
        commune.writable,
        notices,
        book,
    ));
    let view = RwSignal::new(Route::Calculator);
    shell(
        const { &nav(Page::Calculator) },
        lang,
        view,
        notices,
        || view! { <Calculator/> }.into_any(),
    )
}

#[component]
pub fn TableApp(
    table: Loaded<TableRecord>,
    rule_sets: Loaded<RuleSetsRecord>,
    hosted: Vec<RuleSet>,
    lang: Lang,
) -> impl IntoView {
    let (lang, notices, _) = shared(
        lang,
        rule_sets,
        hosted,
        &table.notices,
        presets::all,
        Some(|r| storage::save_doc(Key::RuleSets, r)),
    );
    provide_context(TableState::new(
        table.value.map(|t| t.units).unwrap_or_default(),
        table.writable,
        notices,
    ));
    provide_context(OpenRequest::new());
    let view = RwSignal::new(Route::current(Page::Table));
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        view.set(Route::current(Page::Table))
    });
    shell(
        const { &nav(Page::Table) },
        lang,
        view,
        notices,
        move || match view.get() {
            Route::RuleSets => view! { <RuleSetsView/> }.into_any(),
            _ => view! { <SafariNote backup_href="#backup-h"/> <TableView/> <OpenConfirm/> }
                .into_any(),
        },
    )
}

#[component]
pub fn HistoryApp(
    history: Loaded<HistoryRecord>,
    rule_sets: Loaded<RuleSetsRecord>,
    hosted: Vec<RuleSet>,
    lang: Lang,
) -> impl IntoView {
    let (lang, notices, _) = shared(
        lang,
        rule_sets,
        hosted,
        &history.notices,
        presets::all,
        None,
    );
    provide_context(HistoryState::new(history.value, history.writable, notices));
    let view = RwSignal::new(Route::History);
    shell(const { &nav(Page::History) }, lang, view, notices, || {
        view! { <SafariNote backup_href="../bang/#backup-h"/> <HistoryView/> }.into_any()
    })
}

/// Header, notices, the current view and the footer. Switching language rebuilds it all
/// from the state above, which outlives it.
fn shell(
    links: &'static [Link; 4],
    lang: RwSignal<Lang>,
    view: RwSignal<Route>,
    notices: RwSignal<Vec<Notice>>,
    content: impl Fn() -> AnyView + Clone + Send + Sync + 'static,
) -> impl IntoView {
    move || {
        let l = lang.get();
        let s = l.common();
        let tabs = links
            .iter()
            .map(|link| {
                let target = link.route;
                let label = match target {
                    Route::Calculator => s.nav_calculator,
                    Route::Table => s.nav_table,
                    Route::RuleSets => s.nav_rule_sets,
                    _ => s.nav_history,
                };
                view! {
                    <a
                        href=link.href
                        class="tab"
                        aria-current=move || (view.get() == target).then_some("page")
                        data-testid=format!("nav-{}", link.slug)
                    >
                        {label}
                    </a>
                }
            })
            .collect_view();
        let content = content.clone();
        view! {
            <header class="top">
                <div class="top-inner">
                    <div>
                        <h1>{s.app_title}</h1>
                        <p class="tagline">{s.app_tagline}</p>
                    </div>
                    <button
                        type="button"
                        class="lang"
                        data-testid="lang-switch"
                        lang=l.other().code()
                        on:click=move |_| {
                            lang.update(|l| *l = l.other());
                            focus_lang_switch();
                        }
                    >
                        {s.switch_to}
                    </button>
                </div>
                <nav class="tabs" aria-label=s.nav_label>{tabs}</nav>
            </header>
            <main id="main">
                <Notices notices/>
                {content}
            </main>
            <footer class="bottom">
                <p>{s.privacy}</p>
            </footer>
        }
        .into_any()
    }
}

/// Keeps keyboard focus on the language button after the page is rebuilt around it.
fn focus_lang_switch() {
    leptos::task::spawn_local(async {
        if let Some(el) = document()
            .query_selector("[data-testid=lang-switch]")
            .ok()
            .flatten()
        {
            use wasm_bindgen::JsCast;
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}
