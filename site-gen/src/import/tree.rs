//! The source tree, read without ever leaving it: no symlink is followed (one that leads
//! outside is reported), paths are joined lexically and checked against the root, and the
//! target folder is skipped when it lies inside the source.

use std::path::{Component, Path, PathBuf};

use walkdir::WalkDir;

use crate::diag::Diagnostic;

/// A source folder, and the folder inside it to leave alone (the import's own target).
pub(crate) struct Tree {
    pub(crate) root: PathBuf,
    skip: Option<PathBuf>,
}

/// Files larger than this are not read as pages or copied as assets.
const MAX_FILE: u64 = 50 * 1024 * 1024;

impl Tree {
    pub(crate) fn new(root: &Path, skip: Option<&Path>) -> Tree {
        Tree {
            root: root.to_path_buf(),
            skip: skip.map(Path::to_path_buf),
        }
    }

    /// Every regular file under `dir` (relative to the root), as root-relative paths with `/`,
    /// sorted. Hidden files and folders, `node_modules` and symlinks are skipped; a symlink is
    /// reported.
    pub(crate) fn files(&self, dir: &str, diags: &mut Vec<Diagnostic>) -> Vec<String> {
        // A folder named by a configuration (`contentDir = "/etc"`, `docs_dir: ../..`) must
        // lie inside the source and be reached through no symlink.
        let Some(start) = self.inside(dir) else {
            diags.push(
                Diagnostic::warning(format!(
                    "`{dir}` is not a folder inside the source: it was not read"
                ))
                .hint("folders in the configuration must be inside the site's folder"),
            );
            return Vec::new();
        };
        let mut out = Vec::new();
        let walker = WalkDir::new(&start)
            .follow_links(false)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                let name = e.file_name().to_string_lossy();
                e.depth() == 0
                    || !(name.starts_with('.') || name == "node_modules")
                        && self.skip.as_deref() != Some(e.path())
            });
        for entry in walker {
            let Ok(entry) = entry else { continue };
            let rel = self.rel(entry.path());
            if entry.path_is_symlink() {
                diags.push(symlink_warning(&self.root, entry.path(), &rel));
                continue;
            }
            if entry.file_type().is_file() {
                out.push(rel);
            }
        }
        out
    }

    /// Whether `rel` (root-relative) is a folder in the tree, reached through no symlink.
    pub(crate) fn is_dir(&self, rel: &str) -> bool {
        self.inside(rel)
            .and_then(|p| p.symlink_metadata().ok())
            .is_some_and(|m| m.is_dir())
    }

    /// Whether `rel` is a regular file in the tree. A file reached through a symlinked
    /// folder counts, so that [`Tree::checked`] can report the symlink when it is used.
    pub(crate) fn is_file(&self, rel: &str) -> bool {
        Self::plain(rel)
            && self
                .root
                .join(rel)
                .symlink_metadata()
                .is_ok_and(|m| m.is_file())
    }

    /// Whether `rel` is a relative path of plain names (no `..`, no root, no drive).
    fn plain(rel: &str) -> bool {
        Path::new(rel)
            .components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
    }

    /// `rel` under the root when it is a plain relative path none of whose parts is a
    /// symlink (the last part may be missing).
    fn inside(&self, rel: &str) -> Option<PathBuf> {
        if !Self::plain(rel) {
            return None;
        }
        let mut p = self.root.clone();
        for c in Path::new(rel).components() {
            if let Component::Normal(s) = c {
                p.push(s);
                if p.symlink_metadata()
                    .is_ok_and(|m| m.file_type().is_symlink())
                {
                    return None;
                }
            }
        }
        Some(p)
    }

    /// The text of `rel`, with a byte-order mark and CRLF line endings undone.
    pub(crate) fn read(&self, rel: &str) -> Result<String, Diagnostic> {
        let path = self.checked(rel)?;
        let bytes = std::fs::read(&path)
            .map_err(|e| Diagnostic::warning(format!("cannot read: {e}")).in_file(rel))?;
        let text = String::from_utf8(bytes).map_err(|_| {
            Diagnostic::warning("file is not UTF-8 text: it was left out")
                .in_file(rel)
                .hint("save it as UTF-8 and import again")
        })?;
        Ok(crate::load::content::normalise(&text))
    }

    /// The path of `rel` when it is a regular file inside the root, reached through no
    /// symlink.
    pub(crate) fn checked(&self, rel: &str) -> Result<PathBuf, Diagnostic> {
        let path = self.root.join(rel);
        let mut p = self.root.clone();
        for c in Path::new(rel).components() {
            match c {
                Component::Normal(s) => p.push(s),
                _ => {
                    return Err(
                        Diagnostic::warning(format!("`{rel}` leaves the source folder"))
                            .in_file(rel),
                    );
                }
            }
            let meta = p
                .symlink_metadata()
                .map_err(|e| Diagnostic::warning(format!("cannot read: {e}")).in_file(rel))?;
            if meta.file_type().is_symlink() {
                return Err(symlink_warning(&self.root, &p, rel));
            }
        }
        let meta = path
            .symlink_metadata()
            .map_err(|e| Diagnostic::warning(format!("cannot read: {e}")).in_file(rel))?;
        if !meta.is_file() {
            return Err(Diagnostic::warning("not a file").in_file(rel));
        }
        if meta.len() > MAX_FILE {
            return Err(
                Diagnostic::warning("file is larger than 50 MB: it was left out").in_file(rel),
            );
        }
        Ok(path)
    }

    fn rel(&self, p: &Path) -> String {
        p.strip_prefix(&self.root)
            .unwrap_or(p)
            .to_string_lossy()
            .replace('\\', "/")
    }
}

