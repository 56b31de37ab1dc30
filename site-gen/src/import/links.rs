//! Links and images in a converted page: a link to another imported page becomes an `@/`
//! link (which works in every language); a link or image to a file in the source (an image,
//! a PDF) is handed to the caller, who copies the file next to the page and gives the new
//! link; anything else that should exist but does not is reported.

use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag};

use crate::foreign::Pages;

/// What a page's links resolve against.
pub(crate) struct Env<'a> {
    /// The page's folder in the source, relative to the source root.
    pub(crate) dir: &'a str,
    /// The page's path under its language's content folder, as the generator knew it.
    pub(crate) rel: &'a str,
    /// Pages of the page's language.
    pub(crate) pages: &'a Pages,
    /// Leading URL parts that the old site added and this project does not (`docs/`, `es/`,
    /// a base path), stripped from absolute links.
    pub(crate) prefixes: &'a [String],
    /// Folders (source-relative) that absolute file links are served from (`static`,
    /// `docs/public`, the Jekyll root).
    pub(crate) roots: &'a [String],
    /// Whether a source-relative path is a file.
    pub(crate) is_file: &'a dyn Fn(&str) -> bool,
}

/// What became of one link.
pub(crate) enum Resolved {
    Page(String),
    File(String),
    Missing,
    /// A relative path that climbs out of the source folder: never read.
    Outside,
}

/// Rewrites every link and image destination in `text`; `file` turns a source file into the
/// new destination. Returns the new text and the destinations that lead nowhere.
pub(crate) fn rewrite(
    text: &str,
    env: &Env,
    file: &mut dyn FnMut(&str) -> String,
) -> (String, Vec<(String, bool)>) {
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    let mut missing = Vec::new();
    let mut handle =
        |dest: &str, span: Range<usize>, edits: &mut Vec<(Range<usize>, String)>| match resolve(
            dest, env,
        ) {
            None => {}
            Some(Resolved::Page(p)) => edits.push((span, p)),
            Some(Resolved::File(f)) => {
                let new = file(&f);
                let frag = dest.find(['#', '?']).map_or("", |i| &dest[i..]);
                edits.push((span, format!("{new}{frag}")));
            }
            Some(Resolved::Missing) => missing.push((dest.to_string(), false)),
            Some(Resolved::Outside) => missing.push((dest.to_string(), true)),
        };
    let parser = Parser::new_ext(text, crate::render::markdown::options());
    let mut iter = parser.into_offset_iter();
    for (event, range) in iter.by_ref() {
        match event {
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                if let Some(span) = inline_dest(text, range, &dest_url) {
                    handle(&dest_url, span, &mut edits);
                }
            }
            Event::Html(h) | Event::InlineHtml(h) => {
                let base = range.start;
                for (span, dest) in html_dests(&h) {
                    handle(&dest, base + span.start..base + span.end, &mut edits);
                }
            }
            _ => {}
        }
    }
    for (_, def) in iter.reference_definitions().iter() {
        if let Some(span) = def_dest(text, def.span.clone(), &def.dest) {
            handle(&def.dest, span, &mut edits);
        }
    }
    edits.sort_by_key(|(r, _)| r.start);
    edits.dedup_by_key(|(r, _)| r.start);
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for (r, new) in edits {
        if r.start < pos {
            continue;
        }
        out.push_str(&text[pos..r.start]);
        out.push_str(&dest_text(&new));
        pos = r.end;
    }
    out.push_str(&text[pos..]);
    (out, missing)
}

/// A destination as Markdown: in `<…>` when it has spaces or parentheses.
fn dest_text(d: &str) -> String {
    if d.contains([' ', '(', ')']) {
        format!("<{d}>")
    } else {
        d.to_string()
    }
}

/// The span of the destination of an inline link or image whose source is `range`.
fn inline_dest(text: &str, range: Range<usize>, dest: &str) -> Option<Range<usize>> {
    let src = &text[range.clone()];
    let open = src.rfind("](")? + 2;
    let rest = &src[open..];
    let lead = rest.len() - rest.trim_start().len();
    let start = open + lead;
    let body = &src[start..];
    let (start, body) = match body.strip_prefix('<') {
        Some(b) => (start + 1, b),
        None => (start, body),
    };
    let len = if body.starts_with(dest) && !dest.is_empty() {
        dest.len()
    } else {
        body.find(|c: char| c.is_whitespace() || c == ')' || c == '>')
            .unwrap_or(body.len())
    };
    (len > 0).then(|| range.start + start..range.start + start + len)
}

/// The span of the destination in a reference definition `[label]: dest "title"`.
fn def_dest(text: &str, span: Range<usize>, dest: &str) -> Option<Range<usize>> {
    let src = text.get(span.clone())?;
    let colon = src.find("]:")? + 2;
    let at = src[colon..].find(dest)? + colon;
    Some(span.start + at..span.start + at + dest.len())
}

