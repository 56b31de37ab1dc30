//! Real-browser tests of the shipped site in Debian's headless Chromium (see `tests::browser`):
//! accessibility (axe-core), right-to-left layout, reading without JavaScript, privacy (what
//! a page requests and stores), the Content-Security-Policy, and page-weight budgets.
//!
//! All browser tests in this binary share one chromedriver and one browser per JavaScript
//! mode, and take turns (the harness holds a lock). Needs `/usr/bin/chromium`,
//! `/usr/bin/chromedriver` and `npm ci --prefix tests` (axe-core); `.ci/run` installs them.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use tests::browser::{self, Js, browser, http_get, shipped_site};

/// The languages every browser check covers: left-to-right Latin, right-to-left Arabic, CJK.
const LANGS: [&str; 3] = ["en", "ar", "zh-Hans"];
/// A guide every language has (translated in en, ar and zh-Hans).
const GUIDE: &str = "asylum/one-year-deadline/";
/// A Dari (rtl) page with no Dari translation: the body is the English fallback.
const FALLBACK: &str = "/prs/asylum/one-year-deadline/";

/// The pages the accessibility, CSP and privacy checks load.
fn pages() -> Vec<String> {
    let mut pages = vec!["/".to_string(), "/404.html".to_string()];
    for lang in LANGS {
        pages.push(format!("/{lang}/"));
        pages.push(format!("/{lang}/asylum/"));
        pages.push(format!("/{lang}/{GUIDE}"));
        pages.push(format!("/{lang}/directory/"));
    }
    pages.push(FALLBACK.to_string());
    pages.push("/prs/asylum/".to_string());
    pages
}

#[test]
fn axe_finds_no_accessibility_violations() {
    let Some(mut b) = browser(Js::On) else { return };
    let mut found = Vec::new();
    for page in pages() {
        b.goto(&page);
        let violations = b.axe();
        if !violations.is_empty() {
            found.push((page, violations));
        }
    }
    assert!(
        found.is_empty(),
        "axe-core found accessibility violations:\n{}",
        browser::report(&found)
    );

    // The check is not blind: a button without a name is reported.
    b.execute(
        "document.querySelector('main').append(document.createElement('button'));",
        vec![],
    );
    let ids: Vec<String> = b.axe().into_iter().map(|v| v.id).collect();
    assert!(
        ids.contains(&"button-name".to_string()),
        "axe missed a nameless button: {ids:?}"
    );
}

/// Where an element's box is, and the computed direction of an element, on the current page.
fn layout(b: &browser::Browser, selector: &str) -> Value {
    b.execute(
        r#"const el = document.querySelector(arguments[0]);
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right, width: innerWidth,
                 direction: getComputedStyle(el).direction,
                 htmlDir: document.documentElement.getAttribute('dir') };"#,
        vec![json!(selector)],
    )
}

#[test]
fn right_to_left_pages_are_mirrored() {
    let Some(mut b) = browser(Js::On) else { return };
    let cases = [
        ("/en/", "ltr"),
        (&format!("/en/{GUIDE}") as &str, "ltr"),
        ("/zh-Hans/", "ltr"),
        ("/ar/", "rtl"),
        (&format!("/ar/{GUIDE}"), "rtl"),
        ("/ar/directory/", "rtl"),
        ("/prs/", "rtl"),
        (FALLBACK, "rtl"),
    ];
    for (page, dir) in cases {
        b.goto(page);
        let l = layout(&b, ".site-name");
        assert!(!l.is_null(), "{page}: no .site-name link in the header");
        assert_eq!(l["htmlDir"], dir, "{page}: <html dir> should be {dir}");
        assert_eq!(l["direction"], dir, "{page}: computed direction");
        let (left, right, width) = (
            l["left"].as_f64().unwrap(),
            l["right"].as_f64().unwrap(),
            l["width"].as_f64().unwrap(),
        );
        // The site name sits at the start of the header bar: the left edge in ltr, the right
        // edge in rtl.
        let (gap_left, gap_right) = (left, width - right);
        if dir == "rtl" {
            assert!(
                gap_right < gap_left && right > width / 2.0,
                "{page}: the site name should be on the right in rtl, is at {left}..{right} of {width}"
            );
        } else {
            assert!(
                gap_left < gap_right && left < width / 2.0,
                "{page}: the site name should be on the left in ltr, is at {left}..{right} of {width}"
            );
        }
    }

    // The English body of an untranslated Dari page reads left to right inside the rtl page.
    b.goto(FALLBACK);
    let article = layout(&b, "article[lang=en]");
    assert!(
        !article.is_null(),
        "{FALLBACK}: no <article lang=en> (the fallback body)"
    );
    assert_eq!(article["htmlDir"], "rtl");
    assert_eq!(
        article["direction"], "ltr",
        "{FALLBACK}: the English body must be ltr"
    );
    let h1 = layout(&b, "article[lang=en] h1");
    assert_eq!(h1["direction"], "ltr", "{FALLBACK}: the English title");
}

