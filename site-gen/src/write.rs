//! Write: the only stage that touches the output folder.
//!
//! Architecture invariant: the output folder is replaced whole or not at all, and only a folder
//! that site-gen made (it holds [`MARKER`]) or an empty one is ever replaced. Pages are written
//! into a temporary folder beside it as soon as each is rendered, and that folder is swapped in
//! only when every file is written and nothing failed, so a failed build leaves the previous
//! output as it was.
//!
//! What keeps that true against odd file systems and killed or concurrent builds:
//! - Nothing here follows a symbolic link while deleting: a link is removed itself. The output
//!   folder may not be a link (replacing it would replace the link, not the folder it names);
//!   a link above it is resolved once, at the start, so that every step happens in one folder.
//! - Temporary folders are `.<name>.tmp-<pid>-<n>` beside the output, each locked (`flock`) by
//!   its build for as long as it runs; a build removes, at its start, those no running build
//!   holds (left by killed builds). Creating, cleaning and swapping happen under a lock on the
//!   folder holding the output, so two builds of one output never see each other half way:
//!   both succeed, and the output is whole after each swap.
//! - The swap is one atomic exchange where the system has one (Linux `renameat2` with
//!   `RENAME_EXCHANGE`, macOS `RENAME_SWAP`). Elsewhere, or where the file system refuses it,
//!   the previous output is renamed aside first (`.<name>.old-<pid>-<n>`); a kill between the
//!   two renames leaves it there, and the next build puts it back before anything else.
//! - [`check_out`] refuses an output among the site's own inputs, which every build would
//!   otherwise publish again.

use std::ffi::{OsStr, OsString};
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use rayon::prelude::*;

use crate::diag::{Diagnostic, has_errors};
use crate::render::Sink;

/// A file in every output folder, so that site-gen never replaces a folder it did not make.
pub(crate) const MARKER: &str = ".site-gen";

/// The site's own inputs, relative to its root: an output inside one would be read back.
const INPUTS: &[&str] = &["content", "locales", "theme"];

/// What a successful write produced.
#[derive(Debug)]
pub(crate) struct Written {
    pub(crate) files: usize,
    pub(crate) pages: usize,
    pub(crate) diagnostics: Vec<Diagnostic>,
}

/// Refuses an output folder that is the site's folder, holds it, or lies inside one of its
/// inputs (`content/`, `locales/`, `theme/`): each build would publish the previous output
/// again, or replacing the output would remove the sources. Paths are compared with their
/// links resolved, so a link or a `..` does not hide the overlap.
pub(crate) fn check_out(root: &Path, out: &Path) -> Result<(), Diagnostic> {
    // A site folder that cannot be read is reported by `load`, with its own message.
    let Ok(site) = fs::canonicalize(root) else {
        return Ok(());
    };
    let target = resolve(out);
    let refuse = |why: String, hint: &str| {
        Err(Diagnostic::error(format!("--out {} {why}", out.display())).hint(hint.to_string()))
    };
    let elsewhere = "choose an output folder beside the sources, such as `public` in the site's folder (the default)";
    if target == site {
        return refuse(
            format!(
                "is the site's folder {}: the site would be built from its own output, and replacing the output would remove the sources",
                root.display()
            ),
            elsewhere,
        );
    }
    if site.starts_with(&target) {
        return refuse(
            format!(
                "holds the site's folder {}: replacing the output would remove the sources",
                root.display()
            ),
            elsewhere,
        );
    }
    for input in INPUTS {
        if target.starts_with(site.join(input)) {
            return refuse(
                format!(
                    "is inside {}, one of the site's inputs: every build would publish the previous output again",
                    root.join(input).display()
                ),
                elsewhere,
            );
        }
    }
    Ok(())
}

/// `p` made absolute, with the links in the part of it that exists resolved and `.` and `..`
/// applied to the rest (which, not existing, holds no link).
fn resolve(p: &Path) -> PathBuf {
    let abs = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir().map_or_else(|_| p.to_path_buf(), |d| d.join(p))
    };
    let parts: Vec<Component> = abs.components().collect();
    for existing in (1..=parts.len()).rev() {
        let head: PathBuf = parts[..existing].iter().collect();
        if let Ok(mut out) = fs::canonicalize(&head) {
            for part in &parts[existing..] {
                match part {
                    Component::ParentDir => {
                        out.pop();
                    }
                    Component::Normal(n) => out.push(n),
                    _ => {}
                }
            }
            return out;
        }
    }
    abs
}

/// Removes what killed builds of `out` left beside it, after putting back an output that a
/// build killed between its two renames left aside. Every build starts with it, so that one
/// failing before it writes anything still cleans up; [`write`] does it again.
pub(crate) fn clean_up(out: &Path) {
    if let Ok(place) = Place::new(out, false)
        && let Ok(_folder) = place.lock()
    {
        place.clean_up();
    }
}

