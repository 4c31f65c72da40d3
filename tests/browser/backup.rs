//! One file holds everything stored; restoring it shows a preview first, and a bad file
//! changes nothing.

use crate::support::*;
use ntm_calc::core::rules::tier::Tier;
use ntm_calc::core::stored::backup::{self, Backup};
use ntm_calc::core::stored::history_record;
use ntm_calc::core::stored::record::{CommuneRecord, TableRecord};
use ntm_calc::core::table::import::parse_table;
use serde_json::json;

#[test]
fn a_backup_is_restored_after_a_preview() {
    let server = Server::dist();
    let file = write_file(
        "sao-luu.json",
        backup::encode(&Backup {
            commune: Some(CommuneRecord {
                name: "Xã Ninh Quang".into(),
                registered: Tier::KIEU_MAU,
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
        open(&c, &table_url(&server)).await;
        choose_file(&c, "backup_file", &broken).await;
        expect_text(
            &c,
            "backup-error",
            Some(
                "Tệp này không phải bản sao lưu đọc được; không thay đổi gì (số liệu không hợp lệ)",
            ),
        )
        .await;
        expect_text(&c, "row-count", Some("0 đơn vị")).await;

        choose_file(&c, "backup_file", &file).await;
        // The summary and the button under it, read one by one (WebKit reads a paragraph and
        // the button after it as one line).
        eventually(
            "backup-preview",
            json!(["Bản sao lưu có: xã “Xã Ninh Quang”, 3 đơn vị trong bảng, 0 bộ tiêu chí tự chỉnh, 1 tháng số liệu theo dõi.", "Khôi phục (thay dữ liệu hiện có)"]),
            || exec(&c, "return [...document.querySelectorAll('[data-testid=backup-preview] > *')].map(e => e.textContent)"),
        )
        .await;
        expect_text(&c, "row-count", Some("0 đơn vị")).await;
        click(&c, "backup-confirm").await;
        expect_text(&c, "row-count", Some("3 đơn vị")).await;
        open(&c, &server.url).await;
        assert_eq!(input_value(&c, "commune_name").await, "Xã Ninh Quang");
        assert_eq!(input_value(&c, "registered_tier").await, "kieu-mau");
        open(&c, &history_url(&server)).await;
        assert_eq!(input_value(&c, "history_unit_name").await, "Xã Ninh Quang");
        expect_text(&c, "period-rate", Some("40,00 %")).await;
    });
}

#[test]
fn the_backup_download_holds_the_table() {
    let server = Server::dist();
    let (downloads, setup) = download_setup("downloads");
    run_with(setup, move |c| async move {
        open(&c, &table_url(&server)).await;
        import_table(&c, "Xã A\t40\nXã B\t20\n").await;
        expect_text(&c, "row-count", Some("2 đơn vị")).await;
        click(&c, "backup-download").await;
        let file = wait_for_download(&downloads, "json", 1).await;
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
