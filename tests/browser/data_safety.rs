//! Nothing stored is lost or spoiled: a full storage is still read, a restore writes all or
//! nothing, a broken entry is kept aside once, a newer version's entry is never written
//! over, replacing figures asks first, and tabs take in each other's saves without losing
//! what is typed.

use crate::support::*;
use fantoccini::{Client, Locator};
use ntm_calc::core::rules::tier::Tier;
use ntm_calc::core::stored::backup::{self, Backup};
use ntm_calc::core::stored::record::{CommuneRecord, RuleSetsRecord, TableRecord};
use ntm_calc::core::table::import::parse_table;
use serde_json::{json, Value};
use std::time::{Duration, Instant};

const COMMUNE: &str = "ntm-calc.commune";

/// The keys that start with `prefix`.
async fn keys_with(c: &Client, prefix: &str) -> Vec<String> {
    let found = exec(
        c,
        &format!("return Object.keys(localStorage).filter(k => k.startsWith('{prefix}')).sort();"),
    )
    .await;
    serde_json::from_value(found).unwrap()
}

/// Fills localStorage to its quota with another key, as another app of the origin would, to
/// the last byte (the final keys are tiny).
async fn fill_storage(c: &Client) {
    let said = exec(
        c,
        "let chunk = 'x'.repeat(1 << 20), i = 0; \
         while (chunk.length > 0) { \
           try { localStorage.setItem('other-app.filler.' + (i++), chunk); } \
           catch (e) { chunk = chunk.slice(0, chunk.length >> 1); } } \
         for (let j = 0; j < 100000; j++) { try { localStorage.setItem('o' + j, ''); } catch (e) { break; } } \
         try { localStorage.setItem('ntm-calc.probe', '1'); localStorage.removeItem('ntm-calc.probe'); return 'room left'; } \
         catch (e) { return 'full'; }",
    )
    .await;
    assert_eq!(said, "full");
}

async fn free_storage(c: &Client) {
    exec(
        c,
        "Object.keys(localStorage).filter(k => k.startsWith('other-app.')).forEach(k => localStorage.removeItem(k));",
    )
    .await;
}

async fn notices(c: &Client) -> String {
    let all = exec(
        c,
        "return [...document.querySelectorAll('[data-testid=storage-notice]')].map(n => n.textContent).join('\\n');",
    )
    .await;
    all.as_str().unwrap_or_default().to_owned()
}

async fn month_figures(c: &Client) -> Vec<(String, String)> {
    let value = exec(
        c,
        "return [...document.querySelectorAll('[data-testid=month-row]')].map(r => [r.dataset.month, r.textContent]);",
    )
    .await;
    serde_json::from_value(value).unwrap()
}

/// Chooses the backup file `path`, confirms the restore, and returns the message saying why
/// it failed.
async fn restore_failing(c: &Client, path: &str) -> String {
    choose_file(c, "backup_file", path).await;
    // A backup of 100.000 units (10 MB) is read before its preview: on a loaded machine that
    // can take WebKit longer than the usual wait.
    c.wait()
        .at_most(std::time::Duration::from_secs(120))
        .for_element(fantoccini::Locator::Css("[data-testid=backup-confirm]"))
        .await
        .expect("the backup's preview")
        .click()
        .await
        .unwrap();
    let failed = wait_for_testid(c, "backup-failed").await;
    failed.text().await.unwrap()
}

/// What a restore is tried over: a commune “Xã Đang Có” and a table of one unit.
async fn figures_to_restore_over(c: &Client, server: &Server) {
    open(c, &server.url).await;
    type_into(c, "commune_name", "Xã Đang Có").await;
    open(c, &table_url(server)).await;
    import_table(c, "Xã A\t40\n").await;
    expect_text(c, "row-count", Some("1 đơn vị")).await;
}

fn commune(name: &str) -> CommuneRecord {
    CommuneRecord {
        name: name.into(),
        registered: Tier::NANG_CAO,
        dx: false,
        counts: None,
        rule_set: "khanh-hoa-xa-2022-2025".into(),
        commune_group: None,
    }
}

