//! The units table page in a real browser: paste, preview, confirm, statuses, group
//! verdicts, editing, sorting, rule sets, export and persistence.

use crate::support::*;
use fantoccini::{Client, Locator};

/// The header and section I of the appendix of Công văn 1598/STTTT-CNTTBCVT (docs/sources.md),
/// as copied from the letter.
fn section_i() -> String {
    APPENDIX.lines().take(10).collect::<Vec<_>>().join("\n")
}

/// (name, status) of every row, in the order shown.
async fn rows(c: &Client) -> Vec<(String, String)> {
    let value = exec(
        c,
        "return [...document.querySelectorAll('[data-testid=unit-row]')].map(r => [r.dataset.name, r.dataset.status]);",
    )
    .await;
    serde_json::from_value(value).unwrap()
}

async fn groups(c: &Client) -> Vec<(String, String)> {
    let value = exec(
        c,
        "return [...document.querySelectorAll('[data-testid=group-verdict]')].map(g => [g.dataset.group, g.dataset.pass]);",
    )
    .await;
    serde_json::from_value(value).unwrap()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn pasting_seed_000_section_i_checks_every_row() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &table_url(&server)).await;
        paste_table(&c, &section_i()).await;
        expect_text(&c, "import-confirm", Some("Nhập 8 đơn vị")).await;
        assert_eq!(
            rows(&c).await,
            vec![],
            "nothing is imported before confirming"
        );
        confirm_import(&c).await;
        expect_text(&c, "import-done", Some("Đã nhập 8 đơn vị vào bảng.")).await;
        let expected = pairs(&[
            ("Xã Vạn Thạnh", "pass"),
            ("Xã Ninh Tây", "pass"),
            ("Xã Ninh Thượng", "pass"),
            ("Xã Sơn Tân", "pass"),
            ("Xã Sơn Bình", "pass"),
            ("Xã Sơn Hiệp", "pass"),
            ("Xã Cam Thịnh Tây", "pass"),
            ("Xã Cam Phước Đông", "pass"),
        ]);
        assert_eq!(rows(&c).await, expected);
        let first_rate = exec(
            &c,
            "return document.querySelector('[data-testid=unit-row] .rate-cell').textContent",
        )
        .await;
        assert_eq!(first_rate, "32,91 %");
    });
}

#[test]
fn the_whole_appendix_gives_statuses_by_tier_and_district_verdicts() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &table_url(&server)).await;
        paste_table(&c, APPENDIX).await;
        expect_text(&c, "import-confirm", Some("Nhập 48 đơn vị")).await;
        confirm_import(&c).await;
        expect_text(&c, "row-count", Some("48 đơn vị")).await;
        let all = rows(&c).await;
        // Section II: registered for NTM nâng cao, so held to 50 %.
        assert_eq!(all[8], ("Xã Vạn Thắng".into(), "fail".into()));
        assert_eq!(all[9], ("Xã Vạn Bình".into(), "fail".into()));
        assert_eq!(all[10], ("Xã Ninh Thân".into(), "fail".into()));
        assert_eq!(all[11], ("Xã Ninh Tân".into(), "pass".into()));
        // Section III: Vạn Phú (32,27 %) registered for kiểu mẫu, which needs 50 %.
        assert_eq!(all[22], ("Xã Vạn Phú".into(), "fail".into()));
        // Section IV, no registered tier: held to NTM's 30 %.
        assert_eq!(all[24], ("Xã Vạn Hưng".into(), "fail".into()));
        assert_eq!(all[23], ("Xã Xuân Sơn".into(), "pass".into()));
        let failing = all.iter().filter(|(_, s)| s == "fail").count();
        assert_eq!(failing, 8);
        assert_eq!(
            groups(&c).await,
            pairs(&[
                ("Huyện Vạn Ninh", "false"),
                ("Thành phố Nha Trang", "false"),
                ("Thành phố Cam Ranh", "true"),
            ])
        );
        let van_ninh = c
            .find(Locator::Css("[data-group='Huyện Vạn Ninh']"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(van_ninh.contains("Xã Vạn Hưng"), "{van_ninh}");

        // Only failing rows, then ranking by rate.
        click_css(&c, "[name=failing_only]").await;
        expect_text(&c, "row-count", Some("8 đơn vị")).await;
        click(&c, "sort-rate").await;
        eventually("lowest first", Some("Xã Vạn Hưng".to_owned()), || async {
            rows(&c).await.first().map(|r| r.0.clone())
        })
        .await;
        let top = text_of(&c, "ranking-top").await.unwrap();
        assert!(top.starts_with("1. Xã Cam Bình — 98,82 %"), "{top}");
        let bottom = text_of(&c, "ranking-bottom").await.unwrap();
        assert!(bottom.starts_with("48. Xã Vạn Hưng — 21,88 %"), "{bottom}");
    });
}

