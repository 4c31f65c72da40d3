//! One file holds everything stored; restoring it shows a preview first, and a bad file
//! changes nothing.

mod support;

use fantoccini::{Client, Locator};
use ntm_calc::core::rules::tier::Tier;
use ntm_calc::core::stored::backup::{self, Backup};
use ntm_calc::core::stored::history_record;
use ntm_calc::core::stored::record::{CommuneRecord, TableRecord};
use ntm_calc::core::table::import::parse_table;
use serde_json::json;
use support::*;

async fn choose_file(c: &Client, path: &str) {
    let input = c.find(Locator::Css("[name=backup_file]")).await.unwrap();
    input.send_keys(path).await.unwrap();
}

#[test]
fn a_backup_is_restored_after_a_preview() {
    let server = Server::dist();
    let file = write_file(
        "sao-luu.json",
        &backup::encode(&Backup {
            commune: Some(CommuneRecord {
                name: "Xã Ninh Quang".into(),
                registered: Tier::KieuMau,
                dx: false,
                counts: None,
                rule_set: "khanh-hoa-xa-2022-2025".into(),
                commune_group: None,
            }),
            table: Some(TableRecord {
                units: parse_table("Xã A\t40\nXã B\t20\nXã C\t60\n").units,
            }),
            rule_sets: None,
            lang: None,
            history: Some(
                history_record::decode(
                    r#"{"schema":1,"data":{"units":[{"name":"Xã Ninh Quang","history":[{"month":"2024-05","total":100,"online":40}]}]}}"#,
                )
                .unwrap(),
            ),
        }),
    );
    let broken = write_file(
        "hong.json",
        "{\"schema\": 1, \"data\": {\"ntm_calc_backup\": true, \"table\": 5}}",
    );
    run(move |c| async move {
        open(&c, &format!("{}bang/", server.url)).await;
        choose_file(&c, &broken).await;
        expect_text(
            &c,
            "backup-error",
            Some(
                "Tệp này không phải bản sao lưu đọc được; không thay đổi gì (số liệu không hợp lệ)",
            ),
        )
        .await;
        expect_text(&c, "row-count", Some("0 đơn vị")).await;

        choose_file(&c, &file).await;
        // The summary and the button under it, read one by one (WebKit reads a paragraph and
        // the button after it as one line).
        eventually(
            "backup-preview",
            json!(["Bản sao lưu có: xã “Xã Ninh Quang”, 3 đơn vị trong bảng, 0 bộ tiêu chí tự chỉnh, 1 tháng số liệu theo dõi.", "Khôi phục (thay dữ liệu hiện có)"]),
            || exec(&c, "return [...document.querySelectorAll('[data-testid=backup-preview] > *')].map(e => e.textContent)"),
        )
        .await;
        expect_text(&c, "row-count", Some("0 đơn vị")).await;
        c.find(Locator::Css(&testid("backup-confirm")))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        expect_text(&c, "row-count", Some("3 đơn vị")).await;
        c.goto(&server.url).await.unwrap();
        wait_for_app(&c).await;
        assert_eq!(input_value(&c, "commune_name").await, "Xã Ninh Quang");
        assert_eq!(input_value(&c, "registered_tier").await, "kieu-mau");
        c.goto(&format!("{}theo-doi/", server.url)).await.unwrap();
        wait_for_app(&c).await;
        assert_eq!(input_value(&c, "history_unit_name").await, "Xã Ninh Quang");
        expect_text(&c, "period-rate", Some("40,00 %")).await;
    });
}

#[test]
fn the_backup_download_holds_the_table() {
    let server = Server::dist();
    let downloads = fresh_profile("downloads");
    let setup = Setup {
        downloads: Some(downloads.clone()),
        ..Setup::default()
    };
    run_with(setup, move |c| async move {
        open(&c, &format!("{}bang/", server.url)).await;
        import_table(&c, "Xã A\t40\nXã B\t20\n").await;
        expect_text(&c, "row-count", Some("2 đơn vị")).await;
        c.find(Locator::Css(&testid("backup-download")))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        let file = wait_for_download(&downloads).await;
        let restored = backup::decode(&file).expect("the download is a readable backup");
        let names: Vec<String> = restored
            .table
            .unwrap()
            .units
            .into_iter()
            .map(|u| u.name)
            .collect();
        assert_eq!(names, vec!["Xã A", "Xã B"]);
    });
}
