//! `site-gen serve`: the site built into memory and served on this computer, rebuilt when a
//! source changes, with open pages reloading themselves.
//!
//! Only here do pages carry a script the built site does not have: every HTML response gets
//! `<script src="/__site-gen/live.js" defer>` before `</body>`. The script follows
//! `/__site-gen/events` (server-sent events) and reloads on a new build, or shows the errors
//! of a failed build (`/__site-gen/errors`, JSON) over the page. A failed build never replaces
//! the last good one. The site is served from `/` whatever its configured base URL.
//!
//! A full rebuild takes a fraction of a second (see ARCHITECTURE.md), so every change rebuilds
//! the whole site into memory: there is no cache that could go stale.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::io::Write;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{RecvTimeoutError, channel};
use std::sync::{Arc, Condvar, Mutex, PoisonError, RwLock};
use std::time::{Duration, Instant};

use notify::{EventKind, RecursiveMode, Watcher};
use tiny_http::{Header, Method, Request, Response, Server};

use crate::check::percent_decode;
use crate::diag::{Diagnostic, has_errors};
use crate::load::LoadOptions;
use crate::pipeline;

const LIVE_JS: &str = include_str!("live.js");
const PREFIX: &str = "/__site-gen/";
/// Changes closer together than this make one rebuild (an editor saving several files, or
/// writing one in steps).
const DEBOUNCE: Duration = Duration::from_millis(50);
/// What a source folder is watched for: the site's inputs, never its output.
const WATCHED: &[&str] = &["content", "locales", "theme"];
const WORKERS: usize = 4;

pub struct ServeOptions {
    pub load: LoadOptions,
    pub addr: SocketAddr,
}

/// What happens while serving, for the caller to show.
pub enum Event<'a> {
    /// A build finished (the first one has no changed files).
    Built {
        pages: usize,
        took: Duration,
        changed: &'a [String],
        diagnostics: &'a [Diagnostic],
    },
    /// A build failed; the last good one is still served.
    Failed {
        took: Duration,
        changed: &'a [String],
        diagnostics: &'a [Diagnostic],
    },
    /// The server answers at `url`.
    Listening { url: String },
    /// The file watcher reported a problem; serving goes on.
    WatchError(String),
}

/// What is being served.
struct Snapshot {
    /// Output path (`es/asylum/index.html`) → bytes. Shared with the next snapshot when a
    /// build fails.
    files: Arc<BTreeMap<String, Vec<u8>>>,
    /// Output path → the content file to send (images, PDFs).
    assets: Arc<BTreeMap<String, PathBuf>>,
    /// Changes with every good build that changed the output; pages compare it to reload.
    build: String,
    /// The errors of the latest build, when it failed.
    errors: Vec<Diagnostic>,
}

struct Shared {
    snapshot: RwLock<Arc<Snapshot>>,
    /// Counts every published change, for the event streams to wait on.
    version: Mutex<u64>,
    changed: Condvar,
}

impl Shared {
    fn current(&self) -> Arc<Snapshot> {
        Arc::clone(&self.snapshot.read().unwrap_or_else(PoisonError::into_inner))
    }

    fn publish(&self, snapshot: Snapshot) {
        *self
            .snapshot
            .write()
            .unwrap_or_else(PoisonError::into_inner) = Arc::new(snapshot);
        *self.version.lock().unwrap_or_else(PoisonError::into_inner) += 1;
        self.changed.notify_all();
    }
}

