//! The table page's import at its edges: a quote left open, over-long cells, files that are
//! not text, large pastes read without holding up the page, a table of 50.000 districts, and
//! the limits one import keeps to.

use crate::support::*;
use fantoccini::{Client, Locator};
use std::time::{Duration, Instant};

/// Large tables take longer than the usual wait on a loaded machine.
const LARGE_TIMEOUT: Duration = Duration::from_secs(40);

async fn expect_text_within(c: &Client, id: &str, expected: &str, within: Duration) {
    let deadline = Instant::now() + within;
    loop {
        let got = text_of(c, id).await;
        if got.as_deref() == Some(expected) {
            return;
        }
        if Instant::now() > deadline {
            panic!("{id}: expected {expected:?}, got {got:?}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Clicks the element `id`, scrolled to the middle of the window first (a long page can still
/// be moving under a click at its edge).
async fn click_centered(c: &Client, id: &str) {
    let el = c
        .find(Locator::Css(&testid(id)))
        .await
        .unwrap_or_else(|e| panic!("{id}: {e}"));
    c.execute(
        "arguments[0].scrollIntoView({block: 'center'});",
        vec![serde_json::to_value(&el).unwrap()],
    )
    .await
    .unwrap();
    el.click().await.unwrap();
}

async fn row_errors(c: &Client) -> String {
    text_of(c, "import-row-errors").await.unwrap_or_default()
}

/// `n` communes; `group(i)` names the district of commune `i`. Total and online dossiers as
/// in the bench: rates from 10 % to 89 %.
fn communes(n: u64, group: impl Fn(u64) -> String) -> String {
    let mut text = String::from("Tên đơn vị\tNhóm\tTổng số hồ sơ\tTrực tuyến\n");
    for i in 0..n {
        let (total, online) = figures(i);
        text.push_str(&format!("Xã Thử {i}\t{}\t{total}\t{online}\n", group(i)));
    }
    text
}

fn figures(i: u64) -> (u64, u64) {
    let total = 200 + (i * 37) % 1_800;
    (total, total * (10 + (i * 13) % 80) / 100)
}

#[test]
fn a_quote_left_open_is_reported_on_its_line_and_the_other_rows_are_read() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &table_url(&server)).await;
        let mut text = String::from("\"Xã mở ngoặc,100,40\n");
        for i in 0..20_000 {
            text.push_str(&format!("Xã {i},100,40\n"));
        }
        paste_table(&c, &text).await;
        expect_text_within(&c, "import-confirm", "Nhập 20.000 đơn vị", LARGE_TIMEOUT).await;
        let errors = row_errors(&c).await;
        assert!(
            errors.starts_with("Dòng 1: Dấu ngoặc kép (\") mở ở dòng này không được đóng"),
            "{errors}"
        );
        let summary = text_of(&c, "import-preview").await.unwrap();
        assert!(
            summary.starts_with("Đọc được 20.000 đơn vị, 0 nhóm; 1 dòng không đọc được."),
            "{summary}"
        );

        // An over-long name is refused for its row; the others are imported.
        let long = format!("Xã {}", "a".repeat(297));
        paste_table(
            &c,
            &format!("Tên đơn vị\tTổng số hồ sơ\tTrực tuyến\nXã Ngắn\t100\t40\n{long}\t100\t40\n"),
        )
        .await;
        expect_text(&c, "import-confirm", Some("Nhập 1 đơn vị")).await;
        let errors = row_errors(&c).await;
        assert!(
            errors.starts_with("Dòng 3: Tên đơn vị dài 300 ký tự, tối đa 200: hãy rút gọn."),
            "{errors}"
        );
        click_centered(&c, "import-confirm").await;
        expect_text(&c, "row-count", Some("1 đơn vị")).await;
        let longest = exec(
            &c,
            "return Math.max(...[...document.querySelectorAll('[data-testid=unit-row]')].map(r => r.dataset.name.length))",
        )
        .await;
        assert_eq!(longest, 7, "only “Xã Ngắn” is in the table");
    });
}

