//! MDX (Docusaurus, Nuxt content): `import`/`export` statements, JSX components and
//! `{/* … */}` comments.
//!
//! Statements are reported and left out; comments are removed silently. A component with
//! children keeps them (dedented: MDX ignores the indentation of JSX children, Markdown would
//! read it as code); `<Admonition>` becomes an admonition, `<TabItem>` its label and content,
//! `<Details>` a collapsible block. Components without children are reported and left out.
//! Lower-case tags are HTML and stay for the sanitiser, except `<script>` and `<style>` blocks
//! (VitePress' `<script setup>`), which are reported and left out. VitePress pages go
//! through this conversion too: their Vue components read like JSX.

use std::ops::Range;

use super::code::{code_ranges, inside};
use super::map::{Doc, Out};
use super::{Kind, common_indent, container};

#[derive(Debug)]
enum Item {
    Statement(Range<usize>),
    /// A `<script>` or `<style>` block (Vue's `<script setup>` in VitePress pages).
    Script(Range<usize>),
    Comment(Range<usize>),
    Tag(Tag),
}

#[derive(Debug)]
struct Tag {
    range: Range<usize>,
    name: String,
    attrs: Vec<(String, String)>,
    close: bool,
    self_closing: bool,
}

impl Tag {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .filter(|v| !v.is_empty())
    }
}

impl Item {
    fn range(&self) -> Range<usize> {
        match self {
            Item::Statement(r) | Item::Script(r) | Item::Comment(r) => r.clone(),
            Item::Tag(t) => t.range.clone(),
        }
    }
}

pub(super) fn convert(doc: &mut Doc, text: &str) -> Out {
    let items = tokenize(text);
    let pairs = pair(&items);
    let mut out = Out::default();
    Render {
        doc,
        text,
        items: &items,
        pairs: &pairs,
    }
    .seq(0, items.len(), 0..text.len(), 0, &mut out);
    out
}

fn tokenize(text: &str) -> Vec<Item> {
    let code = code_ranges(text);
    let bytes = text.as_bytes();
    let mut items = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if let Some(end) = inside(&code, i) {
            i = end.max(i + 1);
            continue;
        }
        let line_start = i == 0 || bytes[i - 1] == b'\n';
        if line_start && (text[i..].starts_with("import ") || text[i..].starts_with("export ")) {
            let end = statement_end(text, i);
            items.push(Item::Statement(i..end));
            i = end;
            continue;
        }
        if line_start
            && let Some(tag) = ["<script", "<style"]
                .into_iter()
                .find(|t| text[i..].starts_with(t))
        {
            let close = format!("</{}>", &tag[1..]);
            let end = text[i..]
                .find(&close)
                .map_or(text.len(), |e| i + e + close.len());
            let end = text[end..].find('\n').map_or(text.len(), |n| end + n + 1);
            items.push(Item::Script(i..end));
            i = end;
            continue;
        }
        if text[i..].starts_with("{/*")
            && let Some(e) = text[i..].find("*/}")
        {
            items.push(Item::Comment(i..i + e + 3));
            i += e + 3;
            continue;
        }
        if bytes[i] == b'<'
            && let Some((tag, end)) = parse_tag(text, i)
        {
            items.push(Item::Tag(tag));
            i = end;
            continue;
        }
        i += text[i..].chars().next().map_or(1, char::len_utf8);
    }
    items
}

/// The end of an `import`/`export` statement starting at `at`: the end of the line on which
/// its brackets are balanced again and it does not continue (`,`, an operator, `from`).
fn statement_end(text: &str, at: usize) -> usize {
    let mut depth: i32 = 0;
    let mut offset = at;
    for line in text[at..].split_inclusive('\n') {
        offset += line.len();
        for c in line.chars() {
            match c {
                '{' | '(' | '[' => depth += 1,
                '}' | ')' | ']' => depth -= 1,
                _ => {}
            }
        }
        let t = line.trim_end();
        let continues = t.ends_with([',', '=', '(', '{', '[']) || t.ends_with("=>");
        if depth <= 0 && !continues {
            break;
        }
    }
    offset
}

