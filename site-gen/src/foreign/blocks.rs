//! Block constructs, read line by line: `:::` containers (VitePress, Docusaurus,
//! markdown-it, Pandoc fenced divs), MkDocs `!!!`/`???` admonitions and `===` tabs, and
//! kramdown/Hugo attribute lines, pymdownx snippet lines (`--8<--`, reported and removed).
//!
//! Admonitions become this project's `> [!KIND]` blockquotes (a title, when the author gave
//! one, as a bold first line: the kind's label comes from the reader's language). `details`
//! and MkDocs' collapsible `???` become `<details><summary>…</summary>` blocks with Markdown
//! inside: they keep the author's choice of a folded block, work without JavaScript, are
//! read by screen readers, and the sanitiser keeps them. A NOTE would show the folded text
//! to everyone. Containers nest (more colons outside, or the same count closed innermost
//! first). Fenced code is copied untouched, also inside containers.

use std::ops::Range;

use super::Kind;
use super::code::{Fence, closes_fence, opens_fence};
use super::map::{Doc, Out};

#[derive(Clone, Copy)]
struct Src<'t> {
    /// Offset of `text` in the input.
    at: usize,
    text: &'t str,
}

#[derive(Debug)]
enum Piece {
    Copy(Range<usize>),
    Gen(String),
}

#[derive(Debug)]
struct Line {
    prefix: String,
    at: usize,
    piece: Piece,
}

impl Line {
    fn copy(s: Src) -> Line {
        Line {
            prefix: String::new(),
            at: s.at,
            piece: Piece::Copy(s.at..s.at + s.text.len()),
        }
    }

    fn put(s: impl Into<String>, at: usize) -> Line {
        Line {
            prefix: String::new(),
            at,
            piece: Piece::Gen(s.into()),
        }
    }

    fn is_blank(&self, input: &str) -> bool {
        self.prefix.trim().is_empty()
            && match &self.piece {
                Piece::Copy(r) => input[r.clone()].trim().is_empty(),
                Piece::Gen(s) => s.trim().is_empty(),
            }
    }

    fn text<'a>(&'a self, input: &'a str) -> &'a str {
        match &self.piece {
            Piece::Copy(r) => &input[r.clone()],
            Piece::Gen(s) => s,
        }
    }
}

/// Whether any line could start a block construct: most pages have none, and are then left
/// as they are without being rebuilt line by line.
pub(super) fn has_any(text: &str) -> bool {
    text.split('\n').any(|l| {
        let t = l.trim_start_matches([' ', '\t']);
        // Most lines start with a letter: one byte tells.
        matches!(
            t.as_bytes().first(),
            Some(b':' | b'!' | b'?' | b'=' | b'{' | b'[' | b'#' | b'-')
        ) && (t.starts_with("::")
            || t.starts_with("--8<--")
            || t.starts_with("!!!")
            || t.starts_with("???")
            || t.starts_with("===")
            || t.starts_with('{')
            || (t.starts_with('#') && t.contains("{:"))
            || t.starts_with("[[")
            || t.trim_end().eq_ignore_ascii_case("[toc]"))
    })
}

pub(super) fn convert(doc: &mut Doc, text: &str) -> Out {
    let mut src = Vec::new();
    let mut at = 0;
    for l in text.split('\n') {
        src.push(Src { at, text: l });
        at += l.len() + 1;
    }
    if text.ends_with('\n') {
        src.pop();
    }
    let mut lines = Vec::new();
    Blocks { doc, input: text }.run(&src, &mut lines);
    let mut out = Out::default();
    let n = lines.len();
    for (i, l) in lines.into_iter().enumerate() {
        out.put(&l.prefix, l.at);
        match l.piece {
            Piece::Copy(r) => out.copy(text, r),
            Piece::Gen(s) => out.put(&s, l.at),
        }
        if i + 1 < n || text.ends_with('\n') {
            out.put("\n", l.at);
        }
    }
    out
}

