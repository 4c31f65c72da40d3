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
