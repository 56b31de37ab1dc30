//! Keeping the site: `build --relative-urls` (every link of the shipped site resolves to a
//! file, from the file), `site-gen bundle` (what the zip holds, and that its links stay inside
//! it or go to the web), the printable booklet (every guide and the directory, unique ids),
//! and the offline lists (what they name, and when their version changes).

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;

use serde_json::Value;
use site_gen::load::LoadOptions;
use site_gen::render::relative::{Edit, edit_tags};
use site_gen::{BuildOptions, pipeline};
use tests::{FixtureSite, repo_root, snapshot};

fn opts(root: &std::path::Path) -> LoadOptions {
    LoadOptions {
        root: root.to_path_buf(),
        base_url: None,
        drafts: false,
    }
}

/// Builds the site at `root` into a temporary folder and reads it back.
fn build(root: &std::path::Path, relative: bool) -> BTreeMap<String, Vec<u8>> {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    pipeline::build_with(
        &BuildOptions {
            load: opts(root),
            out: out.clone(),
        },
        relative,
    )
    .unwrap_or_else(|d| panic!("the site must build: {d:#?}"));
    snapshot(&out)
}

/// Every URL a page holds in an attribute: (element, attribute, value).
fn urls(html: &str) -> Vec<(String, String, String)> {
    struct Collect(RefCell<Vec<(String, String, String)>>);
    impl Edit for Collect {
        fn attr(&self, tag: &str, name: &str, value: &str, refresh: bool) -> Option<String> {
            let mut found = self.0.borrow_mut();
            let mut push = |v: &str| found.push((tag.into(), name.into(), v.trim().into()));
            match name {
                "href" | "src" | "action" | "poster" | "cite" => push(value),
                "srcset" => value
                    .split(',')
                    .filter_map(|c| c.split_whitespace().next())
                    .for_each(&mut push),
                "content" if refresh => {
                    if let Some(i) = value.to_ascii_lowercase().find("url=") {
                        push(&value[i + 4..]);
                    }
                }
                n if n.starts_with("data-")
                    && value.contains('/')
                    && !value.contains(char::is_whitespace) =>
                {
                    push(value)
                }
                _ => {}
            }
            None
        }
    }
    let c = Collect(RefCell::new(Vec::new()));
    edit_tags(html, &c);
    c.0.into_inner()
}

fn ids(html: &str) -> Vec<String> {
    struct Ids(RefCell<Vec<String>>);
    impl Edit for Ids {
        fn attr(&self, _: &str, name: &str, value: &str, _: bool) -> Option<String> {
            if name == "id" {
                self.0.borrow_mut().push(value.to_string());
            }
            None
        }
    }
    let c = Ids(RefCell::new(Vec::new()));
    edit_tags(html, &c);
    c.0.into_inner()
}

