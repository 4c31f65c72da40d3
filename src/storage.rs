//! The only code that touches localStorage: its keys, and what happens when it fails.
//!
//! Storage may be missing (some private modes, storage disabled), full, or hold entries this
//! version cannot read. The app then keeps working in memory and says so; an unreadable
//! entry is copied aside under another key (once) before anything writes there, never lost.
//!
//! Every stored document carries a revision. A page remembers the revision it read or wrote
//! last; a write finding another revision stored means another tab saved in between, and is
//! refused ([`Notice::Overtaken`]) so that the page can take in the newer document first.

use crate::core::stored::codec::ToJson;
use crate::core::stored::record::{self, DecodeError};
use serde::Serialize;
use std::cell::RefCell;

/// Every key the app writes; all start with the app's name, since many apps on one static
/// host share one origin.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Commune,
    Table,
    RuleSets,
    History,
    Lang,
    /// How the columns of imported tables were mapped by hand, by header.
    ColumnMaps,
}

impl Key {
    pub fn as_str(self) -> &'static str {
        match self {
            Key::Commune => "ntm-calc.commune",
            Key::Table => "ntm-calc.table",
            Key::RuleSets => "ntm-calc.rulesets",
            Key::History => "ntm-calc.history",
            Key::Lang => "ntm-calc.lang",
            Key::ColumnMaps => "ntm-calc.columns",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// Something about storage the person should know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The browser gives no storage: nothing outlives the page.
    Unavailable,
    /// Storage is full: what is stored was read, but new changes may not be saved.
    Full,
    /// A stored entry could not be read; a copy now lives under `kept_as`.
    KeptAside {
        kept_as: String,
        reason: DecodeError,
    },
    /// A stored entry could not be read nor copied: it is left alone and not written over.
    Unreadable { reason: DecodeError },
    /// A write failed (storage full or refused).
    WriteFailed,
    /// Another tab saved this document after this page last read it: this page's change was
    /// not written over it.
    Overtaken,
    /// The rule sets the host publishes (`rule-sets.json`) could not be read: the app runs on
    /// its own sets.
    HostedUnreadable(crate::core::stored::rule_set_file::FileError),
}

/// A document read at start, and whether it may be written back.
pub struct Loaded<T> {
    pub value: Option<T>,
    /// False when storage is missing, or an entry this version cannot read is stored there
    /// (written by a newer version, or one that could not be copied aside): saving would
    /// then fail or destroy it.
    pub writable: bool,
    pub notices: Vec<Notice>,
}

thread_local! {
    /// The revision of each key as this page last read or wrote it; `None` for keys this page
    /// never read (it then writes without comparing, as on an explicit "replace").
    static KNOWN: RefCell<[Option<u64>; 6]> = const { RefCell::new([None; 6]) };
}

fn known(key: Key) -> Option<u64> {
    KNOWN.with(|k| k.borrow()[key.index()])
}

fn set_known(key: Key, rev: u64) {
    KNOWN.with(|k| k.borrow_mut()[key.index()] = Some(rev));
}

/// The browser's storage when it can at least be read. Reading `localStorage` throws in
/// some private modes; a full storage still reads.
fn storage() -> Option<web_sys::Storage> {
    let storage = web_sys::window()?.local_storage().ok().flatten()?;
    storage.get_item("ntm-calc.probe").ok()?;
    Some(storage)
}

/// Whether localStorage can be used at all.
pub fn available() -> bool {
    storage().is_some()
}

/// Whether storage refuses even a tiny write (it is full).
fn is_full(storage: &web_sys::Storage) -> bool {
    let probe = "ntm-calc.probe";
    let ok = storage.set_item(probe, "1").is_ok();
    let _ = storage.remove_item(probe);
    !ok
}

fn get(storage: &web_sys::Storage, key: &str) -> Option<String> {
    storage.get_item(key).ok().flatten()
}

/// Reads the document under `key`; an unreadable entry is copied aside and reported.
pub fn load<T>(key: Key, decode: impl Fn(&str) -> Result<T, DecodeError>) -> Loaded<T> {
    let Some(storage) = storage() else {
        return Loaded {
            value: None,
            writable: false,
            notices: vec![Notice::Unavailable],
        };
    };
    let mut notices = Vec::new();
    if is_full(&storage) {
        notices.push(Notice::Full);
    }
    let name = key.as_str();
    let Some(text) = get(&storage, name) else {
        set_known(key, 0);
        return Loaded {
            value: None,
            writable: true,
            notices,
        };
    };
    let reason = match decode(&text) {
        Ok(value) => {
            set_known(key, record::stored_header(&text).map_or(0, |(_, rev)| rev));
            return Loaded {
                value: Some(value),
                writable: true,
                notices,
            };
        }
        Err(reason) => reason,
    };
    let writable = match keep_aside(&storage, name, &text) {
        Some(kept_as) => {
            notices.push(Notice::KeptAside {
                kept_as,
                reason: reason.clone(),
            });
            // A newer version's document stays where that version looks for it; this page
            // leaves it alone. Anything else is damaged: its copy is enough, and clearing it
            // stops every later load from copying it again.
            if matches!(reason, DecodeError::NewerSchema(_)) {
                false
            } else {
                let _ = storage.remove_item(name);
                set_known(key, 0);
                true
            }
        }
        None => {
            notices.push(Notice::Unreadable { reason });
            false
        }
    };
    Loaded {
        value: None,
        writable,
        notices,
    }
}

/// Reads the document under `key` without any side effect; `None` when absent or unreadable.
pub fn peek<T>(key: Key, decode: impl Fn(&str) -> Result<T, DecodeError>) -> Option<T> {
    get(&storage()?, key.as_str()).and_then(|text| decode(&text).ok())
}

/// Reads the document under `key` again after another tab changed it, and remembers its
/// revision; `None` when absent or unreadable (the page then keeps what it has).
pub fn reread<T>(key: Key, decode: impl Fn(&str) -> Result<T, DecodeError>) -> Option<T> {
    let text = get(&storage()?, key.as_str())?;
    let value = decode(&text).ok()?;
    set_known(key, record::stored_header(&text).map_or(0, |(_, rev)| rev));
    Some(value)
}

/// Copies `text` aside to `<key>.unreadable.<n>` and returns that key, or `None` when the copy
/// could not be written (then the original must stay untouched). The same text already kept
/// aside is not copied again.
fn keep_aside(storage: &web_sys::Storage, key: &str, text: &str) -> Option<String> {
    let prefix = format!("{key}.unreadable.");
    let count = storage.length().unwrap_or(0);
    for i in 0..count {
        let Some(existing) = storage.key(i).ok().flatten() else {
            continue;
        };
        if existing.starts_with(&prefix) && get(storage, &existing).as_deref() == Some(text) {
            return Some(existing);
        }
    }
    let free = (1..1000)
        .map(|n| format!("{prefix}{n}"))
        .find(|k| get(storage, k).is_none())?;
    storage.set_item(&free, text).ok()?;
    (get(storage, &free).as_deref() == Some(text)).then_some(free)
}

/// The revision the next write of `key` gets, after checking what is stored there: an entry
/// this version cannot read is copied aside first (or the write refused). With `compare`, a
/// document another tab saved since this page last read it refuses the write.
fn next_rev(
    storage: &web_sys::Storage,
    key: Key,
    compare: bool,
) -> Result<(u64, Option<Notice>), Notice> {
    let name = key.as_str();
    let Some(text) = get(storage, name) else {
        return Ok((known(key).unwrap_or(0) + 1, None));
    };
    let reason = match record::stored_header(&text) {
        Ok((schema, rev)) if schema <= record::SCHEMA => {
            return match known(key) {
                Some(k) if compare && k != rev => Err(Notice::Overtaken),
                _ => Ok((rev + 1, None)),
            };
        }
        Ok((schema, _)) => DecodeError::NewerSchema(schema),
        Err(reason) => reason,
    };
    match keep_aside(storage, name, &text) {
        Some(kept_as) => Ok((1, Some(Notice::KeptAside { kept_as, reason }))),
        None => Err(Notice::Unreadable { reason }),
    }
}

/// Writes `data` under `key` in a versioned envelope with the next revision. `Ok(Some(_))`
/// says what else happened (an unreadable entry was copied aside before it was replaced).
pub fn save<T: Serialize>(key: Key, data: &T) -> Result<Option<Notice>, Notice> {
    write(key, |rev| record::stored(data, rev))
}

/// [`save`] for the documents written without serde (the commune, the rule sets).
pub fn save_doc<T: ToJson>(key: Key, data: &T) -> Result<Option<Notice>, Notice> {
    write(key, |rev| record::stored_doc(data, rev))
}

fn write(key: Key, stored: impl FnOnce(u64) -> String) -> Result<Option<Notice>, Notice> {
    let storage = storage().ok_or(Notice::WriteFailed)?;
    let (rev, aside) = next_rev(&storage, key, true)?;
    storage
        .set_item(key.as_str(), &stored(rev))
        .map_err(|_| Notice::WriteFailed)?;
    set_known(key, rev);
    Ok(aside)
}

/// Why a group of writes was undone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotWritten {
    /// The part that could not be written.
    pub key: Key,
    pub notice: Notice,
    /// Whether everything stored before is back as it was.
    pub rolled_back: bool,
}

