//! Hostile inputs (`tests/fixtures/hostile/`, plus links and FIFOs made here because git
//! cannot hold them): each one is a located diagnostic, the previous output survives a failed
//! build byte for byte, and nothing outside the output folder changes — the whole "world"
//! around the site (a folder beside it with secrets in it included) is compared before and
//! after.

use std::fs;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};

use site_gen::load::LoadOptions;
use site_gen::{BuildOptions, Diagnostic};
use tests::{copy_tree, fixture_dir, snapshot, tree_state};

/// A temporary folder holding the i18n fixture site (`site/`) and a folder beside it
/// (`outside/`) that nothing may touch or print.
struct World {
    dir: tempfile::TempDir,
}

const SECRET: &str = "SECRET-8f3a";

impl World {
    fn new(overlay: Option<&str>) -> World {
        let dir = tempfile::tempdir().unwrap();
        let w = World { dir };
        copy_tree(&fixture_dir("i18n"), &w.site());
        if let Some(o) = overlay {
            copy_tree(&fixture_dir(&format!("hostile/{o}")), &w.site());
        }
        fs::create_dir_all(w.outside().join("es/guides")).unwrap();
        fs::write(w.outside().join("secret.txt"), SECRET).unwrap();
        fs::write(
            w.outside().join("es/_index.md"),
            format!("---\ntitle: {SECRET}\n---\n{SECRET}\n"),
        )
        .unwrap();
        w
    }

    fn site(&self) -> PathBuf {
        self.dir.path().join("site")
    }

    fn outside(&self) -> PathBuf {
        self.dir.path().join("outside")
    }

    fn out(&self) -> PathBuf {
        self.site().join("public")
    }

    fn build(&self) -> Result<site_gen::Report, Vec<Diagnostic>> {
        site_gen::build(&BuildOptions {
            load: LoadOptions {
                root: self.site(),
                base_url: None,
                drafts: false,
            },
            out: self.out(),
        })
    }

    /// Everything but the output folder (and the build's own temporary folders beside it).
    fn state(&self) -> std::collections::BTreeMap<String, Vec<u8>> {
        let out = self.out();
        let tmp: Vec<PathBuf> = fs::read_dir(self.site())
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with(".public"))
            })
            .collect();
        let mut skip: Vec<&Path> = vec![&out];
        skip.extend(tmp.iter().map(PathBuf::as_path));
        tree_state(self.dir.path(), &skip)
    }
}

/// Builds the clean site, applies `hostile`, builds again: returns the second build's
/// diagnostics after checking that nothing outside the output changed and, when it failed,
/// that the first build's output is still there.
fn attack(overlay: Option<&str>, hostile: impl FnOnce(&World)) -> (bool, Vec<Diagnostic>) {
    let w = World::new(None);
    w.build().expect("the clean fixture builds");
    let before_output = snapshot(&w.out());
    if let Some(o) = overlay {
        copy_tree(&fixture_dir(&format!("hostile/{o}")), &w.site());
    }
    hostile(&w);
    let before = w.state();
    let result = w.build();
    assert_eq!(
        before,
        w.state(),
        "the build changed something outside its output folder"
    );
    let (ok, diags) = match result {
        Ok(r) => (true, r.diagnostics),
        Err(d) => {
            assert_eq!(
                before_output,
                snapshot(&w.out()),
                "a failed build changed the previous output"
            );
            (false, d)
        }
    };
    for d in &diags {
        let text = format!("{d:?}");
        assert!(!text.contains(SECRET), "a diagnostic shows a secret: {d:?}");
        assert!(
            !text.contains("PATH="),
            "a diagnostic shows the environment: {d:?}"
        );
    }
    (ok, diags)
}

fn find<'a>(diags: &'a [Diagnostic], needle: &str) -> &'a Diagnostic {
    diags
        .iter()
        .find(|d| d.message.contains(needle))
        .unwrap_or_else(|| panic!("no diagnostic with `{needle}` in {diags:#?}"))
}

fn file_of(d: &Diagnostic) -> String {
    d.file
        .as_ref()
        .map(|f| f.display().to_string())
        .unwrap_or_default()
}

#[test]
fn a_file_name_with_backslashes_cannot_climb_out() {
    let (ok, diags) = attack(Some("backslash"), |_| {});
    assert!(!ok);
    let d = find(&diags, "not a usable file name");
    assert!(d.is_error());
    assert_eq!(file_of(d), "content/en/guides/..\\..\\..\\escaped.md");
}