/// `html` without its `<bdi>` isolation tags.
fn without_bdi(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find("<bdi").or_else(|| rest.find("</bdi>")) {
        let j = rest.find("</bdi>").filter(|&j| j < i).unwrap_or(i);
        out.push_str(&rest[..j]);
        let end = rest[j..].find('>').map_or(rest.len(), |e| j + e + 1);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn decode(s: &str) -> String {
    percent_decode(s)
}

fn percent_decode(s: &str) -> String {
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

/// `rel` seen from output file `from`, as a path in the output; `None` when it climbs out.
fn resolve(from: &str, rel: &str) -> Option<String> {
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for seg in rel.split('/') {
        match seg {
            "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    Some(decode(&parts.join("/")))
}

/// Checks every link of every page in `files` as a browser opening them from disk would
/// follow it: a relative link leads to a file (never a folder) that is there, and to an id
/// that is on it; anything else is another site, or the site on the web when `web` is given.
/// Returns how many links were followed.
fn check_links(files: &BTreeMap<String, Vec<u8>>, web: Option<&str>) -> usize {
    let mut followed = 0;
    let mut problems = Vec::new();
    let ids_of: RefCell<BTreeMap<String, BTreeSet<String>>> = RefCell::default();
    for (path, bytes) in files.iter().filter(|(p, _)| p.ends_with(".html")) {
        let html = String::from_utf8_lossy(bytes);
        for (tag, attr, url) in urls(&html) {
            let external = ["http://", "https://", "mailto:", "tel:", "data:", "#"]
                .iter()
                .any(|p| url.starts_with(p));
            if external {
                // The site's own address is left only for what the copy does not hold.
                let own = url.contains("example.org/rights/") || url.contains("rights.example.org");
                if own && web.is_none_or(|w| !url.starts_with(w)) {
                    problems.push(format!("{path}: <{tag} {attr}> still absolute: {url}"));
                }
                continue;
            }
            if url.starts_with('/') {
                problems.push(format!("{path}: <{tag} {attr}> root-relative: {url}"));
                continue;
            }
            let (target, frag) = url.split_once('#').unwrap_or((&url, ""));
            let target = target.split('?').next().unwrap_or_default();
            let Some(file) = resolve(path, target) else {
                problems.push(format!("{path}: {url} climbs out of the copy"));
                continue;
            };
            followed += 1;
            match files.get(&file) {
                None => problems.push(format!("{path}: <{tag} {attr}> {url} → {file} missing")),
                Some(bytes) if !frag.is_empty() && file.ends_with(".html") => {
                    let mut cache = ids_of.borrow_mut();
                    let ids = cache.entry(file.clone()).or_insert_with(|| {
                        ids(&String::from_utf8_lossy(bytes)).into_iter().collect()
                    });
                    if !ids.contains(&decode(frag)) {
                        problems.push(format!(
                            "{path}: {url} → no id `{}` in {file}",
                            decode(frag)
                        ));
                    }
                }
                Some(_) => {}
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} broken links:\n{}",
        problems.len(),
        problems.join("\n")
    );
    followed
}

#[test]
fn every_link_of_the_shipped_site_with_relative_urls_leads_to_a_file() {
    let files = build(&repo_root(), true);
    let followed = check_links(&files, None);
    let pages = files.keys().filter(|p| p.ends_with(".html")).count();
    assert!(followed > pages * 20, "{followed} links on {pages} pages");
    eprintln!("{followed} links followed on {pages} pages");
    // The scripts' data names pages as the pages that read it do.
    for lang in ["en", "ar", "prs"] {
        let rules: Value =
            serde_json::from_slice(&files[&format!("screener/rules.{lang}.json")]).unwrap();
        let text = rules.to_string();
        assert!(
            !text.contains("\"/"),
            "root-relative link in the {lang} rules"
        );
        let reader = format!("{lang}/screener/index.html");
        let mut checked = 0;
        for url in text.split('"').filter(|s| s.contains("index.html")) {
            let file = resolve(&reader, url.split('#').next().unwrap()).unwrap();
            assert!(files.contains_key(&file), "{lang} rules: {url} → {file}");
            checked += 1;
        }
        assert!(checked > 5, "{lang}: {checked} links in the rules");
    }
    // The canonical link of a page is the page itself, relative.
    let page = String::from_utf8_lossy(&files["es/asylum/one-year-deadline/index.html"]);
    assert!(
        page.contains("<link rel=\"canonical\" href=\"index.html\">"),
        "{page}"
    );
    assert!(page.contains("href=\"../../../style.css\""));
}

#[test]
fn relative_urls_in_site_toml_is_the_flag() {
    let site = FixtureSite::new("i18n", None);
    let flag = build(site.root(), true);
    let toml = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    std::fs::write(
        site.root().join("site.toml"),
        format!("relative_urls = true\n{toml}"),
    )
    .unwrap();
    let config = build(site.root(), false);
    assert!(
        flag == config,
        "`relative_urls = true` and --relative-urls differ"
    );
    check_links(&config, None);
    // Search results link from the search page too.
    let searcher = site_gen::search::Searcher::new(&opts(site.root())).unwrap();
    let hits = searcher.search("en", "asylum", 5).unwrap();
    assert!(!hits.is_empty());
    for h in &hits {
        let file = resolve("en/search/index.html", &h.url).unwrap();
        assert!(
            config.contains_key(&file),
            "search result {} → {file}",
            h.url
        );
    }
    let plain = build(FixtureSite::new("i18n", None).root(), false);
    let home = String::from_utf8_lossy(&plain["en/index.html"]);
    assert!(
        home.contains("href=\"/rights/style.css\""),
        "without the flag: {home}"
    );
}

/// The files of a zip, paths relative to its top folder.
fn unzip(bytes: &[u8], folder: &str) -> BTreeMap<String, Vec<u8>> {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = BTreeMap::new();
    for i in 0..z.len() {
        let mut f = z.by_index(i).unwrap();
        let name = f.name().to_string();
        let rel = name
            .strip_prefix(&format!("{folder}/"))
            .unwrap_or_else(|| panic!("{name} is outside {folder}/"));
        let mut data = Vec::new();
        f.read_to_end(&mut data).unwrap();
        out.insert(rel.to_string(), data);
    }
    out
}

#[test]
fn a_bundle_holds_its_language_the_originals_it_shows_and_the_shared_files() {
    let site = FixtureSite::new("i18n", None);
    let bundle = site_gen::bundle::bundle(&opts(site.root()), "ar", "rights-ar").unwrap();
    let files = unzip(&bundle.zip, "rights-ar");
    assert_eq!(files.keys().cloned().collect::<Vec<_>>(), bundle.files);
    for want in [
        "README.txt",
        "index.html",
        "style.css",
        "offline/offline.js",
        "ar/index.html",
        "ar/guides/index.html",
        "ar/guides/asylum/index.html",
        // Not translated into Arabic: shown in English, with its notice linking the original.
        "ar/guides/family/index.html",
        "en/guides/family/index.html",
        "ar/print/index.html",
        "ar/offline.json",
    ] {
        assert!(
            files.contains_key(want),
            "{want} missing: {:?}",
            bundle.files
        );
    }
    for path in files.keys() {
        assert!(
            !(path.starts_with("es/")
                || path == "sitemap.xml"
                || path == "_headers"
                || path == "404.html"
                || path == "en/index.html"
                || path == "en/guides/asylum/index.html"),
            "{path} does not belong in the Arabic copy"
        );
    }
    // Links between files of the zip are relative and lead to them; links to what it does
    // not hold go to the site on the web. Search results too.
    check_links(&files, Some("https://example.org/rights/"));
    let index = search_wasm::engine::Index::from_bytes(&files["ar/search/index.bin"]).unwrap();
    let hits = index.search("اللجوء", 5);
    assert!(!hits.is_empty(), "no search results in the bundle's index");
    for h in &hits {
        let file = resolve("ar/search/index.html", &h.url).unwrap();
        assert!(
            files.contains_key(&file),
            "search result {} → {file}",
            h.url
        );
    }
    let home = String::from_utf8_lossy(&files["ar/index.html"]);
    assert!(
        home.contains("href=\"https://example.org/rights/es/\""),
        "{home}"
    );
    let top = String::from_utf8_lossy(&files["index.html"]);
    assert!(
        top.contains("url=ar/index.html") && top.contains("lang=\"ar\" dir=\"rtl\""),
        "{top}"
    );
    // The booklet shows the untranslated guide in English, marked as such.
    let booklet = String::from_utf8_lossy(&files["ar/print/index.html"]);
    let at = booklet
        .find("id=\"guides/family:title\"")
        .expect("family in the booklet");
    let open = booklet[..at].rfind("<div class=\"booklet-body\"").unwrap();
    assert!(
        booklet[open..at].contains("lang=\"en\" dir=\"ltr\""),
        "{booklet}"
    );
    assert!(
        booklet[..open]
            .rfind("notice-fallback")
            .is_some_and(|n| open - n < 300)
    );
    let readme = String::from_utf8_lossy(&files["README.txt"]);
    assert!(
        readme.contains("index.html") && readme.contains("العربية"),
        "{readme}"
    );

    // A language the site does not have is an error that names the languages it has.
    let err = site_gen::bundle::bundle(&opts(site.root()), "de", "x")
        .err()
        .unwrap();
    assert!(err[0].message.contains("`de`"), "{err:?}");
    assert!(
        err[0].hint.as_deref().unwrap_or("").contains("en, es, ar"),
        "{err:?}"
    );
}

/// The shipped site, built once (absolute links).
fn shipped() -> &'static BTreeMap<String, Vec<u8>> {
    static SITE: std::sync::OnceLock<BTreeMap<String, Vec<u8>>> = std::sync::OnceLock::new();
    SITE.get_or_init(|| build(&repo_root(), false))
}

#[test]
fn each_booklet_holds_every_guide_of_its_language_and_the_directory() {
    let files = shipped();
    let (site, _) = site_gen::load::load(&opts(&repo_root()));
    let site = site.unwrap();
    let layout = site_gen::render::Layout::new(&site, &site_gen::render::reserved(&site));
    let plan = site_gen::render::Plan::new(&site, &layout);
    for lang in &site.config.languages {
        let code = &lang.code;
        let booklet = String::from_utf8_lossy(&files[&format!("{code}/print/index.html")]);
        // Titles are isolated where their direction changes (`<bdi>`): compared without.
        let booklet = without_bdi(&booklet);
        let (mut guides, mut fallbacks) = (0, 0);
        for e in plan
            .entries
            .iter()
            .filter(|e| e.lang.code == *code && !e.key.is_home())
        {
            let id = e
                .url
                .trim_start_matches('/')
                .trim_start_matches(code.as_str())
                .trim_matches('/');
            let title = site_gen::render::markdown::escape(&e.source.meta.title);
            let heading = format!("id=\"{id}:title\">{title}</h");
            assert!(booklet.contains(&heading), "{code}: {heading} missing");
            if e.is_fallback() {
                // Marked as in another language, with that language's lang and dir.
                let body = site.config.language(&e.source.lang).unwrap();
                let at = booklet.find(&heading).unwrap();
                let open = booklet[..at].rfind("<div class=\"booklet-body\"").unwrap();
                let marked = format!("lang=\"{}\" dir=\"{}\"", body.code, body.dir.as_str());
                assert!(
                    booklet[open..at].contains(&marked),
                    "{code}: fallback {id} not marked"
                );
                fallbacks += 1;
            }
            if !e.key.is_section() {
                guides += 1;
                if let Some(d) = e.source.meta.reviewed {
                    assert!(
                        booklet.contains(&format!("<time datetime=\"{d}\"")),
                        "{code}: {id} date"
                    );
                }
                for s in &e.source.meta.sources {
                    let href = format!("href=\"{}\"", site_gen::render::markdown::escape(&s.url));
                    assert!(booklet.contains(&href), "{code}: {id} source {}", s.url);
                }
            }
        }
        assert!(guides >= 16, "{code}: {guides} guides");
        eprintln!("{code}: {guides} guides, {fallbacks} shown in another language");
        assert!(
            booklet.contains("id=\"directory:title\""),
            "{code}: no directory"
        );
        assert!(
            booklet.contains("id=\"directory:asylum\""),
            "{code}: no directory area"
        );
        let all = ids(&booklet);
        let unique: BTreeSet<&String> = all.iter().collect();
        assert_eq!(unique.len(), all.len(), "{code}: ids repeat on the booklet");
        // Every in-page link of the booklet leads to an id on it.
        for (_, attr, url) in urls(&booklet) {
            if let Some(frag) = url.strip_prefix('#') {
                assert!(
                    unique.contains(&frag.to_string()),
                    "{code}: {attr}={url} leads nowhere"
                );
            }
        }
        let home = String::from_utf8_lossy(&files[&format!("{code}/index.html")]);
        assert!(
            home.contains(&format!("href=\"/{code}/print/\"")),
            "{code}: home lacks the booklet"
        );
        let sitemap = String::from_utf8_lossy(&files["sitemap.xml"]);
        assert!(sitemap.contains(&format!(
            "<loc>https://rights.example.org/{code}/print/</loc>"
        )));
    }
}

#[test]
fn offline_lists_name_their_languages_files_and_follow_them() {
    let files = shipped();
    for lang in ["en", "ar", "prs"] {
        let list: Value = serde_json::from_slice(&files[&format!("{lang}/offline.json")]).unwrap();
        let named: BTreeSet<String> = list["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                let f = f.as_str().unwrap();
                let file = resolve(&format!("{lang}/offline.json"), f).unwrap();
                if file.is_empty() || file.ends_with('/') {
                    format!("{file}index.html")
                } else {
                    file
                }
            })
            .collect();
        for f in &named {
            assert!(
                files.contains_key(f),
                "{lang}: lists {f}, which is not built"
            );
        }
        let pages: Vec<&String> = files
            .keys()
            .filter(|p| p.starts_with(&format!("{lang}/")) && p.ends_with("index.html"))
            .collect();
        for p in &pages {
            assert!(named.contains(*p), "{lang}: {p} not in the list");
        }
        for want in [
            "style.css".to_string(),
            "offline/offline.js".to_string(),
            "screener/app.js".to_string(),
            "screener/screener_wasm.js".to_string(),
            "screener/screener_wasm_bg.wasm".to_string(),
            format!("screener/rules.{lang}.json"),
        ] {
            assert!(named.contains(&want), "{lang}: {want} not in the list");
        }
        for f in &named {
            let other = f.split('/').next().is_some_and(|first| {
                first != lang && ["en", "es", "ar", "zh-Hans", "fr", "ht", "prs"].contains(&first)
            });
            assert!(!other, "{lang}: lists another language's {f}");
            assert!(
                !(f.starts_with("screener/rules.") && *f != format!("screener/rules.{lang}.json")),
                "{lang}: lists {f}"
            );
            assert!(
                !["index.html", "404.html", "sitemap.xml", "offline/sw.js"].contains(&f.as_str())
            );
        }
        let total: usize = named.iter().map(|f| files[f].len()).sum();
        assert_eq!(list["bytes"].as_u64(), Some(total as u64), "{lang}: size");
        assert_eq!(files[&format!("{lang}/sw.js")], files["offline/sw.js"]);
    }

    // A new build changes a language's version exactly when a file of its copy changed.
    let site = FixtureSite::new("i18n", None);
    let version = |files: &BTreeMap<String, Vec<u8>>, lang: &str| {
        let v: Value = serde_json::from_slice(&files[&format!("{lang}/offline.json")]).unwrap();
        v["version"].as_str().unwrap().to_string()
    };
    let before = build(site.root(), false);
    let es = site.root().join("content/es/guides/family.md");
    let text = std::fs::read_to_string(&es).unwrap();
    std::fs::write(&es, format!("{text}\nOtra frase.\n")).unwrap();
    let after = build(site.root(), false);
    assert_ne!(version(&before, "es"), version(&after, "es"));
    assert_eq!(version(&before, "en"), version(&after, "en"));
    assert_eq!(version(&before, "ar"), version(&after, "ar"));
    assert_eq!(
        build(site.root(), false)["es/offline.json"],
        after["es/offline.json"]
    );

    // Images beside the pages, which are copied rather than rendered, are in the list too.
    std::fs::write(
        site.root().join("content/en/guides/map.png"),
        b"\x89PNG\r\n\x1a\n",
    )
    .unwrap();
    let with_image = build(site.root(), false);
    let list = String::from_utf8_lossy(&with_image["en/offline.json"]);
    assert!(list.contains("\"guides/map.png\""), "{list}");
    assert_ne!(version(&with_image, "en"), version(&after, "en"));
    assert!(!String::from_utf8_lossy(&with_image["es/offline.json"]).contains("map.png"));
}
