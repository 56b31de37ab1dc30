//! `site-gen build --relative-urls` and `site-gen bundle` from the command line.

use std::path::{Path, PathBuf};
use std::process::Command;

fn fixture() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/i18n"),
        dir.path(),
    );
    dir
}

fn copy(src: &Path, dst: &Path) {
    std::fs::create_dir_all(dst).unwrap();
    for e in std::fs::read_dir(src).unwrap().flatten() {
        let target: PathBuf = dst.join(e.file_name());
        if e.path().is_dir() {
            copy(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

fn site_gen(args: &[&str], root: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_site-gen"))
        .args(args)
        .arg("--root")
        .arg(root)
        .output()
        .unwrap()
}

#[test]
fn build_relative_urls_writes_links_from_each_page() {
    let dir = fixture();
    let out = site_gen(&["build", "--relative-urls"], dir.path());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let page =
        std::fs::read_to_string(dir.path().join("public/es/guides/asylum/index.html")).unwrap();
    assert!(page.contains("href=\"../../../style.css\""), "{page}");
    assert!(page.contains("href=\"../index.html\""), "{page}");
    assert!(!page.contains("href=\"/rights/"), "{page}");
}

#[test]
fn bundle_writes_a_zip_and_names_it() {
    let dir = fixture();
    let out = site_gen(&["bundle", "--lang", "es"], dir.path());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("site-es.zip") && stderr.contains("site-es/index.html"),
        "{stderr}"
    );
    let zip = std::fs::read(dir.path().join("site-es.zip")).unwrap();
    assert_eq!(&zip[..4], b"PK\x03\x04", "not a zip");

    let out = site_gen(&["bundle", "--lang", "de", "--out", "x.zip"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("`de` is not one of the site's languages")
    );
    assert!(!dir.path().join("x.zip").exists());
}
