//! The rule sets on offer: the shipped presets and the user's edited copies.

use crate::core::rules::presets;
use crate::core::rules::rule_set::RuleSet;
use crate::core::stored::record::RuleSetsRecord;
use leptos::prelude::*;

#[derive(Debug, Clone, Copy)]
pub struct RuleBook {
    /// Sets the user copied from a preset and edited.
    pub custom: RwSignal<Vec<RuleSet>>,
    /// The set the table is judged by.
    pub active: RwSignal<String>,
    /// The shipped sets this page offers (the calculator needs only the sets of tiers).
    presets: fn() -> Vec<RuleSet>,
}

impl RuleBook {
    pub fn new(record: Option<RuleSetsRecord>, presets: fn() -> Vec<RuleSet>) -> RuleBook {
        let record = record.unwrap_or_default();
        let active = if record.active.is_empty() {
            presets::DEFAULT_ID.to_owned()
        } else {
            record.active
        };
        RuleBook {
            custom: RwSignal::new(record.custom),
            active: RwSignal::new(active),
            presets,
        }
    }

    /// Takes in the sets another tab saved.
    pub fn take_in(&self, record: RuleSetsRecord) {
        self.custom.set(record.custom);
        self.active.set(if record.active.is_empty() {
            presets::DEFAULT_ID.to_owned()
        } else {
            record.active
        });
    }

    pub fn record(&self) -> RuleSetsRecord {
        RuleSetsRecord {
            custom: self.custom.get(),
            active: self.active.get(),
        }
    }

    pub fn record_untracked(&self) -> RuleSetsRecord {
        RuleSetsRecord {
            custom: self.custom.get_untracked(),
            active: self.active.get_untracked(),
        }
    }

    /// Presets first, then the user's sets.
    pub fn all(&self) -> Vec<RuleSet> {
        let mut all = (self.presets)();
        all.extend(self.custom.get());
        all
    }

    /// The set with `id`, or the default one.
    pub fn find(&self, id: &str) -> RuleSet {
        self.all()
            .into_iter()
            .find(|s| s.id == id)
            .unwrap_or_else(presets::commune_2022_2025)
    }

    pub fn active_set(&self) -> RuleSet {
        self.find(&self.active.get())
    }

    pub fn is_preset(&self, id: &str) -> bool {
        (self.presets)().iter().any(|s| s.id == id)
    }

    /// Adds sets read from a file as the user's own: one the same as a set here is skipped,
    /// one whose id is taken gets a free id (a set never takes another's place). Returns
    /// how many were added and skipped.
    pub fn add_imported(&self, sets: Vec<RuleSet>) -> (usize, usize) {
        let (mut added, mut skipped) = (0, 0);
        for mut set in sets {
            let all = self.all();
            if all.contains(&set) {
                skipped += 1;
                continue;
            }
            let taken: Vec<String> = all.into_iter().map(|s| s.id).collect();
            set.id = crate::core::stored::rule_set_file::free_id(&set.id, &taken);
            self.custom.update(|c| c.push(set));
            added += 1;
        }
        (added, skipped)
    }

    /// Copies the set `id` into a new editable set and returns the copy's id.
    pub fn copy(&self, id: &str, copy_label: &str) -> String {
        let mut copy = self.find(id);
        let taken: Vec<String> = self.all().into_iter().map(|s| s.id).collect();
        let new_id = (1..)
            .map(|n| format!("tu-chinh-{n}"))
            .find(|c| !taken.contains(c))
            .unwrap_or_default();
        copy.id = new_id.clone();
        copy.name.vi = format!("{} ({copy_label})", copy.name.vi);
        copy.name.en = format!("{} (copy)", copy.name.en);
        self.custom.update(|c| c.push(copy));
        new_id
    }
}