/// Runs `produce` with a sink into a fresh temporary folder, copies `assets` (output path,
/// source file) beside its files, and swaps the folder in when nothing failed.
pub(crate) fn write(
    out: &Path,
    assets: &[(String, PathBuf)],
    produce: impl FnOnce(&dyn Sink) -> Vec<Diagnostic>,
) -> Result<Written, Vec<Diagnostic>> {
    write_with(out, assets, produce, Swap::Exchange)
}

/// How the new output takes the previous one's place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Swap {
    /// One atomic exchange where the system has it, else [`Swap::Renames`].
    Exchange,
    /// The previous output renamed aside, then the new one into its place.
    // Chosen by the tests; a build gets it from `Exchange` where the system has no exchange.
    #[cfg_attr(not(test), allow(dead_code))]
    Renames,
}

fn write_with(
    out: &Path,
    assets: &[(String, PathBuf)],
    produce: impl FnOnce(&dyn Sink) -> Vec<Diagnostic>,
    how: Swap,
) -> Result<Written, Vec<Diagnostic>> {
    let place = Place::new(out, true).map_err(|d| vec![d])?;
    let temp = {
        let _folder = place.lock()?;
        place.clean_up();
        place.replaceable()?;
        place.start()?
    };
    let result = fill(&temp.path, out, assets, produce).and_then(|written| {
        let folder = place.lock()?;
        // Checked again: the output may have changed while the pages were written.
        place.replaceable()?;
        let previous = swap(&temp.path, &place.out, &place.sibling("old"), how)
            .map_err(|e| vec![io_error("replace", out, &e)])?;
        drop(folder);
        if let Some(previous) = previous {
            remove_tree(&previous);
        }
        Ok(written)
    });
    if result.is_err() {
        remove_tree(&temp.path);
    }
    result
}

/// Renders into `dir` and copies the assets and the marker beside the pages.
fn fill(
    dir: &Path,
    out: &Path,
    assets: &[(String, PathBuf)],
    produce: impl FnOnce(&dyn Sink) -> Vec<Diagnostic>,
) -> Result<Written, Vec<Diagnostic>> {
    let sink = DirSink {
        dir,
        out,
        files: AtomicUsize::new(0),
        pages: AtomicUsize::new(0),
        failed: AtomicUsize::new(0),
        error: Mutex::new(None),
    };
    let mut diags = produce(&sink);
    if let Some(e) = sink.error() {
        diags.push(e);
    }
    if has_errors(&diags) {
        return Err(diags);
    }
    assets.par_iter().try_for_each(|(rel, src)| {
        let p = dir.join(rel);
        let copied = within(rel).and_then(|()| match p.parent() {
            Some(d) => fs::create_dir_all(d).and_then(|()| fs::copy(src, &p)),
            None => fs::copy(src, &p),
        });
        copied.map(|_| ()).map_err(|e| {
            vec![Diagnostic::error(format!(
                "cannot copy {} to {}: {e}",
                src.display(),
                out.join(rel).display()
            ))]
        })
    })?;
    fs::write(
        dir.join(MARKER),
        "This folder is written by site-gen build; it is replaced whole on every build.\n",
    )
    .map_err(|e| vec![io_error("write", &out.join(MARKER), &e)])?;
    Ok(Written {
        files: sink.files.into_inner() + assets.len(),
        pages: sink.pages.into_inner(),
        diagnostics: diags,
    })
}

/// Refuses an output path that would leave the output folder (absolute, or with `..`): the
/// paths come from slugs and file names, which `load` checks, and this is the last place
/// to make sure.
fn within(rel: &str) -> io::Result<()> {
    let normal = Path::new(rel)
        .components()
        .all(|c| matches!(c, Component::Normal(_)));
    if normal && !rel.is_empty() {
        Ok(())
    } else {
        Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "the path leads out of the output folder",
        ))
    }
}

fn io_error(what: &str, p: &Path, e: &io::Error) -> Diagnostic {
    Diagnostic::error(format!("cannot {what} {}: {e}", p.display()))
}

/// Writes rendered files straight into the temporary folder.
struct DirSink<'a> {
    dir: &'a Path,
    /// The output folder as the user named it, for messages: the temporary folder is gone by
    /// the time anyone reads them.
    out: &'a Path,
    files: AtomicUsize,
    pages: AtomicUsize,
    failed: AtomicUsize,
    /// The first failure (the others are counted).
    error: Mutex<Option<Diagnostic>>,
}

