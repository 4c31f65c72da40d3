//! Each view at phone and desktop widths: no horizontal scrolling, and a screenshot under
//! target/screenshots/ to look at.

use crate::support::*;
use fantoccini::Client;

/// The viewport is `width` CSS pixels wide, the page is not wider, and no control or label
/// cuts its own text.
async fn assert_fits(c: &Client, width: u32, what: &str) {
    let inner = exec(c, "return window.innerWidth").await;
    assert_eq!(inner, width, "{what}: the viewport is {width} px wide");
    assert_no_sideways_scroll(c, width, what).await;
    let clipped = exec(
        c,
        "return [...document.querySelectorAll('button, label, input, select, h1, h2, h3, p, th, td')]
            .filter(e => e.offsetParent && getComputedStyle(e).overflowX !== 'visible'
                && e.scrollWidth > e.clientWidth + 1 && e.tagName !== 'INPUT' && e.tagName !== 'SELECT')
            .map(e => e.tagName + ' ' + (e.textContent || '').trim().slice(0, 40))",
    )
    .await;
    assert_eq!(
        clipped,
        serde_json::json!([]),
        "{what}: text cut off at {width} px"
    );
}

fn check_width(width: u32) {
    let server = Server::dist();
    run_sized((width, 1400), move |c| async move {
        open(&c, &server.url).await;
        enter_commune(&c, "Xã Vạn Thạnh", "10.000", "3.291").await;
        expect_attr(&c, "tier-met", "data-tier", Some("ntm")).await;
        assert_fits(&c, width, "calculator").await;
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
        open(&c, &table_url(&server)).await;
        import_appendix(&c).await;
        assert_fits(&c, width, "table page").await;
        screenshot(&c, &format!("table-{width}")).await;
        exec(
            &c,
            "document.querySelector('#groups-h').scrollIntoView(); return 0;",
        )
        .await;
        screenshot(&c, &format!("table-groups-{width}")).await;
        open(&c, &rule_sets_url(&server)).await;
        assert_fits(&c, width, "rule sets").await;
        screenshot(&c, &format!("rule-sets-{width}")).await;
        // A province's file being previewed: one set changed, one new.
        let mut changed = ntm_calc::core::rules::presets::commune_2022_2025();
        changed.tiers[0].online_min = Some(ntm_calc::core::num::percent::Percent::whole(35));
        let mut new = changed.clone();
        new.id = "tinh-x-2026".into();
        new.name.vi = "Bộ tiêu chí xã của tỉnh X, giai đoạn 2026–2030 (nhóm 1, 2, 3)".into();
        let file = ntm_calc::core::stored::rule_set_file::write(&[changed, new]);
        choose_file(&c, "rule_set_file", &write_file("tinh.json", file)).await;
        wait_for_testid(&c, "rule-set-import-confirm").await;
        assert_fits(&c, width, "rule-set file preview").await;
        exec(
            &c,
            "document.querySelector('[data-testid=rule-set-incoming]').scrollIntoView(); return 0;",
        )
        .await;
        screenshot(&c, &format!("rule-set-import-{width}")).await;
        click(&c, "rule-set-import-cancel").await;

        // A set's link and QR code, the table's link and QR code.
        click_css(
            &c,
            "[data-id='xa-2026-2030-mau'] [data-testid=rule-set-link]",
        )
        .await;
        wait_for_testid(&c, "rule-set-link-qr").await;
        assert_fits(&c, width, "rule-set link").await;
        exec(
            &c,
            "document.querySelector('[data-testid=rule-set-link-url]').scrollIntoView(); return 0;",
        )
        .await;
        screenshot(&c, &format!("rule-set-link-{width}")).await;
        open(&c, &table_url(&server)).await;
        click(&c, "table-share").await;
        // The whole appendix is a link, too long for a QR code.
        wait_for_testid(&c, "table-link-url").await;
        wait_for_testid(&c, "table-link-no-qr").await;
        assert_fits(&c, width, "table link").await;
        exec(
            &c,
            "document.querySelector('[data-testid=table-share]').scrollIntoView(); return 0;",
        )
        .await;
        screenshot(&c, &format!("table-link-{width}")).await;

        // The calculator under the 2026–2030 set: its tiers, its commune groups defined.
        open(&c, &server.url).await;
        select_value(&c, "rule_set", "xa-2026-2030-mau").await;
        select_value(&c, "commune_group", "3").await;
        enter_counts(&c, "100", "25").await;
        expect_attr(&c, "needed-ntm-hien-dai", "data-value", Some("unknown")).await;
        assert_fits(&c, width, "calculator 2026–2030").await;
        screenshot(&c, &format!("calculator-2026-{width}")).await;
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
        enter_commune(&c, "Xã Vạn Thạnh", "10.000", "3.291").await;
        expect_text(&c, "rate", Some("32,91 %")).await;
        open(&c, &share_url(&server)).await;
        expect_text(
            &c,
            "share-summary",
            Some("Xã Vạn Thạnh — đăng ký NTM — 3.291 / 10.000 hồ sơ trực tuyến"),
        )
        .await;
        assert_fits(&c, 360, "share page").await;
        screenshot(&c, "share-360").await;
    });
}

