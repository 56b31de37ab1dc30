//! Printing diagnostics like a compiler: severity, message, location, the offending line
//! with a marker, and a hint. Colour only on a terminal.
//!
//! The line shown is read through the same safe file access as `load` (never outside the
//! site, never a special file) and only that line is printed, cut to a readable length: an
//! error in a file must never print the rest of it.

use std::io::IsTerminal;
use std::path::Path;

use codespan_reporting::diagnostic as cs;
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, termcolor};
use site_gen::Diagnostic;
use site_gen::diag::Severity;
use site_gen::load::SiteFs;

/// The most characters of a source line shown.
const MAX_LINE: usize = 200;

pub fn print_diagnostics(root: &Path, diags: &[Diagnostic]) {
    let choice = if std::io::stderr().is_terminal() {
        termcolor::ColorChoice::Auto
    } else {
        termcolor::ColorChoice::Never
    };
    let writer = termcolor::StandardStream::stderr(choice);
    let config = term::Config::default();
    let fs = SiteFs::new(root).ok();
    let mut files = SimpleFiles::new();
    for d in diags {
        let severity = match d.severity {
            Severity::Error => cs::Severity::Error,
            Severity::Warning => cs::Severity::Warning,
        };
        let mut out = cs::Diagnostic::new(severity).with_message(&d.message);
        let source = d
            .file
            .as_ref()
            .filter(|_| d.line > 0)
            .zip(fs.as_ref())
            .and_then(|(f, fs)| Some((f, excerpt(fs, &root.join(f), d.line)?)));
        match source {
            Some((file, text)) => {
                let start = offset_of(&text, d.line, d.column);
                let end = text[start..]
                    .find('\n')
                    .map_or(text.len(), |e| start + e)
                    .max(start);
                let end = if d.column > 0 {
                    next_char(&text, start).min(end.max(start + 1))
                } else {
                    end
                };
                let id = files.add(file.display().to_string(), text);
                out = out.with_labels(vec![cs::Label::primary(id, start..end)]);
            }
            None => {
                if let Some(loc) = d.location() {
                    out = out.with_notes(vec![format!("in {loc}")]);
                }
            }
        }
        if let Some(h) = &d.hint {
            out.notes.push(format!("hint: {h}"));
        }
        let _ = term::emit_to_write_style(&mut writer.lock(), &config, &files, &out);
    }
}

/// A text holding only line `line` of the file (cut to [`MAX_LINE`] characters), at its
/// place: the lines before it are empty, so line numbers stay right.
fn excerpt(fs: &SiteFs, path: &Path, line: u32) -> Option<String> {
    let text = fs.read_text(path).ok()??;
    let wanted = text.lines().nth(line as usize - 1)?;
    let shown: String = wanted.chars().take(MAX_LINE).collect();
    let mut out = "\n".repeat(line as usize - 1);
    out.push_str(&shown);
    if shown.len() < wanted.len() {
        out.push('…');
    }
    out.push('\n');
    Some(out)
}

fn offset_of(text: &str, line: u32, column: u32) -> usize {
    let mut offset = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line as usize {
            let col = column.saturating_sub(1) as usize;
            return offset
                + l.char_indices()
                    .nth(col)
                    .map_or(l.trim_end_matches('\n').len(), |(b, _)| b);
        }
        offset += l.len();
    }
    text.len()
}

fn next_char(text: &str, at: usize) -> usize {
    text[at..].chars().next().map_or(at, |c| at + c.len_utf8())
}
