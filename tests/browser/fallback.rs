//! Never a blank page: without scripts, or when the app's WebAssembly cannot load, the page
//! says what to do.

use crate::support::*;
use fantoccini::Locator;

#[test]
fn a_wasm_that_fails_to_load_is_explained() {
    let server = Server::dist();
    let wasm = first_page_wasm();
    server.override_file(&wasm, |_| "this is not WebAssembly".to_owned());
    run(move |c| async move {
        c.goto(&server.url).await.unwrap();
        let note = c
            .wait()
            .at_most(APP_TIMEOUT)
            .for_element(Locator::Css(&testid("load-failed")))
            .await
            .expect("a message instead of a blank page");
        let text = note.text().await.unwrap();
        assert!(text.starts_with("Không mở được ứng dụng"), "{text}");
        assert!(c.find(Locator::Css("main#main")).await.is_err());
    });
}

#[test]
fn without_scripts_the_page_says_what_it_needs() {
    let server = Server::dist();
    let setup = Setup {
        scripts_off: true,
        ..Setup::default()
    };
    run_with(setup, move |c| async move {
        c.goto(&server.url).await.unwrap();
        let body = page_text(&c).await;
        assert!(
            body.contains("Ứng dụng cần JavaScript và WebAssembly"),
            "{body}"
        );
    });
}