struct Blocks<'a, 'd> {
    doc: &'a mut Doc<'d>,
    input: &'a str,
}

/// What an admonition or collapsible block starts with.
struct Head<'t> {
    /// `None`: a container of an unknown kind, whose content is kept as it is.
    kind: Option<Kind>,
    title: Option<&'t str>,
    open: bool,
    /// Input offset of the opening line.
    at: usize,
    /// Columns of indentation of the opening line (inside a list item), kept on every line.
    indent: usize,
}

/// A `:::` container's opening line.
struct Opener<'t> {
    colons: usize,
    word: &'t str,
    title: Option<String>,
    open: bool,
}

impl Blocks<'_, '_> {
    fn run(&mut self, src: &[Src], out: &mut Vec<Line>) {
        let mut fence: Option<Fence> = None;
        let mut i = 0;
        let mut in_tabs = false;
        while i < src.len() {
            let l = src[i];
            if let Some(f) = fence {
                out.push(Line::copy(l));
                if closes_fence(l.text, f) {
                    fence = None;
                }
                i += 1;
                continue;
            }
            if let Some(f) = opens_fence(l.text) {
                fence = Some(f);
                out.push(Line::copy(l));
                i += 1;
                continue;
            }
            let indent = indent_of(l.text);
            let t = l.text.trim();
            if indent > 3 || t.is_empty() {
                out.push(Line::copy(l));
                i += 1;
                continue;
            }
            let col = l.at + (l.text.len() - l.text.trim_start().len());
            if let Some(o) = opener(t) {
                let (end, closed) = container_end(src, i + 1, o.colons);
                if !closed {
                    self.doc.warn(
                        col,
                        format!(
                            "container `{}` is not closed: it runs to the end of the file",
                            &t[..t.floor_char_boundary(o.colons + o.word.len())]
                        ),
                        Some("end it with a line of colons: :::"),
                    );
                }
                let kind = Kind::of(o.word);
                if kind.is_none() {
                    self.doc.warn(
                        col,
                        format!("container `{}` is not known here: its fences were removed and its content kept", o.word),
                        Some("boxes are written > [!NOTE], > [!TIP], > [!IMPORTANT], > [!WARNING] or > [!CAUTION]"),
                    );
                }
                // Inside a list item the container keeps the item's indentation.
                let inner = dedent(&src[i + 1..end], indent);
                let next = if closed { end + 1 } else { end };
                let head = Head {
                    kind,
                    title: o.title.as_deref(),
                    open: o.open,
                    at: l.at,
                    indent,
                };
                self.emit(&head, &inner, out);
                self.separate(src.get(next), out);
                i = next;
                continue;
            }
            if is_closer(t).is_some() {
                self.doc
                    .warn(col, "`:::` closes no container: it was removed", None);
                i += 1;
                continue;
            }
            if let Some((collapsible, open, word, title)) = mkdocs(t) {
                let end = indented_end(src, i + 1, indent + 4);
                let inner = dedent(&src[i + 1..end], indent + 4);
                let kind = match Kind::of(word) {
                    _ if collapsible => Some(Kind::Details),
                    k => k,
                };
                if kind.is_none() {
                    self.doc.warn(
                        col,
                        format!("admonition type `{word}` is not known here: shown as a note"),
                        None,
                    );
                }
                let head = Head {
                    kind: kind.or(Some(Kind::Note)),
                    title: title.as_deref(),
                    open,
                    at: l.at,
                    indent,
                };
                self.emit(&head, &inner, out);
                self.separate(src.get(end), out);
                i = end;
                continue;
            }
            if let Some(label) = tab_label(t) {
                if !in_tabs {
                    self.doc.warn(
                        col,
                        "tabs are shown one after the other, each under its label",
                        None,
                    );
                }
                in_tabs = true;
                let end = indented_end(src, i + 1, indent + 4);
                let inner = dedent(&src[i + 1..end], indent + 4);
                self.blank_before(out);
                out.push(Line::put(format!("**{label}**"), l.at));
                out.push(Line::put("", l.at));
                self.run(&inner, out);
                self.separate(src.get(end), out);
                i = end;
                continue;
            }
            in_tabs = false;
            if is_attribute_line(t) {
                let toc = t
                    .trim_matches(['{', '}', ':', ' '])
                    .eq_ignore_ascii_case("toc");
                let marker = out.last().map(|p| p.text(self.input).trim().to_string());
                if toc && marker.as_deref().is_some_and(is_toc_item) {
                    out.pop();
                    self.doc.warn(
                        col,
                        "kramdown table of contents removed: the page shows its own",
                        None,
                    );
                } else {
                    self.doc.warn(
                        col,
                        format!("attribute line `{t}` removed"),
                        Some("classes and ids on blocks are not supported; headings take {#id} at their end"),
                    );
                }
                i += 1;
                continue;
            }
            if t.starts_with("--8<--") {
                self.doc.warn(
                    col,
                    format!("snippet include `{t}` removed"),
                    Some("copy the included file's text into the page"),
                );
                i += 1;
                continue;
            }
            if matches!(
                t.to_ascii_lowercase().as_str(),
                "[[toc]]" | "[toc]" | "[[_toc_]]"
            ) {
                self.doc.warn(
                    col,
                    format!("`{t}` removed: the page shows its own table of contents"),
                    None,
                );
                i += 1;
                continue;
            }
            if let Some(fixed) = kramdown_heading(l.text) {
                out.push(Line::put(fixed, l.at));
                i += 1;
                continue;
            }
            out.push(Line::copy(l));
            i += 1;
        }
    }