impl Sink for DirSink<'_> {
    fn put(&self, path: String, bytes: Vec<u8>) {
        let p = self.dir.join(&path);
        // Most folders already exist: create them only when a write says otherwise.
        let result = within(&path).and_then(|()| {
            fs::write(&p, &bytes).or_else(|e| match (e.kind(), p.parent()) {
                (io::ErrorKind::NotFound, Some(parent)) => {
                    fs::create_dir_all(parent).and_then(|_| fs::write(&p, &bytes))
                }
                _ => Err(e),
            })
        });
        match result {
            Ok(()) => {
                self.files.fetch_add(1, Ordering::Relaxed);
                if path.ends_with("index.html") {
                    self.pages.fetch_add(1, Ordering::Relaxed);
                }
            }
            Err(e) => {
                self.failed.fetch_add(1, Ordering::Relaxed);
                let mut slot = self.error.lock().unwrap_or_else(|e| e.into_inner());
                slot.get_or_insert_with(|| write_error(self.out, &path, &e));
            }
        }
    }
}

impl DirSink<'_> {
    fn error(&self) -> Option<Diagnostic> {
        let first = self
            .error
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()?;
        Some(match self.failed.load(Ordering::Relaxed) {
            0 | 1 => first,
            n => Diagnostic {
                message: format!(
                    "{} ({} more files could not be written)",
                    first.message,
                    n - 1
                ),
                ..first
            },
        })
    }
}

/// A file of the output that could not be written, named by its place in the output and, for
/// a page, by its address in the site.
fn write_error(out: &Path, path: &str, e: &io::Error) -> Diagnostic {
    let what = match path.strip_suffix("index.html") {
        Some("") => ", the site's root page".to_string(),
        Some(dir) if dir.ends_with('/') => format!(", the page {dir}"),
        _ => String::new(),
    };
    let d = Diagnostic::error(format!(
        "cannot write {}{what}: {e}",
        out.join(path).display()
    ));
    if e.kind() == io::ErrorKind::InvalidFilename {
        d.hint("a folder or file name is longer than the file system allows (255 bytes on most): shorten the page's slug or file name")
    } else {
        d
    }
}

/// Where the output goes: a folder (its links resolved once) and a name in it.
struct Place {
    parent: PathBuf,
    name: OsString,
    /// `parent/name`.
    out: PathBuf,
    /// The output as the user named it, for messages.
    shown: PathBuf,
}

static TEMPS: AtomicU64 = AtomicU64::new(0);

impl Place {
    /// The place of `out`, creating the folders above it when `create` is set.
    fn new(out: &Path, create: bool) -> Result<Place, Diagnostic> {
        let (parent, name) = match out.file_name() {
            Some(name) => (
                out.parent()
                    .filter(|p| !p.as_os_str().is_empty())
                    .unwrap_or(Path::new("."))
                    .to_path_buf(),
                name.to_os_string(),
            ),
            // `..`, `.`: the folder they name.
            None => {
                let full = resolve(out);
                match (full.parent(), full.file_name()) {
                    (Some(p), Some(n)) => (p.to_path_buf(), n.to_os_string()),
                    _ => {
                        return Err(Diagnostic::error(format!(
                            "{} cannot be an output folder",
                            out.display()
                        )));
                    }
                }
            }
        };
        if create {
            fs::create_dir_all(&parent).map_err(|e| io_error("create", &parent, &e))?;
        }
        let parent = fs::canonicalize(&parent).map_err(|e| io_error("open", &parent, &e))?;
        Ok(Place {
            out: parent.join(&name),
            parent,
            name,
            shown: out.to_path_buf(),
        })
    }

    /// `.<name>.<kind>-<pid>-<n>`, unique in this process.
    fn sibling(&self, kind: &str) -> PathBuf {
        let n = TEMPS.fetch_add(1, Ordering::Relaxed);
        let mut file = OsString::from(".");
        file.push(&self.name);
        file.push(format!(".{kind}-{}-{n}", std::process::id()));
        self.parent.join(file)
    }

