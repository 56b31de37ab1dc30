//! Keeping the site, in real Chromium (see `tests::browser`): the offline copy (opt in, cut the
//! network, read guides, run the screener to a result, remove the copy), the bundle opened
//! from `file://`, and the printable booklets under print media, with screenshots.
//!
//! The offline test serves the shipped site from its own server on 127.0.0.1 so that it can
//! stop it: a stopped server refuses connections, as a phone without signal gets nothing. The
//! worker and its caches belong to that server's origin, which no other test uses.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use fantoccini::wd::WebDriverCompatibleCommand;
use serde_json::{Value, json};
use tests::browser::{Browser, Js, browser, shipped_site};

const WAIT: Duration = Duration::from_secs(60);

/// A static server for one folder that can be stopped: every response closes its connection,
/// so once stopped, nothing of the site is reachable.
struct Stoppable {
    origin: String,
    /// The path of every request so far.
    log: Arc<Mutex<Vec<String>>>,
    port: u16,
    stop: Arc<AtomicBool>,
    handle: Option<thread::JoinHandle<()>>,
}

impl Stoppable {
    fn start(root: &Path, port: u16) -> Stoppable {
        let listener = TcpListener::bind(("127.0.0.1", port)).expect("bind the offline server");
        let port = listener.local_addr().unwrap().port();
        let stop = Arc::new(AtomicBool::new(false));
        let (root, flag) = (root.to_path_buf(), Arc::clone(&stop));
        let csp = csp_of(&root);
        let log = Arc::new(Mutex::new(Vec::new()));
        let thread_log = Arc::clone(&log);
        let handle = thread::spawn(move || {
            for conn in listener.incoming() {
                if flag.load(Ordering::SeqCst) {
                    break;
                }
                if let Ok(s) = conn {
                    let _ = serve(&root, &csp, s, &thread_log);
                }
            }
        });
        Stoppable {
            origin: format!("http://127.0.0.1:{port}"),
            log,
            port,
            stop,
            handle: Some(handle),
        }
    }

    /// Stops listening: from now on every connection is refused.
    fn stop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        if let Some(h) = self.handle.take() {
            h.join().unwrap();
        }
        assert!(
            TcpStream::connect(("127.0.0.1", self.port)).is_err(),
            "the server still answers"
        );
    }
}

impl Drop for Stoppable {
    fn drop(&mut self) {
        if self.handle.is_some() {
            self.stop();
        }
    }
}

fn csp_of(root: &Path) -> String {
    let headers = std::fs::read_to_string(root.join("_headers")).unwrap_or_default();
    headers
        .lines()
        .find_map(|l| l.trim().strip_prefix("Content-Security-Policy:"))
        .unwrap_or("")
        .trim()
        .to_string()
}

fn serve(
    root: &Path,
    csp: &str,
    mut s: TcpStream,
    log: &Mutex<Vec<String>>,
) -> std::io::Result<()> {
    s.set_read_timeout(Some(Duration::from_secs(5)))?;
    let mut reader = BufReader::new(s.try_clone()?);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h)? <= 2 {
            break;
        }
    }
    let target = line.split_whitespace().nth(1).unwrap_or("/");
    log.lock().unwrap().push(target.to_string());
    let path = decode(target.split(['?', '#']).next().unwrap_or("/"));
    let rel = Path::new(path.trim_start_matches('/'));
    let safe = rel.components().all(|c| matches!(c, Component::Normal(_)));
    let mut file: PathBuf = root.join(rel);
    if safe && file.is_dir() {
        file = file.join("index.html");
    }
    let (status, body) = match std::fs::read(&file) {
        Ok(b) if safe => ("200 OK", b),
        _ => (
            "404 Not Found",
            std::fs::read(root.join("404.html")).unwrap_or_default(),
        ),
    };
    let kind = match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    };
    write!(
        s,
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nContent-Security-Policy: {csp}\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    s.write_all(&body)?;
    s.flush()
}

fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && let Some(v) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(v);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn goto(b: &Browser, url: &str) {
    b.run(b.client().goto(url))
        .unwrap_or_else(|e| panic!("loading {url}: {e}"));
}

