//! Prints ntm-calc's figures: bundle bytes (raw and gzipped), load time and keystroke-to-
//! result time in headless Chromium. Run through `scripts/bench` (after a release build).

// The browser tests' harness; the bench needs only a few of its helpers.
#[path = "../tests/browser/support/mod.rs"]
#[allow(dead_code, unused_imports)]
mod support;

use flate2::{write::GzEncoder, Compression};
use serde_json::Value;
use std::io::Write;
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
        "first page: dist/ (the first-load budget is 153.600 gzipped)",
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
    // `bench -- large` runs only the large imports.
    let only_large = std::env::args().any(|a| a == "large");
    if !only_large {
        sizes();
    }
    let server = Server::dist();
    run(move |c| async move {
        if only_large {
            big_tables(&c, &format!("{}bang/", server.url)).await;
            return;
        }
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
