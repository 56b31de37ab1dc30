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
/// A Dari (rtl) page with no Dari translation: the body is the English fallback. On the
/// shipped site with that guide left out (`tests::browser::withheld_site`).
const FALLBACK: &str = "/withheld/prs/asylum/one-year-deadline/";
/// The Dari section listing it.
const FALLBACK_SECTION: &str = "/withheld/prs/asylum/";

/// The pages the accessibility, CSP and privacy checks load.
fn pages() -> Vec<String> {
    browser::withheld_site();
    let mut pages = vec!["/".to_string(), "/404.html".to_string()];
    for lang in LANGS {
        pages.push(format!("/{lang}/"));
        pages.push(format!("/{lang}/asylum/"));
        pages.push(format!("/{lang}/{GUIDE}"));
        pages.push(format!("/{lang}/directory/"));
    }
    pages.push(FALLBACK.to_string());
    pages.push(FALLBACK_SECTION.to_string());
    pages.push("/prs/".to_string());
    pages.push("/prs/directory/".to_string());
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
    browser::withheld_site();
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
        browser::withheld_site();
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
        let base = if page.starts_with(browser::WITHHELD) {
            browser::WITHHELD
        } else {
            "/"
        };
        // A language's home page also loads the offline copy's script (which fetches nothing
        // until the reader opts in).
        let home = page.len() > base.len()
            && page[base.len()..].find('/') == Some(page.len() - base.len() - 1);
        let mut want = vec![
            format!("{origin}{base}quick-exit.js"),
            format!("{origin}{base}style.css"),
        ];
        if home {
            want.push(format!("{origin}{base}offline/offline.js"));
        }
        want.sort();
        for r in &requests {
            assert_eq!(r.method, "GET", "{page}: unexpected request {r:?}");
            assert!(
                r.path == page || want.contains(&format!("{origin}{}", r.path)),
                "{page}: requested something besides the page, style.css, quick-exit.js \
                 (and offline.js on a home page): {r:?}"
            );
        }
        let mut resources = b.resources();
        resources.sort();
        assert_eq!(
            resources, want,
            "{page}: loaded (or tried to load) more than the stylesheet and the scripts"
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
// Right-to-left pages: numbers, links and names in the right order.

/// JavaScript: `boxes(node, start, end)` measures each character of a text node with a Range;
/// `readsLeftToRight(boxes)` says whether, line by line, each character is drawn to the right
/// of the one before it (its logical predecessor).
const MEASURE: &str = r#"
const boxes = (node, start, end) => {
  const r = document.createRange(), out = [];
  for (let i = start; i < end; i++) {
    r.setStart(node, i); r.setEnd(node, i + 1);
    const b = r.getBoundingClientRect();
    out.push({ ch: node.data[i], left: b.left, width: b.width, top: Math.round(b.top) });
  }
  return out;
};
const readsLeftToRight = (bs) => bs.every((b, i) => {
  const a = bs[i - 1];
  return !a || a.width === 0 || b.width === 0 || Math.abs(a.top - b.top) > 2 || b.left >= a.left - 0.5;
});
const textNodes = (root) => {
  const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT), out = [];
  for (let n = w.nextNode(); n; n = w.nextNode()) out.push(n);
  return out;
};
"#;

/// Every match of `pattern` (a JavaScript regular expression source) in the page's visible
/// text, with whether its characters read left to right and the link it is in.
fn measure_matches(b: &browser::Browser, pattern: &str) -> Vec<Value> {
    let v = b.execute(
        &format!(
            "{MEASURE}
            const re = new RegExp(arguments[0], 'g'), found = [];
            for (const n of textNodes(document.body)) {{
              if (!n.parentElement || !n.parentElement.offsetParent) continue;
              for (const m of n.data.matchAll(re)) {{
                const bs = boxes(n, m.index, m.index + m[0].length);
                const a = n.parentElement.closest('a');
                found.push({{ text: m[0], ok: readsLeftToRight(bs),
                  drawn: bs.slice().sort((x, y) => x.left - y.left).map(x => x.ch).join(''),
                  href: a ? a.getAttribute('href') : null }});
              }}
            }}
            return found;"
        ),
        vec![json!(pattern)],
    );
    v.as_array().cloned().unwrap_or_default()
}

/// US phone numbers as the site writes them.
const PHONE: &str = r"(?:\+1[ .-]?)?(?:1-)?(?:\(\d{3}\) ?|\d{3}-)\d{3}-\d{4}";

#[test]
fn phone_numbers_read_left_to_right_and_call_in_right_to_left_pages() {
    let Some(mut b) = browser(Js::On) else { return };
    let mut pages = Vec::new();
    for lang in ["ar", "prs"] {
        // Footer (the hotline), the directory, the screener's text, a guide with numbers.
        pages.push(format!("/{lang}/"));
        pages.push(format!("/{lang}/directory/"));
        pages.push(format!("/{lang}/screener/"));
        pages.push(format!("/{lang}/court/detention/"));
        // Translated in Arabic; in Dari the English guide inside a right-to-left page.
        pages.push(format!("/{lang}/safety/safety-and-privacy/"));
    }
    let mut checked = 0;
    for page in pages {
        b.goto(&page);
        let found = measure_matches(&b, PHONE);
        assert!(!found.is_empty(), "{page}: no phone number found");
        for f in &found {
            let text = f["text"].as_str().unwrap_or_default();
            assert_eq!(
                f["ok"], true,
                "{page}: {text} is drawn as {} (characters out of order)",
                f["drawn"]
            );
            // The screener's own wording is its page's business; everywhere else a number
            // is a link that calls it.
            if page.ends_with("/screener/") {
                continue;
            }
            let digits: String = text.chars().filter(char::is_ascii_digit).collect();
            let digits = if digits.len() == 10 {
                format!("1{digits}")
            } else {
                digits
            };
            assert_eq!(
                f["href"].as_str(),
                Some(format!("tel:+{digits}").as_str()),
                "{page}: {text} is not a tel: link"
            );
            checked += 1;
        }
    }
    assert!(checked >= 10, "only {checked} phone numbers checked");

    // The check is not blind: a number written after Arabic letters without isolation is
    // drawn out of order.
    b.execute(
        "const p = document.createElement('p'); p.textContent = 'اتصل بالرقم 1-800-898-7180 الآن';\
         document.querySelector('main').prepend(p);",
        vec![],
    );
    let found = measure_matches(&b, PHONE);
    assert!(
        found.iter().any(|f| f["ok"] == false),
        "a bare number in Arabic should read out of order: {found:?}"
    );
}

#[test]
fn links_and_names_read_in_order_in_right_to_left_pages() {
    let Some(mut b) = browser(Js::On) else { return };
    // URLs and web addresses written as text, citations and English names in brackets.
    let url = r"https?://[^\s)]+[^\s).,]|\b[A-Za-z][\w-]*\.(?:org|gov|com)\b";
    let mut urls = 0;
    for page in [
        "/ar/",
        "/prs/",
        "/ar/legal-help/find-free-help/",
        "/prs/legal-help/find-free-help/",
        "/ar/directory/",
        "/prs/directory/",
    ] {
        b.goto(page);
        for f in measure_matches(&b, url) {
            assert_eq!(
                f["ok"], true,
                "{page}: {} is drawn as {}",
                f["text"], f["drawn"]
            );
            urls += 1;
        }
    }
    assert!(urls >= 4, "only {urls} addresses checked");

    // English in brackets inside Arabic: the brackets stay around the English, the English
    // reads left to right, and a full stop after it stays at the sentence's end (left).
    b.goto(&format!("/ar/{GUIDE}"));
    let v = b.execute(
        &format!(
            "{MEASURE}
            const bad = [];
            for (const n of textNodes(document.querySelector('main'))) {{
              for (const m of n.data.matchAll(/[A-Za-z][A-Za-z0-9 .,§()-]*[A-Za-z0-9)]/g)) {{
                // A closing bracket opened before the run belongs to the Arabic around it
                // (drawn mirrored, on the run's left): leave it out.
                let t = m[0];
                while (t.endsWith(')') && t.split(')').length > t.split('(').length) t = t.slice(0, -1).trimEnd();
                const bs = boxes(n, m.index, m.index + t.length);
                if (!readsLeftToRight(bs)) bad.push(t);
              }}
            }}
            return bad;"
        ),
        vec![],
    );
    assert_eq!(v, json!([]), "Latin runs drawn out of order in /ar/{GUIDE}");
    // The sources: `8 U.S.C. § 1158 (INA 208) — اللجوء (Asylum)` keeps the citation whole.
    let v = b.execute(
        &format!(
            "{MEASURE}
            const a = [...document.querySelectorAll('.sources a')].find(a => a.textContent.includes('1158'));
            const n = textNodes(a).find(n => n.data.includes('8 U.S.C.'));
            return readsLeftToRight(boxes(n, n.data.indexOf('8 U.S.C.'), n.data.indexOf('1158') + 4));"
        ),
        vec![],
    );
    assert_eq!(v, json!(true), "the citation in the sources breaks apart");
}

