//! A page as loaded: typed front matter and the body, whatever went wrong while reading it.
//!
//! Architecture invariant: a page with a bad field is still a page. Each field that could
//! not be read holds its default and the problem is a located diagnostic, so links to the
//! page, its translations and its listings behave as if the field were right.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

pub use screener_wasm::engine::Date;

use super::PageKey;

/// An official source a guide relies on. Its URL passed `super::link::check_web`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Source {
    pub(crate) title: String,
    /// The source's address: an absolute `http:` or `https:` URL.
    pub url: String,
}

/// The front matter keys site-gen knows, typed, plus the rest for templates.
#[derive(Debug, Clone, Default)]
pub struct FrontMatter {
    /// The page's title (`title:`): its heading, and its name in lists and search results.
    pub title: String,
    pub(crate) summary: Option<String>,
    /// Order within the section (then title).
    pub(crate) weight: i64,
    pub(crate) draft: bool,
    /// The last part of the URL instead of the file name; a safe path segment.
    pub(crate) slug: Option<String>,
    /// The day the legal content was last checked.
    pub reviewed: Option<Date>,
    /// The official sources the guide relies on (`sources:`).
    pub sources: Vec<Source>,
    /// The hash of the default-language source this translation was made from.
    pub(crate) translation_of: Option<String>,
    /// Earlier addresses of the page (paths under the site), redirected to it.
    pub(crate) aliases: Vec<String>,
    /// Keys site-gen does not know; templates reach them as `page.extra`.
    pub extra: BTreeMap<String, Value>,
    /// The file line of each top-level key, for messages about a key.
    pub(crate) lines: BTreeMap<String, u32>,
}

impl FrontMatter {
    /// The line of `key` in the file, or of the front matter's start.
    pub(crate) fn line_of(&self, key: &str) -> u32 {
        self.lines.get(key).copied().unwrap_or(1)
    }
}

/// How a page's body is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BodyFormat {
    Markdown,
    /// An HTML content file (Hugo's `.html` pages): rendered through the sanitiser only.
    Html,
}

/// One content file of one language.
#[derive(Debug, Clone)]
pub struct Page {
    /// The code of the language whose folder the file is in (`content/<lang>/`).
    pub lang: String,
    /// The page's identity, shared by all its translations.
    pub key: PageKey,
    /// Path of the file relative to the site root, for messages.
    pub file: String,
    /// The front matter, typed.
    pub meta: FrontMatter,
    /// The text after the front matter, line endings normalised: Markdown, or HTML for an
    /// `.html` content file.
    pub body: String,
    /// The 1-based line of the file on which `body` starts.
    pub(crate) body_line: u32,
    pub(crate) format: BodyFormat,
    /// Hash of the normalised file: a translation records its source's, to tell when the
    /// source changed since.
    pub hash: String,
    /// A section page site-gen made because the folder has pages but no `_index.md`: it has
    /// no text of its own, only the list of its pages.
    pub(crate) generated: bool,
}

impl Page {
    /// True for a section's own page (`_index.md`, the home included).
    pub fn is_section(&self) -> bool {
        self.key.is_section()
    }
}

/// A file under `content/<lang>/` that is published as it is (an image, a PDF), or after
/// sanitising (SVG).
#[derive(Debug, Clone)]
pub(crate) struct Asset {
    pub(crate) lang: String,
    /// Path relative to the language folder, `/`-separated, every segment checked.
    pub(crate) key: String,
    /// The file, relative to the site root.
    pub(crate) file: String,
    pub(crate) path: std::path::PathBuf,
    /// The bytes to publish when they differ from the file's (a sanitised SVG).
    pub(crate) sanitised: Option<Vec<u8>>,
}

impl Asset {
    /// Its path in the output: `<lang>/<key>`.
    pub(crate) fn output_path(&self) -> String {
        format!("{}/{}", self.lang, self.key)
    }
}
