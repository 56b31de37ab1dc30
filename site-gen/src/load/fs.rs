//! Reading the site's files, safely: the only way `load` touches the file system.
//!
//! Architecture invariant: nothing outside the site's root is read. A symbolic link is
//! followed only when its target lies inside the root; special files (FIFOs, devices,
//! sockets) are refused, so `/proc/self/environ` or a FIFO linked into a site is neither read
//! nor printed; every file is read up to a size limit.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::diag::Diagnostic;

/// The largest text file site-gen reads (a guide, a Fluent file, a data file).
pub(crate) const MAX_TEXT: u64 = 8 * 1024 * 1024;

/// The site's folder, and what its real location is once links are resolved.
#[derive(Debug, Clone)]
pub struct SiteFs {
    root: PathBuf,
    real_root: PathBuf,
}

/// A file found by [`SiteFs::walk`].
#[derive(Debug)]
pub(crate) struct Found {
    /// The path as found under the root (links not resolved), for names and messages.
    pub(crate) path: PathBuf,
    /// The path relative to the walked folder, `/`-separated; `None` when a name is not
    /// UTF-8.
    pub(crate) rel: Option<String>,
}

impl SiteFs {
    /// Opens the site at `root`. Errs when the folder cannot be opened (missing, unreadable).
    pub fn new(root: &Path) -> Result<SiteFs, Diagnostic> {
        let real_root = fs::canonicalize(root).map_err(|e| {
            Diagnostic::error(format!(
                "cannot open the site folder {}: {e}",
                root.display()
            ))
        })?;
        Ok(SiteFs {
            root: root.to_path_buf(),
            real_root,
        })
    }

    pub(crate) fn root(&self) -> &Path {
        &self.root
    }

    /// `path`'s name relative to the root, `/`-separated, as messages give it.
    pub(crate) fn rel(&self, path: &Path) -> String {
        slash_path(path.strip_prefix(&self.root).unwrap_or(path))
    }

    /// What `path` (under the root) is, following a link only when its target stays inside
    /// the root. `Ok(None)` when nothing is there.
    pub(crate) fn kind(&self, path: &Path) -> Result<Option<Kind>, Diagnostic> {
        let meta = match fs::symlink_metadata(path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(self.cannot(path, &e)),
        };
        let meta = if meta.file_type().is_symlink() {
            let target = fs::canonicalize(path).map_err(|e| {
                Diagnostic::error(format!("broken link: {e}")).in_file(self.rel(path))
            })?;
            if !target.starts_with(&self.real_root) {
                return Err(Diagnostic::error(
                    "this is a link to something outside the site; site-gen never reads outside the site's folder",
                )
                .in_file(self.rel(path))
                .hint("copy the file or folder into the site instead of linking to it"));
            }
            fs::metadata(&target).map_err(|e| self.cannot(path, &e))?
        } else {
            meta
        };
        let t = meta.file_type();
        if t.is_dir() {
            Ok(Some(Kind::Dir))
        } else if t.is_file() {
            Ok(Some(Kind::File(meta.len())))
        } else {
            Err(Diagnostic::error(
                "not a regular file (a device, FIFO or socket); site-gen only reads files",
            )
            .in_file(self.rel(path)))
        }
    }

    /// Reads a file of at most `limit` bytes. `Ok(None)` when there is no such file.
    pub(crate) fn read(&self, path: &Path, limit: u64) -> Result<Option<Vec<u8>>, Diagnostic> {
        match self.kind(path)? {
            None => Ok(None),
            Some(Kind::Dir) => {
                Err(Diagnostic::error("is a folder, not a file").in_file(self.rel(path)))
            }
            Some(Kind::File(len)) if len > limit => Err(too_big(&self.rel(path), len, limit)),
            Some(Kind::File(len)) => {
                let mut bytes = Vec::with_capacity(len as usize);
                fs::File::open(path)
                    .and_then(|f| f.take(limit + 1).read_to_end(&mut bytes))
                    .map_err(|e| self.cannot(path, &e))?;
                if bytes.len() as u64 > limit {
                    return Err(too_big(&self.rel(path), bytes.len() as u64, limit));
                }
                Ok(Some(bytes))
            }
        }
    }

    /// Reads a UTF-8 text file of at most `MAX_TEXT` bytes, editor quirks removed (see
    /// [`normalise`]). `Ok(None)` when there is no such file.
    pub fn read_text(&self, path: &Path) -> Result<Option<String>, Diagnostic> {
        let Some(bytes) = self.read(path, MAX_TEXT)? else {
            return Ok(None);
        };
        let file = self.rel(path);
        let text = String::from_utf8(bytes).map_err(|e| not_utf8(&file, e))?;
        Ok(Some(normalise(&text)))
    }

