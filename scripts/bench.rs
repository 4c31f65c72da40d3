//! Prints ntm-calc's figures: bundle bytes (raw and gzipped), load time and keystroke-to-
//! result time in headless Chromium. Run through `scripts/bench` (after a release build).

// The browser tests' harness; the bench needs only a few of its helpers.
#[path = "../tests/browser/support/mod.rs"]
#[allow(dead_code, unused_imports)]
mod support;

use flate2::{write::GzEncoder, Compression};
use serde_json::Value;
use std::io::Write;
use support::browser::cdp;
use support::*;

const LOADS: usize = 15;
const KEYSTROKES: usize = 300;

fn gzipped_len(bytes: &[u8]) -> usize {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(bytes).expect("gzip");
    encoder.finish().expect("gzip").len()
}

fn sizes_of(title: &str, dir: &std::path::Path) {
    println!("## {title} (bytes)");
    println!("{:<48} {:>10} {:>10}", "file", "raw", "gzip -9");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("dist/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    let (mut raw_total, mut gz_total) = (0, 0);
    for path in files {
        let bytes = std::fs::read(&path).expect("read");
        let gz = gzipped_len(&bytes);
        raw_total += bytes.len();
        gz_total += gz;
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("?")
            .to_owned();
        println!("{name:<48} {:>10} {gz:>10}", bytes.len());
    }
    println!("{:<48} {raw_total:>10} {gz_total:>10}\n", "total");
}

fn sizes() {
    sizes_of(
        "first page: dist/ (the first-load budget is 139.264 gzipped)",
        &dist_dir(),
    );
    sizes_of("table page: dist/bang/", &dist_dir().join("bang"));
    sizes_of("share page: dist/chia-se/", &dist_dir().join("chia-se"));
    sizes_of("history page: dist/theo-doi/", &dist_dir().join("theo-doi"));
}

/// Ten units with four and a half years of months each (540 months, January 2021 to June
/// 2025), as the history page stores them; the period runs to 30/11/2025.
fn big_history() -> String {
    let mut units = Vec::new();
    for u in 0..10u64 {
        let mut months = Vec::new();
        for i in 0..54u64 {
            let (year, month) = (2021 + i / 12, 1 + i % 12);
            let total = 100 + (u * 17 + i * 7) % 300;
            let online = total * (10 + (u * 3 + i) % 70) / 100;
            months.push(format!(
                r#"{{"month":"{year}-{month:02}","total":{total},"online":{online}}}"#
            ));
        }
        units.push(format!(
            r#"{{"name":"Xã Thử {u}","history":[{}],"period":{{"from":"2024-12-01","to":"2025-11-30","assessment":"2025-11-30"}}}}"#,
            months.join(",")
        ));
    }
    format!(r#"{{"schema":1,"data":{{"units":[{}]}}}}"#, units.join(","))
}

const EXPECTED_SCRIPT: &str = r#"
const done = arguments[arguments.length - 1];
const input = document.querySelector('[name=expected_per_month]');
const hook = () => {
  const p = document.querySelector('[data-testid=projection]');
  return [p.dataset.expected, p.dataset.rateAtDeadline,
    ...[...p.querySelectorAll('[data-value]')].map(e => e.dataset.value)].join('|');
};
const times = [];
let i = 0;
function step() {
  if (i >= 50) { done(times); return; }
  const before = hook();
  const t0 = performance.now();
  input.value = String(100 + i * 7);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  window.__until(() => hook() !== before, t0).then(ms => { times.push(ms); i += 1; setTimeout(step, 0); });
}
step();
"#;

fn summary(label: &str, mut ms: Vec<f64>) {
    ms.sort_by(|a, b| a.total_cmp(b));
    let at = |q: f64| ms[((ms.len() - 1) as f64 * q).round() as usize];
    println!(
        "{label:<40} median {:>7.2} ms   p95 {:>7.2} ms   min {:>7.2} ms   max {:>7.2} ms   (n = {})",
        at(0.5),
        at(0.95),
        ms[0],
        ms[ms.len() - 1],
        ms.len()
    );
}

const KEYSTROKE_SCRIPT: &str = r#"
const [count, done] = [arguments[0], arguments[arguments.length - 1]];
const input = document.querySelector('[name=online]');
const results = document.querySelector('.results');
const rate = () => (document.querySelector('[data-testid=rate]') || {}).textContent;
const times = [];
let i = 0;
function step() {
  if (i >= count) { done(times); return; }
  const before = rate();
  const observer = new MutationObserver(() => {
    if (rate() !== before) {
      times.push(performance.now() - t0);
      observer.disconnect();
      i += 1;
      setTimeout(step, 0);
    }
  });
  observer.observe(results, { subtree: true, childList: true, characterData: true });
  const t0 = performance.now();
  input.value = String(1000 + i);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
step();
"#;

/// Runs in every page before its own scripts (DevTools injects it): fills the first page's
/// counts as soon as the page is parsed and its inputs exist, and keeps in `window.__firstResult` the time from
/// navigation start until `needed-ntm` shows the expected value (ms, the page's own clock).
/// No WebDriver round trip is part of the time.
const FIRST_RESULT_WATCH: &str = r#"
(() => {
  if (!location.protocol.startsWith('http')) return;
  const [total, online, expected] = __ARGS__;
  let filled = false;
  const check = () => {
    const t = document.querySelector('[name=total]');
    const o = document.querySelector('[name=online]');
    // As a person would: once the page is parsed (its scripts listen) and the inputs exist.
    if (!filled && t && o && document.readyState !== 'loading') {
      filled = true;
      t.value = total; t.dispatchEvent(new Event('input', { bubbles: true }));
      o.value = online; o.dispatchEvent(new Event('input', { bubbles: true }));
    }
    const n = document.querySelector('[data-testid=needed-ntm]');
    if (filled && n && n.getAttribute('data-value') === expected) {
      window.__firstResult = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  document.addEventListener('DOMContentLoaded', check);
})();
"#;

/// Waits for the time [`FIRST_RESULT_WATCH`] keeps.
const FIRST_RESULT_SCRIPT: &str = r#"
const done = arguments[arguments.length - 1];
const check = () => {
  if (window.__firstResult !== undefined) { done(window.__firstResult); } else { setTimeout(check, 20); }
};
check();
"#;

/// Reports the time from navigation start until the page marked itself mounted (ms).
const MOUNTED_SCRIPT: &str = r#"
const done = arguments[arguments.length - 1];
function check() {
  const m = performance.getEntriesByName('ntm-calc:mounted')[0];
  if (m) { done(m.startTime); } else { setTimeout(check, 5); }
}
check();
"#;

/// Waits until the service worker controls the app with every file cached.
const SW_READY_SCRIPT: &str = r#"
const done = arguments[arguments.length - 1];
navigator.serviceWorker.ready.then(() => done(true), () => done(false));
"#;

/// Fast-3G as the size and speed budget states it (150 ms, 1,6 Mbit/s down, 750 kbit/s
/// up) and a 4× slower CPU, on the browser's current tab.
async fn throttle(c: &fantoccini::Client) {
    cdp(c, "Network.enable", serde_json::json!({})).await;
    cdp(
        c,
        "Network.emulateNetworkConditions",
        serde_json::json!({
            "offline": false,
            "latency": 150,
            "downloadThroughput": 1_600_000 / 8,
            "uploadThroughput": 750_000 / 8,
        }),
    )
    .await;
    cdp(
        c,
        "Emulation.setCPUThrottlingRate",
        serde_json::json!({ "rate": 4 }),
    )
    .await;
}

/// A first visit: nothing cached, no service worker, no storage for `origin`.
async fn forget(c: &fantoccini::Client, origin: &str) {
    c.goto("about:blank").await.expect("blank page");
    cdp(
        c,
        "Storage.clearDataForOrigin",
        serde_json::json!({ "origin": origin, "storageTypes": "all" }),
    )
    .await;
    cdp(c, "Network.clearBrowserCache", serde_json::json!({})).await;
}

async fn timed(c: &fantoccini::Client, url: &str, script: &str, args: Vec<Value>) -> f64 {
    c.goto("about:blank").await.expect("blank page");
    c.goto(url).await.expect("navigate");
    let got = c.execute_async(script, args).await.expect("timing script");
    got.as_f64().unwrap_or(f64::NAN)
}

fn median(mut ms: Vec<f64>) -> f64 {
    ms.sort_by(|a, b| a.total_cmp(b));
    ms[ms.len() / 2]
}

const THROTTLED_RUNS: usize = 5;

/// Cold (first visit) and repeat (service worker and cache warm) loads under Fast-3G and 4×
/// CPU, served gzipped: the first page beside a plain-HTML page of the same contract, then
/// every page's start.
async fn throttled(c: &fantoccini::Client, app: &Server, baseline: &Server) {
    let origin = |s: &Server| s.url.trim_end_matches('/').to_owned();
    let (total, online) = (10_000u64, 1u64);
    let expected = match ntm_calc::core::num::gap::needed_added(
        online,
        total,
        ntm_calc::core::num::percent::Percent::whole(30),
    ) {
        ntm_calc::core::num::gap::Needed::Count(n) => n.to_string(),
        ntm_calc::core::num::gap::Needed::Unreachable => "unreachable".to_owned(),
    };
    let args = serde_json::json!(["10.000", "1", expected]).to_string();
    let watch = cdp(
        c,
        "Page.addScriptToEvaluateOnNewDocument",
        serde_json::json!({ "source": FIRST_RESULT_WATCH.replace("__ARGS__", &args) }),
    )
    .await;
    throttle(c).await;
    println!(
        "\n## Fast-3G (150 ms, 1,6 Mbit/s) and 4× CPU, served gzipped; median of {THROTTLED_RUNS}"
    );
    let mut cold = [Vec::new(), Vec::new()];
    let mut warm = [Vec::new(), Vec::new()];
    for _ in 0..THROTTLED_RUNS {
        for (i, server) in [baseline, app].into_iter().enumerate() {
            forget(c, &origin(server)).await;
            cold[i].push(timed(c, &server.url, FIRST_RESULT_SCRIPT, vec![]).await);
            if i == 1 {
                let ready = c
                    .execute_async(SW_READY_SCRIPT, vec![])
                    .await
                    .expect("service worker");
                assert_eq!(ready, Value::Bool(true), "the service worker is ready");
            }
            warm[i].push(timed(c, &server.url, FIRST_RESULT_SCRIPT, vec![]).await);
        }
    }
    cdp(
        c,
        "Page.removeScriptToEvaluateOnNewDocument",
        serde_json::json!({ "identifier": watch["identifier"] }),
    )
    .await;
    let [base_cold, app_cold] = cold.map(median);
    let [base_warm, app_warm] = warm.map(median);
    println!(
        "{:<52} {:>10} {:>10} {:>7}",
        "navigation → first result", "plain HTML", "ntm-calc", "ratio"
    );
    println!(
        "{:<52} {base_cold:>7.0} ms {app_cold:>7.0} ms {:>6.2}×",
        "first visit (cold)",
        app_cold / base_cold
    );
    println!(
        "{:<52} {base_warm:>7.0} ms {app_warm:>7.0} ms {:>6.2}×",
        "repeat visit (service worker, cache)",
        app_warm / base_warm
    );
    println!(
        "{:<52} {:>10} {:>10}",
        "navigation → app mounted", "cold", "repeat"
    );
    for page in ["", "bang/", "chia-se/", "theo-doi/"] {
        let url = format!("{}{page}", app.url);
        let mut cold = Vec::new();
        let mut warm = Vec::new();
        for _ in 0..THROTTLED_RUNS {
            forget(c, &origin(app)).await;
            cold.push(timed(c, &url, MOUNTED_SCRIPT, vec![]).await);
            c.execute_async(SW_READY_SCRIPT, vec![])
                .await
                .expect("service worker");
            warm.push(timed(c, &url, MOUNTED_SCRIPT, vec![]).await);
        }
        println!(
            "{:<52} {:>7.0} ms {:>7.0} ms",
            format!("/{page}"),
            median(cold),
            median(warm)
        );
    }
}

/// Waits in the page until `cond()` holds, then reports the time since `t0` (ms).
const WAIT_JS: &str = r#"
window.__until = (cond, t0) => new Promise(resolve => {
  const check = () => cond() ? resolve(performance.now() - t0) : requestAnimationFrame(check);
  check();
});
"#;

const PASTE_SCRIPT: &str = r#"
const [text, done] = [arguments[0], arguments[arguments.length - 1]];
const area = document.querySelector('[data-testid=import-text]');
const t0 = performance.now();
// A real paste: the page may take a long text over; otherwise the browser fills the box.
const paste = new ClipboardEvent('paste', { bubbles: true, cancelable: true });
Object.defineProperty(paste, 'clipboardData', { value: { getData: () => text } });
if (area.dispatchEvent(paste)) {
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true }));
}
window.__until(() => {
  const b = document.querySelector('[data-testid=import-confirm]');
  return b && b.textContent.includes('10.000');
}, t0).then(preview => {
  const t1 = performance.now();
  document.querySelector('[data-testid=import-confirm]').click();
  window.__until(() => {
    const c = document.querySelector('[data-testid=row-count]');
    return c && c.textContent.startsWith('10.000') && document.querySelectorAll('[data-testid=unit-row]').length === 100;
  }, t1).then(render => done([preview, render]));
});
"#;

const FILTER_SCRIPT: &str = r#"
const done = arguments[arguments.length - 1];
const box = document.querySelector('[name=failing_only]');
const before = document.querySelector('[data-testid=row-count]').textContent;
const t0 = performance.now();
box.click();
window.__until(() => document.querySelector('[data-testid=row-count]').textContent !== before, t0).then(done);
"#;

const EDIT_SCRIPT: &str = r#"
const [value, done] = [arguments[0], arguments[arguments.length - 1]];
const row = document.querySelector('[data-testid=unit-row]');
row.querySelector('[data-testid=edit-unit]').click();
requestAnimationFrame(() => {
  const input = document.querySelector('[name=edit_online]');
  const verdict = () => [...document.querySelectorAll('[data-testid=group-verdict]')].map(g => g.textContent).join('|');
  const before = [row.dataset.status, verdict()].join('/');
  const t0 = performance.now();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  window.__until(() => [row.dataset.status, verdict()].join('/') !== before, t0).then(done);
  setTimeout(() => done('stuck: ' + before.slice(0, 40) + ' / ' + row.dataset.status + ' / ' + !!document.querySelector('[name=edit_online]') + ' / ' + row.textContent.slice(0, 80)), 8000);
});
"#;

/// Runs `start` in the page and waits until `cond()` holds: reports the time taken (ms) and
/// the longest task the page ran meanwhile (ms; Chromium's long-task entries, over 50 ms).
const MEASURE_JS: &str = r#"
window.__measure = (start, cond) => new Promise(resolve => {
  const tasks = [];
  let obs = null;
  try {
    obs = new PerformanceObserver(l => { for (const e of l.getEntries()) tasks.push(e); });
    obs.observe({ type: 'longtask' });
  } catch (e) {}
  const t0 = performance.now();
  start();
  const check = () => {
    if (!cond()) { requestAnimationFrame(check); return; }
    const ms = performance.now() - t0;
    setTimeout(() => {
      if (obs) { for (const e of obs.takeRecords()) tasks.push(e); obs.disconnect(); }
      resolve([ms, Math.max(0, ...tasks.map((e) => e.duration)), tasks.map((e) => Math.round(e.startTime - t0) + '+' + Math.round(e.duration))]);
    }, 100);
  };
  requestAnimationFrame(check);
});
window.__q = s => document.querySelector(s);
// A paste over the whole box, as the browser tests' PASTE_JS (tests/browser/support/): the page may take it over.
window.__setBox = text => {
  const a = __q('[data-testid=import-text]');
  a.setSelectionRange(0, a.value.length);
  const paste = new ClipboardEvent('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(paste, 'clipboardData', { value: { getData: () => text } });
  if (a.dispatchEvent(paste)) {
    a.value = text;
    a.dispatchEvent(new Event('input', { bubbles: true }));
  }
};
// The preview (or the import's error) is on screen and no reading is under way.
window.__previewShown = () => !__q('[data-testid=import-pending]') &&
  !!(__q('[data-testid=import-confirm]') || __q('[data-testid=import-error]') ||
     __q('[data-testid=import-limit]'));
"#;

/// Pastes arguments[0] into the import box: time until the preview is shown.
const BIG_PASTE_SCRIPT: &str = r#"
const [text, done] = [arguments[0], arguments[arguments.length - 1]];
__setBox('');
requestAnimationFrame(() => __measure(() => __setBox(text), __previewShown).then(done));
"#;

/// Types one character at the end of the import box (after a paste of 50.000 rows), as the
/// browser does for a key: the time until the page paints again, then until the preview is
/// shown again.
const BOX_KEY_SCRIPT: &str = r#"
const done = arguments[arguments.length - 1];
const a = __q('[data-testid=import-text]');
a.focus();
a.setSelectionRange(a.value.length, a.value.length);
let painted = false;
__measure(() => {
  document.execCommand('insertText', false, 'x');
  requestAnimationFrame(() => { painted = true; });
}, () => painted).then(key => {
  __measure(() => {}, __previewShown).then(again => done([key, again]));
});
"#;

/// Confirms the import of `arguments[0]` units: time until the table shows them (first page
/// and group verdicts).
const BIG_CONFIRM_SCRIPT: &str = r#"
const [n, done] = [arguments[0], arguments[arguments.length - 1]];
__measure(() => __q('[data-testid=import-confirm]').click(), () => {
  const c = __q('[data-testid=row-count]');
  return c && c.textContent.startsWith(n) &&
    document.querySelectorAll('[data-testid=unit-row]').length === 100 &&
    !!__q('[data-testid=group-verdict]');
}).then(done);
"#;

/// Deletes the first row: time until the row count (and with it the verdicts) is updated.
const DELETE_SCRIPT: &str = r#"
const done = arguments[arguments.length - 1];
const before = __q('[data-testid=row-count]').textContent;
__measure(() => __q('[data-testid=delete-unit]').click(),
  () => __q('[data-testid=row-count]').textContent !== before).then(done);
"#;

/// `n` communes, each in a district of its own.
fn distinct_groups(n: u64) -> String {
    let mut text = String::from("Tên đơn vị\tNhóm\tTổng số hồ sơ\tTrực tuyến\n");
    for i in 0..n {
        let total = 200 + (i * 37) % 1_800;
        let online = (total * (10 + (i * 13) % 80)) / 100;
        text.push_str(&format!("Xã Thử {i}\tHuyện {i}\t{total}\t{online}\n"));
    }
    text
}

/// `n` communes in 50 districts, as pasted from a spreadsheet.
fn rows_in_50_groups(n: u64) -> String {
    let mut text = String::from("Tên đơn vị\tNhóm\tTổng số hồ sơ\tTrực tuyến\n");
    for i in 0..n {
        let total = 200 + (i * 37) % 1_800;
        let online = (total * (10 + (i * 13) % 80)) / 100;
        text.push_str(&format!(
            "Xã Thử {i}\tHuyện {}\t{total}\t{online}\n",
            i % 50
        ));
    }
    text
}

fn pair(label: &str, got: &Value) {
    let ms = |i: usize| got.get(i).and_then(Value::as_f64);
    match (ms(0), ms(1)) {
        (Some(t), Some(longest)) => {
            let tasks = got.get(2).map(Value::to_string).unwrap_or_default();
            println!("{label:<48} {t:>9.0} ms   longest task {longest:>7.0} ms   tasks over 50 ms {tasks}")
        }
        _ => println!("{label:<48} did not finish: {got}"),
    }
}

async fn big_tables(c: &fantoccini::Client, url: &str) {
    c.update_timeouts(fantoccini::wd::TimeoutConfiguration::new(
        Some(std::time::Duration::from_secs(1_200)),
        None,
        None,
    ))
    .await
    .expect("script timeout");
    let fresh = || async {
        exec(c, "localStorage.clear(); return 0;").await;
        open(c, url).await;
        c.execute(MEASURE_JS, vec![]).await.expect("helpers");
    };
    println!("\n## table page, large imports (one run each)");
    fresh().await;
    let paste = |text: String| async move {
        c.execute_async(BIG_PASTE_SCRIPT, vec![Value::from(text)])
            .await
            .expect("paste")
    };
    pair(
        "paste 50.000 rows → preview",
        &paste(rows_in_50_groups(50_000)).await,
    );
    let key = c.execute_async(BOX_KEY_SCRIPT, vec![]).await.expect("key");
    pair("key typed after pasting 50.000 rows → painted", &key[0]);
    pair("… → preview again", &key[1]);
    pair(
        "paste 150.000 rows → preview",
        &paste(rows_in_50_groups(150_000)).await,
    );
    let line = format!("Xã {}\t100\t40\n", "a".repeat(5 * 1024 * 1024));
    pair("paste a 5 MB line → preview", &paste(line).await);
    for n in [10_000u64, 50_000] {
        fresh().await;
        let count = ntm_calc::core::num::number_vi::format_count(n);
        pair(
            &format!("paste {count} distinct groups → preview"),
            &paste(distinct_groups(n)).await,
        );
        let got = c
            .execute_async(BIG_CONFIRM_SCRIPT, vec![Value::from(count.clone())])
            .await
            .expect("confirm");
        pair(&format!("confirm {count} distinct groups → shown"), &got);
        let got = c
            .execute_async(DELETE_SCRIPT, vec![])
            .await
            .expect("delete");
        pair(&format!("delete a row of {count} → updated"), &got);
    }
}

fn main() {
    // `bench -- large` runs only the large imports, `bench -- load` only the throttled loads.
    let only_large = std::env::args().any(|a| a == "large");
    let only_load = std::env::args().any(|a| a == "load");
    if !only_large {
        sizes();
    }
    let server = Server::dist();
    let gzipped = Server::dist();
    gzipped.set_gzip(true);
    let baseline = Server::start(repo_dir().join("bench/baseline"), "/");
    baseline.set_gzip(true);
    run(move |c| async move {
        if only_large {
            big_tables(&c, &format!("{}bang/", server.url)).await;
            return;
        }
        throttled(&c, &gzipped, &baseline).await;
        if only_load {
            return;
        }
        // The rest runs at full speed.
        cdp(
            &c,
            "Emulation.setCPUThrottlingRate",
            serde_json::json!({ "rate": 1 }),
        )
        .await;
        cdp(
            &c,
            "Network.emulateNetworkConditions",
            serde_json::json!({ "offline": false, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
        )
        .await;
        let mut loads = Vec::new();
        for _ in 0..LOADS {
            open(&c, &server.url).await;
            let mounted = exec(
                &c,
                "const m = performance.getEntriesByName('ntm-calc:mounted')[0]; return m ? m.startTime : null;",
            )
            .await;
            if let Some(ms) = mounted.as_f64() {
                loads.push(ms);
            }
        }
        println!("\n## timings in headless Chromium, served from 127.0.0.1");
        summary("navigation start → app mounted", loads);

        type_into(&c, "total", "10.000").await;
        type_into(&c, "online", "1").await;
        let result = c
            .execute_async(KEYSTROKE_SCRIPT, vec![Value::from(KEYSTROKES)])
            .await
            .expect("keystroke script");
        let times: Vec<f64> = serde_json::from_value(result).expect("times");
        summary("input event → rate shown", times);

        // The table page with 10.000 rows.
        let mut preview = Vec::new();
        let mut render = Vec::new();
        let mut filter = Vec::new();
        let mut edit = Vec::new();
        let table = rows_in_50_groups(10_000);
        for _ in 0..3 {
            exec(&c, "localStorage.clear(); return 0;").await;
            open(&c, &format!("{}bang/", server.url)).await;
            c.execute(WAIT_JS, vec![]).await.expect("helpers");
            let got = c
                .execute_async(PASTE_SCRIPT, vec![Value::from(table.clone())])
                .await
                .expect("paste");
            let got: Vec<f64> = serde_json::from_value(got).expect("times");
            preview.push(got[0]);
            render.push(got[1]);
            for _ in 0..2 {
                let t = c
                    .execute_async(FILTER_SCRIPT, vec![])
                    .await
                    .expect("filter");
                filter.push(t.as_f64().unwrap_or(f64::NAN));
            }
            for k in 0..5 {
                // Row 0 has 200 dossiers and fails: all of them online passes, none fails; each edit flips it.
                let value = Value::from(if k % 2 == 0 { "200" } else { "0" });
                let t = c
                    .execute_async(EDIT_SCRIPT, vec![value])
                    .await
                    .expect("edit");
                match t.as_f64() {
                    Some(ms) => edit.push(ms),
                    None => println!("edit did not finish: {t}"),
                }
            }
        }
        println!("\n## table page, 10.000 rows (100 shown per page)");
        summary("paste → preview of 10.000 rows", preview);
        summary("confirm → stored, judged, first page shown", render);
        summary("filter toggle → full recompute", filter);
        summary("edit one row → status and verdicts", edit);

        // The history page with 600 stored months.
        let history = big_history();
        assert!(
            ntm_calc::core::stored::history_record::decode(&history).is_ok(),
            "the bench history is readable"
        );
        let mut loads = Vec::new();
        for _ in 0..LOADS {
            exec(&c, "localStorage.clear(); return 0;").await;
            c.execute(
                "localStorage.setItem('ntm-calc.history', arguments[0]); return 0;",
                vec![Value::from(history.clone())],
            )
            .await
            .expect("store history");
            open(&c, &format!("{}theo-doi/", server.url)).await;
            let mounted = exec(
                &c,
                "const m = performance.getEntriesByName('ntm-calc:mounted')[0]; return m ? m.startTime : null;",
            )
            .await;
            if let Some(ms) = mounted.as_f64() {
                loads.push(ms);
            }
        }
        c.execute(WAIT_JS, vec![]).await.expect("helpers");
        let times = c
            .execute_async(EXPECTED_SCRIPT, vec![])
            .await
            .expect("expected script");
        let times: Vec<f64> = serde_json::from_value(times).expect("times");
        println!("\n## history page, 10 units × 54 months stored");
        summary("navigation start → app mounted", loads);
        summary("expected dossiers typed → projection", times);

        big_tables(&c, &format!("{}bang/", server.url)).await;
    });
}
