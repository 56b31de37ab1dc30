//! `site-gen import` on fixture sites written in each generator's style
//! (`tests/fixtures/foreign/`): the written files, each warning's file and line, and a real
//! build of every imported site.

use std::path::{Path, PathBuf};

use site_gen::BuildOptions;
use site_gen::import::{self, Generator, Options, Report};
use site_gen::load::LoadOptions;

fn fixture(name: &str) -> PathBuf {
    test_support::fixture_dir(&format!("foreign/{name}"))
}

/// A temporary folder, removed when dropped.
struct Temp(PathBuf);

impl Temp {
    fn new(name: &str) -> Temp {
        let dir =
            std::env::temp_dir().join(format!("site-gen-import-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Temp(dir)
    }
}

impl Drop for Temp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn import(generator: Generator, source: &Path, target: &Path) -> Report {
    import::run(&Options {
        generator,
        source: source.to_path_buf(),
        target: target.to_path_buf(),
    })
    .unwrap_or_else(|e| panic!("import failed: {e:#?}"))
}

fn read(dir: &Path, rel: &str) -> String {
    std::fs::read_to_string(dir.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The warnings as `file:line: message` lines, for assertions on where each one points.
fn located(report: &Report) -> Vec<String> {
    report
        .diagnostics
        .iter()
        .map(|d| {
            format!(
                "{}:{}: {}",
                d.file
                    .as_ref()
                    .map_or(String::new(), |f| f.display().to_string()),
                d.line,
                d.message
            )
        })
        .collect()
}

/// Asserts that a warning at `file:line` contains `text`.
fn has_warning(report: &Report, file_line: &str, text: &str) {
    let all = located(report);
    assert!(
        all.iter()
            .any(|l| l.starts_with(&format!("{file_line}: ")) && l.contains(text)),
        "no warning at {file_line} containing {text:?} in:\n{}",
        all.join("\n")
    );
}

fn build(root: &Path) -> site_gen::Report {
    site_gen::build(&BuildOptions {
        load: LoadOptions {
            root: root.to_path_buf(),
            base_url: Some("/my-org-site/".into()),
            drafts: false,
        },
        out: root.join("public"),
    })
    .unwrap_or_else(|e| {
        panic!(
            "the imported site does not build:\n{}",
            e.iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        )
    })
}

/// Every file under `dir` with its bytes, to show the source was not changed.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if e.file_type().unwrap().is_dir() {
                stack.push(p);
            } else {
                out.push((p.clone(), std::fs::read(&p).unwrap_or_default()));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn hugo_site_with_suffix_languages_and_shortcodes() {
    let t = Temp::new("hugo");
    let source = fixture("hugo");
    let before = snapshot(&source);
    let out = t.0.join("site");
    let r = import(Generator::Hugo, &source, &out);
    assert_eq!(r.languages, ["en", "es"]);
    assert_eq!(snapshot(&source), before, "the source was changed");
    let summary = r.to_string();
    assert!(
        summary.contains("pages in 2 languages (en, es, default en)")
            && summary.ends_with("5 things not converted (listed above)"),
        "{summary}"
    );

    let page = read(&out, "content/en/asylum/one-year-deadline.md");
    assert!(page.starts_with("---\ntitle: The one-year deadline\nsummary: File for asylum within one year of arriving.\nweight: 2\naliases:\n- /deadline/\ndate: 2024-03-01\n"), "{page}");
    for expected in [
        "> [!WARNING]\n> **Do not wait**\n>\n> Most people must file **within one year** of arriving.",
        "[how to apply](@/asylum/apply.md) and [what happens at a hearing](@/court/hearing.md)",
        "Call 1-800-555-0100 for help.",
        "[Video](https://www.youtube.com/watch?v=dQw4w9WgXcQ)",
        "\nLeft column text.\n",
        "[an old page](missing.md)",
        "[Form I-589](i-589.pdf) and look at ![our logo](logo.png)",
        "```bash\necho \"{{< not-a-shortcode >}}\"\n```",
        "`{{< ref \"page\" >}}`",
    ] {
        assert!(page.contains(expected), "missing {expected:?} in:\n{page}");
    }
    assert!(
        !page.contains("{{<") || page.matches("{{<").count() == 2,
        "{page}"
    );
    // Files used by a page sit next to it, byte for byte.
    assert_eq!(
        std::fs::read(out.join("content/en/asylum/one-year-deadline/i-589.pdf")).unwrap(),
        std::fs::read(source.join("static/forms/i-589.pdf")).unwrap()
    );
    assert!(
        out.join("content/en/asylum/one-year-deadline/logo.png")
            .is_file()
    );
    assert!(out.join("content/en/court/hearing/courtroom.png").is_file());
    // A leaf bundle is a page; its Spanish translation, named otherwise, joins it by translationKey.
    assert!(read(&out, "content/en/court/hearing.md").contains(
        "<figure>\n\n![A courtroom](courtroom.png)\n\n<figcaption>\n\nWhat the room looks like"
    ));
    assert!(read(&out, "content/es/court/hearing.md").contains("title: Su audiencia"));
    assert!(
        read(&out, "content/es/asylum/one-year-deadline.md")
            .contains("[cómo solicitar](@/asylum/apply.md)")
    );
    // A section without its own page gets one; the `..` file name becomes a safe one.
    assert!(read(&out, "content/en/court/_index.md").contains("title: Court"));
    assert!(out.join("content/en/know-your-rights.tips.md").is_file());
    // The HTML page keeps its HTML, with the shortcodes done and the page link relative.
    let about = read(&out, "content/en/about.md");
    assert!(
        about.contains(
            "<p>Call 1-800-555-0100. See <a href=\"../asylum/apply/\">how to apply</a>.</p>"
        ),
        "{about}"
    );
    let toml = read(&out, "site.toml");
    assert!(
        toml.contains("default_language = \"en\"")
            && toml.contains("es = \"Conozca sus derechos\""),
        "{toml}"
    );
    assert!(toml.contains("phone = \"REPLACE: your organisation's phone\""));

    has_warning(
        &r,
        "content/notes.adoc:0",
        "`.adoc` content is not supported",
    );
    has_warning(
        &r,
        "content/asylum/one-year-deadline.md:18",
        "embedded video `dQw4w9WgXcQ` replaced by a link",
    );
    has_warning(
        &r,
        "content/asylum/one-year-deadline.md:20",
        "shortcode `columns` is not supported",
    );
    has_warning(&r, "content/asylum/one-year-deadline.md:24", "`missing.md`");
    has_warning(
        &r,
        "content/asylum/one-year-deadline.md:34",
        "points outside the source folder",
    );
    assert_eq!(r.diagnostics.len(), 5, "{:#?}", located(&r));

    let b = build(&out);
    // 17 guides and sections, a search page and a printable booklet per language, and the
    // page at an old address (`aliases`) that sends readers on.
    assert_eq!(b.pages, 22);
    assert!(read(&out, "public/deadline/index.html").contains("http-equiv=\"refresh\""));
    let html = read(&out, "public/en/asylum/one-year-deadline/index.html");
    assert!(html.contains("admonition-warning"), "{html}");
    assert!(html.contains("href=\"/my-org-site/en/asylum/apply/\""));
    assert!(
        out.join("public/en/asylum/one-year-deadline/i-589.pdf")
            .is_file()
    );
    let about = read(&out, "public/en/about/index.html");
    assert!(about.contains("href=\"../asylum/apply/\""), "{about}");
    assert!(out.join("public/en/asylum/apply/index.html").is_file());
}

#[test]
fn hugo_docsy_site_with_content_folders_per_language() {
    let t = Temp::new("docsy");
    let out = t.0.join("site");
    let r = import(Generator::Hugo, &fixture("hugo-docsy"), &out);
    assert_eq!(r.languages, ["en", "ar"]);
    assert!(
        read(&out, "content/ar/docs/at-the-door.md")
            .contains("> [!WARNING]\n> **ابق هادئا**\n>\n> لا يجب عليك فتح الباب.")
    );
    let en = read(&out, "content/en/docs/at-the-door.md");
    assert!(
        en.contains("summary: What to do when officers knock.")
            && en.contains("**Day**\n\nAsk them to show a warrant."),
        "{en}"
    );
    has_warning(
        &r,
        "content/en/docs/at-the-door.md:10",
        "tabs are shown one after the other",
    );
    assert!(read(&out, "site.toml").contains("name = \"العربية\""));
    build(&out);
    assert!(read(&out, "public/ar/docs/at-the-door/index.html").contains("dir=\"rtl\""));
}

#[test]
fn vitepress_site_with_locale_folders_and_containers() {
    let t = Temp::new("vitepress");
    let out = t.0.join("site");
    let r = import(Generator::Vitepress, &fixture("vitepress"), &out);
    assert_eq!(r.languages, ["en", "es"]);
    let page = read(&out, "content/en/guide/detention.md");
    for expected in [
        "title: If someone is detained\nweight: 2\n",
        "> [!WARNING]\n> **Act quickly**\n>\n> Call a lawyer **today**.\n\n> [!TIP]\n> Write down",
        "> [!NOTE]\n> **Details of the process**\n>\n> The officer gives you papers.\n>\n> > [!CAUTION]\n> > Do not sign papers you do not understand.\n\n",
        "<details>\n<summary>What is a bond?</summary>\n\nA bond is money paid so that a person is released.\n\n</details>",
        "```md\n::: tip\nThis stays as it is.\n:::\n```",
        "Page title: If someone is detained",
        "![logo](logo.png)",
    ] {
        assert!(page.contains(expected), "missing {expected:?} in:\n{page}");
    }
    assert!(read(&out, "content/en/guide/_index.md").contains("title: The guide\n---\n\nStart with [detention](@/guide/detention.md) or [your rights](@/guide/rights.md)."));
    let home = read(&out, "content/en/_index.md");
    assert!(
        home.contains("title: Rights Guide\nsummary: Know your rights, in your language.")
            && home.contains("- **Detention** What to do"),
        "{home}"
    );
    assert!(read(&out, "content/es/guide/detention.md").contains("> **Actúe rápido**"));
    assert!(out.join("content/en/guide/detention/logo.png").is_file());
    has_warning(
        &r,
        "docs/guide/detention.md:26",
        "container `code-group` is not known here",
    );
    has_warning(&r, "docs/guide/detention.md:38", "`<Badge>` left out");
    has_warning(
        &r,
        "docs/guide/detention.md:40",
        "script or style block left out",
    );
    assert_eq!(r.diagnostics.len(), 3, "{:#?}", located(&r));
    assert!(
        !page.contains("script") && !page.contains("Badge"),
        "{page}"
    );
    build(&out);
    let html = read(&out, "public/es/guide/detention/index.html");
    assert!(html.contains("admonition-warning"));
}

#[test]
fn docusaurus_site_with_mdx_admonitions_and_i18n() {
    let t = Temp::new("docusaurus");
    let out = t.0.join("site");
    let r = import(Generator::Docusaurus, &fixture("docusaurus"), &out);
    assert_eq!(r.languages, ["en", "es"]);
    let intro = read(&out, "content/en/intro.md");
    assert!(
        intro.starts_with("---\ntitle: Introduction\nsummary: Start here.\nweight: 1\n---\n"),
        "{intro}"
    );
    assert!(intro.contains("> [!TIP]\n> **Before you start**\n>\n> Keep this page open.\n\n> [!WARNING]\n> This is not legal advice."));
    assert!(intro.contains("[your rights at home](@/rights/at-home.md) and ![a map](map.png)"));
    let home = read(&out, "content/en/rights/at-home.md");
    for expected in [
        "**At the door**",
        "Do **not** open the door.",
        "**Inside**",
        "Stay silent.",
        "> [!CAUTION]\n> **Never**\n>\n> Never sign",
    ] {
        assert!(home.contains(expected), "missing {expected:?} in:\n{home}");
    }
    for gone in [
        "import ",
        "export ",
        "Reviewed by counsel",
        "<Tabs>",
        "<TabItem",
        "CallButton",
        "    Do",
    ] {
        assert!(!home.contains(gone), "{gone:?} left in:\n{home}");
    }
    let section = read(&out, "content/en/rights/_index.md");
    assert!(
        section.contains("title: Your rights\nsummary: What you can do.\nweight: 2\n"),
        "{section}"
    );
    assert!(read(&out, "content/es/rights/_index.md").contains("title: Sus derechos"));
    assert!(read(&out, "content/es/intro.md").contains("> **Antes de empezar**"));
    assert!(read(&out, "content/en/blog/new-law.md").contains("date: 2024-05-01"));
    assert!(!out.join("content/en/shared-warning.md").exists());
    has_warning(&r, "docs/_shared-warning.mdx:0", "partial left out");
    for line in [6, 7, 8, 27] {
        has_warning(
            &r,
            &format!("docs/rights/at-home.mdx:{line}"),
            "MDX statement left out",
        );
    }
    has_warning(&r, "docs/rights/at-home.mdx:12", "tabs");
    has_warning(&r, "docs/rights/at-home.mdx:25", "`<CallButton>` left out");
    build(&out);
}

#[test]
fn mkdocs_site_with_admonitions_and_the_i18n_plugin() {
    let t = Temp::new("mkdocs");
    let out = t.0.join("site");
    let r = import(Generator::Mkdocs, &fixture("mkdocs"), &out);
    assert_eq!(r.languages, ["en", "fr"]);
    let page = read(&out, "content/en/rights/detention.md");
    assert!(page.starts_with("---\ntitle: In detention\nweight: 30\n---\n\n> [!WARNING]\n> **Call a lawyer**\n>\n> You have the right to speak to a lawyer.\n>\n> It may cost money.\n\n<details>\n<summary>What is a bond?</summary>\n\nMoney paid"), "{page}");
    assert!(
        page.contains("> [!TIP]\n> Keep the A-number.")
            && page.contains("**Children**\n\nChildren go to shelters.")
    );
    assert!(page.contains("Back to [home](@/_index.md)."));
    assert!(read(&out, "content/fr/rights/detention.md").contains("> **Appelez un avocat**"));
    assert!(read(&out, "content/fr/_index.md").contains("title: Manuel des droits"));
    assert!(read(&out, "content/en/rights/_index.md").contains("weight: 20"));
    has_warning(&r, "docs/rights/detention.md:14", "tabs");
    has_warning(&r, "docs/rights/detention.md:22", "snippet include");
    assert_eq!(r.diagnostics.len(), 2, "{:#?}", located(&r));
    build(&out);
}

#[test]
fn jekyll_site_with_liquid_posts_and_polyglot() {
    let t = Temp::new("jekyll");
    let out = t.0.join("site");
    let r = import(Generator::Jekyll, &fixture("jekyll"), &out);
    assert_eq!(r.languages, ["en", "es"]);
    let home = read(&out, "content/en/_index.md");
    assert!(
        home.contains("Welcome to Rights Network.")
            && home.contains("[latest post](@/posts/know-your-rights.md)"),
        "{home}"
    );
    let post = read(&out, "content/en/posts/know-your-rights.md");
    assert!(
        post.starts_with(
            "---\ntitle: Know your rights\nsummary: A short guide.\ndate: 2024-03-01\n---\n"
        ),
        "{post}"
    );
    for expected in [
        "## At the door\n",
        "Featured!",
        "![card](card.png)",
        "```ruby\nputs \"{{ not liquid }}\"\n```",
        "Write {{ like.this }} to show Liquid.",
        "[deportation guide](@/guides/deportation.md)",
    ] {
        assert!(post.contains(expected), "missing {expected:?} in:\n{post}");
    }
    assert!(!post.contains("TOC") && !post.contains("{:"), "{post}");
    assert!(read(&out, "content/en/posts/upcoming.md").contains("draft: true"));
    assert!(read(&out, "content/es/about.md").contains("title: Quiénes somos"));
    assert!(read(&out, "content/en/guides/deportation.md").contains("weight: 3"));
    // The post is not translated: Spanish readers see it too, and its image.
    assert!(
        out.join("content/es/posts/know-your-rights/card.png")
            .is_file()
    );
    for absent in [
        "content/en/README.md",
        "content/en/Gemfile",
        "content/en/default.md",
    ] {
        assert!(!out.join(absent).exists(), "{absent}");
    }
    has_warning(
        &r,
        "_posts/2024-03-01-know-your-rights.md:7",
        "table of contents",
    );
    has_warning(
        &r,
        "_posts/2024-03-01-know-your-rights.md:10",
        "`{: .lead}`",
    );
    has_warning(&r, "_posts/2024-03-01-know-your-rights.md:12", "`{% if %}`");
    has_warning(&r, "index.md:8", "`{% include %}`");
    assert_eq!(r.diagnostics.len(), 5, "{:#?}", located(&r));
    build(&out);
    assert!(read(&out, "public/es/posts/know-your-rights/index.html").contains("card.png"));
}

#[cfg(unix)]
#[test]
fn symlinks_out_of_the_source_are_never_followed() {
    let t = Temp::new("symlink");
    let source = t.0.join("source");
    copy(&fixture("hugo"), &source);
    std::fs::write(
        t.0.join("secret.md"),
        "+++\ntitle = \"Secret\"\n+++\nTOP SECRET\n",
    )
    .unwrap();
    std::fs::write(t.0.join("secret.png"), "TOP SECRET").unwrap();
    std::os::unix::fs::symlink(t.0.join("secret.md"), source.join("content/asylum/leak.md"))
        .unwrap();
    std::os::unix::fs::symlink(&t.0, source.join("static/outside")).unwrap();
    std::fs::write(
        source.join("content/asylum/apply.md"),
        "+++\ntitle = \"Apply\"\n+++\n![x](/outside/secret.png)\n",
    )
    .unwrap();
    let out = t.0.join("site");
    let r = import(Generator::Hugo, &source, &out);
    has_warning(
        &r,
        "content/asylum/leak.md:0",
        "symbolic link skipped: it leads outside the source folder",
    );
    has_warning(&r, "static/outside/secret.png:0", "symbolic link skipped");
    for (path, bytes) in snapshot(&out) {
        assert!(
            !String::from_utf8_lossy(&bytes).contains("TOP SECRET"),
            "{} holds the secret",
            path.display()
        );
    }
    assert!(!out.join("content/en/asylum/leak.md").exists());
}

#[test]
fn folders_named_by_the_configuration_stay_inside_the_source() {
    let t = Temp::new("outside");
    let source = t.0.join("source");
    std::fs::create_dir_all(source.join("content")).unwrap();
    std::fs::create_dir_all(t.0.join("elsewhere")).unwrap();
    std::fs::write(
        t.0.join("elsewhere/secret.md"),
        "+++\ntitle = \"Secret\"\n+++\nTOP SECRET\n",
    )
    .unwrap();
    std::fs::write(
        source.join("content/_index.md"),
        "+++\ntitle = \"Home\"\n+++\nHi\n",
    )
    .unwrap();
    let outside = t.0.join("elsewhere").display().to_string();
    std::fs::write(
        source.join("hugo.toml"),
        format!("[languages.en]\ncontentDir = \"content\"\n[languages.es]\ncontentDir = \"../elsewhere\"\n[languages.fr]\ncontentDir = {outside:?}\n"),
    )
    .unwrap();
    let out = t.0.join("site");
    let r = import(Generator::Hugo, &source, &out);
    has_warning(&r, "../elsewhere:0", "is not a folder inside the source");
    assert_eq!(r.languages, ["en", "es", "fr"]);
    assert!(
        located(&r)
            .iter()
            .any(|l| l.contains("elsewhere") && l.contains("not a folder inside the source"))
    );
    for (path, bytes) in snapshot(&out) {
        assert!(
            !String::from_utf8_lossy(&bytes).contains("TOP SECRET"),
            "{} holds the secret",
            path.display()
        );
    }
}

#[test]
fn a_target_is_refused_unless_new_empty_or_made_by_import_and_edits_survive() {
    let t = Temp::new("again");
    let out = t.0.join("site");
    let opts = |target: &Path| Options {
        generator: Generator::Mkdocs,
        source: fixture("mkdocs"),
        target: target.to_path_buf(),
    };
    // A folder with other files is refused, untouched.
    let other = t.0.join("other");
    std::fs::create_dir_all(&other).unwrap();
    std::fs::write(other.join("notes.txt"), "mine").unwrap();
    let err = import::run(&opts(&other)).unwrap_err();
    assert!(
        err[0]
            .message
            .contains("not empty and was not made by `site-gen import`"),
        "{err:?}"
    );
    assert_eq!(std::fs::read_dir(&other).unwrap().count(), 1);
    // A new target, then the same import again: the same files, nothing kept.
    let first = import::run(&opts(&out)).unwrap();
    assert!(out.join(import::MARKER).is_file());
    let second = import::run(&opts(&out)).unwrap();
    assert_eq!(first.written, second.written);
    assert!(second.kept.is_empty());
    // An editor's change survives the next import, which says so.
    let edited = out.join("content/en/rights/detention.md");
    std::fs::write(&edited, "---\ntitle: Edited\n---\n").unwrap();
    let third = import::run(&opts(&out)).unwrap();
    assert_eq!(third.kept, ["content/en/rights/detention.md"]);
    assert!(
        third
            .diagnostics
            .iter()
            .any(|d| d.message.contains("changed since the last import"))
    );
    assert_eq!(
        std::fs::read_to_string(&edited).unwrap(),
        "---\ntitle: Edited\n---\n"
    );
}

#[test]
fn a_folder_without_pages_is_an_error() {
    let t = Temp::new("empty");
    let err = import::run(&Options {
        generator: Generator::Jekyll,
        source: t.0.clone(),
        target: t.0.join("site"),
    })
    .unwrap_err();
    assert!(
        err.iter().any(|d| d.message.contains("no pages found")),
        "{err:?}"
    );
    assert!(!t.0.join("site").exists());
}

fn copy(src: &Path, dst: &Path) {
    std::fs::create_dir_all(dst).unwrap();
    test_support::copy_tree(src, dst);
}
