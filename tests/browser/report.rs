//! The report on the history page (`theo-doi/#/bao-cao`) in a real browser: three units'
//! months (planted as a stored document), the shares of Ninh Bình's Q1 2022 quarterly report
//! (docs/sources.md) per unit and per level, the
//! NTM tiers, rankings, the official header, and the printed page as a PDF.

use crate::support::*;
use fantoccini::{Client, Locator};
use ntm_calc::core::history::calendar::Month;
use ntm_calc::core::history::month_entry::{MonthEntry, MonthFigures};
use ntm_calc::core::history::period::Period;
use ntm_calc::core::num::count::Count;
use ntm_calc::core::stored::history_record::{encode, HistoryRecord, UnitHistory};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

const KEY: &str = "ntm-calc.history";

fn c(n: u64) -> Count {
    Count::new(n).expect("count")
}

/// (month, total, online, in person, early, on time, late, postal, carried over)
type Row = (u8, u64, u64, u64, u64, u64, u64, u64, Option<u64>);

fn month(year_month: (u16, u8), total: u64, online: u64) -> MonthFigures {
    MonthFigures::new(
        Month::new(year_month.0, year_month.1).expect("month"),
        c(total),
        c(online),
    )
}

fn with_report_figures(rows: &[Row]) -> Vec<MonthEntry> {
    rows.iter()
        .map(|&(m, t, o, p, early, on_time, late, postal, carried)| {
            let mut f = month((2024, m), t, o);
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

/// Xã Vạn Thạnh (period Q1 2024, April outside it), Xã Ninh Tây (no period) with every
/// report figure; Thị xã Ninh Hòa with only the required counts.
fn record() -> HistoryRecord {
    let mut van_thanh = UnitHistory::named("Xã Vạn Thạnh");
    for e in with_report_figures(&[
        (1, 100, 40, 60, 70, 25, 5, 3, Some(10)),
        (2, 120, 50, 70, 80, 38, 2, 4, Some(12)),
        (3, 130, 60, 70, 100, 28, 2, 5, Some(8)),
        // Outside the period: would lift every share if it counted.
        (4, 1_000, 1_000, 0, 1_000, 0, 0, 0, None),
    ]) {
        van_thanh.history.upsert(e);
    }
    van_thanh.period = Some(Period::quarter(2024, 1).expect("Q1"));
    let mut ninh_tay = UnitHistory::named("Xã Ninh Tây");
    for e in with_report_figures(&[
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
            .upsert(MonthEntry::new(month((2024, m), t, o)).expect("month"));
    }
    HistoryRecord {
        units: vec![van_thanh, ninh_tay, ninh_hoa],
        report: None,
    }
}

/// Opens the report with `record()` stored.
async fn open_report(c: &Client, server: &Server) {
    open(c, &report_url(server)).await;
    set_stored(c, KEY, &encode(&record())).await;
    reload(c).await;
    c.wait()
        .at_most(APP_TIMEOUT)
        .for_element(Locator::Css("[data-unit=\"Thị xã Ninh Hòa\"]"))
        .await
        .expect("the report did not list the units");
}

/// Every `selector` row's cells (`data-metric` → text), by unit name.
async fn rows(c: &Client, selector: &str) -> Value {
    exec(
        c,
        &format!(
            "const out = {{}}; \
             for (const r of document.querySelectorAll('{selector}')) {{ \
               const cells = {{}}; \
               for (const td of r.querySelectorAll('[data-metric], [data-tier]')) \
                 cells[td.dataset.metric || ('tier-' + td.dataset.tier)] = td.textContent.trim(); \
               out[r.dataset.unit || r.dataset.level] = cells; \
             }} \
             return out;"
        ),
    )
    .await
}

/// "1. Xã Ninh Tây 61,11 %" lines of a ranking list.
async fn ranking(c: &Client, id: &str) -> Vec<String> {
    let value = exec(
        c,
        &format!(
            "return [...document.querySelectorAll('[data-testid={id}] tr')] \
               .map(r => [...r.children].map(x => x.textContent.trim()).join(' '));"
        ),
    )
    .await;
    serde_json::from_value(value).expect("ranking lines")
}

async fn choose_metric(c: &Client, slug: &str) {
    select_value(c, "r-rank-metric", slug).await;
}

#[test]
fn shares_levels_and_rankings_come_from_each_units_months() {
    let server = Server::dist();
    run(move |c| async move {
        open_report(&c, &server).await;

        // Biểu 1: the NTM criterion's rate, judged against the active rule set's tiers.
        let rate = rows(&c, "[data-bieu=\"1\"] [data-testid=report-row]").await;
        assert_eq!(
            rate["Xã Vạn Thạnh"],
            json!({"tong-so": "350", "truc-tuyen": "150", "ty-le": "42,86 %",
                   "tier-ntm": "Đạt", "tier-nang-cao": "Chưa đạt"})
        );
        assert_eq!(
            rate["Xã Ninh Tây"],
            json!({"tong-so": "270", "truc-tuyen": "165", "ty-le": "61,11 %",
                   "tier-ntm": "Đạt", "tier-nang-cao": "Đạt"})
        );
        assert_eq!(
            rate["Thị xã Ninh Hòa"],
            json!({"tong-so": "900", "truc-tuyen": "190", "ty-le": "21,11 %",
                   "tier-ntm": "Chưa đạt", "tier-nang-cao": "Chưa đạt"})
        );
        // 505 of 1.520.
        let total = exec(
            &c,
            "return document.querySelector('[data-testid=report-total] [data-metric=ty-le]').textContent",
        )
        .await;
        assert_eq!(total, "33,22 %");
        let heads = exec(
            &c,
            "return [...document.querySelectorAll('[data-bieu=\"1\"] thead th')].map(t => t.textContent)",
        )
        .await;
        assert_eq!(heads[6], "NTM (≥\u{a0}30\u{a0}%)");
        assert_eq!(heads[7], "NTM nâng cao (≥\u{a0}50\u{a0}%)");

        // Biểu 2 and 3: received and resolved, with the Ninh Bình report's shares; "—" where a
        // unit has no such figures.
        let received = rows(&c, "[data-testid=received-row]").await;
        assert_eq!(
            received["Xã Vạn Thạnh"],
            json!({"tiep-nhan": "350", "tiep-nhan-truc-tuyen": "150",
                   "ty-le-truc-tuyen": "42,86 %", "tiep-nhan-truc-tiep": "200",
                   "ty-le-truc-tiep": "57,14 %", "bcci": "12"})
        );
        assert_eq!(
            received["Thị xã Ninh Hòa"],
            json!({"tiep-nhan": "—", "tiep-nhan-truc-tuyen": "190",
                   "ty-le-truc-tuyen": "—", "tiep-nhan-truc-tiep": "—",
                   "ty-le-truc-tiep": "—", "bcci": "—"})
        );
        let resolved = rows(&c, "[data-testid=resolved-row]").await;
        // Carried over into the period: January's 10.
        assert_eq!(
            resolved["Xã Vạn Thạnh"],
            json!({"phai-xu-ly": "360", "da-giai-quyet": "350", "ty-le-giai-quyet": "97,22 %",
                   "ty-le-truoc-han": "71,43 %", "ty-le-dung-han": "26,00 %",
                   "tre-han": "9", "ty-le-tre-han": "2,57 %"})
        );
        assert_eq!(
            resolved["Xã Ninh Tây"],
            json!({"phai-xu-ly": "—", "da-giai-quyet": "270", "ty-le-giai-quyet": "—",
                   "ty-le-truoc-han": "77,78 %", "ty-le-dung-han": "21,85 %",
                   "tre-han": "1", "ty-le-tre-han": "0,37 %"})
        );

        // Biểu 4: per level.
        let levels = rows(&c, "[data-testid=level-row]").await;
        assert_eq!(levels["xa"]["tiep-nhan"], "620");
        assert_eq!(levels["xa"]["ty-le-truc-tuyen"], "50,81 %");
        assert_eq!(levels["huyen"]["ty-le-truc-tuyen"], "—");

        // Biểu 5: rankings, by the online share first.
        assert_eq!(
            ranking(&c, "ranking-top").await,
            ["1 Xã Ninh Tây 61,11 %", "2 Xã Vạn Thạnh 42,86 %"]
        );
        assert_eq!(
            ranking(&c, "ranking-bottom").await,
            ["1 Xã Vạn Thạnh 42,86 %", "2 Xã Ninh Tây 61,11 %"]
        );
        choose_metric(&c, "tiep-nhan-truc-tuyen").await;
        eventually("ranked by online count", true, || async {
            ranking(&c, "ranking-top").await.first().map(String::as_str)
                == Some("1 Thị xã Ninh Hòa 190")
        })
        .await;
        type_into(&c, "r-rank-n", "1").await;
        eventually("one unit at each end", 1, || async {
            ranking(&c, "ranking-bottom").await.len()
        })
        .await;
        assert_eq!(ranking(&c, "ranking-bottom").await, ["1 Xã Vạn Thạnh 150"]);

        let violations = axe_violations(&c).await;
        assert!(violations.is_empty(), "axe: {violations:#?}");
    });
}

/// The W3C WebDriver "Print Page" command: the page as a PDF, base64 in the answer.
fn print_page() -> SessionPost {
    SessionPost {
        path: "print",
        body: json!({ "page": { "width": 21.0, "height": 29.7 }, "background": false }),
    }
}

/// Standard base64 (RFC 4648, with padding; whitespace ignored).
fn base64_decode(text: &str) -> Vec<u8> {
    fn value(b: u8) -> Option<u32> {
        match b {
            b'A'..=b'Z' => Some(u32::from(b - b'A')),
            b'a'..=b'z' => Some(u32::from(b - b'a') + 26),
            b'0'..=b'9' => Some(u32::from(b - b'0') + 52),
            b'+' => Some(62),
            b'/' => Some(63),
            _ => None,
        }
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let (mut acc, mut bits) = (0u32, 0u32);
    for b in text.bytes() {
        if b == b'=' {
            break;
        }
        let Some(v) = value(b) else {
            assert!(b.is_ascii_whitespace(), "not base64: {:?}", b as char);
            continue;
        };
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

#[test]
fn base64_decodes() {
    assert_eq!(base64_decode("JVBERi0xLjQ="), b"%PDF-1.4");
    assert_eq!(base64_decode("TWFu"), b"Man");
    assert_eq!(base64_decode("TWE="), b"Ma");
}

/// target/screenshots/<name> (firefox-<name>, webkit-<name> in the others), as `screenshot`
/// names files.
fn artifact(name: &str) -> PathBuf {
    let dir = repo_dir().join("target/screenshots");
    std::fs::create_dir_all(&dir).expect("screenshot dir");
    dir.join(format!("{}{name}", Browser::current().prefix()))
}

/// The page as a PDF, A4, without backgrounds. Chromium and Firefox answer WebDriver's Print
/// Page; WebKitWebDriver has no such command, so the WebKit test browser prints the page to a
/// file in `downloads` (the setup's download folder), as its print dialog's "Print to File".
async fn print_to_pdf(c: &Client, downloads: &Path) -> Vec<u8> {
    if Browser::current() != Browser::WebKit {
        let answer = c.issue_cmd(print_page()).await.expect("WebDriver print");
        return base64_decode(answer.as_str().expect("base64 PDF"));
    }
    exec(
        c,
        "window.webkit.messageHandlers.ntmPrint.postMessage(null); return 0;",
    )
    .await;
    for _ in 0..300 {
        let printed = std::fs::read_dir(downloads).ok().and_then(|d| {
            d.flatten()
                .map(|e| e.path())
                .find(|p| p.extension().is_some_and(|e| e == "pdf"))
        });
        if let Some(path) = printed {
            return std::fs::read(path).expect("read the PDF");
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("WebKit printed no PDF within 30 s");
}

#[test]
fn the_report_has_an_official_header_and_prints_to_a_pdf() {
    let server = Server::dist();
    let (downloads, setup) = download_setup("prints");
    run_with(setup, move |c| async move {
        open_report(&c, &server).await;
        // Filled from the unit shown, editable.
        assert_eq!(input_value(&c, "r-issuer").await, "UBND XÃ VẠN THẠNH");
        assert_eq!(input_value(&c, "r-place").await, "Vạn Thạnh");
        type_into(&c, "r-date", "05/07/2025").await;
        expect_text(
            &c,
            "report-date",
            Some("Vạn Thạnh, ngày 05 tháng 7 năm 2025"),
        )
        .await;
        // One more digit: a wrong date, shown under its field; the last good one stays.
        type_more(&c, "r-date", "9").await;
        expect_text(
            &c,
            "error-r-date",
            Some("Năm phải có bốn chữ số, từ 1000 đến 9999."),
        )
        .await;
        expect_text(
            &c,
            "report-date",
            Some("Vạn Thạnh, ngày 05 tháng 7 năm 2025"),
        )
        .await;
        // Empty: left blank, to be written by hand.
        type_into(&c, "r-date", "").await;
        expect_text(
            &c,
            "report-date",
            Some("Vạn Thạnh, ngày …… tháng …… năm ……"),
        )
        .await;
        type_into(&c, "r-date", "05/07/2025").await;
        type_into(&c, "r-number", "125/BC-UBND").await;
        let header = text_of(&c, "report-header").await.expect("header");
        for part in [
            "UBND XÃ VẠN THẠNH",
            "Số: 125/BC-UBND",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Vạn Thạnh, ngày 05 tháng 7 năm 2025",
        ] {
            assert!(header.contains(part), "{part:?} not in {header:?}");
        }
        expect_text(
            &c,
            "report-span",
            Some("(Số liệu từ tháng 01/2024 đến tháng 03/2024)"),
        )
        .await;
        // What was typed in the header is there after a reload.
        reload(&c).await;
        assert_eq!(input_value(&c, "r-number").await, "125/BC-UBND");
        assert_eq!(input_value(&c, "r-date").await, "05/07/2025");
        let header = text_of(&c, "report-header").await.expect("header");
        assert!(header.contains("Số: 125/BC-UBND"), "{header:?}");
        let captions = exec(
            &c,
            "return [...document.querySelectorAll('.report-doc .bieu-title')].map(e => e.textContent)",
        )
        .await;
        assert_eq!(
            captions,
            json!([
                "Biểu 1: TỶ LỆ HỒ SƠ GIẢI QUYẾT TRỰC TUYẾN THEO TIÊU CHÍ NÔNG THÔN MỚI",
                "Biểu 2: TÌNH HÌNH TIẾP NHẬN HỒ SƠ",
                "Biểu 3: TÌNH HÌNH GIẢI QUYẾT HỒ SƠ",
                "Biểu 4: TỔNG HỢP THEO CẤP",
                "Biểu 5: XẾP HẠNG THEO TỶ LỆ TIẾP NHẬN TRỰC TUYẾN",
            ])
        );
        let button = c
            .find(Locator::Css(&testid("print-report")))
            .await
            .expect("print button");
        assert_eq!(button.text().await.unwrap(), "In báo cáo");

        // The print layout: no navigation, fields or buttons; the header and tables stay.
        let hidden_in_print = exec(
            &c,
            "const rules = [...document.styleSheets].flatMap(s => { try { return [...s.cssRules] } catch { return [] } });
             const print = rules.filter(r => r.media && [...r.media].includes('print'))
                 .flatMap(r => [...r.cssRules]);
             const page = print.find(r => r.type === CSSRule.PAGE_RULE);
             const hides = sel => print.some(r => r.selectorText && r.selectorText.split(',').map(s => s.trim()).includes(sel)
                 && r.style.display === 'none');
             return [page && page.style.getPropertyValue('size').toUpperCase(), hides('.no-print'), hides('nav'), hides('button')];",
        )
        .await;
        assert_eq!(hidden_in_print, json!(["A4", true, true, true]));

        let pdf = print_to_pdf(&c, &downloads).await;
        assert!(pdf.starts_with(b"%PDF"), "not a PDF");
        let path = artifact("report.pdf");
        std::fs::write(&path, &pdf).expect("write the PDF");
        let has_pdftoppm = std::process::Command::new("pdftoppm")
            .arg("-v")
            .output()
            .is_ok();
        if has_pdftoppm {
            // report.pdf → report-page-1.png (pdftoppm adds the page number).
            let stem_name = format!(
                "{}-page",
                path.file_stem().unwrap_or_default().to_string_lossy()
            );
            let stem = path.with_file_name(&stem_name);
            let is_page_png = |name: &str| {
                name.strip_prefix(&format!("{stem_name}-"))
                    .and_then(|rest| rest.strip_suffix(".png"))
                    .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            };
            for old in std::fs::read_dir(path.parent().expect("dir"))
                .expect("list screenshots")
                .flatten()
            {
                if is_page_png(&old.file_name().to_string_lossy()) {
                    let _ = std::fs::remove_file(old.path());
                }
            }
            let status = std::process::Command::new("pdftoppm")
                .args(["-png", "-r", "60", "-f", "1", "-l", "1"])
                .arg(&path)
                .arg(&stem)
                .status()
                .expect("run pdftoppm");
            assert!(status.success(), "pdftoppm failed");
            let produced = std::fs::read_dir(path.parent().expect("dir"))
                .expect("list screenshots")
                .flatten()
                .any(|e| is_page_png(&e.file_name().to_string_lossy()));
            assert!(produced, "no PNG of page 1");
        }
    });
}

#[test]
fn the_report_in_english() {
    let server = Server::dist();
    run(move |c| async move {
        open_report(&c, &server).await;
        click(&c, "lang-switch").await;
        expect_text(&c, "print-report", Some("Print")).await;
        type_into(&c, "r-date", "05/07/2025").await;
        expect_text(&c, "report-date", Some("Vạn Thạnh, 5 July 2025")).await;
        let header = text_of(&c, "report-header").await.expect("header");
        assert!(
            header.contains("SOCIALIST REPUBLIC OF VIET NAM"),
            "{header}"
        );
        let rate = rows(&c, "[data-bieu=\"1\"] [data-testid=report-row]").await;
        assert_eq!(rate["Xã Ninh Tây"]["tier-nang-cao"], "Met");
        assert_eq!(rate["Xã Vạn Thạnh"]["tier-nang-cao"], "Not met");
        let violations = axe_violations(&c).await;
        assert!(violations.is_empty(), "axe: {violations:#?}");
    });
}

fn report_at(width: u32) {
    let server = Server::dist();
    run_sized((width, 2600), move |c| async move {
        open_report(&c, &server).await;
        type_into(&c, "r-date", "05/07/2025").await;
        assert_no_sideways_scroll(&c, width, "the report").await;
        exec(
            &c,
            "document.querySelector('[data-testid=report-header]').scrollIntoView(); return 0;",
        )
        .await;
        screenshot(&c, &format!("report-{width}")).await;
    });
}

#[test]
fn report_fits_a_desktop() {
    report_at(1280);
}

#[test]
fn report_fits_a_320_px_phone() {
    report_at(320);
}