/// Builds, listens, and rebuilds on every change until the process is stopped.
pub fn serve(opts: &ServeOptions, on: &mut dyn FnMut(Event)) -> Result<(), Diagnostic> {
    let mut load = opts.load.clone();
    load.base_url = Some("/".into());
    let server = Server::http(opts.addr).map_err(|e| {
        Diagnostic::error(format!("cannot listen on {}: {e}", opts.addr))
            .hint("choose another port with --port")
    })?;
    let addr = server.server_addr().to_ip().unwrap_or(opts.addr);
    let root = std::fs::canonicalize(&load.root)
        .map_err(|e| Diagnostic::error(format!("cannot open {}: {e}", load.root.display())))?;

    // Watch before the first build, so that no change made during it is missed.
    let (tx, rx) = channel();
    let mut watcher = notify::recommended_watcher(tx)
        .map_err(|e| Diagnostic::error(format!("cannot watch files: {e}")))?;
    watcher
        .watch(&root, RecursiveMode::NonRecursive)
        .map_err(|e| Diagnostic::error(format!("cannot watch {}: {e}", root.display())))?;
    let mut watched = HashSet::new();
    watch_folders(&mut watcher, &root, &mut watched);

    let epoch = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis());
    let mut builds = 0u64;
    let mut next_id = || {
        builds += 1;
        format!("{epoch:x}-{builds}")
    };
    let shared = Arc::new(Shared {
        snapshot: RwLock::new(Arc::new(Snapshot {
            files: Arc::default(),
            assets: Arc::default(),
            build: "none".into(),
            errors: Vec::new(),
        })),
        version: Mutex::new(0),
        changed: Condvar::new(),
    });
    rebuild(&load, &shared, &[], &mut next_id, on);

    let server = Arc::new(server);
    for _ in 0..WORKERS {
        let (server, shared) = (Arc::clone(&server), Arc::clone(&shared));
        std::thread::spawn(move || {
            while let Ok(rq) = server.recv() {
                handle(rq, &shared);
            }
        });
    }
    on(Event::Listening {
        url: format!("http://{addr}/"),
    });

    while let Ok(first) = rx.recv() {
        let mut changed = BTreeSet::new();
        let mut note = |event: notify::Result<notify::Event>, on: &mut dyn FnMut(Event)| match event
        {
            Ok(e) => {
                if !matches!(e.kind, EventKind::Access(_)) {
                    changed.extend(e.paths.iter().filter_map(|p| source_of(&root, p)));
                }
            }
            Err(e) => on(Event::WatchError(e.to_string())),
        };
        note(first, on);
        loop {
            match rx.recv_timeout(DEBOUNCE) {
                Ok(e) => note(e, on),
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return Ok(()),
            }
        }
        if changed.is_empty() {
            continue;
        }
        // A folder created or replaced since the start (`theme/`) needs its own watch.
        watched.retain(|p: &PathBuf| p.is_dir());
        watch_folders(&mut watcher, &root, &mut watched);
        // Editors save through temporary files: name the files that are there now.
        let mut changed: Vec<String> = changed.into_iter().collect();
        if changed.iter().any(|c| root.join(c).exists()) {
            changed.retain(|c| root.join(c).exists());
        }
        rebuild(&load, &shared, &changed, &mut next_id, on);
    }
    Ok(())
}

fn watch_folders(watcher: &mut impl Watcher, root: &Path, watched: &mut HashSet<PathBuf>) {
    for name in WATCHED {
        let dir = root.join(name);
        if dir.is_dir()
            && !watched.contains(&dir)
            && watcher.watch(&dir, RecursiveMode::Recursive).is_ok()
        {
            watched.insert(dir);
        }
    }
}

/// The path of a changed file relative to the root, when it is one of the site's inputs.
/// Editors' hidden, swap and backup files are not.
fn source_of(root: &Path, path: &Path) -> Option<String> {
    let rel = path.strip_prefix(root).ok()?;
    let rel = rel.to_string_lossy().replace('\\', "/");
    let name = rel.rsplit('/').next().unwrap_or(&rel);
    let noise = name.starts_with('.')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name == "4913";
    let input = rel == crate::config::FILE
        || WATCHED
            .iter()
            .any(|w| rel == *w || rel.starts_with(&format!("{w}/")));
    (input && !noise).then_some(rel)
}

