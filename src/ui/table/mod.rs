//! The table of units: state shared with the rest of the app, and the view.

mod backup;
mod exports;
mod groups;
mod import;
mod open_confirm;
mod row;
mod share;

use crate::core::num::number_vi::format_count;
use crate::core::stored::record::{decode_doc, TableRecord};
use crate::core::table::evaluate::{evaluate, rate_value, Status};
use crate::core::table::unit::Unit;
use crate::storage::{self, Key, Notice};
use crate::ui::i18n::use_lang;
use crate::ui::rule_sets::book::RuleBook;
use crate::ui::widgets::notices::report;
use backup::BackupPanel;
use exports::ExportButtons;
use groups::{GroupVerdicts, Ranking};
use import::ImportPanel;
use leptos::prelude::*;
pub use open_confirm::{OpenConfirm, OpenRequest};
use row::UnitRow;
use share::TableShare;

/// Rows shown per page; the table stays fast at 10.000 rows.
pub const PAGE_SIZE: usize = 100;

/// One row: a stable id for keyed rendering and its own signal, so that editing one row
/// re-renders that row only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub id: u64,
    pub unit: RwSignal<Unit>,
}

#[derive(Debug, Clone, Copy)]
pub struct TableState {
    pub rows: RwSignal<Vec<Row>>,
    /// Every row's unit in order, gathered once per change for all that read the whole table
    /// (verdicts, ranking, saving), rather than copied by each.
    all: Memo<Vec<Unit>>,
    /// Changes once `all` has changed and the change is drawn: what reads the whole table and
    /// is not the rows themselves (district verdicts, the ranking) follows it, in a task of
    /// its own, so that confirming or editing a large table never waits for them.
    settled: RwSignal<u64>,
    next_id: StoredValue<u64>,
    /// Rows made later (imports, additions, in event handlers) belong to the table itself,
    /// not to whatever view happened to be running, so no re-render can dispose of them.
    owner: StoredValue<Owner>,
}

impl TableState {
    pub fn new(units: Vec<Unit>, writable: bool, notices: RwSignal<Vec<Notice>>) -> TableState {
        let rows = RwSignal::new(Vec::<Row>::new());
        let state = TableState {
            rows,
            // Never compared with the last value: a change of any row is a change.
            all: Memo::new_with_compare(
                move |_| rows.with(|rows| rows.iter().map(|r| r.unit.get()).collect()),
                |_, _| true,
            ),
            settled: RwSignal::new(0),
            next_id: StoredValue::new(1),
            owner: StoredValue::new(Owner::current().unwrap_or_default()),
        };
        state.rows.set(state.make_rows(units));
        // The first run is the table as loaded: its readers are already up to date.
        Effect::new(move |seen: Option<()>| {
            state.all.track();
            if seen.is_some() {
                set_timeout(
                    move || state.settled.update(|n| *n += 1),
                    std::time::Duration::ZERO,
                );
            }
        });
        if !writable {
            return state;
        }
        // What is stored, as far as this page knows.
        let last = StoredValue::new(state.rows.with_untracked(|rows| {
            rows.iter()
                .map(|r| r.unit.get_untracked())
                .collect::<Vec<_>>()
        }));
        let take_in = move || {
            if let Some(record) = storage::reread(Key::Table, decode_doc::<TableRecord>) {
                last.set_value(record.units.clone());
                state.take_in(record.units);
            }
        };
        // Another tab's save is taken in without reloading the page: what is typed here
        // (an import not yet confirmed, an open row editor) stays.
        storage::on_change(Key::Table, take_in);
        // Saving a large table (writing megabytes) is a task of its own, right after the
        // change is drawn, so that a delete or an edit never waits for it; changes made
        // before it runs are saved together.
        let save_due = StoredValue::new(false);
        let save = move || {
            save_due.set_value(false);
            let Some(units) = state.all.try_get_untracked() else {
                return;
            };
            if last.with_value(|l| *l == units) {
                return;
            }
            let record = TableRecord { units };
            let saved = storage::save(Key::Table, &record);
            last.set_value(record.units);
            if saved == Err(Notice::Overtaken) {
                // Another tab saved first: its table is shown, and the change made here is
                // said to be lost rather than written over it.
                take_in();
            }
            report(notices, saved);
        };
        // A page closed or left in that moment still saves.
        let _ = window_event_listener(leptos::ev::pagehide, move |_| {
            if save_due.get_value() {
                save();
            }
        });
        Effect::new(move |_| {
            state.all.track();
            if !save_due.get_value() {
                save_due.set_value(true);
                set_timeout(save, std::time::Duration::ZERO);
            }
        });
        state
    }