fn symlink_warning(root: &Path, path: &Path, rel: &str) -> Diagnostic {
    let outside = match (path.canonicalize(), root.canonicalize()) {
        (Ok(t), Ok(r)) => !t.starts_with(r),
        _ => true,
    };
    let why = if outside {
        "it leads outside the source folder"
    } else {
        "links inside the source are not followed either"
    };
    Diagnostic::warning(format!("symbolic link skipped: {why}"))
        .in_file(rel)
        .hint("copy the file into the source folder if it belongs to the site")
}

/// `dir` + `rel` (a `/`-separated relative path) with `.` and `..` resolved; `None` when it
/// would leave the root.
pub(crate) fn join(dir: &str, rel: &str) -> Option<String> {
    let mut parts: Vec<&str> = dir.split('/').filter(|s| !s.is_empty()).collect();
    for seg in rel.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    Some(parts.join("/"))
}

/// A file or folder name made safe for this project's tree and URLs: letters and digits of
/// any script, `-`, `_` and `.`; anything else becomes `-`; no leading dots, no `..`, never
/// empty.
pub(crate) fn safe_segment(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        let c = if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
            c
        } else {
            '-'
        };
        if (c == '-' && out.ends_with('-')) || (c == '.' && out.ends_with('.')) {
            continue;
        }
        out.push(c);
    }
    let out = out.trim_matches(|c| c == '-' || c == '.').to_string();
    if out.is_empty() { "page".into() } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_safe_segments() {
        assert_eq!(safe_segment("..secret"), "secret");
        assert_eq!(safe_segment("a..b"), "a.b");
        assert_eq!(safe_segment(".."), "page");
        assert_eq!(safe_segment("Know your rights!"), "Know-your-rights");
        assert_eq!(safe_segment("derechos-básicos"), "derechos-básicos");
        assert_eq!(safe_segment("a/b\\c"), "a-b-c");
    }

    #[test]
    fn joins_never_leave_the_root() {
        assert_eq!(join("a/b", "../c.png").as_deref(), Some("a/c.png"));
        assert_eq!(join("a", "../../etc/passwd"), None);
        assert_eq!(join("", "/x/./y").as_deref(), Some("x/y"));
    }
}
