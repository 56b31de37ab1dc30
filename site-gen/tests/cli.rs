//! The command line: exit codes, and diagnostics printed with file, line and the line itself.

mod common;
use common::{copy, fixture, site_gen};

use std::path::PathBuf;

#[test]
fn help_and_version() {
    let out = site_gen().arg("--help").output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("build"));
    let out = site_gen().args(["build", "--help"]).output().unwrap();
    let help = String::from_utf8_lossy(&out.stdout);
    for flag in ["--root", "--out", "--base-url", "--drafts"] {
        assert!(help.contains(flag), "build --help lacks {flag}");
    }
    let out = site_gen().arg("--version").output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("site-gen "));
}

#[test]
fn build_succeeds_and_failure_prints_located_errors() {
    let dir = tempfile_dir();
    copy(&fixture("i18n"), &dir);
    let out = site_gen()
        .args(["build", "--root"])
        .arg(&dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(dir.join("public/es/guides/asylum/index.html").exists());

    copy(&fixture("invalid/unknown-link"), &dir);
    copy(&fixture("invalid/broken-yaml"), &dir);
    let out = site_gen()
        .args(["build", "--root"])
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    // Both problems in one run, each with file:line:column and the offending line.
    assert!(err.contains("content/en/guides/links.md:6:5"), "{err}");
    assert!(
        err.contains("see [the missing guide](@/guides/missing.md)."),
        "{err}"
    );
    assert!(err.contains("content/en/guides/broken.md:4:"), "{err}");
    assert!(err.contains("build failed with 2 error(s)"), "{err}");
    assert!(!err.contains("\u{1b}["), "no colour when not on a terminal");
    let _ = std::fs::remove_dir_all(&dir);
}

fn tempfile_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "site-gen-cli-{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn a_report_printed_over_broken_files_exits_with_an_error() {
    // The report is still written, but a coordinator's script must see the Fluent error.
    let dir = tempfile_dir();
    copy(&fixture("i18n"), &dir);
    copy(&fixture("invalid/broken-fluent"), &dir);
    let out = site_gen()
        .args(["translations", "--format", "html", "--root"])
        .arg(&dir)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Fluent syntax"), "{err}");
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("<html"));
}
