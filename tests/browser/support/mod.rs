//! The browser-test harness: serves the built `dist/` on 127.0.0.1 and drives a
//! browser over WebDriver (headless Chromium or Firefox ESR, or WebKit, see [`browser`]), with a fresh profile
//! per test. Generic steps are here; the app's pages and the steps on them are in [`pages`].

pub mod browser;
pub mod pages;
pub mod server;

use fantoccini::{Client, Locator};
use serde_json::{json, Value};
use std::future::Future;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub use browser::{Browser, Driver, SessionPost, Setup};
pub use pages::*;
pub use server::Server;

/// How long to wait for the app to appear (wasm loads asynchronously) and for results.
pub const APP_TIMEOUT: Duration = Duration::from_secs(30);
pub const UPDATE_TIMEOUT: Duration = Duration::from_secs(10);

pub fn repo_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The release build the tests run against.
pub fn dist_dir() -> PathBuf {
    let dist = repo_dir().join("dist");
    assert!(
        dist.join("index.html").is_file(),
        "dist/ is missing: build the app first (scripts/test does, or scripts/build)"
    );
    dist
}

/// A fresh, empty directory for a browser profile.
pub fn fresh_profile(label: &str) -> PathBuf {
    let base = option_env!("CARGO_TARGET_TMPDIR")
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let dir = base.join(format!("profile-{label}-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create browser profile dir");
    dir
}

/// A setup whose downloads go without asking to a fresh folder labelled `label`; the folder.
pub fn download_setup(label: &str) -> (PathBuf, Setup) {
    let downloads = fresh_profile(label);
    let setup = Setup {
        downloads: Some(downloads.clone()),
        ..Setup::default()
    };
    (downloads, setup)
}

/// Runs `test` against a fresh headless browser at desktop size; the session is always
/// closed and the driver stopped, then a panic of the test is raised again.
pub fn run<F, Fut>(test: F)
where
    F: FnOnce(Client) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    run_with(Setup::default(), test)
}

pub fn run_sized<F, Fut>(window: (u32, u32), test: F)
where
    F: FnOnce(Client) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    run_with(
        Setup {
            window,
            ..Setup::default()
        },
        test,
    )
}

pub fn run_with<F, Fut>(setup: Setup, test: F)
where
    F: FnOnce(Client) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let profile = fresh_profile("t");
    run_in_profile(&profile, &setup, test);
    let _ = std::fs::remove_dir_all(&profile);
}

/// Like [`run_with`], with a given browser profile: two runs on one profile are one browser
/// closed and started again, its storage kept on disk.
pub fn run_in_profile<F, Fut>(profile: &Path, setup: &Setup, test: F)
where
    F: FnOnce(Client) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let rt = tokio::runtime::Runtime::new().expect("tokio runtime");
    rt.block_on(async {
        let driver = Driver::start(Browser::current());
        let client = driver.connect(profile, setup).await;
        let outcome = tokio::spawn(test(client.clone())).await;
        let _ = client.close().await;
        drop(driver);
        if let Err(e) = outcome {
            if e.is_panic() {
                std::panic::resume_unwind(e.into_panic());
            }
            panic!("browser test did not finish: {e}");
        }
    });
}

/// Opens `url` and waits until the app has mounted.
pub async fn open(client: &Client, url: &str) {
    client.goto(url).await.expect("navigate");
    wait_for_app(client).await;
}

/// Opens `url` and loads it again: going to another fragment of the page that is open does
/// not load the page anew.
pub async fn open_anew(client: &Client, url: &str) {
    client.goto(url).await.expect("navigate");
    reload(client).await;
}

/// Reloads the page and waits until the app has mounted again.
pub async fn reload(client: &Client) {
    client.refresh().await.expect("reload");
    wait_for_app(client).await;
}

