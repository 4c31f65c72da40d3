//! What is typed survives reloads and restarts; broken or missing storage never loses data.

use crate::support::*;
use serde_json::json;

const KEY: &str = "ntm-calc.commune";

async fn fill(c: &fantoccini::Client) {
    type_into(c, "commune_name", "Xã Ninh Quang").await;
    select_value(c, "registered_tier", "kieu-mau").await;
    click_css(c, "[name=dx_criterion]").await;
    enter_counts(c, "1234", "742").await;
    type_into(c, "full_online", "500").await;
    // (0,7 · 1.234 − 500) / 0,3 = 1.212,67 → 1.213 more full-process dossiers.
    expect_attr(c, "needed-kieu-mau", "data-value", Some("1213")).await;
}

async fn expect_filled(c: &fantoccini::Client) {
    assert_eq!(input_value(c, "commune_name").await, "Xã Ninh Quang");
    assert_eq!(input_value(c, "registered_tier").await, "kieu-mau");
    assert_eq!(
        exec(
            c,
            "return document.querySelector('[name=dx_criterion]').checked"
        )
        .await,
        true
    );
    assert_eq!(input_value(c, "total").await, "1.234");
    assert_eq!(input_value(c, "online").await, "742");
    assert_eq!(input_value(c, "full_online").await, "500");
    expect_text(c, "rate", Some("60,13 %")).await;
}

#[test]
fn what_was_typed_is_back_after_a_reload() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &server.url).await;
        fill(&c).await;
        reload(&c).await;
        expect_filled(&c).await;
        let stored = stored(&c, KEY).await;
        assert_eq!(stored["schema"], 2);
        assert_eq!(
            stored["data"]["counts"],
            json!({"total": 1234, "online": 742, "full_online": 500})
        );
    });
}

#[test]
fn wrong_input_never_overwrites_the_last_good_figures() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &server.url).await;
        fill(&c).await;
        type_into(&c, "online", "9.999").await;
        expect_text(
            &c,
            "error-online",
            Some("Số hồ sơ trực tuyến không thể lớn hơn tổng số hồ sơ."),
        )
        .await;
        type_into(&c, "total", "").await;
        type_into(&c, "commune_name", "Xã Ninh Quang").await;
        reload(&c).await;
        expect_filled(&c).await;
    });
}

#[test]
fn what_was_typed_is_back_after_a_browser_restart() {
    let server = Server::dist();
    let url = server.url.clone();
    let profile = fresh_profile("restart");
    run_in_profile(&profile, &Setup::default(), move |c| async move {
        open(&c, &url).await;
        fill(&c).await;
    });
    let url = server.url.clone();
    run_in_profile(&profile, &Setup::default(), move |c| async move {
        open(&c, &url).await;
        expect_filled(&c).await;
    });
    let _ = std::fs::remove_dir_all(&profile);
}

#[test]
fn without_storage_the_app_works_in_memory_and_says_so() {
    let server = Server::dist();
    // As in private modes that refuse storage: reading localStorage throws.
    server.init_script(
        "Object.defineProperty(window, 'localStorage', { configurable: true, \
            get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });",
    );
    run(move |c| async move {
        open(&c, &server.url).await;
        expect_text(
            &c,
            "storage-notice",
            Some("Trình duyệt không cho lưu dữ liệu (chế độ riêng tư hoặc bị chặn): số liệu chỉ giữ trong trang này và sẽ mất khi đóng trang."),
        )
        .await;
        enter_counts(&c, "100", "50").await;
        expect_attr(&c, "tier-met", "data-tier", Some("kieu-mau")).await;
        expect_text(&c, "saved-note", Some("")).await;
    });
}

async fn plant_and_reload(c: &fantoccini::Client, url: &str, stored: &str) {
    open(c, url).await;
    set_stored(c, KEY, stored).await;
    reload(c).await;
}

