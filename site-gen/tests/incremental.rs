//! The site kept in memory by `serve` (`pipeline::Live`): an edit to pages re-renders only the
//! pages that show something of them, and the result is byte for byte what a full build of the
//! same files gives.

use std::path::{Path, PathBuf};

use site_gen::load::{self, LoadOptions};
use site_gen::pipeline::{self, Live, Update};
use site_gen::render;

fn repo() -> PathBuf {
    test_support::repo_root()
}

fn copy(src: &Path, dst: &Path) {
    std::fs::create_dir_all(dst).unwrap();
    test_support::copy_tree(src, dst);
}

/// A copy of a site in a temporary folder, removed when dropped.
struct Site(PathBuf);

impl Site {
    fn new(name: &str) -> Site {
        let dir = std::env::temp_dir().join(format!(
            "site-gen-incremental-{name}-{}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Site(dir)
    }

    /// The i18n fixture: en, es, ar; `guides/family.md` is not translated into ar.
    fn i18n(name: &str) -> Site {
        let site = Site::new(name);
        copy(&repo().join("tests/fixtures/i18n"), &site.0);
        site
    }

    /// The shipped site, with its screener and directory.
    fn shipped(name: &str) -> Site {
        let site = Site::new(name);
        std::fs::copy(repo().join("site.toml"), site.0.join("site.toml")).unwrap();
        copy(&repo().join("content"), &site.0.join("content"));
        copy(&repo().join("locales"), &site.0.join("locales"));
        site
    }

    fn opts(&self) -> LoadOptions {
        LoadOptions {
            root: self.0.clone(),
            base_url: None,
            drafts: false,
        }
    }

    fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.0.join(rel)).unwrap()
    }

    fn write(&self, rel: &str, text: &str) {
        std::fs::write(self.0.join(rel), text).unwrap();
    }

    fn replace(&self, rel: &str, from: &str, to: &str) {
        let text = self.read(rel);
        assert!(text.contains(from), "`{from}` is not in {rel}");
        self.write(rel, &text.replacen(from, to, 1));
    }

    fn build(&self) -> Live {
        match Live::build(&self.opts()) {
            Ok(live) => live,
            Err(d) => panic!("the site does not build: {d:#?}"),
        }
    }
}

impl Drop for Site {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The files rendered again and the files that changed, or a panic.
fn applied(update: Update) -> (Vec<String>, Vec<String>) {
    match update {
        Update::Applied {
            rendered, changed, ..
        } => (rendered, changed),
        other => panic!("expected the edit to be applied in place, got {other:?}"),
    }
}

fn edit(live: &mut Live, files: &[&str]) -> Update {
    let files: Vec<String> = files.iter().map(|f| f.to_string()).collect();
    live.update(&files)
}

/// The site in memory is what a full build of the files as they are now gives, byte for byte,
/// with the same problems; and a full build is what `build` and `check` render.
fn assert_same_as_full_build(live: &Live, site: &Site) {
    let fresh = site.build();
    assert_eq!(live.diagnostics(), fresh.diagnostics());
    assert_eq!(live.pages(), fresh.pages());
    let (ours, full) = (live.files().to_map(), fresh.files().to_map());
    assert_eq!(
        ours.keys().collect::<Vec<_>>(),
        full.keys().collect::<Vec<_>>()
    );
    let differ: Vec<&String> = ours
        .iter()
        .filter(|(path, bytes)| full[*path] != **bytes)
        .map(|(path, _)| path)
        .collect();
    assert!(
        differ.is_empty(),
        "these files differ from a full build: {differ:?}"
    );

    let (prepared, diags) = pipeline::prepare(&site.opts());
    let (_, output) = prepared.unwrap();
    assert_eq!(diags, fresh.diagnostics());
    assert!(
        output.files == full,
        "Live::build renders what render() does"
    );
}

fn page<'a>(live: &'a Live, path: &str) -> &'a str {
    std::str::from_utf8(live.files().get(path).unwrap()).unwrap()
}