#[test]
fn a_full_storage_is_read_reported_and_backed_up_whole() {
    let server = Server::dist();
    let (downloads, setup) = download_setup("downloads");
    run_with(setup, move |c| async move {
        open(&c, &server.url).await;
        enter_commune(&c, "Xã Đầy Bộ Nhớ", "777", "333").await;
        expect_text(&c, "rate", Some("42,86 %")).await;
        open(&c, &table_url(&server)).await;
        import_table(&c, "Xã A\t40\nXã B\t20\n").await;
        expect_text(&c, "row-count", Some("2 đơn vị")).await;
        open(&c, &history_url(&server)).await;
        save_month(&c, "05/2024", "100", "40").await;

        fill_storage(&c).await;

        open(&c, &server.url).await;
        assert_eq!(input_value(&c, "commune_name").await, "Xã Đầy Bộ Nhớ");
        assert_eq!(input_value(&c, "total").await, "777");
        expect_text(&c, "rate", Some("42,86 %")).await;
        let said = notices(&c).await;
        assert!(said.contains("Bộ nhớ trình duyệt đã đầy"), "{said}");
        assert!(!said.contains("không cho lưu"), "{said}");

        open(&c, &history_url(&server)).await;
        let months = month_figures(&c).await;
        assert_eq!(months.len(), 1, "{months:?}");
        assert_eq!(months[0].0, "05/2024");

        open(&c, &share_url(&server)).await;
        let summary = text_of(&c, "share-summary").await.unwrap_or_default();
        assert!(summary.starts_with("Xã Đầy Bộ Nhớ"), "{summary}");

        open(&c, &table_url(&server)).await;
        expect_text(&c, "row-count", Some("2 đơn vị")).await;
        click(&c, "backup-download").await;
        let file = wait_for_download(&downloads, "json", 1).await;
        let backup = backup::decode(&file).expect("a readable backup");
        assert_eq!(
            backup.commune.as_ref().map(|c| c.name.as_str()),
            Some("Xã Đầy Bộ Nhớ")
        );
        assert_eq!(backup.units(), 2);
        assert_eq!(backup.history.map(|h| h.units.len()), Some(1));

        // A write that needs more room than there is is reported; once there is room, it saves.
        open(&c, &server.url).await;
        type_into(&c, "commune_name", "Xã Đầy Bộ Nhớ Và Tên Dài Hơn").await;
        type_into(&c, "online", "400").await;
        expect_text(&c, "rate", Some("51,48 %")).await;
        let said = notices(&c).await;
        assert!(said.contains("Không lưu được"), "{said}");
        assert_eq!(stored(&c, COMMUNE).await["data"]["counts"]["online"], 333);
        free_storage(&c).await;
        type_into(&c, "online", "401").await;
        eventually("saved once there is room", json!(401), || async {
            stored(&c, COMMUNE).await["data"]["counts"]["online"].clone()
        })
        .await;
        assert_eq!(
            stored(&c, COMMUNE).await["data"]["name"],
            "Xã Đầy Bộ Nhớ Và Tên Dài Hơn"
        );
    });
}

/// A restore whose table does not fit in storage: nothing may change.
#[test]
fn a_restore_writes_every_part_or_none() {
    let server = Server::dist();
    // Two imports' worth (one reads at most 50.000 rows).
    let rows = |from: usize| -> String {
        (from..from + 50_000)
            .map(|i| {
                format!(
                    "Xã Khôi Phục Số {i}, một tên dài cho bản sao lưu quá lớn\t{}\t{}\n",
                    1000 + i,
                    i % 1000
                )
            })
            .collect()
    };
    let units: Vec<_> = [0, 50_000]
        .into_iter()
        .flat_map(|from| parse_table(&rows(from)).units)
        .collect();
    let big = Backup {
        commune: Some(commune("Xã Trong Bản Sao")),
        table: Some(TableRecord { units }),
        rule_sets: Some(RuleSetsRecord {
            custom: Vec::new(),
            active: "khanh-hoa-817-2019".into(),
        }),
        lang: None,
        history: None,
    };
    assert_eq!(big.units(), 100_000);
    let file = write_file("qua-lon.json", backup::encode(&big));
    run(move |c| async move {
        figures_to_restore_over(&c, &server).await;
        let before: Vec<Value> = {
            let mut all = Vec::new();
            for key in [COMMUNE, "ntm-calc.table", "ntm-calc.rulesets"] {
                all.push(raw_stored(&c, key).await);
            }
            all
        };
        let failed = restore_failing(&c, &file).await;
        assert!(failed.contains("phần bảng đơn vị"), "{failed}");
        assert!(failed.contains("Không phần nào được thay"), "{failed}");
        for (key, old) in [COMMUNE, "ntm-calc.table", "ntm-calc.rulesets"]
            .into_iter()
            .zip(before)
        {
            assert_eq!(raw_stored(&c, key).await, old, "{key} is as it was");
        }
        open(&c, &server.url).await;
        assert_eq!(input_value(&c, "commune_name").await, "Xã Đang Có");
    });
}

