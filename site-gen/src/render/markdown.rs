//! Markdown to HTML: pulldown-cmark, plus what a multilingual rights site needs: heading
//! anchors for every script, a table of contents, `> [!NOTE]` admonitions labelled in the
//! reader's language, `@/path.md` links resolved in the page's language, external links
//! marked, and raw HTML passed through an allow-list sanitiser.
//!
//! Pure: a page and a link resolver in, HTML and diagnostics out.

use std::collections::HashSet;
use std::sync::LazyLock;

use pulldown_cmark::{
    BlockQuoteKind, CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd,
};
use serde::Serialize;

use crate::diag::{Diagnostic, LineIndex};

#[derive(Debug, Clone, Serialize)]
pub struct TocEntry {
    pub level: u8,
    pub id: String,
    pub title: String,
}

#[derive(Debug, Default)]
pub struct Rendered {
    pub html: String,
    pub toc: Vec<TocEntry>,
    pub diagnostics: Vec<Diagnostic>,
    /// Internal links found, as (target key, fragment, file line), for `check`.
    pub links: Vec<(String, Option<String>, u32)>,
}

/// What the renderer needs to know about the site around the page.
pub trait Context {
    /// The URL of the page with `key` in the reader's language (or its fallback).
    fn resolve(&self, key: &str) -> Option<String>;
    /// The label of an admonition kind (`note`, `warning`…) in the body's language.
    fn label(&self, kind: &str) -> String;
    /// Visually hidden text after an external link ("opens another website").
    fn external_hint(&self) -> String;
}

/// A heading being collected: its inner events, level, explicit id and classes.
type OpenHeading<'a> = (
    Vec<Event<'a>>,
    HeadingLevel,
    Option<CowStr<'a>>,
    Vec<CowStr<'a>>,
);

pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_GFM
}

/// Renders `body` (which starts on line `body_line` of `file`).
pub fn render(file: &str, body: &str, body_line: u32, cx: &dyn Context) -> Rendered {
    let mut out = Rendered::default();
    let lines = LineIndex::new(body);
    let line_of = |offset: usize| body_line + lines.line_col(offset).0 - 1;
    let col_of = |offset: usize| lines.line_col(offset).1;
    let mut events: Vec<Event> = Vec::new();
    let mut ids = HashSet::new();
    let mut heading: Option<OpenHeading> = None;
    let mut link_stack: Vec<bool> = Vec::new();
    let mut has_raw_html = false;

    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        let event = match event {
            Event::Start(Tag::Heading {
                level, id, classes, ..
            }) => {
                heading = Some((Vec::new(), level, id, classes));
                continue;
            }
            Event::End(TagEnd::Heading(_)) => {
                let Some((inner, level, id, classes)) = heading.take() else {
                    continue;
                };
                let text = plain_text(&inner);
                let id = unique_id(
                    id.map(|s| s.to_string()).unwrap_or_else(|| slugify(&text)),
                    &mut ids,
                );
                out.toc.push(TocEntry {
                    level: level as u8,
                    id: id.clone(),
                    title: text,
                });
                events.push(Event::Start(Tag::Heading {
                    level,
                    id: Some(id.into()),
                    classes,
                    attrs: Vec::new(),
                }));
                events.extend(inner);
                events.push(Event::End(TagEnd::Heading(level)));
                continue;
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let (html, external) = link_start(
                    &dest_url,
                    &title,
                    link_type,
                    cx,
                    &mut out,
                    file,
                    line_of(range.start),
                    col_of(range.start),
                );
                link_stack.push(external);
                match html {
                    Some(h) => Event::Html(h.into()),
                    None => Event::Start(Tag::Link {
                        link_type,
                        dest_url,
                        title,
                        id,
                    }),
                }
            }
            Event::End(TagEnd::Link) => {
                if link_stack.pop() == Some(true) {
                    Event::Html(
                        format!(
                            "<span class=\"visually-hidden\"> ({})</span></a>",
                            escape(&cx.external_hint())
                        )
                        .into(),
                    )
                } else {
                    Event::End(TagEnd::Link)
                }
            }
            Event::Start(Tag::BlockQuote(Some(kind))) => {
                let k = kind_name(kind);
                Event::Html(format!(
                    "<div class=\"admonition admonition-{k}\" role=\"note\"><p class=\"admonition-title\">{}</p>\n",
                    escape(&cx.label(k))
                ).into())
            }
            Event::End(TagEnd::BlockQuote(Some(_))) => Event::Html("</div>\n".into()),
            Event::Start(Tag::Table(a)) => {
                events.push(Event::Html(
                    "<div class=\"table-wrap\" tabindex=\"0\">".into(),
                ));
                Event::Start(Tag::Table(a))
            }
            Event::End(TagEnd::Table) => {
                events.push(Event::End(TagEnd::Table));
                Event::Html("</div>\n".into())
            }
            Event::Html(ref h) | Event::InlineHtml(ref h) => {
                has_raw_html = true;
                for (what, at) in disallowed_html(h) {
                    let (l, c) = lines.line_col(range.start + at);
                    out.diagnostics.push(
                        Diagnostic::warning(format!("raw HTML {what} removed"))
                            .at(file, body_line + l - 1, c)
                            .hint("scripts, styles, frames and event handlers are not allowed in guides"),
                    );
                }
                event
            }
            e => e,
        };
        match &mut heading {
            Some((inner, ..)) => inner.push(event),
            None => events.push(event),
        }
    }
    let mut html = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    out.html = if has_raw_html {
        SANITIZER.clean(&html).to_string()
    } else {
        html
    };
    out
}