#[test]
fn unreadable_rows_are_listed_and_only_good_rows_are_imported_on_confirm() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &table_url(&server)).await;
        let text = "Tên đơn vị\tTổng số hồ sơ\tTrực tuyến\n\
                    Xã A\t100\t40\n\
                    Xã B\t100\t140\n\
                    Xã C\tabc\t1\n\
                    <img src=x onerror=\"document.title='pwned'\">\t10\t9\n";
        paste_table(&c, text).await;
        expect_text(&c, "import-confirm", Some("Nhập 2 đơn vị")).await;
        let errors = text_of(&c, "import-row-errors").await.unwrap();
        assert!(
            errors.contains("Dòng 3: Số hồ sơ trực tuyến không thể lớn hơn tổng số hồ sơ."),
            "{errors}"
        );
        assert!(
            errors.contains("Dòng 4: Tổng số: Chỉ nhập chữ số, ví dụ 1.234."),
            "{errors}"
        );
        assert_eq!(rows(&c).await, vec![]);
        confirm_import(&c).await;
        expect_text(&c, "row-count", Some("2 đơn vị")).await;
        assert!(
            c.find(Locator::Css("img")).await.is_err(),
            "a name became markup"
        );
        assert_ne!(c.title().await.unwrap(), "pwned");
        // A broken JSON file changes nothing either.
        paste_table(
            &c,
            "{\"schema\": 1, \"data\": {\"units\": [{\"name\": 5}]}}",
        )
        .await;
        expect_text(&c, "import-confirm", None).await;
        assert!(text_of(&c, "import-error").await.is_some());
        expect_text(&c, "row-count", Some("2 đơn vị")).await;
    });
}

#[test]
fn rows_are_added_edited_deleted_and_kept_after_a_reload() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &table_url(&server)).await;
        click(&c, "add-unit").await;
        type_into(&c, "edit_name", "Xã Thử Nghiệm").await;
        type_into(&c, "edit_total", "1.000").await;
        type_into(&c, "edit_online", "2.000").await;
        click(&c, "save-unit").await;
        expect_text(
            &c,
            "row-error",
            Some("Số hồ sơ trực tuyến không thể lớn hơn tổng số hồ sơ."),
        )
        .await;
        type_into(&c, "edit_online", "299").await;
        click(&c, "save-unit").await;
        eventually(
            "saved row",
            pairs(&[("Xã Thử Nghiệm", "fail")]),
            || rows(&c),
        )
        .await;
        let needed = exec(
            &c,
            "return document.querySelectorAll('[data-testid=unit-row] td')[9].textContent",
        )
        .await;
        assert_eq!(needed, "2", "(300 − 299) / 0,7 → 2 more online dossiers");

        click(&c, "edit-unit").await;
        type_into(&c, "edit_online", "300").await;
        click(&c, "save-unit").await;
        eventually(
            "edited row",
            pairs(&[("Xã Thử Nghiệm", "pass")]),
            || rows(&c),
        )
        .await;

        reload(&c).await;
        eventually(
            "after reload",
            pairs(&[("Xã Thử Nghiệm", "pass")]),
            || rows(&c),
        )
        .await;

        click(&c, "delete-unit").await;
        eventually("deleted", vec![], || rows(&c)).await;
        click(&c, "undo-delete").await;
        eventually("restored", pairs(&[("Xã Thử Nghiệm", "pass")]), || {
            rows(&c)
        })
        .await;
    });
}

#[test]
fn rule_sets_change_the_verdicts_and_copies_can_be_edited() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &table_url(&server)).await;
        paste_table(
            &c,
            &format!("{}\n{}", section_i(), "3\tXã Ninh Thân thử\t27,5"),
        )
        .await;
        confirm_import(&c).await;
        expect_text(&c, "row-count", Some("9 đơn vị")).await;
        assert_eq!(
            rows(&c).await[8],
            ("Xã Ninh Thân thử".into(), "fail".into())
        );
        // Khánh Hòa's 2019 quotas hold communes to 25 %.
        select_value(&c, "table_rule_set", "khanh-hoa-chi-tieu-817-2019").await;
        eventually(
            "quota 25 %",
            Some(("Xã Ninh Thân thử".to_owned(), "pass".to_owned())),
            || async { rows(&c).await.get(8).cloned() },
        )
        .await;

        // Copy the commune set, raise NTM to 35 %: Vạn Thạnh (32,91 %) falls short.
        open(&c, &rule_sets_url(&server)).await;
        click_css(
            &c,
            "[data-id='khanh-hoa-xa-2022-2025'] [data-testid=copy-rule-set]",
        )
        .await;
        type_into_css(&c, "#tu-chinh-1-tier-0", "35").await;
        open(&c, &table_url(&server)).await;
        eventually(
            "35 %",
            Some(("Xã Vạn Thạnh".to_owned(), "fail".to_owned())),
            || async { rows(&c).await.first().cloned() },
        )
        .await;
        let selected = exec(
            &c,
            "return document.querySelector('[name=table_rule_set]').value",
        )
        .await;
        assert_eq!(selected, "tu-chinh-1");
    });
}