#[test]
fn english_names_and_summaries_in_right_to_left_pages_carry_their_language() {
    let Some(mut b) = browser(Js::On) else { return };
    b.goto("/ar/directory/");
    let v = b.execute(
        "return [...document.querySelectorAll('.cards > li > a.external')].map(a => \
           ({ name: a.textContent, lang: a.lang, dir: getComputedStyle(a).direction }));",
        vec![],
    );
    let names = v.as_array().expect("cards");
    assert!(names.len() >= 5, "{v}");
    for n in names {
        assert_eq!(
            (&n["lang"], &n["dir"]),
            (&json!("en"), &json!("ltr")),
            "{n}"
        );
    }
    // The arrow after a name in brackets is at its end (right), after the closing bracket.
    let v = b.execute(
        "const a = [...document.querySelectorAll('.cards > li > a.external')]\
           .find(a => a.textContent.endsWith(')'));\
         const r = document.createRange(); const t = a.firstChild;\
         r.setStart(t, t.data.length - 1); r.setEnd(t, t.data.length);\
         const bracket = r.getBoundingClientRect(); const box = a.getBoundingClientRect();\
         return { bracketRight: bracket.right, linkRight: box.right, arrow: getComputedStyle(a, '::after').content };",
        vec![],
    );
    assert!(
        v["bracketRight"].as_f64() < v["linkRight"].as_f64(),
        "the arrow is not after the closing bracket: {v}"
    );
    assert_eq!(v["arrow"], json!("\" ↗\""), "{v}");

    // A listing in Dari of pages shown in English: their titles and summaries say so.
    browser::withheld_site();
    b.goto(FALLBACK_SECTION);
    let v = b.execute(
        "return [...document.querySelectorAll('.cards li')].filter(li => li.querySelector('.badge'))\
           .map(li => ({ title: li.querySelector('a').closest('[lang]').lang,\
                         summary: li.querySelector('p') && li.querySelector('p').closest('[lang]').lang,\
                         dir: li.querySelector('p') && getComputedStyle(li.querySelector('p')).direction }));",
        vec![],
    );
    let items = v.as_array().expect("listing");
    assert!(
        !items.is_empty(),
        "{FALLBACK_SECTION} lists no untranslated page: {v}"
    );
    for i in items {
        assert_eq!(i["title"], "en", "{i}");
        assert_eq!(i["summary"], "en", "{i}");
        assert_eq!(i["dir"], "ltr", "{i}");
    }
}

