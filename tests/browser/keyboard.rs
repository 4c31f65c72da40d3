//! Keyboard only: every control is reached with Tab in reading order, used with keys, and
//! shows where the focus is.

use crate::support::*;
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::Client;

const TAB: &str = "\u{E004}";
const SPACE: &str = "\u{E00D}";
const ENTER: &str = "\u{E007}";
const SHIFT_TAB: &str = "\u{E008}\u{E004}\u{E000}";

/// Presses keys on whatever has the focus, as a keyboard does (Shift, Ctrl and Alt stay
/// down until U+E000 or the end).
async fn press(c: &Client, keys: &str) {
    let mut actions = KeyActions::new("keyboard".to_owned());
    let mut held = Vec::new();
    for key in keys.chars() {
        match key {
            '\u{E008}' | '\u{E009}' | '\u{E00A}' => {
                actions = actions.then(KeyAction::Down { value: key });
                held.push(key);
            }
            '\u{E000}' => {
                for value in held.drain(..) {
                    actions = actions.then(KeyAction::Up { value });
                }
            }
            _ => {
                actions = actions
                    .then(KeyAction::Down { value: key })
                    .then(KeyAction::Up { value: key });
            }
        }
    }
    for value in held {
        actions = actions.then(KeyAction::Up { value });
    }
    c.perform_actions(actions).await.expect("keys");
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

/// Fails unless the focused element shows an outline.
async fn assert_focus_visible(c: &Client) {
    let outline = exec(
        c,
        "return getComputedStyle(document.activeElement).outlineStyle",
    )
    .await;
    assert_ne!(outline, "none", "no visible focus on {}", focused(c).await);
}

/// Presses Tab until `target` has the focus (at most `limit` times), the focus visible at
/// every stop.
async fn tab_to(c: &Client, target: &str, limit: usize) {
    move_focus_to(c, TAB, target, limit).await
}

/// Like [`tab_to`], backwards (Shift+Tab).
async fn shift_tab_to(c: &Client, target: &str, limit: usize) {
    move_focus_to(c, SHIFT_TAB, target, limit).await
}

async fn move_focus_to(c: &Client, key: &str, target: &str, limit: usize) {
    let mut seen = Vec::new();
    for _ in 0..limit {
        press(c, key).await;
        let name = focused(c).await;
        assert_ne!(name, "body", "the focus fell off the page after {seen:?}");
        assert_focus_visible(c).await;
        if name == target {
            return;
        }
        seen.push(name);
    }
    panic!("{target} not reached with Tab; the focus went through {seen:?}");
}

#[test]
fn the_table_is_filled_and_edited_with_the_keyboard_alone() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &table_url(&server)).await;
        tab_to(&c, "import_text", 20).await;
        press(&c, "Xã A;40\u{E007}Xã B;20").await;
        tab_to(&c, "import-confirm", 8).await;
        press(&c, ENTER).await;
        expect_text(&c, "row-count", Some("2 đơn vị")).await;
        // The confirm button is gone: the focus moves to the table it filled.
        eventually("focus on the table", "row-count".to_owned(), || focused(&c)).await;

        // Edit the first row: the focus goes into the editor and comes back to the row.
        tab_to(&c, "edit-unit", 40).await;
        press(&c, ENTER).await;
        eventually("focus in the editor", "edit_name".to_owned(), || {
            focused(&c)
        })
        .await;
        tab_to(&c, "edit_rate", 10).await;
        press(&c, "\u{E009}a\u{E000}\u{E003}").await;
        press(&c, "25").await;
        press(&c, ENTER).await;
        eventually("focus back on the row", "edit-unit".to_owned(), || {
            focused(&c)
        })
        .await;
        let status = exec(
            &c,
            "return document.querySelector('[data-testid=unit-row][data-name=\"Xã A\"]').dataset.status",
        )
        .await;
        assert_eq!(status, "fail", "25 % is below the NTM 30 %");

        // The rule sets view is reached and used from the keyboard too.
        shift_tab_to(&c, "nav-tieu-chi", 40).await;
        press(&c, ENTER).await;
        wait_for_app(&c).await;
        tab_to(&c, "copy-rule-set", 20).await;
        press(&c, ENTER).await;
        eventually("a copy to edit", true, || async {
            exec(
                &c,
                "return !!document.querySelector('[data-testid=delete-rule-set]')",
            )
            .await
            .as_bool()
            .unwrap_or(false)
        })
        .await;
    });
}

#[test]
fn the_calculator_is_usable_with_the_keyboard_alone() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &server.url).await;
        let mut order = Vec::new();
        for _ in 0..13 {
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
                "nav-theo-doi",
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
            press(&c, SHIFT_TAB).await;
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