#[test]
fn a_body_edit_renders_the_page_and_its_fallback_copies_only() {
    let site = Site::i18n("body");
    let mut live = site.build();
    let total = live.pages();
    site.replace(
        "content/en/guides/family.md",
        "Citizens and residents.",
        "Citizens, residents and their families.",
    );
    let (rendered, changed) = applied(edit(&mut live, &["content/en/guides/family.md"]));
    // Its own page, and the Arabic page that shows it untranslated, and the search index and
    // page, the printable booklet and the offline list of both languages (their readers
    // search and print its text). The Spanish translation records no `translation_of`, and no
    // listing shows a body.
    assert_eq!(
        rendered,
        [
            "ar/guides/family/index.html",
            "ar/offline.json",
            "ar/print/index.html",
            "ar/search/index.bin",
            "ar/search/index.html",
            "en/guides/family/index.html",
            "en/offline.json",
            "en/print/index.html",
            "en/search/index.bin",
            "en/search/index.html",
        ]
    );
    // The search pages list titles and summaries, which did not change.
    assert_eq!(
        changed,
        [
            "ar/guides/family/index.html",
            "ar/offline.json",
            "ar/print/index.html",
            "ar/search/index.bin",
            "en/guides/family/index.html",
            "en/offline.json",
            "en/print/index.html",
            "en/search/index.bin",
        ]
    );
    assert_eq!(live.pages(), total);
    assert!(page(&live, "en/guides/family/index.html").contains("their families."));
    assert!(page(&live, "ar/guides/family/index.html").contains("their families."));
    assert_same_as_full_build(&live, &site);

    // Saving the same text again renders the same pages (and booklets), and changes nothing.
    let (rendered, changed) = applied(edit(&mut live, &["content/en/guides/family.md"]));
    assert_eq!(rendered.len(), 8, "{rendered:?}");
    assert!(changed.is_empty(), "{changed:?}");
}

#[test]
fn a_new_title_renders_the_section_pages_that_list_it() {
    let site = Site::i18n("title");
    let mut live = site.build();
    site.replace(
        "content/en/guides/family.md",
        "title: Family",
        "title: Families",
    );
    let (rendered, _) = applied(edit(&mut live, &["content/en/guides/family.md"]));
    // The guides section lists the English page in English and, untranslated, in Arabic;
    // Spanish readers see the Spanish translation's title.
    assert_eq!(
        rendered,
        [
            "ar/guides/family/index.html",
            "ar/guides/index.html",
            "ar/offline.json",
            "ar/print/index.html",
            "ar/search/index.bin",
            "ar/search/index.html",
            "en/guides/family/index.html",
            "en/guides/index.html",
            "en/offline.json",
            "en/print/index.html",
            "en/search/index.bin",
            "en/search/index.html",
        ]
    );
    assert!(page(&live, "en/guides/index.html").contains("Families"));
    assert!(page(&live, "en/search/index.html").contains("Families"));
    assert!(page(&live, "ar/guides/index.html").contains("Families"));
    assert_same_as_full_build(&live, &site);

    // A weight that moves the page after asylum (weight 10) reorders the listing.
    site.replace("content/en/guides/family.md", "weight: 5", "weight: 20");
    let (rendered, _) = applied(edit(&mut live, &["content/en/guides/family.md"]));
    assert_eq!(rendered.len(), 12, "{rendered:?}");
    let list = page(&live, "en/guides/index.html");
    assert!(list.find("Asylum").unwrap() < list.find("Families").unwrap());
    assert_same_as_full_build(&live, &site);

    // Pages alike in weight and title are listed in the order of their files, as in a full
    // build, wherever the edited page was before.
    site.replace("content/en/guides/family.md", "weight: 20", "weight: 1");
    applied(edit(&mut live, &["content/en/guides/family.md"]));
    let family = site
        .read("content/en/guides/family.md")
        .replace("title: Families", "title: Asylum")
        .replace("weight: 1", "weight: 10");
    site.write("content/en/guides/family.md", &family);
    applied(edit(&mut live, &["content/en/guides/family.md"]));
    assert_same_as_full_build(&live, &site);

    // A translation's title shows in its own language's listing only.
    site.replace(
        "content/es/guides/family.md",
        "title: Familia",
        "title: Familias",
    );
    let (rendered, _) = applied(edit(&mut live, &["content/es/guides/family.md"]));
    assert_eq!(
        rendered,
        [
            "es/guides/family/index.html",
            "es/guides/index.html",
            "es/offline.json",
            "es/print/index.html",
            "es/search/index.bin",
            "es/search/index.html",
        ]
    );
    assert_same_as_full_build(&live, &site);
}

