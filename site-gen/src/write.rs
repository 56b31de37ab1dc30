//! Write: the only stage that touches the output folder.
//!
//! Architecture invariant: the output folder is replaced whole or not at all. The new site
//! is written into a temporary folder beside it and swapped in by renames once every file
//! is written, so a failed build leaves the previous output as it was.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::diag::Diagnostic;
use crate::render::Output;

/// A file in every output folder, so that site-gen never replaces a folder it did not make.
pub const MARKER: &str = ".site-gen";

pub fn write(out: &Path, output: &Output, assets: &[(String, PathBuf)]) -> Result<(), Diagnostic> {
    let fail = |what: &str, p: &Path, e: io::Error| {
        Diagnostic::error(format!("cannot {what} {}: {e}", p.display()))
    };
    if out.exists() && !out.join(MARKER).exists() && !is_empty_dir(out) {
        return Err(Diagnostic::error(format!(
            "output folder {} exists and was not made by site-gen; refusing to replace it",
            out.display()
        ))
        .hint("choose another --out, or empty that folder first"));
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
    let _ = fs::remove_dir_all(&tmp);
    let result = (|| {
        fs::create_dir_all(&tmp).map_err(|e| fail("create", &tmp, e))?;
        let mut dirs: Vec<PathBuf> = output
            .files
            .keys()
            .map(|k| k.as_str())
            .chain(assets.iter().map(|(k, _)| k.as_str()))
            .filter_map(|k| Path::new(k).parent().map(|p| tmp.join(p)))
            .collect();
        dirs.sort();
        dirs.dedup();
        for d in &dirs {
            fs::create_dir_all(d).map_err(|e| fail("create", d, e))?;
        }
        output.files.par_iter().try_for_each(|(rel, bytes)| {
            let p = tmp.join(rel);
            fs::write(&p, bytes).map_err(|e| fail("write", &p, e))
        })?;
        assets.par_iter().try_for_each(|(rel, src)| {
            let p = tmp.join(rel);
            fs::copy(src, &p)
                .map(|_| ())
                .map_err(|e| fail("copy to", &p, e))
        })?;
        fs::write(
            tmp.join(MARKER),
            "This folder is written by site-gen build; it is replaced whole on every build.\n",
        )
        .map_err(|e| fail("write", &tmp, e))?;
        swap(&tmp, out, &old).map_err(|e| fail("replace", out, e))
    })();
    if result.is_err() {
        let _ = fs::remove_dir_all(&tmp);
    }
    let _ = fs::remove_dir_all(&old);
    result
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
