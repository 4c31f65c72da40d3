//! A strict Content-Security-Policy holds while the app is used, and user text stays text.

use crate::support::*;
use fantoccini::{Client, Locator};

const RECORD_VIOLATIONS: &str =
    "window.__csp = []; document.addEventListener('securitypolicyviolation', \
    e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));";

async fn violations(c: &Client) -> Vec<String> {
    serde_json::from_value(exec(c, "return window.__csp || ['not recorded'];").await).unwrap()
}

#[test]
fn the_policy_is_strict_and_nothing_breaks_it() {
    let server = Server::dist();
    server.init_script(RECORD_VIOLATIONS);
    run(move |c| async move {
        open(&c, &server.url).await;
        let policy = exec(
            &c,
            "return document.querySelector('meta[http-equiv=Content-Security-Policy]').content",
        )
        .await;
        let policy = policy.as_str().unwrap_or_default().to_owned();
        assert!(
            policy.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-"),
            "{policy}"
        );
        assert!(
            !policy.contains("unsafe-inline") && !policy.contains("'unsafe-eval'"),
            "{policy}"
        );

        enter_counts(&c, "1.000", "420").await;
        expect_attr(&c, "tier-met", "data-tier", Some("ntm")).await;
        let bar = exec(
            &c,
            "return getComputedStyle(document.querySelector('.bar')).backgroundImage",
        )
        .await;
        assert!(
            bar.as_str().unwrap_or_default().contains("linear-gradient"),
            "rate bar styled: {bar}"
        );
        assert_eq!(violations(&c).await, Vec::<String>::new(), "calculator");

        open(&c, &table_url(&server)).await;
        import_table(&c, "Xã <b>A</b>\t100\t40\n").await;
        expect_text(&c, "row-count", Some("1 đơn vị")).await;
        assert!(
            c.find(Locator::Css("td b")).await.is_err(),
            "a name became markup"
        );
        assert_eq!(violations(&c).await, Vec::<String>::new(), "table page");
    });
}