#[test]
fn an_unreadable_entry_is_kept_aside_not_overwritten() {
    let server = Server::dist();
    run(move |c| async move {
        let garbage = "{\"schema\": 1, \"data\": {\"counts\": {\"total\": -3";
        plant_and_reload(&c, &server.url, garbage).await;
        expect_text(
            &c,
            "storage-notice",
            Some("Dữ liệu đã lưu trước đây không đọc được (không phải dữ liệu của ứng dụng). Đã cất nguyên vẹn dưới khóa “ntm-calc.commune.unreadable.1”, không xóa."),
        )
        .await;
        let aside = raw_stored(&c, &format!("{KEY}.unreadable.1")).await;
        assert_eq!(aside, garbage);
        // The app starts clean and saves new figures under its own key.
        assert_eq!(input_value(&c, "total").await, "");
        enter_counts(&c, "10", "3").await;
        expect_attr(&c, "tier-met", "data-tier", Some("ntm")).await;
        let stored = stored(&c, KEY).await;
        assert_eq!(stored["data"]["counts"]["online"], 3);
        assert_eq!(
            raw_stored(&c, &format!("{KEY}.unreadable.1")).await,
            garbage
        );
    });
}

#[test]
fn entries_from_a_newer_version_or_with_impossible_figures_are_kept_aside() {
    let server = Server::dist();
    run(move |c| async move {
        let newer = r#"{"schema": 7, "data": {"whatever": true}}"#;
        plant_and_reload(&c, &server.url, newer).await;
        expect_text(
            &c,
            "storage-notice",
            Some("Dữ liệu đã lưu trước đây không đọc được (ghi bởi phiên bản mới hơn (lược đồ 7)). Đã cất nguyên vẹn dưới khóa “ntm-calc.commune.unreadable.1”, không xóa."),
        )
        .await;
        let impossible = r#"{"schema":1,"data":{"name":"x","registered":"ntm","dx":false,"counts":{"total":5,"online":7},"rule_set":"s"}}"#;
        plant_and_reload(&c, &server.url, impossible).await;
        expect_text(
            &c,
            "storage-notice",
            Some("Dữ liệu đã lưu trước đây không đọc được (số liệu không hợp lệ). Đã cất nguyên vẹn dưới khóa “ntm-calc.commune.unreadable.2”, không xóa."),
        )
        .await;
        assert_eq!(raw_stored(&c, &format!("{KEY}.unreadable.1")).await, newer);
        assert_eq!(
            raw_stored(&c, &format!("{KEY}.unreadable.2")).await,
            impossible
        );
    });
}

#[test]
fn two_tabs_show_each_others_edits_and_never_write_over_them() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &server.url).await;
        let first = c.window().await.unwrap();
        enter_counts(&c, "100", "20").await;
        expect_attr(&c, "tier-met", "data-tier", Some("none")).await;
        open_tab(&c, &server.url).await;
        assert_eq!(input_value(&c, "online").await, "20");
        type_into(&c, "online", "35").await;
        expect_attr(&c, "tier-met", "data-tier", Some("ntm")).await;

        // The first tab, still open, now shows the second tab's edit ...
        c.switch_to_window(first).await.unwrap();
        eventually("first tab updated", Some("35".to_owned()), || {
            try_input_value(&c, "online")
        })
        .await;
        expect_attr(&c, "tier-met", "data-tier", Some("ntm")).await;
        // ... and its next edit builds on it rather than on its older state.
        type_into(&c, "commune_name", "Xã Hai Thẻ").await;
        let stored = stored(&c, KEY).await["data"].clone();
        assert_eq!(stored["counts"]["online"], 35);
        assert_eq!(stored["name"], "Xã Hai Thẻ");
    });
}

#[test]
fn a_full_storage_is_reported_and_the_app_keeps_working() {
    let server = Server::dist();
    // Reads work, the app's writes fail as when the quota is used up.
    server.init_script(
        "const set = Storage.prototype.setItem; Storage.prototype.setItem = function (k, v) { \
            if (k.startsWith('ntm-calc.') && k !== 'ntm-calc.probe') throw new DOMException('full', 'QuotaExceededError'); \
            return set.call(this, k, v); };",
    );
    run(move |c| async move {
        open(&c, &server.url).await;
        enter_counts(&c, "100", "50").await;
        expect_attr(&c, "tier-met", "data-tier", Some("kieu-mau")).await;
        expect_text(
            &c,
            "storage-notice",
            Some("Không lưu được (bộ nhớ trình duyệt đầy hoặc bị chặn): số liệu mới chỉ còn trong trang này."),
        )
        .await;
    });
}