#[test]
fn files_that_are_not_text_are_refused_by_name_and_change_nothing() {
    let server = Server::dist();
    let fixtures = repo_dir().join("tests/fixtures");
    // A workbook cut short: it looks like one, the workbook reader finds it damaged.
    let whole = std::fs::read(fixtures.join("units.xlsx")).expect("fixture");
    let xlsx = write_file("units-hong.xlsx", &whole[..whole.len() / 2]);
    let png = fixtures.join("pixel.png").to_string_lossy().into_owned();
    // A workbook saved with a password to open (encrypted): "ntm-calc".
    let protected = fixtures
        .join("password.xlsx")
        .to_string_lossy()
        .into_owned();
    let pdf = write_file(
        "bang.pdf",
        b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n",
    );
    let jpeg = write_file("anh.jpg", b"\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00");
    let zip = write_file("bang.zip", [b"PK\x05\x06".as_slice(), &[0; 18]].concat());
    // A Word document renamed .xlsx: a zip holding word/document.xml.
    let docx = write_file(
        "bao-cao.xlsx",
        [b"PK\x03\x04".as_slice(), &[0; 26], b"word/document.xml"].concat(),
    );
    let nul = write_file("bang.csv", b"Ten,Tong\nXa A,100\nXa B\x00,1\n");
    // "Xã B" in Windows-1258, where ã is one byte (0xE3).
    let cp1258 = write_file(
        "cu.csv",
        b"Ten,Tong,Truc tuyen\nXa A,100,40\nX\xE3 B,100,40\n",
    );
    // Excel's "Unicode Text": UTF-16 with its byte-order mark, tab-separated.
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in "Tên đơn vị\tTỷ lệ\r\nXã Ninh Tây\t98,46\r\n".encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    let unicode_text = write_file("unicode.txt", utf16);
    run(move |c| async move {
        open(&c, &table_url(&server)).await;
        import_table(&c, "Xã A\t40\nXã B\t20\n").await;
        expect_text(&c, "row-count", Some("2 đơn vị")).await;
        let cases = [
            (
                xlsx.as_str(),
                "Tệp “units-hong.xlsx” không đọc được: tệp hỏng, hoặc không phải bảng tính dù mang tên như vậy. Bảng không thay đổi.",
            ),
            (
                protected.as_str(),
                "Tệp “password.xlsx” có mật khẩu nên không đọc được: hãy mở tệp trong Excel, bỏ mật khẩu",
            ),
            (png.as_str(), "Tệp “pixel.png” là ảnh PNG, không phải bảng"),
            (jpeg.as_str(), "Tệp “anh.jpg” là ảnh JPEG, không phải bảng"),
            (pdf.as_str(), "Tệp “bang.pdf” là tệp PDF, không đọc được thành bảng"),
            (zip.as_str(), "Tệp “bang.zip” là tệp nén (.zip)"),
            (
                docx.as_str(),
                "Tệp “bao-cao.xlsx” là văn bản Word, không phải bảng tính",
            ),
            (
                nul.as_str(),
                "Tệp “bang.csv” chứa dữ liệu nhị phân (byte 0 ở dòng 3)",
            ),
            (
                cp1258.as_str(),
                "Tệp “cu.csv” không phải văn bản UTF-8 (ký tự lạ ở dòng 3",
            ),
        ];
        for (path, message) in cases {
            choose_file(&c, "import_file", path).await;
            eventually(path, true, || async {
                text_of(&c, "import-error")
                    .await
                    .is_some_and(|t| t.starts_with(message))
            })
            .await;
            assert!(
                text_of(&c, "import-confirm").await.is_none(),
                "{path}: nothing to import"
            );
            let shown = exec(
                &c,
                "return document.querySelector('[data-testid=import-text]').value",
            )
            .await;
            assert_eq!(shown, "", "{path}: the box is left as it was");
            expect_text(&c, "row-count", Some("2 đơn vị")).await;
        }
        // Text in UTF-16 is text.
        choose_file(&c, "import_file", &unicode_text).await;
        expect_text(&c, "import-confirm", Some("Nhập 1 đơn vị")).await;
        assert!(text_of(&c, "import-error").await.is_none());
        click_centered(&c, "import-confirm").await;
        expect_text(&c, "row-count", Some("3 đơn vị")).await;
    });
}

