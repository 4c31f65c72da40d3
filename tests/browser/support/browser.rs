//! Which browser the tests drive, and how it is started: Debian's headless Chromium through
//! chromedriver, Firefox ESR through geckodriver, or WebKit (WebKitGTK, Safari's engine) through
//! WebKitWebDriver on a virtual X display of its own (Xvfb). `NTM_BROWSER=firefox` or
//! `NTM_BROWSER=webkit` picks one; Chromium is the default. Everything a test asks of the
//! browser beyond WebDriver (a phone width, a zoom, dark mode, scripts off, a download folder)
//! is a [`Setup`] field, so each test reads the same in all three browsers.

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder};
use serde_json::{json, Map, Value};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Browser {
    Chromium,
    Firefox,
    WebKit,
}

impl Browser {
    /// The browser named by `NTM_BROWSER` (`chromium`, the default, `firefox` or `webkit`).
    pub fn current() -> Browser {
        match std::env::var("NTM_BROWSER").as_deref() {
            Ok("firefox") => Browser::Firefox,
            Ok("webkit") => Browser::WebKit,
            Ok("chromium") | Ok("") | Err(_) => Browser::Chromium,
            Ok(other) => panic!("NTM_BROWSER={other}: use chromium, firefox or webkit"),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Browser::Chromium => "chromium",
            Browser::Firefox => "firefox",
            Browser::WebKit => "webkit",
        }
    }

    /// What the names of screenshots and other files a test writes start with: nothing for
    /// Chromium, `firefox-` or `webkit-` for the others.
    pub fn prefix(self) -> &'static str {
        match self {
            Browser::Chromium => "",
            Browser::Firefox => "firefox-",
            Browser::WebKit => "webkit-",
        }
    }
}

/// What the browser is asked to be for one test.
#[derive(Clone, Debug)]
pub struct Setup {
    /// The viewport in CSS pixels.
    pub window: (u32, u32),
    /// Device pixels per CSS pixel: 2 is a 200 % zoom (or a phone's screen).
    pub scale: u32,
    /// The system's colour scheme is dark.
    pub dark: bool,
    /// JavaScript is switched off.
    pub scripts_off: bool,
    /// Downloads go to this folder without asking.
    pub downloads: Option<PathBuf>,
}

impl Default for Setup {
    fn default() -> Setup {
        Setup {
            window: (1280, 900),
            scale: 1,
            dark: false,
            scripts_off: false,
            downloads: None,
        }
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free local port")
}

/// A running chromedriver, geckodriver or WebKitWebDriver (with its X display); all killed
/// when dropped, also when the test failed.
pub struct Driver {
    child: Child,
    port: u16,
    browser: Browser,
    display: Option<Xvfb>,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        // A browser the driver leaves behind loses its display and quits.
        drop(self.display.take());
    }
}

/// A virtual X server on a display number it picks itself (one that is free); killed when
/// dropped. WebKitGTK needs a display even for tests: without one no session starts.
struct Xvfb {
    child: Child,
    number: u32,
    /// Kept open: Xvfb's output is a pipe, and a closed pipe would end it on any later write.
    _output: std::io::BufReader<std::process::ChildStdout>,
}

impl Xvfb {
    fn start() -> Xvfb {
        let binary = env_or("XVFB", "/usr/bin/Xvfb");
        // -displayfd: Xvfb finds a free display and writes its number once it takes
        // connections. The screen is large enough for every window a test asks for.
        let mut child = Command::new(&binary)
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "3000x3000x24",
                "-nolisten",
                "tcp",
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {binary}: {e} (install xvfb)"));
        let mut line = String::new();
        let mut output = std::io::BufReader::new(child.stdout.take().expect("Xvfb's output"));
        let _ = std::io::BufRead::read_line(&mut output, &mut line);
        match line.trim().parse() {
            Ok(number) => Xvfb {
                child,
                number,
                _output: output,
            },
            Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("Xvfb did not start (it printed {line:?})");
            }
        }
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        // SIGTERM lets Xvfb remove its lock file and socket; SIGKILL if it lingers.
        let _ = Command::new("kill")
            .arg(self.child.id().to_string())
            .stderr(Stdio::null())
            .status();
        for _ in 0..100 {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn env_or(name: &str, default: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| default.to_owned())
}

impl Driver {
    pub fn start(browser: Browser) -> Driver {
        let port = free_port();
        let display = (browser == Browser::WebKit).then(Xvfb::start);
        let (binary, args, hint) = match browser {
            Browser::Chromium => (
                env_or("CHROMEDRIVER", "/usr/bin/chromedriver"),
                vec![format!("--port={port}")],
                "install chromium-driver",
            ),
            Browser::Firefox => (
                env_or("GECKODRIVER", "geckodriver"),
                vec![
                    "--port".to_owned(),
                    port.to_string(),
                    "--host".to_owned(),
                    "127.0.0.1".to_owned(),
                    // Lets the harness set the zoom from the browser's own scripts.
                    "--allow-system-access".to_owned(),
                ],
                "cargo install geckodriver",
            ),
            Browser::WebKit => (
                env_or("WEBKITWEBDRIVER", "/usr/bin/WebKitWebDriver"),
                vec![format!("--port={port}")],
                "install webkit2gtk-driver",
            ),
        };
        let mut command = Command::new(&binary);
        command
            .args(&args)
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        if let Some(display) = &display {
            command.env("DISPLAY", format!(":{}", display.number));
        }
        let child = command
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {binary}: {e} ({hint})"));
        Driver {
            child,
            port,
            browser,
            display,
        }
    }

