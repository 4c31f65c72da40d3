//! The history page's state: every unit's months, periods and scorecards, saved on change.

use crate::core::stored::history_record::{self, HistoryRecord, UnitHistory};
use crate::storage::{self, Key, Notice};
use crate::ui::widgets::notices::report;
use leptos::prelude::*;

/// All units' histories and which one is shown. Stored state is read before this exists,
/// so the saving effect never writes defaults over it.
#[derive(Clone, Copy)]
pub struct HistoryState {
    pub record: RwSignal<HistoryRecord>,
    /// Index into `record.units` of the unit shown.
    pub selected: RwSignal<usize>,
}

impl HistoryState {
    pub fn new(
        record: Option<HistoryRecord>,
        writable: bool,
        notices: RwSignal<Vec<Notice>>,
    ) -> HistoryState {
        let mut record = record.unwrap_or_default();
        if record.units.is_empty() {
            record.units.push(UnitHistory::named(""));
        }
        let last = StoredValue::new(record.clone());
        let state = HistoryState {
            record: RwSignal::new(record),
            selected: RwSignal::new(0),
        };
        if !writable {
            return state;
        }
        // Another tab's save is taken in without reloading the page: what is typed in the
        // month form stays (it is not part of the record).
        let take_in = move || {
            if let Some(record) = storage::reread(Key::History, history_record::decode) {
                last.set_value(record.clone());
                state.take_in(record);
            }
        };
        storage::on_change(Key::History, take_in);
        Effect::new(move |_| {
            state.record.track();
            if state.record.with_untracked(|r| last.with_value(|l| l == r)) {
                return;
            }
            let saved = state.record.with_untracked(|r| {
                last.set_value(r.clone());
                storage::save(Key::History, r)
            });
            if saved == Err(Notice::Overtaken) {
                // Another tab saved first: its history is shown, and the change made here is
                // said to be lost rather than written over it.
                take_in();
            }
            report(notices, saved);
        });
        state
    }

    /// Shows the history another tab stored, on the same unit when it is still there.
    fn take_in(&self, mut record: HistoryRecord) {
        if record.units.is_empty() {
            record.units.push(UnitHistory::named(""));
        }
        let shown = self.with_unit_untracked(|u| u.name.clone());
        if self.record.with_untracked(|r| *r != record) {
            let index = record
                .units
                .iter()
                .position(|u| Some(&u.name) == shown.as_ref())
                .unwrap_or_else(|| self.selected.get_untracked().min(record.units.len() - 1));
            self.record.set(record);
            self.selected.set(index);
        }
    }

    /// Reads the unit shown without tracking it (in event handlers).
    pub fn with_unit_untracked<T>(&self, read: impl FnOnce(&UnitHistory) -> T) -> Option<T> {
        let index = self.selected.get_untracked();
        self.record
            .with_untracked(|r| r.units.get(index).or(r.units.first()).map(read))
    }

    /// The unit shown (a copy; change it with [`HistoryState::update_unit`]).
    pub fn unit(&self) -> UnitHistory {
        let index = self.selected.get();
        self.record
            .with(|r| r.units.get(index).or(r.units.first()).cloned())
            .unwrap_or_else(|| UnitHistory::named(""))
    }

    /// Reads the unit shown without copying it.
    pub fn with_unit<T>(&self, read: impl FnOnce(&UnitHistory) -> T) -> Option<T> {
        let index = self.selected.get();
        self.record
            .with(|r| r.units.get(index).or(r.units.first()).map(read))
    }

    /// Changes the unit shown, then saves.
    pub fn update_unit(&self, change: impl FnOnce(&mut UnitHistory)) {
        let index = self.selected.get_untracked();
        self.record.update(|r| {
            let index = index.min(r.units.len().saturating_sub(1));
            if let Some(unit) = r.units.get_mut(index) {
                change(unit);
            }
        });
    }

    /// Adds a unit named `name` and shows it.
    pub fn add_unit(&self, name: &str) {
        let mut index = 0;
        self.record.update(|r| {
            r.units.push(UnitHistory::named(name));
            index = r.units.len() - 1;
        });
        self.selected.set(index);
    }

    /// Removes the unit shown (one unit always stays).
    pub fn remove_unit(&self) {
        let index = self.selected.get_untracked();
        self.record.update(|r| {
            if index < r.units.len() {
                r.units.remove(index);
            }
            if r.units.is_empty() {
                r.units.push(UnitHistory::named(""));
            }
        });
        self.selected.set(0);
    }
}
