//! Each view at phone and desktop widths: no horizontal scrolling, and a screenshot under
//! target/screenshots/ to look at.

mod support;

use support::*;

fn check_width(width: u32) {
    let server = Server::dist();
    run_sized((width, 1400), move |c| async move {
        open(&c, &server.url).await;
        type_into(&c, "commune_name", "Xã Vạn Thạnh").await;
        type_into(&c, "total", "10.000").await;
        type_into(&c, "online", "3.291").await;
        expect_attr(&c, "tier-met", "data-tier", Some("ntm")).await;
        let overflow = exec(
            &c,
            &format!("return document.documentElement.scrollWidth - {width}"),
        )
        .await;
        assert!(
            overflow.as_f64().unwrap_or(1.0) <= 0.0,
            "scrolls sideways at {width} px by {overflow}"
        );
        screenshot(&c, &format!("calculator-{width}")).await;
        type_into(&c, "online", "12,5").await;
        expect_text(
            &c,
            "error-online",
            Some("Số hồ sơ là số nguyên; dấu phẩy là dấu thập phân. Viết 1.234 hoặc 1234."),
        )
        .await;
        screenshot(&c, &format!("calculator-error-{width}")).await;
    });
}

#[test]
fn fits_a_320_px_phone() {
    check_width(320);
}

#[test]
fn fits_a_390_px_phone() {
    check_width(390);
}

#[test]
fn fits_a_desktop() {
    check_width(1280);
}

fn check_table_width(width: u32) {
    let server = Server::dist();
    run_sized((width, 1400), move |c| async move {
        open(&c, &format!("{}bang/", server.url)).await;
        import_table(&c, include_str!("fixtures/seed000_appendix.tsv")).await;
        expect_text(&c, "row-count", Some("48 đơn vị")).await;
        let overflow = exec(
            &c,
            &format!("return document.documentElement.scrollWidth - {width}"),
        )
        .await;
        assert!(
            overflow.as_f64().unwrap_or(1.0) <= 0.0,
            "table page scrolls sideways at {width} px by {overflow}"
        );
        screenshot(&c, &format!("table-{width}")).await;
        exec(
            &c,
            "document.querySelector('#groups-h').scrollIntoView(); return 0;",
        )
        .await;
        screenshot(&c, &format!("table-groups-{width}")).await;
        c.goto(&format!("{}bang/#/tieu-chi", server.url))
            .await
            .unwrap();
        wait_for_app(&c).await;
        let overflow = exec(
            &c,
            &format!("return document.documentElement.scrollWidth - {width}"),
        )
        .await;
        assert!(
            overflow.as_f64().unwrap_or(1.0) <= 0.0,
            "rule sets scroll sideways at {width} px by {overflow}"
        );
        screenshot(&c, &format!("rule-sets-{width}")).await;
    });
}

#[test]
fn the_table_page_fits_a_320_px_phone() {
    check_table_width(320);
}

#[test]
fn the_table_page_fits_a_desktop() {
    check_table_width(1280);
}

#[test]
fn the_share_page_fits_a_phone() {
    let server = Server::dist();
    run_sized((360, 1400), move |c| async move {
        open(&c, &server.url).await;
        type_into(&c, "commune_name", "Xã Vạn Thạnh").await;
        type_into(&c, "total", "10.000").await;
        type_into(&c, "online", "3.291").await;
        expect_text(&c, "rate", Some("32,91 %")).await;
        c.goto(&format!("{}chia-se/", server.url)).await.unwrap();
        wait_for_app(&c).await;
        expect_text(
            &c,
            "share-summary",
            Some("Xã Vạn Thạnh — đăng ký NTM — 3.291 / 10.000 hồ sơ trực tuyến"),
        )
        .await;
        let overflow = exec(&c, "return document.documentElement.scrollWidth - 360").await;
        assert!(
            overflow.as_f64().unwrap_or(1.0) <= 0.0,
            "share page scrolls sideways by {overflow}"
        );
        screenshot(&c, "share-360").await;
    });
}
