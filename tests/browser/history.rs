//! The history page: months entered over a measurement period, the chart, the projection to
//! the assessment date, wrong input at its field, and everything kept after a reload.

use crate::support::*;
use fantoccini::{Client, Locator};

/// Screenshot names carry the browser, as `support::screenshot` does.
fn prefix() -> &'static str {
    Browser::current().prefix()
}

async fn month_rows(c: &Client) -> Vec<(String, String, String)> {
    let value = exec(
        c,
        "return [...document.querySelectorAll('[data-testid=month-row]')].map(r => [r.dataset.month, \
         r.querySelector('[data-testid=month-rate]').textContent, r.querySelector('[data-testid=month-cumulative]').textContent]);",
    )
    .await;
    serde_json::from_value(value).unwrap()
}

fn row(month: &str, rate: &str, cumulative: &str) -> (String, String, String) {
    (month.into(), rate.into(), cumulative.into())
}

/// The QĐ 817 year 2024 (01/12/2023–30/11/2024), four months entered.
async fn fill_year(c: &Client) {
    type_into(c, "history_unit_name", "Xã Vạn Thạnh").await;
    type_into(c, "period_year", "2024").await;
    type_into(c, "assessment_date", "30/11/2024").await;
    expect_text(
        c,
        "period-text",
        Some("01/12/2023 – 30/11/2024 · Ngày đánh giá 30/11/2024"),
    )
    .await;
    save_month(c, "12/2023", "100", "10").await;
    save_month(c, "01/2024", "100", "20").await;
    save_month(c, "02/2024", "100", "30").await;
    save_month(c, "03/2024", "100", "40").await;
}

#[test]
fn months_add_up_over_the_period_and_the_projection_says_what_is_needed() {
    let server = Server::dist();
    run_sized((1280, 2600), move |c| async move {
        open(&c, &history_url(&server)).await;
        fill_year(&c).await;
        assert_eq!(
            month_rows(&c).await,
            vec![
                row("12/2023", "10,00 %", "10,00 %"),
                row("01/2024", "20,00 %", "15,00 %"),
                row("02/2024", "30,00 %", "20,00 %"),
                row("03/2024", "40,00 %", "25,00 %"),
            ]
        );
        expect_text(&c, "period-rate", Some("25,00 %")).await;
        expect_text(&c, "period-met", Some("Chưa đạt hạng nào")).await;

        // The chart: four months of twelve, the 30 % and 50 % lines.
        let chart = exec(
            &c,
            "const s = document.querySelector('[data-testid=chart] svg'); return [s.dataset.points, \
             s.querySelectorAll('.chart-bar').length, [...s.querySelectorAll('.chart-threshold')].map(l => l.dataset.threshold)]",
        )
        .await;
        assert_eq!(chart, serde_json::json!(["4", 4, ["30 %", "50 %"]]));

        // Pace: the last three months, 90 of 300 = 30 %; 8 months of 100 dossiers to come.
        expect_text(&c, "remaining-months", Some("8")).await;
        type_into(&c, "expected_per_month", "100").await;
        expect_attr(&c, "projection", "data-rate-at-deadline", Some("28.33")).await;
        expect_text(&c, "rate-at-deadline", Some("28,33 %")).await;
        expect_attr(&c, "required-share-ntm", "data-value", Some("32.50")).await;
        expect_attr(&c, "required-share-nang-cao", "data-value", Some("62.50")).await;
        expect_attr(&c, "required-share-kieu-mau", "data-value", Some("62.50")).await;
        let ntm = text_of(&c, "required-share-ntm").await.unwrap_or_default();
        assert_eq!(ntm, "NTM (≥ 30 %): cần 32,50 % (260 hồ sơ trực tuyến)");

        // Fewer dossiers to come: advanced is out of reach.
        type_into(&c, "expected_per_month", "10").await;
        expect_attr(&c, "required-share-ntm", "data-value", Some("55.00")).await;
        expect_attr(
            &c,
            "required-share-nang-cao",
            "data-value",
            Some("unreachable"),
        )
        .await;
        // A stronger March: NTM holds whatever comes.
        click(&c, "edit-month").await; // the first row: 12/2023
        assert_eq!(input_value(&c, "month").await, "12/2023");
        type_into(&c, "month", "03/2024").await;
        type_into(&c, "online", "100").await;
        click(&c, "save-month").await;
        // March was entered before: it is replaced only when the person says so.
        click(&c, "month-replace").await;
        expect_attr(&c, "required-share-ntm", "data-value", Some("reached")).await;

        screenshot(&c, "history-1280").await;
        let panel = c
            .find(Locator::XPath(
                "//*[@data-testid='chart']/ancestor::section[1]",
            ))
            .await
            .expect("the totals panel");
        let png = panel.screenshot().await.expect("panel screenshot");
        let dir = repo_dir().join("target/screenshots");
        std::fs::write(dir.join(format!("{}history-chart.png", prefix())), png).unwrap();
        assert_eq!(
            axe_violations(&c).await,
            Vec::<String>::new(),
            "history page"
        );

        // Everything is there after a reload.
        reload(&c).await;
        assert_eq!(input_value(&c, "history_unit_name").await, "Xã Vạn Thạnh");
        assert_eq!(input_value(&c, "period_year").await, "2024");
        assert_eq!(input_value(&c, "expected_per_month").await, "10");
        expect_attr(&c, "required-share-ntm", "data-value", Some("reached")).await;
        assert_eq!(month_rows(&c).await.len(), 4);
    });
}