/// Text stays readable at a 200 % zoom: a 1280 × 900 desktop window shows 640 × 450 CSS
/// pixels, and every view must reflow into them.
#[test]
fn every_view_reflows_at_200_percent_zoom() {
    let server = Server::dist();
    let setup = Setup {
        window: (640, 450),
        scale: 2,
        ..Setup::default()
    };
    run_with(setup, move |c| async move {
        let width = 640;
        open(&c, &server.url).await;
        let ratio = exec(&c, "return window.devicePixelRatio").await;
        assert_eq!(ratio.as_f64(), Some(2.0), "zoomed to 200 %");
        enter_counts(&c, "10.000", "3.291").await;
        expect_text(&c, "rate", Some("32,91 %")).await;
        assert_fits(&c, width, "calculator at 200 %").await;
        screenshot(&c, "calculator-zoom-200").await;
        open(&c, &format!("{}#/tieu-chi", server.url)).await;
        assert_fits(&c, width, "rule sets at 200 %").await;
        open(&c, &table_url(&server)).await;
        import_appendix(&c).await;
        assert_fits(&c, width, "table at 200 %").await;
        screenshot(&c, "table-zoom-200").await;
        open(&c, &share_url(&server)).await;
        assert_fits(&c, width, "share page at 200 %").await;
    });
}

/// Saves the page as screenshots one viewport below the other (at most `most`), from the top.
async fn screenshots_down(c: &Client, name: &str, most: u32) {
    let pages = exec(
        c,
        "return Math.ceil(document.documentElement.scrollHeight / window.innerHeight)",
    )
    .await
    .as_u64()
    .unwrap_or(1)
    .clamp(1, u64::from(most));
    // WebKit's screenshot scrolls the focused field back into view: nothing keeps the focus.
    exec(
        c,
        "document.activeElement && document.activeElement.blur(); return 0;",
    )
    .await;
    for page in 0..pages {
        // Drawn before the screenshot: two frames after the scroll.
        c.execute_async(
            "const done = arguments[1]; window.scrollTo(0, arguments[0] * window.innerHeight); \
             requestAnimationFrame(() => requestAnimationFrame(() => done(window.scrollY)));",
            vec![serde_json::json!(page)],
        )
        .await
        .expect("scroll");
        screenshot(c, &format!("{name}-{}", page + 1)).await;
    }
    exec(c, "window.scrollTo(0, 0); return 0;").await;
}

/// Six months of one commune on the history page, as stored.
const HISTORY: &str = r#"{"schema":1,"data":{"units":[{"name":"Xã Vạn Thạnh","history":[
    {"month":"2024-12","total":120,"online":30},{"month":"2025-01","total":100,"online":28},
    {"month":"2025-02","total":90,"online":31},{"month":"2025-03","total":130,"online":45},
    {"month":"2025-04","total":110,"online":41},{"month":"2025-05","total":125,"online":50}]}]}}"#;

/// Every view in the setup's viewport: it fits, and screenshots of it from top to
/// bottom are saved to look at, named `<label>-<view>-<n>`.
fn every_view_at(label: &'static str, setup: Setup) {
    let server = Server::dist();
    let width = setup.window.0;
    run_with(setup, move |c| async move {
        let name = |view: &str| format!("{label}-{view}");
        open(&c, &server.url).await;
        enter_commune(&c, "Xã Vạn Thạnh", "10.000", "3.291").await;
        expect_attr(&c, "tier-met", "data-tier", Some("ntm")).await;
        assert_fits(&c, width, "calculator").await;
        screenshots_down(&c, &name("calculator"), 5).await;

        open(&c, &table_url(&server)).await;
        import_appendix(&c).await;
        assert_fits(&c, width, "table page").await;
        screenshots_down(&c, &name("table"), 3).await;
        open(&c, &rule_sets_url(&server)).await;
        assert_fits(&c, width, "rule sets").await;
        screenshots_down(&c, &name("rule-sets"), 3).await;

        open(&c, &share_url(&server)).await;
        assert_fits(&c, width, "share page").await;
        screenshots_down(&c, &name("share"), 3).await;

        open(&c, &history_url(&server)).await;
        set_stored(&c, "ntm-calc.history", HISTORY).await;
        reload(&c).await;
        for (view, hash) in [
            ("history", ""),
            ("scorecard", "#/chi-tieu"),
            ("report", "#/bao-cao"),
        ] {
            open(&c, &format!("{}{hash}", history_url(&server))).await;
            assert_fits(&c, width, view).await;
            screenshots_down(&c, &name(view), 4).await;
        }
    });
}

/// An iPhone's viewport in Safari, portrait.
fn iphone(width: u32, height: u32) -> Setup {
    Setup {
        window: (width, height),
        ..Setup::default()
    }
}

#[test]
fn every_view_fits_an_iphone_se() {
    every_view_at("iphone-375x667", iphone(375, 667));
}

#[test]
fn every_view_fits_an_iphone_14() {
    every_view_at("iphone-390x844", iphone(390, 844));
}

/// The history, scorecard and report views too at 200 % (as above).
#[test]
fn every_view_fits_at_200_percent_zoom() {
    let setup = Setup {
        window: (640, 450),
        scale: 2,
        ..Setup::default()
    };
    every_view_at("zoom-200", setup);
}