    /// Writes an admonition, a collapsible block, or (for an unknown kind) just the content.
    fn emit(&mut self, head: &Head, inner: &[Src], out: &mut Vec<Line>) {
        let mut body = Vec::new();
        self.run(inner, &mut body);
        let input = self.input;
        while body.first().is_some_and(|l| l.is_blank(input)) {
            body.remove(0);
        }
        while body.last().is_some_and(|l| l.is_blank(input)) {
            body.pop();
        }
        self.blank_before(out);
        let at = head.at;
        let mut block = Vec::with_capacity(body.len() + 6);
        match head.kind {
            None => block.extend(body),
            Some(Kind::Details) => {
                block.push(Line::put(
                    if head.open {
                        "<details open>"
                    } else {
                        "<details>"
                    },
                    at,
                ));
                if let Some(t) = head.title {
                    block.push(Line::put(
                        format!("<summary>{}</summary>", crate::render::markdown::escape(t)),
                        at,
                    ));
                }
                block.push(Line::put("", at));
                block.extend(body);
                block.push(Line::put("", at));
                block.push(Line::put("</details>", at));
            }
            Some(kind) => {
                block.push(Line::put(format!("> [!{}]", kind.marker()), at));
                if let Some(t) = head.title {
                    block.push(Line::put(format!("> **{t}**"), at));
                    if !body.is_empty() {
                        block.push(Line::put(">", at));
                    }
                }
                for mut l in body {
                    l.prefix = if l.is_blank(input) {
                        format!(">{}", l.prefix.trim_end())
                    } else {
                        format!("> {}", l.prefix)
                    };
                    block.push(l);
                }
            }
        }
        if head.indent > 0 {
            let lead = " ".repeat(head.indent);
            for l in &mut block {
                if !l.is_blank(input) || !l.prefix.is_empty() {
                    l.prefix.insert_str(0, &lead);
                }
            }
        }
        out.extend(block);
    }

    fn blank_before(&self, out: &mut Vec<Line>) {
        if let Some(last) = out.last()
            && !last.is_blank(self.input)
        {
            let at = last.at;
            out.push(Line::put("", at));
        }
    }

    /// A blank line after a block when text follows at once (it would continue the quote).
    fn separate(&self, next: Option<&Src>, out: &mut Vec<Line>) {
        if let Some(n) = next
            && !n.text.trim().is_empty()
        {
            out.push(Line::put("", n.at));
        }
    }
}

