//! Sharing a commune's figures as a link (and QR code), and opening such a link: it shows
//! what it holds and asks first; a broken or hostile link changes nothing.

use crate::support::*;
use fantoccini::{Client, Locator};
use ntm_calc::core::rules::tier::Tier;
use ntm_calc::core::stored::record::CommuneRecord;
use ntm_calc::core::stored::share;

const KEY: &str = "ntm-calc.commune";

async fn stored_name(c: &Client) -> serde_json::Value {
    stored(c, KEY).await["data"]["name"].clone()
}

#[test]
fn a_shared_link_opens_the_same_figures_after_asking() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &server.url).await;
        enter_commune(&c, "Xã Vạn Thạnh", "10.000", "3.291").await;
        expect_text(&c, "rate", Some("32,91 %")).await;
        click(&c, "share-link").await;
        wait_for_app(&c).await;
        expect_text(
            &c,
            "share-summary",
            Some("Xã Vạn Thạnh — đăng ký NTM — 3.291 / 10.000 hồ sơ trực tuyến"),
        )
        .await;
        let link = c
            .find(Locator::Css(&testid("share-url")))
            .await
            .unwrap()
            .prop("value")
            .await
            .unwrap()
            .unwrap();
        assert!(
            link.starts_with(&format!("{}#v1.", share_url(&server))),
            "{link}"
        );
        let qr = exec(
            &c,
            "return document.querySelector('[data-testid=share-qr] path').getAttribute('d').length",
        )
        .await;
        assert!(qr.as_u64().unwrap_or(0) > 500, "QR code drawn: {qr}");
        assert_eq!(axe_violations(&c).await, Vec::<String>::new(), "share page");

        // Another office: its own figures, then the link.
        exec(&c, "localStorage.clear(); return 0;").await;
        open(&c, &server.url).await;
        type_into(&c, "commune_name", "Xã Khác").await;
        open(&c, &link).await;
        expect_text(
            &c,
            "share-incoming",
            Some("Xã Vạn Thạnh — đăng ký NTM — 3.291 / 10.000 hồ sơ trực tuyến"),
        )
        .await;
        expect_text(
            &c,
            "share-current",
            Some("Xã Khác — đăng ký NTM — chưa có số hồ sơ"),
        )
        .await;
        assert_eq!(
            stored_name(&c).await,
            "Xã Khác",
            "nothing replaced before the answer"
        );
        click(&c, "share-accept").await;
        // The click navigates: until the calculator is there, the old page may still answer.
        expect_calculator_of(&c, "calculator opened", "Xã Vạn Thạnh").await;
        expect_text(&c, "rate", Some("32,91 %")).await;
    });
}

#[test]
fn broken_and_hostile_links_change_nothing() {
    let server = Server::dist();
    run(move |c| async move {
        open(&c, &server.url).await;
        type_into(&c, "commune_name", "Xã Giữ Nguyên").await;
        let record = CommuneRecord {
            name: "Xã Lạ".into(),
            registered: Tier::NTM,
            dx: false,
            counts: None,
            rule_set: "khanh-hoa-xa-2022-2025".into(),
            commune_group: None,
        };
        // Links the app never writes: values outside its limits, each named in the message.
        let group_200 = format!(
            "#{}",
            share::encode(&CommuneRecord {
                commune_group: Some(200),
                ..record.clone()
            })
        );
        let long_name = format!(
            "#{}",
            share::encode(&CommuneRecord {
                name: "X".repeat(201),
                ..record.clone()
            })
        );
        let long_id = format!(
            "#{}",
            share::encode(&CommuneRecord {
                rule_set: "r".repeat(101),
                ..record.clone()
            })
        );
        let cases = [
            (group_200.as_str(), "Nhóm xã trong liên kết không phải 1, 2 hay 3. Hãy xin lại liên kết. Không có gì thay đổi."),
            (long_name.as_str(), "Tên xã trong liên kết dài quá 200 ký tự. Hãy xin lại liên kết. Không có gì thay đổi."),
            (long_id.as_str(), "Mã bộ tiêu chí trong liên kết dài quá 100 ký tự. Hãy xin lại liên kết. Không có gì thay đổi."),
            ("#v1.!!!<img src=x onerror=alert(1)>", "Liên kết bị hỏng (bị cắt bớt hoặc sửa đổi). Hãy xin lại liên kết. Không có gì thay đổi."),
            ("#v1.AAAA", "Liên kết bị hỏng (bị cắt bớt hoặc sửa đổi). Hãy xin lại liên kết. Không có gì thay đổi."),
            ("#v7.abc", "Liên kết không phải của ứng dụng này hoặc do phiên bản khác tạo. Không có gì thay đổi."),
            ("#<script>alert(1)</script>", "Liên kết không phải của ứng dụng này hoặc do phiên bản khác tạo. Không có gì thay đổi."),
        ];
        for (fragment, message) in cases {
            open_anew(&c, &format!("{}{fragment}", share_url(&server))).await;
            expect_text(&c, "share-error", Some(message)).await;
            assert!(
                c.find(Locator::Css("img, main script")).await.is_err(),
                "link text became markup"
            );
            assert_eq!(stored_name(&c).await, "Xã Giữ Nguyên");
        }
        let long = format!("{}#v1.{}", share_url(&server), "A".repeat(9_000));
        open_anew(&c, &long).await;
        expect_text(
            &c,
            "share-error",
            Some("Liên kết quá dài để là của ứng dụng này. Không có gì thay đổi."),
        )
        .await;
        assert_eq!(stored_name(&c).await, "Xã Giữ Nguyên");
    });
}