#[test]
fn arabic_script_is_set_larger_and_looser_and_english_inside_it_is_not() {
    let Some(mut b) = browser(Js::On) else { return };
    browser::withheld_site();
    let text = |b: &browser::Browser, sel: &str| {
        b.execute(
            "const p = document.querySelector(arguments[0]); const s = getComputedStyle(p);\
             return [parseFloat(s.fontSize), parseFloat(s.lineHeight)];",
            vec![json!(sel)],
        )
    };
    b.goto(&format!("/en/{GUIDE}"));
    let en = text(&b, "main article > p:not(.reviewed)");
    b.goto(&format!("/ar/{GUIDE}"));
    let ar = text(&b, "main article > p:not(.reviewed)");
    b.goto(FALLBACK);
    let fallback = text(&b, "main article > p:not(.reviewed)");
    let prs_footer = text(&b, ".site-footer p");
    let f = |v: &Value, i: usize| v[i].as_f64().unwrap();
    let ratio = f(&ar, 0) / f(&en, 0);
    assert!(
        (1.14..=1.21).contains(&ratio),
        "Arabic text should be 1.15-1.2 times the Latin size: {ar} vs {en}"
    );
    assert!(
        (1.75..=1.85).contains(&(f(&ar, 1) / f(&ar, 0))),
        "Arabic line height should be about 1.8: {ar}"
    );
    assert!(
        (1.55..=1.65).contains(&(f(&en, 1) / f(&en, 0))),
        "Latin line height: {en}"
    );
    assert_eq!(
        fallback, en,
        "the English body of a Dari page keeps Latin sizing"
    );
    assert!(
        f(&prs_footer, 0) > 1.1 * f(&en, 0) * 16.0 / 18.0,
        "the Dari footer is set larger: {prs_footer}"
    );
}