fn indent_of(line: &str) -> usize {
    let mut n = 0;
    for b in line.bytes() {
        match b {
            b' ' => n += 1,
            b'\t' => n += 4 - n % 4,
            _ => break,
        }
    }
    n
}

/// Reads `:::tip`, `::: warning Title`, `:::tip[Title]`, `::: details Title {open}`,
/// `::: {.callout-note}` (Pandoc), and Nuxt Content's MDC components, whose fences may have
/// two colons: `::alert{type="warning" title="Careful"}`, `::callout`.
fn opener(t: &str) -> Option<Opener<'_>> {
    let colons = t.bytes().take_while(|&b| b == b':').count();
    if colons < 2 {
        return None;
    }
    let rest = t[colons..].trim_start();
    if colons >= 3
        && let Some(attrs) = rest.strip_prefix('{')
    {
        // Pandoc/Quarto fenced div: the first class names the kind.
        let class = attrs.split([' ', '}']).find(|c| c.starts_with('.'))?;
        let word = class.trim_start_matches('.');
        let word = word.strip_prefix("callout-").unwrap_or(word);
        return Some(Opener {
            colons,
            word,
            title: None,
            open: false,
        });
    }
    // Two colons only open an MDC component, its name right after them.
    if colons == 2 && !t[2..].starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let word_len = rest
        .char_indices()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '-' || *c == '_'))
        .map_or(rest.len(), |(i, _)| i);
    if word_len == 0 || !rest.starts_with(|c: char| c.is_alphabetic()) {
        return None;
    }
    let mut word = &rest[..word_len];
    let mut after = rest[word_len..].trim();
    let mut open = false;
    let mut prop_title = None;
    if let Some(i) = after.find('{')
        && after.ends_with('}')
    {
        let props = &after[i + 1..after.len() - 1];
        open = props
            .split_whitespace()
            .any(|p| p == "open" || p == "open=\"true\"");
        // MDC props: `type`/`color` name the kind of a generic component, `title` its title.
        if let Some(kind) = prop(props, "type").or_else(|| prop(props, "color"))
            && Kind::of(kind).is_some()
        {
            word = kind;
        }
        prop_title = prop(props, "title");
        after = after[..i].trim();
    }
    let title = if let Some(b) = after.strip_prefix('[') {
        b.rfind(']').map(|e| b[..e].trim().to_string())
    } else {
        Some(after.trim_matches('"').to_string())
    };
    Some(Opener {
        colons,
        word,
        title: title
            .filter(|t| !t.is_empty())
            .or(prop_title.map(str::to_string)),
        open,
    })
}

/// The value of `name="value"` (or `name='value'`) in MDC or Pandoc attributes.
fn prop<'t>(props: &'t str, name: &str) -> Option<&'t str> {
    let mut rest = props;
    while let Some(i) = rest.find(name) {
        let before_ok = i == 0 || rest[..i].ends_with([' ', ':', '{']);
        let after = &rest[i + name.len()..];
        if before_ok && let Some(v) = after.strip_prefix('=') {
            let q = v.chars().next()?;
            if q == '"' || q == '\'' {
                return v[1..].find(q).map(|e| &v[1..1 + e]);
            }
            return v.split_whitespace().next();
        }
        rest = after;
    }
    None
}

/// A line of colons alone: the end of a container (`::` ends an MDC component).
fn is_closer(t: &str) -> Option<usize> {
    let n = t.bytes().take_while(|&b| b == b':').count();
    (n >= 2 && t[n..].trim().is_empty()).then_some(n)
}