/// A JSX tag of a component (capitalised name) or fragment at `at`.
fn parse_tag(text: &str, at: usize) -> Option<(Tag, usize)> {
    let rest = &text[at + 1..];
    let close = rest.starts_with('/');
    let name_start = at + 1 + usize::from(close);
    let name: String = text[name_start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '.' || *c == '_')
        .collect();
    let fragment = name.is_empty() && text[name_start..].starts_with('>');
    if !fragment && !name.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let bytes = text.as_bytes();
    let mut j = name_start + name.len();
    let mut attrs = Vec::new();
    loop {
        while j < bytes.len() && bytes[j].is_ascii_whitespace() {
            j += 1;
        }
        match bytes.get(j)? {
            b'>' => {
                return Some((tag(at..j + 1, name, attrs, close, false), j + 1));
            }
            b'/' if bytes.get(j + 1) == Some(&b'>') => {
                return Some((tag(at..j + 2, name, attrs, close, true), j + 2));
            }
            b'{' => j = balanced(text, j)?,
            _ => {
                let k = j;
                while j < bytes.len()
                    && !bytes[j].is_ascii_whitespace()
                    && !matches!(bytes[j], b'=' | b'>' | b'/' | b'{')
                {
                    j += 1;
                }
                if j == k {
                    return None;
                }
                let key = text[k..j].to_string();
                let mut value = String::new();
                if bytes.get(j) == Some(&b'=') {
                    j += 1;
                    match bytes.get(j)? {
                        q @ (b'"' | b'\'') => {
                            let e = text[j + 1..].find(*q as char)? + j + 1;
                            value = text[j + 1..e].to_string();
                            j = e + 1;
                        }
                        b'{' => {
                            let e = balanced(text, j)?;
                            let inner = text[j + 1..e - 1].trim();
                            value = inner.trim_matches(['"', '\'', '`']).to_string();
                            j = e;
                        }
                        _ => return None,
                    }
                }
                attrs.push((key, value));
            }
        }
    }
}

fn tag(
    range: Range<usize>,
    name: String,
    attrs: Vec<(String, String)>,
    close: bool,
    self_closing: bool,
) -> Tag {
    Tag {
        range,
        name,
        attrs,
        close,
        self_closing,
    }
}

/// The end of the `{…}` expression starting at `at`, strings skipped.
fn balanced(text: &str, at: usize) -> Option<usize> {
    let mut depth = 0;
    let mut quote = None;
    for (i, c) in text[at..].char_indices() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if matches!(c, '"' | '\'' | '`') => quote = Some(c),
            None if c == '{' => depth += 1,
            None if c == '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(at + i + 1);
                }
            }
            None => {}
        }
    }
    None
}

fn pair(items: &[Item]) -> Vec<Option<usize>> {
    let mut pairs = vec![None; items.len()];
    let mut stack: Vec<usize> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Item::Tag(t) = item else { continue };
        if t.self_closing {
            continue;
        }
        if !t.close {
            stack.push(i);
            continue;
        }
        let found = stack.iter().rposition(|&o| match &items[o] {
            Item::Tag(open) => open.name == t.name,
            _ => false,
        });
        if let Some(pos) = found {
            pairs[stack[pos]] = Some(i);
            stack.truncate(pos);
        }
    }
    pairs
}

struct Render<'r, 'd> {
    doc: &'r mut Doc<'d>,
    text: &'r str,
    items: &'r [Item],
    pairs: &'r [Option<usize>],
}

