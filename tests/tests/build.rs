//! Fixture sites built for real, with assertions on the produced HTML.

use std::fs;

use site_gen::load::LoadOptions;
use site_gen::{BuildOptions, Diagnostic};
use tests::{FixtureSite, snapshot};

fn build(site: &FixtureSite, base_url: Option<&str>) -> Result<site_gen::Report, Vec<Diagnostic>> {
    site_gen::build(&BuildOptions {
        load: LoadOptions {
            root: site.root().to_path_buf(),
            base_url: base_url.map(str::to_string),
            drafts: false,
        },
        out: site.out(),
    })
}

fn built_i18n() -> FixtureSite {
    let site = FixtureSite::new("i18n", None);
    let report = build(&site, None).expect("the i18n fixture builds");
    assert!(report.pages >= 12, "{report:?}");
    site
}

#[test]
fn every_language_gets_every_page_with_lang_and_dir() {
    let site = built_i18n();
    for lang in ["en", "es", "ar"] {
        for page in [
            "index.html",
            "guides/index.html",
            "guides/asylum/index.html",
            "guides/family/index.html",
        ] {
            let html = site.read(&format!("{lang}/{page}"));
            let dir = if lang == "ar" { "rtl" } else { "ltr" };
            assert!(
                html.contains(&format!("<html lang=\"{lang}\" dir=\"{dir}\">")),
                "{lang}/{page} lacks lang/dir"
            );
            assert!(
                html.contains("class=\"skip\" href=\"#main\""),
                "{lang}/{page} lacks a skip link"
            );
            assert!(html.contains("general information, not legal advice") || lang != "en");
        }
    }
}

