//! Markdown to HTML: pulldown-cmark, plus what a multilingual rights site needs: heading
//! anchors for every script, a table of contents, `> [!NOTE]` admonitions labelled in the
//! reader's language, `@/path.md` links resolved in the page's language, external links
//! marked, every URL through the scheme allow-list, and raw HTML passed through the
//! sanitiser with each removal reported.
//!
//! Pure: a page and a link resolver in, HTML and diagnostics out.

use std::collections::{HashMap, HashSet};

use pulldown_cmark::{
    BlockQuoteKind, CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd,
};
use serde::Serialize;

use super::{bidi, sanitise};
use crate::config::Direction;
use crate::diag::{Diagnostic, LineIndex};
pub(crate) use crate::model::anchor::slugify;
use crate::model::link::{self, Link};
use crate::model::{BodyFormat, PageKey};

#[derive(Debug, Clone, Serialize)]
pub(crate) struct TocEntry {
    pub(crate) level: u8,
    pub(crate) id: String,
    pub(crate) title: String,
}

#[derive(Debug, Default)]
pub(crate) struct Rendered {
    pub(crate) html: String,
    pub(crate) toc: Vec<TocEntry>,
    pub(crate) diagnostics: Vec<Diagnostic>,
    /// Internal links found, as (target key, fragment, file line), for `check`.
    pub(crate) links: Vec<(PageKey, Option<String>, u32)>,
}

/// What the renderer needs to know about the site around the page.
pub(crate) trait Context {
    /// The URL of the page with `key` in the reader's language (or its fallback).
    fn resolve(&self, key: &PageKey) -> Option<String>;
    /// The label of an admonition kind (`note`, `warning`…) in the body's language.
    fn label(&self, kind: &str) -> String;
    /// Visually hidden text after an external link ("opens another website").
    fn external_hint(&self) -> String;
    /// The page a root-absolute path written for another generator names (`/scalability/`,
    /// where this site has `/<lang>/scalability/`), as its key; `None` when the path is not
    /// such a page (a file, or a path already under a language).
    fn page_at(&self, _path: &str) -> Option<PageKey> {
        None
    }
    /// The direction of the body's language: runs of the other direction in its text are
    /// isolated (render/bidi.rs). Left to right unless said.
    fn direction(&self) -> Direction {
        Direction::Ltr
    }
    /// The glossary terms to link on first use, when the page links them.
    fn terms(&self) -> Option<&super::glossary::TermLinks> {
        None
    }
}

/// A heading being collected: its inner events, level, explicit id and classes.
type OpenHeading<'a> = (
    Vec<Event<'a>>,
    HeadingLevel,
    Option<CowStr<'a>>,
    Vec<CowStr<'a>>,
);

pub(crate) fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_GFM
}

/// How an open link is closed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Open {
    Plain,
    External,
    /// Refused by the allow-list: its text stays, the link does not.
    Dropped,
}

/// Renders `body` (which starts on line `body_line` of `file`).
pub(crate) fn render(
    file: &str,
    body: &str,
    body_line: u32,
    format: BodyFormat,
    cx: &dyn Context,
) -> Rendered {
    match format {
        BodyFormat::Markdown => render_markdown(file, body, body_line, cx),
        BodyFormat::Html => {
            let mut out = Rendered::default();
            report_html(file, body, body_line, &mut out.diagnostics);
            out.html = resolve_html_links(&sanitise::clean(body), file, body_line, cx, &mut out);
            out
        }
    }
}