// -------------------------------------------------------------------------------------------
// Quick exit, menus, notices.

/// The quick-exit button's box and whether it is on screen.
fn quick_exit_box(b: &browser::Browser) -> Value {
    b.execute(
        "const r = document.querySelector('a.quick-exit').getBoundingClientRect();\
         return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, \
                  visible: r.bottom > 0 && r.top < innerHeight && r.width > 0 };",
        vec![],
    )
}

#[test]
fn quick_exit_stays_on_screen_and_never_covers_a_heading_scrolled_to() {
    let Some(mut b) = browser(Js::On) else { return };
    browser::withheld_site();
    let mut checked = 0;
    for page in [
        format!("/en/{GUIDE}"),
        format!("/ar/{GUIDE}"),
        FALLBACK.to_string(),
        "/en/directory/".to_string(),
        "/prs/directory/".to_string(),
    ] {
        b.goto(&page);
        // Every in-page link of the page's own navigation (table of contents, directory
        // filters), followed as a reader would.
        let targets = b.execute(
            "return [...document.querySelectorAll('main nav a[href^=\"#\"]')].map(a => a.getAttribute('href'));",
            vec![],
        );
        let targets: Vec<String> = targets
            .as_array()
            .expect("links")
            .iter()
            .filter_map(|t| t.as_str().map(String::from))
            .collect();
        assert!(
            targets.len() >= 3,
            "{page}: expected in-page links, got {targets:?}"
        );
        for t in targets {
            b.execute("window.scrollTo(0, 0);", vec![]);
            b.click(&format!("main nav a[href=\"{t}\"]"));
            let v = b.execute(
                "const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));\
                 const t = target.getBoundingClientRect();\
                 const bar = document.querySelector('.topbar').getBoundingClientRect();\
                 return { target: { top: t.top, bottom: t.bottom }, bar: bar.bottom, scrolled: scrollY };",
                vec![],
            );
            let exit = quick_exit_box(&b);
            assert_eq!(exit["visible"], true, "{page}{t}: quick exit is off screen");
            let (top, bar_bottom) = (
                v["target"]["top"].as_f64().unwrap(),
                v["bar"].as_f64().unwrap(),
            );
            let exit_bottom = exit["bottom"].as_f64().unwrap();
            assert!(
                top >= bar_bottom && top >= exit_bottom,
                "{page}{t}: the heading (top {top}) is under the top bar ({bar_bottom}) or the \
                 quick exit ({exit:?}): {v}"
            );
            checked += 1;
        }
        // At the very end of the page the button is still there, over the bar only.
        b.execute("window.scrollTo(0, document.body.scrollHeight);", vec![]);
        let exit = quick_exit_box(&b);
        assert_eq!(exit["visible"], true, "{page}: quick exit scrolled away");
        assert!(exit["top"].as_f64().unwrap() >= 0.0, "{page}: {exit}");
    }
    assert!(checked >= 15, "only {checked} anchors followed");

    // No page lacks it: the chooser and the 404 page included.
    for page in ["/", "/404.html", "/en/no-such-page/"] {
        b.goto(page);
        assert_eq!(quick_exit_box(&b)["visible"], true, "{page}: no quick exit");
    }
}

#[test]
fn quick_exit_from_a_guide_replaces_it_in_the_history() {
    {
        let Some(mut b) = browser(Js::On) else { return };
        let guide = format!("/en/{GUIDE}");
        b.goto("/en/");
        b.goto(&guide);
        let href = b.execute(
            "return document.querySelector('a.quick-exit').href;",
            vec![],
        );
        b.click("a.quick-exit");
        b.wait_until(
            &format!("!location.href.endsWith({guide:?})"),
            std::time::Duration::from_secs(10),
        );
        assert!(
            b.current_url().starts_with(href.as_str().unwrap_or("?")),
            "quick exit went to {} instead of {href}",
            b.current_url()
        );
        b.back();
        b.wait_until(
            "document.readyState === 'complete'",
            std::time::Duration::from_secs(10),
        );
        let url = b.current_url();
        assert!(
            !url.ends_with(&guide),
            "Back returned to the guide after quick exit"
        );
        assert!(
            url.ends_with("/en/"),
            "Back went to {url}, not the page before the guide"
        );
    }
    // Without JavaScript it is a plain link to the neutral page.
    let Some(mut b) = browser(Js::Off) else {
        return;
    };
    b.goto(&format!("/ar/{GUIDE}"));
    let v = b.execute(
        "const a = document.querySelector('a.quick-exit'); return [a.getAttribute('href'), a.getAttribute('rel')];",
        vec![],
    );
    assert!(
        v[0].as_str().is_some_and(|h| h.starts_with("https://")),
        "{v}"
    );
}