    /// Opens a headless session using `profile` as the browser's profile folder.
    pub async fn connect(&self, profile: &Path, setup: &Setup) -> Client {
        let caps = match self.browser {
            Browser::Chromium => chromium_caps(profile, setup),
            Browser::Firefox => firefox_caps(profile, setup),
            Browser::WebKit => webkit_caps(profile, setup),
        };
        let Value::Object(caps) = caps else {
            unreachable!()
        };
        let url = format!("http://127.0.0.1:{}", self.port);
        let deadline = Instant::now() + Duration::from_secs(60);
        let client = loop {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector)
                .capabilities(caps.clone())
                .connect(&url)
                .await
            {
                Ok(client) => break client,
                Err(e) if Instant::now() > deadline => {
                    panic!("cannot open a {} session: {e}", self.browser.name())
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
            }
        };
        match self.browser {
            Browser::Chromium => apply_chromium_setup(&client, setup).await,
            Browser::Firefox => apply_firefox_setup(&client, setup).await,
            // The shell took everything as arguments.
            Browser::WebKit => {}
        }
        client
    }
}

fn chromium_caps(profile: &Path, setup: &Setup) -> Value {
    let chromium = env_or("CHROMIUM", "/usr/bin/chromium");
    let (width, height) = setup.window;
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
        format!("--window-size={},{}", width.max(500), height),
    ];
    json!({
        "browserName": "chrome",
        "goog:chromeOptions": { "binary": chromium, "args": args },
    })
}

/// Chromium takes the rest of the setup through DevTools once the session is open.
async fn apply_chromium_setup(client: &Client, setup: &Setup) {
    let (width, height) = setup.window;
    // Headless Chromium keeps windows at least 500 px wide: narrower phones are emulated,
    // and so is a zoom.
    if width < 500 || setup.scale != 1 {
        let metrics = json!({
            "width": width,
            "height": height,
            "deviceScaleFactor": setup.scale,
            "mobile": width < 500,
        });
        cdp(client, "Emulation.setDeviceMetricsOverride", metrics).await;
    }
    if setup.dark {
        let dark = json!({ "features": [{ "name": "prefers-color-scheme", "value": "dark" }] });
        cdp(client, "Emulation.setEmulatedMedia", dark).await;
    }
    if setup.scripts_off {
        let off = json!({ "value": true });
        cdp(client, "Emulation.setScriptExecutionDisabled", off).await;
    }
    if let Some(dir) = &setup.downloads {
        let allow = json!({ "behavior": "allow", "downloadPath": dir.display().to_string() });
        cdp(client, "Browser.setDownloadBehavior", allow).await;
    }
}

/// Firefox keeps windows about 500 px wide at least: a narrower viewport is a window twice as
/// large, zoomed to 200 %, as a phone draws two device pixels per CSS pixel.
fn firefox_scale(setup: &Setup) -> u32 {
    if setup.window.0 < 500 {
        setup.scale.max(2)
    } else {
        setup.scale.max(1)
    }
}

/// The zoom is the one setting Firefox takes after it starts, from its own (chrome) scripts;
/// it stays with the tab across navigations.
async fn apply_firefox_setup(client: &Client, setup: &Setup) {
    let scale = firefox_scale(setup);
    if scale == 1 {
        return;
    }
    client
        .issue_cmd(moz_context("chrome"))
        .await
        .expect("Firefox chrome context (geckodriver --allow-system-access)");
    let zoom = client
        .execute(
            "const w = Services.wm.getMostRecentWindow('navigator:browser'); \
             w.FullZoom.setZoom(arguments[0], w.gBrowser.selectedBrowser); \
             return w.ZoomManager.getZoomForBrowser(w.gBrowser.selectedBrowser);",
            vec![json!(scale)],
        )
        .await;
    client
        .issue_cmd(moz_context("content"))
        .await
        .expect("back to the page");
    assert_eq!(
        zoom.ok(),
        Some(json!(scale)),
        "Firefox zoomed to {scale}00 %"
    );
}