#[test]
fn an_edit_in_the_default_language_renders_the_translations_made_from_it() {
    let site = Site::i18n("outdated");
    let mut live = site.build();
    site.replace(
        "content/en/guides/asylum.md",
        "Apply within one year.",
        "Apply within one year of arriving.",
    );
    let (rendered, changed) = applied(edit(&mut live, &["content/en/guides/asylum.md"]));
    // The Spanish translation records `translation_of`: whether it is outdated follows the
    // English file. (It was outdated already, so its bytes stay the same.) English readers
    // search the new text.
    assert_eq!(
        rendered,
        [
            "en/guides/asylum/index.html",
            "en/offline.json",
            "en/print/index.html",
            "en/search/index.bin",
            "en/search/index.html",
            "es/guides/asylum/index.html",
            "es/print/index.html",
        ]
    );
    assert_eq!(
        changed,
        [
            "en/guides/asylum/index.html",
            "en/offline.json",
            "en/print/index.html",
            "en/search/index.bin"
        ]
    );
    assert_same_as_full_build(&live, &site);

    // Marking the translation as made from the current English clears its notice.
    let hash = live
        .site()
        .pages
        .iter()
        .find(|p| p.file == "content/en/guides/asylum.md")
        .unwrap()
        .hash
        .clone();
    assert!(page(&live, "es/guides/asylum/index.html").contains("notice-outdated"));
    site.replace(
        "content/es/guides/asylum.md",
        "translation_of: 0000000000000000",
        &format!("translation_of: {hash}"),
    );
    let (_, changed) = applied(edit(&mut live, &["content/es/guides/asylum.md"]));
    // The booklet marks outdated guides too.
    assert_eq!(
        changed,
        [
            "es/guides/asylum/index.html",
            "es/offline.json",
            "es/print/index.html"
        ]
    );
    assert!(!page(&live, "es/guides/asylum/index.html").contains("notice-outdated"));
    assert_same_as_full_build(&live, &site);

    // A new review date is in the sitemap.
    site.replace(
        "content/en/guides/asylum.md",
        "reviewed: 2026-11-01",
        "reviewed: 2026-11-15",
    );
    let (rendered, _) = applied(edit(&mut live, &["content/en/guides/asylum.md"]));
    assert!(
        rendered.contains(&"sitemap.xml".to_string()),
        "{rendered:?}"
    );
    assert!(page(&live, "sitemap.xml").contains("<lastmod>2026-11-15</lastmod>"));
    assert_same_as_full_build(&live, &site);
}

