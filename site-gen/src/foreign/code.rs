//! Where code is: fenced code blocks and inline code spans, which no conversion touches.
//!
//! Fences are found at any indentation and inside blockquotes, so that a fence inside a
//! container, an MkDocs admonition or a list item is code too.

use std::ops::Range;

/// A fence opener: its character, its length and the indentation before it.
#[derive(Clone, Copy)]
pub(crate) struct Fence {
    pub(crate) ch: u8,
    pub(crate) len: usize,
}

/// The fence a line opens, if any (after indentation and blockquote markers).
pub(crate) fn opens_fence(line: &str) -> Option<Fence> {
    let rest = strip_quote_markers(line);
    let ch = *rest.as_bytes().first()?;
    if ch != b'`' && ch != b'~' {
        return None;
    }
    let len = rest.bytes().take_while(|&b| b == ch).count();
    if len < 3 || (ch == b'`' && rest[len..].contains('`')) {
        return None;
    }
    Some(Fence { ch, len })
}

/// Whether `line` closes a block opened by `fence`.
pub(crate) fn closes_fence(line: &str, fence: Fence) -> bool {
    let rest = strip_quote_markers(line);
    let len = rest.bytes().take_while(|&b| b == fence.ch).count();
    len >= fence.len && rest[len..].trim().is_empty()
}

fn strip_quote_markers(line: &str) -> &str {
    let mut rest = line.trim_start();
    while let Some(r) = rest.strip_prefix('>') {
        rest = r.trim_start();
    }
    rest
}

/// Byte ranges of `text` that are code: whole fenced blocks (fence lines included) and inline
/// code spans (backticks included). Sorted and disjoint.
pub(crate) fn code_ranges(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<(Fence, usize)> = None;
    let mut prose_start = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let end = offset + line.len();
        match open {
            Some((fence, start)) => {
                if closes_fence(line, fence) {
                    out.push(start..end);
                    open = None;
                    prose_start = end;
                }
            }
            None => {
                if let Some(fence) = opens_fence(line) {
                    spans(text, prose_start..offset, &mut out);
                    open = Some((fence, offset));
                }
            }
        }
        offset = end;
    }
    match open {
        Some((_, start)) => out.push(start..text.len()),
        None => spans(text, prose_start..text.len(), &mut out),
    }
    out
}

/// Inline code spans in a stretch of prose: a run of backticks up to the next run of the same
/// length, not across a blank line.
fn spans(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let bytes = text.as_bytes();
    let mut i = range.start;
    while i < range.end {
        if bytes[i] == b'\\' {
            i += 2;
            continue;
        }
        if bytes[i] != b'`' {
            i += 1;
            continue;
        }
        let run = bytes[i..range.end]
            .iter()
            .take_while(|&&b| b == b'`')
            .count();
        let mut j = i + run;
        let mut closed = None;
        while j < range.end {
            if bytes[j] == b'\n' && bytes.get(j + 1) == Some(&b'\n') {
                break;
            }
            if bytes[j] == b'`' {
                let r = bytes[j..range.end]
                    .iter()
                    .take_while(|&&b| b == b'`')
                    .count();
                if r == run {
                    closed = Some(j + r);
                    break;
                }
                j += r;
                continue;
            }
            j += 1;
        }
        match closed {
            Some(end) => {
                out.push(i..end);
                i = end;
            }
            None => i += run,
        }
    }
}

/// Whether `offset` lies in one of `ranges` (sorted, disjoint); returns its end if so.
pub(crate) fn inside(ranges: &[Range<usize>], offset: usize) -> Option<usize> {
    let i = ranges.partition_point(|r| r.end <= offset);
    ranges.get(i).filter(|r| r.start <= offset).map(|r| r.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fences_and_spans_are_code() {
        let t = "a `x` b\n```md\n{{< y >}}\n```\n> ~~~\n> z\n> ~~~\nc ``d`e`` f";
        let r = code_ranges(t);
        let parts: Vec<&str> = r.iter().map(|r| &t[r.clone()]).collect();
        assert_eq!(
            parts,
            [
                "`x`",
                "```md\n{{< y >}}\n```\n",
                "> ~~~\n> z\n> ~~~\n",
                "``d`e``"
            ]
        );
        assert_eq!(inside(&r, t.find('y').unwrap()), Some(r[1].end));
        assert_eq!(inside(&r, 0), None);
    }

    #[test]
    fn an_unclosed_fence_runs_to_the_end() {
        let t = "x\n  ```\n:::tip\n";
        assert_eq!(code_ranges(t), vec![2..t.len()]);
    }
}
