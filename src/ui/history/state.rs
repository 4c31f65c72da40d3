//! The history page's state: every unit's months, periods and scorecards, saved on change.

use crate::core::history_record::{HistoryRecord, UnitHistory};
use crate::storage::{self, Key, Notice};
use crate::ui::notices::push_notice;
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
        let state = HistoryState {
            record: RwSignal::new(record),
            selected: RwSignal::new(0),
        };
        Effect::new(move |first: Option<()>| {
            state.record.track();
            if first.is_some() && writable {
                let saved = state
                    .record
                    .with_untracked(|r| storage::save(Key::History, r));
                if let Err(n) = saved {
                    push_notice(notices, n);
                }
            }
        });
        state
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
