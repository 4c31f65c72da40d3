//! The only code that touches localStorage: its keys, and what happens when it fails.
//!
//! Storage may be missing (some private modes, storage disabled), full, or hold entries this
//! version cannot read. The app then keeps working in memory and says so; an unreadable
//! entry is moved aside under another key, never overwritten.

use crate::core::record::{self, DecodeError};
use gloo_storage::{LocalStorage, Storage as _};
use serde::Serialize;

/// Every key the app writes; all start with the app's name, since many apps on one static
/// host share one origin. `pwa/shell.js` reloads a tab when another tab changes one of them
/// (its `SYNCED_KEYS` lists them too).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Commune,
    Table,
    RuleSets,
    History,
    Lang,
}

impl Key {
    pub fn as_str(self) -> &'static str {
        match self {
            Key::Commune => "ntm-calc.commune",
            Key::Table => "ntm-calc.table",
            Key::RuleSets => "ntm-calc.rulesets",
            Key::History => "ntm-calc.history",
            Key::Lang => "ntm-calc.lang",
        }
    }
}

/// Something about storage the person should know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The browser gives no storage: nothing outlives the page.
    Unavailable,
    /// A stored entry could not be read; it now lives under `kept_as`.
    KeptAside {
        kept_as: String,
        reason: DecodeError,
    },
    /// A stored entry could not be read nor moved: it is left alone and not written over.
    Unreadable { reason: DecodeError },
    /// A write failed (storage full or refused).
    WriteFailed,
}

/// A document read at start, and whether it may be written back.
pub struct Loaded<T> {
    pub value: Option<T>,
    /// False when storage is missing, or an unreadable entry could not be moved aside:
    /// saving would then fail or destroy it.
    pub writable: bool,
    pub notices: Vec<Notice>,
}

/// Whether localStorage can be used at all (gloo-storage panics when it cannot).
pub fn available() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Ok(Some(storage)) = window.local_storage() else {
        return false;
    };
    let probe = "ntm-calc.probe";
    let ok = storage.set_item(probe, "1").is_ok();
    let _ = storage.remove_item(probe);
    ok
}

fn raw_get(key: &str) -> Option<String> {
    LocalStorage::raw().get_item(key).ok().flatten()
}

/// Reads the document under `key`; an unreadable entry is moved aside and reported.
pub fn load<T>(key: Key, decode: impl Fn(&str) -> Result<T, DecodeError>) -> Loaded<T> {
    if !available() {
        return Loaded {
            value: None,
            writable: false,
            notices: vec![Notice::Unavailable],
        };
    }
    let key = key.as_str();
    let Some(text) = raw_get(key) else {
        return Loaded {
            value: None,
            writable: true,
            notices: Vec::new(),
        };
    };
    match decode(&text) {
        Ok(value) => Loaded {
            value: Some(value),
            writable: true,
            notices: Vec::new(),
        },
        Err(reason) => match keep_aside(key, &text) {
            Some(kept_as) => Loaded {
                value: None,
                writable: true,
                notices: vec![Notice::KeptAside { kept_as, reason }],
            },
            None => Loaded {
                value: None,
                writable: false,
                notices: vec![Notice::Unreadable { reason }],
            },
        },
    }
}

/// Reads the document under `key` without any side effect; `None` when absent or unreadable.
pub fn peek<T>(key: Key, decode: impl Fn(&str) -> Result<T, DecodeError>) -> Option<T> {
    if !available() {
        return None;
    }
    raw_get(key.as_str()).and_then(|text| decode(&text).ok())
}

/// Copies `text` to the first free `<key>.unreadable.<n>` and returns that key, or `None`
/// when the copy could not be written (then the original must stay untouched).
fn keep_aside(key: &str, text: &str) -> Option<String> {
    let storage = LocalStorage::raw();
    let free = (1..1000)
        .map(|n| format!("{key}.unreadable.{n}"))
        .find(|k| raw_get(k).is_none())?;
    storage.set_item(&free, text).ok()?;
    (raw_get(&free).as_deref() == Some(text)).then_some(free)
}

/// Writes `data` under `key` in a versioned envelope.
pub fn save<T: Serialize>(key: Key, data: &T) -> Result<(), Notice> {
    LocalStorage::set(key.as_str(), record::envelope(data)).map_err(|_| Notice::WriteFailed)
}

pub fn load_lang() -> Option<String> {
    available().then(|| raw_get(Key::Lang.as_str())).flatten()
}

pub fn save_lang(code: &str) {
    if available() {
        let _ = LocalStorage::raw().set_item(Key::Lang.as_str(), code);
    }
}
