//! Hugo shortcodes: `{{< name args >}}`, `{{% name args %}}`, paired with `{{< /name >}}` or
//! self-closing (`{{< name />}}`), nested, with positional or `key="value"` arguments, and
//! the escapes `{{</* … */>}}` that show a shortcode literally.
//!
//! Converted: `ref`/`relref` (to `@/` links), `figure`, `highlight`, `param`, the admonition
//! shortcodes of common themes (Docsy `alert`, `notice`, `hint`, `callout`, `admonition`,
//! `note`, `tip`, `warning`, …), `details`, `tabs`/`tab`, `youtube`/`vimeo` (to a plain
//! link: embeds load third-party pages). Every other shortcode is removed with a warning;
//! the content of a paired one is kept.

use std::ops::Range;

use super::code::{code_ranges, inside};
use super::map::{Doc, Out};
use super::{Args, Context, Flavour, Kind, container, html_admonition};

#[derive(Debug)]
enum Item {
    /// `{{</* x */>}}`: shown as `{{< x >}}`.
    Escape {
        range: Range<usize>,
        literal: String,
    },
    Tag(Tag),
}

#[derive(Debug)]
struct Tag {
    range: Range<usize>,
    name: String,
    args: Args,
    close: bool,
    self_closing: bool,
    /// The raw text between a `highlight` tag and its closer (the closer is in `range`).
    raw: Option<Range<usize>>,
}

impl Item {
    fn range(&self) -> &Range<usize> {
        match self {
            Item::Escape { range, .. } => range,
            Item::Tag(t) => &t.range,
        }
    }
}

pub(super) fn convert(doc: &mut Doc, text: &str, cx: &Context, flavour: Flavour) -> Out {
    let items = tokenize(doc, text);
    let pairs = pair(&items);
    let mut out = Out::default();
    let mut r = Render {
        doc,
        text,
        cx,
        items: &items,
        pairs: &pairs,
        flavour,
    };
    r.seq(0, items.len(), 0, text.len(), &mut out);
    out
}

fn tokenize(doc: &mut Doc, text: &str) -> Vec<Item> {
    let code = code_ranges(text);
    let mut items = Vec::new();
    let mut i = 0;
    while let Some(found) = text[i..].find("{{") {
        let at = i + found;
        let rest = &text[at..];
        let delim = match rest.as_bytes().get(2) {
            Some(b'<') => '<',
            Some(b'%') => '%',
            _ => {
                i = at + 2;
                continue;
            }
        };
        let close = if delim == '<' { ">}}" } else { "%}}" };
        // Escapes show their text literally, in code too (that is what they are for).
        if rest[3..].trim_start().starts_with("/*") {
            let open_len = 3 + (rest[3..].len() - rest[3..].trim_start().len()) + 2;
            let end_marker = format!("*/{close}");
            if let Some(e) = rest[open_len..].find(&end_marker) {
                let inner = rest[open_len..open_len + e].trim_end_matches(['\n', '\t']);
                let end = at + open_len + e + end_marker.len();
                let (open, shut) = if delim == '<' {
                    ("{{<", ">}}")
                } else {
                    ("{{%", "%}}")
                };
                items.push(Item::Escape {
                    range: at..end,
                    literal: format!("{open}{inner}{shut}"),
                });
                i = end;
                continue;
            }
        }
        if let Some(end) = inside(&code, at) {
            i = end.max(at + 2);
            continue;
        }
        let Some((mut tag, end)) = parse_tag(text, at, close) else {
            doc.warn(
                at,
                "shortcode is not closed: it was left as it was",
                Some(&format!("end it with `{close}`")),
            );
            i = at + 3;
            continue;
        };
        let mut next = end;
        if !tag.close
            && !tag.self_closing
            && tag.name == "highlight"
            && let Some((closer, closer_end)) = find_closer(text, end, "highlight")
        {
            tag.raw = Some(end..closer);
            tag.range.end = closer_end;
            next = closer_end;
        }
        items.push(Item::Tag(tag));
        i = next;
    }
    items
}