    /// Whether `file` names one of site-gen's temporary folders for this output, and which.
    /// Builds before locking named them `.<name>.tmp-<pid>`.
    fn leftover(&self, file: &OsStr) -> Option<Leftover> {
        let rest = file
            .to_str()?
            .strip_prefix('.')?
            .strip_prefix(self.name.to_str()?)?
            .strip_prefix('.')?;
        let (kind, id) = rest.split_once('-')?;
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
            return None;
        }
        match kind {
            "tmp" => Some(Leftover::Temp),
            "old" => Some(Leftover::Aside),
            _ => None,
        }
    }

    /// Holds the lock on the folder holding the output until dropped.
    fn lock(&self) -> Result<lock::Held, Vec<Diagnostic>> {
        lock::hold(&self.parent).map_err(|e| vec![io_error("lock", &self.parent, &e)])
    }

    /// Removes the temporary folders no running build holds, after putting back a previous
    /// output that a build killed between its two renames left aside. Called with the folder
    /// locked.
    fn clean_up(&self) {
        let Ok(entries) = fs::read_dir(&self.parent) else {
            return;
        };
        let mut stale: Vec<(PathBuf, Leftover)> = Vec::new();
        for e in entries.flatten() {
            let Some(kind) = self.leftover(&e.file_name()) else {
                continue;
            };
            match e.file_type() {
                Ok(t) if t.is_dir() => {}
                // Not a folder site-gen made: a link is removed itself, never followed.
                _ => {
                    let _ = fs::remove_file(e.path());
                    continue;
                }
            }
            // A running build holds its folder's lock; one that was killed holds nothing.
            if let Ok(Some(_)) = lock::try_hold(&e.path()) {
                stale.push((e.path(), kind));
            }
        }
        if fs::symlink_metadata(&self.out).is_err() {
            let newest = stale
                .iter()
                .filter(|(_, kind)| *kind == Leftover::Aside)
                .filter_map(|(p, _)| {
                    let marker = fs::symlink_metadata(p.join(MARKER)).ok()?;
                    Some((marker.modified().ok()?, p.clone()))
                })
                .max();
            if let Some((_, p)) = newest
                && fs::rename(&p, &self.out).is_ok()
            {
                stale.retain(|(s, _)| *s != p);
            }
        }
        for (p, _) in stale {
            remove_tree(&p);
        }
    }

    /// Whether the output may be replaced: absent, empty, or made by site-gen, and no link.
    fn replaceable(&self) -> Result<(), Vec<Diagnostic>> {
        let refuse = |d: Diagnostic| Err(vec![d]);
        let meta = match fs::symlink_metadata(&self.out) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return refuse(io_error("read", &self.shown, &e)),
            Ok(m) => m,
        };
        if meta.file_type().is_symlink() {
            let to = fs::read_link(&self.out).unwrap_or_default();
            let real = fs::canonicalize(&self.out).unwrap_or_else(|_| to.clone());
            return refuse(
                Diagnostic::error(format!(
                    "output folder {} is a symbolic link (to {}); site-gen replaces the output folder whole and never replaces a link or the folder it points to",
                    self.shown.display(),
                    to.display()
                ))
                .hint(format!(
                    "pass the folder itself as --out ({}), or remove the link",
                    real.display()
                )),
            );
        }
        let marked = fs::symlink_metadata(self.out.join(MARKER)).is_ok_and(|m| m.is_file());
        if meta.is_dir() && (marked || is_empty_dir(&self.out)) {
            return Ok(());
        }
        refuse(
            Diagnostic::error(format!(
                "output folder {} exists and was not made by site-gen; refusing to replace it",
                self.shown.display()
            ))
            .hint("choose another --out, or empty that folder first"),
        )
    }

    /// Creates this build's temporary folder and locks it. Called with the folder locked, so
    /// that no other build sees the new folder before it is locked.
    fn start(&self) -> Result<Temp, Vec<Diagnostic>> {
        let path = self.sibling("tmp");
        // `create_dir`, not `create_dir_all`: the folder is new, never one found there.
        fs::create_dir(&path).map_err(|e| vec![io_error("create", &path, &e)])?;
        // Nobody else locks a folder this new: this returns at once.
        match lock::hold(&path) {
            Ok(held) => Ok(Temp { path, _held: held }),
            Err(e) => {
                let _ = fs::remove_dir(&path);
                Err(vec![io_error("lock", &path, &e)])
            }
        }
    }
}

/// A folder a build left beside the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Leftover {
    /// `.<name>.tmp-…`: a build's new output, or after an exchange its previous one.
    Temp,
    /// `.<name>.old-…`: a previous output renamed aside (the swap without exchange).
    Aside,
}

/// This build's temporary folder, locked for as long as the value lives.
struct Temp {
    path: PathBuf,
    _held: lock::Held,
}

/// Puts `tmp` in `out`'s place and returns where the previous output went, to be removed.
fn swap(tmp: &Path, out: &Path, old: &Path, how: Swap) -> io::Result<Option<PathBuf>> {
    match fs::symlink_metadata(out) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return fs::rename(tmp, out).map(|()| None);
        }
        Err(e) => return Err(e),
        Ok(_) => {}
    }
    if how == Swap::Exchange && exchange(tmp, out)? {
        return Ok(Some(tmp.to_path_buf()));
    }
    fs::rename(out, old)?;
    if let Err(e) = fs::rename(tmp, out) {
        // Put the previous site back before giving up.
        let _ = fs::rename(old, out);
        return Err(e);
    }
    Ok(Some(old.to_path_buf()))
}

