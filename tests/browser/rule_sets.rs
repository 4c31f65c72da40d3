//! Rule sets that travel: a set downloaded as a file from its card, and a file of sets
//! opened, previewed and added without replacing any set here.

use crate::support::*;
use ntm_calc::core::num::percent::Percent;
use ntm_calc::core::stored::rule_set_file;

async fn incoming_outcome(c: &fantoccini::Client) -> String {
    wait_for_testid(c, "rule-set-incoming-outcome")
        .await
        .text()
        .await
        .expect("outcome text")
}

#[test]
fn a_rule_set_is_exported_and_imported_on_another_device() {
    let server = Server::dist();
    let (downloads, setup) = download_setup("rule-sets");
    run_with(setup, move |c| async move {
        open(&c, &rule_sets_url(&server)).await;
        click_css(
            &c,
            "[data-id='khanh-hoa-xa-2022-2025'] [data-testid=copy-rule-set]",
        )
        .await;
        type_into_css(&c, "#tu-chinh-1-tier-0", "33,5").await;
        click_css(&c, "[data-id='tu-chinh-1'] [data-testid=rule-set-export]").await;
        let file = wait_for_download(&downloads, "json", 1).await;
        let sets = rule_set_file::read(&file).expect("the download is a rule-set file");
        assert_eq!(sets.len(), 1);
        assert_eq!(sets[0].id, "tu-chinh-1");
        assert_eq!(
            sets[0].tiers[0].online_min,
            Some(Percent::from_hundredths(3_350).unwrap())
        );
        let path = write_file("tinh.json", &file);

        // Another device: nothing stored.
        exec(&c, "localStorage.clear(); return 0;").await;
        open_anew(&c, &rule_sets_url(&server)).await;
        choose_file(&c, "rule_set_file", &path).await;
        let incoming = wait_for_testid(&c, "rule-set-incoming").await;
        let text = incoming.text().await.expect("preview text");
        assert!(text.contains("NTM: ≥ 33,5 %"), "{text}");
        assert!(
            text.contains("Công văn số"),
            "the legal basis is shown: {text}"
        );
        assert!(incoming_outcome(&c).await.starts_with("Chưa có"));
        // Nothing changes before the confirm.
        assert_eq!(
            exec(&c, "return document.querySelectorAll('[data-id=\"tu-chinh-1\"][data-testid=rule-set-card]').length").await,
            0
        );
        click(&c, "rule-set-import-confirm").await;
        expect_text(
            &c,
            "rule-set-import-done",
            Some("Đã thêm 1 bộ tiêu chí; bỏ qua 0 bộ giống hệt bộ đang có."),
        )
        .await;
        eventually("the imported threshold", "33,5".to_owned(), || async {
            try_input_value_css(&c, "#tu-chinh-1-tier-0")
                .await
                .unwrap_or_default()
        })
        .await;

        // The same file again: the same set is skipped.
        choose_file(&c, "rule_set_file", &path).await;
        assert!(incoming_outcome(&c).await.starts_with("Giống hệt"));
        click(&c, "rule-set-import-confirm").await;
        expect_text(
            &c,
            "rule-set-import-done",
            Some("Đã thêm 0 bộ tiêu chí; bỏ qua 1 bộ giống hệt bộ đang có."),
        )
        .await;

        // Changed there: added beside the set here, never over it.
        let changed = file.replace("\"33.5\"", "\"40\"");
        choose_file(&c, "rule_set_file", &write_file("tinh-moi.json", &changed)).await;
        let outcome = incoming_outcome(&c).await;
        assert!(outcome.contains("ngưỡng của các hạng"), "{outcome}");
        click(&c, "rule-set-import-confirm").await;
        wait_for_testid(&c, "rule-set-import-done").await;
        eventually("both sets", (true, true), || async {
            (
                try_input_value_css(&c, "#tu-chinh-1-tier-0")
                    .await
                    .as_deref()
                    == Some("33,5"),
                try_input_value_css(&c, "#tu-chinh-1-2-tier-0")
                    .await
                    .as_deref()
                    == Some("40"),
            )
        })
        .await;

        // Not a rule-set file: said, nothing added.
        choose_file(
            &c,
            "rule_set_file",
            &write_file("bang.json", "{\"schema\":1,\"data\":{\"units\":[]}}"),
        )
        .await;
        expect_text(
            &c,
            "rule-set-import-error",
            Some("Đây không phải tệp bộ tiêu chí của ntm-calc."),
        )
        .await;
    });
}