#[test]
fn changes_to_which_pages_exist_or_where_need_a_full_build() {
    let site = Site::i18n("full");
    let mut live = site.build();
    let full = |live: &mut Live, files: &[&str]| {
        let update = edit(live, files);
        assert!(matches!(update, Update::Full), "{files:?}: {update:?}");
    };
    // Every input that is not a page's text.
    for file in [
        "site.toml",
        "locales/en/main.ftl",
        "theme/templates/page.html",
        "content/directory.toml",
        "content/screener/questions.toml",
    ] {
        full(&mut Site::i18n("full-each").build(), &[file]);
    }
    // A new page, in a language that had none.
    site.write(
        "content/ar/guides/family.md",
        "---\ntitle: الأسرة\n---\nنص.\n",
    );
    full(&mut live, &["content/ar/guides/family.md"]);
    // Once a full build is needed, the site keeps saying so.
    full(&mut live, &["content/en/guides/asylum.md"]);

    let mut live = site.build();
    // A removed page; a page turned into a draft.
    std::fs::remove_file(site.0.join("content/ar/guides/family.md")).unwrap();
    full(&mut live, &["content/ar/guides/family.md"]);
    let mut live = site.build();
    site.replace(
        "content/es/guides/family.md",
        "weight: 5",
        "weight: 5\ndraft: true",
    );
    full(&mut live, &["content/es/guides/family.md"]);
    site.replace(
        "content/es/guides/family.md",
        "weight: 5\ndraft: true",
        "weight: 5",
    );
    // A new slug moves the page.
    let mut live = site.build();
    site.replace(
        "content/en/guides/family.md",
        "weight: 5",
        "weight: 5\nslug: kin",
    );
    full(&mut live, &["content/en/guides/family.md"]);
    site.replace(
        "content/en/guides/family.md",
        "weight: 5\nslug: kin",
        "weight: 5",
    );
    // A top-level section's title is in the navigation of every page.
    let mut live = site.build();
    site.replace(
        "content/en/guides/_index.md",
        "title: Guides",
        "title: All guides",
    );
    full(&mut live, &["content/en/guides/_index.md"]);
    // An image, and a folder taken away whole.
    let mut live = site.build();
    site.write("content/en/guides/map.png", "png");
    full(&mut live, &["content/en/guides/map.png"]);
    let mut live = site.build();
    std::fs::rename(site.0.join("content/es/guides"), site.0.join("guides-es")).unwrap();
    full(&mut live, &["content/es/guides"]);
    std::fs::rename(site.0.join("guides-es"), site.0.join("content/es/guides")).unwrap();

    // An editor's temporary file that came and went changes nothing.
    let mut live = site.build();
    let (rendered, _) = applied(edit(&mut live, &["content/en/guides/family.md.tmp.123"]));
    assert!(rendered.is_empty());
    // The home's title is listed nowhere: its page only (es and ar have their own homes).
    site.replace("content/en/_index.md", "title: Know", "title: Now know");
    let (rendered, _) = applied(edit(&mut live, &["content/en/_index.md"]));
    assert_eq!(rendered, ["en/index.html", "en/offline.json"]);
    assert_same_as_full_build(&live, &site);
}

#[test]
fn a_broken_edit_changes_nothing_until_it_is_fixed() {
    let site = Site::i18n("broken");
    let mut live = site.build();
    let before = live.files().clone();
    let family = site.read("content/en/guides/family.md");

    site.write(
        "content/en/guides/family.md",
        "---\ntitle: [Family\n---\nBroken.\n",
    );
    let Update::Failed { diagnostics } = edit(&mut live, &["content/en/guides/family.md"]) else {
        panic!("a broken page fails the update");
    };
    let error = diagnostics.iter().find(|d| d.is_error()).unwrap();
    assert_eq!(
        error.file.as_deref(),
        Some(Path::new("content/en/guides/family.md"))
    );
    assert!(error.message.contains("front matter is not valid YAML"));
    assert!(*live.files() == before);

    // Another edit meanwhile: the broken file still counts.
    site.replace(
        "content/en/guides/asylum.md",
        "Apply within",
        "Apply well within",
    );
    assert!(matches!(
        edit(&mut live, &["content/en/guides/asylum.md"]),
        Update::Failed { .. }
    ));
    assert!(*live.files() == before);

    // A link to a page that does not exist is an error of rendering.
    site.write(
        "content/en/guides/family.md",
        &family.replace("Citizens", "See [nothing](@/guides/nothing.md). Citizens"),
    );
    let Update::Failed { diagnostics } = edit(&mut live, &["content/en/guides/family.md"]) else {
        panic!("a broken link fails the update");
    };
    assert!(
        diagnostics
            .iter()
            .any(|d| d.is_error() && d.message.contains("guides/nothing.md")),
        "{diagnostics:#?}"
    );
    assert!(*live.files() == before);

    // Fixed: both edits are applied.
    site.write(
        "content/en/guides/family.md",
        &family.replace("Citizens", "Everyone"),
    );
    let (rendered, _) = applied(edit(&mut live, &["content/en/guides/family.md"]));
    assert!(rendered.contains(&"en/guides/asylum/index.html".to_string()));
    assert!(page(&live, "en/guides/family/index.html").contains("Everyone and residents."));
    assert!(page(&live, "en/guides/asylum/index.html").contains("Apply well within"));
    assert_same_as_full_build(&live, &site);
}