/// Writes every `(key, data as JSON)` or none: the previous entries are remembered, each part
/// is written and read back, and on the first failure every key is put back as it was.
/// Newer tabs' documents are replaced (this is an explicit restore), but an entry this version
/// cannot read is copied aside first.
pub fn save_all(parts: &[(Key, String)]) -> Result<Vec<Notice>, NotWritten> {
    let storage = storage().ok_or(NotWritten {
        key: parts[0].0,
        notice: Notice::Unavailable,
        rolled_back: true,
    })?;
    let before: Vec<Option<String>> = parts
        .iter()
        .map(|(key, _)| get(&storage, key.as_str()))
        .collect();
    let mut notices = Vec::new();
    let mut revs = Vec::new();
    for (key, json) in parts {
        let written = (|| {
            let (rev, aside) = next_rev(&storage, *key, false)?;
            notices.extend(aside);
            let text = record::stored_json(json, rev);
            storage
                .set_item(key.as_str(), &text)
                .map_err(|_| Notice::WriteFailed)?;
            if get(&storage, key.as_str()).as_deref() != Some(text.as_str()) {
                return Err(Notice::WriteFailed);
            }
            Ok(rev)
        })();
        match written {
            Ok(rev) => revs.push(rev),
            Err(notice) => {
                // Remove what was written first (it frees the room the old entries need).
                for (done, _) in parts.iter().take(revs.len() + 1) {
                    let _ = storage.remove_item(done.as_str());
                }
                let mut rolled_back = true;
                for ((done, _), old) in parts.iter().zip(&before).take(revs.len() + 1) {
                    if let Some(old) = old {
                        rolled_back &= storage.set_item(done.as_str(), old).is_ok();
                    }
                }
                return Err(NotWritten {
                    key: *key,
                    notice,
                    rolled_back,
                });
            }
        }
    }
    for ((key, _), rev) in parts.iter().zip(revs) {
        set_known(*key, rev);
    }
    Ok(notices)
}

