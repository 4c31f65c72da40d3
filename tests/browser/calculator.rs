//! The commune calculator in a real browser: typing, results, wrong input.

use crate::support::*;
use fantoccini::Locator;

#[test]
fn shows_rate_tier_and_needs_as_the_counts_are_typed() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &server.url).await;
        // Công văn 1598/STTTT-CNTTBCVT: Xã Vạn Thạnh, 32,91 %.
        enter_commune(&c, "Xã Vạn Thạnh", "10.000", "3291").await;
        expect_text(&c, "rate", Some("32,91 %")).await;
        expect_attr(&c, "tier-met", "data-tier", Some("ntm")).await;
        expect_attr(&c, "needed-ntm", "data-value", Some("0")).await;
        // (5.000 − 3.291) / 0,5 = 3.418 more online dossiers.
        expect_attr(&c, "needed-nang-cao", "data-value", Some("3418")).await;
        expect_attr(&c, "needed-kieu-mau", "data-value", Some("3418")).await;
        expect_text(&c, "existing-nang-cao", Some("1.709 hồ sơ trực tuyến")).await;
        expect_text(
            &c,
            "verdict",
            Some("Xã Vạn Thạnh đã đạt tiêu chí hồ sơ trực tuyến của NTM."),
        )
        .await;

        select_value(&c, "registered_tier", "nang-cao").await;
        expect_text(
            &c,
            "verdict",
            Some("Cần thêm 3.418 hồ sơ trực tuyến để đạt NTM nâng cao."),
        )
        .await;

        // Every keystroke recomputes: 5.000 of 10.000 meets the advanced tier.
        type_into(&c, "online", "5.000").await;
        expect_attr(&c, "tier-met", "data-tier", Some("kieu-mau")).await;
        expect_attr(&c, "needed-nang-cao", "data-value", Some("0")).await;
    });
}

#[test]
fn a_rate_just_below_thirty_percent_never_reads_thirty() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &server.url).await;
        enter_counts(&c, "20.000", "5.999").await;
        expect_text(&c, "rate", Some("29,99 %")).await;
        expect_attr(&c, "tier-met", "data-tier", Some("none")).await;
        expect_attr(&c, "needed-ntm", "data-value", Some("2")).await;
        expect_text(
            &c,
            "verdict",
            Some("Cần thêm 2 hồ sơ trực tuyến để đạt NTM."),
        )
        .await;
    });
}

#[test]
fn the_model_tier_with_digital_transformation_needs_full_process_dossiers() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &server.url).await;
        select_value(&c, "registered_tier", "kieu-mau").await;
        enter_counts(&c, "1.000", "600").await;
        expect_attr(&c, "tier-met", "data-tier", Some("kieu-mau")).await;
        click_css(&c, "[name=dx_criterion]").await;
        expect_attr(&c, "tier-met", "data-tier", Some("nang-cao")).await;
        expect_text(
            &c,
            "verdict",
            Some("Nhập số hồ sơ trực tuyến toàn trình để đánh giá NTM kiểu mẫu (tiêu chí chuyển đổi số)."),
        )
        .await;
        type_into(&c, "full_online", "400").await;
        expect_text(&c, "full-rate", Some("40,00 %")).await;
        // (700 − 400) / 0,3 = 1.000 more full-process dossiers.
        expect_attr(&c, "needed-kieu-mau", "data-value", Some("1000")).await;
        expect_text(
            &c,
            "verdict",
            Some("Cần thêm 1.000 hồ sơ trực tuyến toàn trình để đạt NTM kiểu mẫu."),
        )
        .await;
    });
}

