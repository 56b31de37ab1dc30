//! `site-gen serve`: the site built into memory and served on this computer, rebuilt when a
//! source changes, with open pages reloading themselves.
//!
//! Only here do pages carry a script the built site does not have: every HTML response gets
//! `<script src="/__site-gen/live.js" defer>` before `</body>`. The script follows
//! `/__site-gen/events` (server-sent events) and reloads on a new build, or shows the errors
//! of a failed build (`/__site-gen/errors`, JSON) over the page. A failed build never replaces
//! the last good one. The site is served from `/` whatever its configured base URL.
//!
//! The built site stays in memory ([`pipeline::Live`]): an edit to pages under
//! `content/<lang>/` re-renders only the pages that show something of them; any other change
//! (configuration, locales, theme, directory, screener, assets, a page added, removed or moved)
//! rebuilds the whole site. Either way the result is what a full build of the same files gives.
//!
//! What a web page elsewhere, or a careless client, can do to it is bounded: requests naming
//! another host than this computer are refused (a DNS rebinding page could otherwise read
//! drafts and errors), redirects are built from the cleaned path (never `//other.host/`),
//! `.` and `..` are refused, and connections, request heads and live-reload streams are capped
//! (`http.rs`, `events.rs`).

mod events;
mod http;

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{RecvTimeoutError, channel};
use std::sync::{Arc, Condvar, Mutex, PoisonError, RwLock};
use std::time::{Duration, Instant};

use notify::{EventKind, RecursiveMode, Watcher};

use crate::diag::Diagnostic;
use crate::load::LoadOptions;
use crate::pipeline::{self, Live, Update};
use events::Streams;
use http::{Body, Connection, Method, Request, Response};

const LIVE_JS: &str = include_str!("live.js");
const PREFIX: &str = "/__site-gen/";
/// Changes closer together than this make one rebuild (an editor saving several files, or
/// writing one in steps, a `git checkout`).
const DEBOUNCE: Duration = Duration::from_millis(50);
/// The same for edits to pages only, which are applied in a few milliseconds: an editor's save
/// (a rename, or a truncate and a write) reports its events within a millisecond or two, and a
/// save caught half way costs one more such update, since each one reads the files again.
const QUICK: Duration = Duration::from_millis(10);
/// What a source folder is watched for: the site's inputs, never its output.
const WATCHED: &[&str] = &["content", "locales", "theme"];
/// How often open pages are sent a comment, to notice the closed ones.
const PING: Duration = Duration::from_secs(15);

/// What `site-gen serve` needs: the site to load and the address to listen on.
pub struct ServeOptions {
    /// Where the site is and how to load it; `base_url` is replaced by `/`.
    pub load: LoadOptions,
    /// The address and port to listen on; port 0 picks a free one.
    pub addr: SocketAddr,
}

/// What happens while serving, for the caller to show.
pub enum Event<'a> {
    /// A build finished (the first one has no changed files).
    Built {
        /// How many HTML pages the site has.
        pages: usize,
        /// How many of the pages were rendered: all of them, or after an edit to pages only
        /// those that show something of it.
        rendered: usize,
        /// How long the build took.
        took: Duration,
        /// The input files that changed, relative to the root.
        changed: &'a [String],
        /// Every problem of the site, warnings included.
        diagnostics: &'a [Diagnostic],
    },
    /// A build failed; the last good one is still served.
    Failed {
        /// How long the failed build took.
        took: Duration,
        /// The input files that changed, relative to the root.
        changed: &'a [String],
        /// Every problem of the site, the errors among them.
        diagnostics: &'a [Diagnostic],
    },
    /// The server answers at `url`.
    Listening {
        /// The address to open in a browser, `http://<address>:<port>/`.
        url: String,
    },
    /// The file watcher reported a problem; serving goes on.
    WatchError(String),
}

/// What is being served.
struct Snapshot {
    /// Output path (`es/asylum/index.html`) → bytes. Shared with the next snapshot when a
    /// build fails, and file by file with the next build.
    files: Arc<pipeline::Files>,
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
    streams: Streams,
}

impl Shared {
    fn current(&self) -> Arc<Snapshot> {
        Arc::clone(&self.snapshot.read().unwrap_or_else(PoisonError::into_inner))
    }

    /// The version and the event announcing it to open pages: `{"build": …, "errors": n}`.
    /// The version is read first, and a snapshot is published before its version: the event
    /// is never older than the version it is sent as.
    fn state(&self) -> events::State {
        let version = *self.version.lock().unwrap_or_else(PoisonError::into_inner);
        let s = self.current();
        let event = format!(
            "data: {{\"build\":\"{}\",\"errors\":{}}}\n\n",
            s.build,
            s.errors.len()
        );
        (version, event)
    }

