//! Write: the only stage that touches the output folder.
//!
//! Architecture invariant: the output folder is replaced whole or not at all. Pages are
//! written into a temporary folder beside it as soon as each is rendered, and that folder is
//! swapped in by renames only when every file is written and nothing failed, so a failed
//! build leaves the previous output as it was.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use crate::diag::{Diagnostic, has_errors};
use crate::render::Sink;

/// A file in every output folder, so that site-gen never replaces a folder it did not make.
pub const MARKER: &str = ".site-gen";

/// What a successful write produced.
pub struct Written {
    pub files: usize,
    pub pages: usize,
    pub diagnostics: Vec<Diagnostic>,
}

/// Writes rendered files straight into the temporary folder.
struct DirSink {
    dir: PathBuf,
    files: AtomicUsize,
    pages: AtomicUsize,
    error: Mutex<Option<Diagnostic>>,
}

impl Sink for DirSink {
    fn put(&self, path: String, bytes: Vec<u8>) {
        let p = self.dir.join(&path);
        // Most folders already exist: create them only when a write says otherwise.
        let result = fs::write(&p, &bytes).or_else(|e| match (e.kind(), p.parent()) {
            (io::ErrorKind::NotFound, Some(parent)) => {
                fs::create_dir_all(parent).and_then(|_| fs::write(&p, &bytes))
            }
            _ => Err(e),
        });
        match result {
            Ok(()) => {
                self.files.fetch_add(1, Ordering::Relaxed);
                if path.ends_with("index.html") {
                    self.pages.fetch_add(1, Ordering::Relaxed);
                }
            }
            Err(e) => {
                let mut slot = self.error.lock().unwrap_or_else(|e| e.into_inner());
                slot.get_or_insert_with(|| {
                    Diagnostic::error(format!("cannot write {}: {e}", p.display()))
                });
            }
        }
    }
}

/// Runs `produce` with a sink into a fresh temporary folder, copies `assets` (output path,
/// source file) beside its files, and swaps the folder in when nothing failed.
pub fn write(
    out: &Path,
    assets: &[(String, PathBuf)],
    produce: impl FnOnce(&dyn Sink) -> Vec<Diagnostic>,
) -> Result<Written, Vec<Diagnostic>> {
    let fail = |what: &str, p: &Path, e: io::Error| {
        vec![Diagnostic::error(format!(
            "cannot {what} {}: {e}",
            p.display()
        ))]
    };
    if out.exists() && !out.join(MARKER).exists() && !is_empty_dir(out) {
        return Err(vec![
            Diagnostic::error(format!(
                "output folder {} exists and was not made by site-gen; refusing to replace it",
                out.display()
            ))
            .hint("choose another --out, or empty that folder first"),
        ]);
    }
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).map_err(|e| fail("create", &parent, e))?;
    let name = out
        .file_name()
        .map_or("public".into(), |n| n.to_string_lossy().to_string());
    let tmp = parent.join(format!(".{name}.tmp-{}", std::process::id()));
    let old = parent.join(format!(".{name}.old-{}", std::process::id()));
    remove_tree(&tmp);
    let result = (|| {
        fs::create_dir_all(&tmp).map_err(|e| fail("create", &tmp, e))?;
        let sink = DirSink {
            dir: tmp.clone(),
            files: AtomicUsize::new(0),
            pages: AtomicUsize::new(0),
            error: Mutex::new(None),
        };
        let mut diags = produce(&sink);
        if let Some(e) = sink.error.into_inner().unwrap_or_else(|e| e.into_inner()) {
            diags.push(e);
        }
        if has_errors(&diags) {
            return Err(diags);
        }
        assets.par_iter().try_for_each(|(rel, src)| {
            let p = tmp.join(rel);
            if let Some(d) = p.parent() {
                fs::create_dir_all(d).map_err(|e| fail("create", d, e))?;
            }
            fs::copy(src, &p)
                .map(|_| ())
                .map_err(|e| fail("copy to", &p, e))
        })?;
        fs::write(
            tmp.join(MARKER),
            "This folder is written by site-gen build; it is replaced whole on every build.\n",
        )
        .map_err(|e| fail("write", &tmp, e))?;
        swap(&tmp, out, &old).map_err(|e| fail("replace", out, e))?;
        Ok(Written {
            files: sink.files.into_inner() + assets.len(),
            pages: sink.pages.into_inner(),
            diagnostics: diags,
        })
    })();
    if result.is_err() {
        remove_tree(&tmp);
    }
    remove_tree(&old);
    result
}

/// Removes a folder tree, two levels of it in parallel: deleting the previous build of a
/// large site is otherwise a good part of a rebuild's time.
fn remove_tree(dir: &Path) {
    let children = |d: &Path| -> Vec<PathBuf> {
        fs::read_dir(d)
            .map(|es| es.flatten().map(|e| e.path()).collect())
            .unwrap_or_default()
    };
    let top = children(dir);
    let mut work: Vec<PathBuf> = Vec::new();
    for p in &top {
        if p.is_dir() {
            work.extend(children(p));
        } else {
            work.push(p.clone());
        }
    }
    work.par_iter().for_each(|p| {
        let _ = if p.is_dir() {
            fs::remove_dir_all(p)
        } else {
            fs::remove_file(p)
        };
    });
    let _ = fs::remove_dir_all(dir);
}

fn swap(tmp: &Path, out: &Path, old: &Path) -> io::Result<()> {
    if out.exists() {
        fs::rename(out, old)?;
        if let Err(e) = fs::rename(tmp, out) {
            // Put the previous site back before giving up.
            let _ = fs::rename(old, out);
            return Err(e);
        }
        Ok(())
    } else {
        fs::rename(tmp, out)
    }
}

fn is_empty_dir(p: &Path) -> bool {
    fs::read_dir(p).is_ok_and(|mut d| d.next().is_none())
}
