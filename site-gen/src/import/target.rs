//! Writing the imported site. The target must be new, empty, or made by an earlier import
//! (it holds [`MARKER`], which records a hash of every file written). Running the import
//! again updates such a target: files the import wrote and nobody changed since are
//! replaced (or removed when the source no longer has them); a file someone edited is left
//! as it is, and reported, so an editor's work is never overwritten.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;

/// The file that marks a folder as made by `site-gen import`.
pub const MARKER: &str = ".site-gen-import.toml";

/// What goes into one file of the target.
pub(crate) enum Content {
    Text(String),
    /// A copy of a source file (already checked to be inside the source).
    Copy(PathBuf),
}

/// The outcome: files written, and files kept because they were edited since the last
/// import.
#[derive(Debug, Default)]
pub(crate) struct Written {
    pub(crate) written: Vec<String>,
    pub(crate) kept: Vec<String>,
}

#[derive(serde::Serialize, serde::Deserialize, Default)]
struct Marker {
    generator: String,
    /// Target-relative path → BLAKE3 hash of what the import wrote there.
    files: BTreeMap<String, String>,
}

fn hash(bytes: &[u8]) -> String {
    blake3::hash(bytes).to_hex().to_string()
}

/// Checks that `target` may be written: it does not exist, is empty, or carries the marker.
/// Returns the previous import's record.
fn previous(target: &Path, source: &Path) -> Result<Option<Marker>, Diagnostic> {
    if let (Ok(s), Ok(t)) = (source.canonicalize(), target.canonicalize())
        && (s.starts_with(&t))
    {
        return Err(Diagnostic::error(format!(
            "the target {} holds the source: choose a folder outside it",
            target.display()
        )));
    }
    let meta = match target.symlink_metadata() {
        Err(_) => return Ok(None),
        Ok(m) => m,
    };
    if !meta.is_dir() {
        return Err(Diagnostic::error(format!(
            "{} exists and is not a folder",
            target.display()
        )));
    }
    let marker = target.join(MARKER);
    match std::fs::read_to_string(&marker) {
        Ok(text) => toml::from_str(&text).map(Some).map_err(|e| {
            Diagnostic::error(format!("{} is damaged: {}", marker.display(), e.message()))
                .hint("delete the target folder and import again")
        }),
        Err(_) => {
            let empty = std::fs::read_dir(target)
                .map(|mut d| d.next().is_none())
                .unwrap_or(false);
            if empty {
                Ok(None)
            } else {
                Err(Diagnostic::error(format!(
                    "{} is not empty and was not made by `site-gen import`: nothing was written",
                    target.display()
                ))
                .hint("import into a new folder with --to"))
            }
        }
    }
}

/// Whether any part of `rel` under `target` is a symlink: writing through it could land
/// outside the target.
fn through_symlink(target: &Path, rel: &str) -> bool {
    let mut p = target.to_path_buf();
    rel.split('/').any(|seg| {
        p.push(seg);
        p.symlink_metadata()
            .is_ok_and(|m| m.file_type().is_symlink())
    })
}

pub(crate) fn write(
    target: &Path,
    source: &Path,
    generator: &str,
    files: BTreeMap<String, Content>,
    diags: &mut Vec<Diagnostic>,
) -> Result<Written, Vec<Diagnostic>> {
    let before = previous(target, source)
        .map_err(|d| vec![d])?
        .unwrap_or_default();
    let io = |p: &Path, e: std::io::Error| {
        vec![Diagnostic::error(format!(
            "cannot write {}: {e}",
            p.display()
        ))]
    };
    std::fs::create_dir_all(target).map_err(|e| io(target, e))?;
    let mut record = Marker {
        generator: generator.to_string(),
        files: BTreeMap::new(),
    };
    let mut done = Written::default();
    // A file is the import's to change when it is new, or when it still has the bytes the
    // last import wrote.
    let ours = |rel: &str, path: &Path| -> bool {
        match std::fs::read(path) {
            Err(_) => true,
            Ok(bytes) => before.files.get(rel).is_some_and(|h| *h == hash(&bytes)),
        }
    };
    for (rel, content) in &files {
        let path = target.join(rel);
        if !ours(rel, &path) {
            diags.push(
                Diagnostic::warning("changed since the last import: kept as it is")
                    .in_file(rel)
                    .hint("delete the file to import it again"),
            );
            if let Some(h) = before.files.get(rel) {
                record.files.insert(rel.clone(), h.clone());
            }
            done.kept.push(rel.clone());
            continue;
        }
        let bytes = match content {
            Content::Text(t) => t.clone().into_bytes(),
            Content::Copy(src) => match std::fs::read(src) {
                Ok(b) => b,
                Err(e) => {
                    diags.push(Diagnostic::warning(format!("cannot copy: {e}")).in_file(rel));
                    continue;
                }
            },
        };
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| io(dir, e))?;
        }
        if through_symlink(target, rel) {
            diags.push(
                Diagnostic::warning("a symbolic link is in the way: not written").in_file(rel),
            );
            continue;
        }
        std::fs::write(&path, &bytes).map_err(|e| io(&path, e))?;
        record.files.insert(rel.clone(), hash(&bytes));
        done.written.push(rel.clone());
    }
    for rel in before.files.keys().filter(|r| !files.contains_key(*r)) {
        let path = target.join(rel);
        if !path.exists() {
            continue;
        }
        if ours(rel, &path) {
            let _ = std::fs::remove_file(&path);
        } else {
            diags.push(
                Diagnostic::warning(
                    "no longer in the source, but changed since the last import: kept",
                )
                .in_file(rel),
            );
            done.kept.push(rel.clone());
        }
    }
    let text = toml::to_string(&record).unwrap_or_default();
    let marker = target.join(MARKER);
    std::fs::write(
        &marker,
        format!("# Written by `site-gen import`: lets a later import update this folder.\n{text}"),
    )
    .map_err(|e| io(&marker, e))?;
    Ok(done)
}