/// The language code chosen last. Anything else stored there is copied aside and reported.
pub fn load_lang(is_code: impl Fn(&str) -> bool) -> (Option<String>, Option<Notice>) {
    let Some(storage) = storage() else {
        return (None, None);
    };
    let name = Key::Lang.as_str();
    let Some(code) = get(&storage, name) else {
        return (None, None);
    };
    if is_code(&code) {
        return (Some(code), None);
    }
    let notice = match keep_aside(&storage, name, &code) {
        Some(kept_as) => {
            let _ = storage.remove_item(name);
            Notice::KeptAside {
                kept_as,
                reason: DecodeError::Foreign,
            }
        }
        None => Notice::Unreadable {
            reason: DecodeError::Foreign,
        },
    };
    (None, Some(notice))
}

/// The stored language code, read as it is (for backups).
pub fn peek_lang() -> Option<String> {
    get(&storage()?, Key::Lang.as_str())
}

pub fn save_lang(code: &str) {
    if let Some(storage) = storage() {
        if get(&storage, Key::Lang.as_str()).as_deref() != Some(code) {
            let _ = storage.set_item(Key::Lang.as_str(), code);
        }
    }
}

/// Calls `changed` whenever another tab writes `key` (or clears storage), for the page's
/// whole life.
pub fn on_change(key: Key, changed: impl Fn() + 'static) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let Some(window) = web_sys::window() else {
        return;
    };
    let listener =
        Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
            if event.key().is_none_or(|k| k == key.as_str()) {
                changed();
            }
        });
    let _ = window.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
    listener.forget();
}