/// Service worker registrations and cache names of the current page's origin.
fn kept(b: &Browser) -> Value {
    b.execute_async(
        r#"const done = arguments[arguments.length - 1];
        (async () => ({
          workers: (await navigator.serviceWorker.getRegistrations()).map(r => r.scope),
          caches: await caches.keys(),
        }))().then(done, e => done({ error: String(e) }));"#,
        vec![],
    )
}

/// Answers every question of the screener with "I don't know" (or the first choice where
/// there is none; several-choice questions too) until it shows a result.
const RUN_SCREENER: &str = r#"
const app = document.querySelector('#screener-app');
if (app.querySelector('.result')) return 'result';
const form = app.querySelector('form.question-form');
if (!form) return null;
const choice = form.querySelector('input[type=radio][value="unsure"], input[type=checkbox][value="unsure"]')
  || form.querySelector('input[type=radio], input[type=checkbox]');
if (choice) {
  if (!choice.checked) choice.click();
  form.querySelector('button[type=submit]').click();
} else {
  form.querySelector('.actions button.secondary').click();
}
return null;
"#;

#[test]
fn a_language_kept_offline_reads_and_screens_without_the_network_and_is_removed_whole() {
    let Some(b) = browser(Js::On) else { return };
    // A copy of the shipped site, which a "new build" changes below.
    let folder = tempfile::tempdir().unwrap();
    tests::copy_tree(shipped_site(), folder.path());
    let site = folder.path();
    let mut server = Stoppable::start(site, 0);
    let origin = server.origin.clone();

    // Before opting in: a guide carries no script; nothing is registered or stored.
    goto(&b, &format!("{origin}/en/asylum/one-year-deadline/"));
    let scripts = b.execute(
        "return [...document.scripts].map(s => new URL(s.src).pathname);",
        vec![],
    );
    assert_eq!(
        scripts,
        json!(["/quick-exit.js"]),
        "a guide page runs more than quick exit"
    );
    server.log.lock().unwrap().clear();
    goto(&b, &format!("{origin}/en/"));
    b.wait_until("!document.getElementById('offline').hidden", WAIT);
    let mut asked = server.log.lock().unwrap().clone();
    asked.sort();
    assert_eq!(
        asked,
        [
            "/en/",
            "/offline/offline.js",
            "/quick-exit.js",
            "/style.css"
        ],
        "the home page asked for more before the reader opted in"
    );
    assert_eq!(
        kept(&b),
        json!({ "workers": [], "caches": [] }),
        "stored before opting in"
    );

    // Opt in and wait for the copy.
    b.click(".offline-keep");
    b.wait_until("!document.querySelector('.offline-remove').hidden", WAIT);
    let status = b.execute(
        "return document.querySelector('.offline-status').textContent;",
        vec![],
    );
    let status = status.as_str().unwrap();
    assert!(
        status.contains("kept on this phone") && status.contains(" MB"),
        "{status}"
    );
    let state = kept(&b);
    assert_eq!(
        state["workers"],
        json!([format!("{origin}/en/")]),
        "{state}"
    );
    assert_eq!(state["caches"].as_array().map(Vec::len), Some(1), "{state}");

    // The copy holds exactly the files the list names, and the list.
    let list: Value =
        serde_json::from_slice(&std::fs::read(site.join("en/offline.json")).unwrap()).unwrap();
    let saved = b.execute_async(
        r#"const done = arguments[arguments.length - 1];
        (async () => {
          const c = await caches.open((await caches.keys())[0]);
          return (await c.keys()).map(r => r.url).sort();
        })().then(done, e => done([String(e)]));"#,
        vec![],
    );
    let mut want: Vec<String> = list["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            url::Url::parse(&format!("{origin}/en/offline.json"))
                .unwrap()
                .join(f.as_str().unwrap())
                .unwrap()
                .to_string()
        })
        .collect();
    want.push(format!("{origin}/en/offline.json"));
    want.sort();
    assert_eq!(saved, json!(want), "what the copy holds");
    assert!(want.iter().all(|u| u.starts_with(&origin)));

    // A new build changes a guide: the next page opened finds the new list and the copy is
    // saved again, whole, under the new version; the old one goes.
    let guide = site.join("en/asylum/one-year-deadline/index.html");
    let html = std::fs::read_to_string(&guide).unwrap();
    let marker = "A sentence from the next build.";
    std::fs::write(
        &guide,
        html.replacen("</h1>", &format!("</h1><p>{marker}</p>"), 1),
    )
    .unwrap();
    let mut list = list.clone();
    list["version"] = json!("0123456789abcdef");
    std::fs::write(site.join("en/offline.json"), list.to_string()).unwrap();
    goto(&b, &format!("{origin}/en/"));
    let renewed = b.execute_async(
        r#"const done = arguments[arguments.length - 1];
        (async () => {
          for (let i = 0; i < 600; i++) {
            const names = await caches.keys();
            if (names.length === 1 && names[0].endsWith(' 0123456789abcdef')) return names;
            await new Promise(r => setTimeout(r, 50));
          }
          return await caches.keys();
        })().then(done, e => done([String(e)]));"#,
        vec![],
    );
    assert_eq!(
        renewed.as_array().map(Vec::len),
        Some(1),
        "not saved again under the new version: {renewed}"
    );
    assert!(
        renewed[0].as_str().unwrap().ends_with(" 0123456789abcdef"),
        "{renewed}"
    );

    // Cut the network: the server is gone.
    server.stop();
    goto(&b, &format!("{origin}/en/"));
    b.click(".cards a");
    let h1 = b.wait_until("document.querySelector('main h1')?.textContent", WAIT);
    assert!(!h1.as_str().unwrap().is_empty());
    goto(&b, &format!("{origin}/en/asylum/one-year-deadline/"));
    let title = b.execute("return document.title;", vec![]);
    assert!(title.as_str().unwrap().contains("deadline"), "{title}");
    let text = b.execute("return document.body.textContent;", vec![]);
    assert!(
        text.as_str().unwrap().contains(marker),
        "the copy is the old build's"
    );
    let css = b.execute(
        "return getComputedStyle(document.querySelector('.quick-exit')).backgroundColor;",
        vec![],
    );
    assert_ne!(
        css,
        json!("rgba(0, 0, 0, 0)"),
        "the stylesheet came from the copy"
    );
    goto(&b, &format!("{origin}/en/print/"));
    b.wait_until("document.querySelector('.booklet-guide')", WAIT);

    // The screener, to a result.
    goto(&b, &format!("{origin}/en/screener/"));
    b.wait_until(
        "document.querySelector('#screener-app form.question-form')",
        WAIT,
    );
    let mut steps = 0;
    while b.execute(RUN_SCREENER, vec![]) != json!("result") {
        steps += 1;
        assert!(steps < 200, "no result after 200 steps");
        thread::sleep(Duration::from_millis(30));
    }
    let outcomes = b.execute(
        "return document.querySelectorAll('#screener-app .result .outcome, #screener-app .result .admonition').length;",
        vec![],
    );
    assert!(outcomes.as_u64().unwrap() > 0, "an empty result");

    // Search, when the site has it: a query answered from the copy.
    if site.join("en/search/index.html").exists() {
        goto(&b, &format!("{origin}/en/search/"));
        let input = b.wait_until("document.querySelector('#search-q')", WAIT);
        let input = b.element(&input).expect("the search box");
        b.type_into(&input, "asylum", "the search box");
        let hits = b.wait_until(
            "document.querySelectorAll('#search-results li').length",
            WAIT,
        );
        assert!(hits.as_u64().unwrap() > 0, "no search results offline");
    }

    // What it was not told to keep stays away: another language's page fails.
    let outside = b.run(b.client().goto(&format!("{origin}/es/")));
    let es = b.execute("return document.documentElement.lang;", vec![]);
    assert!(
        outside.is_err() && es != json!("es"),
        "a page outside the copy was served offline"
    );

    // Remove the copy (offline: the home page comes from the copy itself).
    goto(&b, &format!("{origin}/en/"));
    b.wait_until("!document.querySelector('.offline-remove').hidden", WAIT);
    b.click(".offline-remove");
    b.wait_until("!document.querySelector('.offline-keep').hidden", WAIT);
    assert_eq!(
        kept(&b),
        json!({ "workers": [], "caches": [] }),
        "left after removing"
    );
    let storage = b.storage();
    assert!(storage.is_empty(), "{storage:?}");
}

