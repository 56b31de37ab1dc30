//! `site-gen build` against hostile output folders, run as the real binary on a copy of the
//! i18n fixture: symbolic links in and as the output, an output inside the site's inputs,
//! temporary folders left by killed builds, two builds of one output at once, and a build
//! killed half way.

mod common;
use common::{copy, fixture, site_gen};

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::{Duration, Instant};

/// A temporary folder holding a copy of the i18n fixture in `site/`, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir =
            std::env::temp_dir().join(format!("site-gen-write-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("site")).unwrap();
        copy(&fixture("i18n"), &dir.join("site"));
        Scratch(dir)
    }

    fn site(&self) -> PathBuf {
        self.0.join("site")
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.0.join(rel)
    }

    /// `site-gen build --root <site> <args>`.
    fn build(&self, args: &[&str]) -> Output {
        site_gen()
            .arg("build")
            .arg("--root")
            .arg(self.site())
            .args(args)
            .output()
            .unwrap()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Every file below `dir`, relative path → bytes, never following a link.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(base: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for e in fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            let rel = p.strip_prefix(base).unwrap().to_string_lossy().into_owned();
            let kind = e.file_type().unwrap();
            if kind.is_symlink() {
                out.insert(
                    rel,
                    format!("-> {}", fs::read_link(&p).unwrap().display()).into(),
                );
            } else if kind.is_dir() {
                walk(base, &p, out);
            } else {
                out.insert(rel, fs::read(&p).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// Names in `dir` that look like site-gen's temporary folders.
fn leftovers(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp-") || n.contains(".old-"))
        .collect()
}

#[cfg(unix)]
fn symlink(target: &Path, link: &Path) {
    std::os::unix::fs::symlink(target, link).unwrap();
}

#[test]
#[cfg(unix)]
fn a_link_inside_the_output_is_removed_and_never_followed() {
    let s = Scratch::new("link-inside");
    assert!(s.build(&[]).status.success());
    let elsewhere = s.path("elsewhere");
    fs::create_dir_all(elsewhere.join("deep")).unwrap();
    fs::write(elsewhere.join("precious.txt"), "keep me").unwrap();
    fs::write(elsewhere.join("deep/also.txt"), "and me").unwrap();
    let before = snapshot(&elsewhere);
    // Links to a folder, to a file, and a folder holding a link, as a careless deploy script or
    // a media mount would leave them.
    symlink(&elsewhere, &s.site().join("public/media"));
    symlink(
        &elsewhere.join("precious.txt"),
        &s.site().join("public/file.txt"),
    );
    fs::create_dir_all(s.site().join("public/en/extra")).unwrap();
    symlink(&elsewhere, &s.site().join("public/en/extra/inner"));

    let out = s.build(&[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        snapshot(&elsewhere),
        before,
        "the build deleted through a link"
    );
    let public = s.site().join("public");
    for gone in ["media", "file.txt", "en/extra"] {
        assert!(
            fs::symlink_metadata(public.join(gone)).is_err(),
            "{gone} is still in the output"
        );
    }
    assert!(public.join("en/index.html").is_file());
    assert!(
        leftovers(&s.site()).is_empty(),
        "{:?}",
        leftovers(&s.site())
    );
}

#[test]
#[cfg(unix)]
fn a_linked_output_folder_is_refused() {
    let s = Scratch::new("linked-out");
    // A folder site-gen made, reached through a link.
    let real = s.path("real-public");
    let out = s.build(&["--out", real.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let before = snapshot(&real);
    let link = s.site().join("public");
    symlink(&real, &link);

    let out = s.build(&[]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("is a symbolic link"), "{err}");
    assert!(
        err.contains(&real.display().to_string()),
        "names the link's target: {err}"
    );
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link was replaced"
    );
    assert_eq!(snapshot(&real), before, "the link's target changed");
    assert!(leftovers(&s.site()).is_empty());
}

#[test]
#[cfg(unix)]
fn an_output_reached_through_a_linked_folder_is_written_in_that_folder() {
    // Home folders and volumes are often reached through links: a link above the output is
    // followed once, and the swap stays inside the folder it leads to.
    let s = Scratch::new("linked-parent");
    fs::create_dir_all(s.path("volume")).unwrap();
    symlink(&s.path("volume"), &s.path("via"));
    let out_arg = s.path("via/public");
    for _ in 0..2 {
        let out = s.build(&["--out", out_arg.to_str().unwrap()]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    assert!(s.path("volume/public/en/index.html").is_file());
    assert!(leftovers(&s.path("volume")).is_empty());
}

#[test]
fn an_output_inside_the_sites_inputs_is_refused() {
    let s = Scratch::new("out-inside");
    let site = s.site();
    fs::create_dir_all(site.join("theme/static")).unwrap();
    let cases: Vec<(PathBuf, &str)> = vec![
        (site.join("content/en/public"), "content"),
        (site.join("content"), "content"),
        (site.join("theme/static/out"), "theme"),
        (site.join("locales/public"), "locales"),
        (site.clone(), "the site's folder"),
        (site.join("."), "the site's folder"),
        (s.path("."), "holds the site"),
        (site.join("public/../content/x"), "content"),
    ];
    for (out_dir, what) in cases {
        let out = s.build(&["--out", out_dir.to_str().unwrap()]);
        let err = stderr(&out);
        assert!(
            !out.status.success(),
            "--out {} was accepted",
            out_dir.display()
        );
        assert!(err.contains(what), "--out {}: {err}", out_dir.display());
        assert!(
            err.contains(&out_dir.display().to_string()),
            "names the --out given: {err}"
        );
        assert!(!err.contains("panicked"), "{err}");
    }
    // Nothing was written anywhere.
    assert!(!site.join("content/en/public").exists());
    assert!(!site.join("theme/static/out").exists());
    assert!(!site.join("locales/public").exists());
    assert!(!site.join(".site-gen").exists());
    assert!(leftovers(&site).is_empty());
    assert!(leftovers(&site.join("content")).is_empty());

    // A relative --out is taken from the site's folder: `--out content/x` is the same mistake.
    let out = s.build(&["--out", "content/x"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("content"), "{}", stderr(&out));

    // Beside the inputs is fine.
    let out = s.build(&["--out", site.join("content-out").to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn temporary_folders_of_killed_builds_are_removed_and_nothing_else() {
    let s = Scratch::new("stale");
    let site = s.site();
    assert!(s.build(&[]).status.success());
    // What killed builds leave (earlier versions named them by process id only), and what
    // only looks like it.
    for stale in [
        ".public.tmp-4194301",
        ".public.tmp-4194302-3",
        ".public.old-4194303",
    ] {
        fs::create_dir_all(site.join(stale).join("en/guides")).unwrap();
        fs::write(site.join(stale).join("en/guides/index.html"), "old").unwrap();
    }
    for keep in [
        ".public.tmp-notes",
        ".other.tmp-4194301",
        "public.tmp-4194301",
    ] {
        fs::create_dir_all(site.join(keep)).unwrap();
        fs::write(site.join(keep).join("mine.txt"), "mine").unwrap();
    }

    let out = s.build(&[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let mut left: Vec<String> = fs::read_dir(&site)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("tmp-") || n.contains("old-"))
        .collect();
    left.sort();
    assert_eq!(
        left,
        [
            ".other.tmp-4194301",
            ".public.tmp-notes",
            "public.tmp-4194301"
        ]
    );
    assert!(site.join("public/en/index.html").is_file());
}

#[test]
#[cfg(unix)]
fn a_link_named_like_a_temporary_folder_is_unlinked_not_followed() {
    let s = Scratch::new("stale-link");
    let victim = s.path("victim");
    fs::create_dir_all(&victim).unwrap();
    fs::write(victim.join("precious.txt"), "keep me").unwrap();
    symlink(&victim, &s.site().join(".public.tmp-4194301"));
    let out = s.build(&[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        fs::read_to_string(victim.join("precious.txt")).unwrap(),
        "keep me"
    );
    assert!(fs::symlink_metadata(s.site().join(".public.tmp-4194301")).is_err());
}

#[test]
fn two_builds_of_one_output_at_once_both_succeed() {
    let s = Scratch::new("concurrent");
    assert!(s.build(&[]).status.success());
    let expected = snapshot(&s.site().join("public"));
    for _ in 0..3 {
        let children: Vec<_> = (0..3)
            .map(|_| {
                site_gen()
                    .arg("build")
                    .arg("--root")
                    .arg(s.site())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for c in children {
            let out = c.wait_with_output().unwrap();
            assert!(out.status.success(), "{}", stderr(&out));
        }
        assert_eq!(snapshot(&s.site().join("public")), expected);
        assert!(
            leftovers(&s.site()).is_empty(),
            "{:?}",
            leftovers(&s.site())
        );
    }
}

/// A site big enough for a build to take a moment: the fixture and `n` more guides.
fn grow(site: &Path, n: usize) {
    let text = "## Section\n\nSome plain words about rights, repeated. ".repeat(40);
    for i in 0..n {
        fs::write(
            site.join(format!("content/en/guides/g{i}.md")),
            format!("---\ntitle: Guide {i}\n---\n{text}\n"),
        )
        .unwrap();
    }
}

#[test]
#[cfg(unix)]
fn a_killed_build_leaves_the_previous_output_and_the_next_build_cleans_up() {
    let s = Scratch::new("killed");
    let site = s.site();
    grow(&site, 300);
    assert!(s.build(&[]).status.success());
    let before = snapshot(&site.join("public"));
    let mut killed = 0;
    for round in 0..3 {
        let mut child = site_gen()
            .arg("build")
            .arg("--root")
            .arg(&site)
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Kill it once it is writing its own temporary folder (or when it ends first).
        let earlier = leftovers(&site);
        let writing = || leftovers(&site).iter().any(|l| !earlier.contains(l));
        let deadline = Instant::now() + Duration::from_secs(60);
        while !writing() && child.try_wait().unwrap().is_none() {
            assert!(Instant::now() < deadline, "the build never started writing");
            std::thread::sleep(Duration::from_micros(200));
        }
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap();
            child.wait().unwrap();
            killed += 1;
            assert!(
                !leftovers(&site).is_empty(),
                "a killed build leaves its temporary folder"
            );
        }
        assert_eq!(snapshot(&site.join("public")), before, "round {round}");
    }
    assert!(killed > 0, "every build ended before it could be killed");
    // The next build, even a failing one, removes what the killed ones left.
    copy(&fixture("invalid/broken-yaml"), &site);
    let out = s.build(&[]);
    assert!(!out.status.success());
    assert!(leftovers(&site).is_empty(), "{:?}", leftovers(&site));
    assert_eq!(snapshot(&site.join("public")), before);
}

#[test]
fn a_build_killed_between_the_two_renames_gets_its_output_back() {
    // Where the system has no atomic exchange, the previous output is renamed aside before the
    // new one takes its place; a kill in between leaves it aside, and the next build puts it
    // back, so a failing build still leaves an output.
    let s = Scratch::new("between");
    let site = s.site();
    assert!(s.build(&[]).status.success());
    let before = snapshot(&site.join("public"));
    fs::rename(site.join("public"), site.join(".public.old-4194301-0")).unwrap();
    copy(&fixture("invalid/broken-yaml"), &site);
    let out = s.build(&[]);
    assert!(!out.status.success());
    assert_eq!(snapshot(&site.join("public")), before);
    assert!(leftovers(&site).is_empty(), "{:?}", leftovers(&site));
}

#[test]
fn a_file_that_cannot_be_written_is_named_with_its_page() {
    let s = Scratch::new("too-long");
    let slug = "a".repeat(300);
    fs::write(
        s.site().join("content/en/guides/long.md"),
        format!("---\ntitle: Long\nslug: {slug}\n---\nText.\n"),
    )
    .unwrap();
    let out = s.build(&[]);
    assert!(!out.status.success());
    let err = stderr(&out);
    let public = s.site().join("public");
    // Whichever language's copy is written first.
    let named = ["en", "es", "ar"].iter().any(|lang| {
        err.contains(&format!(
            "cannot write {}/{lang}/guides/{slug}/index.html, the page {lang}/guides/{slug}/: ",
            public.display()
        ))
    });
    assert!(
        named,
        "names the output path and the page, not a temporary folder: {err}"
    );
    assert!(err.contains("shorten the page's slug"), "{err}");
    assert!(!err.contains(".tmp-"), "{err}");
    assert!(!public.exists());
    assert!(leftovers(&s.site()).is_empty());
}
