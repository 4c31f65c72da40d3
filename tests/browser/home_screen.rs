//! iPhone and iPad: the app added to the home screen has its icon, name and status bar, fits
//! under the notch, and Safari's 7-day limit on stored data is said where it applies.

use crate::support::*;
use fantoccini::Client;
use serde_json::json;

const PAGES: [&str; 4] = ["", "bang/", "chia-se/", "theo-doi/"];

const IPHONE_SAFARI: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
const ANDROID_CHROME: &str = "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.71 Mobile Safari/537.36";

const SAFARI_WARNING: &str = "Safari (và mọi trình duyệt trên iPhone, iPad) có thể xóa dữ liệu của trang sau 7 ngày không mở trang. Hãy tải bản sao lưu sau mỗi lần nhập số liệu, hoặc thêm ứng dụng vào Màn hình chính (nút Chia sẻ → “Thêm vào MH chính”): mở từ đó, dữ liệu không bị xóa như vậy. Đến mục sao lưu";

/// Every page, before its own scripts, sees this browser: its user agent, its touch points,
/// and whether it runs from the home screen (`navigator.standalone`, as iOS Safari says).
fn pretend(server: &Server, agent: &str, touch_points: u32, standalone: bool) {
    server.init_script(&format!(
        "Object.defineProperty(Navigator.prototype, 'userAgent', {{ configurable: true, get: () => {agent:?} }}); \
         Object.defineProperty(Navigator.prototype, 'maxTouchPoints', {{ configurable: true, get: () => {touch_points} }}); \
         Object.defineProperty(Navigator.prototype, 'standalone', {{ configurable: true, get: () => {standalone} }});"
    ));
}

#[test]
fn every_page_has_an_icon_a_name_and_a_status_bar_for_the_home_screen() {
    let server = Server::dist();
    run(move |c| async move {
        for page in PAGES {
            open(&c, &format!("{}{page}", server.url)).await;
            let head = exec(
                &c,
                "const meta = n => { const m = document.querySelector(`meta[name=\"${n}\"]`); return m && m.content; };
                 // The built page's minifier drops the spaces between viewport settings.
                 return [meta('viewport').replace(/\\s+/g, ''), meta('apple-mobile-web-app-capable'), meta('mobile-web-app-capable'),
                         meta('apple-mobile-web-app-status-bar-style'), meta('apple-mobile-web-app-title')];",
            )
            .await;
            assert_eq!(
                head,
                json!([
                    "width=device-width,initial-scale=1,viewport-fit=cover",
                    "yes",
                    "yes",
                    "black-translucent",
                    "ntm-calc"
                ]),
                "page /{page}"
            );
            // The icon iOS takes: a PNG, 180 × 180, from the app's own host.
            let icon = c
                .execute_async(
                    "const done = arguments[0]; const link = document.querySelector('link[rel=apple-touch-icon]');
                     if (!link) { done('no apple-touch-icon'); return; }
                     const img = new Image();
                     img.onload = () => done([new URL(link.href).pathname.split('/').pop(), img.naturalWidth, img.naturalHeight]);
                     img.onerror = () => done('apple-touch-icon does not load: ' + link.href);
                     img.src = link.href;",
                    vec![],
                )
                .await
                .expect("icon");
            assert_eq!(
                icon,
                json!(["apple-touch-icon.png", 180, 180]),
                "page /{page}"
            );
        }
    });
}

/// The value the browser parsed for `property` of `selector` (as the stylesheet writes it,
/// env() kept).
async fn declared(c: &Client, selector: &str, property: &str) -> String {
    let script = format!(
        "const rules = [...document.styleSheets].flatMap(s => {{ try {{ return [...s.cssRules] }} catch {{ return [] }} }});
         return rules.filter(r => r.selectorText && r.selectorText.split(',').map(s => s.trim()).includes({selector:?}))
             .map(r => r.style.getPropertyValue({property:?})).filter(v => v).pop() || '';"
    );
    exec(c, &script)
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn the_page_keeps_clear_of_the_notch_and_the_home_indicator() {
    let server = Server::dist();
    run_sized((390, 844), move |c| async move {
        for page in PAGES {
            open(&c, &format!("{}{page}", server.url)).await;
            for (selector, property, inset) in [
                (".top", "padding-top", "top"),
                (".top-inner", "padding-left", "left"),
                (".top-inner", "padding-right", "right"),
                ("main", "padding-left", "left"),
                ("main", "padding-right", "right"),
                (".bottom", "padding-bottom", "bottom"),
                (".update-bar", "bottom", "bottom"),
            ] {
                let value = declared(&c, selector, property).await;
                assert!(
                    value.contains(&format!("env(safe-area-inset-{inset})")),
                    "/{page}: {selector} {{ {property}: {value:?} }} ignores the {inset} safe area"
                );
            }
            // Without a notch (as here) the insets are 0: nothing moves.
            assert_no_sideways_scroll(&c, 390, &format!("/{page}")).await;
        }
    });
}

#[test]
fn safari_on_an_iphone_is_told_its_data_may_go_after_seven_days() {
    let server = Server::dist();
    pretend(&server, IPHONE_SAFARI, 5, false);
    run_sized((390, 844), move |c| async move {
        // The table page: the warning, and its link to the backup further down.
        open(&c, &table_url(&server)).await;
        expect_text(&c, "safari-storage", Some(SAFARI_WARNING)).await;
        screenshot(&c, "safari-storage-390").await;
        let violations = axe_violations(&c).await;
        assert!(violations.is_empty(), "axe: {violations:#?}");
        click_css(&c, "[data-testid=safari-storage] a").await;
        eventually("the backup section in view", true, || async {
            exec(
                &c,
                "const h = document.getElementById('backup-h'); const top = h && h.getBoundingClientRect().top;
                 return location.hash === '#backup-h' && top >= 0 && top < innerHeight;",
            )
            .await
            .as_bool()
            .unwrap_or(false)
        })
        .await;
        // The history page says it too, and points to the table page's backup.
        open(&c, &history_url(&server)).await;
        expect_text(&c, "safari-storage", Some(SAFARI_WARNING)).await;
        let href = exec(
            &c,
            "return document.querySelector('[data-testid=safari-storage] a').getAttribute('href')",
        )
        .await;
        assert_eq!(href, "../bang/#backup-h");
        // The calculator keeps a few figures and its bundle small: no warning there.
        open(&c, &server.url).await;
        expect_text(&c, "safari-storage", None).await;
        // In English.
        click(&c, "lang-switch").await;
        open(&c, &table_url(&server)).await;
        let english = text_of(&c, "safari-storage").await.unwrap_or_default();
        assert!(
            english.starts_with("Safari (and every browser on iPhone and iPad) may delete"),
            "{english}"
        );
    });
}

#[test]
fn no_such_warning_elsewhere_nor_on_the_home_screen() {
    for (agent, standalone) in [(ANDROID_CHROME, false), (IPHONE_SAFARI, true)] {
        let server = Server::dist();
        pretend(&server, agent, 5, standalone);
        run(move |c| async move {
            for page in ["bang/", "theo-doi/"] {
                open(&c, &format!("{}{page}", server.url)).await;
                assert_eq!(
                    text_of(&c, "safari-storage").await,
                    None,
                    "/{page} with {agent}, standalone: {standalone}"
                );
            }
        });
    }
}