#[test]
fn wrong_input_is_explained_under_its_field_and_withholds_results() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &server.url).await;
        enter_counts(&c, "1.000", "300").await;
        expect_attr(&c, "tier-met", "data-tier", Some("ntm")).await;

        let cases = [
            ("total", "abc", "Chỉ nhập chữ số, ví dụ 1.234."),
            ("total", "-5", "Số hồ sơ không thể âm."),
            (
                "total",
                "1.234,5",
                "Số hồ sơ là số nguyên; dấu phẩy là dấu thập phân. Viết 1.234 hoặc 1234.",
            ),
            (
                "total",
                "12.5",
                "Dấu chấm chỉ để tách hàng nghìn, ví dụ 1.234; số hồ sơ là số nguyên.",
            ),
            (
                "total",
                "2.000.000.000",
                "Số quá lớn: tối đa 1.000.000.000 hồ sơ.",
            ),
            ("total", "", "Vui lòng nhập số hồ sơ."),
        ];
        for (field, typed, message) in cases {
            type_into(&c, field, typed).await;
            expect_text(&c, &format!("error-{field}"), Some(message)).await;
            expect_text(&c, "tier-met", None).await;
            expect_text(&c, "rate", None).await;
            let invalid = c
                .find(Locator::Css(&format!("[name={field}]")))
                .await
                .unwrap();
            assert_eq!(
                invalid.attr("aria-invalid").await.unwrap().as_deref(),
                Some("true")
            );
        }
        type_into(&c, "total", "200").await;
        expect_text(&c, "error-total", None).await;
        expect_text(
            &c,
            "error-online",
            Some("Số hồ sơ trực tuyến không thể lớn hơn tổng số hồ sơ."),
        )
        .await;
        expect_text(&c, "tier-met", None).await;
        type_into(&c, "total", "1.000").await;
        type_into(&c, "full_online", "301").await;
        expect_text(
            &c,
            "error-full_online",
            Some("Số hồ sơ toàn trình không thể lớn hơn số hồ sơ trực tuyến."),
        )
        .await;
        type_into(&c, "full_online", "").await;
        expect_text(&c, "error-full_online", None).await;
        expect_attr(&c, "tier-met", "data-tier", Some("ntm")).await;
        let body = page_text(&c).await;
        assert!(
            !body.contains("NaN") && !body.contains("undefined"),
            "{body}"
        );
    });
}

#[test]
fn zero_dossiers_says_so_and_never_nan() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &server.url).await;
        enter_counts(&c, "0", "0").await;
        expect_text(&c, "rate", Some("Chưa có hồ sơ")).await;
        expect_attr(&c, "tier-met", "data-tier", Some("none")).await;
        expect_text(
            &c,
            "verdict",
            Some("Chưa có hồ sơ nào trong kỳ: chưa tính được tỷ lệ."),
        )
        .await;
        let body = page_text(&c).await;
        assert!(
            !body.contains("NaN") && !body.contains("Infinity"),
            "{body}"
        );
    });
}

#[test]
fn a_hostile_name_is_shown_as_text() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &server.url).await;
        let name = "<img src=x onerror=\"document.title='pwned'\">";
        enter_commune(&c, name, "10", "5").await;
        expect_text(
            &c,
            "verdict",
            Some(&format!("{name} đã đạt tiêu chí hồ sơ trực tuyến của NTM.")),
        )
        .await;
        assert!(
            c.find(Locator::Css("img")).await.is_err(),
            "the name became markup"
        );
        assert_ne!(c.title().await.unwrap(), "pwned");
    });
}

#[test]
fn english_is_one_click_away_and_remembered() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &server.url).await;
        enter_counts(&c, "100", "25").await;
        expect_text(
            &c,
            "verdict",
            Some("Cần thêm 8 hồ sơ trực tuyến để đạt NTM."),
        )
        .await;
        click(&c, "lang-switch").await;
        expect_text(
            &c,
            "verdict",
            Some("8 more online dossiers needed to reach NTM."),
        )
        .await;
        assert_eq!(exec(&c, "return document.documentElement.lang").await, "en");
        reload(&c).await;
        expect_text(
            &c,
            "verdict",
            Some("8 more online dossiers needed to reach NTM."),
        )
        .await;
        expect_text(&c, "rate", Some("25,00 %")).await;
    });
}

#[test]
fn axe_finds_no_accessibility_violations() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &server.url).await;
        assert_eq!(axe_violations(&c).await, Vec::<String>::new(), "empty form");
        enter_counts(&c, "1.000", "420").await;
        expect_attr(&c, "tier-met", "data-tier", Some("ntm")).await;
        assert_eq!(
            axe_violations(&c).await,
            Vec::<String>::new(),
            "with results"
        );
        type_into(&c, "online", "x").await;
        expect_text(&c, "error-online", Some("Chỉ nhập chữ số, ví dụ 1.234.")).await;
        assert_eq!(
            axe_violations(&c).await,
            Vec::<String>::new(),
            "with an error"
        );
    });
}
