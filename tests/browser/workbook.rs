//! Workbooks straight from the provincial system: an .xlsx opened in the table import is read
//! by the workbook worker, its header found under merged cells, its title, period and totals
//! rows kept out of the units; the same preview and confirm as any import.

use crate::support::*;
use rust_xlsxwriter::Workbook;
use samples::{portal_workbook, without_formula_results};

/// The workbooks the core's tests read too.
mod samples {
    include!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/workbooks.rs"
    ));
}

#[test]
fn a_portal_workbook_is_read_off_the_page_and_previewed() {
    let server = Server::dist();
    let path = write_file("bao-cao-quy-1.xlsx", portal_workbook());
    run(move |c| async move {
        open(&c, &table_url(&server)).await;
        choose_file(&c, "import_file", &path).await;
        expect_text(
            &c,
            "import-workbook",
            Some("Đã đọc trang tính “Bao cao” (1 trang tính trong tệp); kỳ báo cáo: Từ ngày 01/01/2022 đến ngày 31/03/2022."),
        )
        .await;
        let summary = wait_for_testid(&c, "import-preview")
            .await
            .text()
            .await
            .unwrap();
        assert!(summary.contains("3 đơn vị"), "{summary}");
        assert!(
            text_of(&c, "import-row-errors").await.is_none(),
            "{summary}"
        );
        confirm_import(&c).await;
        expect_text(&c, "row-count", Some("3 đơn vị")).await;
        // 32,91 %, 33,33 % and 75 % all pass NTM's 30 %.
        assert_eq!(
            unit_statuses(&c).await,
            "Xã Vạn Thạnh:pass|Xã Ninh Tây:pass|Phường Ninh Hiệp:pass"
        );
    });
}

/// A workbook of two quarters, the second exported by a system whose columns the header's
/// names do not tell ("Nộp qua DVC" for online), with a hidden column and a formula saved
/// without its result.
fn two_quarters_workbook() -> Vec<u8> {
    let mut book = Workbook::new();
    let first = book.add_worksheet();
    first.set_name("Quý 1").unwrap();
    for (col, title) in ["Tên đơn vị", "Tổng số", "Trực tuyến"].iter().enumerate() {
        first.write_string(0, col as u16, *title).unwrap();
    }
    first.write_string(1, 0, "Xã Quý Một").unwrap();
    first.write_number(1, 1, 10.0).unwrap();
    first.write_number(1, 2, 4.0).unwrap();
    let second = book.add_worksheet();
    second.set_name("Quý 2").unwrap();
    let header = [
        "Đơn vị",
        "Tổng số hồ sơ",
        "Nộp qua DVC",
        "Mã nội bộ",
        "Kiểm tra",
    ];
    for (col, title) in header.iter().enumerate() {
        second.write_string(0, col as u16, *title).unwrap();
    }
    second.set_column_hidden(3).unwrap();
    for (i, (name, total, online)) in [("Xã Sơn Hà", 1_000.0, 420.0), ("Xã Sơn Lâm", 800.0, 100.0)]
        .iter()
        .enumerate()
    {
        let r = 1 + i as u32;
        second.write_string(r, 0, *name).unwrap();
        second.write_number(r, 1, *total).unwrap();
        second.write_number(r, 2, *online).unwrap();
        second.write_string(r, 3, format!("SH-{r}")).unwrap();
        second
            .write_formula(r, 4, format!("=C{0}/B{0}", r + 1).as_str())
            .unwrap();
    }
    without_formula_results(&book.save_to_buffer().unwrap())
}

/// Each unit row's name and status, in the table's order.
async fn unit_statuses(c: &fantoccini::Client) -> serde_json::Value {
    exec(
        c,
        "return [...document.querySelectorAll('[data-testid=unit-row]')].map(r => r.dataset.name + ':' + r.dataset.status).join('|')",
    )
    .await
}

/// Chooses `role` (its index in the offered list) for column `col` of the column map.
async fn map_column(c: &fantoccini::Client, col: usize, option_text: &str) {
    c.find(fantoccini::Locator::Css(&format!(
        "[data-testid=column-role][data-column=\"{col}\"]"
    )))
    .await
    .unwrap_or_else(|e| panic!("no column {col}: {e}"))
    .select_by_label(option_text)
    .await
    .unwrap_or_else(|e| panic!("no option {option_text}: {e}"));
}