/// The last part of a restore fails after the others were written: they are undone.
#[test]
fn a_write_failing_after_others_succeeded_undoes_them() {
    let server = Server::dist();
    server.init_script(
        "const set = Storage.prototype.setItem; Storage.prototype.setItem = function (k, v) { \
            if (k === 'ntm-calc.history' && String(v).includes('Xã Lỗi Ghi')) \
              throw new DOMException('full', 'QuotaExceededError'); \
            return set.call(this, k, v); };",
    );
    let history = ntm_calc::core::stored::history_record::decode(
        r#"{"schema":1,"data":{"units":[{"name":"Xã Lỗi Ghi","history":[{"month":"2024-05","total":100,"online":40}]}]}}"#,
    )
    .unwrap();
    let file = write_file(
        "sao-luu.json",
        backup::encode(&Backup {
            commune: Some(commune("Xã Trong Bản Sao")),
            table: Some(TableRecord {
                units: parse_table("Xã X\t10\nXã Y\t20\n").units,
            }),
            rule_sets: None,
            lang: None,
            history: Some(history),
        }),
    );
    run(move |c| async move {
        figures_to_restore_over(&c, &server).await;
        let commune_before = raw_stored(&c, COMMUNE).await;
        let table_before = raw_stored(&c, "ntm-calc.table").await;
        let failed = restore_failing(&c, &file).await;
        assert!(failed.contains("phần số liệu theo tháng"), "{failed}");
        assert_eq!(raw_stored(&c, COMMUNE).await, commune_before);
        assert_eq!(raw_stored(&c, "ntm-calc.table").await, table_before);
        assert_eq!(raw_stored(&c, "ntm-calc.history").await, Value::Null);
        expect_text(&c, "row-count", Some("1 đơn vị")).await;
    });
}

#[test]
fn a_broken_entry_is_kept_aside_once_not_on_every_load() {
    let server = Server::dist();
    run(move |c| async move {
        let garbage: String = format!("garbage {}", "#".repeat(1 << 20));
        for (page, key) in [
            ("", "ntm-calc.rulesets"),
            ("bang/", "ntm-calc.table"),
            ("theo-doi/", "ntm-calc.history"),
        ] {
            let url = format!("{}{page}", server.url);
            open(&c, &url).await;
            set_stored(&c, key, &garbage).await;
            for load in 1..=5 {
                open(&c, &url).await;
                let said = notices(&c).await;
                if load == 1 {
                    assert!(said.contains(&format!("“{key}.unreadable.1”")), "{said}");
                }
                let aside = keys_with(&c, &format!("{key}.unreadable.")).await;
                assert_eq!(aside, vec![format!("{key}.unreadable.1")], "load {load}");
            }
            assert_eq!(
                raw_stored(&c, &format!("{key}.unreadable.1")).await,
                json!(garbage)
            );
            assert_eq!(
                raw_stored(&c, key).await,
                Value::Null,
                "the live key is cleared"
            );
        }
    });
}

#[test]
fn a_newer_versions_entry_is_kept_aside_before_anything_replaces_it() {
    let server = Server::dist();
    let newer = r#"{"schema":99,"data":{"name":"Xã Tương Lai","future":true}}"#;
    let link = format!(
        "{}chia-se/#{}",
        server.url,
        ntm_calc::core::stored::share::encode(&commune("Xã Được Chia Sẻ"))
    );
    run(move |c| async move {
        open(&c, &server.url).await;
        set_stored(&c, COMMUNE, newer).await;
        // The calculator reads it as unreadable and never writes over it while typing.
        open(&c, &server.url).await;
        type_into(&c, "commune_name", "Xã Gõ Thử").await;
        type_into(&c, "total", "10").await;
        assert_eq!(raw_stored(&c, COMMUNE).await, json!(newer));

        // "Mở" on a table row: the newer record is copied aside first.
        open(&c, &table_url(&server)).await;
        import_table(&c, "Xã Bảng\t100\t40\n").await;
        click(&c, "open-unit").await;
        expect_calculator_of(&c, "the calculator shows the unit", "Xã Bảng").await;
        let aside = keys_with(&c, &format!("{COMMUNE}.unreadable.")).await;
        assert_eq!(aside.len(), 1, "{aside:?}");
        assert_eq!(raw_stored(&c, &aside[0]).await, json!(newer));

        // Accepting a share link: the same.
        set_stored(&c, COMMUNE, &newer.replace("Tương Lai", "Tương Lai Hai")).await;
        open(&c, &link).await;
        click(&c, "share-accept").await;
        expect_calculator_of(&c, "the shared commune is shown", "Xã Được Chia Sẻ").await;
        let aside = keys_with(&c, &format!("{COMMUNE}.unreadable.")).await;
        assert_eq!(aside.len(), 2, "{aside:?}");
        assert!(raw_stored(&c, &aside[1])
            .await
            .as_str()
            .unwrap()
            .contains("Tương Lai Hai"));
    });
}

