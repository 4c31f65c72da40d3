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
    /// The sets the host publishes beside the app (`rule-sets.json`), read at start.
    hosted: StoredValue<Vec<RuleSet>>,
}

impl RuleBook {
    pub fn new(
        record: Option<RuleSetsRecord>,
        presets: fn() -> Vec<RuleSet>,
        hosted: Vec<RuleSet>,
    ) -> RuleBook {
        let record = record.unwrap_or_default();
        let book = RuleBook {
            custom: RwSignal::new(record.custom),
            active: RwSignal::new(String::new()),
            presets,
            hosted: StoredValue::new(hosted),
        };
        book.active.set(book.chosen_or_default(record.active));
        book
    }

    /// The set chosen, or the default one when none was.
    fn chosen_or_default(&self, chosen: String) -> String {
        if chosen.is_empty() {
            self.default_id()
        } else {
            chosen
        }
    }

    /// The set a visitor who has chosen none is judged by: the host's first set, or the
    /// shipped default.
    pub fn default_id(&self) -> String {
        self.hosted
            .with_value(|h| h.first().map(|s| s.id.clone()))
            .unwrap_or_else(|| presets::DEFAULT_ID.to_owned())
    }

    /// Whether the set `id` is one the host publishes (and not a copy of the user's).
    pub fn is_hosted(&self, id: &str) -> bool {
        self.hosted.with_value(|h| h.iter().any(|s| s.id == id))
            && !self.custom.with(|c| c.iter().any(|s| s.id == id))
    }

    /// Takes in the sets another tab saved.
    pub fn take_in(&self, record: RuleSetsRecord) {
        self.custom.set(record.custom);
        self.active.set(self.chosen_or_default(record.active));
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

    /// The host's sets first, then the presets, then the user's sets. One id, one set: the
    /// user's copy stays the user's, and a host's set takes the place of a preset it shares an
    /// id with.
    pub fn all(&self) -> Vec<RuleSet> {
        let custom = self.custom.get();
        let mut all: Vec<RuleSet> = self.hosted.get_value();
        all.retain(|h| !custom.iter().any(|c| c.id == h.id));
        let presets: Vec<RuleSet> = (self.presets)()
            .into_iter()
            .filter(|p| !all.iter().any(|h| h.id == p.id))
            .collect();
        all.extend(presets);
        all.extend(custom);
        all
    }

    /// The set with `id`, or the default one.
    pub fn find(&self, id: &str) -> RuleSet {
        let all = self.all();
        let default = self.default_id();
        all.iter()
            .find(|s| s.id == id)
            .or_else(|| all.iter().find(|s| s.id == default))
            .cloned()
            .unwrap_or_else(presets::commune_2022_2025)
    }

    pub fn active_set(&self) -> RuleSet {
        self.find(&self.active.get())
    }

    /// Whether the set `id` cannot be edited here (shipped, or the host's).
    pub fn is_preset(&self, id: &str) -> bool {
        (self.presets)().iter().any(|s| s.id == id) || self.is_hosted(id)
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

    /// Puts `set` in force: the set here that is the same, or `set` added beside the sets
    /// here (under a free id when its id is taken by another set).
    pub fn add_and_use(&self, mut set: RuleSet) {
        let all = self.all();
        if !all.contains(&set) {
            let taken: Vec<String> = all.into_iter().map(|s| s.id).collect();
            set.id = crate::core::stored::rule_set_file::free_id(&set.id, &taken);
            self.custom.update(|c| c.push(set.clone()));
        }
        self.active.set(set.id);
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
