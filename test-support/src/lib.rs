//! Helpers shared by every test suite (`site-gen/tests/`, `tests/`): the repository and its
//! fixture sites, fixture sites copied into temporary folders (`tempfile`), tree copies, and
//! snapshots of a folder's files to compare before and after.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// The repository root (the shipped site).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("test-support/ is inside the repository")
        .to_path_buf()
}

/// The end-to-end test crate's folder (`tests/`).
pub fn crate_dir() -> PathBuf {
    repo_root().join("tests")
}

/// A fixture site under `tests/fixtures/`.
pub fn fixture_dir(name: &str) -> PathBuf {
    crate_dir().join("fixtures").join(name)
}

/// What a folder holds, without following links: path → `dir`, `link -> target` or the
/// file's bytes. Comparing two of these proves nothing in the folder changed.
pub fn tree_state(dir: &Path, skip: &[&Path]) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if skip.iter().any(|s| p.starts_with(s)) {
                continue;
            }
            let rel = p
                .strip_prefix(dir)
                .expect("below dir")
                .to_string_lossy()
                .to_string();
            let Ok(meta) = fs::symlink_metadata(&p) else {
                continue;
            };
            let t = meta.file_type();
            if t.is_symlink() {
                let target = fs::read_link(&p).map(|t| t.display().to_string());
                out.insert(
                    rel,
                    format!("link -> {}", target.unwrap_or_default()).into_bytes(),
                );
            } else if t.is_dir() {
                out.insert(rel, b"dir".to_vec());
                stack.push(p);
            } else if t.is_file() {
                out.insert(rel, fs::read(&p).unwrap_or_default());
            } else {
                out.insert(rel, b"special".to_vec());
            }
        }
    }
    out
}

/// Copies `src` into `dst` recursively, overwriting files that exist.
pub fn copy_tree(src: &Path, dst: &Path) {
    for entry in walk(src) {
        let rel = entry.strip_prefix(src).expect("walked below src");
        let target = dst.join(rel);
        fs::create_dir_all(target.parent().expect("a file has a parent")).expect("create dir");
        fs::copy(&entry, &target).expect("copy fixture file");
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).expect("read fixture dir").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Every file of a folder, relative path → bytes.
pub fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walk(dir)
        .into_iter()
        .map(|p| {
            let rel = p
                .strip_prefix(dir)
                .expect("below dir")
                .to_string_lossy()
                .replace('\\', "/");
            (rel, fs::read(&p).expect("read output file"))
        })
        .collect()
}

/// A fixture site in a temporary folder: `base` with `overlay` (if any) copied over it.
pub struct FixtureSite {
    pub dir: tempfile::TempDir,
}

impl FixtureSite {
    pub fn new(base: &str, overlay: Option<&str>) -> FixtureSite {
        let dir = tempfile::tempdir().expect("temp dir");
        copy_tree(&fixture_dir(base), dir.path());
        if let Some(o) = overlay {
            copy_tree(&fixture_dir(o), dir.path());
        }
        FixtureSite { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn out(&self) -> PathBuf {
        self.dir.path().join("public")
    }

    pub fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.out().join(rel)).unwrap_or_else(|e| panic!("reading {rel}: {e}"))
    }
}