    /// Tells open pages of every published change, and pings them now and then.
    fn announce(&self) {
        let mut heard = *self.version.lock().unwrap_or_else(PoisonError::into_inner);
        loop {
            let (version, quiet) = {
                let v = self.version.lock().unwrap_or_else(PoisonError::into_inner);
                if *v == heard {
                    let (v, wait) = self
                        .changed
                        .wait_timeout(v, PING)
                        .unwrap_or_else(PoisonError::into_inner);
                    (*v, wait.timed_out())
                } else {
                    (*v, false)
                }
            };
            heard = version;
            self.streams.publish(|| self.state(), quiet);
        }
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
    let listener = TcpListener::bind(opts.addr).map_err(|e| {
        Diagnostic::error(format!("cannot listen on {}: {e}", opts.addr))
            .hint("choose another port with --port")
    })?;
    let addr = listener.local_addr().unwrap_or(opts.addr);
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
        streams: Streams::default(),
    });
    let mut live = None;
    rebuild(&load, &shared, &mut live, &[], &[], &mut next_id, on);

    let announcer = Arc::clone(&shared);
    std::thread::Builder::new()
        .name("serve-events".into())
        .spawn(move || announcer.announce())
        .map_err(|e| Diagnostic::error(format!("cannot start a thread: {e}")))?;
    let server = Arc::clone(&shared);
    http::serve(listener, move |rq, conn| handle(rq, conn, &server))
        .map_err(|e| Diagnostic::error(format!("cannot start a thread: {e}")))?;
    on(Event::Listening {
        url: format!("http://{addr}/"),
    });

    while let Ok(first) = rx.recv() {
        let mut changed = BTreeSet::new();
        let note = |event: notify::Result<notify::Event>,
                    changed: &mut BTreeSet<String>,
                    on: &mut dyn FnMut(Event)| match event {
            Ok(e) => {
                if !matches!(e.kind, EventKind::Access(_)) {
                    changed.extend(e.paths.iter().filter_map(|p| source_of(&root, p)));
                }
            }
            Err(e) => on(Event::WatchError(e.to_string())),
        };
        note(first, &mut changed, on);
        loop {
            let quiet = if changed.iter().all(|c| is_page(c)) {
                QUICK
            } else {
                DEBOUNCE
            };
            match rx.recv_timeout(quiet) {
                Ok(e) => note(e, &mut changed, on),
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
        // Editors save through temporary files: name the files that are there now (the build
        // still looks at every path, to notice a removed page).
        let changed: Vec<String> = changed.into_iter().collect();
        let mut shown = changed.clone();
        if shown.iter().any(|c| root.join(c).exists()) {
            shown.retain(|c| root.join(c).exists());
        }
        rebuild(
            &load,
            &shared,
            &mut live,
            &changed,
            &shown,
            &mut next_id,
            on,
        );
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

/// True for a Markdown page under `content/<lang>/`: a change that can usually be applied
/// without a full rebuild.
fn is_page(rel: &str) -> bool {
    rel.ends_with(".md")
        && rel
            .strip_prefix("content/")
            .and_then(|r| r.split_once('/'))
            .is_some_and(|(lang, _)| !crate::load::RESERVED.contains(&lang))
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

/// Applies `changed` to the site in memory, or builds it whole (the first time, after a failed
/// full build, or for a change an edit to pages cannot apply), and publishes the result.
fn rebuild(
    load: &LoadOptions,
    shared: &Shared,
    live: &mut Option<Live>,
    changed: &[String],
    shown: &[String],
    next_id: &mut dyn FnMut() -> String,
    on: &mut dyn FnMut(Event),
) {
    let started = Instant::now();
    let previous = shared.current();
    if let Some(current) = live.as_mut().filter(|_| !changed.is_empty()) {
        match current.update(changed) {
            Update::Applied {
                rendered,
                changed: files,
                diagnostics,
            } => {
                // Reload pages only when something they could show changed.
                let build = if files.is_empty() && previous.build != "none" {
                    previous.build.clone()
                } else {
                    next_id()
                };
                // Told before it is served: whoever sees the new pages can read the line.
                on(Event::Built {
                    pages: current.pages(),
                    rendered: rendered.iter().filter(|p| p.ends_with(".html")).count(),
                    took: started.elapsed(),
                    changed: shown,
                    diagnostics: &diagnostics,
                });
                shared.publish(Snapshot {
                    files: Arc::new(current.files().clone()),
                    assets: Arc::clone(&previous.assets),
                    build,
                    errors: Vec::new(),
                });
                return;
            }
            Update::Failed { diagnostics } => {
                on(Event::Failed {
                    took: started.elapsed(),
                    changed: shown,
                    diagnostics: &diagnostics,
                });
                publish_errors(shared, &previous, &diagnostics);
                return;
            }
            Update::Full => {}
        }
    }
    // The previous site is not needed to build the next one.
    *live = None;
    match Live::build(load) {
        Ok(built) => {
            let took = started.elapsed();
            let diagnostics = built.diagnostics();
            let assets: BTreeMap<String, PathBuf> = built
                .site()
                .assets
                .iter()
                .map(|a| (format!("{}/{}", a.lang, a.key), a.path.clone()))
                .collect();
            // Reload pages only when something they could show changed.
            let same = *previous.files == *built.files()
                && *previous.assets == assets
                && !changed
                    .iter()
                    .any(|c| assets.values().any(|p| p.ends_with(c)));
            let build = if same && previous.build != "none" {
                previous.build.clone()
            } else {
                next_id()
            };
            on(Event::Built {
                pages: built.pages(),
                rendered: built.pages(),
                took,
                changed: shown,
                diagnostics: &diagnostics,
            });
            shared.publish(Snapshot {
                files: Arc::new(built.files().clone()),
                assets: Arc::new(assets),
                build,
                errors: Vec::new(),
            });
            *live = Some(built);
        }
        Err(diagnostics) => {
            on(Event::Failed {
                took: started.elapsed(),
                changed: shown,
                diagnostics: &diagnostics,
            });
            publish_errors(shared, &previous, &diagnostics);
        }
    }
}

/// Keeps serving the last good build, with the errors of the latest one.
fn publish_errors(shared: &Shared, previous: &Snapshot, diagnostics: &[Diagnostic]) {
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
}

/// What answers requests outside the allowed hosts (see [`http::local_host`]).
const OTHER_HOST: &str = "site-gen serve answers only requests for localhost, a name under .localhost, or an IP address; this one named another host";

fn handle(rq: Request, conn: Connection, shared: &Shared) {
    if !http::local_host(&rq.host) {
        return conn.respond(Response::text(421, OTHER_HOST));
    }
    let raw = rq.target.split(['?', '#']).next().unwrap_or("/");
    let decoded = percent_encoding::percent_decode_str(raw)
        .decode_utf8_lossy()
        .to_string();
    let Some(clean) = clean_path(&decoded) else {
        return conn.respond(Response::text(400, "bad path: `.` and `..` are not served"));
    };
    if let Some(name) = decoded.strip_prefix(PREFIX) {
        let js = "text/javascript; charset=utf-8";
        let response = match name {
            "events" if rq.method == Method::Get => {
                // Each open page holds one stream; it holds no thread.
                return shared.streams.open(conn.into_stream(), || shared.state());
            }
            "events" => Response::new(200, "text/event-stream", Body::Bytes(Vec::new())),
            "live.js" => Response::new(200, js, Body::Bytes(LIVE_JS.into())),
            "errors" => {
                let errors = &shared.current().errors;
                let json = serde_json::to_vec(errors).expect("diagnostics serialise");
                Response::new(200, "application/json", Body::Bytes(json))
            }
            _ => Response::text(404, "not found"),
        };
        return conn.respond(response);
    }
    let snapshot = shared.current();
    let (status, file, body) = lookup(&snapshot, &clean);
    // Redirects lead to the clean path (one leading slash: never `//other.host/`), and only
    // to a page or file that exists.
    let location = match status {
        301 => Some(format!("{clean}/")),
        200 if clean != decoded => Some(clean),
        _ => None,
    };
    if let Some(location) = location {
        let r = Response::new(301, "text/plain; charset=utf-8", Body::Bytes(Vec::new()));
        return conn.respond(r.header("Location", encode_path(&location)));
    }
    let response = match file {
        Some(file) if content_type(&file).starts_with("text/html") => {
            let html = match body {
                Body::Bytes(b) => b,
                Body::Shared(b) => b.to_vec(),
                Body::File(p) => std::fs::read(p).unwrap_or_default(),
            };
            let html = inject(&html, &snapshot.build);
            Response::new(status, content_type(&file), Body::Bytes(html))
        }
        Some(file) => Response::new(status, content_type(&file), body),
        None => Response::new(status, "text/plain; charset=utf-8", body),
    };
    conn.respond(response);
}

/// A request's decoded path with repeated slashes collapsed and one leading slash (a trailing
/// one kept); `None` when it does not start with `/` or has a `.` or `..` segment.
fn clean_path(decoded: &str) -> Option<String> {
    let rest = decoded.strip_prefix('/')?;
    let mut clean = String::with_capacity(decoded.len());
    for segment in rest.split('/') {
        match segment {
            "" => {}
            "." | ".." => return None,
            s => {
                clean.push('/');
                clean.push_str(s);
            }
        }
    }
    if clean.is_empty() || decoded.ends_with('/') {
        clean.push('/');
    }
    Some(clean)
}

/// A path percent-encoded for a `Location` header: everything but unreserved characters, `/`
/// and sub-delimiters, so that no `?`, `#`, `%` or non-ASCII byte changes its meaning.
fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~!$&'()*+,;=:@".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The response for a clean path: (status, the served file's name for its type, body). 301
/// means "the same path with a slash".
fn lookup(s: &Snapshot, path: &str) -> (u16, Option<String>, Body) {
    if s.files.is_empty() {
        return (503, Some("index.html".into()), Body::Bytes(NO_BUILD.into()));
    }
    let rel = path.trim_start_matches('/');
    let rel = if rel.is_empty() || rel.ends_with('/') {
        format!("{rel}index.html")
    } else {
        rel.to_string()
    };
    if let Some(bytes) = s.files.get(&rel) {
        return (200, Some(rel), Body::Shared(Arc::clone(bytes)));
    }
    if let Some(p) = s.assets.get(&rel).filter(|p| p.is_file()) {
        return (200, Some(rel), Body::File(p.clone()));
    }
    if s.files.contains_key(&format!("{rel}/index.html")) {
        return (301, None, Body::Bytes(Vec::new()));
    }
    match s.files.get("404.html") {
        Some(page) => (404, Some("404.html".into()), Body::Shared(Arc::clone(page))),
        None => (404, None, Body::Bytes(b"not found".to_vec())),
    }
}

const NO_BUILD: &str = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>site-gen: the site has errors</title></head>\n<body><h1>The site has errors</h1><p>They are listed in the terminal. This page reloads when they are fixed.</p></body></html>\n";

/// The live-reload script tag, before the last `</body>`.
fn inject(html: &[u8], build: &str) -> Vec<u8> {
    let tag = format!("<script src=\"{PREFIX}live.js\" data-build=\"{build}\" defer></script>\n");
    let text = String::from_utf8_lossy(html);
    match text.rfind("</body>") {
        Some(i) => format!("{}{tag}{}", &text[..i], &text[i..]).into_bytes(),
        None => format!("{text}{tag}").into_bytes(),
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
        let mut files = pipeline::Files::default();
        for (path, bytes) in [
            ("index.html", &b"<html><body>root</body></html>"[..]),
            ("es/guides/index.html", b"guides"),
            ("404.html", b"<body>nope</body>"),
            ("style.css", b"body{}"),
        ] {
            files.insert(path.to_string(), Arc::new(bytes.to_vec()));
        }
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
        assert!(
            matches!(lookup(&s, "/es/guides/").2, Body::Shared(b) if b.as_slice() == b"guides")
        );
        assert_eq!(lookup(&s, "/es/guides").0, 301);
        assert_eq!(lookup(&s, "/style.css").1.as_deref(), Some("style.css"));
        let (status, file, _) = lookup(&s, "/nope/");
        assert_eq!((status, file.as_deref()), (404, Some("404.html")));
    }

    #[test]
    fn paths_are_cleaned_before_anything_else() {
        let clean = |p: &str| clean_path(p);
        assert_eq!(clean("/").as_deref(), Some("/"));
        assert_eq!(clean("//").as_deref(), Some("/"));
        assert_eq!(clean("//en/asylum").as_deref(), Some("/en/asylum"));
        assert_eq!(clean("///en//asylum//").as_deref(), Some("/en/asylum/"));
        assert_eq!(clean("/en/asylum/").as_deref(), Some("/en/asylum/"));
        assert_eq!(clean("//evil.example/").as_deref(), Some("/evil.example/"));
        for refused in ["/en/../x", "/..", "/./en/", "/en/.", "en/", "", "*"] {
            assert_eq!(clean(refused), None, "{refused}");
        }
    }

    #[test]
    fn locations_are_encoded_paths() {
        assert_eq!(encode_path("/en/asylum/"), "/en/asylum/");
        assert_eq!(encode_path("/es/guías/"), "/es/gu%C3%ADas/");
        assert_eq!(encode_path("/a b/%/?/#/"), "/a%20b/%25/%3F/%23/");
        assert_eq!(encode_path("/\\x\r\n"), "/%5Cx%0D%0A");
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

    #[test]
    fn pages_are_markdown_under_a_language() {
        assert!(is_page("content/en/guides/a.md"));
        assert!(is_page("content/es/_index.md"));
        assert!(!is_page("content/en/guides/photo.png"));
        assert!(!is_page("content/screener/questions.md"));
        assert!(!is_page("content/directory.toml"));
        assert!(!is_page("theme/templates/page.html"));
        assert!(!is_page("content/a.md"));
    }
}
