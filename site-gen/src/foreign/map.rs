//! Text rebuilt from pieces of an input, remembering where every piece came from, so that a
//! problem found after several conversions is still reported at its line and column in the
//! file the editor wrote.

use std::ops::Range;

use crate::diag::{Diagnostic, LineIndex};

/// Where a run of output bytes came from: copied bytes map one to one, generated text maps
/// to the input offset of the construct it replaced.
#[derive(Debug, Clone, Copy)]
struct Anchor {
    out: usize,
    input: usize,
    copied: bool,
}

/// An output text under construction, with its map back to the input.
#[derive(Debug, Default)]
pub(crate) struct Out {
    pub(crate) text: String,
    anchors: Vec<Anchor>,
}

impl Out {
    /// Appends `input[range]` unchanged.
    pub(crate) fn copy(&mut self, input: &str, range: Range<usize>) {
        if range.is_empty() {
            return;
        }
        self.anchors.push(Anchor {
            out: self.text.len(),
            input: range.start,
            copied: true,
        });
        self.text.push_str(&input[range]);
    }

    /// Appends text that replaces the construct at input offset `at`.
    pub(crate) fn put(&mut self, s: &str, at: usize) {
        if s.is_empty() {
            return;
        }
        self.anchors.push(Anchor {
            out: self.text.len(),
            input: at,
            copied: false,
        });
        self.text.push_str(s);
    }

    /// Makes sure the output ends a line (before a generated block), unless it is empty.
    pub(crate) fn start_line(&mut self, at: usize) {
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.put("\n", at);
        }
    }

    /// Appends another output built from the same input.
    pub(crate) fn append(&mut self, other: Out) {
        let base = self.text.len();
        self.anchors
            .extend(other.anchors.into_iter().map(|a| Anchor {
                out: a.out + base,
                ..a
            }));
        self.text.push_str(&other.text);
    }

    pub(crate) fn ends_with_blank_line(&self) -> bool {
        self.text.is_empty() || self.text.ends_with("\n\n")
    }

    fn into_parts(self) -> (String, Vec<Anchor>) {
        (self.text, self.anchors)
    }
}

fn back(anchors: &[Anchor], offset: usize) -> usize {
    let i = anchors.partition_point(|a| a.out <= offset);
    match i.checked_sub(1).map(|i| anchors[i]) {
        Some(a) if a.copied => a.input + (offset - a.out),
        Some(a) => a.input,
        None => offset,
    }
}

/// A file going through conversions: the original text, the maps of the conversions done so
/// far, and the problems found.
pub(crate) struct Doc<'a> {
    pub(crate) file: &'a str,
    first_line: u32,
    original: &'a str,
    /// Built at the first warning: most files have none.
    index: std::cell::OnceCell<LineIndex<'a>>,
    layers: Vec<Vec<Anchor>>,
    pub(crate) diags: Vec<Diagnostic>,
}

impl<'a> Doc<'a> {
    pub(crate) fn new(file: &'a str, original: &'a str, first_line: u32) -> Self {
        Doc {
            file,
            first_line: first_line.max(1),
            original,
            index: std::cell::OnceCell::new(),
            layers: Vec::new(),
            diags: Vec::new(),
        }
    }

    /// Records the map of a finished conversion and returns its text, the next one's input.
    pub(crate) fn finish(&mut self, out: Out) -> String {
        let (text, anchors) = out.into_parts();
        self.layers.push(anchors);
        text
    }

    /// File line and column of an offset in the current conversion's input.
    pub(crate) fn locate(&self, offset: usize) -> (u32, u32) {
        let mut o = offset;
        for layer in self.layers.iter().rev() {
            o = back(layer, o);
        }
        let (l, c) = self
            .index
            .get_or_init(|| LineIndex::new(self.original))
            .line_col(o);
        (self.first_line + l - 1, c)
    }

    /// A warning at an offset of the current conversion's input.
    pub(crate) fn warn(&mut self, offset: usize, message: impl Into<String>, hint: Option<&str>) {
        let (line, col) = self.locate(offset);
        let mut d = Diagnostic::warning(message).at(self.file, line, col);
        if let Some(h) = hint {
            d = d.hint(h);
        }
        self.diags.push(d);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_map_back_through_two_conversions() {
        let original = "ab{{x}}cd\nef";
        let mut doc = Doc::new("f.md", original, 10);
        let mut out = Out::default();
        out.copy(original, 0..2);
        out.put("X", 2);
        out.copy(original, 7..original.len());
        let t1 = doc.finish(out);
        assert_eq!(t1, "abXcd\nef");
        let mut out = Out::default();
        out.put("> ", 0);
        out.copy(&t1, 0..t1.len());
        let t2 = doc.finish(out);
        // `e` of the second line: offset 8 in t2, 6 in t1, 10 in the original.
        assert_eq!(&t2[8..9], "e");
        assert_eq!(doc.locate(8), (11, 1));
        // The generated `X` points at the construct it replaced.
        assert_eq!(doc.locate(4), (10, 3));
    }
}