fn rebuild(
    load: &LoadOptions,
    shared: &Shared,
    changed: &[String],
    next_id: &mut dyn FnMut() -> String,
    on: &mut dyn FnMut(Event),
) {
    let started = Instant::now();
    let (prepared, diagnostics) = pipeline::prepare(load);
    let took = started.elapsed();
    let previous = shared.current();
    match prepared {
        Some((site, output)) if !has_errors(&diagnostics) => {
            let assets: BTreeMap<String, PathBuf> = site
                .assets
                .iter()
                .map(|a| (format!("{}/{}", a.lang, a.key), a.path.clone()))
                .collect();
            let pages = output
                .files
                .keys()
                .filter(|k| k.ends_with("index.html"))
                .count();
            // Reload pages only when something they could show changed.
            let same = *previous.files == output.files
                && *previous.assets == assets
                && !changed
                    .iter()
                    .any(|c| assets.values().any(|p| p.ends_with(c)));
            let build = if same && previous.build != "none" {
                previous.build.clone()
            } else {
                next_id()
            };
            shared.publish(Snapshot {
                files: Arc::new(output.files),
                assets: Arc::new(assets),
                build,
                errors: Vec::new(),
            });
            on(Event::Built {
                pages,
                took,
                changed,
                diagnostics: &diagnostics,
            });
        }
        _ => {
            shared.publish(Snapshot {
                files: Arc::clone(&previous.files),
                assets: Arc::clone(&previous.assets),
                build: previous.build.clone(),
                errors: diagnostics
                    .iter()
                    .filter(|d| d.is_error())
                    .cloned()
                    .collect(),
            });
            on(Event::Failed {
                took,
                changed,
                diagnostics: &diagnostics,
            });
        }
    }
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes())
        .expect("header names and values here are plain ASCII")
}

fn handle(rq: Request, shared: &Arc<Shared>) {
    if !matches!(rq.method(), Method::Get | Method::Head) {
        let _ = rq.respond(Response::from_string("only GET and HEAD").with_status_code(405));
        return;
    }
    let raw = rq.url().split(['?', '#']).next().unwrap_or("/");
    let path = percent_decode(raw);
    if let Some(name) = path.strip_prefix(PREFIX) {
        match name {
            "events" => {
                let shared = Arc::clone(shared);
                // Each open page holds one stream; it must not hold a worker.
                std::thread::spawn(move || events(rq, &shared));
            }
            "live.js" => send(rq, 200, "text/javascript; charset=utf-8", LIVE_JS.into()),
            "errors" => {
                let errors = &shared.current().errors;
                let json = serde_json::to_vec(errors).expect("diagnostics serialise");
                send(rq, 200, "application/json", json);
            }
            _ => send(rq, 404, "text/plain; charset=utf-8", b"not found".to_vec()),
        }
        return;
    }
    let snapshot = shared.current();
    let (status, file, body) = lookup(&snapshot, &path);
    match (status, file) {
        (301, _) => {
            let location = format!("{raw}/");
            let _ = rq.respond(
                Response::empty(301)
                    .with_header(header("Location", &location))
                    .with_header(header("Cache-Control", "no-store")),
            );
        }
        (_, Some(file)) => {
            let kind = content_type(&file);
            let body = if kind.starts_with("text/html") {
                inject(&body, &snapshot.build)
            } else {
                body
            };
            send(rq, status, kind, body);
        }
        (_, None) => send(rq, status, "text/plain; charset=utf-8", body),
    }
}

/// The response for a path: (status, the served file's name for its type, bytes).
fn lookup(s: &Snapshot, path: &str) -> (u16, Option<String>, Vec<u8>) {
    if s.files.is_empty() {
        return (503, Some("index.html".into()), NO_BUILD.as_bytes().to_vec());
    }
    let rel = path.trim_start_matches('/');
    let rel = if rel.is_empty() || rel.ends_with('/') {
        format!("{rel}index.html")
    } else {
        rel.to_string()
    };
    if let Some(bytes) = s.files.get(&rel) {
        return (200, Some(rel), bytes.clone());
    }
    if let Some(bytes) = s.assets.get(&rel).and_then(|p| std::fs::read(p).ok()) {
        return (200, Some(rel), bytes);
    }
    if s.files.contains_key(&format!("{rel}/index.html")) {
        return (301, None, Vec::new());
    }
    match s.files.get("404.html") {
        Some(page) => (404, Some("404.html".into()), page.clone()),
        None => (404, None, b"not found".to_vec()),
    }
}

const NO_BUILD: &str = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>site-gen: the site has errors</title></head>\n<body><h1>The site has errors</h1><p>They are listed in the terminal. This page reloads when they are fixed.</p></body></html>\n";

fn send(rq: Request, status: u16, kind: &str, body: Vec<u8>) {
    let response = Response::from_data(body)
        .with_status_code(status)
        .with_header(header("Content-Type", kind))
        .with_header(header("Cache-Control", "no-store"))
        .with_header(header("X-Content-Type-Options", "nosniff"));
    // A reader who closed the tab is not an error.
    let _ = rq.respond(response);
}