    /// Shows the units another tab stored. Rows whose unit is unchanged, or still has its
    /// name, keep their identity (an open editor stays open on its unit); others come and go.
    pub fn take_in(&self, units: Vec<Unit>) {
        use std::collections::HashMap;
        let old = self.rows.get_untracked();
        let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, row) in old.iter().enumerate().rev() {
            let name = row.unit.with_untracked(|u| u.name.clone());
            by_name.entry(name).or_default().push(i);
        }
        let mut rows = Vec::with_capacity(units.len());
        let mut same = old.len() == units.len();
        for (i, unit) in units.into_iter().enumerate() {
            match by_name.get_mut(&unit.name).and_then(|rows| rows.pop()) {
                Some(j) => {
                    let row = old[j];
                    same &= i == j;
                    if row.unit.with_untracked(|u| *u != unit) {
                        row.unit.set(unit);
                    }
                    rows.push(row);
                }
                None => {
                    same = false;
                    rows.extend(self.make_rows(vec![unit]));
                }
            }
        }
        if !same {
            self.rows.set(rows);
        }
    }

    fn make_rows(&self, units: Vec<Unit>) -> Vec<Row> {
        units
            .into_iter()
            .map(|unit| {
                let id = self.next_id.get_value();
                self.next_id.set_value(id + 1);
                let unit = self
                    .owner
                    .with_value(|owner| owner.with(|| RwSignal::new(unit)));
                Row { id, unit }
            })
            .collect()
    }

    pub fn units(&self) -> Vec<Unit> {
        self.all.get()
    }

    /// Runs `f` on every unit in order, without copying them.
    pub fn with_units<R>(&self, f: impl FnOnce(&[Unit]) -> R) -> R {
        self.all.with(|units| f(units))
    }

    /// As [`TableState::with_units`], for readers that may follow a change a task later
    /// (see `settled`).
    pub fn with_settled_units<R>(&self, f: impl FnOnce(&[Unit]) -> R) -> R {
        self.settled.track();
        self.all.with_untracked(|units| f(units))
    }

    pub fn append(&self, units: Vec<Unit>) {
        let new_rows = self.make_rows(units);
        self.rows.update(|rows| rows.extend(new_rows));
    }

    pub fn replace(&self, units: Vec<Unit>) {
        let new_rows = self.make_rows(units);
        self.rows.set(new_rows);
    }

    /// Adds an empty row at the top and returns its id.
    pub fn add_blank(&self, name: &str) -> u64 {
        let row = self.make_rows(vec![Unit::named(name)]).remove(0);
        self.rows.update(|rows| rows.insert(0, row));
        row.id
    }

    pub fn remove(&self, id: u64) -> Option<(usize, Unit)> {
        let mut removed = None;
        self.rows.update(|rows| {
            if let Some(i) = rows.iter().position(|r| r.id == id) {
                let row = rows.remove(i);
                removed = Some((i, row.unit.get_untracked()));
            }
        });
        removed
    }

    pub fn restore(&self, index: usize, unit: Unit) {
        let row = self.make_rows(vec![unit]).remove(0);
        self.rows
            .update(|rows| rows.insert(index.min(rows.len()), row));
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Original,
    Name,
    Group,
    Rate,
    Status,
}