#[test]
fn a_language_folder_linked_outside_is_not_read() {
    let (ok, diags) = attack(None, |w| {
        fs::remove_dir_all(w.site().join("content/es")).unwrap();
        symlink(w.outside().join("es"), w.site().join("content/es")).unwrap();
    });
    assert!(!ok);
    let d = find(&diags, "outside the site");
    assert_eq!(file_of(d), "content/es");
}

#[test]
fn data_files_linked_to_the_environment_are_not_read_or_printed() {
    let environ = Path::new("/proc/self/environ");
    let (ok, diags) = attack(None, |w| {
        fs::remove_file(w.site().join("locales/es/main.ftl")).unwrap();
        symlink(environ, w.site().join("locales/es/main.ftl")).unwrap();
        symlink(environ, w.site().join("content/directory.toml")).unwrap();
        symlink(
            w.outside().join("secret.txt"),
            w.site().join("content/en/guides/s.md"),
        )
        .unwrap();
    });
    assert!(!ok);
    let files: Vec<String> = diags
        .iter()
        .filter(|d| d.message.contains("outside the site"))
        .map(file_of)
        .collect();
    for f in [
        "locales/es/main.ftl",
        "content/directory.toml",
        "content/en/guides/s.md",
    ] {
        assert!(files.iter().any(|x| x == f), "{f} not refused: {diags:#?}");
    }
}

#[test]
fn special_files_are_refused_without_blocking() {
    let (ok, diags) = attack(None, |w| {
        let fifo = w.site().join("content/en/guides/pipe.md");
        let status = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(status.success());
    });
    assert!(!ok);
    let d = find(&diags, "not a regular file");
    assert_eq!(file_of(d), "content/en/guides/pipe.md");
}

#[test]
fn html_scripts_and_svg_in_content_are_sanitised_or_left_out() {
    let (ok, diags) = attack(Some("evil-files"), |_| {});
    assert!(ok, "{diags:#?}");
    let w = find(&diags, "raw HTML element <script> removed");
    assert_eq!(file_of(w), "content/en/guides/evil.html");
    assert_eq!(w.line, 5);
    let js = find(&diags, "not published");
    assert_eq!(file_of(js), "content/en/guides/evil.js");
    assert!(
        diags
            .iter()
            .any(|d| d.message.contains("SVG") && file_of(d).ends_with("map.svg"))
    );
}

#[test]
fn html_pages_and_svg_reach_the_output_clean() {
    let w = World::new(Some("evil-files"));
    w.build().unwrap();
    let page = fs::read_to_string(w.out().join("en/guides/evil/index.html")).unwrap();
    assert!(page.contains("Hello <b>reader</b>"), "{page}");
    for gone in ["<script>fetch", "onclick", "evil.example"] {
        assert!(!page.contains(gone), "{gone} in the page");
    }
    assert!(!w.out().join("en/guides/evil.js").exists());
    assert!(!w.out().join("en/guides/evil.html").exists());
    let svg = fs::read_to_string(w.out().join("en/guides/map.svg")).unwrap();
    assert!(svg.contains("<rect") && !svg.contains("alert"), "{svg}");
}

#[test]
fn unsafe_schemes_in_content_are_removed_with_warnings() {
    let (ok, diags) = attack(Some("unsafe-links"), |_| {});
    assert!(ok, "{diags:#?}");
    let file = "content/en/guides/links.md";
    let lines: Vec<u32> = diags
        .iter()
        .filter(|d| file_of(d) == file && !d.is_error())
        .map(|d| d.line)
        .collect();
    // The source (line 3 and on), the Markdown link and the image (line 9; the tabbed one is
    // not a link in Markdown at all), the raw link (line 11).
    assert!(lines.iter().any(|l| (2..=8).contains(l)), "{diags:#?}");
    assert_eq!(lines.iter().filter(|l| **l == 9).count(), 2, "{diags:#?}");
    assert!(lines.contains(&11), "{diags:#?}");
    let w = World::new(Some("unsafe-links"));
    w.build().unwrap();
    let page = fs::read_to_string(w.out().join("en/guides/links/index.html")).unwrap();
    let lower = page.to_ascii_lowercase();
    assert!(!lower.contains("javascript:"), "{page}");
    assert!(!lower.contains("data:image"), "{page}");
    assert!(page.contains("https://www.uscis.gov/"));
}

#[test]
fn unsafe_schemes_in_configuration_are_errors() {
    let (ok, diags) = attack(Some("unsafe-config"), |_| {});
    assert!(!ok);
    let q = find(&diags, "quick_exit_url");
    assert_eq!((file_of(q).as_str(), q.line), ("site.toml", 4));
    let c = find(&diags, "contact.url");
    assert_eq!((file_of(c).as_str(), c.line), ("site.toml", 8));
}