/// The live-reload script tag, before the last `</body>`.
fn inject(html: &[u8], build: &str) -> Vec<u8> {
    let tag = format!("<script src=\"{PREFIX}live.js\" data-build=\"{build}\" defer></script>\n");
    let text = String::from_utf8_lossy(html);
    match text.rfind("</body>") {
        Some(i) => format!("{}{tag}{}", &text[..i], &text[i..]).into_bytes(),
        None => format!("{text}{tag}").into_bytes(),
    }
}

/// One server-sent event per published change (`{"build": …, "errors": n}`), and a comment
/// now and then so that a closed page is noticed.
fn events(rq: Request, shared: &Shared) {
    let mut out = rq.into_writer();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: close\r\n\r\nretry: 1000\n\n";
    if out
        .write_all(head.as_bytes())
        .and_then(|()| out.flush())
        .is_err()
    {
        return;
    }
    let mut seen = None;
    loop {
        let version = {
            let v = shared
                .version
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            if Some(*v) == seen {
                *shared
                    .changed
                    .wait_timeout(v, Duration::from_secs(15))
                    .unwrap_or_else(PoisonError::into_inner)
                    .0
            } else {
                *v
            }
        };
        let message = if Some(version) == seen {
            ": still here\n\n".to_string()
        } else {
            seen = Some(version);
            let s = shared.current();
            format!(
                "data: {{\"build\":\"{}\",\"errors\":{}}}\n\n",
                s.build,
                s.errors.len()
            )
        };
        if out
            .write_all(message.as_bytes())
            .and_then(|()| out.flush())
            .is_err()
        {
            return;
        }
    }
}

fn content_type(file: &str) -> &'static str {
    let ext = file.rsplit_once('.').map_or("", |(_, e)| e);
    match ext.to_ascii_lowercase().as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "xml" => "application/xml; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "txt" | "md" => "text/plain; charset=utf-8",
        "woff2" => "font/woff2",
        _ if file.ends_with("_headers") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snapshot() -> Snapshot {
        let mut files = BTreeMap::new();
        files.insert(
            "index.html".to_string(),
            b"<html><body>root</body></html>".to_vec(),
        );
        files.insert("es/guides/index.html".to_string(), b"guides".to_vec());
        files.insert("404.html".to_string(), b"<body>nope</body>".to_vec());
        files.insert("style.css".to_string(), b"body{}".to_vec());
        Snapshot {
            files: Arc::new(files),
            assets: Arc::default(),
            build: "b1".into(),
            errors: Vec::new(),
        }
    }

    #[test]
    fn paths_map_to_files() {
        let s = snapshot();
        assert_eq!(lookup(&s, "/").0, 200);
        assert_eq!(lookup(&s, "/es/guides/").2, b"guides");
        assert_eq!(lookup(&s, "/es/guides").0, 301);
        assert_eq!(lookup(&s, "/style.css").1.as_deref(), Some("style.css"));
        let (status, file, _) = lookup(&s, "/nope/");
        assert_eq!((status, file.as_deref()), (404, Some("404.html")));
    }

    #[test]
    fn the_script_goes_before_the_body_ends() {
        let out = String::from_utf8(inject(b"<body>x</body></html>", "b7")).unwrap();
        assert_eq!(
            out,
            "<body>x<script src=\"/__site-gen/live.js\" data-build=\"b7\" defer></script>\n</body></html>"
        );
    }

    #[test]
    fn types() {
        assert_eq!(content_type("screener/engine_bg.wasm"), "application/wasm");
        assert_eq!(content_type("es/index.html"), "text/html; charset=utf-8");
        assert_eq!(
            content_type("sitemap.xml"),
            "application/xml; charset=utf-8"
        );
        assert_eq!(content_type("a/photo.JPG"), "image/jpeg");
    }

    #[test]
    fn only_inputs_trigger_rebuilds() {
        let root = Path::new("/site");
        let f = |p: &str| source_of(root, Path::new(p));
        assert_eq!(
            f("/site/content/en/a.md").as_deref(),
            Some("content/en/a.md")
        );
        assert_eq!(f("/site/site.toml").as_deref(), Some("site.toml"));
        assert_eq!(f("/site/public/index.html"), None);
        assert_eq!(f("/site/content/en/.a.md.swp"), None);
        assert_eq!(f("/site/content/en/a.md~"), None);
    }
}