/// The import box's text and whether a reading is under way, read at one moment.
async fn box_state(c: &Client) -> (usize, bool, Option<String>) {
    let got = exec(
        c,
        "const q = s => document.querySelector(s); \
         const b = q('[data-testid=import-confirm]'); \
         return [q('[data-testid=import-text]').value.length, !!q('[data-testid=import-pending]'), b ? b.textContent : null];",
    )
    .await;
    serde_json::from_value(got).unwrap()
}

#[test]
fn a_paste_of_50_000_rows_is_held_out_of_the_box_and_keys_do_not_read_it_again() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &table_url(&server)).await;
        let text = communes(50_000, |i| format!("Huyện {}", i % 50));
        paste_table(&c, &text).await;
        expect_text_within(&c, "import-confirm", "Nhập 50.000 đơn vị", LARGE_TIMEOUT).await;
        // The page took the paste over: the box (which a browser takes seconds to lay out and
        // edit at this size) stays empty and says what it holds.
        let (in_box, pending, _) = box_state(&c).await;
        assert_eq!((in_box, pending), (0, false));
        let held = format!(
            "Đã dán 50.001 dòng ({} ký tự). Văn bản dài không hiện trong ô để trang không bị treo: dán bảng khác để thay, hoặc xóa.",
            ntm_calc::core::num::number_vi::format_count(text.chars().count() as u64)
        );
        let said = exec(
            &c,
            "return document.querySelector('[data-testid=import-held] p').textContent",
        )
        .await;
        assert_eq!(said, held.as_str());
        // Keys typed into the box neither change the held table nor read it again.
        let area = c.find(Locator::Css(&testid("import-text"))).await.unwrap();
        area.send_keys("Xã Mới").await.unwrap();
        assert_eq!(
            box_state(&c).await,
            (0, false, Some("Nhập 50.000 đơn vị".to_owned()))
        );
        // Clearing gives the box back; a short paste goes into it and is read at once.
        // (Clicked from the page: right after keys, WebDriver's idea of where the button is
        // can be a frame behind.)
        exec(
            &c,
            "document.querySelector('[data-testid=import-clear]').click(); return 0;",
        )
        .await;
        expect_text(&c, "import-held", None).await;
        assert!(text_of(&c, "import-confirm").await.is_none());
        paste_table(&c, "Xã A\t40\n").await;
        expect_text(&c, "import-confirm", Some("Nhập 1 đơn vị")).await;
        // A box grown long by typing is read once the typing settles, not on every key.
        let medium: String = (0..3_000).map(|i| format!("Xã {i}\t40\n")).collect();
        // Right after the change (the next timer tick), nothing is read yet.
        let pending = c
            .execute_async(
                "const [text, done] = [arguments[0], arguments[arguments.length - 1]]; \
                 const a = document.querySelector('[data-testid=import-text]'); \
                 a.value = text; a.dispatchEvent(new Event('input', {bubbles: true})); \
                 setTimeout(() => done([!!document.querySelector('[data-testid=import-pending]'), \
                   !!document.querySelector('[data-testid=import-confirm]')]), 0);",
                vec![serde_json::Value::from(medium)],
            )
            .await
            .unwrap();
        assert_eq!(
            pending,
            serde_json::json!([true, false]),
            "read after the box settles"
        );
        expect_text_within(&c, "import-confirm", "Nhập 3.000 đơn vị", LARGE_TIMEOUT).await;
    });
}