/// The zip of a language, unzipped into a temporary folder.
fn unzipped(lang: &str) -> (tempfile::TempDir, PathBuf) {
    let opts = site_gen::load::LoadOptions {
        root: tests::repo_root(),
        base_url: None,
        drafts: false,
    };
    let bundle = site_gen::bundle::bundle(&opts, lang, &format!("site-{lang}"))
        .unwrap_or_else(|d| panic!("{d:#?}"));
    let dir = tempfile::tempdir().unwrap();
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bundle.zip)).unwrap();
    z.extract(dir.path()).unwrap();
    let top = dir.path().join(format!("site-{lang}"));
    (dir, top)
}

#[test]
fn a_bundle_opened_from_files_reads_and_follows_its_links() {
    let Some(b) = browser(Js::On) else { return };
    let (_dir, top) = unzipped("ar");
    goto(&b, &format!("file://{}", top.join("index.html").display()));
    // The top page opens the language's home.
    let home = b.wait_until(
        "location.href.endsWith('/ar/index.html') && document.querySelector('.cards a') && location.href",
        WAIT,
    );
    assert!(home.as_str().unwrap().starts_with("file://"));
    let dir = b.execute("return getComputedStyle(document.body).direction;", vec![]);
    assert_eq!(
        dir,
        json!("rtl"),
        "the stylesheet and dir apply from a file"
    );
    // No offer to keep offline from a file.
    let offer = b.execute("return document.getElementById('offline').hidden;", vec![]);
    assert_eq!(offer, json!(true));

    // Follow links as a reader: a section, a guide in it, the directory, the booklet.
    b.click(".cards a");
    b.wait_until(
        "location.href.endsWith('/index.html') && document.querySelector('.cards a')",
        WAIT,
    );
    b.click(".cards a");
    let h1 = b.wait_until("document.querySelector('article h1')?.textContent", WAIT);
    assert!(!h1.as_str().unwrap().is_empty());
    let url = b.current_url();
    assert!(url.ends_with("/index.html"), "{url}");
    for (link, check) in [
        (
            "a[href$='directory/index.html']",
            "document.querySelector('.area .cards li')",
        ),
        (
            "a[href$='screener/index.html']",
            "document.querySelector('#screener-static .static-questions li')",
        ),
    ] {
        b.click(".menus .menu > summary");
        b.click(&format!(".menus {link}"));
        b.wait_until(check, WAIT);
        b.back();
        b.wait_until("document.querySelector('article h1')", WAIT);
    }
    // The readable questions are there; the interactive ones are refused from a file.
    b.click(".menus .menu > summary");
    b.click(".menus a[href$='screener/index.html']");
    b.wait_until("document.querySelector('#screener-static')", WAIT);
    let app_hidden = b.execute(
        "return document.getElementById('screener-app').hidden;",
        vec![],
    );
    assert_eq!(
        app_hidden,
        json!(true),
        "the interactive screener ran from a file"
    );
    let blocked = b
        .console()
        .into_iter()
        .any(|e| e.message.contains("blocked by CORS policy"));
    assert!(
        blocked,
        "Chromium now runs modules from files: update README.md and README.txt"
    );
    // The booklet, from the home page's link.
    goto(
        &b,
        &format!("file://{}", top.join("ar/index.html").display()),
    );
    b.click(".keep a");
    b.wait_until(
        "document.querySelectorAll('.booklet-guide').length > 10",
        WAIT,
    );
}