fn render_markdown(file: &str, body: &str, body_line: u32, cx: &dyn Context) -> Rendered {
    let mut out = Rendered::default();
    let lines = LineIndex::new(body);
    let line_of = |offset: usize| body_line + lines.line_col(offset).0 - 1;
    let col_of = |offset: usize| lines.line_col(offset).1;
    let mut events: Vec<Event> = Vec::new();
    let mut ids = Ids::default();
    let mut heading: Option<OpenHeading> = None;
    let mut link_stack: Vec<Open> = Vec::new();
    let mut image_stack: Vec<bool> = Vec::new();
    let mut has_raw_html = false;
    let mut in_code = false;
    let mut linked_terms = HashSet::new();

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
                let id = ids.unique(id.map(|s| s.to_string()).unwrap_or_else(|| slugify(&text)));
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
                let at = (line_of(range.start), col_of(range.start));
                let (html, open) = link_start(&dest_url, &title, link_type, cx, &mut out, file, at);
                link_stack.push(open);
                match (html, open) {
                    (_, Open::Dropped) => continue,
                    (Some(h), _) => Event::Html(h.into()),
                    (None, _) => Event::Start(Tag::Link {
                        link_type,
                        dest_url,
                        title,
                        id,
                    }),
                }
            }
            Event::End(TagEnd::Link) => match link_stack.pop() {
                Some(Open::External) => Event::Html(
                    format!(
                        "<span class=\"visually-hidden\"> ({})</span></a>",
                        escape(&cx.external_hint())
                    )
                    .into(),
                ),
                Some(Open::Dropped) => continue,
                _ => Event::End(TagEnd::Link),
            },
            Event::Start(Tag::Image { ref dest_url, .. }) => {
                let refused = link::classify(dest_url).err();
                image_stack.push(refused.is_none());
                match refused {
                    Some(e) => {
                        out.diagnostics.push(
                            Diagnostic::warning(format!("image `{dest_url}` removed: {e}"))
                                .at(file, line_of(range.start), col_of(range.start))
                                .hint("images are files beside the page, like ![a map](map.png)"),
                        );
                        continue;
                    }
                    None => event,
                }
            }
            Event::End(TagEnd::Image) => {
                if image_stack.pop() == Some(false) {
                    continue;
                }
                event
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
            Event::Start(Tag::CodeBlock(_)) => {
                in_code = true;
                event
            }
            Event::End(TagEnd::CodeBlock) => {
                in_code = false;
                event
            }
            Event::Text(ref t)
                if heading.is_none()
                    && link_stack.is_empty()
                    && image_stack.is_empty()
                    && !in_code =>
            {
                match cx
                    .terms()
                    .and_then(|terms| terms.link(t, &mut linked_terms))
                {
                    Some(html) => Event::Html(html.into()),
                    None => event,
                }
            }
            Event::InlineHtml(ref h) if !is_markup(h) => Event::Text(h.clone()),
            Event::Html(ref h) | Event::InlineHtml(ref h) => {
                has_raw_html = true;
                report_html(file, h, line_of(range.start), &mut out.diagnostics);
                event
            }
            e => e,
        };
        match &mut heading {
            Some((inner, ..)) => inner.push(event),
            None => events.push(event),
        }
    }
    // Runs of the other direction isolated, US phone numbers as tel: links.
    let events = bidi::markdown(events, &cx.direction());
    let mut html = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    out.html = if has_raw_html {
        sanitise::clean(&html)
    } else {
        html
    };
    out
}

/// `href="@/key#x"` in an HTML body (written so by the conversion of other generators'
/// links) made the page's address in the reader's language, as `@/` links in Markdown are.
fn resolve_html_links(
    html: &str,
    file: &str,
    body_line: u32,
    cx: &dyn Context,
    out: &mut Rendered,
) -> String {
    const MARK: &str = "href=\"@/";
    let mut result = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find(MARK) {
        result.push_str(&rest[..i + 6]);
        let after = &rest[i + 6..];
        let end = after.find('"').unwrap_or(after.len());
        let target = &after[2..end];
        let (path, fragment) = target.split_once('#').unwrap_or((target, ""));
        match PageKey::from_link(path).and_then(|k| cx.resolve(&k).map(|u| (k, u))) {
            Some((key, url)) => {
                let frag = (!fragment.is_empty()).then(|| fragment.to_string());
                out.links.push((key, frag, body_line));
                result.push_str(&url);
                if !fragment.is_empty() {
                    result.push('#');
                    result.push_str(fragment);
                }
            }
            None => {
                out.diagnostics.push(
                    Diagnostic::error(format!(
                        "internal link `@/{target}` points to a page that does not exist"
                    ))
                    .at(file, body_line, 1),
                );
                result.push('#');
            }
        }
        rest = &after[end..];
    }
    result.push_str(rest);
    result
}

