//! The history page's Excel exports: every unit's months (`export-history-xlsx`) and the
//! report's tables, one sheet per Biểu (`export-report-xlsx`), written by the workbook
//! worker, downloaded, and read back here with calamine: the months and figures entered,
//! and the same figures as the screen shows.

use crate::support::*;
use calamine::{Data, Range, Reader, Xlsx};
use fantoccini::Locator;
use ntm_calc::core::history::calendar::Month;
use ntm_calc::core::history::month_entry::{MonthEntry, MonthFigures};
use ntm_calc::core::history::period::Period;
use ntm_calc::core::num::count::Count;
use ntm_calc::core::num::number_vi::{format_count, format_hundredths_percent};
use ntm_calc::core::stored::history_record::{encode, HistoryRecord, UnitHistory};
use std::path::Path;

const KEY: &str = "ntm-calc.history";

fn c(n: u64) -> Count {
    Count::new(n).expect("count")
}

fn month(year: u16, m: u8, total: u64, online: u64) -> MonthFigures {
    MonthFigures::new(Month::new(year, m).expect("month"), c(total), c(online))
}

/// The bytes of the first `.xlsx` file that arrives in `dir`, waiting for it.
async fn downloaded_workbook(dir: &Path) -> Vec<u8> {
    for _ in 0..300 {
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

/// The name of the `.xlsx` file downloaded to `dir`.
fn downloaded_name(dir: &Path) -> String {
    std::fs::read_dir(dir)
        .expect("downloads")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| n.ends_with(".xlsx"))
        .expect("an .xlsx file")
}

fn book(bytes: Vec<u8>) -> Xlsx<std::io::Cursor<Vec<u8>>> {
    Xlsx::new(std::io::Cursor::new(bytes)).expect("the download is an .xlsx workbook")
}

/// A sheet's cell as a text: numbers as they are stored.
fn raw(range: &Range<Data>, row: usize, col: usize) -> String {
    match range.get((row, col)) {
        None | Some(Data::Empty) => String::new(),
        Some(Data::String(s)) => s.clone(),
        Some(Data::Float(f)) => format!("{f}"),
        Some(Data::Int(i)) => format!("{i}"),
        Some(other) => format!("{other:?}"),
    }
}

/// The row of `range` whose first cells are `first`.
fn find_row(range: &Range<Data>, first: &[&str]) -> usize {
    (0..range.height())
        .find(|&r| {
            first
                .iter()
                .enumerate()
                .all(|(c, t)| raw(range, r, c) == *t)
        })
        .unwrap_or_else(|| panic!("no row starts with {first:?}"))
}

/// Two units, one with every figure of a month; Xã Vạn Thạnh is the unit shown.
fn months_record() -> HistoryRecord {
    let mut van_thanh = UnitHistory::named("Xã Vạn Thạnh");
    let mut jan = month(2024, 1, 1_234, 742);
    jan.full_online = Some(c(500));
    jan.excluded_total = c(34);
    jan.excluded_online = c(2);
    jan.in_person = Some(c(492));
    jan.postal = Some(c(3));
    jan.early = Some(c(1_000));
    jan.on_time = Some(c(200));
    jan.late = Some(c(34));
    jan.carried_over = Some(c(12));
    van_thanh
        .history
        .upsert(MonthEntry::new(jan).expect("January"));
    van_thanh
        .history
        .upsert(MonthEntry::new(month(2024, 2, 20_000, 5_999)).expect("February"));
    let mut ninh_hiep = UnitHistory::named("Phường Ninh Hiệp");
    ninh_hiep
        .history
        .upsert(MonthEntry::new(month(2024, 3, 100, 80)).expect("March"));
    HistoryRecord {
        units: vec![van_thanh, ninh_hiep],
        report: None,
    }
}

#[test]
fn every_units_months_download_as_a_workbook() {
    let server = Server::dist();
    let (downloads, setup) = download_setup("history-xlsx");
    run_with(setup, move |c| async move {
        open(&c, &history_url(&server)).await;
        set_stored(&c, KEY, &encode(&months_record())).await;
        reload(&c).await;
        wait_for_testid(&c, "month-row").await;
        // A month typed on the page goes into the workbook too.
        save_month(&c, "03/2024", "500", "200").await;
        let screen_rates = exec(
            &c,
            "return [...document.querySelectorAll('[data-testid=month-row]')] \
               .map(r => r.dataset.month + ' ' + r.querySelector('[data-testid=month-rate]').textContent)",
        )
        .await;
        assert_eq!(
            screen_rates,
            serde_json::json!(["01/2024 61,67 %", "02/2024 29,99 %", "03/2024 40,00 %"])
        );
        click(&c, "export-history-xlsx").await;
        let bytes = downloaded_workbook(&downloads).await;
        assert_eq!(downloaded_name(&downloads), "ntm-calc-theo-doi.xlsx");
        assert!(text_of(&c, "export-history-xlsx-error").await.is_none());
        let mut book = book(bytes);
        assert_eq!(book.sheet_names(), ["Theo tháng"]);
        let range = book
            .worksheet_range("Theo tháng")
            .expect("the months' sheet");
        assert_eq!(raw(&range, 0, 0), "SỐ LIỆU HỒ SƠ GIẢI QUYẾT THEO THÁNG");
        assert_eq!(raw(&range, 1, 0), "Từ tháng 01/2024 đến tháng 03/2024");
        assert!(raw(&range, 2, 0).starts_with("Bộ tiêu chí: "));
        let header = find_row(&range, &["Đơn vị", "Tháng"]);
        assert_eq!(raw(&range, header, 2), "Tổng số hồ sơ đã giải quyết");
        let row = |r: usize| -> Vec<String> { (0..15).map(|col| raw(&range, r, col)).collect() };
        let first = find_row(&range, &["Xã Vạn Thạnh", "01/2024"]);
        assert_eq!(
            row(first),
            [
                "Xã Vạn Thạnh",
                "01/2024",
                "1234",
                "742",
                "500",
                "34",
                "2",
                "0",
                "492",
                "3",
                "1000",
                "200",
                "34",
                "12",
                "61.67"
            ]
        );
        // Counts and rates are numbers, not texts.
        assert_eq!(range.get((first, 2)), Some(&Data::Float(1_234.0)));
        assert_eq!(range.get((first, 14)), Some(&Data::Float(61.67)));
        // 5.999 of 20.000 is 29,995 %: 29,99 % beside NTM's 30 %, as the page shows it.
        assert_eq!(
            row(first + 1),
            [
                "Xã Vạn Thạnh",
                "02/2024",
                "20000",
                "5999",
                "",
                "0",
                "0",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "29.99"
            ]
        );
        assert_eq!(
            row(first + 2)[..4],
            ["Xã Vạn Thạnh", "03/2024", "500", "200"]
        );
        assert_eq!(row(first + 2)[14], "40");
        assert_eq!(
            row(first + 3)[..4],
            ["Phường Ninh Hiệp", "03/2024", "100", "80"]
        );
        assert_eq!(row(first + 3)[14], "80");
    });
}

/// (month, total, online, in person, early, on time, late, postal, carried over)
type Row = (u8, u64, u64, u64, u64, u64, u64, u64, Option<u64>);

/// Xã Vạn Thạnh (period Q1 2024, April outside it) and Xã Ninh Tây with every report
/// figure; Thị xã Ninh Hòa with only the required counts (as `report.rs` plants them).
fn report_record() -> HistoryRecord {
    fn full(rows: &[Row]) -> Vec<MonthEntry> {
        rows.iter()
            .map(|&(m, t, o, p, early, on_time, late, postal, carried)| {
                let mut f = month(2024, m, t, o);
                f.in_person = Some(c(p));
                f.early = Some(c(early));
                f.on_time = Some(c(on_time));
                f.late = Some(c(late));
                f.postal = Some(c(postal));
                f.carried_over = carried.map(c);
                MonthEntry::new(f).expect("consistent month")
            })
            .collect()
    }
    let mut van_thanh = UnitHistory::named("Xã Vạn Thạnh");
    for e in full(&[
        (1, 100, 40, 60, 70, 25, 5, 3, Some(10)),
        (2, 120, 50, 70, 80, 38, 2, 4, Some(12)),
        (3, 130, 60, 70, 100, 28, 2, 5, Some(8)),
        (4, 1_000, 1_000, 0, 1_000, 0, 0, 0, None),
    ]) {
        van_thanh.history.upsert(e);
    }
    van_thanh.period = Some(Period::quarter(2024, 1).expect("Q1"));
    let mut ninh_tay = UnitHistory::named("Xã Ninh Tây");
    for e in full(&[
        (1, 80, 50, 30, 60, 20, 0, 1, None),
        (2, 90, 60, 30, 70, 20, 0, 0, None),
        (3, 100, 55, 45, 80, 19, 1, 2, None),
    ]) {
        ninh_tay.history.upsert(e);
    }
    let mut ninh_hoa = UnitHistory::named("Thị xã Ninh Hòa");
    for (m, t, o) in [(1, 500, 100), (2, 400, 90)] {
        ninh_hoa
            .history
            .upsert(MonthEntry::new(month(2024, m, t, o)).expect("month"));
    }
    HistoryRecord {
        units: vec![van_thanh, ninh_tay, ninh_hoa],
        report: None,
    }
}

/// A sheet's cell as the screen writes it, told by the screen's text whether it is a share.
fn as_shown(cell: Option<&Data>, screen: &str) -> String {
    match cell {
        None | Some(Data::Empty) => if screen.is_empty() { "" } else { "—" }.to_owned(),
        Some(Data::String(s)) => s.clone(),
        Some(Data::Float(f)) if screen.ends_with('%') => {
            format_hundredths_percent((f * 100.0).round() as u64)
        }
        Some(Data::Float(f)) => format_count(*f as u64),
        Some(other) => format!("{other:?}"),
    }
}

#[test]
fn the_reports_tables_download_one_sheet_each_with_the_screens_figures() {
    let server = Server::dist();
    let (downloads, setup) = download_setup("report-xlsx");
    run_with(setup, move |c| async move {
        open(&c, &report_url(&server)).await;
        set_stored(&c, KEY, &encode(&report_record())).await;
        reload(&c).await;
        c.wait()
            .at_most(APP_TIMEOUT)
            .for_element(Locator::Css("[data-unit=\"Thị xã Ninh Hòa\"]"))
            .await
            .expect("the report did not list the units");
        let span = text_of(&c, "report-span")
            .await
            .expect("the months covered");
        click(&c, "export-report-xlsx").await;
        let bytes = downloaded_workbook(&downloads).await;
        assert_eq!(downloaded_name(&downloads), "ntm-calc-bao-cao.xlsx");
        let mut book = book(bytes);
        assert_eq!(
            book.sheet_names(),
            ["Biểu 1", "Biểu 2", "Biểu 3", "Biểu 4", "Biểu 5"]
        );
        for bieu in 1..=4 {
            let range = book
                .worksheet_range(&format!("Biểu {bieu}"))
                .expect("a Biểu's sheet");
            // Title, the months covered and the rule set above the header.
            assert!(raw(&range, 0, 0).starts_with(&format!("Biểu {bieu}: ")));
            assert_eq!(raw(&range, 1, 0), span);
            assert!(
                raw(&range, 2, 0).starts_with("Ngưỡng theo "),
                "{}",
                raw(&range, 2, 0)
            );
            let screen: Vec<Vec<String>> = serde_json::from_value(
                exec(
                    &c,
                    &format!(
                        "return [...document.querySelectorAll('table[data-bieu=\"{bieu}\"] tbody tr, \
                           table[data-bieu=\"{bieu}\"] tfoot tr')] \
                           .map(r => [...r.children].map(x => x.textContent.trim()));"
                    ),
                )
                .await,
            )
            .expect("the screen's rows");
            assert!(screen.len() >= 2, "Biểu {bieu}: {screen:?}");
            let key_col = if bieu == 4 { 0 } else { 1 };
            let first = (0..range.height())
                .find(|&r| raw(&range, r, key_col) == screen[0][key_col])
                .unwrap_or_else(|| panic!("Biểu {bieu}: no row of {}", screen[0][key_col]));
            for (i, shown) in screen.iter().enumerate() {
                let written: Vec<String> = shown
                    .iter()
                    .enumerate()
                    .map(|(col, text)| as_shown(range.get((first + i, col)), text))
                    .collect();
                assert_eq!(&written, shown, "Biểu {bieu}, row {}", i + 1);
            }
        }
        // Biểu 5: the highest unit by the metric chosen on the page.
        let top = exec(
            &c,
            "return [...document.querySelector('[data-testid=ranking-top] tr').children] \
               .map(x => x.textContent.trim())",
        )
        .await;
        let top: Vec<String> = serde_json::from_value(top).expect("the top line");
        let range = book.worksheet_range("Biểu 5").expect("Biểu 5");
        let first = find_row(&range, &["1"]);
        assert_eq!(raw(&range, first, 1), top[1]);
        assert_eq!(as_shown(range.get((first, 2)), &top[2]), top[2]);
        assert!(text_of(&c, "export-report-xlsx-error").await.is_none());
    });
}

#[test]
fn a_writer_that_cannot_be_loaded_is_said_and_the_page_goes_on() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &history_url(&server)).await;
        set_stored(&c, KEY, &encode(&months_record())).await;
        reload(&c).await;
        wait_for_testid(&c, "month-row").await;
        // As offline before the writer's first use: no worker can be started.
        exec(
            &c,
            "window.Worker = function () { throw new Error('offline'); }; return 0;",
        )
        .await;
        click(&c, "export-history-xlsx").await;
        let error = wait_for_testid(&c, "export-history-xlsx-error").await;
        assert_eq!(error.attr("role").await.unwrap().as_deref(), Some("alert"));
        assert!(
            error
                .text()
                .await
                .unwrap()
                .starts_with("Không tạo được tệp Excel."),
            "{}",
            error.text().await.unwrap()
        );
        // The months are still there.
        wait_for_testid(&c, "month-row").await;
    });
}