#[test]
fn two_pages_at_one_address_name_both_files() {
    let (ok, diags) = attack(Some("slug-collision"), |_| {});
    assert!(!ok);
    let d = find(&diags, "is also content/en/guides/one.md's");
    assert_eq!(
        (file_of(d).as_str(), d.line),
        ("content/en/guides/two.md", 3)
    );
}

#[test]
fn static_files_cannot_replace_generated_ones() {
    let (ok, diags) = attack(Some("static-collision"), |_| {});
    assert!(!ok);
    let files: Vec<String> = diags
        .iter()
        .filter(|d| d.message.contains("would replace"))
        .map(file_of)
        .collect();
    assert!(
        files.contains(&"theme/static/_headers".to_string()),
        "{diags:#?}"
    );
    assert!(
        files.contains(&"theme/static/en/index.html".to_string()),
        "{diags:#?}"
    );
}

#[test]
fn unusable_slugs_are_located_errors() {
    let (ok, diags) = attack(Some("long-slug"), |_| {});
    assert!(!ok);
    let long = diags
        .iter()
        .find(|d| file_of(d) == "content/en/guides/long.md")
        .unwrap_or_else(|| panic!("{diags:#?}"));
    assert!(long.is_error() && long.line == 3, "{long:?}");
    let index = diags
        .iter()
        .find(|d| file_of(d) == "content/en/guides/index-slug.md")
        .unwrap_or_else(|| panic!("{diags:#?}"));
    assert!(index.is_error() && index.line == 3, "{index:?}");
    assert!(!diags.iter().any(|d| d.message.contains("cannot write")));
}

#[test]
fn a_bad_field_gives_one_error_and_no_false_broken_links() {
    let (ok, diags) = attack(Some("bad-fields"), |_| {});
    assert!(!ok);
    let errors: Vec<&Diagnostic> = diags.iter().filter(|d| d.is_error()).collect();
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(
        errors
            .iter()
            .all(|d| file_of(d) == "content/en/guides/family.md")
    );
    assert_eq!(find(&diags, "`weight`").line, 3);
    assert_eq!(find(&diags, "2026-02-31").line, 4);
}

#[test]
fn a_base_url_without_scheme_or_slash_is_refused() {
    let w = World::new(None);
    let err = site_gen::build(&BuildOptions {
        load: LoadOptions {
            root: w.site(),
            base_url: Some("rights".into()),
            drafts: false,
        },
        out: w.out(),
    })
    .unwrap_err();
    assert!(err[0].message.contains("--base-url rights"), "{err:#?}");
    assert!(!w.out().exists());
}

#[test]
fn marking_never_edits_outside_the_site() {
    let w = World::new(None);
    let victim = w.outside().join("es/guides/asylum.md");
    fs::write(&victim, "---\ntitle: Outside\n---\n").unwrap();
    fs::remove_file(w.site().join("content/es/guides/asylum.md")).unwrap();
    symlink(&victim, w.site().join("content/es/guides/asylum.md")).unwrap();
    fs::write(
        w.site()
            .join("content/es/guides/..\\..\\..\\..\\outside\\x.md"),
        "---\ntitle: X\n---\n",
    )
    .unwrap();
    let (site, _) = site_gen::load::load(&LoadOptions {
        root: w.site(),
        base_url: None,
        drafts: false,
    });
    let site = site.unwrap();
    let before = w.state();
    for file in [
        "content/es/guides/asylum.md",
        "content/es/guides/..\\..\\..\\..\\outside\\x.md",
    ] {
        let err = site_gen::translations::mark(&site, Path::new(file)).unwrap_err();
        assert!(err.is_error(), "{err:?}");
    }
    assert_eq!(before, w.state());
}

#[test]
fn a_new_guide_is_never_written_through_a_link() {
    let w = World::new(None);
    let outside_section = w.outside().join("section");
    fs::create_dir_all(&outside_section).unwrap();
    symlink(&outside_section, w.site().join("content/en/linked")).unwrap();
    let (site, _) = site_gen::load::load(&LoadOptions {
        root: w.site(),
        base_url: None,
        drafts: true,
    });
    let site = site.unwrap();
    let today = site_gen::model::Date::parse("2026-12-02").unwrap();
    let err = site_gen::scaffold::new_guide(&w.site(), &site.config, "linked/x", None, today)
        .unwrap_err();
    assert!(err.message.contains("outside the site"), "{err:?}");
    assert_eq!(fs::read_dir(&outside_section).unwrap().count(), 0);
}
