//! The editors' and translators' commands, run as the real binary on fixture sites copied to
//! temporary folders: `check`, `translations` (report and `mark`), `new`, and `serve`.

mod common;
use common::{copy, fixture, site_gen};

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Output, Stdio};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

/// A copy of the i18n fixture with `overlays` copied over it, removed when dropped.
struct Site(PathBuf);

impl Site {
    fn new(name: &str, overlays: &[&str]) -> Site {
        let dir =
            std::env::temp_dir().join(format!("site-gen-editor-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        copy(&fixture("i18n"), &dir);
        for o in overlays {
            copy(&fixture(o), &dir);
        }
        Site(dir)
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.0.join(rel)
    }

    fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap()
    }

    fn write(&self, rel: &str, text: &str) {
        std::fs::write(self.path(rel), text).unwrap();
    }

    fn replace_in(&self, rel: &str, from: &str, to: &str) {
        let text = self.read(rel);
        assert!(text.contains(from), "`{from}` is not in {rel}");
        self.save(rel, &text.replacen(from, to, 1));
    }

    /// Writes through a hidden temporary file and a rename, as editors save: a watcher never
    /// sees the file half written.
    fn save(&self, rel: &str, text: &str) {
        let path = self.path(rel);
        let tmp = path.with_file_name(format!(
            ".{}.tmp",
            path.file_name().unwrap().to_string_lossy()
        ));
        std::fs::write(&tmp, text).unwrap();
        std::fs::rename(&tmp, &path).unwrap();
    }

    /// Runs `site-gen <args> --root <site>`.
    fn run(&self, args: &[&str]) -> Output {
        site_gen()
            .args(args)
            .arg("--root")
            .arg(&self.0)
            .output()
            .unwrap()
    }
}

impl Drop for Site {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

// ---------------------------------------------------------------------------------------------
// check

#[test]
fn check_passes_with_warnings_on_a_good_site() {
    let site = Site::new("check-ok", &[]);
    let out = site.run(&["check", "--today", "2026-12-01"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    // The outdated Spanish translation, at its `translation_of` line.
    assert!(
        err.contains(
            "translation is outdated: content/en/guides/asylum.md changed after it was translated"
        ),
        "{err}"
    );
    assert!(err.contains("content/es/guides/asylum.md:4:1"), "{err}");
    assert!(err.contains("translation_of: 0000000000000000"), "{err}");
    // The untranslated Arabic page.
    assert!(
        err.contains(
            "1 page(s) not translated into `ar`, shown in a fallback language: guides/family.md"
        ),
        "{err}"
    );
    // A guide without review date or sources.
    assert!(err.contains("guide has no `reviewed` date"), "{err}");
    assert!(err.contains("content/en/guides/family.md:1:1"), "{err}");
    assert!(err.contains("guide lists no official `sources`"), "{err}");
    assert!(!err.contains("overdue"), "{err}");
    assert!(err.contains("check: 0 error(s), "), "{err}");
    assert!(!site.path("public").exists(), "check writes nothing");
}

#[test]
fn check_measures_reviews_against_the_given_day() {
    let site = Site::new("check-review", &[]);
    // Reviewed 2026-11-01; the fixture keeps the default interval of 365 days.
    let out = site.run(&["check", "--today", "2027-11-02"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains("legal review is overdue: last reviewed 2026-11-01, 366 days ago (review_interval_days = 365)"),
        "{err}"
    );
    assert!(err.contains("content/en/guides/asylum.md:5:1"), "{err}");
    assert!(err.contains("reviewed: 2026-11-01"), "{err}");
    let out = site.run(&["check", "--today", "2027-11-01"]);
    assert!(!stderr(&out).contains("overdue"), "{}", stderr(&out));

    let out = site.run(&["check", "--today", "November"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--today must be a date written YYYY-MM-DD"));
}

#[test]
fn check_follows_links_and_images_in_every_language() {
    let site = Site::new("check-bad", &["editor-check"]);
    let out = site.run(&["check", "--today", "2026-12-01"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    let expect = [
        // An anchor that exists in English but not in the translations readers are sent to.
        (
            "content/en/guides/checks.md:10:6",
            "link `@/guides/asylum.md#the-deadline`: content/es/guides/asylum.md has no heading with the id `the-deadline` (for readers of es)",
        ),
        (
            "content/en/guides/checks.md:10:6",
            "link `@/guides/asylum.md#the-deadline`: content/ar/guides/asylum.md has no heading with the id `the-deadline` (for readers of ar)",
        ),
        (
            "content/en/guides/checks.md:10:58",
            "link `@/guides/asylum.md#nowhere`: content/en/guides/asylum.md has no heading with the id `nowhere` (for readers of en)",
        ),
        (
            "content/en/guides/checks.md:12:9",
            "link `#not-here`: this page has no heading with that id (for readers of ar, en, es)",
        ),
        (
            "content/en/guides/checks.md:16:1",
            "image `../photo.png` has no alt text",
        ),
        // The image exists beside the English page only.
        (
            "content/en/guides/checks.md:16:1",
            "image `../photo.png` not found (for readers of ar, es)",
        ),
        (
            "content/en/guides/checks.md:18:1",
            "image `map.png` not found (for readers of ar, en, es)",
        ),
        (
            "content/en/guides/checks.md:20:1",
            "image `https://example.org/logo.png` is on another website",
        ),
        (
            "content/en/guides/checks.md:22:1",
            "heading level skips from h2 to h4",
        ),
    ];
    for (at, message) in expect {
        assert!(err.contains(message), "missing `{message}` in\n{err}");
        assert!(err.contains(at), "missing `{at}` in\n{err}");
    }
    assert!(
        err.contains("![](../photo.png)"),
        "the line itself is shown: {err}"
    );
    assert!(err.contains("hint: use `### ` here"), "{err}");
    // `#the-rule` exists on the page; the English reader's `#the-deadline` exists too.
    assert!(!err.contains("#the-rule`"), "{err}");
    assert!(
        !err.contains("content/en/guides/asylum.md has no heading with the id `the-deadline`"),
        "{err}"
    );
    assert!(err.contains("check: 10 error(s), "), "{err}");
}

#[test]
fn check_prints_json_for_ci() {
    let site = Site::new("check-json", &["editor-check"]);
    let out = site.run(&["check", "--today", "2026-12-01", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let diags: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).expect("a JSON array");
    let alt = diags
        .iter()
        .find(|d| d["message"] == "image `../photo.png` has no alt text")
        .expect("the alt-text error");
    assert_eq!(alt["severity"], "error");
    assert_eq!(alt["file"], "content/en/guides/checks.md");
    assert_eq!(
        (alt["line"].as_u64(), alt["column"].as_u64()),
        (Some(16), Some(1))
    );
    assert!(
        alt["hint"]
            .as_str()
            .unwrap()
            .contains("describe what the image shows")
    );
    let outdated = diags
        .iter()
        .find(|d| {
            d["message"]
                .as_str()
                .unwrap()
                .starts_with("translation is outdated")
        })
        .expect("the outdated warning");
    assert_eq!(outdated["severity"], "warning");
    assert_eq!(outdated["line"], 4);
    assert!(diags.iter().all(|d| d.get("hint").is_some()));
}

#[test]
fn check_reports_build_errors_and_writes_nothing() {
    let site = Site::new(
        "check-build-errors",
        &["invalid/unknown-link", "invalid/broken-yaml"],
    );
    let out = site.run(&["check"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("content/en/guides/links.md:6:5"), "{err}");
    assert!(err.contains("content/en/guides/broken.md:4:"), "{err}");
    assert!(err.contains("check: 2 error(s)"), "{err}");
    assert!(!site.path("public").exists());
}

// ---------------------------------------------------------------------------------------------
// translations

#[test]
fn translations_report_as_table_json_and_html() {
    let site = Site::new("tr-report", &[]);
    let out = site.run(&["translations"]);
    let table = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let header = table.lines().next().unwrap();
    for col in [
        "language",
        "up to date",
        "outdated",
        "not tracked",
        "missing",
        "messages",
    ] {
        assert!(header.contains(col), "{table}");
    }
    let es = table.lines().find(|l| l.starts_with("es Español")).unwrap();
    let numbers: Vec<&str> = es.split_whitespace().skip(2).collect();
    assert_eq!(numbers[..4], ["0", "1", "3", "0"], "{table}");
    assert!(
        table.contains("outdated     content/es/guides/asylum.md  (source content/en/guides/asylum.md changed 20"),
        "{table}"
    );
    assert!(
        table.contains(
            "missing      content/ar/guides/family.md  (translate content/en/guides/family.md)"
        ),
        "{table}"
    );

    let out = site.run(&["translations", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["default_language"], "en");
    let es = &report["languages"][0];
    assert_eq!(es["code"], "es");
    assert_eq!(es["counts"]["outdated"], 1);
    let page = es["pages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["key"] == "guides/asylum.md")
        .unwrap();
    assert_eq!(page["state"], "outdated");
    assert!(content_date(page["source_changed"].as_str().unwrap()));
    let ar = &report["languages"][1];
    assert_eq!(ar["counts"]["missing"], 1);
    assert_eq!(ar["dir"], "rtl");
    assert_eq!(ar["messages"]["total"], ar["messages"]["translated"]);

    let html_file = site.path("status.html");
    let out = site.run(&[
        "translations",
        "--format",
        "html",
        "--out",
        html_file.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let html = std::fs::read_to_string(&html_file).unwrap();
    assert!(html.starts_with("<!doctype html>"));
    assert!(
        html.contains(r#"<span lang="ar" dir="rtl">العربية</span>"#),
        "{html}"
    );
    assert!(
        html.contains(r#"<td class="state outdated">outdated</td>"#),
        "{html}"
    );
    // Self-contained: no scripts, nothing loaded from elsewhere.
    for banned in ["<script", "src=", "<link", "http://", "https://", "@import"] {
        assert!(!html.contains(banned), "the report contains {banned}");
    }
}

fn content_date(s: &str) -> bool {
    s.len() == 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-'
}

#[test]
fn translations_report_message_problems() {
    let site = Site::new("tr-messages", &[]);
    let es = site.read("locales/es/main.ftl");
    site.write(
        "locales/es/main.ftl",
        &(es.replace(
            "footer-hotline = Immigration court information line (automated, free): { $phone }",
            "footer-hotline = Línea de información: { $telefono }",
        ) + "extra-message = Nadie me usa\n"),
    );
    // A message of the site's own, in the default language only. (A built-in message a site
    // leaves out of its own file is not missing: the built-in translation fills it.)
    let en = site.read("locales/en/main.ftl");
    site.write(
        "locales/en/main.ftl",
        &(en + "office-hours = Open Monday to Friday\n"),
    );
    let out = site.run(&["translations"]);
    let table = stdout(&out);
    assert!(
        table.contains("messages to translate: 1 (1 from locales/en/main.ftl): office-hours"),
        "{table}"
    );
    assert!(
        table.contains("unused message `extra-message` at locales/es/main.ftl:"),
        "{table}"
    );
    assert!(
        table.contains("message `footer-hotline` at locales/es/main.ftl:13 uses $telefono where the default language uses $phone"),
        "{table}"
    );
}

#[test]
fn mark_records_the_source_hash_and_keeps_every_other_byte() {
    let site = Site::new("tr-mark", &[]);
    let build = |site: &Site| {
        let out = site.run(&["build"]);
        assert!(out.status.success(), "{}", stderr(&out));
        site.read("public/es/guides/asylum/index.html")
    };
    assert!(build(&site).contains("notice-outdated"));

    let before = site.read("content/es/guides/asylum.md");
    let out = site.run(&["translations", "mark", "content/es/guides/asylum.md"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains(
            "marked content/es/guides/asylum.md up to date with content/en/guides/asylum.md"
        ),
        "{err}"
    );
    let after = site.read("content/es/guides/asylum.md");
    let hash = after
        .lines()
        .find_map(|l| l.strip_prefix("translation_of: \""))
        .and_then(|l| l.strip_suffix('"'))
        .expect("a quoted hash");
    assert_eq!(hash.len(), 16);
    assert!(hash.chars().all(|c| c.is_ascii_hexdigit()));
    assert_eq!(
        after,
        before.replace(
            "translation_of: 0000000000000000",
            &format!("translation_of: \"{hash}\"")
        )
    );
    assert!(!build(&site).contains("notice-outdated"));
    let out = site.run(&["translations", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["languages"][0]["counts"]["outdated"], 0);
    assert_eq!(report["languages"][0]["counts"]["up_to_date"], 1);

    // Marking again changes nothing.
    let out = site.run(&["translations", "mark", "content/es/guides/asylum.md"]);
    assert!(stderr(&out).contains("was already marked up to date"));
    assert_eq!(site.read("content/es/guides/asylum.md"), after);

    // TOML front matter with tables and CRLF line endings: the line goes before the tables.
    let toml = "+++\r\ntitle = \"Familia\"\r\nweight = 5\r\n[[sources]]\r\ntitle = \"INA\"\r\nurl = \"https://www.uscis.gov/\"\r\n+++\r\n## Quién puede pedir\r\n";
    site.write("content/es/guides/family.md", toml);
    let out = site.run(&["translations", "mark", "content/es/guides/family.md"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let marked = site.read("content/es/guides/family.md");
    let (head, tail) = marked.split_once("translation_of = \"").unwrap();
    assert_eq!(head, "+++\r\ntitle = \"Familia\"\r\nweight = 5\r\n");
    assert_eq!(
        &tail[16..],
        "\"\r\n[[sources]]\r\ntitle = \"INA\"\r\nurl = \"https://www.uscis.gov/\"\r\n+++\r\n## Quién puede pedir\r\n"
    );
}

#[test]
fn mark_all_and_mistakes() {
    let site = Site::new("tr-mark-all", &[]);
    let out = site.run(&["translations", "mark", "--all", "ar"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert_eq!(err.matches("marked content/ar/").count(), 3, "{err}");
    assert!(
        site.read("content/ar/_index.md")
            .starts_with("---\ntitle: اعرف حقوقك\ntranslation_of: \"")
    );
    let out = site.run(&["translations", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["languages"][1]["counts"]["up_to_date"], 3);
    assert_eq!(report["languages"][1]["counts"]["missing"], 1);

    let en = site.read("content/en/guides/asylum.md");
    let out = site.run(&[
        "translations",
        "mark",
        "content/en/guides/asylum.md",
        "content/es/nope.md",
    ]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        err.contains("is in the default language `en`: only translations are marked"),
        "{err}"
    );
    assert!(err.contains("content/es/nope.md: no such file"), "{err}");
    assert_eq!(site.read("content/en/guides/asylum.md"), en);
    let out = site.run(&["translations", "mark", "--all", "xx"]);
    assert!(stderr(&out).contains("`xx` is not a language of this site"));
    assert_eq!(out.status.code(), Some(1));
    let out = site.run(&["translations", "mark"]);
    assert_eq!(out.status.code(), Some(2), "a file or --all is required");
}

// ---------------------------------------------------------------------------------------------
// new

#[test]
fn new_guide_fills_front_matter_and_never_overwrites() {
    let site = Site::new("new-guide", &[]);
    let out = site.run(&["new", "guide", "guides/work-permits"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains("created content/en/guides/work-permits.md"),
        "{err}"
    );
    let text = site.read("content/en/guides/work-permits.md");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[..3],
        ["---", "title: \"Work permits\"", "summary: \"\""]
    );
    let reviewed = lines[3].strip_prefix("reviewed: ").unwrap();
    assert!(content_date(reviewed), "{text}");
    assert_eq!(lines[4..6], ["sources: []", "---"]);
    let out = site.run(&["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        site.path("public/en/guides/work-permits/index.html")
            .exists()
    );
    // The Spanish readers get it too, in English, until it is translated.
    assert!(
        site.path("public/es/guides/work-permits/index.html")
            .exists()
    );

    site.write("content/en/guides/work-permits.md", "edited");
    let out = site.run(&["new", "guide", "guides/work-permits"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out)
            .contains("content/en/guides/work-permits.md already exists; it was left as it was")
    );
    assert_eq!(site.read("content/en/guides/work-permits.md"), "edited");

    let out = site.run(&["new", "guide", "guides/work-permits", "--lang", "es"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(site.path("content/es/guides/work-permits.md").exists());
    let out = site.run(&["new", "guide", "rights/at-work"]);
    assert!(
        stderr(&out).contains("section `rights` has no page of its own"),
        "{}",
        stderr(&out)
    );
    let out = site.run(&["new", "guide", "guides/x", "--lang", "xx"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("`xx` is not a language of this site"));
    let out = site.run(&["new", "guide", "no-section"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("is not a guide path: write <section>/<name>"));
}

#[test]
fn new_language_adds_it_everywhere_and_the_site_still_builds() {
    let site = Site::new("new-language", &[]);
    let toml_before = site.read("site.toml");
    let out = site.run(&["new", "language", "fa", "--name", "فارسی"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains("added `fa` to site.toml (written right to left)"),
        "{err}"
    );
    let toml = site.read("site.toml");
    assert_eq!(
        toml,
        format!(
            "{toml_before}\n[[languages]]\ncode = \"fa\"\nname = \"فارسی\"\n# dir = \"rtl\" is derived from the code; set it only to override\nfallback = [\"en\"]\n"
        )
    );
    assert!(site.path("content/fa").is_dir());
    let ftl = site.read("locales/fa/main.ftl");
    assert!(ftl.contains("\n# quick-exit = Quick exit\n"), "{ftl}");
    assert!(ftl.contains(
        "\n# footer-hotline = Immigration court information line (automated, free): { $phone }\n"
    ));
    assert!(
        ftl.contains("## Notices on a page\n"),
        "group comments are kept: {ftl}"
    );

    let out = site.run(&["build"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("message(s) not translated into `fa`"), "{err}");
    let home = site.read("public/fa/index.html");
    assert!(home.contains(r#"<html lang="fa" dir="rtl">"#), "{home}");

    // A language that is already there, or a code build would reject: nothing is written.
    let out = site.run(&["new", "language", "fa", "--name", "x"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("cannot add `fa`: language `fa` is listed twice"));
    let out = site.run(&["new", "language", "not a code", "--name", "x"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("is not a valid BCP 47 tag"));
    assert_eq!(site.read("site.toml"), toml);
    assert!(!site.path("content/not a code").exists());
    let out = site.run(&["new", "language", "uk"]);
    assert_eq!(out.status.code(), Some(2), "--name is required");
}

// ---------------------------------------------------------------------------------------------
// serve

/// A running `site-gen serve`, stopped when dropped.
struct Server {
    child: Child,
    url: String,
    log: Arc<Mutex<String>>,
}

impl Server {
    fn start(site: &Site) -> Server {
        let mut child = site_gen()
            .args(["serve", "--port", "0", "--root"])
            .arg(&site.0)
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let log = Arc::new(Mutex::new(String::new()));
        let (tx, rx) = mpsc::channel();
        let log_writer = Arc::clone(&log);
        // Keep reading, so that the server never blocks on a full pipe.
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(i) = line.find("http://") {
                    let url = line[i..].split_whitespace().next().unwrap().to_string();
                    let _ = tx.send(url);
                }
                let mut log = log_writer.lock().unwrap();
                log.push_str(&line);
                log.push('\n');
            }
        });
        let mut server = Server {
            child,
            url: String::new(),
            log,
        };
        server.url = rx
            .recv_timeout(Duration::from_secs(60))
            .unwrap_or_else(|_| panic!("serve did not start:\n{}", server.log()));
        server
    }

    fn log(&self) -> String {
        self.log.lock().unwrap().clone()
    }

    /// Waits until the log satisfies `done`: the server prints a line before it serves what
    /// the line reports, but this test reads the server's output on another thread.
    fn wait_for_log(&self, what: &str, done: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let log = self.log();
            if done(&log) {
                return log;
            }
            assert!(
                Instant::now() < deadline,
                "gave up waiting for {what} in the log:\n{log}"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    fn get(&self, path: &str) -> Response {
        get(&format!("{}{}", self.url, path.trim_start_matches('/')))
    }

    /// Polls `path` until `done` holds; fails after a generous bound.
    fn wait_for(&self, path: &str, what: &str, done: impl Fn(&Response) -> bool) -> Response {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let r = self.get(path);
            if done(&r) {
                return r;
            }
            assert!(
                Instant::now() < deadline,
                "gave up waiting for {what} at {path}; last response:\n{}\nserver log:\n{}",
                r.body,
                self.log()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Response {
    status: u16,
    headers: String,
    body: String,
}

impl Response {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case(name).then(|| v.trim())
        })
    }
}

/// A plain HTTP/1.1 GET, to keep the tests free of an HTTP client dependency.
fn get(url: &str) -> Response {
    let rest = url.strip_prefix("http://").unwrap();
    let (host, path) = rest.split_once('/').unwrap();
    let mut stream = TcpStream::connect(host).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "GET /{path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let raw = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((&raw, ""));
    let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
    Response {
        status,
        headers: head.to_string(),
        body: body.to_string(),
    }
}

#[test]
fn serve_rebuilds_on_change_and_keeps_the_last_good_build() {
    let site = Site::new("serve", &[]);
    let server = Server::start(&site);
    assert!(
        server.url.starts_with("http://127.0.0.1:"),
        "{}",
        server.url
    );

    let page = server.get("/en/guides/family/");
    assert_eq!(page.status, 200, "{}", server.log());
    assert_eq!(
        page.header("Content-Type"),
        Some("text/html; charset=utf-8")
    );
    assert!(page.body.contains("Citizens and residents."));
    // Only served pages get the live-reload script, just before </body>.
    assert!(
        page.body
            .contains("<script src=\"/__site-gen/live.js\" data-build=\""),
        "{}",
        page.body
    );
    assert!(page.body.contains("defer></script>\n</body>"));
    let js = server.get("/__site-gen/live.js");
    assert_eq!(
        js.header("Content-Type"),
        Some("text/javascript; charset=utf-8")
    );
    assert!(js.body.contains("new EventSource('/__site-gen/events')"));
    assert_eq!(
        server.get("/style.css").header("Content-Type"),
        Some("text/css; charset=utf-8")
    );
    assert_eq!(
        server.get("/sitemap.xml").header("Content-Type"),
        Some("application/xml; charset=utf-8")
    );
    let missing = server.get("/en/no-such-page/");
    assert_eq!(missing.status, 404);
    assert!(
        missing.body.contains("Page not found"),
        "the site's 404 page"
    );
    let redirect = server.get("/en/guides/family");
    assert_eq!(redirect.status, 301);
    assert_eq!(redirect.header("Location"), Some("/en/guides/family/"));
    assert_eq!(server.get("/__site-gen/errors").body, "[]");

    // An edit is rebuilt and served.
    let family = site.read("content/en/guides/family.md");
    site.save(
        "content/en/guides/family.md",
        &family.replace(
            "Citizens and residents.",
            "Citizens, residents and their families.",
        ),
    );
    server.wait_for("/en/guides/family/", "the edit", |r| {
        r.body.contains("Citizens, residents and their families.")
    });

    // A broken edit: the last good page stays, and the error is exposed with its place.
    site.save(
        "content/en/guides/family.md",
        "---\ntitle: [Family\n---\nBroken.\n",
    );
    let errors = server.wait_for("/__site-gen/errors", "the error", |r| r.body != "[]");
    assert_eq!(errors.header("Content-Type"), Some("application/json"));
    let errors: Vec<serde_json::Value> = serde_json::from_str(&errors.body).unwrap();
    assert_eq!(errors[0]["severity"], "error");
    assert_eq!(errors[0]["file"], "content/en/guides/family.md");
    assert!(
        errors[0]["message"]
            .as_str()
            .unwrap()
            .contains("front matter is not valid YAML")
    );
    assert!(errors[0]["line"].as_u64().unwrap() > 0);
    let page = server.get("/en/guides/family/");
    assert_eq!(page.status, 200);
    assert!(
        page.body
            .contains("Citizens, residents and their families.")
    );
    let log = server.wait_for_log("the failed build", |l| {
        l.contains("still serving the last good build")
    });
    assert!(log.contains("┌─ content/en/guides/family.md:"), "{log}");

    // Fixed again: the errors are gone and the new text is served.
    site.save(
        "content/en/guides/family.md",
        &family.replace("Citizens", "Everyone"),
    );
    server.wait_for("/en/guides/family/", "the fix", |r| {
        r.body.contains("Everyone and residents.")
    });
    assert_eq!(server.get("/__site-gen/errors").body, "[]");
}

#[test]
fn serve_announces_builds_to_open_pages() {
    let site = Site::new("serve-events", &[]);
    let server = Server::start(&site);
    let host = server
        .url
        .trim_start_matches("http://")
        .trim_end_matches('/');
    let mut stream = TcpStream::connect(host).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    write!(
        stream,
        "GET /__site-gen/events HTTP/1.1\r\nHost: {host}\r\n\r\n"
    )
    .unwrap();
    let mut events = BufReader::new(stream);
    let mut next_data = || loop {
        let mut line = String::new();
        assert!(events.read_line(&mut line).unwrap() > 0, "the stream ended");
        if let Some(data) = line.strip_prefix("data: ") {
            return serde_json::from_str::<serde_json::Value>(data.trim()).unwrap();
        }
    };
    let first = next_data();
    assert_eq!(first["errors"], 0);
    let build = first["build"].as_str().unwrap().to_string();
    let page = server.get("/en/");
    assert!(page.body.contains(&format!("data-build=\"{build}\"")));

    site.save(
        "content/en/guides/family.md",
        "---\ntitle: Family\n---\nChanged.\n",
    );
    let second = next_data();
    assert_ne!(second["build"], first["build"]);
    assert_eq!(second["errors"], 0);
    site.save("content/en/guides/family.md", "---\ntitle: [\n---\n");
    let third = next_data();
    assert_eq!(third["build"], second["build"], "the last good build stays");
    assert!(third["errors"].as_u64().unwrap() > 0);
}

#[test]
fn built_sites_carry_no_live_reload() {
    let site = Site::new("serve-not-in-build", &[]);
    let out = site.run(&["build"]);
    assert!(out.status.success());
    let home = site.read("public/en/index.html");
    assert!(!home.contains("__site-gen"));
    // The scripts of a built home page: the theme's quick exit and the offline copy's button.
    assert_eq!(home.matches("<script").count(), 2, "{home}");
    assert!(home.contains("quick-exit.js\" defer></script>"), "{home}");
    assert!(
        home.contains("offline/offline.js\" defer></script>"),
        "{home}"
    );
}

#[test]
fn serve_renders_only_what_an_edit_to_a_page_shows_and_rebuilds_for_the_rest() {
    let site = Site::new("serve-incremental", &[]);
    // The site's own copy of a built-in template, to edit while serving.
    let templates = site.path("theme/templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../theme/templates/page.html"),
        templates.join("page.html"),
    )
    .unwrap();
    let server = Server::start(&site);
    let built = |log: &str| log.matches(" pages in ").count();
    assert_eq!(built(&server.log()), 1, "{}", server.log());

    // An edit to a page's text: the page and its untranslated Arabic copy, and the booklets
    // of those two languages (their offline lists too), nothing else.
    let family = site.read("content/en/guides/family.md");
    site.save(
        "content/en/guides/family.md",
        &family.replace("Citizens and residents.", "Citizens and neighbours."),
    );
    server.wait_for("/ar/guides/family/", "the edit", |r| {
        r.body.contains("Citizens and neighbours.")
    });
    let en = server.get("/en/guides/family/");
    assert!(en.body.contains("Citizens and neighbours."));
    // The page and its Arabic fallback copy, the two languages' search pages (their indexes
    // hold the new text) and their printable booklets.
    let log = server.wait_for_log("the edit", |l| {
        l.contains("content/en/guides/family.md changed: rendered 6 of ")
    });
    assert_eq!(built(&log), 1, "no full rebuild: {log}");

    // A UI string: every page is built again.
    site.replace_in(
        "locales/en/main.ftl",
        "last-reviewed = Last reviewed:",
        "last-reviewed = Checked by a lawyer on:",
    );
    server.wait_for("/en/guides/asylum/", "the new string", |r| {
        r.body.contains("Checked by a lawyer on:")
    });
    let log = server.wait_for_log("a full build", |l| built(l) >= 2);
    assert_eq!(built(&log), 2, "{log}");

    // A template: the same.
    site.replace_in(
        "theme/templates/page.html",
        "<article",
        "<p class=\"edited-template\">Edited.</p>\n<article",
    );
    server.wait_for("/es/guides/family/", "the edited template", |r| {
        r.body.contains("edited-template")
    });
    let log = server.wait_for_log("a full build", |l| built(l) >= 3);
    assert_eq!(built(&log), 3, "{log}");

    // And the next edit to a page is applied in place on top of both.
    site.save(
        "content/en/guides/family.md",
        &family.replace("Citizens and residents.", "Everyone who lives here."),
    );
    let page = server.wait_for("/en/guides/family/", "the second edit", |r| {
        r.body.contains("Everyone who lives here.")
    });
    assert!(page.body.contains("edited-template"));
    let asylum = server.get("/en/guides/asylum/");
    assert!(asylum.body.contains("Checked by a lawyer on:"));
    let log = server.wait_for_log("the second edit", |l| {
        l.matches(" changed: rendered ").count() >= 2
    });
    assert_eq!(built(&log), 3, "{log}");
}
