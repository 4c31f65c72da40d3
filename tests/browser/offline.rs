//! After one visit the app loads and works with the network gone; a new version announces
//! itself. Served at the root and under a sub-path, as on a static host.

use crate::support::*;
use fantoccini::Client;

/// Waits until a service worker controls the page (it has cached every file by then).
pub async fn wait_until_controlled(c: &Client) {
    let script = r#"
        const done = arguments[arguments.length - 1];
        if (!('serviceWorker' in navigator)) { done(false); return; }
        const check = () => navigator.serviceWorker.controller ? done(true) : setTimeout(check, 50);
        navigator.serviceWorker.ready.then(check);
    "#;
    let controlled = c
        .execute_async(script, vec![])
        .await
        .expect("service worker state");
    assert_eq!(controlled, true, "no service worker took control");
}

fn offline_round_trip(prefix: &'static str) {
    let server = Server::start(dist_dir(), prefix);
    run(move |c| async move {
        open(&c, &server.url).await;
        enter_counts(&c, "1.000", "290").await;
        expect_attr(&c, "needed-ntm", "data-value", Some("15")).await;
        wait_until_controlled(&c).await;

        server.set_up(false);
        // Opening the app again, as from a bookmark or the home screen.
        open(&c, &server.url).await;
        assert_eq!(input_value(&c, "total").await, "1.000");
        type_into(&c, "online", "300").await;
        expect_attr(&c, "tier-met", "data-tier", Some("ntm")).await;

        // The table page was cached on the first visit too.
        open(&c, &table_url(&server)).await;
        expect_text(&c, "row-count", Some("0 đơn vị")).await;
        let manifest = exec(
            &c,
            "return document.querySelector('link[rel=manifest]').href",
        )
        .await;
        assert!(
            manifest
                .as_str()
                .unwrap_or("")
                .ends_with("/manifest.webmanifest"),
            "{manifest}"
        );
    });
}

#[test]
fn works_offline_after_the_first_visit() {
    offline_round_trip("/");
}

#[test]
fn works_offline_under_a_sub_path() {
    offline_round_trip("/sub/dir/");
}

#[test]
fn a_new_version_offers_a_reload() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &server.url).await;
        wait_until_controlled(&c).await;
        // The host now serves a new build: same files, a new service worker.
        server.override_file("sw.js", |body| {
            body.replace("const CACHE = 'ntm-calc-", "const CACHE = 'ntm-calc-next-")
        });
        open(&c, &server.url).await;
        eventually("update notice", Some("Đã có phiên bản mới của ứng dụng.".to_owned()), || async {
            let script = "const b = document.querySelector('[data-testid=update-ready] span'); return b && b.textContent;";
            exec(&c, script).await.as_str().map(str::to_owned)
        })
        .await;
        click_css(&c, "[data-testid=update-ready] button").await;
        // The new worker takes over and the page reloads itself.
        eventually("new worker in control", true, || async {
            exec(&c, "return !!navigator.serviceWorker.controller && !document.querySelector('[data-testid=update-ready]')")
                .await
                .as_bool()
                .unwrap_or(false)
        })
        .await;
    });
}
