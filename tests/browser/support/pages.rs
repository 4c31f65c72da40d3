//! The app's pages and the steps a test takes on them, each written once: where a page is,
//! typing a commune's counts into the calculator, pasting and confirming a table, saving a
//! month on the history page, waiting for the calculator a click opened.

use super::{
    click, eventually, expect_text, testid, try_input_value, type_into, wait_for_app, Server,
    APP_TIMEOUT,
};
use fantoccini::{Client, Locator};
use serde_json::json;
use std::time::{Duration, Instant};

/// The appendix of Công văn 1598/STTTT-CNTTBCVT as copied from the letter: 48 communes in four
/// sections.
pub const APPENDIX: &str = include_str!("../../fixtures/seed000_appendix.tsv");

/// The table page.
pub fn table_url(server: &Server) -> String {
    format!("{}bang/", server.url)
}

/// The rule sets view of the table page.
pub fn rule_sets_url(server: &Server) -> String {
    format!("{}bang/#/tieu-chi", server.url)
}

/// The share page.
pub fn share_url(server: &Server) -> String {
    format!("{}chia-se/", server.url)
}

/// The history page.
pub fn history_url(server: &Server) -> String {
    format!("{}theo-doi/", server.url)
}

/// The scorecard view of the history page.
pub fn scorecard_url(server: &Server) -> String {
    format!("{}theo-doi/#/chi-tieu", server.url)
}

/// The report view of the history page.
pub fn report_url(server: &Server) -> String {
    format!("{}theo-doi/#/bao-cao", server.url)
}

/// Types the total and online dossiers into the calculator.
pub async fn enter_counts(client: &Client, total: &str, online: &str) {
    type_into(client, "total", total).await;
    type_into(client, "online", online).await;
}

/// Types a commune's name, then its total and online dossiers, into the calculator.
pub async fn enter_commune(client: &Client, name: &str, total: &str, online: &str) {
    type_into(client, "commune_name", name).await;
    enter_counts(client, total, online).await;
}

/// After a click that opens the calculator (a table row's "Mở", a share link's "accept"):
/// the new page comes, and it shows the commune `name`. Until the calculator is there, the
/// old page may still answer, so the name is read until it is the one expected.
pub async fn expect_calculator_of(client: &Client, what: &str, name: &str) {
    wait_for_app(client).await;
    eventually(what, Some(name.to_owned()), || {
        try_input_value(client, "commune_name")
    })
    .await;
}

/// What a real paste of `arguments[1]` over the whole of the box `arguments[0]` does: a paste
/// event carrying the text, which the page may take over (a long text); otherwise the browser
/// puts the text into the box and fires an input event.
pub const PASTE_JS: &str = r#"
const [a, text] = arguments;
a.setSelectionRange(0, a.value.length);
const paste = new ClipboardEvent('paste', { bubbles: true, cancelable: true });
// A constructed event's clipboardData holds no text in Firefox: give it what a real paste has.
Object.defineProperty(paste, 'clipboardData', { value: { getData: () => text } });
if (a.dispatchEvent(paste)) {
  a.value = text;
  a.dispatchEvent(new Event('input', { bubbles: true }));
}
"#;

/// Pastes `text` into the table page's import box, replacing what it held, as a real paste.
pub async fn paste_table(client: &Client, text: &str) {
    let area = client
        .find(Locator::Css(&testid("import-text")))
        .await
        .expect("import box");
    client
        .execute(
            PASTE_JS,
            vec![serde_json::to_value(&area).expect("element"), json!(text)],
        )
        .await
        .expect("paste");
}

/// Confirms the import once its preview is shown (a long text is read after the box
/// settles, in steps).
pub async fn confirm_import(client: &Client) {
    let deadline = Instant::now() + APP_TIMEOUT;
    let confirm = loop {
        match client.find(Locator::Css(&testid("import-confirm"))).await {
            Ok(button) => break button,
            Err(e) if Instant::now() > deadline => panic!("no preview to confirm: {e}"),
            Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
        }
    };
    confirm.click().await.expect("click");
}

/// Pastes `text` into the table page's import box and confirms the import.
pub async fn import_table(client: &Client, text: &str) {
    paste_table(client, text).await;
    confirm_import(client).await;
}

/// Imports the whole [`APPENDIX`] of Công văn 1598/STTTT-CNTTBCVT (docs/sources.md) on the
/// table page and waits for its 48 rows.
pub async fn import_appendix(client: &Client) {
    import_table(client, APPENDIX).await;
    expect_text(client, "row-count", Some("48 đơn vị")).await;
}

/// Types a month's figures on the history page and saves them.
pub async fn enter_month(client: &Client, month: &str, total: &str, online: &str) {
    type_into(client, "month", month).await;
    type_into(client, "total", total).await;
    type_into(client, "online", online).await;
    click(client, "save-month").await;
}

/// Enters a month the history page does not have yet, and waits until it says it saved it.
pub async fn save_month(client: &Client, month: &str, total: &str, online: &str) {
    enter_month(client, month, total, online).await;
    expect_text(
        client,
        "month-saved",
        Some(&format!("Đã lưu số liệu tháng {month}")),
    )
    .await;
}