#[test]
fn sections_and_language_stay_in_place_when_opened() {
    let Some(mut b) = browser(Js::On) else { return };
    for page in [
        format!("/en/{GUIDE}"),
        format!("/ar/{GUIDE}"),
        "/prs/".to_string(),
    ] {
        b.goto(&page);
        let boxes = |b: &browser::Browser| {
            b.execute(
                "return [...document.querySelectorAll('.menus summary')].map(s => {\
                   const r = s.getBoundingClientRect();\
                   return [s.parentElement.className, Math.round(r.left), Math.round(r.top), Math.round(r.width)]; });",
                vec![],
            )
        };
        let closed = boxes(&b);
        assert_eq!(closed.as_array().map(Vec::len), Some(2), "{page}: {closed}");
        // They look like buttons: a border and a marker that shows the state.
        let look = b.execute(
            "const s = document.querySelector('.menus summary'); const c = getComputedStyle(s);\
             return [parseFloat(c.borderTopWidth), getComputedStyle(s, '::after').content, c.display];",
            vec![],
        );
        assert!(look[0].as_f64() >= Some(1.0), "{page}: no border {look}");
        assert_ne!(look[1], json!("none"), "{page}: no marker {look}");
        for (menu, other) in [("menu", "languages"), ("languages", "menu")] {
            b.click(&format!(".menus details.{menu} > summary"));
            assert_eq!(
                boxes(&b),
                closed,
                "{page}: opening {menu} moved the buttons"
            );
            let v = b.execute(
                "const d = document.querySelector('.menus details.' + arguments[0]);\
                 const o = document.querySelector('.menus details.' + arguments[1]);\
                 const list = d.querySelector('ul').getBoundingClientRect();\
                 const row = d.querySelector('summary').getBoundingClientRect();\
                 return { open: d.open, otherOpen: o.open, below: list.top >= row.bottom - 1, height: list.height };",
                vec![json!(menu), json!(other)],
            );
            assert_eq!(v["open"], true, "{page}: {menu} did not open");
            assert_eq!(v["otherOpen"], false, "{page}: both menus are open");
            assert_eq!(
                v["below"], true,
                "{page}: {menu}'s list is not below the buttons: {v}"
            );
        }
        // The language names line up on the page's side, whatever their own direction.
        let v = b.execute(
            "const rtl = document.documentElement.dir === 'rtl';\
             return [...document.querySelectorAll('.menus .languages a')].map(a => {\
               const r = document.createRange(); r.selectNodeContents(a); const b = r.getBoundingClientRect();\
               return Math.round(rtl ? b.right : b.left); });",
            vec![],
        );
        let edges: Vec<i64> = v
            .as_array()
            .unwrap()
            .iter()
            .filter_map(Value::as_i64)
            .collect();
        assert!(edges.len() >= 5, "{page}: {v}");
        assert!(
            edges.iter().all(|e| (e - edges[0]).abs() <= 1),
            "{page}: language names are not aligned: {edges:?}"
        );
        b.click(".menus details.languages > summary");
    }
}