/// chromedriver's passthrough to the DevTools protocol.
#[derive(Debug)]
struct Cdp(&'static str, Value);

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/goog/cdp/execute",
            session.unwrap_or("")
        ))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.0, "params": self.1 }).to_string();
        (http::Method::POST, Some(body))
    }
}

fn cdp(b: &Browser, cmd: &'static str, params: Value) -> Value {
    b.run(b.client().issue_cmd(Cdp(cmd, params)))
        .unwrap_or_else(|e| panic!("{cmd}: {e}"))
}

fn base64(s: &str) -> Vec<u8> {
    let val = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        _ => 63,
    };
    let clean: Vec<u8> = s.bytes().filter(|c| !b"=\n\r".contains(c)).collect();
    let mut out = Vec::with_capacity(clean.len() * 3 / 4);
    for chunk in clean.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &c)| n | (u32::from(val(c)) << (18 - 6 * i)));
        out.extend_from_slice(&n.to_be_bytes()[1..chunk.len()]);
    }
    out
}

/// Where screenshots go, for a person to look at.
fn shots() -> PathBuf {
    let dir = tests::repo_root().join("target/keep-print");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn booklets_print_black_on_white_without_controls_in_their_direction() {
    let Some(mut b) = browser(Js::On) else { return };
    let shot_dir = shots();
    for (lang, dir) in [("en", "ltr"), ("ar", "rtl")] {
        b.goto(&format!("/{lang}/print/"));
        let violations = b.axe();
        assert!(
            violations.is_empty(),
            "{lang} booklet:\n{}",
            tests::browser::report(&[(format!("/{lang}/print/"), violations)])
        );
        cdp(
            &b,
            "Emulation.setEmulatedMedia",
            json!({ "media": "print" }),
        );
        let seen = b.execute(
            r#"const shown = s => { const e = document.querySelector(s); return !!e && getComputedStyle(e).display !== 'none'; };
            const link = document.querySelector('.booklet-guide .sources a.external');
            const body = getComputedStyle(document.body);
            return {
              print: matchMedia('print').matches,
              header: shown('.site-header'), quickExit: shown('.quick-exit'), menu: shown('.menus'),
              footer: shown('.site-footer'), toc: shown('.booklet-toc'),
              color: body.color, background: getComputedStyle(document.documentElement).backgroundColor,
              direction: getComputedStyle(document.querySelector('.booklet-guide p')).direction,
              after: getComputedStyle(link, '::after').content,
              href: link.href,
              breakBefore: getComputedStyle(document.querySelector('.booklet-section')).breakBefore,
              headingBreak: getComputedStyle(document.querySelector('.booklet-guide h3')).breakAfter,
              boxBreak: getComputedStyle(document.querySelector('.admonition, .notice') || document.body).breakInside,
            };"#,
            vec![],
        );
        assert_eq!(seen["print"], json!(true), "{lang}: print media");
        for hidden in ["header", "quickExit", "menu"] {
            assert_eq!(
                seen[hidden],
                json!(false),
                "{lang}: {hidden} printed: {seen}"
            );
        }
        assert_eq!(
            seen["footer"],
            json!(true),
            "{lang}: the disclaimer is on paper"
        );
        assert_eq!(seen["toc"], json!(true));
        assert_eq!(seen["color"], json!("rgb(0, 0, 0)"), "{lang}: {seen}");
        assert_eq!(seen["direction"], json!(dir), "{lang}: {seen}");
        let after = seen["after"].as_str().unwrap();
        assert!(
            after.contains(seen["href"].as_str().unwrap()),
            "{lang}: link target not printed: {seen}"
        );
        assert_eq!(seen["breakBefore"], json!("page"));
        assert_eq!(seen["headingBreak"], json!("avoid"));
        assert_eq!(seen["boxBreak"], json!("avoid"));

        // Screenshots of the first pages as printed, for a person to look at.
        b.run(b.client().set_window_size(820, 1160)).unwrap();
        for (i, y) in [0, 1160 * 2].into_iter().enumerate() {
            b.execute("window.scrollTo(0, arguments[0]);", vec![json!(y)]);
            let png = b.run(b.client().screenshot()).unwrap();
            std::fs::write(shot_dir.join(format!("booklet-{lang}-{i}.png")), png).unwrap();
        }
        let pdf = cdp(&b, "Page.printToPDF", json!({ "printBackground": false }));
        let bytes = base64(pdf["data"].as_str().unwrap());
        let pages = bytes
            .windows(12)
            .filter(|w| w.starts_with(b"/Type /Page") && w[11] != b's')
            .count();
        std::fs::write(shot_dir.join(format!("booklet-{lang}.pdf")), &bytes).unwrap();
        eprintln!(
            "{lang} booklet: {} KB of HTML, {pages} pages printed (A4/Letter default)",
            {
                let html = b.execute("return document.documentElement.outerHTML.length;", vec![]);
                html.as_u64().unwrap() / 1024
            }
        );
        b.run(
            b.client()
                .set_window_size(tests::browser::WINDOW.0, tests::browser::WINDOW.1),
        )
        .unwrap();
        cdp(&b, "Emulation.setEmulatedMedia", json!({ "media": "" }));
    }
}