/// Parses the shortcode tag starting at `at` (`{{<` or `{{%`); returns it and its end.
fn parse_tag(text: &str, at: usize, close: &str) -> Option<(Tag, usize)> {
    let body_start = at + 3;
    let bytes = text.as_bytes();
    let mut quote: Option<u8> = None;
    let mut j = body_start;
    while j < bytes.len() {
        let b = bytes[j];
        match quote {
            Some(q) if b == q => quote = None,
            Some(b'"') if b == b'\\' => j += 1,
            Some(_) => {}
            None if b == b'"' || b == b'`' => quote = Some(b),
            None if bytes[j..].starts_with(close.as_bytes()) => break,
            None => {}
        }
        j += 1;
    }
    if j >= bytes.len() {
        return None;
    }
    let end = j + close.len();
    let mut inner = text[body_start..j].trim();
    let close_tag = inner.starts_with('/');
    inner = inner.trim_start_matches('/').trim_start();
    let self_closing = !close_tag && inner.ends_with('/');
    inner = inner.trim_end_matches('/').trim_end();
    let (name, args) = match inner.find(char::is_whitespace) {
        Some(s) => (&inner[..s], &inner[s..]),
        None => (inner, ""),
    };
    Some((
        Tag {
            range: at..end,
            name: name.to_ascii_lowercase(),
            args: Args::parse(args),
            close: close_tag,
            self_closing,
            raw: None,
        },
        end,
    ))
}

/// The next `{{< /name >}}` (or `%` form) after `from`: (its start, its end).
fn find_closer(text: &str, from: usize, name: &str) -> Option<(usize, usize)> {
    let mut i = from;
    while let Some(f) = text[i..].find("{{") {
        let at = i + f;
        let close = match text.as_bytes().get(at + 2) {
            Some(b'<') => ">}}",
            Some(b'%') => "%}}",
            _ => {
                i = at + 2;
                continue;
            }
        };
        if let Some((t, end)) = parse_tag(text, at, close)
            && t.close
            && t.name == name
        {
            return Some((at, end));
        }
        i = at + 3;
    }
    None
}

/// For every opening tag, the index of its closing tag. A closing tag closes the nearest
/// open tag of its name; tags opened inside it and never closed are self-contained.
fn pair(items: &[Item]) -> Vec<Option<usize>> {
    let mut pairs = vec![None; items.len()];
    let mut stack: Vec<usize> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Item::Tag(t) = item else { continue };
        if t.self_closing || t.raw.is_some() {
            continue;
        }
        if !t.close {
            stack.push(i);
            continue;
        }
        let found = stack.iter().rposition(|&o| match &items[o] {
            Item::Tag(open) => open.name == t.name,
            Item::Escape { .. } => false,
        });
        if let Some(pos) = found {
            pairs[stack[pos]] = Some(i);
            stack.truncate(pos);
        }
    }
    pairs
}

struct Render<'r, 'd, 'c> {
    doc: &'r mut Doc<'d>,
    text: &'r str,
    cx: &'r Context<'c>,
    items: &'r [Item],
    pairs: &'r [Option<usize>],
    flavour: Flavour,
}

const HINT_REMOVED: &str =
    "write what it showed as Markdown; shortcodes are templates of the old site's theme";