#[test]
fn a_sheet_is_chosen_its_columns_mapped_by_hand_and_the_mapping_remembered() {
    let server = Server::dist();
    let path = write_file("hai-quy.xlsx", two_quarters_workbook());
    run(move |c| async move {
        open(&c, &table_url(&server)).await;
        choose_file(&c, "import_file", &path).await;
        // The first sheet is read, and the sheets are offered.
        expect_text(
            &c,
            "import-workbook",
            Some("Đã đọc trang tính “Quý 1” (2 trang tính trong tệp)."),
        )
        .await;
        expect_text(&c, "import-confirm", Some("Nhập 1 đơn vị")).await;
        select_value_css(&c, &testid("import-sheet"), "Quý 2").await;
        eventually("the second sheet is read", true, || async {
            text_of(&c, "import-workbook").await.is_some_and(|t| {
                t.starts_with("Đã đọc trang tính “Quý 2”")
                    && t.contains("2 ô có công thức nhưng tệp không lưu kết quả")
            })
        })
        .await;
        // "Nộp qua DVC" is not known as online: the rows lack their online count.
        let columns = exec(
            &c,
            "return [...document.querySelectorAll('[data-testid=column-role]')].map(s => s.selectedOptions[0].text).join('|')",
        )
        .await;
        assert_eq!(
            columns,
            "Tên đơn vị|Tổng số hồ sơ|— Không đọc —|— Không đọc —|— Không đọc —"
        );
        assert!(text_of(&c, "import-row-errors")
            .await
            .is_some_and(|t| t.contains("Dòng 2")));
        expect_text(&c, "import-confirm", Some("Nhập 0 đơn vị")).await;
        // Mapped by hand: read again at once.
        map_column(&c, 2, "Hồ sơ trực tuyến").await;
        expect_text(&c, "import-confirm", Some("Nhập 2 đơn vị")).await;
        assert!(text_of(&c, "import-row-errors").await.is_none());
        assert!(text_of(&c, "column-map-reset").await.is_some());
        // A name column taken away is said at once.
        map_column(&c, 0, "— Không đọc —").await;
        wait_for_testid(&c, "column-map-missing").await;
        map_column(&c, 0, "Tên đơn vị").await;
        expect_text(&c, "import-confirm", Some("Nhập 2 đơn vị")).await;
        confirm_import(&c).await;
        expect_text(&c, "row-count", Some("2 đơn vị")).await;
        // 42 % passes NTM's 30 %; 12,5 % does not.
        assert_eq!(unit_statuses(&c).await, "Xã Sơn Hà:pass|Xã Sơn Lâm:fail");
        let remembered = stored(&c, "ntm-calc.columns").await;
        assert_eq!(
            remembered["data"]["maps"][0]["roles"][2],
            serde_json::json!("online"),
            "{remembered}"
        );

        // The next file with that header, after a reload, is read as mapped.
        reload(&c).await;
        choose_file(&c, "import_file", &path).await;
        expect_text(&c, "import-confirm", Some("Nhập 1 đơn vị")).await;
        select_value_css(&c, &testid("import-sheet"), "Quý 2").await;
        wait_for_testid(&c, "column-map-remembered").await;
        expect_text(&c, "import-confirm", Some("Nhập 2 đơn vị")).await;
        // Set back to the names: forgotten once imported.
        click(&c, "column-map-reset").await;
        expect_text(&c, "import-confirm", Some("Nhập 0 đơn vị")).await;
        assert!(text_of(&c, "column-map-remembered").await.is_none());
    });
}

#[test]
fn a_workbook_of_100_000_rows_is_read_to_the_limit_without_freezing_the_page() {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    for (col, title) in ["Tên đơn vị", "Tổng số", "Trực tuyến"].iter().enumerate() {
        sheet.write_string(0, col as u16, *title).unwrap();
    }
    for r in 1..=100_000u32 {
        sheet.write_string(r, 0, format!("Xã {r}")).unwrap();
        sheet.write_number(r, 1, 100.0).unwrap();
        sheet.write_number(r, 2, f64::from(r % 100)).unwrap();
    }
    let path = write_file("100000.xlsx", book.save_to_buffer().unwrap());
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &table_url(&server)).await;
        choose_file(&c, "import_file", &path).await;
        // The page answers while the worker reads.
        let started = std::time::Instant::now();
        let answered = exec(
            &c,
            "return document.querySelectorAll('[data-testid=import-pending]').length",
        )
        .await;
        assert!(answered.as_u64().is_some());
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
        loop {
            if text_of(&c, "import-confirm").await.as_deref() == Some("Nhập 49.999 đơn vị") {
                break;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "the workbook was not read in two minutes"
            );
            tokio::time::sleep(std::time::Duration::from_millis(250)).await;
        }
        let note = text_of(&c, "import-workbook").await.unwrap_or_default();
        assert!(
            note.contains("50.001 dòng sau dòng thứ 50.000 không được đọc"),
            "{note}"
        );
    });
}

