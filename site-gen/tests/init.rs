//! `site-gen init`: a new site in three languages, built for real under a sub-path base URL
//! (a GitHub project page), with every link of every page checked.

use std::path::{Path, PathBuf};

use site_gen::BuildOptions;
use site_gen::init::{self, Options, is_placeholder};
use site_gen::load::LoadOptions;

/// A temporary folder, removed when dropped.
struct Temp(PathBuf);

impl Temp {
    fn new(name: &str) -> Temp {
        let dir = std::env::temp_dir().join(format!("site-gen-init-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        Temp(dir)
    }
}

impl Drop for Temp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn langs(codes: &[&str]) -> Vec<String> {
    codes.iter().map(|c| c.to_string()).collect()
}

fn build(root: &Path, base_url: &str) -> site_gen::Report {
    site_gen::build(&BuildOptions {
        load: LoadOptions {
            root: root.to_path_buf(),
            base_url: Some(base_url.into()),
            drafts: false,
        },
        out: root.join("public"),
    })
    .unwrap_or_else(|e| {
        panic!(
            "the new site does not build:\n{}",
            e.iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        )
    })
}

fn html_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            html_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "html") {
            out.push(p);
        }
    }
}

/// Every `href="…"` and `src="…"` value in an HTML text.
fn references(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in [" href=\"", " src=\""] {
        let mut rest = html;
        while let Some(i) = rest.find(attr) {
            rest = &rest[i + attr.len()..];
            let end = rest.find('"').unwrap_or(rest.len());
            out.push(rest[..end].to_string());
        }
    }
    out
}

#[test]
fn a_new_site_builds_under_a_sub_path_and_every_link_stays_inside_it() {
    let t = Temp::new("subpath");
    let dir = t.0.join("my-org-site");
    let report = init::run(&Options {
        dir: dir.clone(),
        languages: langs(&["en", "es", "ar"]),
    })
    .expect("init");
    assert_eq!(report.languages, ["en", "es", "ar"]);
    assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
    for f in [
        "site.toml",
        ".gitignore",
        ".github/workflows/deploy.yml",
        "netlify.toml",
        "DEPLOY.md",
        "content/screener/screener.toml",
        "content/screener/tests/flow.toml",
        "content/directory.toml",
        "content/en/_index.md",
        "content/es/legal-help/find-free-help.md",
        "content/ar/asylum/one-year-deadline.md",
    ] {
        assert!(dir.join(f).is_file(), "{f} missing");
    }
    assert!(
        !dir.join("content/fr").exists(),
        "only the chosen languages"
    );

    let b = build(&dir, "/my-org-site/");
    assert!(b.pages > 60, "{b:?}");
    let public = dir.join("public");
    assert!(
        public.join("en/screener/index.html").is_file(),
        "the screener is built"
    );
    assert!(public.join("ar/screener/index.html").is_file());
    let mut pages = Vec::new();
    html_files(&public, &mut pages);
    let mut checked = 0;
    for page in &pages {
        let html = std::fs::read_to_string(page).unwrap();
        for r in references(&html) {
            let ok = r.starts_with("/my-org-site/")
                || r.starts_with("https://")
                || r.starts_with("http://")
                || r.starts_with("mailto:")
                || r.starts_with("tel:")
                || r.starts_with('#')
                // The empty icon (`data:,`) that spares browsers a request for /favicon.ico.
                || r.starts_with("data:");
            assert!(
                ok,
                "{}: `{r}` is neither under /my-org-site/ nor external",
                page.display()
            );
            checked += 1;
        }
    }
    assert!(checked > 1000, "only {checked} links checked");
    let ar =
        std::fs::read_to_string(public.join("ar/asylum/one-year-deadline/index.html")).unwrap();
    assert!(ar.contains("dir=\"rtl\""));
}

#[test]
fn placeholders_deploy_files_and_the_default_language() {
    let t = Temp::new("files");
    let dir = t.0.join("site");
    init::run(&Options {
        dir: dir.clone(),
        languages: Vec::new(),
    })
    .expect("init");
    let read = |f: &str| std::fs::read_to_string(dir.join(f)).unwrap();
    let toml = read("site.toml");
    assert!(
        toml.contains("default_language = \"en\"")
            && toml.contains("code = \"en\"\nname = \"English\""),
        "{toml}"
    );
    for key in ["name", "phone", "email"] {
        let line = toml
            .lines()
            .find(|l| l.starts_with(&format!("{key} = ")))
            .unwrap();
        assert!(
            is_placeholder(line.split_once(" = ").unwrap().1.trim_matches('"')),
            "{line}"
        );
    }
    assert!(toml.contains("hotline = \"REPLACE: your hotline number\""));
    let workflow = read(".github/workflows/deploy.yml");
    for expected in [
        "actions/deploy-pages@v4",
        "actions/upload-pages-artifact@v3",
        "rustup toolchain install stable",
        "cargo install --locked --git \"$SITE_GEN_REPOSITORY\" site-gen",
        "SITE_GEN_REPOSITORY: \"REPLACE: the site-gen repository URL\"",
        "site-gen build --base-url \"${{ steps.pages.outputs.base_url }}/\"",
        "path: public",
        "pages: write",
    ] {
        assert!(workflow.contains(expected), "workflow lacks {expected:?}");
    }
    let netlify = read("netlify.toml");
    assert!(netlify.contains("publish = \"public\"") && netlify.contains("_headers"));
    let deploy = read("DEPLOY.md");
    assert!(
        deploy.contains(site_gen::render::CSP),
        "DEPLOY.md has the CSP the build uses"
    );
    assert!(
        deploy.contains("aws s3 sync public/")
            && deploy.contains("application/wasm")
            && deploy.contains("Cloudflare Pages")
    );
    assert!(
        std::fs::read_to_string(dir.join(".gitignore"))
            .unwrap()
            .contains("/public")
    );
    let b = build(&dir, "https://my-org.github.io/my-org-site/");
    assert!(dir.join("public/_headers").is_file(), "{b:?}");
}

#[test]
fn an_added_language_without_guides_builds_from_the_default_language() {
    let t = Temp::new("de");
    let dir = t.0.join("site");
    let report = init::run(&Options {
        dir: dir.clone(),
        languages: langs(&["es", "de"]),
    })
    .expect("init");
    assert_eq!(report.diagnostics.len(), 1);
    assert!(
        report.diagnostics[0]
            .message
            .contains("no guides ship in `de`")
    );
    assert!(
        std::fs::read_to_string(dir.join("site.toml"))
            .unwrap()
            .contains("name = \"Deutsch\"")
    );
    build(&dir, "/");
    assert!(dir.join("public/de/screener/index.html").is_file());
}

#[test]
fn init_never_writes_into_a_folder_that_has_files() {
    let t = Temp::new("busy");
    std::fs::create_dir_all(&t.0).unwrap();
    std::fs::write(t.0.join("notes.txt"), "mine").unwrap();
    let err = init::run(&Options {
        dir: t.0.clone(),
        languages: Vec::new(),
    })
    .unwrap_err();
    assert!(err[0].message.contains("is not empty"), "{err:?}");
    assert_eq!(std::fs::read_dir(&t.0).unwrap().count(), 1);
    let err = init::run(&Options {
        dir: t.0.join("x"),
        languages: langs(&["xx-invalid-code!"]),
    })
    .unwrap_err();
    assert!(err[0].message.contains("not a language code"));
    assert!(!t.0.join("x").exists());
}