#[test]
fn opening_a_unit_asks_before_replacing_other_figures() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &server.url).await;
        enter_commune(&c, "Xã Của Tôi", "777", "333").await;
        expect_text(&c, "rate", Some("42,86 %")).await;
        let mine = raw_stored(&c, COMMUNE).await;

        open(&c, &table_url(&server)).await;
        import_table(&c, "Xã Bảng\t100\t40\n").await;
        click(&c, "open-unit").await;
        expect_text(
            &c,
            "open-current",
            Some("Xã Của Tôi: 777 hồ sơ, 333 trực tuyến"),
        )
        .await;
        expect_text(
            &c,
            "open-incoming",
            Some("Xã Bảng: 100 hồ sơ, 40 trực tuyến"),
        )
        .await;
        expect_focus(&c, "open-replace").await;
        assert_eq!(
            axe_violations(&c).await,
            Vec::<String>::new(),
            "the question"
        );
        click(&c, "open-cancel").await;
        assert!(c.find(Locator::Css(&testid("open-confirm"))).await.is_err());
        assert_eq!(raw_stored(&c, COMMUNE).await, mine, "nothing replaced");

        click(&c, "open-unit").await;
        click(&c, "open-replace").await;
        expect_calculator_of(&c, "the calculator shows the unit", "Xã Bảng").await;
        assert_eq!(input_value(&c, "total").await, "100");

        // The same figures again: nothing to ask.
        open(&c, &table_url(&server)).await;
        click(&c, "open-unit").await;
        expect_calculator_of(&c, "opened without a question", "Xã Bảng").await;
    });
}

#[test]
fn another_tabs_save_keeps_what_is_typed_here() {
    let server = Server::dist();
    run(move |c| async move {
        // Tab A: the calculator.
        open(&c, &server.url).await;
        let a = c.window().await.unwrap();
        enter_commune(&c, "Xã Một", "100", "20").await;

        // Tab B: the table, with a paste not yet confirmed and a row being edited.
        let b = open_tab(&c, &table_url(&server)).await;
        import_table(&c, "Xã A\t40\nXã B\t20\n").await;
        expect_text(&c, "row-count", Some("2 đơn vị")).await;
        click(&c, "edit-unit").await;
        type_into(&c, "edit_name", "Xã A đang sửa").await;
        paste_table(&c, "Xã Chưa Nhập\t10\n").await;

        // Tab C: a month typed but not saved.
        let t3 = open_tab(&c, &history_url(&server)).await;
        type_into(&c, "month", "07/2024").await;
        type_into(&c, "total", "55").await;

        // A saves a new name and figures; the table changes in a tab of its own too.
        c.switch_to_window(a.clone()).await.unwrap();
        type_into(&c, "commune_name", "Xã Một Đổi Tên").await;
        type_into(&c, "online", "35").await;

        c.switch_to_window(b).await.unwrap();
        let pasted = exec(
            &c,
            "return document.querySelector('[data-testid=import-text]').value",
        )
        .await;
        assert_eq!(pasted, "Xã Chưa Nhập\t10\n");
        assert_eq!(input_value(&c, "edit_name").await, "Xã A đang sửa");

        c.switch_to_window(t3).await.unwrap();
        assert_eq!(input_value(&c, "month").await, "07/2024");
        assert_eq!(input_value(&c, "total").await, "55");

        // Tab D: a second calculator follows A without reloading, typing goes on in place.
        let d = open_tab(&c, &server.url).await;
        exec(&c, "window.__same_page = true; return true").await;
        // Typing goes at the end of what the field holds (WebDriver puts the caret there).
        type_more(&c, "commune_name", " D").await;
        c.switch_to_window(a).await.unwrap();
        type_into(&c, "online", "36").await;
        c.switch_to_window(d).await.unwrap();
        eventually("tab D follows", Some("36".to_owned()), || {
            try_input_value(&c, "online")
        })
        .await;
        assert_eq!(
            exec(&c, "return window.__same_page === true").await,
            true,
            "not reloaded"
        );
        assert_eq!(
            exec(&c, "return document.activeElement.name").await,
            "commune_name",
            "the focus stays where the person was typing"
        );
        type_more(&c, "commune_name", "2").await;
        eventually(
            "D's typing is saved over A's figures",
            json!("Xã Một Đổi Tên D2"),
            || async { stored(&c, COMMUNE).await["data"]["name"].clone() },
        )
        .await;
        let data = stored(&c, COMMUNE).await["data"].clone();
        assert_eq!(data["counts"]["online"], 36, "{data}");
        assert_eq!(data["counts"]["total"], 100, "{data}");
    });
}

