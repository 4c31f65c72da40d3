//! Workbooks straight from the provincial system: an .xlsx opened in the table import is read
//! by the workbook worker, its header found under merged cells, its title, period and totals
//! rows kept out of the units; the same preview and confirm as any import.

use crate::support::*;
use rust_xlsxwriter::{Format, Workbook};

/// A workbook as a one-stop system exports it: a title, the period, a header of two rows
/// with merged cells, units (one with its numbers stored as text), a totals row.
fn portal_workbook() -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Bao cao").unwrap();
    let bold = Format::new().set_bold();
    sheet
        .merge_range(0, 0, 0, 5, "BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC", &bold)
        .unwrap();
    sheet
        .merge_range(
            1,
            0,
            1,
            5,
            "Từ ngày 01/01/2022 đến ngày 31/03/2022",
            &Format::new(),
        )
        .unwrap();
    sheet.write_string(2, 0, "STT").unwrap();
    sheet.write_string(2, 1, "Tên đơn vị").unwrap();
    sheet
        .merge_range(2, 2, 2, 4, "Số hồ sơ nhận giải quyết", &bold)
        .unwrap();
    sheet.write_string(3, 2, "Tổng số").unwrap();
    sheet.write_string(3, 3, "Trong đó: trực tuyến").unwrap();
    sheet.write_string(3, 4, "Trực tiếp").unwrap();
    sheet.write_string(2, 5, "Ghi chú").unwrap();
    sheet.write_number(4, 0, 1.0).unwrap();
    sheet.write_string(4, 1, "Xã Vạn Thạnh").unwrap();
    sheet.write_number(4, 2, 10_000.0).unwrap();
    sheet.write_number(4, 3, 3_291.0).unwrap();
    sheet.write_number(4, 4, 6_709.0).unwrap();
    sheet.write_number(5, 0, 2.0).unwrap();
    sheet.write_string(5, 1, "Phường Ninh Hiệp").unwrap();
    sheet.write_string(5, 2, "2.000").unwrap();
    sheet.write_string(5, 3, "1.500").unwrap();
    sheet.write_string(6, 1, "Tổng cộng").unwrap();
    sheet.write_number(6, 2, 12_000.0).unwrap();
    sheet.write_number(6, 3, 4_791.0).unwrap();
    book.save_to_buffer().unwrap()
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
        assert!(summary.contains("2 đơn vị"), "{summary}");
        assert!(
            text_of(&c, "import-row-errors").await.is_none(),
            "{summary}"
        );
        confirm_import(&c).await;
        expect_text(&c, "row-count", Some("2 đơn vị")).await;
        let rates = exec(
            &c,
            "return [...document.querySelectorAll('[data-testid=unit-row]')].map(r => r.dataset.name + ':' + r.dataset.status).join('|')",
        )
        .await;
        // 32,91 % and 75 % both pass NTM's 30 %.
        assert_eq!(rates, "Xã Vạn Thạnh:pass|Phường Ninh Hiệp:pass");
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