#[test]
fn the_table_page_has_no_accessibility_violations() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &table_url(&server)).await;
        import_appendix(&c).await;
        assert_eq!(axe_violations(&c).await, Vec::<String>::new(), "table");
        open(&c, &rule_sets_url(&server)).await;
        assert_eq!(axe_violations(&c).await, Vec::<String>::new(), "rule sets");
        screenshot(&c, "rule-sets-1280").await;
    });
}

#[test]
fn a_unit_opens_in_the_calculator_with_its_figures() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &table_url(&server)).await;
        paste_table(&c, "Tên đơn vị\tHạng đăng ký\tTổng số hồ sơ\tTrực tuyến\nXã Ninh Quang\tNTM nâng cao\t2.000\t900\n").await;
        confirm_import(&c).await;
        expect_text(&c, "row-count", Some("1 đơn vị")).await;
        click(&c, "open-unit").await;
        // WebKit answers the click before the calculator replaces the table page.
        expect_calculator_of(&c, "calculator", "Xã Ninh Quang").await;
        assert_eq!(input_value(&c, "total").await, "2.000");
        assert_eq!(input_value(&c, "registered_tier").await, "nang-cao");
        expect_text(&c, "rate", Some("45,00 %")).await;
        // (1.000 − 900) / 0,5 = 200 more.
        expect_attr(&c, "needed-nang-cao", "data-value", Some("200")).await;
    });
}

#[test]
fn the_2026_template_is_filled_in_and_judges_by_commune_group() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &rule_sets_url(&server)).await;
        click_css(
            &c,
            "[data-id='xa-2026-2030-mau'] [data-testid=copy-rule-set]",
        )
        .await;
        // The copy's rules: NTM then NTM hiện đại, for nhóm 1, 2 and 3 in turn. Tier 0 is
        // NTM for nhóm 1, tier 4 NTM for nhóm 3.
        for (at, value) in [("#tu-chinh-1-tier-0", "40"), ("#tu-chinh-1-tier-4", "20")] {
            let input = c.find(Locator::Css(at)).await.unwrap();
            input.click().await.unwrap();
            input.send_keys(value).await.unwrap();
        }
        open(&c, &server.url).await;
        select_value(&c, "rule_set", "tu-chinh-1").await;
        // The set's own tiers are offered, NTM first.
        assert_eq!(input_value(&c, "registered_tier").await, "ntm");
        select_value(&c, "commune_group", "3").await;
        let definition = text_of(&c, "commune-group-definition")
            .await
            .unwrap_or_default();
        assert!(definition.contains("khu vực II, III"), "{definition}");
        enter_counts(&c, "100", "25").await;
        // 25 % meets nhóm 3's 20 %…
        expect_attr(&c, "tier-met", "data-tier", Some("ntm")).await;
        expect_attr(&c, "needed-ntm", "data-value", Some("0")).await;
        expect_attr(&c, "needed-ntm-hien-dai", "data-value", Some("unknown")).await;
        // …not nhóm 1's 40 %: (40 − 25) / 0,6 = 25 more.
        select_value(&c, "commune_group", "1").await;
        expect_attr(&c, "tier-met", "data-tier", Some("none")).await;
        expect_attr(&c, "needed-ntm", "data-value", Some("25")).await;
        select_value(&c, "registered_tier", "ntm-hien-dai").await;
        expect_text(
            &c,
            "verdict",
            Some("Bộ tiêu chí này chưa có ngưỡng tỷ lệ hồ sơ trực tuyến cho Xã NTM hiện đại (thí điểm) (của nhóm xã đã chọn), nên chưa thể kết luận đạt hay chưa đạt. Để đặt ngưỡng: vào Bộ tiêu chí, sao chép bộ này và nhập ngưỡng tỉnh đã ban hành, hoặc mở tệp bộ tiêu chí của tỉnh."),
        )
        .await;
        // Group 2 has no threshold at all yet.
        select_value(&c, "commune_group", "2").await;
        expect_attr(&c, "tier-met", "data-tier", Some("none")).await;
        expect_attr(&c, "needed-ntm", "data-value", Some("unknown")).await;
        // The 2022–2025 set again: its tiers come back, and the choice made here is kept
        // for when this set is chosen again.
        select_value(&c, "rule_set", "khanh-hoa-xa-2022-2025").await;
        assert_eq!(input_value(&c, "registered_tier").await, "ntm");
        // (50 − 25) / 0,5 = 50 more for nâng cao.
        expect_attr(&c, "needed-nang-cao", "data-value", Some("50")).await;
    });
}
