//! The real-browser harness for `tests/tests/browser.rs`: the shipped site built once, a static
//! server on 127.0.0.1 that records every request, and Debian's Chromium driven through
//! chromedriver (WebDriver), with axe-core, resource timing, storage and console-log helpers.
//!
//! Everything is shared by one test binary and built lazily: the site, the server, the driver,
//! and one browser session per [`Js`] mode. [`browser`] hands out a [`Browser`] that holds a
//! global lock, so browser tests in the same binary run one at a time whatever the test
//! harness's thread count, and the server's request log belongs to the holder.
//!
//! When Chromium or chromedriver is missing, [`browser`] fails the test with install
//! instructions, unless `SKIP_BROWSER_TESTS=1` is set outside CI (`CI=true` never skips).
//!
//! Adding a page test (the screener, say):
//!
//! ```ignore
//! let Some(mut b) = browser(Js::On) else { return };
//! b.goto("/en/screener/");
//! b.wait_until("document.querySelector('#screener fieldset')", Duration::from_secs(10));
//! b.click("#screener .option label");
//! assert!(b.axe().is_empty());
//! assert!(b.csp_messages().is_empty());
//! assert!(b.storage().is_empty());
//! let requests = b.server().requests(); // every GET since browser() or Server::clear
//! ```

use std::collections::BTreeMap;
use std::fs;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Component, Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder};
use serde_json::{Value, json};

pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// A phone-sized window: the readers this site is for are mostly on phones.
pub const WINDOW: (u32, u32) = (412, 915);

// ---------------------------------------------------------------------------------------------
// Availability: fail loudly, skip only when asked to and never in CI.

/// Whether the browser tests can run. `None` means "skip" (printed loudly); a missing browser
/// without `SKIP_BROWSER_TESTS=1`, or anywhere with `CI=true`, panics with how to install it.
pub fn require_browser() -> Option<()> {
    let missing: Vec<&str> = [CHROMIUM, CHROMEDRIVER]
        .into_iter()
        .filter(|p| !Path::new(p).exists())
        .collect();
    if missing.is_empty() {
        return Some(());
    }
    let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    let skip = std::env::var("SKIP_BROWSER_TESTS").is_ok_and(|v| v == "1");
    let how = format!(
        "missing {}. Run `cargo xtask test`, which installs Debian's Chromium and its driver \
         (same version) and then runs the tests, or install them yourself: \
         `apt-get update && apt-get install -y chromium chromium-driver`. To skip the \
         real-browser tests locally, set SKIP_BROWSER_TESTS=1 (ignored when CI=true).",
        missing.join(" and ")
    );
    if skip && !ci {
        eprintln!(
            "\n!!!!!!!! SKIPPING REAL-BROWSER TEST (SKIP_BROWSER_TESTS=1): {how}\n\
             !!!!!!!! This test did NOT check anything.\n"
        );
        return None;
    }
    panic!("real-browser tests cannot run: {how}");
}

// ---------------------------------------------------------------------------------------------
// Temporary folders removed at exit (statics are never dropped).

static CLEANUP: Mutex<Vec<tempfile::TempDir>> = Mutex::new(Vec::new());

fn temp_dir(prefix: &str) -> PathBuf {
    static AT_EXIT: std::sync::Once = std::sync::Once::new();
    AT_EXIT.call_once(|| {
        atexit(clean_up_at_exit);
    });
    let dir = tempfile::Builder::new()
        .prefix(prefix)
        .tempdir()
        .expect("create a temporary folder");
    let path = dir.path().to_path_buf();
    lock(&CLEANUP).push(dir);
    path
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A failed assertion while a test holds a lock poisons it; the state is still usable.
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

// ---------------------------------------------------------------------------------------------
// The shipped site, built once per test binary.

/// The output folder of the shipped site (the repository root), built once with base URL `/`
/// so that it serves from the root of the test server.
pub fn shipped_site() -> &'static Path {
    static SITE: OnceLock<PathBuf> = OnceLock::new();
    SITE.get_or_init(|| {
        let out = temp_dir("site-gen-browser-").join("public");
        let opts = site_gen::BuildOptions {
            load: site_gen::load::LoadOptions {
                root: crate::repo_root(),
                base_url: Some("/".into()),
                drafts: false,
            },
            out: out.clone(),
        };
        if let Err(diags) = site_gen::build(&opts) {
            let msgs: Vec<String> = diags.iter().map(|d| format!("{d:?}")).collect();
            panic!("the shipped site does not build:\n{}", msgs.join("\n"));
        }
        out
    })
}