#[component]
pub fn TableView() -> impl IntoView {
    let lang = use_lang();
    let book = expect_context::<RuleBook>();
    let state = expect_context::<TableState>();
    let t = lang.table();
    let rules = Memo::new(move |_| book.active_set());
    let sort = RwSignal::new((SortKey::Original, false));
    let failing_only = RwSignal::new(false);
    let page = RwSignal::new(0usize);
    let editing = RwSignal::new(None::<u64>);
    let undo = RwSignal::new(None::<(usize, Unit)>);

    // Filter and sort over all rows; the keyed list below keeps untouched rows as they are.
    // Rows are ordered by index into the gathered units: nothing is copied but the order.
    let ordered = Memo::new(move |_| {
        let rules = rules.get();
        let (key, descending) = sort.get();
        let failing = failing_only.get();
        state.rows.with(|rows| {
            state.with_units(|units| {
                let status = |u: &Unit| evaluate(u, &rules).status;
                let mut order: Vec<usize> = (0..rows.len().min(units.len()))
                    .filter(|&i| !failing || status(&units[i]) == Status::Fail)
                    .collect();
                match key {
                    SortKey::Original => {}
                    // Cached keys: one lowercase name or one verdict per row, not one per
                    // comparison.
                    SortKey::Name => order.sort_by_cached_key(|&i| units[i].name.to_lowercase()),
                    SortKey::Group => order.sort_by(|&a, &b| units[a].group.cmp(&units[b].group)),
                    SortKey::Rate => order.sort_by_cached_key(|&i| rate_value(&units[i].figures)),
                    SortKey::Status => order.sort_by_cached_key(|&i| match status(&units[i]) {
                        Status::Fail => 0,
                        Status::Unknown => 1,
                        Status::Pass => 2,
                    }),
                }
                if descending {
                    order.reverse();
                }
                order.into_iter().map(|i| rows[i]).collect::<Vec<Row>>()
            })
        })
    });
    let pages = move || ordered.with(|o| o.len().div_ceil(PAGE_SIZE).max(1));
    // Named, not written in the view: a `>` there would end the button's tag.
    let on_last_page = move || page.get() + 1 >= pages();
    let shown = move || {
        let p = page.get().min(pages() - 1);
        ordered.with(|o| {
            o.iter()
                .skip(p * PAGE_SIZE)
                .take(PAGE_SIZE)
                .copied()
                .collect::<Vec<_>>()
        })
    };
    let sort_button = move |key: SortKey, label: &'static str| {
        let pressed = move || sort.get().0 == key;
        view! {
            <button
                type="button"
                class="sort"
                aria-pressed=move || if pressed() { "true" } else { "false" }
                data-testid=format!("sort-{key:?}").to_lowercase()
                on:click=move |_| {
                    sort.update(|(k, desc)| {
                        if *k == key {
                            *desc = !*desc;
                        } else {
                            *k = key;
                            *desc = false;
                        }
                    })
                }
            >
                {label}
                {move || match (pressed(), sort.get().1) {
                    (true, false) => " ▲",
                    (true, true) => " ▼",
                    _ => "",
                }}
            </button>
        }
    };
    let set_select = move || {
        let lang = lang;
        book.all()
            .into_iter()
            .map(|set| {
                let selected = set.id == book.active.get();
                view! { <option value=set.id.clone() selected=selected>{lang.pick(&set.name).to_owned()}</option> }
            })
            .collect_view()
    };
    view! {
        <div class="table-view">
            <section class="panel">
                <h2>{t.table_heading}</h2>
                <div class="field">
                    <label for="f-table-rule-set">{t.rule_set_heading}</label>
                    <select
                        id="f-table-rule-set"
                        name="table_rule_set"
                        on:change=move |ev| book.active.set(event_target_value(&ev))
                    >
                        {set_select}
                    </select>
                </div>
                <div class="toolbar">
                    <button
                        type="button"
                        data-testid="add-unit"
                        on:click=move |_| {
                            let id = state.add_blank("");
                            editing.set(Some(id));
                            page.set(0);
                            sort.set((SortKey::Original, false));
                        }
                    >
                        {t.add_unit}
                    </button>
                    <label class="check-inline">
                        <input
                            type="checkbox"
                            name="failing_only"
                            prop:checked=move || failing_only.get()
                            on:change=move |ev| {
                                failing_only.set(event_target_checked(&ev));
                                page.set(0);
                            }
                        />
                        {t.failing_only}
                    </label>
                    <ExportButtons/>
                </div>
                <TableShare/>
                {move || {
                    undo.get()
                        .map(|(index, unit)| {
                            let name = unit.name.clone();
                            view! {
                                <p class="notice">
                                    {t.deleted} " " <strong>{crate::ui::widgets::user_text::bdi(name.clone())}</strong> ". "
                                    <button
                                        type="button"
                                        data-testid="undo-delete"
                                        on:click=move |_| {
                                            state.restore(index, unit.clone());
                                            undo.set(None);
                                        }
                                    >
                                        {t.undo}
                                    </button>
                                </p>
                            }
                        })
                }}
                <p class="count" data-testid="row-count" tabindex="-1">
                    {move || format!("{} {}", format_count(ordered.with(Vec::len) as u64), t.units_word)}
                </p>
                <div class="table-wrap">
                    <table class="units cards">
                        <thead>
                            <tr>
                                <th scope="col">{sort_button(SortKey::Name, t.col_name)}</th>
                                <th scope="col">{sort_button(SortKey::Group, t.col_group)}</th>
                                <th scope="col">{t.col_kind}</th>
                                <th scope="col">{t.col_target}</th>
                                <th scope="col" class="num">{t.col_total}</th>
                                <th scope="col" class="num">{t.col_online}</th>
                                <th scope="col" class="num">{t.col_full}</th>
                                <th scope="col" class="num">{sort_button(SortKey::Rate, t.col_rate)}</th>
                                <th scope="col">{sort_button(SortKey::Status, t.col_status)}</th>
                                <th scope="col" class="num">{t.col_needed}</th>
                                <th scope="col">{t.col_note}</th>
                                <th scope="col"><span class="sr-only">{t.col_actions}</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            <For each=shown key=|row| row.id let:row>
                                <UnitRow row rules=rules.into() editing undo/>
                            </For>
                        </tbody>
                    </table>
                </div>
                {move || {
                    (pages() > 1)
                        .then(|| {
                            view! {
                                <div class="pager">
                                    <button
                                        type="button"
                                        data-testid="page-prev"
                                        disabled=move || page.get() == 0
                                        on:click=move |_| page.update(|p| *p = p.saturating_sub(1))
                                    >
                                        {t.prev_page}
                                    </button>
                                    <span>{move || format!("{} / {}", page.get().min(pages() - 1) + 1, pages())}</span>
                                    <button
                                        type="button"
                                        data-testid="page-next"
                                        disabled=on_last_page
                                        on:click=move |_| page.update(|p| *p += 1)
                                    >
                                        {t.next_page}
                                    </button>
                                </div>
                            }
                        })
                }}
            </section>
            <ImportPanel/>
            <GroupVerdicts rules=rules.into()/>
            <Ranking/>
            <BackupPanel/>
        </div>
    }
}
