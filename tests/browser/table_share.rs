//! A district's table handed to its communes: the link (or the JSON file) carries the units,
//! their commune groups and the rule set they are judged by; opening it previews, and only
//! the confirm changes anything.

use crate::support::*;

/// The district's table: two communes of nhóm 3 and 1, judged by its own copy of the
/// 2026–2030 set with nhóm 3's NTM threshold at 20 % and nhóm 1's at 40 %.
async fn districts_table(c: &fantoccini::Client, server: &Server) {
    open(c, &rule_sets_url(server)).await;
    click_css(
        c,
        "[data-id='xa-2026-2030-mau'] [data-testid=copy-rule-set]",
    )
    .await;
    type_into_css(c, "#tu-chinh-1-tier-0", "40").await;
    type_into_css(c, "#tu-chinh-1-tier-4", "20").await;
    click_css(c, "[data-id='tu-chinh-1'] [data-testid=use-rule-set]").await;
    open(c, &table_url(server)).await;
    paste_table(
        c,
        "Tên đơn vị\tNhóm xã\tTổng số hồ sơ\tTrực tuyến\nXã Sơn Hà\t3\t100\t25\nXã Ninh Lộc\t1\t100\t25\n",
    )
    .await;
    confirm_import(c).await;
    expect_text(c, "row-count", Some("2 đơn vị")).await;
}

#[test]
fn a_table_travels_by_link_with_its_rule_set_and_groups() {
    let server = Server::dist();
    run(move |c| async move {
        districts_table(&c, &server).await;
        click(&c, "table-share").await;
        let holds = wait_for_testid(&c, "table-share-holds")
            .await
            .text()
            .await
            .unwrap();
        assert!(holds.contains("2 đơn vị"), "{holds}");
        wait_for_testid(&c, "table-link-qr").await;
        let url = try_input_value_css(&c, "[data-testid=table-link-url]")
            .await
            .unwrap();
        assert!(url.contains("bang/#/mo/t1."), "{url}");

        // A commune's device: its own table, and no copy of the set.
        exec(&c, "localStorage.clear(); return 0;").await;
        open(&c, &table_url(&server)).await;
        paste_table(
            &c,
            "Tên đơn vị\tTổng số hồ sơ\tTrực tuyến\nXã Của Tôi\t10\t5\n",
        )
        .await;
        confirm_import(&c).await;
        expect_text(&c, "row-count", Some("1 đơn vị")).await;
        open_anew(&c, &url).await;
        let set = wait_for_testid(&c, "import-rule-set")
            .await
            .text()
            .await
            .unwrap();
        assert!(set.contains("Bộ tiêu chí xã NTM 2026–2030"), "{set}");
        // Nothing changes before the confirm; the link is forgotten once imported.
        expect_text(&c, "row-count", Some("1 đơn vị")).await;
        confirm_import(&c).await;
        expect_text(&c, "row-count", Some("3 đơn vị")).await;
        assert_eq!(exec(&c, "return location.hash").await, "#/");
        // The district's set judges the communes by their groups: 25 % passes nhóm 3's
        // 20 % and fails nhóm 1's 40 %.
        let statuses = exec(
            &c,
            "return [...document.querySelectorAll('[data-testid=unit-row]')].map(r => r.dataset.name + ':' + r.dataset.status).join('|')",
        )
        .await;
        let statuses = statuses.as_str().unwrap_or_default().to_owned();
        assert!(statuses.contains("Xã Sơn Hà:pass"), "{statuses}");
        assert!(statuses.contains("Xã Ninh Lộc:fail"), "{statuses}");

        // A link cut short: said, nothing imported.
        open_anew(&c, &url[..url.len() - 30]).await;
        expect_text(
            &c,
            "import-error",
            Some("Liên kết bảng không nguyên vẹn (bị cắt bớt hoặc sửa) hoặc do phiên bản khác ghi: không nhập gì."),
        )
        .await;
        expect_text(&c, "row-count", Some("3 đơn vị")).await;
    });
}