/// Exchanges two folders atomically; `Ok(false)` where the system or file system cannot.
#[cfg(any(target_os = "linux", target_os = "android", target_vendor = "apple"))]
fn exchange(a: &Path, b: &Path) -> io::Result<bool> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    use rustix::io::Errno;
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(true),
        // Kernels before 3.15, and file systems without it (some network ones) refuse.
        Err(e) if [Errno::INVAL, Errno::NOSYS, Errno::NOTSUP, Errno::OPNOTSUPP].contains(&e) => {
            Ok(false)
        }
        Err(e) => Err(e.into()),
    }
}

#[cfg(not(any(target_os = "linux", target_os = "android", target_vendor = "apple")))]
fn exchange(_: &Path, _: &Path) -> io::Result<bool> {
    Ok(false)
}

/// Advisory locks on folders (`flock`), released when the holding process ends however it
/// ends: what tells a running build's temporary folder from a killed one's.
#[cfg(unix)]
mod lock {
    use std::fs::File;
    use std::io;
    use std::path::Path;

    use rustix::fs::{FlockOperation, Mode, OFlags, flock, open};
    use rustix::io::Errno;

    pub(crate) struct Held(#[allow(dead_code)] File);

    /// The folder itself, never through a link.
    fn open_dir(dir: &Path) -> io::Result<File> {
        let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC;
        Ok(File::from(open(dir, flags, Mode::empty())?))
    }

    /// Waits for the lock on `dir`.
    pub(crate) fn hold(dir: &Path) -> io::Result<Held> {
        let file = open_dir(dir)?;
        loop {
            match flock(&file, FlockOperation::LockExclusive) {
                Ok(()) => return Ok(Held(file)),
                Err(Errno::INTR) => continue,
                Err(e) => return Err(e.into()),
            }
        }
    }

    /// The lock on `dir` if no one holds it.
    pub(crate) fn try_hold(dir: &Path) -> io::Result<Option<Held>> {
        let file = open_dir(dir)?;
        match flock(&file, FlockOperation::NonBlockingLockExclusive) {
            Ok(()) => Ok(Some(Held(file))),
            Err(Errno::WOULDBLOCK) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }
}

/// Without `flock`, no build can tell a killed build's temporary folder from a running one's:
/// every one is taken as running and left in place.
#[cfg(not(unix))]
mod lock {
    use std::io;
    use std::path::Path;

    pub(crate) struct Held;

    pub(crate) fn hold(_: &Path) -> io::Result<Held> {
        Ok(Held)
    }

    pub(crate) fn try_hold(_: &Path) -> io::Result<Option<Held>> {
        Ok(None)
    }
}

/// Removes a folder tree, two levels of it in parallel (deleting the previous build of a large
/// site is otherwise a good part of a rebuild's time), without following any link: a link is
/// removed itself, whatever it points to.
fn remove_tree(dir: &Path) {
    match fs::symlink_metadata(dir) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => {
            let _ = fs::remove_file(dir);
            return;
        }
        Err(_) => return,
    }
    // `DirEntry::file_type` describes the entry itself, not what a link points to.
    let children = |d: &Path| -> Vec<(PathBuf, bool)> {
        fs::read_dir(d)
            .map(|es| {
                es.flatten()
                    .map(|e| (e.path(), e.file_type().is_ok_and(|t| t.is_dir())))
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut work: Vec<(PathBuf, bool)> = Vec::new();
    for (p, is_dir) in children(dir) {
        if is_dir {
            work.extend(children(&p));
        } else {
            work.push((p, false));
        }
    }
    // `remove_dir_all` never follows links either (it unlinks them).
    work.par_iter().for_each(|(p, is_dir)| {
        let _ = if *is_dir {
            fs::remove_dir_all(p)
        } else {
            fs::remove_file(p)
        };
    });
    let _ = fs::remove_dir_all(dir);
}

fn is_empty_dir(p: &Path) -> bool {
    fs::read_dir(p).is_ok_and(|mut d| d.next().is_none())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;
    use std::sync::Arc;
    use std::sync::atomic::AtomicBool;

    /// Every file below `dir`, relative path → bytes (links as `-> target`).
    fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
        fn walk(base: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
            for e in fs::read_dir(dir).unwrap().flatten() {
                let p = e.path();
                let rel = p.strip_prefix(base).unwrap().to_string_lossy().into_owned();
                let t = e.file_type().unwrap();
                if t.is_symlink() {
                    let to = fs::read_link(&p).unwrap();
                    out.insert(rel, format!("-> {}", to.display()).into_bytes());
                } else if t.is_dir() {
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

    /// Names in `dir` other than `keep`.
    fn others(dir: &Path, keep: &[&str]) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| !keep.contains(&n.as_str()))
            .collect();
        names.sort();
        names
    }

    fn put(dir: &Path, files: &[(&str, &str)]) {
        for (rel, text) in files {
            let p = dir.join(rel);
            fs::create_dir_all(p.parent().unwrap()).unwrap();
            fs::write(p, text).unwrap();
        }
    }

    /// A build that renders `files`, tagged so that two builds' outputs differ.
    fn site<'a>(tag: &'a str) -> impl FnOnce(&dyn Sink) -> Vec<Diagnostic> + 'a {
        move |sink: &dyn Sink| {
            for page in [
                "index.html",
                "en/index.html",
                "en/guides/index.html",
                "style.css",
            ] {
                sink.put(page.to_string(), format!("{tag} {page}").into_bytes());
            }
            Vec::new()
        }
    }

    fn failing(sink: &dyn Sink) -> Vec<Diagnostic> {
        sink.put("en/index.html".into(), b"half a site".to_vec());
        vec![Diagnostic::error("a broken guide").at("content/en/a.md", 3, 1)]
    }

    #[test]
    fn the_exchange_swaps_in_one_step() {
        let t = tempfile::tempdir().unwrap();
        let (new, out, old) = (
            t.path().join("new"),
            t.path().join("out"),
            t.path().join("old"),
        );
        put(&new, &[("index.html", "new")]);
        put(&out, &[("index.html", "previous")]);
        let previous = swap(&new, &out, &old, Swap::Exchange).unwrap();
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "new");
        let previous = previous.expect("there was a previous output");
        assert_eq!(
            fs::read_to_string(previous.join("index.html")).unwrap(),
            "previous"
        );
        if cfg!(target_os = "linux") {
            // One renameat2 call: the previous output went where the new one was, and nothing
            // was ever renamed aside.
            assert_eq!(previous, new);
            assert!(!old.exists());
        }
    }

    #[test]
    fn without_exchange_the_previous_output_is_renamed_aside_first() {
        let t = tempfile::tempdir().unwrap();
        let (new, out, old) = (
            t.path().join("new"),
            t.path().join("out"),
            t.path().join("old"),
        );
        put(&new, &[("index.html", "new")]);
        put(&out, &[("index.html", "previous")]);
        assert_eq!(
            swap(&new, &out, &old, Swap::Renames).unwrap(),
            Some(old.clone())
        );
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "new");
        assert_eq!(
            fs::read_to_string(old.join("index.html")).unwrap(),
            "previous"
        );
        assert!(!new.exists());

        // The second rename failing puts the previous output back.
        let missing = t.path().join("missing");
        let before = snapshot(&out);
        for how in [Swap::Renames, Swap::Exchange] {
            assert!(swap(&missing, &out, &t.path().join("old2"), how).is_err());
            assert_eq!(snapshot(&out), before);
        }
    }

    #[test]
    fn a_first_build_is_renamed_into_place() {
        for how in [Swap::Exchange, Swap::Renames] {
            let t = tempfile::tempdir().unwrap();
            let out = t.path().join("deep/public");
            let w = write_with(&out, &[], site("one"), how).unwrap_or_else(|d| panic!("{d:?}"));
            assert_eq!((w.files, w.pages), (4, 3));
            assert_eq!(
                fs::read_to_string(out.join("en/index.html")).unwrap(),
                "one en/index.html"
            );
            assert!(out.join(MARKER).is_file());
            assert_eq!(
                others(&t.path().join("deep"), &["public"]),
                Vec::<String>::new()
            );
        }
    }

    #[test]
    fn the_previous_output_survives_a_failed_build_byte_for_byte() {
        for how in [Swap::Exchange, Swap::Renames] {
            let t = tempfile::tempdir().unwrap();
            let out = t.path().join("public");
            let asset = t.path().join("photo.png");
            fs::write(&asset, b"\x89PNG").unwrap();
            let assets = vec![("en/photo.png".to_string(), asset.clone())];
            write_with(&out, &assets, site("one"), how).unwrap();
            let before = snapshot(&out);
            assert_eq!(before.len(), 6, "{:?}", before.keys());

            // An error in the pages.
            let errors = write_with(&out, &assets, failing, how).unwrap_err();
            assert_eq!(errors[0].message, "a broken guide");
            assert_eq!(snapshot(&out), before);
            // An asset that cannot be copied.
            let gone = vec![("en/gone.pdf".to_string(), t.path().join("gone.pdf"))];
            let errors = write_with(&out, &gone, site("two"), how).unwrap_err();
            assert!(errors[0].message.starts_with("cannot copy "), "{errors:?}");
            assert!(
                errors[0]
                    .message
                    .contains(&format!("to {}", out.join("en/gone.pdf").display())),
                "{errors:?}"
            );
            assert_eq!(snapshot(&out), before);
            // A page that cannot be written.
            let long = format!("en/{}/index.html", "x".repeat(300));
            let errors = write_with(
                &out,
                &[],
                |sink: &dyn Sink| {
                    sink.put(long.clone(), b"x".to_vec());
                    Vec::new()
                },
                how,
            )
            .unwrap_err();
            assert!(
                errors[0]
                    .message
                    .contains(&out.join(&long).display().to_string())
            );
            assert_eq!(snapshot(&out), before);

            assert_eq!(
                others(t.path(), &["public", "photo.png"]),
                Vec::<String>::new()
            );
            // And the next good build replaces it.
            write_with(&out, &assets, site("three"), how).unwrap();
            assert_eq!(
                fs::read(out.join("index.html")).unwrap(),
                b"three index.html"
            );
        }
    }

    #[test]
    fn write_errors_name_the_output_path_and_the_page() {
        let t = tempfile::tempdir().unwrap();
        let dir = t.path().join("tmp");
        // A file where a folder must go: every page below it fails.
        put(&dir, &[("es", "in the way")]);
        let sink = DirSink {
            dir: &dir,
            out: Path::new("site/public"),
            files: AtomicUsize::new(0),
            pages: AtomicUsize::new(0),
            failed: AtomicUsize::new(0),
            error: Mutex::new(None),
        };
        sink.put("es/asilo/index.html".into(), b"a".to_vec());
        sink.put("es/asilo/plazo/index.html".into(), b"b".to_vec());
        sink.put("en/index.html".into(), b"c".to_vec());
        let e = sink.error().unwrap();
        assert!(
            e.message
                .starts_with("cannot write site/public/es/asilo/index.html, the page es/asilo/: "),
            "{}",
            e.message
        );
        assert!(
            e.message.ends_with("(1 more files could not be written)"),
            "{}",
            e.message
        );
        assert_eq!(sink.files.load(Ordering::Relaxed), 1);

        // Nothing is ever written outside the output folder.
        for escape in [
            "../escaped.html",
            "/tmp/escaped.html",
            "en/../../escaped.html",
            "",
        ] {
            sink.put(escape.into(), b"x".to_vec());
        }
        assert!(!t.path().join("escaped.html").exists());
        assert!(!Path::new("/tmp/escaped.html").exists());
        assert_eq!(sink.failed.load(Ordering::Relaxed), 6);

        let long = io::Error::from(io::ErrorKind::InvalidFilename);
        let e = write_error(Path::new("public"), "index.html", &long);
        assert!(
            e.message
                .starts_with("cannot write public/index.html, the site's root page: ")
        );
        assert!(e.hint.unwrap().contains("shorten the page's slug"));
        let e = write_error(Path::new("public"), "sitemap.xml", &long);
        assert!(
            e.message.starts_with("cannot write public/sitemap.xml: "),
            "{}",
            e.message
        );
    }

    #[test]
    #[cfg(unix)]
    fn leftovers_of_killed_builds_go_and_those_of_running_builds_stay() {
        let t = tempfile::tempdir().unwrap();
        let out = t.path().join("public");
        write_with(&out, &[], site("one"), Swap::Exchange).unwrap();
        let killed = t.path().join(".public.tmp-4194301-0");
        let aside = t.path().join(".public.old-4194301-1");
        let running = t.path().join(".public.tmp-4194302-0");
        let unrelated = t.path().join(".public.tmp-backup");
        for d in [&killed, &aside, &running, &unrelated] {
            put(d, &[("en/index.html", "x")]);
        }
        let victim = t.path().join("victim");
        put(&victim, &[("precious.txt", "keep me")]);
        std::os::unix::fs::symlink(&victim, t.path().join(".public.tmp-4194303-0")).unwrap();
        // Another build, alive: it holds its folder's lock.
        let held = lock::hold(&running).unwrap();

        write_with(&out, &[], site("two"), Swap::Exchange).unwrap();
        assert_eq!(
            others(t.path(), &["public", "victim"]),
            [".public.tmp-4194302-0", ".public.tmp-backup"]
        );
        assert_eq!(snapshot(&victim).len(), 1, "the link was followed");
        drop(held);
        write_with(&out, &[], site("three"), Swap::Exchange).unwrap();
        assert_eq!(
            others(t.path(), &["public", "victim"]),
            [".public.tmp-backup"]
        );
    }

    #[test]
    #[cfg(unix)]
    fn an_output_left_aside_by_a_killed_build_is_put_back_first() {
        let t = tempfile::tempdir().unwrap();
        let out = t.path().join("public");
        write_with(&out, &[], site("one"), Swap::Renames).unwrap();
        let before = snapshot(&out);
        // Killed between the renames: no output, the previous one aside.
        fs::rename(&out, t.path().join(".public.old-4194301-7")).unwrap();
        assert!(write_with(&out, &[], failing, Swap::Renames).is_err());
        assert_eq!(snapshot(&out), before);
        assert_eq!(others(t.path(), &["public"]), Vec::<String>::new());
    }

    #[test]
    fn concurrent_builds_of_one_output_all_succeed_and_the_output_is_always_whole() {
        let t = tempfile::tempdir().unwrap();
        let out = t.path().join("public");
        write_with(&out, &[], site("first"), Swap::Exchange).unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        // With the exchange, there is an output at every moment, and each is one build's.
        let watcher = {
            let (out, stop) = (out.clone(), Arc::clone(&stop));
            std::thread::spawn(move || {
                let mut looks = 0;
                while !stop.load(Ordering::Relaxed) {
                    let home = fs::read_to_string(out.join("index.html"))
                        .expect("the output is always there");
                    assert!(home.ends_with(" index.html"), "{home}");
                    looks += 1;
                }
                looks
            })
        };
        let builds: Vec<_> = (0..4)
            .map(|i| {
                let out = out.clone();
                std::thread::spawn(move || {
                    for round in 0..5 {
                        let tag = format!("b{i}r{round}");
                        let slow = |sink: &dyn Sink| {
                            let d = site(&tag)(sink);
                            std::thread::sleep(std::time::Duration::from_millis(3));
                            d
                        };
                        write_with(&out, &[], slow, Swap::Exchange)
                            .unwrap_or_else(|d| panic!("{d:?}"));
                    }
                })
            })
            .collect();
        for b in builds {
            b.join().unwrap();
        }
        stop.store(true, Ordering::Relaxed);
        assert!(watcher.join().unwrap() > 0);
        // The last swap's output, whole.
        let files = snapshot(&out);
        let tag = String::from_utf8(files["index.html"].clone()).unwrap();
        let tag = tag.split(' ').next().unwrap();
        for (path, bytes) in &files {
            if path != MARKER {
                assert_eq!(bytes, format!("{tag} {path}").as_bytes());
            }
        }
        assert_eq!(others(t.path(), &["public"]), Vec::<String>::new());
    }

    #[test]
    fn the_same_with_two_renames() {
        let t = tempfile::tempdir().unwrap();
        let out = t.path().join("public");
        let builds: Vec<_> = (0..4)
            .map(|i| {
                let out = out.clone();
                std::thread::spawn(move || {
                    for round in 0..40 {
                        let tag = format!("b{i}r{round}");
                        write_with(&out, &[], site(&tag), Swap::Renames)
                            .unwrap_or_else(|d| panic!("{d:?}"));
                    }
                })
            })
            .collect();
        for b in builds {
            b.join().unwrap();
        }
        assert_eq!(snapshot(&out).len(), 5);
        assert_eq!(others(t.path(), &["public"]), Vec::<String>::new());
    }

    #[test]
    #[cfg(unix)]
    fn removing_a_tree_never_follows_a_link() {
        let t = tempfile::tempdir().unwrap();
        let victim = t.path().join("victim");
        put(&victim, &[("a.txt", "a"), ("deep/b.txt", "b")]);
        let tree = t.path().join("tree");
        put(&tree, &[("x/y/z.txt", "z")]);
        std::os::unix::fs::symlink(&victim, tree.join("top")).unwrap();
        std::os::unix::fs::symlink(&victim, tree.join("x/mid")).unwrap();
        std::os::unix::fs::symlink(&victim, tree.join("x/y/low")).unwrap();
        std::os::unix::fs::symlink(victim.join("a.txt"), tree.join("file")).unwrap();
        remove_tree(&tree);
        assert!(!tree.exists());
        assert_eq!(snapshot(&victim).len(), 2);
        // A link given as the tree is unlinked, not emptied.
        let link = t.path().join("link");
        std::os::unix::fs::symlink(&victim, &link).unwrap();
        remove_tree(&link);
        assert!(fs::symlink_metadata(&link).is_err());
        assert_eq!(snapshot(&victim).len(), 2);
    }

    #[test]
    #[cfg(unix)]
    fn an_output_among_the_inputs_is_found_through_links_and_dots() {
        let t = tempfile::tempdir().unwrap();
        let root = t.path().join("site");
        put(
            &root,
            &[("content/en/a.md", "# A"), ("theme/static/x.css", "")],
        );
        std::os::unix::fs::symlink(root.join("content"), t.path().join("alias")).unwrap();
        let refused = |out: PathBuf| check_out(&root, &out).unwrap_err().message;
        assert!(refused(t.path().join("alias/public")).contains("inside "));
        assert!(refused(root.join("public/../theme/static/out")).contains("theme"));
        assert!(refused(root.join("new/../locales/x")).contains("locales"));
        assert!(refused(root.join("content/../.")).contains("is the site's folder"));
        assert!(refused(t.path().to_path_buf()).contains("holds the site's folder"));
        assert!(check_out(&root, &root.join("public")).is_ok());
        assert!(check_out(&root, &root.join("contents")).is_ok());
        assert!(check_out(&root, &t.path().join("elsewhere/public")).is_ok());
    }
}