pub async fn wait_for_app(client: &Client) {
    // A page still being replaced can answer a lookup with an error rather than "not yet"
    // (geckodriver, on a loaded machine): both mean "ask again" until the time is up.
    let deadline = Instant::now() + APP_TIMEOUT;
    loop {
        match client.find(Locator::Css("main#main")).await {
            Ok(_) => return,
            Err(e) if Instant::now() > deadline => {
                panic!("the app did not mount within 30 s: {e}")
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
}

/// Opens `url` in a new tab, switches to it and waits for the app; returns the tab.
pub async fn open_tab(client: &Client, url: &str) -> fantoccini::wd::WindowHandle {
    let tab = client.new_window(true).await.expect("new tab").handle;
    client
        .switch_to_window(tab.clone())
        .await
        .expect("switch tab");
    open(client, url).await;
    tab
}

/// The element with `data-testid` `id`, once it is there (up to [`APP_TIMEOUT`]).
pub async fn wait_for_testid(client: &Client, id: &str) -> fantoccini::elements::Element {
    client
        .wait()
        .at_most(APP_TIMEOUT)
        .for_element(Locator::Css(&testid(id)))
        .await
        .unwrap_or_else(|e| panic!("no {id}: {e}"))
}

/// Clicks the element with `data-testid` `id`.
pub async fn click(client: &Client, id: &str) {
    click_css(client, &testid(id)).await
}

/// Clicks the element `css` selects.
pub async fn click_css(client: &Client, css: &str) {
    client
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no {css}: {e}"))
        .click()
        .await
        .expect("click");
}

/// Chooses the option `value` of the select named `name`.
pub async fn select_value(client: &Client, name: &str, value: &str) {
    client
        .find(Locator::Css(&format!("[name=\"{name}\"]")))
        .await
        .unwrap_or_else(|e| panic!("no select {name}: {e}"))
        .select_by_value(value)
        .await
        .unwrap_or_else(|e| panic!("no option {value} in {name}: {e}"));
}

/// Chooses the option `value` of the select matched by `css`.
pub async fn select_value_css(client: &Client, css: &str, value: &str) {
    client
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no select {css}: {e}"))
        .select_by_value(value)
        .await
        .unwrap_or_else(|e| panic!("no option {value} in {css}: {e}"));
}

/// Chooses the file `path` in the file input named `name`.
pub async fn choose_file(client: &Client, name: &str, path: &str) {
    client
        .find(Locator::Css(&format!("[name=\"{name}\"]")))
        .await
        .unwrap_or_else(|e| panic!("no file input {name}: {e}"))
        .send_keys(path)
        .await
        .expect("choose a file");
}

/// Writes `contents` to a new file named `name` (for a file input) and returns its path.
pub fn write_file(name: &str, contents: impl AsRef<[u8]>) -> String {
    let path = fresh_profile("files").join(name);
    std::fs::write(&path, contents).expect("write a file to choose");
    path.display().to_string()
}

/// The text of the first file ending in `.ext` that arrives in `dir` (a download) with at
/// least `min_lines` lines, waiting for it.
pub async fn wait_for_download(dir: &Path, ext: &str, min_lines: usize) -> String {
    for _ in 0..150 {
        let found = std::fs::read_dir(dir).ok().and_then(|d| {
            d.flatten()
                .map(|e| e.path())
                .find(|p| p.extension().is_some_and(|e| e == ext))
        });
        if let Some(text) = found.and_then(|path| std::fs::read_to_string(path).ok()) {
            if text.lines().count() >= min_lines {
                return text;
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("no .{ext} file was downloaded to {}", dir.display());
}

/// The first page's WebAssembly file name in `dist/`.
pub fn first_page_wasm() -> String {
    std::fs::read_dir(dist_dir())
        .expect("dist/")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| n.ends_with(".wasm"))
        .expect("a wasm file in dist/")
}

pub fn testid(id: &str) -> String {
    format!("[data-testid=\"{id}\"]")
}

/// Types `keys` into the input named `name` after what it holds (WebDriver puts the caret at
/// the end), without clearing it first.
pub async fn type_more(client: &Client, name: &str, keys: &str) {
    client
        .find(Locator::Css(&format!("[name=\"{name}\"]")))
        .await
        .unwrap_or_else(|e| panic!("no input {name}: {e}"))
        .send_keys(keys)
        .await
        .expect("type");
}

/// Replaces the text of the input named `name` by typing, as a person would.
pub async fn type_into(client: &Client, name: &str, text: &str) {
    type_into_css(client, &format!("[name=\"{name}\"]"), text).await
}

/// Replaces the text of the input `css` selects by typing. On a loaded machine a key can
/// arrive before the field has focus, or the field can be redrawn between two commands: the
/// text is checked and typed again.
pub async fn type_into_css(client: &Client, css: &str, text: &str) {
    let mut last = String::new();
    for _ in 0..4 {
        match try_type(client, css, text).await {
            Ok(value) if value == text => return,
            Ok(value) => last = format!("the field reads {value:?}"),
            Err(e) => last = format!("{e:?}"),
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("could not type {text:?} into {css}: {last}");
}

async fn try_type(
    client: &Client,
    css: &str,
    text: &str,
) -> Result<String, fantoccini::error::CmdError> {
    let input = client.find(Locator::Css(css)).await?;
    input.click().await?;
    // Ctrl+A, release, Backspace: clears the field through real key events. (geckodriver
    // drops keys that follow the release in the same command: the text goes on its own.)
    input.send_keys("\u{E009}a\u{E000}\u{E003}").await?;
    if !text.is_empty() {
        input.send_keys(text).await?;
    }
    Ok(input.prop("value").await?.unwrap_or_default())
}

/// Everything the page shows as text.
pub async fn page_text(client: &Client) -> String {
    let body = client.find(Locator::Css("body")).await.expect("body");
    body.text().await.expect("page text")
}

/// The value property of the input named `name` (what the person sees in it).
pub async fn input_value(client: &Client, name: &str) -> String {
    try_input_value(client, name)
        .await
        .unwrap_or_else(|| panic!("no input named {name}"))
}

/// Like [`input_value`], `None` while the input is not there (the page is reloading).
pub async fn try_input_value(client: &Client, name: &str) -> Option<String> {
    let input = client
        .find(Locator::Css(&format!("[name=\"{name}\"]")))
        .await
        .ok()?;
    Some(input.prop("value").await.ok()?.unwrap_or_default())
}

/// The value of the input `css` finds, or `None` when there is none.
pub async fn try_input_value_css(client: &Client, css: &str) -> Option<String> {
    let input = client.find(Locator::Css(css)).await.ok()?;
    Some(input.prop("value").await.ok()?.unwrap_or_default())
}

/// Text of the element with `data-testid=id`, or `None` when it is not rendered (or was
/// replaced between finding it and reading it: callers ask again).
pub async fn text_of(client: &Client, id: &str) -> Option<String> {
    let el = client.find(Locator::Css(&testid(id))).await.ok()?;
    el.text().await.ok()
}

pub async fn attr_of(client: &Client, id: &str, attr: &str) -> Option<String> {
    match client.find(Locator::Css(&testid(id))).await {
        Ok(el) => el.attr(attr).await.expect("attribute"),
        Err(_) => None,
    }
}

/// Polls until `read` gives `expected` (results update asynchronously), then asserts.
pub async fn eventually<T, F, Fut>(what: &str, expected: T, mut read: F)
where
    T: PartialEq + std::fmt::Debug,
    F: FnMut() -> Fut,
    Fut: Future<Output = T>,
{
    let deadline = Instant::now() + UPDATE_TIMEOUT;
    loop {
        let got = read().await;
        if got == expected {
            return;
        }
        if Instant::now() > deadline {
            panic!("{what}: expected {expected:?}, got {got:?}");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The element with test id `id` comes to hold the keyboard focus.
pub async fn expect_focus(client: &Client, id: &str) {
    eventually("the focus", json!(id), || {
        exec(client, "return document.activeElement.dataset.testid || ''")
    })
    .await;
}

pub async fn expect_text(client: &Client, id: &str, expected: Option<&str>) {
    let expected = expected.map(str::to_owned);
    eventually(id, expected, || text_of(client, id)).await;
}

pub async fn expect_attr(client: &Client, id: &str, attr: &str, expected: Option<&str>) {
    let expected = expected.map(str::to_owned);
    eventually(&format!("{id} @{attr}"), expected, || {
        attr_of(client, id, attr)
    })
    .await;
}

pub async fn exec(client: &Client, script: &str) -> Value {
    client.execute(script, vec![]).await.expect("script runs")
}

/// The text localStorage holds under `key` (`null` when there is none).
pub async fn raw_stored(client: &Client, key: &str) -> Value {
    exec(client, &format!("return localStorage.getItem('{key}');")).await
}

/// The document localStorage holds under `key`, parsed (`null` when there is none).
pub async fn stored(client: &Client, key: &str) -> Value {
    exec(
        client,
        &format!(
            "const t = localStorage.getItem('{key}'); return t === null ? null : JSON.parse(t);"
        ),
    )
    .await
}

/// Stores `text` under `key` in localStorage, as the page would (nothing reloads).
pub async fn set_stored(client: &Client, key: &str, text: &str) {
    client
        .execute(
            "localStorage.setItem(arguments[0], arguments[1]); return 0;",
            vec![json!(key), json!(text)],
        )
        .await
        .expect("store in localStorage");
}

/// Fails when the page is wider than `width` CSS pixels (it would scroll sideways).
pub async fn assert_no_sideways_scroll(client: &Client, width: u32, what: &str) {
    let overflow = exec(
        client,
        &format!("return document.documentElement.scrollWidth - {width}"),
    )
    .await;
    assert!(
        overflow.as_f64().unwrap_or(1.0) <= 0.0,
        "{what} scrolls sideways at {width} px by {overflow}"
    );
}

/// Runs axe-core (from node_modules) in the page and returns its violations, one line each.
pub async fn axe_violations(client: &Client) -> Vec<String> {
    let path = repo_dir().join("node_modules/axe-core/axe.min.js");
    let source = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run npm ci)", path.display()));
    client
        .execute(&source, vec![])
        .await
        .expect("load axe-core");
    let script = r#"
        const done = arguments[arguments.length - 1];
        axe.run(document, { resultTypes: ['violations'] })
          .then(r => done(r.violations.map(v =>
              v.id + ': ' + v.help + ' @ ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
          .catch(e => done(['axe failed: ' + e]));
    "#;
    let result = client.execute_async(script, vec![]).await.expect("axe.run");
    serde_json::from_value(result).expect("axe result list")
}

/// Saves a PNG of the page under target/screenshots/ and returns its path.
pub async fn screenshot(client: &Client, name: &str) -> PathBuf {
    let dir = repo_dir().join("target/screenshots");
    std::fs::create_dir_all(&dir).expect("screenshot dir");
    let png = client.screenshot().await.expect("screenshot");
    let path = dir.join(format!("{}{name}.png", Browser::current().prefix()));
    std::fs::write(&path, png).expect("write screenshot");
    path
}
