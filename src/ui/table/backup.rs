//! Backup of everything stored, as one JSON file; restore from such a file after a preview.

use super::TableState;
use crate::core::stored::backup::{self, Backup};
use crate::core::stored::record;
use crate::storage::{self, Key};
use crate::ui::i18n::{self, use_lang};
use crate::ui::rule_sets::book::RuleBook;
use crate::ui::widgets::download::download;
use crate::ui::widgets::download::read_chosen_file;
use leptos::prelude::*;

fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// Writes every part of `backup` to storage, or none of them.
fn restore(backup: &Backup) -> Result<(), storage::NotWritten> {
    fn json<T: serde::Serialize>(data: &T) -> String {
        serde_json::to_string(data).unwrap_or_else(|_| String::from("null"))
    }
    let mut parts = Vec::new();
    if let Some(commune) = &backup.commune {
        parts.push((Key::Commune, json(commune)));
    }
    if let Some(table) = &backup.table {
        parts.push((Key::Table, json(table)));
    }
    if let Some(rule_sets) = &backup.rule_sets {
        parts.push((Key::RuleSets, json(rule_sets)));
    }
    if let Some(history) = &backup.history {
        parts.push((Key::History, json(history)));
    }
    if !parts.is_empty() {
        storage::save_all(&parts)?;
    }
    if let Some(lang) = &backup.lang {
        storage::save_lang(lang);
    }
    Ok(())
}

#[component]
pub fn BackupPanel() -> impl IntoView {
    let lang = use_lang();
    let t = lang.backup();
    let state = expect_context::<TableState>();
    let book = expect_context::<RuleBook>();
    let pending = RwSignal::new(None::<Result<Backup, record::DecodeError>>);
    let failed = RwSignal::new(None::<storage::NotWritten>);
    let save_backup = move |_| {
        let data = Backup {
            commune: storage::peek(Key::Commune, record::decode),
            table: Some(record::TableRecord {
                units: state.units(),
            }),
            rule_sets: Some(book.record()),
            lang: storage::peek_lang(),
            history: storage::peek(Key::History, crate::core::stored::history_record::decode),
        };
        download(
            &format!("ntm-calc-sao-luu-{}.json", today()),
            "application/json",
            &backup::encode(&data),
        );
    };
    let on_file = move |ev: leptos::ev::Event| {
        read_chosen_file(&ev, move |contents| {
            failed.set(None);
            pending.set(Some(backup::decode(&contents)));
        })
    };
    let confirm = move |_| {
        if let Some(Ok(b)) = pending.get_untracked() {
            match restore(&b) {
                Ok(()) => {
                    let _ = web_sys::window().map(|w| w.location().reload());
                }
                Err(why) => failed.set(Some(why)),
            }
        }
    };
    view! {
        <section class="panel" aria-labelledby="backup-h">
            <h2 id="backup-h">{t.backup_heading}</h2>
            <p class="notice">{t.backup_warning}</p>
            <div class="toolbar">
                <button type="button" data-testid="backup-download" on:click=save_backup>{t.backup_download}</button>
                <label class="file-label">
                    {t.backup_restore}
                    <input type="file" name="backup_file" accept=".json,application/json" on:change=on_file/>
                </label>
            </div>
            {move || {
                pending
                    .get()
                    .map(|p| match p {
                        Err(reason) => {
                            view! {
                                <p class="error" data-testid="backup-error" role="alert">
                                    {t.backup_unreadable} " (" {i18n::table::file_reason(lang, &reason)} ")"
                                </p>
                            }
                                .into_any()
                        }
                        Ok(b) => {
                            view! {
                                <div class="preview" data-testid="backup-preview">
                                    <p>{i18n::backup::backup_summary(lang, &b).view()}</p>
                                    <button type="button" class="primary" data-testid="backup-confirm" on:click=confirm>
                                        {t.backup_confirm}
                                    </button>
                                </div>
                            }
                                .into_any()
                        }
                    })
            }}
            {move || {
                failed
                    .get()
                    .map(|why| {
                        view! {
                            <p class="error" role="alert" data-testid="backup-failed">
                                {i18n::backup::restore_failed(lang, why.key, why.rolled_back)}
                            </p>
                        }
                    })
            }}
        </section>
    }
}