/// Warnings for what the sanitiser removes from a fragment of raw HTML starting on `line`.
fn report_html(file: &str, html: &str, line: u32, diags: &mut Vec<Diagnostic>) {
    for (what, l) in sanitise::removals(html) {
        diags.push(
            Diagnostic::warning(format!("raw HTML {what} removed"))
                .at(file, line + l - 1, 1)
                .hint("scripts, styles, frames, event handlers and links other than http:, https:, mailto: and tel: are not allowed in guides"),
        );
    }
}

/// Whether inline "HTML" is markup: a comment, or a tag of a real HTML element. `<FPCA>` or
/// `<name>` in a sentence is text that happens to be in angle brackets.
fn is_markup(h: &str) -> bool {
    let t = h.trim();
    if t.starts_with("<!") || t.starts_with("<?") {
        return true;
    }
    let name: String = t
        .trim_start_matches('<')
        .trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    sanitise::is_html_element(&name)
}

fn link_start(
    dest: &str,
    title: &str,
    link_type: LinkType,
    cx: &dyn Context,
    out: &mut Rendered,
    file: &str,
    (line, column): (u32, u32),
) -> (Option<String>, Open) {
    let target = match link::classify(dest) {
        Ok(t) => t,
        Err(e) => {
            out.diagnostics.push(
                Diagnostic::warning(format!("link `{dest}` removed: {e}"))
                    .at(file, line, column)
                    .hint("link to guides with @/<section>/<page>.md and to other sites with https://"),
            );
            return (None, Open::Dropped);
        }
    };
    match target {
        Link::Page(key, fragment) => {
            out.links
                .push((key.clone(), fragment.map(str::to_string), line));
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
            (
                Some(format!(
                    "<a href=\"{}\"{}>",
                    escape(&href),
                    title_attr(title)
                )),
                Open::Plain,
            )
        }
        Link::External
            if matches!(
                link_type,
                LinkType::Inline
                    | LinkType::Reference
                    | LinkType::Collapsed
                    | LinkType::Shortcut
                    | LinkType::Autolink
            ) =>
        {
            (
                Some(format!(
                    "<a href=\"{}\" class=\"external\" rel=\"external noopener noreferrer\"{}>",
                    escape(dest.trim()),
                    title_attr(title)
                )),
                Open::External,
            )
        }
        Link::Path(path, fragment) if path.starts_with('/') => {
            let Some(key) = cx.page_at(path) else {
                return (None, Open::Plain);
            };
            let Some(url) = cx.resolve(&key) else {
                return (None, Open::Plain);
            };
            out.diagnostics.push(
                Diagnostic::warning(format!(
                    "link `{dest}` leads to {url} for readers of this page; this site keeps each language under its own folder"
                ))
                .at(file, line, column)
                .hint(format!("write it as @/{key}, which leads to the page in the reader's language")),
            );
            out.links.push((key, fragment.map(str::to_string), line));
            let href = match fragment {
                Some(f) => format!("{url}#{f}"),
                None => url,
            };
            (
                Some(format!(
                    "<a href=\"{}\"{}>",
                    escape(&href),
                    title_attr(title)
                )),
                Open::Plain,
            )
        }
        _ => (None, Open::Plain),
    }
}

