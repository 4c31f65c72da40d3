//! Months taken from a file on the history page: a month's report as the one-stop system
//! exports it (every unit of a district, the month in its period line) and a unit's months
//! pasted from Excel; nothing taken before the confirm, every unreadable row said.

use crate::support::*;
use fantoccini::{Client, Locator};
use rust_xlsxwriter::{Format, Workbook};

/// May 2024's report of a one-stop system: a title, the period, a header of two rows under
/// merged cells, two communes, a row numbering the columns and a totals row.
fn may_report() -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Thang 5").unwrap();
    let bold = Format::new().set_bold();
    sheet
        .merge_range(0, 0, 0, 12, "TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC", &bold)
        .unwrap();
    sheet
        .merge_range(
            1,
            0,
            1,
            12,
            "Từ ngày 01/05/2024 đến ngày 31/05/2024",
            &Format::new(),
        )
        .unwrap();
    sheet.merge_range(2, 0, 3, 0, "STT", &bold).unwrap();
    sheet.merge_range(2, 1, 3, 1, "Tên đơn vị", &bold).unwrap();
    sheet
        .merge_range(2, 2, 2, 6, "Số hồ sơ nhận giải quyết", &bold)
        .unwrap();
    for (col, title) in [
        "Tổng số",
        "Trong đó: trực tuyến",
        "Trực tiếp",
        "Qua BCCI",
        "Kỳ trước chuyển qua",
    ]
    .iter()
    .enumerate()
    {
        sheet.write_string(3, 2 + col as u16, *title).unwrap();
    }
    sheet
        .merge_range(2, 7, 2, 9, "Kết quả giải quyết", &bold)
        .unwrap();
    for (col, title) in ["Trước hạn", "Đúng hạn", "Trễ hạn"].iter().enumerate() {
        sheet.write_string(3, 7 + col as u16, *title).unwrap();
    }
    sheet
        .merge_range(2, 10, 3, 10, "Đang giải quyết", &bold)
        .unwrap();
    sheet.merge_range(2, 11, 3, 11, "Tỷ lệ (%)", &bold).unwrap();
    for col in 0..12u16 {
        sheet
            .write_string(4, col, format!("({})", col + 1))
            .unwrap();
    }
    let rows = [
        (
            "Xã Vạn Thạnh",
            [1_000.0, 329.0, 671.0, 12.0, 5.0, 800.0, 150.0, 20.0, 35.0],
        ),
        (
            "Xã Ninh Tây",
            [200.0, 80.0, 120.0, 0.0, 0.0, 150.0, 40.0, 5.0, 5.0],
        ),
    ];
    for (i, (name, figures)) in rows.iter().enumerate() {
        let r = 5 + i as u32;
        sheet.write_number(r, 0, (i + 1) as f64).unwrap();
        sheet.write_string(r, 1, *name).unwrap();
        for (col, n) in figures.iter().enumerate() {
            sheet.write_number(r, 2 + col as u16, *n).unwrap();
        }
        sheet.write_number(r, 11, figures[1] / figures[0]).unwrap();
    }
    sheet.write_string(7, 1, "Tổng cộng").unwrap();
    sheet.write_number(7, 2, 1_200.0).unwrap();
    sheet.write_number(7, 3, 409.0).unwrap();
    book.save_to_buffer().unwrap()
}

async fn open_import(c: &Client) {
    c.find(Locator::Css("[data-testid=months-import] > summary"))
        .await
        .expect("the import's summary")
        .click()
        .await
        .expect("open the import");
}

/// The units offered by the unit selector.
async fn unit_names(c: &Client) -> String {
    exec(
        c,
        "return [...document.querySelectorAll('[name=history_unit] option')].map(o => o.textContent).join('|')",
    )
    .await
    .as_str()
    .unwrap_or_default()
    .to_owned()
}