    /// Every file under `dir`, sorted by name, following links only inside the site. Links
    /// out of the site and special files are reported into `diags` and skipped; so are
    /// hidden files and folders (names starting with `.`).
    pub(crate) fn walk(&self, dir: &Path, diags: &mut Vec<Diagnostic>) -> Vec<Found> {
        let mut out = Vec::new();
        match self.kind(dir) {
            Ok(Some(Kind::Dir)) => {}
            Ok(_) => return out,
            Err(d) => {
                diags.push(d);
                return out;
            }
        }
        let mut refused = Vec::new();
        let walker = WalkDir::new(dir)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                let name = e.file_name().to_string_lossy();
                if e.depth() > 0 && name.starts_with('.') {
                    // Hidden files (editors' backups, `.DS_Store`) are skipped, but a name
                    // that is not a safe path segment (`..\..\x.md`) is reported, never
                    // passed over in silence.
                    if let Err(why) = crate::model::key::check_segment(&name) {
                        refused.push(
                            Diagnostic::error(format!("`{name}` is not a usable file name: {why}"))
                                .in_file(self.rel(e.path()))
                                .hint("rename the file"),
                        );
                    }
                    return false;
                }
                if e.path_is_symlink()
                    && e.depth() > 0
                    && let Err(d) = self.kind(e.path())
                {
                    refused.push(d);
                    return false;
                }
                true
            });
        for entry in walker {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    let path = e.path().map_or_else(|| self.rel(dir), |p| self.rel(p));
                    let what = if e.loop_ancestor().is_some() {
                        "a link here leads back to a folder it is in; not followed".to_string()
                    } else {
                        format!("cannot read: {e}")
                    };
                    diags.push(Diagnostic::error(what).in_file(path));
                    continue;
                }
            };
            let t = entry.file_type();
            if t.is_dir() {
                continue;
            }
            if !t.is_file() {
                diags.push(
                    Diagnostic::error(
                        "not a regular file (a device, FIFO or socket); site-gen only reads files",
                    )
                    .in_file(self.rel(entry.path())),
                );
                continue;
            }
            let rel = entry
                .path()
                .strip_prefix(dir)
                .ok()
                .and_then(|r| r.to_str())
                .map(|r| r.replace(std::path::MAIN_SEPARATOR, "/"));
            out.push(Found {
                path: entry.into_path(),
                rel,
            });
        }
        diags.extend(refused);
        out
    }

    fn cannot(&self, path: &Path, e: &std::io::Error) -> Diagnostic {
        Diagnostic::error(format!("cannot read: {e}")).in_file(self.rel(path))
    }
}

/// A relative path written with `/` between its parts. A backslash is a character of a
/// file name on Unix, not a separator, and stays one.
pub(crate) fn slash_path(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// What a path is, once a link inside the site is followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Dir,
    /// A regular file of this many bytes.
    File(u64),
}

fn too_big(file: &str, len: u64, limit: u64) -> Diagnostic {
    Diagnostic::error(format!(
        "file is {} KB; site-gen reads files of at most {} KB",
        len.div_ceil(1024),
        limit / 1024
    ))
    .in_file(file)
    .hint("split it into several pages")
}

/// The error for a file that is not UTF-8, at the first byte that is not.
pub(crate) fn not_utf8(file: &str, e: std::string::FromUtf8Error) -> Diagnostic {
    let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
    let s = std::str::from_utf8(valid).unwrap_or_default();
    let (line, col) = crate::diag::line_col(s, s.len());
    Diagnostic::error("file is not UTF-8 text")
        .at(file, line, col)
        .hint("save the file as UTF-8 in your editor")
}

/// Undoes editor quirks: a byte-order mark and CRLF or CR line endings.
pub fn normalise(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_out_of_the_site_and_special_files_are_refused() {
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret.txt"), "SECRET").unwrap();
        let site = tempfile::tempdir().unwrap();
        let root = site.path();
        std::fs::create_dir_all(root.join("content/en")).unwrap();
        std::fs::write(root.join("content/en/a.md"), "# A").unwrap();
        std::os::unix::fs::symlink(
            outside.path().join("secret.txt"),
            root.join("content/en/b.md"),
        )
        .unwrap();
        std::os::unix::fs::symlink(root.join("content/en/a.md"), root.join("content/en/c.md"))
            .unwrap();
        std::os::unix::fs::symlink(outside.path(), root.join("content/en/out")).unwrap();
        let fs = SiteFs::new(root).unwrap();
        let mut diags = Vec::new();
        let found: Vec<_> = fs
            .walk(&root.join("content/en"), &mut diags)
            .into_iter()
            .map(|f| f.rel.unwrap())
            .collect();
        assert_eq!(found, ["a.md", "c.md"]);
        let files: Vec<_> = diags
            .iter()
            .map(|d| d.file.as_ref().unwrap().to_string_lossy().to_string())
            .collect();
        assert_eq!(files, ["content/en/b.md", "content/en/out"], "{diags:?}");
        assert!(diags.iter().all(|d| !d.message.contains("SECRET")));
        let err = fs.read_text(&root.join("content/en/b.md")).unwrap_err();
        assert!(err.message.contains("outside the site"), "{err:?}");
    }

    #[test]
    fn sizes_are_capped() {
        let site = tempfile::tempdir().unwrap();
        std::fs::write(site.path().join("big"), vec![b'a'; 2000]).unwrap();
        let fs = SiteFs::new(site.path()).unwrap();
        let err = fs.read(&site.path().join("big"), 1000).unwrap_err();
        assert!(err.message.contains("at most"), "{err:?}");
        assert_eq!(fs.read(&site.path().join("none"), 10).unwrap(), None);
    }
}