fn title_attr(title: &str) -> String {
    if title.is_empty() {
        String::new()
    } else {
        format!(" title=\"{}\"", escape(title))
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

/// The heading ids of a page: each new one unique, in time linear in the number of
/// headings even when they all say the same.
#[derive(Default)]
struct Ids {
    taken: HashSet<String>,
    /// Next suffix to try for a base id.
    next: HashMap<String, usize>,
}

impl Ids {
    fn unique(&mut self, base: String) -> String {
        if self.taken.insert(base.clone()) {
            return base;
        }
        let n = self.next.entry(base.clone()).or_insert(1);
        loop {
            let candidate = format!("{base}-{n}");
            *n += 1;
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
        }
    }
}

/// `s` with `& < > " '` escaped, safe in HTML text and in quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    escape_into(s, &mut out);
    out
}

/// Appends `s` to `out` with `& < > " '` escaped; most texts have none of them, and are
/// copied in one piece.
pub(crate) fn escape_into(s: &str, out: &mut String) {
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

#[cfg(test)]
mod tests {
    use super::*;

    struct Cx;
    impl Context for Cx {
        fn resolve(&self, key: &PageKey) -> Option<String> {
            (key.as_str() == "asylum/deadline.md").then(|| "/es/asylum/deadline/".to_string())
        }
        fn label(&self, kind: &str) -> String {
            format!("L-{kind}")
        }
        fn external_hint(&self) -> String {
            "otro sitio".into()
        }
    }

    fn r(md: &str) -> Rendered {
        render("content/es/x.md", md, 5, BodyFormat::Markdown, &Cx)
    }

    #[test]
    fn anchors_work_in_every_script() {
        assert_eq!(slugify("Your rights at home"), "your-rights-at-home");
        assert_eq!(slugify("حقوق المستأجر"), "حقوق-المستأجر");
        assert_eq!(slugify("你的权利"), "你的权利");
        assert_eq!(slugify("¿Qué es?"), "qué-es");
        assert_eq!(slugify("!!!"), "section");
        // Burmese, Tamil and Khmer words keep their vowel signs and viramas.
        assert_eq!(slugify("မင်္ဂလာပါ"), "မင်္ဂလာပါ");
        assert_eq!(slugify("வணக்கம் உலகம்"), "வணக்கம்-உலகம்");
        assert_eq!(slugify("សួស្តី"), "សួស្តី");
        assert_eq!(slugify("नमस्ते दुनिया"), "नमस्ते-दुनिया");
        assert_eq!(slugify("می‌خواهم"), "می\u{200c}خواهم");
        let out = r("## حقوقك\n\n## حقوقك\n\n## Custom {#mine}\n");
        assert!(out.html.contains("<h2 id=\"حقوقك\">"), "{}", out.html);
        assert!(out.html.contains("<h2 id=\"حقوقك-1\">"));
        assert!(out.html.contains("<h2 id=\"mine\">"));
        assert_eq!(out.toc.len(), 3);
    }

    #[test]
    fn many_identical_headings_get_unique_ids_quickly() {
        let md = "## Same\n\n## Same-1\n\n".to_string() + &"## Same\n\n".repeat(20_000);
        let start = std::time::Instant::now();
        let out = r(&md);
        let ids: HashSet<_> = out.toc.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids.len(), out.toc.len());
        assert!(ids.contains("same-20000"));
        assert!(start.elapsed().as_secs() < 5, "{:?}", start.elapsed());
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
    fn unsafe_links_are_removed_with_a_warning() {
        let out = r(
            "[x](javascript:alert(1)) and [y](JAVASCRIPT:alert(2)) and ![i](data:image/png;base64,AA) and <vbscript:x>\n",
        );
        // The links go; their text stays.
        assert!(out.html.contains("vbscript:x"), "{}", out.html);
        for gone in ["javascript", "JAVASCRIPT", "data:", "href", "<a"] {
            assert!(!out.html.contains(gone), "{gone}: {}", out.html);
        }
        assert!(out.html.contains("x and y"), "{}", out.html);
        assert_eq!(out.diagnostics.len(), 4, "{:?}", out.diagnostics);
        assert!(out.diagnostics.iter().all(|d| !d.is_error() && d.line == 5));
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
            "<div dir=\"rtl\" onclick=\"x()\">hola</div>\n\n<script>alert(1)</script>\n\n<details><summary>M</summary>\n\ntexto\n\n</details>\n\n<img src=\"data:image/png;base64,AA\" alt=\"x\">\n",
        );
        assert!(
            out.html.contains("<div dir=\"rtl\">hola</div>"),
            "{}",
            out.html
        );
        assert!(!out.html.contains("script"));
        assert!(!out.html.contains("data:"));
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
        assert!(
            msgs.iter().any(|(m, l)| *l == 15 && m.contains("data:")),
            "{msgs:?}"
        );
    }

    #[test]
    fn tag_like_text_stays_text() {
        let out = r("Send the <FPCA> form to <your name>.\n");
        assert!(out.html.contains("&lt;FPCA&gt;"), "{}", out.html);
        assert!(out.html.contains("&lt;your name&gt;"), "{}", out.html);
        assert!(out.diagnostics.is_empty(), "{:?}", out.diagnostics);
    }

    #[test]
    fn html_bodies_are_sanitised() {
        let out = render(
            "content/en/x.html",
            "<p>Hi</p>\n<script>x</script>\n",
            3,
            BodyFormat::Html,
            &Cx,
        );
        assert_eq!(out.html.trim(), "<p>Hi</p>");
        assert_eq!(out.diagnostics[0].line, 4);
    }

    #[test]
    fn many_footnotes_render_in_linear_time() {
        let n = 50_000;
        let refs: String = (0..n).map(|i| format!("x[^{i}] ")).collect();
        let defs: String = (0..n).map(|i| format!("[^{i}]: note {i}\n\n")).collect();
        let start = std::time::Instant::now();
        let out = r(&format!("{refs}\n\n{defs}"));
        assert!(out.html.contains(&format!("note {}", n - 1)));
        // Generous: only a quadratic algorithm would come near it.
        assert!(start.elapsed().as_secs() < 20, "{:?}", start.elapsed());
    }

    #[test]
    fn deep_nesting_renders() {
        for md in [
            ">".repeat(50_000),
            "- ".repeat(50_000),
            "*".repeat(50_000) + "x",
        ] {
            let out = r(&md);
            assert!(!out.html.is_empty());
        }
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn markdown_like() -> impl Strategy<Value = String> {
            let piece = prop_oneof![
                Just("\n".to_string()),
                Just("## ".to_string()),
                Just("> ".to_string()),
                Just("> [!WARNING]\n".to_string()),
                Just("- ".to_string()),
                Just("1. ".to_string()),
                Just("[x](".to_string()),
                Just(")".to_string()),
                Just("@/".to_string()),
                Just("javascript:".to_string()),
                Just("![i](data:x)".to_string()),
                Just("<div onclick=x>".to_string()),
                Just("</div>".to_string()),
                Just("<script>".to_string()),
                Just("<FPCA>".to_string()),
                Just("[^1]".to_string()),
                Just("[^1]: n\n".to_string()),
                Just("| a | b |\n|---|---|\n".to_string()),
                Just("```\n".to_string()),
                Just("{#id}".to_string()),
                "[a-zA-Z0-9 ]{0,10}",
                "\\PC{0,6}",
            ];
            proptest::collection::vec(piece, 0..60).prop_map(|v| v.concat())
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(512))]
            #[test]
            fn rendering_never_panics_and_locates_every_problem(md in markdown_like()) {
                let out = r(&md);
                let last = 5 + md.split('\n').count() as u32;
                for d in &out.diagnostics {
                    prop_assert!(d.line >= 5 && d.line <= last, "{d:?} in {md:?}");
                }
                let lower = out.html.to_ascii_lowercase();
                prop_assert!(!lower.contains("href=\"javascript:"), "{}", out.html);
                prop_assert!(!lower.contains("<script"), "{}", out.html);
                // No event handler attribute inside a tag (escaped text in code blocks, or the
                // word inside an attribute's value, is fine).
                for (at, _) in lower.match_indices("onclick") {
                    let before = &lower[..at];
                    let in_tag = before.rfind('<') > before.rfind('>');
                    let attribute = before.ends_with(|c: char| c.is_whitespace());
                    prop_assert!(!(in_tag && attribute), "{}", out.html);
                }
            }
        }
    }
}