#[test]
fn a_month_s_report_of_a_district_gives_each_commune_its_month() {
    let server = Server::dist();
    let path = write_file("thang-5.xlsx", may_report());
    run_sized((1280, 2400), move |c| async move {
        open(&c, &history_url(&server)).await;
        open_import(&c).await;
        choose_file(&c, "months_import_file", &path).await;
        expect_text(
            &c,
            "months-import-summary",
            Some("2 tháng của 2 đơn vị: 2 tháng mới, 0 tháng thay số liệu đã nhập, 0 tháng trùng số liệu đã có; thêm 2 đơn vị mới. Kỳ báo cáo của tệp: tháng 05/2024."),
        )
        .await;
        expect_text(
            &c,
            "months-import-workbook",
            Some("Đã đọc trang tính “Thang 5” (1 trang tính trong tệp); kỳ báo cáo: Từ ngày 01/05/2024 đến ngày 31/05/2024."),
        )
        .await;
        assert!(text_of(&c, "months-import-errors").await.is_none());
        // Nothing is taken before the confirm.
        assert_eq!(unit_names(&c).await, "(chưa đặt tên)");
        click(&c, "months-import-confirm").await;
        expect_text(
            &c,
            "months-import-done",
            Some("Đã nhập 2 tháng (2 mới, 0 thay số liệu cũ)."),
        )
        .await;
        assert_eq!(unit_names(&c).await, "Xã Vạn Thạnh|Xã Ninh Tây");
        let stored = stored(&c, "ntm-calc.history").await;
        let first = &stored["data"]["units"][0]["history"][0];
        assert_eq!(first["month"], "2024-05", "{stored}");
        assert_eq!(
            (
                &first["total"],
                &first["online"],
                &first["in_person"],
                &first["postal"],
                &first["carried_over"],
                &first["early"],
                &first["on_time"],
                &first["late"]
            ),
            (
                &serde_json::json!(1000),
                &serde_json::json!(329),
                &serde_json::json!(671),
                &serde_json::json!(12),
                &serde_json::json!(5),
                &serde_json::json!(800),
                &serde_json::json!(150),
                &serde_json::json!(20)
            ),
            "{stored}"
        );
        // The month is the unit's: its rate shows in the months table.
        let rate = exec(
            &c,
            "const r = document.querySelector('[data-testid=month-row][data-month=\"05/2024\"] [data-testid=month-rate]'); return r && r.textContent",
        )
        .await;
        assert_eq!(rate, "32,90 %");

        // The same report opened again: both months are as entered.
        choose_file(&c, "months_import_file", &path).await;
        expect_text(
            &c,
            "months-import-summary",
            Some("2 tháng của 2 đơn vị: 0 tháng mới, 0 tháng thay số liệu đã nhập, 2 tháng trùng số liệu đã có. Kỳ báo cáo của tệp: tháng 05/2024."),
        )
        .await;
    });
}

#[test]
fn a_unit_s_months_pasted_from_excel_say_which_rows_are_wrong() {
    let server = Server::dist();
    run_sized((1280, 2400), move |c| async move {
        open(&c, &history_url(&server)).await;
        type_into(&c, "history_unit_name", "Xã Sơn Hà").await;
        open_import(&c).await;
        let area = c
            .find(Locator::Css(&testid("months-import-text")))
            .await
            .expect("the box");
        c.execute(
            PASTE_JS,
            vec![
                serde_json::to_value(&area).unwrap(),
                serde_json::json!(
                    "Tháng\tTổng số hồ sơ\tTrực tuyến\tToàn trình\n\
                     01/2024\t100\t40\t10\n\
                     tháng 2/2024\t1.200\t600\t\n\
                     03/2024\t90\t95\t\n\
                     04/2024\t-5\t1\t\n"
                ),
            ],
        )
        .await
        .expect("paste");
        expect_text(
            &c,
            "months-import-summary",
            Some("2 tháng của đơn vị đang xem: 2 tháng mới, 0 tháng thay số liệu đã nhập, 0 tháng trùng số liệu đã có. 2 dòng không đọc được."),
        )
        .await;
        let errors = text_of(&c, "months-import-errors")
            .await
            .unwrap_or_default();
        assert!(
            errors.contains("Dòng 4: Số hồ sơ trực tuyến")
                && errors.contains("Dòng 5: tổng số: Số hồ sơ không thể âm."),
            "{errors}"
        );
        expect_text(&c, "months-import-confirm", Some("Nhập 2 tháng")).await;
        click(&c, "months-import-confirm").await;
        expect_text(
            &c,
            "months-import-done",
            Some("Đã nhập 2 tháng (2 mới, 0 thay số liệu cũ)."),
        )
        .await;
        assert_eq!(unit_names(&c).await, "Xã Sơn Hà");
        reload(&c).await;
        let stored = stored(&c, "ntm-calc.history").await;
        let unit = &stored["data"]["units"][0];
        assert_eq!(unit["name"], "Xã Sơn Hà");
        assert_eq!(
            unit["history"].as_array().map(Vec::len),
            Some(2),
            "{stored}"
        );
        assert_eq!(unit["history"][1]["total"], 1200);
    });
}

/// The months import at a phone's and a desktop's width: nothing scrolls sideways; a
/// screenshot of each to look at.
#[test]
fn the_months_import_fits_a_phone_and_a_desktop() {
    let path = write_file("thang-5-man-hinh.xlsx", may_report());
    for width in [320, 1280] {
        let server = Server::dist();
        let path = path.clone();
        run_sized((width, 1800), move |c| async move {
            open(&c, &history_url(&server)).await;
            open_import(&c).await;
            choose_file(&c, "months_import_file", &path).await;
            wait_for_testid(&c, "months-import-summary").await;
            exec(
                &c,
                "document.querySelector('[data-testid=months-import]').scrollIntoView(); return 0;",
            )
            .await;
            assert_no_sideways_scroll(&c, width, "the months import").await;
            screenshot(&c, &format!("history-months-import-{width}")).await;
            assert_eq!(
                axe_violations(&c).await,
                Vec::<String>::new(),
                "the months import"
            );
        });
    }
}