#[test]
fn language_switcher_lists_translations_in_their_own_names() {
    let site = built_i18n();
    let html = site.read("es/guides/asylum/index.html");
    assert!(html.contains(
        r#"<a href="/rights/en/guides/asylum/" lang="en" dir="ltr" hreflang="en">English</a>"#
    ));
    assert!(html.contains(
        r#"<a href="/rights/ar/guides/asylum/" lang="ar" dir="rtl" hreflang="ar">العربية</a>"#
    ));
    assert!(html.contains(r#"hreflang="es" aria-current="page">Español</a>"#));
}

#[test]
fn hreflang_alternates_name_real_translations_and_x_default() {
    let site = built_i18n();
    let html = site.read("en/guides/asylum/index.html");
    for (code, url) in [
        ("en", "en"),
        ("es", "es"),
        ("ar", "ar"),
        ("x-default", "en"),
    ] {
        assert!(
            html.contains(&format!(
                r#"<link rel="alternate" hreflang="{code}" href="https://example.org/rights/{url}/guides/asylum/">"#
            )),
            "missing hreflang {code}"
        );
    }
    assert!(
        html.contains(
            r#"<link rel="canonical" href="https://example.org/rights/en/guides/asylum/">"#
        )
    );
    // family is not translated into Arabic: no alternate may claim it is.
    let family = site.read("en/guides/family/index.html");
    assert!(
        family.contains(r#"hreflang="es" href="https://example.org/rights/es/guides/family/""#)
    );
    assert!(!family.contains(r#"hreflang="ar" href"#));
}

#[test]
fn untranslated_page_falls_back_with_notice_and_canonical() {
    let site = built_i18n();
    let html = site.read("ar/guides/family/index.html");
    assert!(
        html.contains("<html lang=\"ar\" dir=\"rtl\">"),
        "chrome stays Arabic"
    );
    assert!(
        html.contains("هذه الصفحة غير مترجمة بعد. تظهر باللغة الإنجليزية."),
        "notice in Arabic, naming English in Arabic"
    );
    assert!(
        html.contains("<article lang=\"en\" dir=\"ltr\">"),
        "body marked as English"
    );
    assert!(html.contains("<h2 id=\"who-can-petition\">Who can petition</h2>"));
    assert!(
        html.contains(
            r#"<link rel="canonical" href="https://example.org/rights/en/guides/family/">"#
        )
    );
    assert!(
        !html.contains("rel=\"alternate\""),
        "a fallback claims no translation"
    );
    // The Arabic section page lists it, marked as not translated.
    let section = site.read("ar/guides/index.html");
    assert!(
        section.contains(
            r#"<a href="/rights/ar/guides/family/" lang="en" dir="ltr">Family</a> <span class="badge">"#
        ),
        "{section}"
    );
    // And the sitemap does not list it.
    let sitemap = site.read("sitemap.xml");
    assert!(!sitemap.contains("<loc>https://example.org/rights/ar/guides/family/</loc>"));
}

#[test]
fn outdated_translation_shows_notice_only_when_source_changed() {
    let site = built_i18n();
    let outdated = site.read("es/guides/asylum/index.html");
    assert!(outdated.contains("La página original cambió después de esta traducción."));
    assert!(outdated.contains(r#"<a href="/rights/en/guides/asylum/" lang="en" hreflang="en">"#));
    let current = site.read("es/guides/family/index.html");
    assert!(!current.contains("notice-outdated"));
}

#[test]
fn translation_with_current_hash_is_up_to_date() {
    let site = FixtureSite::new("i18n", None);
    let source = fs::read_to_string(site.root().join("content/en/guides/asylum.md")).unwrap();
    let hash = site_gen::load::content::source_hash(&site_gen::load::content::normalise(&source));
    let es = site.root().join("content/es/guides/asylum.md");
    let text = fs::read_to_string(&es)
        .unwrap()
        .replace("0000000000000000", &hash);
    fs::write(&es, text).unwrap();
    build(&site, None).unwrap();
    assert!(
        !site
            .read("es/guides/asylum/index.html")
            .contains("notice-outdated")
    );
}

#[test]
fn internal_links_resolve_in_the_readers_language() {
    let site = built_i18n();
    let en = site.read("en/guides/asylum/index.html");
    assert!(en.contains(r##"<a href="/rights/en/guides/family/#who-can-petition">family</a>"##));
    let ar = site.read("ar/guides/asylum/index.html");
    assert!(ar.contains(r#"<a href="/rights/ar/guides/family/">الأسرة</a>"#));
    assert!(
        ar.contains("<h2 id=\"حقوقك-في-المحكمة\">"),
        "Arabic headings get usable anchors"
    );
}

/// The part of a page a reader reads: from `<main` to `</main>`.
fn main_of(html: &str) -> &str {
    let start = html.find("<main").expect("a page has <main>");
    let end = html.find("</main>").expect("a page has </main>") + "</main>".len();
    &html[start..end]
}

#[test]
fn rendered_pages_match_their_snapshots() {
    // Markdown features (admonitions labelled in the reader's language, external links,
    // anchors, @/ links in each language), review dates in each language's month names,
    // sources, an untranslated page's notice and body language, a section listing, the
    // glossary page. Review changes with `cargo insta review`.
    let site = built_i18n();
    for page in [
        "en/guides/asylum/index.html",
        "es/guides/asylum/index.html",
        "ar/guides/family/index.html",
        "es/guides/index.html",
    ] {
        let name = page.trim_end_matches("/index.html").replace('/', "-");
        insta::assert_snapshot!(name, main_of(&site.read(page)));
    }
    insta::assert_snapshot!("404", site.read("404.html"));
}

#[test]
fn every_link_respects_the_base_path() {
    let site = built_i18n();
    for (rel, bytes) in snapshot(&site.out()) {
        if !rel.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8(bytes).unwrap();
        for attr in ["href=\"/", "src=\"/"] {
            for (i, _) in html.match_indices(attr) {
                let rest = &html[i + attr.len() - 1..];
                assert!(
                    rest.starts_with("/rights/"),
                    "{rel}: link outside the base path: {}",
                    &rest[..40.min(rest.len())]
                );
            }
        }
    }
    // And --base-url overrides site.toml.
    let site = FixtureSite::new("i18n", None);
    build(&site, Some("/sub/")).unwrap();
    let html = site.read("es/guides/asylum/index.html");
    assert!(html.contains(r#"<a href="/sub/es/guides/family/">familia</a>"#));
    assert!(html.contains(r#"<link rel="stylesheet" href="/sub/style.css">"#));
}

#[test]
fn sitemap_lists_alternates() {
    let site = built_i18n();
    let sitemap = site.read("sitemap.xml");
    assert!(sitemap.contains("<url><loc>https://example.org/rights/es/guides/asylum/</loc>"));
    assert!(sitemap.contains(r#"<xhtml:link rel="alternate" hreflang="ar" href="https://example.org/rights/ar/guides/asylum/"/>"#));
    let robots = site.read("robots.txt");
    assert!(robots.contains("Sitemap: https://example.org/rights/sitemap.xml"));
}

#[test]
fn root_chooser_and_404_offer_every_language() {
    let site = built_i18n();
    let chooser = site.read("index.html");
    assert!(chooser.contains(r#"<li lang="ar" dir="rtl"><a href="/rights/ar/" hreflang="ar"><span class="name">العربية</span> <span class="hint">اقرأ بالعربية</span>"#));
    assert!(chooser.contains(
        r#"<span class="name">Español</span> <span class="hint">Leer en español</span>"#
    ));
    // The 404 page names each language in itself.
    let not_found = site.read("404.html");
    for (code, name) in [("en", "English"), ("es", "Español"), ("ar", "العربية")] {
        assert!(not_found.contains(&format!(
            r#"<a href="/rights/{code}/" hreflang="{code}"><span class="name">{name}</span>"#
        )));
    }
}

#[test]
fn pages_carry_a_strict_csp_and_no_inline_script() {
    let site = built_i18n();
    let headers = site.read("_headers");
    assert!(headers.starts_with("/rights/*\n  Content-Security-Policy: default-src 'none'; script-src 'self' 'wasm-unsafe-eval';"));
    assert!(headers.contains("frame-ancestors 'none'"));
    let strict = "content=\"default-src &#39;none&#39;; script-src &#39;self&#39;; ";
    let wasm = "content=\"default-src &#39;none&#39;; script-src &#39;self&#39; &#39;wasm-unsafe-eval&#39;; ";
    for (rel, bytes) in snapshot(&site.out()) {
        if rel.ends_with(".html") {
            let html = String::from_utf8(bytes).unwrap();
            // A language's home page also loads the offline copy's script.
            let home = rel.matches('/').count() == 1 && rel.ends_with("/index.html");
            assert_eq!(
                html.contains("<script src=\"/rights/offline/offline.js\" defer></script>"),
                home,
                "{rel}: the offline script belongs on home pages only"
            );
            assert!(!html.contains(" style="), "{rel} has inline style");
            assert!(!html.contains("<script>"), "{rel} has an inline script");
            if rel.ends_with("/search/index.html") {
                // The search page runs its engine: its own script, and wasm.
                assert!(html.contains(wasm), "{rel}");
                assert!(
                    html.contains("<script type=\"module\" src=\"/rights/search/app.js\">"),
                    "{rel}"
                );
            } else {
                // Everywhere else: no WebAssembly, and no script of the site's except the
                // quick-exit one.
                assert!(html.contains(strict), "{rel}");
                for tag in html.match_indices("<script").map(|(i, _)| &html[i..]) {
                    assert!(
                        tag.starts_with("<script src=\"/rights/quick-exit.js\"")
                            || tag.starts_with("<script src=\"/rights/offline/offline.js\""),
                        "{rel}: {}",
                        &tag[..60.min(tag.len())]
                    );
                }
            }
        }
    }
}

#[test]
fn unknown_front_matter_keys_are_kept() {
    let site = FixtureSite::new("i18n", None);
    let (loaded, diags) = site_gen::load::load(&LoadOptions {
        root: site.root().to_path_buf(),
        ..Default::default()
    });
    assert!(diags.iter().all(|d| !d.is_error()), "{diags:?}");
    let loaded = loaded.unwrap();
    let page = loaded
        .pages
        .iter()
        .find(|p| p.lang == "en" && p.key.as_str() == "guides/asylum.md")
        .unwrap();
    assert_eq!(page.meta.extra["office_hours"], "Mondays");
}

/// Builds the valid fixture, then the fixture with one bad input; the build must fail with
/// the expected located message and leave the first output exactly as it was.
fn assert_fails_cleanly(overlay: &str, file: &str, line: u32, message: &str) {
    let site = FixtureSite::new("i18n", None);
    build(&site, None).expect("the valid fixture builds");
    let before = snapshot(&site.out());
    tests::copy_tree(
        &tests::fixture_dir(&format!("invalid/{overlay}")),
        site.root(),
    );
    let errors = build(&site, None).expect_err("a bad input fails the build");
    let found = errors
        .iter()
        .find(|d| d.is_error() && d.message.contains(message));
    let found = found.unwrap_or_else(|| panic!("no error containing {message:?} in {errors:#?}"));
    assert_eq!(
        found.file.as_deref().and_then(|f| f.to_str()),
        Some(file),
        "{found:?}"
    );
    assert_eq!(found.line, line, "{found:?}");
    assert_eq!(snapshot(&site.out()), before, "the previous output changed");
    let leftovers: Vec<_> = fs::read_dir(site.root())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "temporary output left behind");
}

#[test]
fn broken_yaml_is_located() {
    assert_fails_cleanly(
        "broken-yaml",
        "content/en/guides/broken.md",
        4,
        "front matter is not valid YAML",
    );
}

#[test]
fn unknown_internal_link_is_located() {
    assert_fails_cleanly(
        "unknown-link",
        "content/en/guides/links.md",
        6,
        "internal link `@/guides/missing.md`",
    );
}

#[test]
fn missing_message_is_located_in_the_template() {
    assert_fails_cleanly(
        "missing-message",
        "theme/templates/section.html",
        4,
        "unknown message id `no-such-message`",
    );
}

#[test]
fn template_typo_is_located() {
    assert_fails_cleanly(
        "template-typo",
        "theme/templates/section.html",
        4,
        "undefined",
    );
}

#[test]
fn non_utf8_file_is_rejected() {
    assert_fails_cleanly("non-utf8", "content/en/guides/latin1.md", 2, "not UTF-8");
}

#[test]
fn unknown_language_folder_is_rejected() {
    let site = FixtureSite::new("i18n", None);
    build(&site, None).unwrap();
    let before = snapshot(&site.out());
    tests::copy_tree(&tests::fixture_dir("invalid/unknown-language"), site.root());
    let errors = build(&site, None).unwrap_err();
    let e = errors
        .iter()
        .find(|d| {
            d.message
                .contains("`content/xx/` is not a language listed in site.toml")
        })
        .expect("error");
    assert_eq!(
        e.file.as_deref().and_then(|f| f.to_str()),
        Some("content/xx")
    );
    assert_eq!(snapshot(&site.out()), before);
}

#[test]
fn fluent_syntax_error_is_located() {
    assert_fails_cleanly("broken-fluent", "locales/es/extra.ftl", 2, "Fluent syntax");
}

#[test]
fn refuses_to_replace_a_folder_it_did_not_make() {
    let site = FixtureSite::new("i18n", None);
    fs::create_dir_all(site.out()).unwrap();
    fs::write(site.out().join("precious.txt"), "keep me").unwrap();
    let errors = build(&site, None).unwrap_err();
    assert!(
        errors
            .iter()
            .any(|e| e.message.contains("was not made by site-gen"))
    );
    assert_eq!(
        fs::read_to_string(site.out().join("precious.txt")).unwrap(),
        "keep me"
    );
}

#[test]
fn folder_without_site_toml_builds_from_language_folders() {
    let site = FixtureSite::new("i18n", None);
    fs::remove_file(site.root().join("site.toml")).unwrap();
    build(&site, None).unwrap();
    let html = site.read("ar/guides/asylum/index.html");
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(
        site.read("index.html")
            .contains("<span class=\"name\">English</span>")
    );
}

#[test]
fn broken_screener_definition_is_located() {
    assert_fails_cleanly(
        "broken-screener",
        "content/screener/screener.toml",
        11,
        "unknown question `detaned`",
    );
}

#[test]
fn site_name_from_site_toml_replaces_the_message() {
    let site = FixtureSite::new("i18n", None);
    let config = site.root().join("site.toml");
    let mut text = fs::read_to_string(&config).unwrap();
    text.push_str("\n[name]\nes = \"Nuestros derechos\"\n");
    fs::write(&config, text).unwrap();
    build(&site, None).unwrap();
    assert!(
        site.read("es/guides/asylum/index.html")
            .contains(">Nuestros derechos</a>")
    );
    assert!(
        site.read("en/guides/asylum/index.html")
            .contains(">Know Your Rights</a>")
    );
}

/// Odd but real-world input never panics: each file either builds or fails with located
/// errors.
/// What must be reported about an odd input: (is an error, line, part of the message).
type Expected<'a> = &'a [(bool, u32, &'a str)];

#[test]
fn odd_inputs_never_panic_and_each_is_reported() {
    // (file, text, what must be reported about it: (severity is error, line, part of the
    // message)). A build that panics fails the test; so does one that stays silent.
    let odd: &[(&str, &str, Expected)] = &[
        ("only-fence.md", "---", &[(true, 1, "never closed")]),
        (
            "unclosed.md",
            "---\ntitle: x\nbody without a closing fence",
            &[(true, 1, "never closed")],
        ),
        (
            "empty-title.md",
            "---\ntitle: \"\"\n---\n",
            &[(false, 2, "no value")],
        ),
        (
            "toml-broken.md",
            "+++\ntitle = \n+++\n",
            &[(true, 2, "not valid TOML")],
        ),
        (
            "list-title.md",
            "---\ntitle: [a, b]\nsources: 3\nreviewed: 2026-13-45\nweight: 1.5\n---\n",
            &[
                (true, 2, "`title` must be a text"),
                (true, 3, "`sources` must be"),
                (true, 4, "2026-13-45"),
                (true, 5, "`weight` must be a whole number"),
            ],
        ),
        (
            "raw.md",
            "# T\n\n<<<>>> <a onclick=x href=\"javascript:alert(1)\">x</a> <scr<script>ipt> <div\n",
            &[(false, 3, "onclick"), (false, 3, "javascript:")],
        ),
        (
            "links.md",
            "# T\n\n[a](@/) [b](@/#) [c](@/../../etc/passwd.md) [d](@/guides/asylum.md#)\n",
            &[(false, 3, "cannot name a page")],
        ),
        (
            "nested.md",
            "# T\n\n> > > > > > > > > [!WARNING]\n> deep\n\n- a\n  - b\n    - c\n      - d\n",
            &[],
        ),
        (
            "bidi.md",
            "# \u{202e}مرحبا\u{202c} ##\n\n## \u{0}\n\n## 😀\n",
            &[],
        ),
        ("crlf-only.md", "\r\n\r\n\r\n", &[(false, 1, "no title")]),
    ];
    let site = FixtureSite::new("i18n", None);
    for (name, text, _) in odd {
        fs::write(site.root().join("content/en/guides").join(name), text).unwrap();
    }
    let diags = build(&site, None).expect_err("several odd inputs are errors");
    for (name, text, expected) in odd {
        let file = format!("content/en/guides/{name}");
        let lines = text.lines().count().max(1) as u32;
        let mine: Vec<&Diagnostic> = diags
            .iter()
            .filter(|d| d.file.as_deref().and_then(|f| f.to_str()) == Some(file.as_str()))
            .collect();
        for d in &mine {
            assert!(
                d.line <= lines,
                "{file}: line {} is outside the file: {d:?}",
                d.line
            );
        }
        for (error, line, part) in *expected {
            assert!(
                mine.iter()
                    .any(|d| d.is_error() == *error && d.line == *line && d.message.contains(part)),
                "{file}: no {} at line {line} with `{part}` in {mine:#?}",
                if *error { "error" } else { "warning" }
            );
        }
        if expected.is_empty() {
            assert!(mine.iter().all(|d| !d.is_error()), "{file}: {mine:#?}");
        }
    }
    for d in diags.iter().filter(|d| d.is_error()) {
        assert!(d.file.is_some(), "an error without a file: {d:?}");
    }
}

#[test]
fn a_page_at_a_generated_address_is_named() {
    let site = FixtureSite::new("i18n", None);
    fs::write(
        site.root().join("content/directory.toml"),
        "[[org]]\nname = \"Help\"\nareas = [\"general\"]\nurl = \"https://example.org/\"\nabout.en = \"Helps.\"\n",
    )
    .unwrap();
    fs::create_dir_all(site.root().join("content/en/directory")).unwrap();
    fs::write(
        site.root().join("content/en/directory/_index.md"),
        "---\ntitle: Mine\n---\n",
    )
    .unwrap();
    let errors = build(&site, None).unwrap_err();
    let found: Vec<_> = errors
        .iter()
        .filter(|d| d.message.contains("is the generated directory page's"))
        .collect();
    assert!(!found.is_empty(), "{errors:#?}");
    assert!(
        found
            .iter()
            .all(|d| d.file.as_deref().and_then(|f| f.to_str())
                == Some("content/en/directory/_index.md"))
    );
    // Once for the file, not again for each language that would show a copy of it.
    assert_eq!(found.len(), 1, "{found:#?}");
}