#[test]
fn edits_to_the_shipped_site_match_a_full_build() {
    let site = Site::shipped("shipped");
    let mut live = site.build();
    let total = live.pages();

    // A guide the screener links to gets a new title in Spanish: the screener's rules and
    // pages name it.
    site.replace(
        "content/es/asylum/who-can-apply.md",
        "title: \"Quién puede pedir asilo\"",
        "title: \"¿Quién puede pedir asilo?\"",
    );
    let (rendered, _) = applied(edit(&mut live, &["content/es/asylum/who-can-apply.md"]));
    assert!(rendered.contains(&"screener/rules.es.json".to_string()));
    assert!(rendered.contains(&"es/asylum/index.html".to_string()));
    assert!(page(&live, "screener/rules.es.json").contains("¿Quién puede pedir asilo?"));
    assert_same_as_full_build(&live, &site);

    // Several files at once: an English body, an English weight, a translation's summary.
    site.replace(
        "content/en/asylum/credible-fear.md",
        "weight:",
        "weight: 1\nold_weight:",
    );
    let body = site.read("content/en/asylum/one-year-deadline.md");
    site.write(
        "content/en/asylum/one-year-deadline.md",
        &format!("{body}\nOne more sentence.\n"),
    );
    site.replace(
        "content/fr/court/detention.md",
        "summary: \"",
        "summary: \"Résumé. ",
    );
    let (rendered, _) = applied(edit(
        &mut live,
        &[
            "content/en/asylum/credible-fear.md",
            "content/en/asylum/one-year-deadline.md",
            "content/fr/court/detention.md",
        ],
    ));
    let pages = rendered.iter().filter(|r| r.ends_with(".html")).count();
    assert!(pages * 5 < total, "{pages} of {total}: {rendered:?}");
    assert_same_as_full_build(&live, &site);

    // The home page's body.
    site.replace(
        "content/en/_index.md",
        "Welcome. This site",
        "Welcome! This site",
    );
    applied(edit(&mut live, &["content/en/_index.md"]));
    assert_same_as_full_build(&live, &site);
}

#[test]
fn reading_one_page_again_gives_what_a_full_load_gives() {
    let site = Site::i18n("reread");
    let (loaded, _) = load::load(&site.opts());
    let loaded = loaded.unwrap();
    for page in &loaded.pages {
        let file = page
            .file
            .strip_prefix(&format!("content/{}/", page.lang))
            .unwrap();
        let (again, diags) = load::reread_page(&site.opts(), &loaded.config, &page.lang, file);
        let again = again.unwrap();
        assert!(diags.iter().all(|d| !d.is_error()), "{diags:?}");
        assert_eq!(
            (&again.key, &again.file, &again.body, &again.hash),
            (&page.key, &page.file, &page.body, &page.hash)
        );
    }
    let _ = render::Layout::new(&loaded, &render::reserved(&loaded));
}