#[test]
fn wrong_figures_are_explained_at_their_field_and_change_nothing() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &history_url(&server)).await;
        save_month(&c, "05/2024", "100", "40").await;
        type_into(&c, "month", "13/2024").await;
        click(&c, "save-month").await;
        expect_text(&c, "error-month", Some("Tháng chỉ từ 1 đến 12.")).await;
        type_into(&c, "month", "05/2024").await;
        type_into(&c, "online", "140").await;
        click(&c, "save-month").await;
        expect_text(
            &c,
            "error-online",
            Some("Số hồ sơ trực tuyến lớn hơn tổng số hồ sơ."),
        )
        .await;
        expect_attr(&c, "error-online", "id", Some("m-online-error")).await;
        let described = c
            .find(Locator::Css("[name=online]"))
            .await
            .unwrap()
            .attr("aria-describedby")
            .await
            .unwrap();
        assert_eq!(described.as_deref(), Some("m-online-error"));
        type_into(&c, "online", "1.234,5").await;
        click(&c, "save-month").await;
        expect_text(
            &c,
            "error-online",
            Some("Số hồ sơ là số nguyên; dấu phẩy là dấu thập phân. Viết 1.234 hoặc 1234."),
        )
        .await;
        // The saved month is unchanged.
        assert_eq!(
            month_rows(&c).await,
            vec![row("05/2024", "40,00 %", "40,00 %")]
        );
        expect_text(&c, "need-period", Some("Chọn kỳ đánh giá để xem dự báo.")).await;

        // The same page in English, the figures kept.
        click(&c, "lang-switch").await;
        expect_text(
            &c,
            "need-period",
            Some("Choose a measurement period to see the projection."),
        )
        .await;
        assert_eq!(
            month_rows(&c).await,
            vec![row("05/2024", "40,00 %", "40,00 %")]
        );
        assert_eq!(axe_violations(&c).await, Vec::<String>::new(), "English");
    });
}

#[test]
fn a_period_cut_mid_month_says_which_days_count() {
    let server = Server::dist();
    run_sized((320, 1400), move |c| async move {
        open(&c, &history_url(&server)).await;
        select_value(&c, "period_kind", "custom").await;
        // Công văn 1598/STTTT-CNTTBCVT measures 01/01/2024 to 22/05/2024.
        type_into(&c, "period_from", "01/01/2024").await;
        type_into(&c, "period_to", "22/05/2024").await;
        save_month(&c, "04/2024", "200", "50").await;
        save_month(&c, "05/2024", "100", "60").await;
        expect_text(&c, "period-rate", Some("36,67 %")).await;
        expect_text(
            &c,
            "partial-month",
            Some("Tháng 05/2024: chỉ tính đến 01/05–22/05"),
        )
        .await;
        expect_text(
            &c,
            "missing-months",
            Some("Chưa nhập: 01/2024, 02/2024, 03/2024"),
        )
        .await;
        expect_text(&c, "period-met", Some("Đạt: NTM (≥ 30 %)")).await;
        assert_no_sideways_scroll(&c, 320, "the history page").await;
        screenshot(&c, "history-320").await;
    });
}