#[test]
fn fallback_notice_names_both_languages_and_leads_to_help_in_the_readers_language() {
    let Some(mut b) = browser(Js::Off) else {
        return;
    };
    browser::withheld_site();
    b.goto(FALLBACK);
    let v = b.execute(
        "const n = document.querySelector('.notice-fallback'); const s = getComputedStyle(n);\
         const a = n.querySelector('a');\
         return { text: n.innerText, border: parseFloat(s.borderTopWidth), bg: s.backgroundColor,\
                  note: getComputedStyle(document.body).backgroundColor, href: a && a.getAttribute('href'),\
                  beforeArticle: !!(n.compareDocumentPosition(document.querySelector('article')) & Node.DOCUMENT_POSITION_FOLLOWING) };",
        vec![],
    );
    let text = v["text"].as_str().unwrap_or_default();
    assert!(text.contains("دری") && text.contains("انگلیسی"), "{v}");
    assert!(
        v["border"].as_f64() >= Some(2.0),
        "the notice does not stand out: {v}"
    );
    assert_ne!(v["bg"], v["note"], "{v}");
    assert_eq!(v["beforeArticle"], true, "{v}");
    assert_eq!(
        v["href"],
        format!("{}prs/directory/#lang-prs", browser::WITHHELD),
        "{v}"
    );
    // Following it lands on the part of the directory for Dari, without JavaScript.
    b.click(".notice-fallback a");
    let v = b.execute(
        "const t = document.getElementById('lang-prs'); const r = t.getBoundingClientRect();\
         return { tag: t.tagName, text: t.innerText, top: r.top, hash: location.hash };",
        vec![],
    );
    assert_eq!(v["tag"], "H3", "{v}");
    assert!(
        v["text"].as_str().unwrap_or_default().contains("دری"),
        "{v}"
    );
    assert!(
        v["top"].as_f64() < Some(300.0),
        "the section is not scrolled to: {v}"
    );
}

#[test]
fn the_directory_filters_by_language_and_state_without_javascript() {
    let Some(mut b) = browser(Js::Off) else {
        return;
    };
    b.goto("/en/directory/");
    let v = b.execute(
        "const ids = new Set([...document.querySelectorAll('[id]')].map(e => e.id));\
         const links = [...document.querySelectorAll('main a[href^=\"#\"]')].map(a => a.getAttribute('href').slice(1));\
         return { missing: links.filter(l => !ids.has(l)), langs: links.filter(l => l.startsWith('lang-')),\
                  states: links.filter(l => l.startsWith('state-')) };",
        vec![],
    );
    assert_eq!(v["missing"], json!([]), "in-page links to nothing: {v}");
    let langs = v["langs"].as_array().unwrap();
    for code in ["en", "es", "ar", "zh-Hans", "fr", "ht", "prs"] {
        assert!(
            langs.contains(&json!(format!("lang-{code}"))),
            "no part for {code}: {v}"
        );
    }
    assert!(
        v["states"]
            .as_array()
            .unwrap()
            .contains(&json!("state-national")),
        "{v}"
    );
    // Spanish: every organisation that says it speaks Spanish, each linked to its card.
    b.click("nav a[href=\"#lang-es\"]");
    let v = b.execute(
        "const h = document.getElementById('lang-es'); const list = h.nextElementSibling;\
         return { hash: location.hash, top: h.getBoundingClientRect().top,\
                  orgs: [...list.querySelectorAll('a[href^=\"#org-\"]')].map(a => a.textContent),\
                  calls: [...list.querySelectorAll('a[href^=\"tel:\"]')].length };",
        vec![],
    );
    assert_eq!(v["hash"], "#lang-es");
    let directory = fs::read_to_string(tests::repo_root().join("content/directory.toml"))
        .expect("content/directory.toml");
    let spanish = directory
        .split("\n[[org]]\n")
        .skip(1)
        .filter(|o| {
            o.lines()
                .any(|l| l.starts_with("languages") && l.contains("\"es\""))
        })
        .count();
    assert_eq!(
        v["orgs"].as_array().map(Vec::len),
        Some(spanish),
        "the Spanish part lists {v}, the data has {spanish}"
    );
    assert!(v["calls"].as_u64() >= Some(1), "{v}");
    // National services: every shipped entry.
    let national = b.execute(
        "return document.getElementById('state-national').nextElementSibling.querySelectorAll('li').length;",
        vec![],
    );
    let entries = directory.lines().filter(|l| l.trim() == "[[org]]").count();
    assert_eq!(
        national.as_u64(),
        Some(entries as u64),
        "every shipped entry is national"
    );
}

