//! The browser-test harness: serves the built `dist/` on 127.0.0.1 and drives Debian's
//! headless Chromium through chromedriver (WebDriver), with a fresh profile per browser.
#![allow(dead_code)]

pub mod server;

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::future::Future;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

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
        "dist/ is missing: build the app first (scripts/test does, or `trunk build --release`)"
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

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free local port")
}

/// A running chromedriver; killed when dropped.
pub struct Driver {
    child: Child,
    port: u16,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Driver {
    pub fn start() -> Driver {
        let port = free_port();
        let binary =
            std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        let child = Command::new(&binary)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {binary}: {e} (install chromium-driver)"));
        Driver { child, port }
    }

    /// Opens a headless Chromium session using `profile` as its user-data-dir.
    pub async fn connect(&self, profile: &Path, window: (u32, u32)) -> Client {
        let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
        let args = vec![
            "--headless".to_owned(),
            "--no-sandbox".to_owned(),
            "--disable-gpu".to_owned(),
            "--disable-dev-shm-usage".to_owned(),
            "--disable-background-networking".to_owned(),
            "--disable-component-update".to_owned(),
            "--disable-sync".to_owned(),
            "--no-first-run".to_owned(),
            "--disable-quic".to_owned(),
            format!("--user-data-dir={}", profile.display()),
            format!("--window-size={},{}", window.0, window.1),
        ];
        let caps = json!({
            "browserName": "chrome",
            "goog:chromeOptions": { "binary": chromium, "args": args },
        });
        let Value::Object(caps) = caps else {
            unreachable!()
        };
        let url = format!("http://127.0.0.1:{}", self.port);
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector)
                .capabilities(caps.clone())
                .connect(&url)
                .await
            {
                Ok(client) => return client,
                Err(e) if Instant::now() > deadline => {
                    panic!("cannot open a Chromium session: {e}")
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
            }
        }
    }
}

/// Runs `test` against a fresh headless Chromium; the session is always closed and
/// chromedriver stopped, then a panic of the test is raised again.
pub fn run<F, Fut>(test: F)
where
    F: FnOnce(Client) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    run_sized((1280, 900), test)
}

pub fn run_sized<F, Fut>(window: (u32, u32), test: F)
where
    F: FnOnce(Client) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let profile = fresh_profile("t");
    run_in_profile(&profile, window, test);
    let _ = std::fs::remove_dir_all(&profile);
}

/// Like [`run`], with a given browser profile: two runs on one profile are one browser
/// closed and started again, its storage kept on disk.
pub fn run_in_profile<F, Fut>(profile: &Path, window: (u32, u32), test: F)
where
    F: FnOnce(Client) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let rt = tokio::runtime::Runtime::new().expect("tokio runtime");
    rt.block_on(async {
        let driver = Driver::start();
        let client = driver.connect(profile, window).await;
        // Headless Chromium keeps windows at least 500 px wide: narrower phones are emulated.
        if window.0 < 500 {
            let metrics = json!({ "width": window.0, "height": window.1, "deviceScaleFactor": 1, "mobile": true });
            cdp(&client, "Emulation.setDeviceMetricsOverride", metrics).await;
        }
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

pub async fn wait_for_app(client: &Client) {
    client
        .wait()
        .at_most(APP_TIMEOUT)
        .for_element(Locator::Css("main#main"))
        .await
        .expect("the app did not mount within 30 s");
}

pub fn testid(id: &str) -> String {
    format!("[data-testid=\"{id}\"]")
}

/// Replaces the text of the input named `name` by typing, as a person would. On a loaded
/// machine a key can arrive before the field has focus: the text is checked and typed again.
pub async fn type_into(client: &Client, name: &str, text: &str) {
    for _ in 0..3 {
        let input = client
            .find(Locator::Css(&format!("[name=\"{name}\"]")))
            .await
            .unwrap_or_else(|e| panic!("no input named {name}: {e}"));
        input.click().await.expect("focus input");
        // Ctrl+A, release, Backspace: clears the field through real key events.
        input
            .send_keys("\u{E009}a\u{E000}\u{E003}")
            .await
            .expect("clear input");
        if !text.is_empty() {
            input.send_keys(text).await.expect("type into input");
        }
        if input_value(client, name).await == text {
            return;
        }
    }
    panic!("could not type {text:?} into {name}");
}

/// Pastes `text` into the table page's import box: one input event, as a real paste.
pub async fn paste_table(client: &Client, text: &str) {
    let area = client
        .find(Locator::Css(&testid("import-text")))
        .await
        .expect("import box");
    client
        .execute(
            "const a = arguments[0]; a.value = arguments[1]; a.dispatchEvent(new Event('input', {bubbles: true}));",
            vec![serde_json::to_value(&area).expect("element"), json!(text)],
        )
        .await
        .expect("paste");
}

/// Pastes `text` and confirms the import.
pub async fn import_table(client: &Client, text: &str) {
    paste_table(client, text).await;
    client
        .find(Locator::Css(&testid("import-confirm")))
        .await
        .expect("confirm")
        .click()
        .await
        .expect("click");
}

/// Everything the page shows as text.
pub async fn page_text(client: &Client) -> String {
    let body = client.find(Locator::Css("body")).await.expect("body");
    body.text().await.expect("page text")
}

/// The value property of the input named `name` (what the person sees in it).
pub async fn input_value(client: &Client, name: &str) -> String {
    let input = client
        .find(Locator::Css(&format!("[name=\"{name}\"]")))
        .await
        .expect("input");
    input
        .prop("value")
        .await
        .expect("value")
        .unwrap_or_default()
}

/// Text of the element with `data-testid=id`, or `None` when it is not rendered.
pub async fn text_of(client: &Client, id: &str) -> Option<String> {
    match client.find(Locator::Css(&testid(id))).await {
        Ok(el) => Some(el.text().await.expect("element text")),
        Err(_) => None,
    }
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

/// A raw Chrome DevTools Protocol command through chromedriver.
#[derive(Debug)]
pub struct Cdp {
    pub cmd: &'static str,
    pub params: Value,
}

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/goog/cdp/execute",
            session.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.cmd, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

pub async fn cdp(client: &Client, cmd: &'static str, params: Value) -> Value {
    client
        .issue_cmd(Cdp { cmd, params })
        .await
        .unwrap_or_else(|e| panic!("CDP {cmd}: {e}"))
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
    let path = dir.join(format!("{name}.png"));
    std::fs::write(&path, png).expect("write screenshot");
    path
}