#[test]
fn a_table_of_50_000_districts_deletes_a_row_and_counts_its_verdicts() {
    let server = Server::dist();
    // One commune per district: the district rule asks it to reach 50 % (⌈10 % · 1⌉ = 1
    // commune at the advanced rate).
    let passing = (0..50_000u64)
        .filter(|&i| {
            let (total, online) = figures(i);
            online * 2 >= total
        })
        .count() as u64;
    let count = |n: u64, pass: u64| {
        use ntm_calc::core::num::number_vi::format_count;
        format!(
            "{} nhóm: {} đạt, {} chưa đạt.",
            format_count(n),
            format_count(pass),
            format_count(n - pass)
        )
    };
    run(move |c| async move {
        open(&c, &table_url(&server)).await;
        paste_table(&c, &communes(50_000, |i| format!("Huyện {i}"))).await;
        expect_text_within(&c, "import-confirm", "Nhập 50.000 đơn vị", LARGE_TIMEOUT).await;
        click_centered(&c, "import-confirm").await;
        expect_text_within(&c, "row-count", "50.000 đơn vị", LARGE_TIMEOUT).await;
        expect_text_within(&c, "group-count", &count(50_000, passing), LARGE_TIMEOUT).await;
        let shown = exec(
            &c,
            "return document.querySelectorAll('[data-testid=group-verdict]').length",
        )
        .await;
        assert_eq!(shown, 50, "one page of verdicts is drawn");
        // Xã Thử 0 (Huyện 0) is at 10 %: deleting it leaves the passing groups as they were.
        assert_eq!(figures(0), (200, 20));
        click_centered(&c, "delete-unit").await;
        expect_text_within(&c, "row-count", "49.999 đơn vị", LARGE_TIMEOUT).await;
        expect_text_within(&c, "group-count", &count(49_999, passing), LARGE_TIMEOUT).await;
        let first = exec(
            &c,
            "return document.querySelector('[data-testid=group-verdict]').dataset.group",
        )
        .await;
        assert_eq!(first, "Huyện 1");
        // Both pagers move on (their "next" buttons were once drawn disabled).
        click_centered(&c, "page-next").await;
        eventually("second page of rows", "Xã Thử 101".to_owned(), || async {
            exec(
                &c,
                "return document.querySelector('[data-testid=unit-row]').dataset.name",
            )
            .await
            .as_str()
            .unwrap_or_default()
            .to_owned()
        })
        .await;
        click_centered(&c, "groups-next").await;
        eventually("second page of verdicts", "Huyện 51".to_owned(), || async {
            exec(
                &c,
                "return document.querySelector('[data-testid=group-verdict]').dataset.group",
            )
            .await
            .as_str()
            .unwrap_or_default()
            .to_owned()
        })
        .await;
    });
}

#[test]
fn the_limits_are_stated_and_a_paste_over_them_is_reported() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &table_url(&server)).await;
        let hint = c
            .find(Locator::Css("#import-hint"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            hint.ends_with("Mỗi lần nhập đọc tối đa 50.000 dòng và 5.000.000 ký tự; bảng lớn hơn hãy chia thành nhiều lần nhập."),
            "{hint}"
        );
        // Rows past the limit are counted, not read.
        let mut text = String::new();
        for i in 0..50_010 {
            text.push_str(&format!("Xã {i}\t40\n"));
        }
        paste_table(&c, &text).await;
        expect_text_within(
            &c,
            "import-limit",
            "Chỉ đọc 50.000 dòng đầu (giới hạn mỗi lần nhập); 10 dòng sau chưa được đọc. Hãy nhập phần còn lại ở lần sau.",
            LARGE_TIMEOUT,
        )
        .await;
        expect_text(&c, "import-confirm", Some("Nhập 50.000 đơn vị")).await;
        // A text over the character limit is not read at all.
        let line = format!("Xã {}\t40\n", "a".repeat(5_000_000));
        paste_table(&c, &line).await;
        expect_text(
            &c,
            "import-limit",
            Some("Văn bản dài 5.000.007 ký tự, quá giới hạn 5.000.000 ký tự mỗi lần nhập, nên chưa đọc gì: hãy chia bảng thành nhiều phần rồi nhập từng phần."),
        )
        .await;
        assert!(text_of(&c, "import-confirm").await.is_none());
        assert!(text_of(&c, "import-pending").await.is_none());
    });
}