#[test]
fn a_tab_that_missed_a_save_never_writes_its_older_figures_over_it() {
    let server = Server::dist();
    // A tab marked deaf hears no storage events: as when it writes before the event arrives.
    server.init_script(
        "if (sessionStorage.getItem('deaf')) \
           window.addEventListener('storage', (e) => e.stopImmediatePropagation(), true);",
    );
    run(move |c| async move {
        open(&c, &server.url).await;
        let a = c.window().await.unwrap();
        enter_commune(&c, "Xã Hai Thẻ", "100", "20").await;

        let b = open_tab(&c, &server.url).await;
        exec(&c, "sessionStorage.setItem('deaf', '1'); return true").await;
        open(&c, &server.url).await;
        assert_eq!(input_value(&c, "online").await, "20");

        c.switch_to_window(a).await.unwrap();
        type_into(&c, "online", "35").await;
        eventually("A saved", json!(35), || async {
            stored(&c, COMMUNE).await["data"]["counts"]["online"].clone()
        })
        .await;

        // B still shows 20, and changes the name: its old 20 must not come back. Its first
        // key meets A's newer record: B shows it and says so, and what is typed next is saved
        // over it.
        c.switch_to_window(b).await.unwrap();
        assert_eq!(input_value(&c, "online").await, "20");
        type_into(&c, "commune_name", "Xã Hai Thẻ B").await;
        eventually("B's name is saved", json!("Xã Hai Thẻ B"), || async {
            stored(&c, COMMUNE).await["data"]["name"].clone()
        })
        .await;
        assert_eq!(stored(&c, COMMUNE).await["data"]["counts"]["online"], 35);
        eventually("B now shows A's figure", Some("35".to_owned()), || {
            try_input_value(&c, "online")
        })
        .await;
        let said = notices(&c).await;
        assert!(said.contains("Thẻ khác vừa lưu số liệu mới hơn"), "{said}");
    });
}

#[test]
fn a_month_typed_again_asks_before_replacing_it() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &history_url(&server)).await;
        save_month(&c, "05/2024", "100", "40").await;
        enter_month(&c, "05/2024", "999", "1").await;
        // The question and its two answers, each read on its own (drivers join a block's
        // lines differently).
        eventually(
            "the question",
            json!([
                "Tháng 05/2024 đã có số liệu (100 hồ sơ, 40 trực tuyến). Thay bằng số liệu vừa nhập (999 hồ sơ, 1 trực tuyến)?",
                "Thay số liệu tháng này",
                "Giữ số liệu đã lưu"
            ]),
            || {
                exec(
                    &c,
                    "const q = document.querySelector('[data-testid=month-exists]'); \
                     return q ? [...q.querySelectorAll('p, button')].map((e) => e.textContent) : null",
                )
            },
        )
        .await;
        expect_focus(&c, "month-replace").await;
        let months = month_figures(&c).await;
        assert!(months[0].1.contains("100"), "{months:?}");
        click(&c, "month-keep").await;
        assert!(c.find(Locator::Css(&testid("month-exists"))).await.is_err());
        let months = month_figures(&c).await;
        assert!(
            months[0].1.contains("100") && !months[0].1.contains("999"),
            "{months:?}"
        );

        click(&c, "save-month").await;
        click(&c, "month-replace").await;
        expect_text(&c, "month-saved", Some("Đã lưu số liệu tháng 05/2024")).await;
        let months = month_figures(&c).await;
        assert_eq!(months.len(), 1);
        assert!(months[0].1.contains("999"), "{months:?}");

        // A month chosen for editing is saved in place without a question.
        click(&c, "edit-month").await;
        type_into(&c, "online", "2").await;
        click(&c, "save-month").await;
        expect_text(&c, "month-saved", Some("Đã lưu số liệu tháng 05/2024")).await;
        assert!(c.find(Locator::Css(&testid("month-exists"))).await.is_err());
    });
}