/// Whether the page's scripting flag is on, seen from a `<noscript>`: its content parses as
/// elements only when scripting is disabled.
fn page_scripting_enabled(b: &browser::Browser) -> bool {
    let v = b.execute(
        "const n = document.createElement('noscript'); n.innerHTML = '<p>x</p>';\
         return n.firstChild.nodeType === Node.TEXT_NODE;",
        vec![],
    );
    v.as_bool().expect("a boolean")
}

#[test]
fn guide_text_is_visible_without_javascript() {
    // The probe itself, checked on the JavaScript session.
    {
        let Some(mut b) = browser(Js::On) else { return };
        b.goto(&format!("/en/{GUIDE}"));
        assert!(page_scripting_enabled(&b), "probe: scripting should be on");
    }
    let Some(mut b) = browser(Js::Off) else {
        return;
    };
    for page in [
        format!("/en/{GUIDE}"),
        format!("/ar/{GUIDE}"),
        FALLBACK.to_string(),
    ] {
        b.goto(&page);
        assert!(
            !page_scripting_enabled(&b),
            "{page}: JavaScript should be disabled in this session"
        );
        let v = b.execute(
            r#"const seen = el => {
                 const r = el.getBoundingClientRect(), s = getComputedStyle(el);
                 return r.width > 0 && r.height > 0 && s.visibility === 'visible'
                   && s.display !== 'none' && Number(s.opacity) > 0
                   && el.innerText.trim().length > 0;
               };
               const h1 = document.querySelector('main h1');
               const ps = [...document.querySelectorAll('main article p')];
               return { h1: !!h1 && seen(h1), paragraphs: ps.length,
                        visible: ps.filter(seen).length,
                        text: ps.map(p => p.innerText).join(' ').length };"#,
            vec![],
        );
        assert_eq!(
            v["h1"], true,
            "{page}: the title is not visible without JS: {v}"
        );
        let (n, visible) = (v["paragraphs"].as_u64(), v["visible"].as_u64());
        assert!(n >= Some(3), "{page}: expected the guide's paragraphs: {v}");
        assert_eq!(
            visible, n,
            "{page}: some paragraphs are hidden without JS: {v}"
        );
        assert!(
            v["text"].as_u64() > Some(200),
            "{page}: too little text: {v}"
        );
    }
}

#[test]
fn guide_pages_request_only_their_own_files_and_store_nothing() {
    let Some(mut b) = browser(Js::On) else { return };
    let origin = b.server().origin.clone();
    for page in pages() {
        b.server().clear();
        b.goto(&page);
        let requests = b.server().requests();
        assert!(
            requests.iter().any(|r| r.path == page),
            "{page}: the server did not see the page itself: {requests:?}"
        );
        // A language's home page also loads the offline copy's script (which fetches nothing
        // until the reader opts in).
        let home = page.len() > 1 && page[1..].find('/') == Some(page.len() - 2);
        let mut want = vec![format!("{origin}/style.css")];
        if home {
            want.push(format!("{origin}/offline/offline.js"));
        }
        for r in &requests {
            assert_eq!(r.method, "GET", "{page}: unexpected request {r:?}");
            assert!(
                r.path == page || want.contains(&format!("{origin}{}", r.path)),
                "{page}: requested something besides the page and style.css: {r:?}"
            );
        }
        let resources = b.resources();
        assert_eq!(
            resources, want,
            "{page}: loaded (or tried to load) more than the stylesheet"
        );
        let storage = b.storage();
        assert!(
            storage.is_empty(),
            "{page}: the page stored something: {storage:?}"
        );
    }
    let fonts = b.execute(
        "return [...document.fonts].filter(f => f.status !== 'unloaded').map(f => f.family);",
        vec![],
    );
    assert_eq!(fonts, json!([]), "web fonts were loaded");
}

#[test]
fn csp_is_sent_and_nothing_violates_it() {
    let Some(mut b) = browser(Js::On) else { return };
    let headers_file = fs::read_to_string(shipped_site().join("_headers")).expect("_headers");
    let policy = headers_file
        .lines()
        .find_map(|l| l.trim().strip_prefix("Content-Security-Policy:"))
        .map(str::trim)
        .expect("_headers has a Content-Security-Policy")
        .to_string();
    assert!(policy.contains("default-src 'none'"), "{policy}");
    for page in pages() {
        let (status, headers, body) = http_get(&page);
        assert_eq!(status, 200, "{page}");
        assert_eq!(
            headers.get("content-security-policy"),
            Some(&policy),
            "{page}: the server should send the site's CSP"
        );
        let html = String::from_utf8(body).expect("utf-8 page");
        assert!(
            html.contains(r#"<meta http-equiv="Content-Security-Policy" content=""#),
            "{page}: no CSP meta tag"
        );

        b.goto(&page);
        let meta = b.execute(
            "const m = document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]');\
             return m && m.content;",
            vec![],
        );
        let meta = meta
            .as_str()
            .unwrap_or_else(|| panic!("{page}: no CSP meta"));
        assert!(
            meta.contains("default-src 'none'") && meta.contains("script-src 'self'"),
            "{page}: meta CSP is {meta}"
        );
        let csp = b.csp_messages();
        assert!(
            csp.is_empty(),
            "{page}: CSP messages in the console: {csp:#?}"
        );
    }

    // The console check is not blind: an inline style breaks the policy and is reported.
    b.goto(&format!("/en/{GUIDE}"));
    b.execute(
        "const s = document.createElement('style'); s.textContent = 'body{}';\
         document.head.append(s);",
        vec![],
    );
    let csp = b.csp_messages();
    assert!(
        !csp.is_empty(),
        "an inline <style> should have been reported as a CSP violation"
    );

    // A missing page gets the 404 page with status 404.
    let (status, _, body) = http_get("/en/no-such-page/");
    assert_eq!(status, 404);
    assert!(String::from_utf8_lossy(&body).contains("<html"));
}

// -------------------------------------------------------------------------------------------
// Page weight, on bytes (no browser needed).

fn html_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).expect("read output dir").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "html") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn brotli_len(bytes: &[u8]) -> usize {
    let mut out = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        w.write_all(bytes).expect("compress");
    }
    out.len()
}