#[allow(clippy::too_many_arguments)]
fn link_start(
    dest: &str,
    title: &str,
    link_type: LinkType,
    cx: &dyn Context,
    out: &mut Rendered,
    file: &str,
    line: u32,
    column: u32,
) -> (Option<String>, bool) {
    if let Some(target) = dest.strip_prefix("@/") {
        let (path, fragment) = match target.split_once('#') {
            Some((p, f)) => (p, Some(f.to_string())),
            None => (target, None),
        };
        let key = normalise_key(path);
        out.links.push((key.clone(), fragment.clone(), line));
        let url = match cx.resolve(&key) {
            Some(u) => u,
            None => {
                out.diagnostics.push(
                    Diagnostic::error(format!(
                        "internal link `{dest}` points to a page that does not exist"
                    ))
                    .at(file, line, column)
                    .hint(
                        "links are written @/<section>/<page>.md, relative to content/<language>/",
                    ),
                );
                "#".to_string()
            }
        };
        let href = match fragment {
            Some(f) => format!("{url}#{f}"),
            None => url,
        };
        return (
            Some(format!(
                "<a href=\"{}\"{}>",
                escape(&href),
                title_attr(title)
            )),
            false,
        );
    }
    let external = matches!(
        link_type,
        LinkType::Inline
            | LinkType::Reference
            | LinkType::Collapsed
            | LinkType::Shortcut
            | LinkType::Autolink
    ) && (dest.starts_with("http://") || dest.starts_with("https://"));
    if external {
        return (
            Some(format!(
                "<a href=\"{}\" class=\"external\" rel=\"external noopener noreferrer\"{}>",
                escape(dest),
                title_attr(title)
            )),
            true,
        );
    }
    (None, false)
}

fn title_attr(title: &str) -> String {
    if title.is_empty() {
        String::new()
    } else {
        format!(" title=\"{}\"", escape(title))
    }
}

/// `guides/asylum.md`, `guides/asylum`, `guides/` and `guides/index.md` all name pages.
pub fn normalise_key(path: &str) -> String {
    let path = path.trim_start_matches('/');
    if path.is_empty() {
        return "_index.md".into();
    }
    if let Some(dir) = path.strip_suffix('/') {
        return format!("{dir}/_index.md");
    }
    match path.rsplit_once('/') {
        Some((dir, "index.md" | "_index.md")) => format!("{dir}/_index.md"),
        None if path == "index.md" || path == "_index.md" => "_index.md".into(),
        _ if path.ends_with(".md") => path.to_string(),
        _ => format!("{path}.md"),
    }
}

fn kind_name(kind: BlockQuoteKind) -> &'static str {
    match kind {
        BlockQuoteKind::Note => "note",
        BlockQuoteKind::Tip => "tip",
        BlockQuoteKind::Important => "important",
        BlockQuoteKind::Warning => "warning",
        BlockQuoteKind::Caution => "caution",
    }
}