#[test]
fn a_stored_language_that_is_not_one_is_kept_aside_and_said() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &server.url).await;
        set_stored(&c, "ntm-calc.lang", "klingon").await;
        open(&c, &server.url).await;
        let said = notices(&c).await;
        assert!(said.contains("“ntm-calc.lang.unreadable.1”"), "{said}");
        assert_eq!(
            raw_stored(&c, "ntm-calc.lang.unreadable.1").await,
            "klingon"
        );
        assert_eq!(exec(&c, "return document.documentElement.lang").await, "vi");
    });
}

/// The page shell listens before the loader runs: a blocked app is explained at once, on
/// every load, never after the last-resort wait.
#[test]
fn a_blocked_app_is_explained_at_once_on_every_load() {
    let server = Server::dist();
    let wasm = first_page_wasm();
    server.override_file(&wasm, |_| "blocked".to_owned());
    run(move |c| async move {
        for attempt in 1..=5 {
            let started = Instant::now();
            c.goto(&server.url).await.unwrap();
            c.wait()
                .at_most(Duration::from_secs(10))
                .for_element(Locator::Css(&testid("load-failed")))
                .await
                .unwrap_or_else(|_| panic!("load {attempt}: no message within 10 s"));
            eprintln!("load {attempt}: message after {:?}", started.elapsed());
        }
    });
}

/// What the previous version stored (no revision in the envelope) reads as before, and the
/// next save writes the same figures with a revision.
#[test]
fn data_stored_by_the_previous_version_reads_and_saves_on() {
    let server = Server::dist();
    let commune = r#"{"schema":1,"data":{"name":"Xã Cũ","registered":"nang-cao","dx":false,"counts":{"total":1234,"online":742},"rule_set":"khanh-hoa-xa-2022-2025"}}"#;
    let history = r#"{"schema":1,"data":{"units":[{"name":"Xã Cũ","history":[{"month":"2024-05","total":100,"online":40}]}]}}"#;
    run(move |c| async move {
        open(&c, &server.url).await;
        set_stored(&c, COMMUNE, commune).await;
        set_stored(&c, "ntm-calc.history", history).await;
        open(&c, &server.url).await;
        assert_eq!(input_value(&c, "commune_name").await, "Xã Cũ");
        assert_eq!(input_value(&c, "total").await, "1.234");
        expect_text(&c, "rate", Some("60,13 %")).await;
        assert_eq!(notices(&c).await, "");
        type_into(&c, "commune_name", "Xã Cũ Mới").await;
        eventually("saved with a revision", json!("Xã Cũ Mới"), || async {
            stored(&c, COMMUNE).await["data"]["name"].clone()
        })
        .await;
        let now = stored(&c, COMMUNE).await;
        assert!(now["rev"].as_u64().unwrap_or(0) >= 1, "{now}");
        assert_eq!(now["schema"], 2);
        assert_eq!(
            now["data"]["counts"],
            json!({"total": 1234, "online": 742, "full_online": null})
        );

        open(&c, &history_url(&server)).await;
        let months = month_figures(&c).await;
        assert_eq!(months.len(), 1, "{months:?}");
        assert_eq!(months[0].0, "05/2024");
    });
}

/// The two questions, on a phone and a desktop.
#[test]
fn the_questions_fit_a_phone_and_a_desktop() {
    for width in [320, 1280] {
        let server = Server::dist();
        run_sized((width, 900), move |c| async move {
            open(&c, &server.url).await;
            enter_commune(&c, "Xã Của Tôi Với Một Tên Rất Dài", "777", "333").await;
            open(&c, &table_url(&server)).await;
            import_table(&c, "Xã Bảng\t100\t40\n").await;
            click(&c, "open-unit").await;
            wait_for_testid(&c, "open-confirm").await;
            assert_no_sideways_scroll(&c, width, "the open question").await;
            screenshot(&c, &format!("open-confirm-{width}")).await;

            open(&c, &history_url(&server)).await;
            enter_month(&c, "05/2024", "100", "40").await;
            enter_month(&c, "05/2024", "999", "1").await;
            wait_for_testid(&c, "month-exists").await;
            assert_no_sideways_scroll(&c, width, "the month question").await;
            screenshot(&c, &format!("month-exists-{width}")).await;
        });
    }
}
