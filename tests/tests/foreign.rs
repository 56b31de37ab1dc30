//! A site in this project's layout full of other generators' habits (`tests/fixtures/tolerant/`):
//! Hugo shortcodes and `.html` pages, VitePress/Docusaurus containers, MkDocs admonitions, MDX,
//! attribute lines, foreign front matter, root-absolute links, no `_index.md` anywhere,
//! partials, excluded folders, a file name with a space, a page bundle and `aliases`. It
//! builds, every construct that was not understood is a warning at its line, and nothing of
//! the foreign syntax reaches readers as literal text.

use site_gen::Diagnostic;
use site_gen::load::LoadOptions;
use tests::FixtureSite;

fn build() -> (FixtureSite, Vec<Diagnostic>) {
    let site = FixtureSite::new("tolerant", None);
    let report = site_gen::build(&site_gen::BuildOptions {
        load: LoadOptions {
            root: site.root().to_path_buf(),
            base_url: None,
            drafts: false,
        },
        out: site.out(),
    })
    .unwrap_or_else(|d| panic!("the tolerant fixture builds: {d:#?}"));
    (site, report.diagnostics)
}

fn warned(diags: &[Diagnostic], file: &str, line: u32, part: &str) {
    assert!(
        diags.iter().any(|d| !d.is_error()
            && d.file.as_deref().and_then(|f| f.to_str()) == Some(file)
            && d.line == line
            && d.message.contains(part)),
        "no warning `{part}` at {file}:{line} in {diags:#?}"
    );
}

#[test]
fn foreign_syntax_is_converted_or_reported_at_its_line() {
    let (site, diags) = build();
    let intro = "content/en/docs/intro.md";
    warned(&diags, intro, 5, "leads to /en/docs/setup/");
    warned(&diags, intro, 7, "video");
    warned(&diags, intro, 16, "attribute line");
    warned(&diags, intro, 19, "unknown-shortcode");
    warned(
        &diags,
        "content/en/docs/setup.mdx",
        4,
        "MDX statement left out",
    );
    warned(&diags, "content/en/docs/setup.mdx", 12, "<Callout>");
    warned(&diags, "content/en/docs/page.html", 5, "<script> removed");
    warned(&diags, "content/en/docs/fields.md", 2, "read as `title`");
    warned(&diags, "content/en/docs/fields.md", 3, "no value");
    warned(
        &diags,
        "content/en/docs/fields.md",
        4,
        "slashes are dropped",
    );
    warned(&diags, "content/en/docs/notitle.md", 1, "no title");

    let page = site.read("en/docs/intro/index.html");
    for leak in ["{{<", "{{%", ":::", "!!!", "{: .lead}", "@/docs"] {
        assert!(!page.contains(leak), "`{leak}` reached the page");
    }
    assert!(page.contains("admonition-tip") && page.contains("admonition-note"));
    assert!(
        page.contains("href=\"/en/docs/setup/\""),
        "the ref became a link"
    );
    assert!(page.contains("&lt;FPCA&gt;"), "tag-like text stays text");
    let es = site.read("es/docs/intro/index.html");
    assert!(es.contains("href=\"/es/docs/setup/\""));
    let mdx = site.read("en/docs/setup/index.html");
    assert!(mdx.contains("Text inside the tabs.") && !mdx.contains("import Tabs"));
    assert!(!mdx.contains("a comment for editors"));
    let html = site.read("en/docs/page/index.html");
    assert!(html.contains("Hello from <b>HTML</b>") && !html.contains("alert(1)"));
}

#[test]
fn pages_exist_where_readers_expect_them() {
    let (site, _) = build();
    // No `_index.md` anywhere: the home and the section pages are made.
    for page in [
        "en/index.html",
        "en/docs/index.html",
        "es/index.html",
        "es/docs/index.html",
    ] {
        assert!(site.out().join(page).exists(), "{page}");
    }
    let home = site.read("en/index.html");
    assert!(
        home.contains("href=\"/en/docs/\""),
        "the home lists the section"
    );
    assert!(!home.contains("notice-fallback"));
    // Titles, slugs, spaces.
    assert!(
        site.read("en/docs/custom-slug/index.html")
            .contains("<h1>2024</h1>")
    );
    assert!(site.read("en/docs/notitle/index.html").contains("Notitle"));
    assert!(site.out().join("en/my guide/index.html").exists());
    let sitemap = site.read("sitemap.xml");
    assert!(sitemap.contains("/en/my%20guide/") && !sitemap.contains("/en/my guide/"));
    // Partials, READMEs and excluded folders are not pages.
    for absent in ["en/docs/_partial", "en/README", "en/_includes", "en/drafts"] {
        assert!(!site.out().join(absent).exists(), "{absent}");
    }
    // The page bundle's image is there for the Spanish fallback copy too.
    assert!(site.out().join("es/bundle/map.png").exists());
    // The old address sends readers on, and hosts that read `_redirects` redirect it.
    let old = site.read("old/fields/index.html");
    assert!(old.contains("url=/en/docs/custom-slug/") && old.contains("rel=\"canonical\""));
    assert!(
        site.read("_redirects")
            .contains("/old/fields/ /en/docs/custom-slug/ 301")
    );
}

#[test]
fn an_alias_cannot_take_another_pages_address() {
    let site = FixtureSite::new("tolerant", None);
    std::fs::write(
        site.root().join("content/en/docs/notitle.md"),
        "---\ntitle: Thief\naliases: [\"/en/docs/intro/\"]\n---\nx\n",
    )
    .unwrap();
    let errors = site_gen::build(&site_gen::BuildOptions {
        load: LoadOptions {
            root: site.root().to_path_buf(),
            base_url: None,
            drafts: false,
        },
        out: site.out(),
    })
    .unwrap_err();
    assert!(
        errors.iter().any(|d| d.is_error()
            && d.message.contains("alias /en/docs/intro/")
            && d.file.as_deref().and_then(|f| f.to_str()) == Some("content/en/docs/notitle.md")
            && d.line == 3),
        "{errors:#?}"
    );
}