fn plain_text(events: &[Event]) -> String {
    let mut s = String::new();
    for e in events {
        match e {
            Event::Text(t) | Event::Code(t) => s.push_str(t),
            Event::SoftBreak | Event::HardBreak => s.push(' '),
            _ => {}
        }
    }
    s.trim().to_string()
}

/// An anchor from heading text that works in every script: letters and digits of any
/// script are kept (lower-cased where the script has case), everything else becomes `-`.
pub fn slugify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_alphanumeric() || is_combining(c) {
            out.extend(c.to_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "section".into()
    } else {
        out
    }
}

/// Marks that belong to a letter (Arabic harakat, Devanagari vowel signs): keep them.
fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x0900..=0x0903 | 0x093A..=0x094F | 0x0E31..=0x0E3A | 0x0E47..=0x0E4E)
}

fn unique_id(base: String, ids: &mut HashSet<String>) -> String {
    if ids.insert(base.clone()) {
        return base;
    }
    (1..)
        .map(|n| format!("{base}-{n}"))
        .find(|c| ids.insert(c.clone()))
        .expect("an unbounded range always yields a free id")
}

pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    escape_into(s, &mut out);
    out
}

/// Appends `s` to `out` with `& < > " '` escaped; most texts have none of them, and are
/// copied in one piece.
pub fn escape_into(s: &str, out: &mut String) {
    let mut last = 0;
    for (i, b) in s.bytes().enumerate() {
        let rep = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&s[last..i]);
        out.push_str(rep);
        last = i + 1;
    }
    out.push_str(&s[last..]);
}

const ALLOWED_TAGS: &[&str] = &[
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "caption",
    "cite",
    "code",
    "dd",
    "del",
    "details",
    "dfn",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "input",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "section",
    "small",
    "span",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "u",
    "ul",
    "bdi",
    "bdo",
    "wbr",
    "address",
];
const ALLOWED_ATTRS: &[&str] = &[
    "lang",
    "dir",
    "id",
    "class",
    "title",
    "role",
    "href",
    "src",
    "alt",
    "width",
    "height",
    "colspan",
    "rowspan",
    "open",
    "start",
    "type",
    "checked",
    "disabled",
    "datetime",
    "tabindex",
    "align",
    "aria-label",
    "aria-hidden",
    "aria-describedby",
    "aria-labelledby",
    "data-footnote-id",
    "cite",
    "reversed",
    "scope",
    "abbr",
];

static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::empty();
    b.add_tags(ALLOWED_TAGS.iter().copied())
        .add_generic_attributes(ALLOWED_ATTRS.iter().copied())
        .add_url_schemes(["http", "https", "mailto", "tel"])
        .link_rel(None)
        .strip_comments(true);
    b
});

/// Tags and attributes in a raw HTML fragment that the sanitiser will remove, with their
/// byte offsets: (description, offset).
fn disallowed_html(html: &str) -> Vec<(String, usize)> {
    let mut found = Vec::new();
    let bytes = html.as_bytes();
    let mut i = 0;
    while let Some(lt) = html[i..].find('<') {
        let start = i + lt;
        let end = html[start..].find('>').map_or(html.len(), |e| start + e);
        let tag = &html[start + 1..end];
        i = end.max(start + 1);
        if tag.starts_with('/') || tag.starts_with('!') {
            continue;
        }
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() {
            continue;
        }
        if !ALLOWED_TAGS.contains(&name.as_str()) {
            found.push((format!("element <{name}>"), start));
            continue;
        }
        for attr in attribute_names(&tag[name.len()..]) {
            let a = attr.to_ascii_lowercase();
            if !ALLOWED_ATTRS.contains(&a.as_str()) {
                found.push((format!("attribute `{a}` on <{name}>"), start));
            }
        }
        if tag.to_ascii_lowercase().contains("javascript:") {
            found.push((format!("javascript: URL on <{name}>"), start));
        }
    }
    let _ = bytes;
    found
}