#[test]
fn the_screener_is_offered_on_home_and_guide_pages() {
    let Some(mut b) = browser(Js::Off) else {
        return;
    };
    for lang in ["en", "es", "ar", "zh-Hans", "fr", "ht", "prs"] {
        for page in [format!("/{lang}/"), format!("/{lang}/{GUIDE}")] {
            b.goto(&page);
            let v = b.execute(
                "const a = document.querySelector('main .cta a'); if (!a) return null;\
                 const r = a.getBoundingClientRect();\
                 return { href: a.getAttribute('href'), text: a.innerText, height: r.height,\
                          lang: a.closest('[lang]').lang };",
                vec![],
            );
            assert!(!v.is_null(), "{page}: no way to the screener in the page");
            assert_eq!(v["href"], format!("/{lang}/screener/"), "{page}: {v}");
            assert_eq!(
                v["lang"], lang,
                "{page}: the entry is not in the reader's language"
            );
            assert!(
                v["height"].as_f64() >= Some(44.0),
                "{page}: too small to tap: {v}"
            );
        }
    }
}

#[test]
fn the_404_page_names_each_language_in_itself() {
    let Some(mut b) = browser(Js::On) else { return };
    b.goto("/en/no-such-page/");
    let v = b.execute(
        "return [...document.querySelectorAll('main li')].map(li => ({ lang: li.lang,\
           name: li.querySelector('.name').innerText, href: li.querySelector('a').getAttribute('href') }));",
        vec![],
    );
    let expected = [
        ("en", "English"),
        ("es", "Español"),
        ("ar", "العربية"),
        ("zh-Hans", "简体中文"),
        ("fr", "Français"),
        ("ht", "Kreyòl ayisyen"),
        ("prs", "دری"),
    ];
    let got: Vec<(String, String)> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["lang"].as_str().unwrap().into(),
                i["name"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        got,
        expected
            .iter()
            .map(|(l, n)| (l.to_string(), n.to_string()))
            .collect::<Vec<_>>()
    );
}

// -------------------------------------------------------------------------------------------
// Isolation never reaches attributes.