/// Where [`withheld_site`] is served.
pub const WITHHELD: &str = "/withheld/";

/// The shipped site again, with one Dari guide (`asylum/one-year-deadline.md`) left out, built
/// on first use into the shipped site's folder and so served under [`WITHHELD`]: a
/// right-to-left page whose body is the English fallback, which the shipped site itself may
/// no longer have (every guide is translated into Arabic and Dari).
pub fn withheld_site() -> &'static str {
    static SITE: OnceLock<()> = OnceLock::new();
    SITE.get_or_init(|| {
        let root = crate::repo_root();
        let copy = temp_dir("site-gen-withheld-");
        for part in ["site.toml", "content", "locales", "theme"] {
            copy_tree(&root.join(part), &copy.join(part));
        }
        fs::remove_file(copy.join("content/prs/asylum/one-year-deadline.md"))
            .expect("the Dari guide to leave out");
        let opts = site_gen::BuildOptions {
            load: site_gen::load::LoadOptions {
                root: copy,
                base_url: Some(WITHHELD.into()),
                drafts: false,
            },
            out: shipped_site().join(WITHHELD.trim_matches('/')),
        };
        if let Err(diags) = site_gen::build(&opts) {
            let msgs: Vec<String> = diags.iter().map(|d| format!("{d:?}")).collect();
            panic!(
                "the site with a guide left out does not build:\n{}",
                msgs.join("\n")
            );
        }
    });
    WITHHELD
}

fn copy_tree(from: &Path, to: &Path) {
    if from.is_file() {
        fs::copy(from, to).unwrap_or_else(|e| panic!("copying {}: {e}", from.display()));
        return;
    }
    fs::create_dir_all(to).expect("create a folder");
    for e in fs::read_dir(from).into_iter().flatten().flatten() {
        copy_tree(&e.path(), &to.join(e.file_name()));
    }
}

// ---------------------------------------------------------------------------------------------
// The static server.

/// One request the server received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub method: String,
    /// The request target as sent (path and query).
    pub path: String,
}

/// A static file server on 127.0.0.1 for a built site: `index.html` for folders, `404.html`
/// with status 404, the headers of the site's `_headers` file (its CSP among them), and
/// `Cache-Control: no-store` so every page load asks for every file again. It records every
/// request.
pub struct Server {
    pub origin: String,
    log: Arc<Mutex<Vec<Request>>>,
}

impl Server {
    pub fn start(root: &Path) -> Server {
        let server = tiny_http::Server::http("127.0.0.1:0").expect("bind the test server");
        let port = server.server_addr().to_ip().expect("an IP listener").port();
        let log = Arc::new(Mutex::new(Vec::new()));
        let headers = read_headers_file(&root.join("_headers"));
        let root = root.to_path_buf();
        let thread_log = Arc::clone(&log);
        thread::Builder::new()
            .name("static-server".into())
            .spawn(move || {
                for req in server.incoming_requests() {
                    lock(&thread_log).push(Request {
                        method: req.method().as_str().to_string(),
                        path: req.url().to_string(),
                    });
                    let resp = respond(&root, &headers, req.url());
                    let _ = req.respond(resp);
                }
            })
            .expect("spawn the server thread");
        Server {
            origin: format!("http://127.0.0.1:{port}"),
            log,
        }
    }

    /// Every request since the last [`Server::clear`].
    pub fn requests(&self) -> Vec<Request> {
        lock(&self.log).clone()
    }

    pub fn clear(&self) {
        lock(&self.log).clear();
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.origin)
    }
}

/// The one server for the shipped site.
pub fn server() -> &'static Server {
    static SERVER: OnceLock<Server> = OnceLock::new();
    SERVER.get_or_init(|| Server::start(shipped_site()))
}

/// `_headers` (Netlify/Cloudflare format): a path pattern, then indented `Name: value` lines.
fn read_headers_file(path: &Path) -> Vec<(String, String, String)> {
    let Ok(text) = fs::read_to_string(path) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut pattern = String::new();
    for line in text.lines() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if !line.starts_with([' ', '\t']) {
            pattern = line.trim().to_string();
        } else if let Some((name, value)) = line.trim().split_once(':') {
            out.push((pattern.clone(), name.trim().into(), value.trim().into()));
        }
    }
    out
}