/// `src="…"` and `href="…"` values in raw HTML, with their spans.
fn html_dests(html: &str) -> Vec<(Range<usize>, String)> {
    let mut out = Vec::new();
    let lower = html.to_ascii_lowercase();
    for attr in ["src=", "href="] {
        let mut from = 0;
        while let Some(f) = lower[from..].find(attr) {
            let at = from + f + attr.len();
            from = at;
            let before = lower[..from - attr.len()].chars().last();
            if !before.is_some_and(char::is_whitespace) {
                continue;
            }
            let Some(q) = html[at..]
                .chars()
                .next()
                .filter(|c| *c == '"' || *c == '\'')
            else {
                continue;
            };
            if let Some(e) = html[at + 1..].find(q) {
                out.push((at + 1..at + 1 + e, html[at + 1..at + 1 + e].to_string()));
                from = at + 1 + e;
            }
        }
    }
    out
}

/// What `dest` leads to, or `None` for a destination left as it is (another site, a
/// fragment, `mailto:`, an `@/` link).
pub(crate) fn resolve(dest: &str, env: &Env) -> Option<Resolved> {
    let d = dest.trim();
    if d.is_empty() || d.starts_with('#') || d.starts_with("@/") || d.starts_with("//") {
        return None;
    }
    if let Some(i) = d.find(':')
        && d[..i]
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    {
        return None;
    }
    let (path, fragment) = match d.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (d, None),
    };
    let path = path.split('?').next().unwrap_or(path);
    let path = percent_decode(path);
    let absolute = path.starts_with('/');
    let mut stripped: Vec<String> = vec![path.trim_start_matches('/').to_string()];
    if absolute {
        for p in env.prefixes {
            if let Some(s) = stripped[0].strip_prefix(p.as_str()) {
                stripped.push(s.to_string());
            }
        }
    }
    let ext = path
        .rsplit('/')
        .next()
        .and_then(|n| n.rsplit_once('.'))
        .map(|(_, e)| e.to_ascii_lowercase());
    let page_like = matches!(
        ext.as_deref(),
        None | Some("md" | "mdx" | "markdown" | "html" | "htm")
    );
    if page_like {
        let from = if absolute { "" } else { env.rel };
        for s in &stripped {
            let target = if absolute { format!("/{s}") } else { s.clone() };
            if let Some(key) = env.pages.resolve(&target, from) {
                return Some(Resolved::Page(match fragment {
                    Some(f) if !f.is_empty() => format!("@/{key}#{f}"),
                    _ => format!("@/{key}"),
                }));
            }
        }
    }
    let mut candidates = Vec::new();
    if absolute {
        for root in env.roots {
            for s in &stripped {
                candidates.extend(super::tree::join(root, s));
            }
        }
    } else {
        match super::tree::join(env.dir, &path) {
            Some(c) => candidates.push(c),
            None => return Some(Resolved::Outside),
        }
    }
    if let Some(f) = candidates.into_iter().find(|c| (env.is_file)(c)) {
        return Some(Resolved::File(f));
    }
    Some(Resolved::Missing)
}

/// `%20` → ` `; invalid sequences stay as they are.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(b) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_to_pages_and_files_are_rewritten() {
        let mut pages = Pages::default();
        pages.insert("guide/intro.md", "guide/intro.md");
        pages.insert("guide/index.md", "guide/_index.md");
        let files = ["docs/guide/map.png", "docs/public/logo.png"];
        let is_file = |p: &str| files.contains(&p);
        let env = Env {
            dir: "docs/guide",
            rel: "guide/other.md",
            pages: &pages,
            prefixes: &["es/".to_string()],
            roots: &["docs/public".to_string()],
            is_file: &is_file,
        };
        let text = "[a](./intro.md#x) [b](/es/guide/) ![m](map.png \"t\") ![l](/logo.png)\n<img src=\"map.png\" alt=\"m\">\n[c](missing.md) [d](https://x.org) [e][r]\n\n[r]: intro\n";
        let mut copied = Vec::new();
        let (out, missing) = rewrite(text, &env, &mut |f| {
            copied.push(f.to_string());
            f.rsplit('/').next().unwrap().to_string()
        });
        assert_eq!(
            out,
            "[a](@/guide/intro.md#x) [b](@/guide/_index.md) ![m](map.png \"t\") ![l](logo.png)\n<img src=\"map.png\" alt=\"m\">\n[c](missing.md) [d](https://x.org) [e][r]\n\n[r]: @/guide/intro.md\n"
        );
        assert_eq!(missing, [("missing.md".to_string(), false)]);
        assert_eq!(
            copied,
            [
                "docs/guide/map.png",
                "docs/public/logo.png",
                "docs/guide/map.png"
            ]
        );
    }
}
