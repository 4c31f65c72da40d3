//! Dark mode follows the system setting, and contrast still passes axe-core there.

use crate::support::*;

#[test]
fn dark_mode_follows_the_system_and_keeps_contrast() {
    let server = Server::dist();
    let setup = Setup {
        dark: true,
        ..Setup::default()
    };
    run_with(setup, move |c| async move {
        open(&c, &server.url).await;
        enter_counts(&c, "1.000", "420").await;
        expect_attr(&c, "tier-met", "data-tier", Some("ntm")).await;
        let background = exec(&c, "return getComputedStyle(document.body).backgroundColor").await;
        assert_eq!(background, "rgb(18, 22, 20)", "the dark palette is in use");
        assert_eq!(
            axe_violations(&c).await,
            Vec::<String>::new(),
            "calculator, dark"
        );
        screenshot(&c, "calculator-dark-1280").await;

        open(&c, &table_url(&server)).await;
        import_appendix(&c).await;
        assert_eq!(
            axe_violations(&c).await,
            Vec::<String>::new(),
            "table, dark"
        );
    });
}