fn pattern_matches(pattern: &str, path: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => path.starts_with(prefix),
        None => pattern == path,
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        _ => "application/octet-stream",
    }
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = b
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        if let (b'%', Some(Ok(v))) = (b[i], hex.map(|h| u8::from_str_radix(h, 16))) {
            out.push(v);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

type Response = tiny_http::Response<std::io::Cursor<Vec<u8>>>;

fn respond(root: &Path, headers: &[(String, String, String)], target: &str) -> Response {
    let path = percent_decode(target.split(['?', '#']).next().unwrap_or("/"));
    let rel = Path::new(path.trim_start_matches('/'));
    let safe = rel.components().all(|c| matches!(c, Component::Normal(_)));
    let mut file = root.join(rel);
    let mut status = 200;
    if safe && file.is_dir() {
        if !path.ends_with('/') {
            let mut r = Response::from_data(Vec::new()).with_status_code(301);
            r.add_header(header("Location", &format!("{path}/")));
            return r;
        }
        file = file.join("index.html");
    }
    if !safe || !file.is_file() {
        status = 404;
        file = root.join("404.html");
    }
    let body = fs::read(&file).unwrap_or_default();
    let mut r = Response::from_data(body).with_status_code(status);
    r.add_header(header("Content-Type", content_type(&file)));
    r.add_header(header("Cache-Control", "no-store"));
    for (pattern, name, value) in headers {
        if pattern_matches(pattern, &path) {
            r.add_header(header(name, value));
        }
    }
    r
}

fn header(name: &str, value: &str) -> tiny_http::Header {
    tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("a valid header")
}

/// A plain HTTP/1.0 GET to the test server: status line, headers (lower-case names), body.
pub fn http_get(path: &str) -> (u16, BTreeMap<String, String>, Vec<u8>) {
    let addr = server().origin.trim_start_matches("http://").to_string();
    let mut s = TcpStream::connect(&addr).expect("connect to the test server");
    write!(s, "GET {path} HTTP/1.0\r\nHost: {addr}\r\n\r\n").expect("send");
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).expect("read the response");
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a header block");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|c| c.parse().ok())
        .expect("a status line");
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    (status, headers, raw[split + 4..].to_vec())
}

// ---------------------------------------------------------------------------------------------
// chromedriver, in its own process group, killed as a group.

/// chromedriver and every browser it started. Dropping it kills the whole process group and
/// waits, so a failed test never leaves a driver or a browser holding the output pipe.
pub struct Driver {
    child: Child,
    pub url: String,
}

unsafe extern "C" {
    safe fn kill(pid: i32, sig: i32) -> i32;
    safe fn atexit(f: extern "C" fn()) -> i32;
}
const SIGKILL: i32 = 9;

impl Driver {
    pub fn start() -> Driver {
        let port = free_port();
        let child = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .unwrap_or_else(|e| panic!("starting {CHROMEDRIVER}: {e}"));
        let driver = Driver {
            child,
            url: format!("http://127.0.0.1:{port}/"),
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "chromedriver did not listen on port {port} within 30 s"
            );
            thread::sleep(Duration::from_millis(50));
        }
        driver
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        // The group id is the driver's pid (process_group(0)); browsers inherit it.
        let pgid = self.child.id() as i32;
        kill(-pgid, SIGKILL);
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("find a free port")
        .port()
}

// ---------------------------------------------------------------------------------------------
// The shared browser sessions.

/// Whether the page may run JavaScript.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Js {
    On,
    /// Chromium's content setting (`profile.managed_default_content_settings.javascript: 2`):
    /// page scripts never run. WebDriver's own script commands still work.
    Off,
}

struct Shared {
    rt: tokio::runtime::Runtime,
    driver: Option<Driver>,
    sessions: BTreeMap<bool, Client>,
}

static SHARED: OnceLock<Mutex<Shared>> = OnceLock::new();

