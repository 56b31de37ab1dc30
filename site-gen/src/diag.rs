//! Diagnostics: problems found in a site's input, as values.
//!
//! Every stage returns its problems instead of printing them, so one run can report all of
//! them at once; only the CLI decides how they look and which exit code they lead to.

use std::fmt;
use std::path::{Path, PathBuf};

/// How bad a problem is: an error stops `build` and makes `check` fail; a warning is shown
/// and the build goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The site cannot be built as it is.
    Error,
    /// Worth fixing, but the site is built.
    Warning,
}

/// One problem, located in a file (relative to the site root) where there is one.
/// `line` and `column` are 1-based; 0 means "the whole file".
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    /// Whether this problem stops the build.
    pub severity: Severity,
    /// What is wrong, in one sentence for an editor.
    pub message: String,
    /// The file, relative to the folder worked on (the site root; for an import, its
    /// source); `None` for a problem of no one file.
    pub file: Option<PathBuf>,
    /// 1-based line in `file`; 0 when the problem is the whole file.
    pub line: u32,
    /// 1-based column in characters; 0 when only the line is known.
    pub column: u32,
    /// How to fix it, when there is something useful to say.
    pub hint: Option<String>,
}

impl Diagnostic {
    pub(crate) fn error(message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            file: None,
            line: 0,
            column: 0,
            hint: None,
        }
    }

    pub(crate) fn warning(message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(message)
        }
    }

    pub(crate) fn at(mut self, file: impl AsRef<Path>, line: u32, column: u32) -> Self {
        self.file = Some(file.as_ref().to_path_buf());
        self.line = line;
        self.column = column;
        self
    }

    pub(crate) fn in_file(self, file: impl AsRef<Path>) -> Self {
        self.at(file, 0, 0)
    }

    pub(crate) fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Whether the severity is [`Severity::Error`].
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `file:line:column`, as far as it is known.
    pub fn location(&self) -> Option<String> {
        let file = self.file.as_ref()?.display().to_string();
        Some(match (self.line, self.column) {
            (0, _) => file,
            (l, 0) => format!("{file}:{l}"),
            (l, c) => format!("{file}:{l}:{c}"),
        })
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        match self.location() {
            Some(loc) => write!(f, "{sev}: {loc}: {}", self.message)?,
            None => write!(f, "{sev}: {}", self.message)?,
        }
        if let Some(h) = &self.hint {
            write!(f, " (hint: {h})")?;
        }
        Ok(())
    }
}

/// Line and column (1-based, in characters) of a byte offset in `text`.
pub(crate) fn line_col(text: &str, offset: usize) -> (u32, u32) {
    let offset = offset.min(text.len());
    let before = &text[..text.floor_char_boundary(offset)];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line as u32, column as u32)
}

/// Line starts of a text, for turning many byte offsets into lines and columns without
/// rescanning the text each time.
pub(crate) struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex { text, starts }
    }

    /// Line and column (1-based, column in characters) of a byte offset.
    pub(crate) fn line_col(&self, offset: usize) -> (u32, u32) {
        let offset = self.text.floor_char_boundary(offset.min(self.text.len()));
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        let column = self.text[start..offset].chars().count() + 1;
        (line as u32, column as u32)
    }
}

pub(crate) fn has_errors(diags: &[Diagnostic]) -> bool {
    diags.iter().any(Diagnostic::is_error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_count_characters_from_one() {
        let text = "ab\nالعربية x\n\n你好";
        // (offset, expected) pairs, the index and the one-off lookup agreeing on each.
        let cases = [
            (0, (1, 1)),
            (2, (1, 3)),
            (3, (2, 1)),
            // After five Arabic letters (two bytes each): the sixth character.
            (3 + 10, (2, 6)),
            (text.find('x').unwrap(), (2, 9)),
            (text.find("\n\n").unwrap() + 1, (3, 1)),
            (text.find('好').unwrap(), (4, 2)),
            (text.len(), (4, 3)),
            // Past the end, or inside a character: clamped, never a panic.
            (text.len() + 10, (4, 3)),
            (text.find('好').unwrap() + 1, (4, 2)),
        ];
        let index = LineIndex::new(text);
        for (offset, want) in cases {
            assert_eq!(line_col(text, offset), want, "line_col at {offset}");
            assert_eq!(index.line_col(offset), want, "LineIndex at {offset}");
        }
        assert_eq!(line_col("", 0), (1, 1));
    }

    #[test]
    fn locations_print_as_far_as_they_are_known() {
        let d = Diagnostic::error("x");
        assert_eq!(d.location(), None);
        assert_eq!(
            d.clone().in_file("a.md").location().as_deref(),
            Some("a.md")
        );
        assert_eq!(
            d.clone().at("a.md", 3, 0).location().as_deref(),
            Some("a.md:3")
        );
        assert_eq!(d.at("a.md", 3, 7).location().as_deref(), Some("a.md:3:7"));
    }
}