/// The bytes of the first `.xlsx` file that arrives in `dir`, waiting for it.
async fn downloaded_workbook(dir: &std::path::Path) -> Vec<u8> {
    for _ in 0..150 {
        let found = std::fs::read_dir(dir).ok().and_then(|d| {
            d.flatten()
                .map(|e| e.path())
                .find(|p| p.extension().is_some_and(|e| e == "xlsx"))
        });
        if let Some(bytes) = found.and_then(|path| std::fs::read(path).ok()) {
            if !bytes.is_empty() {
                return bytes;
            }
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("no .xlsx file was downloaded to {}", dir.display());
}

#[test]
fn the_table_exported_as_a_workbook_opens_back_as_the_same_table() {
    use ntm_calc::core::{table::import::parse_table, workbook::read::sheet_text};
    let server = Server::dist();
    let (downloads, setup) = download_setup("xlsx");
    run_with(setup, move |c| async move {
        open(&c, &table_url(&server)).await;
        paste_table(
            &c,
            "Tên đơn vị\tNhóm xã\tTổng số hồ sơ\tTrực tuyến\tToàn trình\tTỷ lệ (%)\tGhi chú\n\
             Xã Sơn Hà\t3\t1.234\t742\t500\t\t=HYPERLINK(\"x\")\n\
             Phường Ninh Hiệp\t\t\t\t\t98,46\t\n",
        )
        .await;
        confirm_import(&c).await;
        expect_text(&c, "row-count", Some("2 đơn vị")).await;
        click(&c, "export-xlsx").await;
        let bytes = downloaded_workbook(&downloads).await;
        let sheet = sheet_text(&bytes).expect("the download is a workbook");
        let units = parse_table(&sheet.text).units;
        assert_eq!(units.len(), 2, "{}", sheet.text);
        assert_eq!(units[0].name, "Xã Sơn Hà");
        assert_eq!(units[0].commune_group, Some(3));
        assert_eq!(units[0].note, "=HYPERLINK(\"x\")");

        // Opened back in an empty table: the same units, the same verdicts.
        let path = write_file("bang.xlsx", &bytes);
        exec(&c, "localStorage.clear(); return 0;").await;
        open_anew(&c, &table_url(&server)).await;
        choose_file(&c, "import_file", &path).await;
        confirm_import(&c).await;
        expect_text(&c, "row-count", Some("2 đơn vị")).await;
        let rows = exec(
            &c,
            "return [...document.querySelectorAll('[data-testid=unit-row]')].map(r => r.dataset.name + ':' + r.dataset.status).join('|')",
        )
        .await;
        assert_eq!(rows, "Xã Sơn Hà:pass|Phường Ninh Hiệp:pass");
    });
}

/// The sheet choice and the column map at a phone's and a desktop's width: nothing scrolls
/// sideways; a screenshot of each to look at.
#[test]
fn the_sheet_choice_and_the_column_map_fit_a_phone_and_a_desktop() {
    let path = write_file("hai-quy-man-hinh.xlsx", two_quarters_workbook());
    for width in [320, 1280] {
        let server = Server::dist();
        let path = path.clone();
        run_sized((width, 1600), move |c| async move {
            open(&c, &table_url(&server)).await;
            choose_file(&c, "import_file", &path).await;
            expect_text(&c, "import-confirm", Some("Nhập 1 đơn vị")).await;
            select_value_css(&c, &testid("import-sheet"), "Quý 2").await;
            expect_text(&c, "import-confirm", Some("Nhập 0 đơn vị")).await;
            map_column(&c, 2, "Hồ sơ trực tuyến").await;
            expect_text(&c, "import-confirm", Some("Nhập 2 đơn vị")).await;
            exec(
                &c,
                "document.querySelector('[data-testid=import-workbook]').scrollIntoView(); return 0;",
            )
            .await;
            assert_no_sideways_scroll(&c, width, "the column map").await;
            screenshot(&c, &format!("table-column-map-{width}")).await;
            assert_eq!(
                axe_violations(&c).await,
                Vec::<String>::new(),
                "the column map"
            );
        });
    }
}