/// Where the container opened on the line before `from` ends: (index of its closing line,
/// whether it was closed). A closing line closes the innermost open container when it has at
/// least as many colons.
fn container_end(src: &[Src], from: usize, colons: usize) -> (usize, bool) {
    let mut stack = vec![colons];
    let mut fence: Option<Fence> = None;
    for (j, l) in src.iter().enumerate().skip(from) {
        if let Some(f) = fence {
            if closes_fence(l.text, f) {
                fence = None;
            }
            continue;
        }
        if let Some(f) = opens_fence(l.text) {
            fence = Some(f);
            continue;
        }
        if indent_of(l.text) > 3 {
            continue;
        }
        let t = l.text.trim();
        if let Some(o) = opener(t) {
            stack.push(o.colons);
        } else if let Some(n) = is_closer(t)
            && stack.last().is_some_and(|&top| n >= top)
        {
            stack.pop();
            if stack.is_empty() {
                return (j, true);
            }
        }
    }
    (src.len(), false)
}

/// Reads `!!! note`, `!!! warning "Title"`, `??? tip`, `???+ note "Title"`:
/// (collapsible, open, type, title). An empty title (`""`) means none.
fn mkdocs(t: &str) -> Option<(bool, bool, &str, Option<String>)> {
    let (collapsible, open, rest) = if let Some(r) = t.strip_prefix("!!!") {
        (false, false, r)
    } else if let Some(r) = t.strip_prefix("???+") {
        (true, true, r)
    } else if let Some(r) = t.strip_prefix("???") {
        (true, false, r)
    } else {
        return None;
    };
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let rest = rest.trim();
    let word = rest.split_whitespace().next()?;
    if !word
        .chars()
        .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
    {
        return None;
    }
    let title = rest.find('"').and_then(|s| {
        rest.rfind('"')
            .filter(|e| *e > s)
            .map(|e| rest[s + 1..e].to_string())
    });
    Some((
        collapsible,
        open,
        word,
        title.filter(|t| !t.trim().is_empty()),
    ))
}

/// `=== "Label"` (pymdownx.tabbed).
fn tab_label(t: &str) -> Option<&str> {
    let rest = t.strip_prefix("===")?.trim_start_matches('+').trim();
    rest.strip_prefix('"')?.strip_suffix('"')
}

/// The end of the lines indented at least `min` columns after a block's first line (blank
/// lines count when indented lines follow them).
fn indented_end(src: &[Src], from: usize, min: usize) -> usize {
    let mut end = from;
    for (j, l) in src.iter().enumerate().skip(from) {
        if l.text.trim().is_empty() {
            continue;
        }
        if indent_of(l.text) < min {
            break;
        }
        end = j + 1;
    }
    end
}

/// Lines with `n` columns of indentation removed.
fn dedent<'t>(src: &[Src<'t>], n: usize) -> Vec<Src<'t>> {
    src.iter()
        .map(|l| {
            let mut cols = 0;
            let mut bytes = 0;
            for b in l.text.bytes() {
                if cols >= n {
                    break;
                }
                match b {
                    b' ' => cols += 1,
                    b'\t' => cols += 4 - cols % 4,
                    _ => break,
                }
                bytes += 1;
            }
            Src {
                at: l.at + bytes,
                text: &l.text[bytes..],
            }
        })
        .collect()
}

/// `{: .class}`, `{.class}`, `{#id}`, `{:toc}`, `{::options … /}`, `{class="x"}` alone on a line.
fn is_attribute_line(t: &str) -> bool {
    let Some(inner) = t.strip_prefix('{').and_then(|r| r.strip_suffix('}')) else {
        return false;
    };
    let inner = inner.trim_start();
    inner.starts_with([':', '.', '#'])
        || inner.split_once('=').is_some_and(|(k, _)| {
            !k.is_empty() && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

fn is_toc_item(t: &str) -> bool {
    ["* toc", "- toc", "+ toc", "1. toc"].contains(&t.to_ascii_lowercase().as_str())
}

/// `## Title {: #id}` (kramdown) → `## Title {#id}`.
fn kramdown_heading(line: &str) -> Option<String> {
    let t = line.trim_end();
    if !t.trim_start().starts_with('#') || !t.ends_with('}') {
        return None;
    }
    let open = t.rfind("{:")?;
    let inner = t[open + 2..t.len() - 1].trim();
    Some(format!("{}{{{inner}}}", &t[..open]))
}