impl Render<'_, '_> {
    /// Renders `span` with the items `lo..hi` inside it, removing `indent` columns from the
    /// start of each line.
    fn seq(&mut self, lo: usize, hi: usize, span: Range<usize>, indent: usize, out: &mut Out) {
        let mut pos = span.start;
        let mut k = lo;
        while k < hi {
            let item = &self.items[k];
            let range = item.range();
            self.copy(pos..range.start, indent, out);
            match item {
                Item::Statement(_) => {
                    let first = self.text[range.clone()].lines().next().unwrap_or("");
                    self.doc.warn(
                        range.start,
                        format!("MDX statement left out: `{}`", shorten(first)),
                        Some("imports and exports are JavaScript; the page's text is kept"),
                    );
                    pos = range.end;
                    k += 1;
                }
                Item::Script(_) => {
                    self.doc.warn(
                        range.start,
                        "script or style block left out",
                        Some("pages carry no scripts or styles of their own; the theme styles every page"),
                    );
                    pos = range.end;
                    k += 1;
                }
                Item::Comment(_) => {
                    pos = range.end;
                    k += 1;
                }
                Item::Tag(t) => match self.pairs[k] {
                    Some(c) if !t.close => {
                        let inner = range.end..self.items[c].range().start;
                        self.component(t, k + 1, c, inner, out);
                        pos = self.items[c].range().end;
                        k = c + 1;
                    }
                    _ => {
                        if !t.name.is_empty() {
                            let what = if t.close {
                                format!("`</{}>` without its opening tag", t.name)
                            } else {
                                format!("`<{}>`", t.name)
                            };
                            self.doc.warn(
                                range.start,
                                format!("MDX component {what} left out"),
                                Some("components are JavaScript from the old site; write what it showed as Markdown"),
                            );
                        }
                        pos = range.end;
                        k += 1;
                    }
                },
            }
        }
        self.copy(pos..span.end, indent, out);
    }

    /// Copies `range`, dropping up to `indent` spaces or tabs at the start of each line.
    fn copy(&self, range: Range<usize>, indent: usize, out: &mut Out) {
        if indent == 0 {
            out.copy(self.text, range);
            return;
        }
        let mut i = range.start;
        while i < range.end {
            let line_end = self.text[i..range.end]
                .find('\n')
                .map_or(range.end, |e| i + e + 1);
            let mut start = i;
            if i == 0 || self.text.as_bytes()[i - 1] == b'\n' {
                let ws = self.text[i..line_end]
                    .bytes()
                    .take(indent)
                    .take_while(|b| *b == b' ' || *b == b'\t')
                    .count();
                start += ws;
            }
            out.copy(self.text, start..line_end);
            i = line_end;
        }
    }

    fn component(&mut self, t: &Tag, lo: usize, hi: usize, inner: Range<usize>, out: &mut Out) {
        let at = t.range.start;
        let indent = common_indent(&self.text[inner.clone()]);
        let kind = match t.name.as_str() {
            "Admonition" | "Callout" | "Alert" => Some(
                t.attr("type")
                    .or(t.attr("variant"))
                    .and_then(Kind::of)
                    .unwrap_or(Kind::Note),
            ),
            "Details" => Some(Kind::Details),
            name => Kind::of(name),
        };
        if let Some(kind) = kind {
            let title = t.attr("title").or(t.attr("summary"));
            let (open, close) = container(kind, title, &self.text[inner.clone()]);
            out.start_line(at);
            if !out.ends_with_blank_line() {
                out.put("\n", at);
            }
            out.put(&open, at);
            self.seq(lo, hi, inner.clone(), indent, out);
            out.start_line(inner.end);
            out.put(&close, inner.end);
            return;
        }
        match t.name.as_str() {
            "Tabs" => self.doc.warn(
                at,
                "tabs are shown one after the other, each under its label",
                None,
            ),
            "TabItem" | "Tab" => {
                if let Some(label) = t.attr("label").or(t.attr("value")).or(t.attr("title")) {
                    out.start_line(at);
                    let gap = if self.text[t.range.end..].starts_with('\n') {
                        ""
                    } else {
                        "\n"
                    };
                    out.put(&format!("\n**{label}**\n{gap}"), at);
                }
            }
            "" => {}
            name => self.doc.warn(
                at,
                format!("MDX component `<{name}>` left out; the text inside it is kept"),
                Some("components are JavaScript from the old site"),
            ),
        }
        self.seq(lo, hi, inner, indent, out);
    }
}

fn shorten(s: &str) -> String {
    let s = s.trim();
    match s.char_indices().nth(60) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}