/// What one round trip can bring on a new connection (TCP's initial window, about 14 KB).
const FIRST_ROUND_TRIP: usize = 14 * 1024;

#[test]
fn a_typical_guide_and_its_stylesheet_fit_in_one_round_trip() {
    let out = shipped_site();
    // Guides are <lang>/<section>/<page>/index.html.
    let mut guides: Vec<(usize, PathBuf)> = html_files(&out.join("en"))
        .into_iter()
        .filter(|p| p.strip_prefix(out).map(|r| r.components().count()) == Ok(4))
        .map(|p| (fs::metadata(&p).expect("stat").len() as usize, p))
        .collect();
    guides.retain(|(_, p)| !p.starts_with(out.join("en/directory")));
    assert!(
        guides.len() >= 10,
        "expected the English guides: {guides:?}"
    );
    guides.sort();
    let (_, median) = &guides[guides.len() / 2];
    let html = fs::read(median).expect("read the guide");
    let css = fs::read(out.join("style.css")).expect("read style.css");
    let (h, c) = (brotli_len(&html), brotli_len(&css));
    println!(
        "median English guide {}: {} B html ({h} B brotli) + style.css {} B ({c} B brotli) = {} B",
        median.strip_prefix(out).unwrap().display(),
        html.len(),
        css.len(),
        h + c
    );
    assert!(
        h + c <= FIRST_ROUND_TRIP,
        "the median guide {} and style.css weigh {} B after brotli, over {FIRST_ROUND_TRIP} B",
        median.display(),
        h + c
    );
}

/// The text inside every `<tag …>` of `html` (attributes, no angle brackets).
fn tags<'a>(html: &'a str, tag: &str) -> Vec<&'a str> {
    let open = format!("<{tag}");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&open) {
        rest = &rest[i + open.len()..];
        if !rest.starts_with([' ', '>', '\n', '/']) {
            continue; // <linkx>, <scripts>
        }
        let end = rest.find('>').unwrap_or(rest.len());
        out.push(&rest[..end]);
    }
    out
}

/// The value of `name="…"` in a tag's text.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let needle = format!(" {name}=\"");
    let v = &tag[tag.find(&needle)? + needle.len()..];
    Some(&v[..v.find('"').unwrap_or(v.len())])
}

#[test]
fn no_page_links_a_font_or_a_third_party_stylesheet_or_script() {
    let out = shipped_site();
    let css = fs::read_to_string(out.join("style.css")).expect("style.css");
    for bad in ["@font-face", "@import", "url("] {
        assert!(!css.contains(bad), "style.css uses {bad}");
    }
    let font = |u: &str| {
        let u = u.to_ascii_lowercase();
        [".woff", ".woff2", ".ttf", ".otf", ".eot", "fonts.g"]
            .iter()
            .any(|f| u.contains(f))
    };
    let third_party = |u: &str| u.starts_with("//") || u.contains("://");
    let files = html_files(out);
    assert!(files.len() > 100, "expected the whole site");
    for f in files {
        let html = fs::read_to_string(&f).expect("read page");
        let page = f.strip_prefix(out).unwrap().display().to_string();
        for link in tags(&html, "link") {
            let href = attr(link, "href").unwrap_or("");
            let rel = attr(link, "rel").unwrap_or("");
            assert!(!font(href), "{page} links a font: {link}");
            if ["stylesheet", "preload", "modulepreload", "icon", "manifest"].contains(&rel) {
                assert!(
                    !third_party(href),
                    "{page} loads a third-party file: {link}"
                );
            }
        }
        for tag in [
            "script", "img", "iframe", "video", "audio", "source", "embed", "object",
        ] {
            for t in tags(&html, tag) {
                let src = attr(t, "src").unwrap_or("");
                assert!(!third_party(src), "{page} loads a third-party {tag}: {t}");
            }
        }
        assert!(!html.contains("@font-face"), "{page} declares a font");
        assert!(!html.contains("<style"), "{page} has an inline <style>");
    }
}
