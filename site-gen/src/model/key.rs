//! Page keys and path segments: the one place that decides what a page's identity is and
//! which names may become part of an output path or URL.
//!
//! Architecture invariant: every `PageKey`, slug and language code is made of segments that
//! passed [`check_segment`], so nothing built from them can leave the output folder, and a
//! page's key is the same in every language it is translated into.

use std::borrow::Borrow;
use std::fmt;
use std::sync::Arc;

/// The longest segment, in bytes: output paths add `/index.html` folders under it, and file
/// systems stop at 255 bytes a name.
pub(crate) const MAX_SEGMENT: usize = 200;

/// The name of a section's own page inside its folder.
pub(crate) const SECTION_FILE: &str = "_index.md";

/// Extensions of content files that become pages, with Markdown first.
pub(crate) const PAGE_EXTENSIONS: &[&str] = &["md", "mdx", "markdown", "html"];

/// Why a name cannot be part of a path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum SegmentError {
    Empty,
    Dots,
    Separator(char),
    Control,
    TooLong(usize),
    Reserved(String),
}

impl fmt::Display for SegmentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SegmentError::Empty => f.write_str("it is empty"),
            SegmentError::Dots => f.write_str("`.` and `..` name folders, not pages"),
            SegmentError::Separator(c) => write!(f, "it holds the path separator `{c}`"),
            SegmentError::Control => f.write_str("it holds a control character"),
            SegmentError::TooLong(n) => {
                write!(f, "it is {n} bytes long (at most {MAX_SEGMENT})")
            }
            SegmentError::Reserved(s) => write!(f, "`{s}` is a name site-gen writes itself"),
        }
    }
}

/// Checks one segment of an output path: not empty, not `.`/`..`, no separator (`/` or
/// `\`), no control character (NUL included), at most [`MAX_SEGMENT`] bytes, and not a file
/// name the generator writes in every folder (`index.html`).
pub(crate) fn check_segment(s: &str) -> Result<(), SegmentError> {
    if s.is_empty() {
        return Err(SegmentError::Empty);
    }
    if s == "." || s == ".." {
        return Err(SegmentError::Dots);
    }
    if let Some(c) = s.chars().find(|c| *c == '/' || *c == '\\') {
        return Err(SegmentError::Separator(c));
    }
    if s.chars().any(char::is_control) {
        return Err(SegmentError::Control);
    }
    if s.len() > MAX_SEGMENT {
        return Err(SegmentError::TooLong(s.len()));
    }
    if s.eq_ignore_ascii_case("index.html") {
        return Err(SegmentError::Reserved(s.to_string()));
    }
    Ok(())
}

/// A page's identity: its path under `content/<lang>/`, shared by all its translations, in
/// one normal form. A section's own page is `<dir>/_index.md` (the home: `_index.md`); any
/// other page is `<dir>/<name>.md`, whatever its file's extension.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PageKey(Arc<str>);

impl PageKey {
    /// The home page of a language.
    pub(crate) fn home() -> PageKey {
        PageKey(Arc::from(SECTION_FILE))
    }

    /// The own page of the section in folder `dir` (`""`: the home).
    pub(crate) fn section(dir: &str) -> PageKey {
        if dir.is_empty() {
            PageKey::home()
        } else {
            PageKey(Arc::from(format!("{dir}/{SECTION_FILE}")))
        }
    }

    /// The key of a content file, from its path relative to the language folder
    /// (`asylum/one-year-deadline.md`, `asylum/index.md`). Every segment must be a safe path
    /// segment.
    pub(crate) fn from_file(rel: &str) -> Result<PageKey, SegmentError> {
        let (dir, file) = rel.rsplit_once('/').unwrap_or(("", rel));
        for seg in dir.split('/').filter(|_| !dir.is_empty()) {
            check_segment(seg)?;
        }
        check_segment(file)?;
        let stem = strip_page_extension(file).unwrap_or(file);
        Ok(match stem {
            "_index" | "index" => PageKey::section(dir),
            _ => {
                check_segment(stem)?;
                PageKey(Arc::from(join(dir, &format!("{stem}.md"))))
            }
        })
    }

    /// The key a link names: `@/asylum/deadline.md`, `asylum/deadline`, `asylum/`,
    /// `asylum/index.md` and `/` all name pages. `None` when a segment is not a safe one.
    pub(crate) fn from_link(path: &str) -> Option<PageKey> {
        let path = path.trim_start_matches('/');
        if path.is_empty() {
            return Some(PageKey::home());
        }
        if let Some(dir) = path.strip_suffix('/') {
            dir.split('/').try_for_each(check_segment).ok()?;
            return Some(PageKey::section(dir));
        }
        let with_ext = if strip_page_extension(path.rsplit('/').next().unwrap_or(path)).is_some() {
            path.to_string()
        } else {
            format!("{path}.md")
        };
        PageKey::from_file(&with_ext).ok()
    }

