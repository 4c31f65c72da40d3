//! Prints ntm-calc's figures: bundle bytes (raw and gzipped), load time and keystroke-to-
//! result time in headless Chromium. Run through `scripts/bench` (after a release build).

#[path = "../tests/support/mod.rs"]
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

fn sizes() {
    println!("## dist/ (bytes)");
    println!("{:<48} {:>10} {:>10}", "file", "raw", "gzip -9");
    let mut files: Vec<_> = std::fs::read_dir(dist_dir())
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
    println!("{:<48} {raw_total:>10} {gz_total:>10}", "total");
}

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

fn main() {
    sizes();
    let server = Server::dist();
    run(move |c| async move {
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
    });
}
