//! Keyboard only: every control is reached with Tab in reading order, used with keys, and
//! shows where the focus is.

mod support;

use fantoccini::Client;
use support::*;

const TAB: &str = "\u{E004}";
const SPACE: &str = "\u{E00D}";

/// Presses keys on whatever has the focus, as a keyboard does.
async fn press(c: &Client, keys: &str) {
    c.active_element()
        .await
        .expect("focused element")
        .send_keys(keys)
        .await
        .expect("keys");
}

/// A short name for the focused element: its name, test id or tag.
async fn focused(c: &Client) -> String {
    let script = "const e = document.activeElement; \
        return e.getAttribute('name') || e.dataset.testid || e.tagName.toLowerCase();";
    exec(c, script)
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn the_calculator_is_usable_with_the_keyboard_alone() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &server.url).await;
        let mut order = Vec::new();
        for _ in 0..12 {
            press(&c, TAB).await;
            let name = focused(&c).await;
            let outline = exec(
                &c,
                "return getComputedStyle(document.activeElement).outlineStyle",
            )
            .await;
            assert_ne!(outline, "none", "no visible focus on {name}");
            order.push(name);
        }
        assert_eq!(
            order,
            [
                "lang-switch",
                "nav-calculator",
                "nav-bang",
                "nav-tieu-chi",
                "commune_name",
                "rule_set",
                "registered_tier",
                "dx_criterion",
                "total",
                "online",
                "full_online",
                "share-link",
            ]
        );
        // Back to the counts and type them; Space ticks the checkbox.
        for _ in 0..4 {
            press(&c, "\u{E008}\u{E004}\u{E000}").await; // Shift+Tab
        }
        assert_eq!(focused(&c).await, "dx_criterion");
        press(&c, SPACE).await;
        press(&c, TAB).await;
        press(&c, "1000").await;
        press(&c, TAB).await;
        press(&c, "600").await;
        press(&c, TAB).await;
        press(&c, "400").await;
        expect_attr(&c, "tier-met", "data-tier", Some("nang-cao")).await;
        expect_attr(&c, "needed-kieu-mau", "data-value", Some("1000")).await;
    });
}
