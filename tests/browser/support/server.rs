//! A minimal static file server for `dist/`, on 127.0.0.1, under any path prefix.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

pub struct Server {
    /// The app's URL, ending with "/".
    pub url: String,
    prefix: String,
    up: Arc<AtomicBool>,
    gzip: Arc<AtomicBool>,
    overrides: Overrides,
}

/// Files served with other contents than on disk (a "new version" on the host).
type Overrides = Arc<Mutex<HashMap<String, Vec<u8>>>>;

impl Server {
    /// Serves `root` at `http://127.0.0.1:<port><prefix>` (prefix starts and ends with '/').
    pub fn start(root: PathBuf, prefix: &str) -> Server {
        assert!(prefix.starts_with('/') && prefix.ends_with('/'));
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let port = listener.local_addr().expect("local addr").port();
        let up = Arc::new(AtomicBool::new(true));
        let gzip = Arc::new(AtomicBool::new(false));
        let overrides: Overrides = Arc::default();
        let prefix = prefix.to_owned();
        let server_up = up.clone();
        let server_gzip = gzip.clone();
        let server_overrides = overrides.clone();
        let url = format!("http://127.0.0.1:{port}{prefix}");
        let path_prefix = prefix.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (root, prefix, up) = (root.clone(), prefix.clone(), server_up.clone());
                let (gzip, overrides) = (server_gzip.clone(), server_overrides.clone());
                std::thread::spawn(move || {
                    let _ = handle(stream, &root, &prefix, &up, &gzip, &overrides);
                });
            }
        });
        Server {
            url,
            prefix: path_prefix,
            up,
            gzip,
            overrides,
        }
    }

    /// Serves the whole app at the root path.
    pub fn dist() -> Server {
        Server::start(super::dist_dir(), "/")
    }

    /// Serves `path` (relative to the app) as `change` makes its contents on disk.
    pub fn override_file(&self, path: &str, change: impl FnOnce(String) -> String) {
        let bytes = std::fs::read(super::dist_dir().join(path)).expect("file to override");
        let on_disk = String::from_utf8_lossy(&bytes).into_owned();
        let mut overrides = self.overrides.lock().expect("overrides");
        overrides.insert(path.to_owned(), change(on_disk).into_bytes());
    }

    /// Serves `path` (relative to the app) with `body`, whether or not it exists on disk.
    pub fn add_file(&self, path: &str, body: &str) {
        let mut overrides = self.overrides.lock().expect("overrides");
        overrides.insert(path.to_owned(), body.as_bytes().to_vec());
    }

    /// Runs `source` in every page before anything else, in any browser: each page gets a
    /// first `<script src>` (allowed by the pages' policy, as it comes from the app's host).
    pub fn init_script(&self, source: &str) {
        self.add_file("__init.js", source);
        // Before the page's first script (the built pages are minified: no `<head>` tag).
        let tag = format!("<script src=\"{}__init.js\"></script><script", self.prefix);
        for page in [
            "index.html",
            "bang/index.html",
            "chia-se/index.html",
            "theo-doi/index.html",
        ] {
            self.override_file(page, |html| {
                assert!(html.contains("<script"), "{page} has a script");
                html.replacen("<script", &tag, 1)
            });
        }
    }

    /// Sends text, wasm and images gzipped to a browser that accepts it, as any real host
    /// does (level 6, what common servers use).
    pub fn set_gzip(&self, on: bool) {
        self.gzip.store(on, Ordering::SeqCst);
    }

    /// Makes every request fail at the connection, as if the network were gone.
    pub fn set_up(&self, up: bool) {
        self.up.store(up, Ordering::SeqCst);
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("json") | Some("webmanifest") => "application/manifest+json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    }
}

fn handle(
    mut stream: TcpStream,
    root: &Path,
    prefix: &str,
    up: &AtomicBool,
    gzip: &AtomicBool,
    overrides: &Mutex<HashMap<String, Vec<u8>>>,
) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut accepts_gzip = false;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" || line == "\n" {
            break;
        }
        let lower = line.to_ascii_lowercase();
        accepts_gzip |= lower.starts_with("accept-encoding:") && lower.contains("gzip");
    }
    if !up.load(Ordering::SeqCst) {
        return Ok(()); // drop the connection unanswered
    }
    let target = request_line.split_whitespace().nth(1).unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let file = path.strip_prefix(prefix).and_then(|rel| {
        let rel = if rel.is_empty() || rel.ends_with('/') {
            format!("{rel}index.html")
        } else {
            rel.to_owned()
        };
        let rel = Path::new(&rel);
        rel.components()
            .all(|c| matches!(c, Component::Normal(_)))
            .then(|| root.join(rel))
    });
    let relative = path.strip_prefix(prefix).unwrap_or_default();
    let relative = if relative.is_empty() || relative.ends_with('/') {
        format!("{relative}index.html")
    } else {
        relative.to_owned()
    };
    let overridden = overrides
        .lock()
        .ok()
        .and_then(|o| o.get(&relative).cloned())
        .map(|body| (root.join(&relative), body));
    match overridden.or_else(|| file.and_then(|f| std::fs::read(&f).ok().map(|body| (f, body)))) {
        Some((file, body)) => {
            let kind = content_type(&file);
            let zipped = accepts_gzip && gzip.load(Ordering::SeqCst) && kind != "image/png";
            let (body, encoding) = if zipped {
                let mut encoder =
                    flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
                encoder.write_all(&body)?;
                (
                    encoder.finish()?,
                    "Content-Encoding: gzip\r\nVary: Accept-Encoding\r\n",
                )
            } else {
                (body, "")
            };
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: {kind}\r\nContent-Length: {}\r\n{encoding}Cache-Control: no-cache\r\nConnection: close\r\n\r\n",
                body.len()
            );
            stream.write_all(head.as_bytes())?;
            stream.write_all(&body)?;
        }
        None => {
            let body = b"not found";
            let head = format!(
                "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            stream.write_all(head.as_bytes())?;
            stream.write_all(body)?;
        }
    }
    stream.flush()
}