#[test]
fn isolation_never_lands_in_an_attribute_or_a_title() {
    let out = shipped_site();
    let mut isolated = 0;
    for f in html_files(out) {
        let html = fs::read_to_string(&f).expect("read page");
        let page = f.strip_prefix(out).unwrap().display().to_string();
        isolated += html.matches("<bdi").count();
        let title = &html[html.find("<title>").map_or(0, |i| i + 7)..];
        let title = &title[..title.find("</title>").unwrap_or(0)];
        assert!(!title.contains('<'), "{page}: markup in <title>: {title}");
        for tag in html.split('<').skip(1) {
            let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
            // An attribute value cut open by a `<` (markup inside it) leaves a quote unclosed.
            assert!(
                tag.starts_with('!') || tag.matches('"').count() % 2 == 0,
                "{page}: markup inside an attribute of <{tag}>"
            );
            let mut rest = tag;
            while let Some(eq) = rest.find("=\"") {
                let name = rest[..eq].rsplit([' ', '\n']).next().unwrap_or_default();
                let value = &rest[eq + 2..];
                let value = &value[..value.find('"').unwrap_or(value.len())];
                rest = &rest[(eq + 2 + value.len() + 1).min(rest.len())..];
                assert!(
                    !value.contains("bdi"),
                    "{page}: markup inside the attribute {name}: <{tag}>"
                );
                // Codes and addresses take no isolation marks either; text attributes
                // (`title`, `content` of a description, `aria-label`) may.
                let code = [
                    "href", "src", "id", "lang", "dir", "hreflang", "datetime", "rel",
                ]
                .contains(&name)
                    || name.starts_with("data-");
                assert!(
                    !(code && value.contains(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'])),
                    "{page}: isolation marks inside the attribute {name}: <{tag}>"
                );
            }
        }
    }
    assert!(
        isolated > 100,
        "hardly any isolation in the whole site ({isolated})"
    );
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
    let js = fs::read(out.join("quick-exit.js")).expect("read quick-exit.js");
    let (h, c, j) = (brotli_len(&html), brotli_len(&css), brotli_len(&js));
    println!(
        "median English guide {}: {} B html ({h} B brotli) + style.css {} B ({c} B brotli) \
         + quick-exit.js {} B ({j} B brotli) = {} B",
        median.strip_prefix(out).unwrap().display(),
        html.len(),
        css.len(),
        js.len(),
        h + c + j
    );
    assert!(
        h + c + j <= FIRST_ROUND_TRIP,
        "the median guide {}, style.css and quick-exit.js weigh {} B after brotli, over \
         {FIRST_ROUND_TRIP} B",
        median.display(),
        h + c + j
    );
    // The Arabic guide (longer: isolation marks, tel links, larger script) fits too.
    let ar = fs::read(out.join(format!("ar/{GUIDE}index.html"))).expect("the Arabic guide");
    let a = brotli_len(&ar);
    println!("ar/{GUIDE}: {} B html ({a} B brotli)", ar.len());
    assert!(
        a + c + j <= FIRST_ROUND_TRIP,
        "ar/{GUIDE} weighs {} B",
        a + c + j
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

// -------------------------------------------------------------------------------------------
// Looking at pages.

/// What sticks out past the right or left edge of the viewport: the page's scroll width and
/// the visible elements wider than the window or starting before it.
const SIDEWAYS: &str = r#"
const w = document.documentElement.clientWidth;
const out = [...document.querySelectorAll('body *')].filter(el => {
  const r = el.getBoundingClientRect(), s = getComputedStyle(el);
  if (!r.width || s.visibility !== 'visible' || el.closest('.visually-hidden, [hidden]')) return false;
  if (el.closest('pre, table, .table-wrap')) return false;
  return r.right > w + 1 || r.left < -1;
}).slice(0, 5).map(el => el.tagName + '.' + el.className + ': ' + el.textContent.trim().slice(0, 60));
return { scroll: document.documentElement.scrollWidth, width: w, out };
"#;

/// No page of the shipped site scrolls sideways on a 320 px phone, in either direction: long
/// words, phone numbers, names and buttons wrap or stay inside. (Tables and code blocks
/// scroll on their own and are left out.)
#[test]
fn no_page_scrolls_sideways_on_a_320_px_phone() {
    let Some(mut b) = browser(Js::On) else { return };
    let mut pages = pages();
    for lang in ["en", "ar", "prs"] {
        for page in ["screener/", "search/", "glossary/", "print/"] {
            pages.push(format!("/{lang}/{page}"));
        }
    }
    b.set_viewport(320, 700);
    let mut wide = Vec::new();
    for page in &pages {
        b.goto(page);
        let v = b.execute(SIDEWAYS, vec![]);
        if v["scroll"].as_u64() > v["width"].as_u64() || !v["out"].as_array().unwrap().is_empty() {
            wide.push(format!("{page}: {v}"));
        }
    }
    b.set_viewport(browser::WINDOW.0, browser::WINDOW.1);
    assert!(
        wide.is_empty(),
        "pages wider than a 320 px phone:\n{}",
        wide.join("\n")
    );
}

/// Full-page screenshots at 390 CSS pixels (a small phone) of the pages a reader meets first,
/// in English, Arabic and Dari, for a person to look at: written to
/// `target/screenshots/` (not kept in git). Run with
/// `cargo test -p tests --test browser screenshots -- --ignored`.
#[test]
#[ignore = "writes screenshots for review; run on demand"]
fn screenshots() {
    let Some(mut b) = browser(Js::On) else { return };
    browser::withheld_site();
    let dir = tests::repo_root().join("target/screenshots");
    fs::create_dir_all(&dir).expect("create target/screenshots");
    let mut pages = vec![
        ("chooser".to_string(), "/".to_string()),
        ("404".to_string(), "/404.html".to_string()),
    ];
    for lang in ["en", "ar", "prs"] {
        pages.push((format!("{lang}-home"), format!("/{lang}/")));
        pages.push((format!("{lang}-directory"), format!("/{lang}/directory/")));
    }
    for lang in ["en", "ar"] {
        pages.push((format!("{lang}-guide"), format!("/{lang}/{GUIDE}")));
    }
    pages.push(("prs-guide-fallback".to_string(), FALLBACK.to_string()));
    pages.push(("prs-court".to_string(), "/prs/court/".to_string()));
    for (name, page) in pages {
        b.goto(&page);
        let png = b.screenshot_full_page(390);
        let file = dir.join(format!("{name}.png"));
        fs::write(&file, png).expect("write a screenshot");
        println!("{page} -> {}", file.display());
    }
    // Menus open, on a phone-sized window.
    for (name, page, menu) in [
        ("en-sections-open", "/en/", ".menus details.menu > summary"),
        (
            "ar-languages-open",
            "/ar/",
            ".menus details.languages > summary",
        ),
    ] {
        b.goto(page);
        b.set_viewport(390, 844);
        b.click(menu);
        let png = b.run(b.client().screenshot()).expect("screenshot");
        fs::write(dir.join(format!("{name}.png")), png).expect("write a screenshot");
        b.set_viewport(browser::WINDOW.0, browser::WINDOW.1);
    }
}