/// Switches Firefox's script context between the page ("content") and the browser ("chrome").
fn moz_context(context: &'static str) -> SessionPost {
    SessionPost {
        path: "moz/context",
        body: json!({ "context": context }),
    }
}

/// Firefox takes the rest of the setup as preferences when it starts.
fn firefox_caps(profile: &Path, setup: &Setup) -> Value {
    let firefox = env_or("FIREFOX", "/usr/bin/firefox-esr");
    let scale = firefox_scale(setup);
    let (width, height) = (setup.window.0 * scale, setup.window.1 * scale);
    let mut prefs = Map::new();
    let mut pref = |name: &str, value: Value| {
        prefs.insert(name.to_owned(), value);
    };
    // No calls home on a closed network, no first-run pages.
    pref("app.update.enabled", json!(false));
    pref("browser.shell.checkDefaultBrowser", json!(false));
    pref("datareporting.policy.dataSubmissionEnabled", json!(false));
    pref("toolkit.telemetry.enabled", json!(false));
    pref("network.captive-portal-service.enabled", json!(false));
    pref("network.connectivity-service.enabled", json!(false));
    pref("browser.safebrowsing.update.enabled", json!(false));
    pref("extensions.update.enabled", json!(false));
    // 0 = dark, 1 = light: what the page sees as the system's colour scheme.
    pref(
        "layout.css.prefers-color-scheme.content-override",
        json!(if setup.dark { 0 } else { 1 }),
    );
    pref("ui.systemUsesDarkTheme", json!(i32::from(setup.dark)));
    // The zoom belongs to the tab, not to a site: set on the blank page, it stays.
    pref("browser.zoom.siteSpecific", json!(false));
    if setup.scripts_off {
        pref("javascript.enabled", json!(false));
    }
    if let Some(dir) = &setup.downloads {
        pref("browser.download.folderList", json!(2));
        pref("browser.download.dir", json!(dir.display().to_string()));
        pref("browser.download.useDownloadDir", json!(true));
        pref(
            "browser.download.always_ask_before_handling_new_types",
            json!(false),
        );
        pref("browser.download.manager.showWhenStarting", json!(false));
        pref(
            "browser.helperApps.neverAsk.saveToDisk",
            json!("application/json,text/csv,text/plain,application/octet-stream"),
        );
    }
    json!({
        "browserName": "firefox",
        "moz:firefoxOptions": {
            "binary": firefox,
            "args": [
                "-headless",
                "-no-remote",
                "-profile", profile.display().to_string(),
                "--width", width.to_string(),
                "--height", height.to_string(),
            ],
            "prefs": prefs,
        },
    })
}

/// WebKit runs in the tests' own small WebKitGTK browser (`tests/browser/support/webkit-shell.py`,
/// see there why not MiniBrowser), which takes the whole setup as arguments. Any width works;
/// a zoom is a screen with as many device pixels per CSS pixel (GDK_SCALE), as in Chromium:
/// WebKitWebDriver misplaces clicks under WebKit's page zoom.
fn webkit_caps(profile: &Path, setup: &Setup) -> Value {
    let python = env_or("PYTHON3", "/usr/bin/python3");
    let shell = super::repo_dir().join("tests/browser/support/webkit-shell.py");
    let (width, height) = setup.window;
    let mut args = vec![
        shell.display().to_string(),
        "--automation".to_owned(),
        "--profile".to_owned(),
        profile.display().to_string(),
        "--size".to_owned(),
        format!("{width}x{height}"),
        "--scale".to_owned(),
        setup.scale.max(1).to_string(),
    ];
    if setup.dark {
        args.push("--dark".to_owned());
    }
    if setup.scripts_off {
        args.push("--scripts-off".to_owned());
    }
    if let Some(dir) = &setup.downloads {
        args.push("--downloads".to_owned());
        args.push(dir.display().to_string());
    }
    json!({
        "browserName": "webkit-shell",
        "webkitgtk:browserOptions": { "binary": python, "args": args },
    })
}

/// A WebDriver command `fantoccini` has no call for (a standard one, or a driver's own): `body`
/// posted to `session/<id>/<path>`.
#[derive(Debug)]
pub struct SessionPost {
    pub path: &'static str,
    pub body: Value,
}

impl WebDriverCompatibleCommand for SessionPost {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/{}",
            session.unwrap_or_default(),
            self.path
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.to_string()))
    }
}

/// A raw Chrome DevTools Protocol command through chromedriver (Chromium only).
pub async fn cdp(client: &Client, cmd: &'static str, params: Value) -> Value {
    let command = SessionPost {
        path: "goog/cdp/execute",
        body: json!({ "cmd": cmd, "params": params }),
    };
    client
        .issue_cmd(command)
        .await
        .unwrap_or_else(|e| panic!("CDP {cmd}: {e}"))
}