impl Render<'_, '_, '_> {
    /// Renders the text from `from` to `to`, with the items `lo..hi` inside it.
    fn seq(&mut self, lo: usize, hi: usize, from: usize, to: usize, out: &mut Out) {
        let mut pos = from;
        let mut k = lo;
        while k < hi {
            let item = &self.items[k];
            let range = item.range().clone();
            out.copy(self.text, pos..range.start);
            match item {
                Item::Escape { literal, .. } => {
                    out.put(literal, range.start);
                    pos = range.end;
                    k += 1;
                }
                Item::Tag(t) if t.close => {
                    self.doc.warn(
                        range.start,
                        format!("closing shortcode `{{{{< /{} >}}}}` has no opening tag: it was removed", t.name),
                        None,
                    );
                    pos = range.end;
                    k += 1;
                }
                Item::Tag(t) => match self.pairs[k] {
                    Some(c) => {
                        let inner = range.end..self.items[c].range().start;
                        self.paired(t, k + 1, c, inner, out);
                        pos = self.items[c].range().end;
                        k = c + 1;
                    }
                    None => {
                        self.single(t, out);
                        pos = range.end;
                        k += 1;
                    }
                },
            }
        }
        out.copy(self.text, pos..to);
    }

    fn render_inner(&mut self, lo: usize, hi: usize, inner: Range<usize>) -> Out {
        let mut o = Out::default();
        self.seq(lo, hi, inner.start, inner.end, &mut o);
        o
    }

    /// A shortcode with a closing tag, whose content is `inner` with the items `lo..hi`.
    fn paired(&mut self, t: &Tag, lo: usize, hi: usize, inner: Range<usize>, out: &mut Out) {
        let at = t.range.start;
        let name = t.name.as_str();
        let admonition = admonition_kind(t);
        if let Some(kind) = admonition {
            let title = match name {
                "details" => t.args.arg("summary", 0).or(t.args.get("title")),
                "notice" => t
                    .args
                    .positional
                    .get(1)
                    .map(String::as_str)
                    .or(t.args.get("title")),
                _ => t.args.get("title").or(t.args.get("header")),
            };
            self.wrap(kind, title, lo, hi, inner, at, out);
            return;
        }
        match name {
            "tabs" | "tabpane" | "code-tabs" => {
                self.doc.warn(
                    at,
                    "tabs are shown one after the other, each under its label",
                    None,
                );
                self.seq(lo, hi, inner.start, inner.end, out);
            }
            "tab" => {
                let label = t
                    .args
                    .arg("name", 0)
                    .or(t.args.get("header"))
                    .or(t.args.get("title"));
                if let Some(l) = label {
                    out.start_line(at);
                    match self.flavour {
                        Flavour::Markdown => {
                            // The label is a paragraph of its own: a blank line follows it.
                            let gap = if self.text[t.range.end..].starts_with('\n') {
                                ""
                            } else {
                                "\n"
                            };
                            out.put(&format!("\n**{}**\n{gap}", md_text(l)), at)
                        }
                        Flavour::Html => out.put(
                            &format!(
                                "<p><strong>{}</strong></p>",
                                crate::render::markdown::escape(l)
                            ),
                            at,
                        ),
                    }
                }
                self.seq(lo, hi, inner.start, inner.end, out);
            }
            "ref" | "relref" | "param" | "figure" | "youtube" | "vimeo" => {
                // Paired by mistake: the tag does its job and the text inside stays.
                self.single(t, out);
                self.seq(lo, hi, inner.start, inner.end, out);
            }
            _ => {
                self.doc.warn(
                    at,
                    format!(
                        "Hugo shortcode `{name}` is not supported: its tags were removed and the text inside kept"
                    ),
                    Some(HINT_REMOVED),
                );
                self.seq(lo, hi, inner.start, inner.end, out);
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn wrap(
        &mut self,
        kind: Kind,
        title: Option<&str>,
        lo: usize,
        hi: usize,
        inner: Range<usize>,
        at: usize,
        out: &mut Out,
    ) {
        let raw = &self.text[inner.clone()];
        match self.flavour {
            Flavour::Markdown => {
                let (open, close) = container(kind, title, raw);
                out.start_line(at);
                if !out.ends_with_blank_line() {
                    out.put("\n", at);
                }
                out.put(&open, at);
                let body = self.render_inner(lo, hi, inner.clone());
                out.append(body);
                out.start_line(inner.end);
                out.put(&close, inner.end);
            }
            Flavour::Html => {
                let body = self.render_inner(lo, hi, inner.clone());
                let html = html_admonition(kind, title, body.text.trim());
                out.put(&html, at);
            }
        }
    }

    /// A shortcode without content.
    fn single(&mut self, t: &Tag, out: &mut Out) {
        let at = t.range.start;
        let args = &t.args;
        match t.name.as_str() {
            "ref" | "relref" => {
                let target = args.arg("path", 0).unwrap_or("");
                // Hugo prints the address: inside a link (`[x]({{< ref … >}})`) or an `href`
                // it is one; in running text it becomes a link of its own.
                let before = self.text[..at].trim_end_matches([' ', '"', '\'']);
                let in_link = before.ends_with("](") || before.ends_with('=');
                match self.cx.link(target) {
                    Some(link) if in_link => out.put(&link, at),
                    Some(link) => {
                        let name = target
                            .trim_end_matches('/')
                            .trim_end_matches(".md")
                            .rsplit('/')
                            .next()
                            .filter(|n| !n.is_empty())
                            .unwrap_or(target);
                        out.put(&format!("[{name}]({link})"), at)
                    }
                    None => {
                        self.doc.warn(
                            at,
                            format!("`{}` names a page that was not found: `{target}`", t.name),
                            Some("link to the page with @/<section>/<page>.md"),
                        );
                        out.put(target, at);
                    }
                }
            }
            "param" => match args.arg("name", 0).and_then(|n| self.cx.param(n)) {
                Some(v) => out.put(&v, at),
                None => self.doc.warn(
                    at,
                    format!(
                        "`param` names `{}`, which the front matter does not have: it was left out",
                        args.arg("name", 0).unwrap_or("")
                    ),
                    None,
                ),
            },
            "figure" => self.figure(t, out),
            "highlight" => match &t.raw {
                Some(raw) => self.highlight(t, raw.clone(), out),
                None => self.doc.warn(
                    at,
                    "`highlight` has no closing `{{< /highlight >}}`: it was removed",
                    None,
                ),
            },
            "youtube" | "vimeo" => {
                let id = args.arg("id", 0).unwrap_or("");
                let url = if t.name == "youtube" {
                    format!("https://www.youtube.com/watch?v={id}")
                } else {
                    format!("https://vimeo.com/{id}")
                };
                let title = args.get("title").unwrap_or("Video");
                self.doc.warn(
                    at,
                    format!("embedded video `{id}` replaced by a link: embeds load another website into the page"),
                    None,
                );
                match self.flavour {
                    Flavour::Markdown => out.put(&format!("[{}]({url})", md_text(title)), at),
                    Flavour::Html => out.put(
                        &format!(
                            "<a href=\"{url}\">{}</a>",
                            crate::render::markdown::escape(title)
                        ),
                        at,
                    ),
                }
            }
            name => {
                let why = match name {
                    "tweet" | "x" | "instagram" | "gist" | "twitter" => {
                        "it embeds another website, which would see every reader"
                    }
                    "toc" => "the page template shows a table of contents",
                    _ => "it is a template of the old site's theme",
                };
                self.doc.warn(
                    at,
                    format!("Hugo shortcode `{name}` is not supported and was left out: {why}"),
                    Some(HINT_REMOVED),
                );
            }
        }
    }

    fn figure(&mut self, t: &Tag, out: &mut Out) {
        let at = t.range.start;
        let a = &t.args;
        let Some(src) = a.arg("src", 0) else {
            self.doc
                .warn(at, "`figure` has no `src`: it was left out", None);
            return;
        };
        let caption = a.get("caption").filter(|c| !c.trim().is_empty());
        let title = a.get("title").filter(|c| !c.trim().is_empty());
        let alt = a
            .get("alt")
            .filter(|c| !c.trim().is_empty())
            .or(caption)
            .or(title);
        if alt.is_none() {
            self.doc.warn(
                at,
                format!("figure `{src}` has no alt text"),
                Some("describe what the image shows: ![a map of the court building](map.png)"),
            );
        }
        let alt = alt.unwrap_or("");
        let caption = match (title, caption) {
            (Some(t), Some(c)) => Some(format!("**{}** {c}", md_text(t))),
            (Some(t), None) => Some(md_text(t)),
            (None, Some(c)) => Some(c.to_string()),
            (None, None) => None,
        };
        match self.flavour {
            Flavour::Markdown => {
                let mut img = format!("![{}]({})", md_text(alt), md_dest(src));
                if let Some(link) = a.get("link") {
                    img = format!("[{img}]({})", md_dest(link));
                }
                match caption {
                    None => out.put(&img, at),
                    Some(c) => {
                        out.start_line(at);
                        out.put(
                            &format!(
                                "\n<figure>\n\n{img}\n\n<figcaption>\n\n{c}\n\n</figcaption>\n</figure>\n\n"
                            ),
                            at,
                        );
                    }
                }
            }
            Flavour::Html => {
                let e = crate::render::markdown::escape;
                let mut img = format!("<img src=\"{}\" alt=\"{}\">", e(src), e(alt));
                if let Some(link) = a.get("link") {
                    img = format!("<a href=\"{}\">{img}</a>", e(link));
                }
                let cap = caption.map_or(String::new(), |c| {
                    format!("<figcaption>{}</figcaption>", e(&c.replace("**", "")))
                });
                out.put(&format!("<figure>{img}{cap}</figure>"), at);
            }
        }
    }

    fn highlight(&mut self, t: &Tag, raw: Range<usize>, out: &mut Out) {
        let at = t.range.start;
        let lang = t.args.arg("lang", 0).unwrap_or("");
        let code = self.text[raw.clone()].trim_start_matches('\n');
        let code = code.strip_suffix('\n').unwrap_or(code);
        match self.flavour {
            Flavour::Markdown => {
                let longest = code
                    .lines()
                    .map(|l| l.trim_start().bytes().take_while(|&b| b == b'`').count())
                    .max()
                    .unwrap_or(0);
                let fence = "`".repeat((longest + 1).max(3));
                out.start_line(at);
                out.put(&format!("{fence}{lang}\n"), at);
                let start = raw.start
                    + (self.text[raw.clone()].len()
                        - self.text[raw.clone()].trim_start_matches('\n').len());
                out.copy(self.text, start..start + code.len());
                out.put(&format!("\n{fence}"), raw.end);
            }
            Flavour::Html => {
                let class = if lang.is_empty() {
                    String::new()
                } else {
                    format!(
                        " class=\"language-{}\"",
                        crate::render::markdown::escape(lang)
                    )
                };
                out.put(
                    &format!(
                        "<pre><code{class}>{}</code></pre>",
                        crate::render::markdown::escape(code)
                    ),
                    at,
                );
            }
        }
    }
}

/// The admonition a paired shortcode stands for: Docsy `alert` (by `color`), `notice`/`hint`
/// (by their first argument), `callout`/`admonition` (by `type`), and shortcodes named after
/// a kind (`note`, `tip`, `warning`, `details`, …).
fn admonition_kind(t: &Tag) -> Option<Kind> {
    let a = &t.args;
    match t.name.as_str() {
        "alert" => Some(
            a.get("color")
                .or(a.get("type"))
                .and_then(Kind::of)
                .unwrap_or(Kind::Note),
        ),
        "notice" | "hint" | "callout" | "admonition" | "box" => {
            Some(a.arg("type", 0).and_then(Kind::of).unwrap_or(Kind::Note))
        }
        name => Kind::of(name),
    }
}

/// Text for Markdown link text or emphasis: brackets and asterisks escaped.
fn md_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '[' | ']' | '*' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A link destination: in `<…>` when it has spaces or parentheses.
fn md_dest(s: &str) -> String {
    if s.contains([' ', '(', ')']) {
        format!("<{}>", s.replace(['<', '>'], ""))
    } else {
        s.to_string()
    }
}