fn attribute_names(s: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = s;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        if rest.is_empty() {
            break;
        }
        let n = rest
            .find(|c: char| c.is_whitespace() || c == '=' || c == '/' || c == '>')
            .unwrap_or(rest.len());
        if n == 0 {
            rest = &rest[1..];
            continue;
        }
        names.push(&rest[..n]);
        rest = rest[n..].trim_start();
        if let Some(r) = rest.strip_prefix('=') {
            let r = r.trim_start();
            rest = if let Some(q) = r.strip_prefix('"') {
                q.find('"').map_or("", |e| &q[e + 1..])
            } else if let Some(q) = r.strip_prefix('\'') {
                q.find('\'').map_or("", |e| &q[e + 1..])
            } else {
                r.find(char::is_whitespace).map_or("", |e| &r[e..])
            };
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Cx;
    impl Context for Cx {
        fn resolve(&self, key: &str) -> Option<String> {
            (key == "asylum/deadline.md").then(|| "/es/asylum/deadline/".to_string())
        }
        fn label(&self, kind: &str) -> String {
            format!("L-{kind}")
        }
        fn external_hint(&self) -> String {
            "otro sitio".into()
        }
    }

    fn r(md: &str) -> Rendered {
        render("content/es/x.md", md, 5, &Cx)
    }

    #[test]
    fn anchors_work_in_every_script() {
        assert_eq!(slugify("Your rights at home"), "your-rights-at-home");
        assert_eq!(slugify("حقوق المستأجر"), "حقوق-المستأجر");
        assert_eq!(slugify("你的权利"), "你的权利");
        assert_eq!(slugify("¿Qué es?"), "qué-es");
        assert_eq!(slugify("!!!"), "section");
        let out = r("## حقوقك\n\n## حقوقك\n\n## Custom {#mine}\n");
        assert!(out.html.contains("<h2 id=\"حقوقك\">"), "{}", out.html);
        assert!(out.html.contains("<h2 id=\"حقوقك-1\">"));
        assert!(out.html.contains("<h2 id=\"mine\">"));
        assert_eq!(out.toc.len(), 3);
    }

    #[test]
    fn internal_links_resolve_or_fail_with_line() {
        let out = r("Hi\n\n[ok](@/asylum/deadline.md#one) and [bad](@/nope.md)");
        assert!(out.html.contains("href=\"/es/asylum/deadline/#one\""));
        assert_eq!(out.diagnostics.len(), 1);
        let d = &out.diagnostics[0];
        assert!(d.is_error());
        assert_eq!(
            (d.line, d.file.as_ref().unwrap().to_str().unwrap()),
            (7, "content/es/x.md")
        );
    }

    #[test]
    fn external_links_are_marked() {
        let out = r("[USCIS](https://www.uscis.gov/)");
        assert!(out.html.contains("rel=\"external noopener noreferrer\""));
        assert!(out.html.contains("(otro sitio)</span></a>"));
    }

    #[test]
    fn admonitions_get_translated_labels() {
        let out = r("> [!WARNING]\n> Deadline!\n");
        assert!(out.html.contains("admonition-warning"));
        assert!(out.html.contains("L-warning"));
    }

    #[test]
    fn raw_html_is_sanitised_with_warnings() {
        let out = r(
            "<div dir=\"rtl\" onclick=\"x()\">hola</div>\n\n<script>alert(1)</script>\n\n<details><summary>M</summary>\n\ntexto\n\n</details>\n",
        );
        assert!(
            out.html.contains("<div dir=\"rtl\">hola</div>"),
            "{}",
            out.html
        );
        assert!(!out.html.contains("script"));
        assert!(out.html.contains("<details>"));
        let msgs: Vec<_> = out
            .diagnostics
            .iter()
            .map(|d| (d.message.clone(), d.line))
            .collect();
        assert!(
            msgs.contains(&("raw HTML attribute `onclick` on <div> removed".into(), 5)),
            "{msgs:?}"
        );
        assert!(
            msgs.contains(&("raw HTML element <script> removed".into(), 7)),
            "{msgs:?}"
        );
    }

    #[test]
    fn keys_are_normalised() {
        assert_eq!(normalise_key("asylum/"), "asylum/_index.md");
        assert_eq!(normalise_key("asylum/index.md"), "asylum/_index.md");
        assert_eq!(normalise_key("asylum/x"), "asylum/x.md");
        assert_eq!(normalise_key("/"), "_index.md");
    }
}