/// Registered with `atexit` by the first temporary folder (statics are never dropped): kills
/// chromedriver and its browsers, then removes the site and the browser profiles.
extern "C" fn clean_up_at_exit() {
    if let Some(shared) = SHARED.get() {
        drop(lock(shared).driver.take());
    }
    lock(&CLEANUP).clear();
}

/// The browser, in the given mode, for one test at a time; `None` when skipping (see
/// [`require_browser`]). The server's request log is cleared.
pub fn browser(js: Js) -> Option<Browser> {
    require_browser()?;
    let server = server();
    let shared = SHARED.get_or_init(|| {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a tokio runtime");
        Mutex::new(Shared {
            rt,
            driver: None,
            sessions: BTreeMap::new(),
        })
    });
    let mut guard = lock(shared);
    let g = &mut *guard;
    let driver = g.driver.get_or_insert_with(Driver::start);
    let key = js == Js::On;
    if !g.sessions.contains_key(&key) {
        let caps = capabilities(js);
        let url = driver.url.clone();
        let client = g.rt.block_on(async {
            ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
                .capabilities(caps)
                .connect(&url)
                .await
        });
        let client =
            client.unwrap_or_else(|e| panic!("starting Chromium through chromedriver: {e}"));
        g.sessions.insert(key, client);
    }
    server.clear();
    Some(Browser { guard, js: key })
}

fn capabilities(js: Js) -> fantoccini::wd::Capabilities {
    let profile = temp_dir("chromium-profile-");
    let args = vec![
        "--headless".to_string(),
        "--no-sandbox".into(),
        "--disable-gpu".into(),
        "--disable-quic".into(),
        "--no-first-run".into(),
        "--disable-background-networking".into(),
        "--disable-component-update".into(),
        "--disable-sync".into(),
        "--disable-dev-shm-usage".into(),
        format!("--user-data-dir={}", profile.display()),
        // Any request off this machine fails fast, but still shows in resource timing.
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1".into(),
        format!("--window-size={},{}", WINDOW.0, WINDOW.1),
        "--lang=en-US".into(),
    ];
    let mut options = json!({ "binary": CHROMIUM, "args": args });
    if js == Js::Off {
        options["prefs"] = json!({ "profile.managed_default_content_settings.javascript": 2 });
    }
    let caps = json!({
        "browserName": "chrome",
        "goog:chromeOptions": options,
        "goog:loggingPrefs": { "browser": "ALL" },
        "timeouts": { "script": 30_000, "pageLoad": 30_000 },
    });
    match caps {
        Value::Object(m) => m,
        _ => unreachable!(),
    }
}

/// One axe-core violation, with the CSS selectors of the offending nodes.
#[derive(Debug, Clone)]
pub struct Violation {
    pub id: String,
    pub impact: String,
    pub help: String,
    pub help_url: String,
    pub targets: Vec<String>,
    /// The failure summary of the first node ("Fix any of the following: …").
    pub summary: String,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "[{}] {}: {} ({})",
            self.impact, self.id, self.help, self.help_url
        )?;
        for t in self.targets.iter().take(8) {
            writeln!(f, "      at {t}")?;
        }
        if self.targets.len() > 8 {
            writeln!(f, "      … and {} more", self.targets.len() - 8)?;
        }
        for line in self.summary.lines() {
            writeln!(f, "      {line}")?;
        }
        Ok(())
    }
}

/// The storage a page can reach: all of it must stay empty on this site's guide pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Storage {
    pub local_storage: u64,
    pub session_storage: u64,
    pub cookie: String,
    pub indexed_db: Vec<String>,
    pub caches: Vec<String>,
}

impl Storage {
    pub fn is_empty(&self) -> bool {
        self.local_storage == 0
            && self.session_storage == 0
            && self.cookie.is_empty()
            && self.indexed_db.is_empty()
            && self.caches.is_empty()
    }
}

/// One browser console entry (`level` is SEVERE, WARNING, INFO…).
#[derive(Debug, Clone)]
pub struct LogEntry {
    pub level: String,
    pub source: String,
    pub message: String,
}

/// chromedriver's own command for the browser console (`goog:loggingPrefs`); reading it
/// empties chromedriver's buffer.
#[derive(Debug)]
struct GetBrowserLog;

impl WebDriverCompatibleCommand for GetBrowserLog {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/se/log", session_id.unwrap_or("")))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(r#"{"type":"browser"}"#.into()))
    }
}