    /// The key as written: `asylum/who-can-apply.md`, `asylum/_index.md`, `_index.md`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// True for a section's own page (the home included).
    pub fn is_section(&self) -> bool {
        self.file() == SECTION_FILE
    }

    /// True for the home page of a language (`_index.md`).
    pub fn is_home(&self) -> bool {
        &*self.0 == SECTION_FILE
    }

    /// The folder of the section this page is in, or that it is: `asylum` for both
    /// `asylum/x.md` and `asylum/_index.md`; `""` for the home and top-level pages.
    pub(crate) fn dir(&self) -> &str {
        self.0.rsplit_once('/').map_or("", |(d, _)| d)
    }

    /// The folder whose section page lists this page: its own folder for a page, the parent
    /// folder for a section. `None` for the home, which nothing lists.
    pub(crate) fn listed_in(&self) -> Option<&str> {
        if self.is_home() {
            None
        } else if self.is_section() {
            Some(parent(self.dir()))
        } else {
            Some(self.dir())
        }
    }

    /// The file name part: `x.md` or `_index.md`.
    pub(crate) fn file(&self) -> &str {
        self.0.rsplit('/').next().unwrap_or(&self.0)
    }

    /// The default last part of the page's URL: the file name without `.md`; `None` for a
    /// section, whose URL is its folder's.
    pub(crate) fn stem(&self) -> Option<&str> {
        (!self.is_section()).then(|| self.file().trim_end_matches(".md"))
    }
}

/// `name` without a page extension (`x.md` → `x`), or `None` when it has none.
pub(crate) fn strip_page_extension(name: &str) -> Option<&str> {
    let (stem, ext) = name.rsplit_once('.')?;
    PAGE_EXTENSIONS
        .iter()
        .any(|e| ext.eq_ignore_ascii_case(e))
        .then_some(stem)
}

/// The parent of a folder: `a/b` → `a`, `a` → ``.
pub(crate) fn parent(dir: &str) -> &str {
    dir.rsplit_once('/').map_or("", |(p, _)| p)
}

fn join(dir: &str, name: &str) -> String {
    if dir.is_empty() {
        name.to_string()
    } else {
        format!("{dir}/{name}")
    }
}

impl fmt::Display for PageKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for PageKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PageKey({})", self.0)
    }
}

impl Borrow<str> for PageKey {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl serde::Serialize for PageKey {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_and_links_name_the_same_keys() {
        let k = |s| PageKey::from_file(s).unwrap().to_string();
        assert_eq!(k("asylum/x.md"), "asylum/x.md");
        assert_eq!(k("asylum/x.mdx"), "asylum/x.md");
        assert_eq!(k("asylum/index.md"), "asylum/_index.md");
        assert_eq!(k("asylum/_index.md"), "asylum/_index.md");
        assert_eq!(k("index.md"), "_index.md");
        assert_eq!(k("my page.md"), "my page.md");
        let l = |s| PageKey::from_link(s).unwrap().to_string();
        assert_eq!(l("asylum/"), "asylum/_index.md");
        assert_eq!(l("asylum/index.md"), "asylum/_index.md");
        assert_eq!(l("asylum/x"), "asylum/x.md");
        assert_eq!(l("/"), "_index.md");
        assert_eq!(l("/asylum/x.md"), "asylum/x.md");
    }

    #[test]
    fn keys_know_their_place() {
        let p = PageKey::from_file("a/b/x.md").unwrap();
        assert_eq!(
            (p.dir(), p.listed_in(), p.stem()),
            ("a/b", Some("a/b"), Some("x"))
        );
        let s = PageKey::section("a/b");
        assert!(s.is_section() && !s.is_home());
        assert_eq!((s.dir(), s.listed_in(), s.stem()), ("a/b", Some("a"), None));
        assert_eq!(PageKey::home().listed_in(), None);
        assert_eq!(PageKey::from_file("x.md").unwrap().listed_in(), Some(""));
    }

    #[test]
    fn unsafe_names_are_refused() {
        for bad in [
            "..\\..\\x.md",
            "../x.md",
            "a/../x.md",
            "./x.md",
            "a//x.md",
            "x\u{0}.md",
            "x\n.md",
            "index.html.md",
            "",
        ] {
            assert!(PageKey::from_file(bad).is_err(), "{bad:?}");
        }
        let long = format!("{}.md", "a".repeat(MAX_SEGMENT));
        assert!(matches!(
            PageKey::from_file(&long),
            Err(SegmentError::TooLong(_))
        ));
        assert_eq!(PageKey::from_link("a/../b"), None);
        assert_eq!(
            check_segment("INDEX.HTML"),
            Err(SegmentError::Reserved("INDEX.HTML".into()))
        );
        assert!(check_segment("عربي").is_ok());
    }
}