/// A browser session, held by one test at a time. Every method panics with the WebDriver
/// error when the browser fails: a test that drives a browser has no use for a broken one.
pub struct Browser {
    guard: MutexGuard<'static, Shared>,
    js: bool,
}

impl Browser {
    /// The fantoccini client, for what the helpers below do not cover (forms, keys, windows);
    /// run its futures with [`Browser::run`].
    pub fn client(&self) -> &Client {
        &self.guard.sessions[&self.js]
    }

    /// Runs a future (a fantoccini call) to completion on the harness's runtime.
    pub fn run<T>(&self, f: impl std::future::Future<Output = T>) -> T {
        self.guard.rt.block_on(f)
    }

    /// Clicks the first element matching a CSS selector, as a user would (trusted events).
    pub fn click(&self, css: &str) {
        let el = self
            .run(self.client().find(fantoccini::Locator::Css(css)))
            .unwrap_or_else(|e| panic!("finding {css}: {e}"));
        self.click_element(&el, css);
    }

    /// Polls `expression` (JavaScript) every 50 ms until it is truthy and returns its value;
    /// panics after `timeout`. For pages that finish their work after `load` (the screener's
    /// WebAssembly, say).
    pub fn wait_until(&self, expression: &str, timeout: Duration) -> Value {
        let deadline = Instant::now() + timeout;
        loop {
            let v = self.execute(&format!("return ({expression});"), vec![]);
            let truthy =
                !matches!(&v, Value::Null | Value::Bool(false)) && v != json!(0) && v != json!("");
            if truthy {
                return v;
            }
            assert!(
                Instant::now() < deadline,
                "waited {timeout:?} for `{expression}`; console: {:?}",
                self.console()
            );
            thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn server(&self) -> &'static Server {
        server()
    }

    /// Loads `path` (from the server root) and waits for the `load` event. The console log
    /// is emptied first, so [`Browser::console`] afterwards shows this page's entries only.
    pub fn goto(&mut self, path: &str) {
        let _ = self.console();
        let url = server().url(path);
        self.run(self.client().goto(&url))
            .unwrap_or_else(|e| panic!("loading {url}: {e}"));
    }

    /// Runs `script` as a function body (`arguments` are `args`) and returns its value.
    pub fn execute(&self, script: &str, args: Vec<Value>) -> Value {
        self.run(self.client().execute(script, args))
            .unwrap_or_else(|e| panic!("script failed: {e}\n{}", short(script)))
    }

    /// Like [`Browser::execute`], for a script that calls `arguments[arguments.length - 1]`
    /// with its result.
    pub fn execute_async(&self, script: &str, args: Vec<Value>) -> Value {
        self.run(self.client().execute_async(script, args))
            .unwrap_or_else(|e| panic!("async script failed: {e}\n{}", short(script)))
    }

    /// Runs axe-core (tests/node_modules/axe-core, from `npm ci --prefix tests`) on the page.
    pub fn axe(&self) -> Vec<Violation> {
        let src = axe_source();
        let loaded = self.execute(
            &format!("{src}\n;return typeof window.axe === 'object';"),
            vec![],
        );
        assert_eq!(loaded, Value::Bool(true), "axe-core did not load");
        let result = self.execute_async(
            r#"const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] })
              .then(r => done({ ok: r.violations.map(v => ({
                  id: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,
                  targets: v.nodes.map(n => n.target.join(' ') + '  ' + n.html.slice(0, 160)),
                  summary: (v.nodes[0] && v.nodes[0].failureSummary) || '' })) }))
              .catch(e => done({ error: String(e) }));"#,
            vec![],
        );
        if let Some(e) = result.get("error") {
            panic!("axe.run failed: {e}");
        }
        let s = |v: &Value, k: &str| v[k].as_str().unwrap_or("").to_string();
        result["ok"]
            .as_array()
            .expect("a list of violations")
            .iter()
            .map(|v| Violation {
                id: s(v, "id"),
                impact: s(v, "impact"),
                help: s(v, "help"),
                help_url: s(v, "helpUrl"),
                targets: v["targets"]
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(|t| t.as_str().map(String::from))
                            .collect()
                    })
                    .unwrap_or_default(),
                summary: s(v, "summary"),
            })
            .collect()
    }

    /// The URLs of every resource the page loaded or tried to load (resource timing, which
    /// includes failed loads), not counting the page itself.
    pub fn resources(&self) -> Vec<String> {
        let v = self.execute(
            "return performance.getEntriesByType('resource').map(e => e.name);",
            vec![],
        );
        strings(&v)
    }

    /// localStorage, sessionStorage, cookies, IndexedDB and Cache Storage of the page's origin.
    pub fn storage(&self) -> Storage {
        let v = self.execute_async(
            r#"const done = arguments[arguments.length - 1];
            (async () => ({
              local: localStorage.length,
              session: sessionStorage.length,
              cookie: document.cookie,
              idb: indexedDB.databases ? (await indexedDB.databases()).map(d => d.name) : [],
              caches: typeof caches === 'undefined' ? [] : await caches.keys(),
            }))().then(done, e => done({ error: String(e) }));"#,
            vec![],
        );
        if let Some(e) = v.get("error") {
            panic!("reading storage failed: {e}");
        }
        Storage {
            local_storage: v["local"].as_u64().expect("localStorage.length"),
            session_storage: v["session"].as_u64().expect("sessionStorage.length"),
            cookie: v["cookie"].as_str().unwrap_or("").to_string(),
            indexed_db: strings(&v["idb"]),
            caches: strings(&v["caches"]),
        }
    }

    /// The browser console since the last call (or the last [`Browser::goto`]).
    pub fn console(&self) -> Vec<LogEntry> {
        let v = self
            .run(self.client().issue_cmd(GetBrowserLog))
            .unwrap_or_else(|e| panic!("reading the browser console: {e}"));
        v.as_array()
            .map(|a| {
                a.iter()
                    .map(|e| LogEntry {
                        level: e["level"].as_str().unwrap_or("").into(),
                        source: e["source"].as_str().unwrap_or("").into(),
                        message: e["message"].as_str().unwrap_or("").into(),
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The DOM element a script returned (WebDriver turns elements into references); `None`
    /// for anything else (`null`, say).
    pub fn element(&self, v: &Value) -> Option<fantoccini::elements::Element> {
        let id = v.get(ELEMENT_KEY)?.as_str()?;
        Some(fantoccini::elements::Element::from_element_id(
            self.client().clone(),
            id.to_string().into(),
        ))
    }

    /// Clicks an element as a user would (scrolled into view, a trusted click at its centre);
    /// `what` names it in the panic message.
    pub fn click_element(&self, el: &fantoccini::elements::Element, what: &str) {
        self.uncover(el);
        self.run(el.click())
            .unwrap_or_else(|e| panic!("clicking {what}: {e}"));
    }

    /// The page's top bar stays on screen, and WebDriver scrolls an element into view without
    /// minding it (the element may land under the bar). An element whose centre cannot be
    /// clicked now is scrolled to the middle first, as a reader scrolls to see what they tap.
    fn uncover(&self, el: &fantoccini::elements::Element) {
        let arg = serde_json::to_value(el).expect("an element reference");
        self.execute(
            "const el = arguments[0], r = el.getBoundingClientRect();\
             const h = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);\
             if (!h || !el.contains(h)) el.scrollIntoView({ block: 'center' });",
            vec![arg],
        );
    }

    /// Clicks several elements in turn with one WebDriver action chain (a mouse moved to the
    /// centre of each, pressed and released): trusted clicks, as [`Browser::click_element`], in
    /// one round trip instead of one per element. Unlike it, this neither scrolls nor checks
    /// what lies on top: each element must already be in view and uncovered.
    pub fn click_in_view(&self, els: &[fantoccini::elements::Element]) {
        use fantoccini::actions::{InputSource, MOUSE_BUTTON_LEFT, MouseActions, PointerAction};
        let mut mouse = MouseActions::new("mouse".into());
        for el in els {
            mouse = mouse
                .then(PointerAction::MoveToElement {
                    element: el.clone(),
                    duration: None,
                    x: 0.0,
                    y: 0.0,
                })
                .then(PointerAction::Down {
                    button: MOUSE_BUTTON_LEFT,
                })
                .then(PointerAction::Up {
                    button: MOUSE_BUTTON_LEFT,
                });
        }
        self.run(self.client().perform_actions(mouse))
            .unwrap_or_else(|e| panic!("clicking {} elements: {e}", els.len()));
    }

    /// Types `text` into an element (focused first), with trusted key events.
    pub fn type_into(&self, el: &fantoccini::elements::Element, text: &str, what: &str) {
        self.run(el.send_keys(text))
            .unwrap_or_else(|e| panic!("typing {text:?} into {what}: {e}"));
    }

    /// Presses and releases each key in turn on whatever has focus (WebDriver key actions:
    /// trusted keyboard events, no element targeted). Special keys: [`fantoccini::key::Key`],
    /// e.g. `Key::Tab.into()`.
    pub fn press(&self, keys: &[char]) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let mut actions = KeyActions::new("keyboard".into());
        for &k in keys {
            actions = actions
                .then(KeyAction::Down { value: k })
                .then(KeyAction::Up { value: k });
        }
        self.run(async {
            self.client().perform_actions(actions).await?;
            self.client().release_actions().await
        })
        .unwrap_or_else(|e| panic!("pressing {keys:?}: {e}"));
    }

    /// The address of the current page, as the browser reports it.
    pub fn current_url(&self) -> String {
        self.run(self.client().current_url())
            .map(|u| u.to_string())
            .unwrap_or_else(|e| panic!("reading the current URL: {e}"))
    }

    /// The browser's Back button.
    pub fn back(&self) {
        self.run(self.client().back())
            .unwrap_or_else(|e| panic!("going back: {e}"));
    }

    /// Resizes the window so that the page's viewport is `width` × `height` CSS pixels (the
    /// window's frame, if any, is measured and added).
    pub fn set_viewport(&self, width: u32, height: u32) {
        let resize = |w: u32, h: u32| {
            self.run(self.client().set_window_size(w, h))
                .unwrap_or_else(|e| panic!("resizing the window to {w}x{h}: {e}"))
        };
        resize(width, height);
        let inner = self.execute("return [innerWidth, innerHeight];", vec![]);
        let (iw, ih) = (
            inner[0].as_u64().unwrap_or(0),
            inner[1].as_u64().unwrap_or(0),
        );
        let (dw, dh) = (
            u64::from(width).saturating_sub(iw),
            u64::from(height).saturating_sub(ih),
        );
        if dw > 0 || dh > 0 {
            resize(width + dw as u32, height + dh as u32);
        }
    }

    /// A PNG of the whole current page at `width` CSS pixels: the window is made as tall as
    /// the page for the picture, then given back its usual size ([`WINDOW`]).
    pub fn screenshot_full_page(&self, width: u32) -> Vec<u8> {
        self.set_viewport(width, WINDOW.1);
        let height = self
            .execute(
                "return Math.ceil(document.documentElement.scrollHeight);",
                vec![],
            )
            .as_u64()
            .unwrap_or(u64::from(WINDOW.1)) as u32;
        self.set_viewport(width, height.clamp(200, 16_000));
        let png = self
            .run(self.client().screenshot())
            .unwrap_or_else(|e| panic!("taking a screenshot: {e}"));
        self.set_viewport(WINDOW.0, WINDOW.1);
        png
    }

    /// Console entries about the Content Security Policy (violations, ignored directives).
    pub fn csp_messages(&self) -> Vec<LogEntry> {
        self.console()
            .into_iter()
            .filter(|e| e.message.contains("Content Security Policy"))
            .collect()
    }
}

/// The key WebDriver uses for an element reference in script results.
const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .map(|x| x.as_str().map_or_else(|| x.to_string(), String::from))
                .collect()
        })
        .unwrap_or_default()
}

fn short(script: &str) -> String {
    script.chars().take(300).collect()
}

fn axe_source() -> &'static str {
    static AXE: OnceLock<String> = OnceLock::new();
    AXE.get_or_init(|| {
        let path = crate::crate_dir().join("node_modules/axe-core/axe.min.js");
        fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "reading {}: {e}. Install the pinned axe-core: `cargo xtask test` does it, or \
                 `npm ci --prefix tests`",
                path.display()
            )
        })
    })
}

/// Formats violations one per paragraph, each with the page it was found on.
pub fn report(found: &[(String, Vec<Violation>)]) -> String {
    let mut out = String::new();
    for (page, vs) in found {
        for v in vs {
            out.push_str(&format!("{page}\n  {v}"));
        }
    }
    out
}
