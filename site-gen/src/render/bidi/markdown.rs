//! Isolation in Markdown: the inline content of each block of a pulldown-cmark event stream,
//! as pieces for [`super::runs`], with `<bdi>` (or Unicode marks) inserted where runs begin and
//! end, and US phone numbers in text turned into `tel:` links ([`crate::render::phone`]).
//! Code blocks, raw HTML blocks, image descriptions, links' text (for phones) and elements
//! that already carry `dir` are left as they are.

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

use super::{Extent, Piece, Pos, close_tag, first_strong, needs_isolation, open_tag, runs};
use crate::config::Direction;

/// Isolates the runs of the other direction than `context` in the inline content of every
/// block of a Markdown event stream (each block counts as a whole: an English paragraph in
/// an Arabic guide is one run), and turns US phone numbers in its text into `tel:` links.
/// Code blocks, raw HTML blocks, image descriptions and text inside elements that already
/// carry `dir` are left as they are; links' text gets no phone link.
pub(crate) fn markdown<'a>(events: Vec<Event<'a>>, context: &Direction) -> Vec<Event<'a>> {
    let mut out = Vec::with_capacity(events.len() + 8);
    let mut block: Vec<Event<'a>> = Vec::new();
    // Code blocks, HTML blocks and metadata pass untouched.
    let mut verbatim = 0usize;
    for e in merge_text(explode_text_html(events)) {
        let boundary = match &e {
            _ if verbatim > 0
                && !matches!(
                    e,
                    Event::End(TagEnd::CodeBlock | TagEnd::HtmlBlock | TagEnd::MetadataBlock(_))
                ) =>
            {
                true
            }
            Event::Start(Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::MetadataBlock(_)) => {
                verbatim += 1;
                true
            }
            Event::End(TagEnd::CodeBlock | TagEnd::HtmlBlock | TagEnd::MetadataBlock(_)) => {
                verbatim = verbatim.saturating_sub(1);
                true
            }
            Event::Start(t) => !is_inline(t),
            Event::End(t) => !is_inline_end(*t),
            Event::Html(h) | Event::InlineHtml(h) => !is_inline_html(h),
            Event::Rule | Event::DisplayMath(_) => true,
            _ => false,
        };
        if boundary {
            inline_block(std::mem::take(&mut block), context, &mut out);
            out.push(e);
        } else {
            block.push(e);
        }
    }
    inline_block(block, context, &mut out);
    out
}

/// Inline HTML that carries text of its own (the glossary's first-use links: `asylum is <a
/// class="term" …>asylum</a> …`) as separate events, tags and text, so that its text is
/// isolated and searched for phone numbers like any other.
fn explode_text_html(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut out = Vec::with_capacity(events.len());
    let mut verbatim = 0usize;
    for e in events {
        match &e {
            Event::Start(Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::MetadataBlock(_)) => {
                verbatim += 1
            }
            Event::End(TagEnd::CodeBlock | TagEnd::HtmlBlock | TagEnd::MetadataBlock(_)) => {
                verbatim = verbatim.saturating_sub(1)
            }
            Event::Html(h) | Event::InlineHtml(h)
                if verbatim == 0 && !h.trim_start().starts_with('<') =>
            {
                let mut rest: &str = h;
                while !rest.is_empty() {
                    let (text, tag) = match rest.find('<') {
                        Some(0) => {
                            let end = rest.find('>').map_or(rest.len(), |g| g + 1);
                            out.push(Event::InlineHtml(rest[..end].to_string().into()));
                            rest = &rest[end..];
                            continue;
                        }
                        Some(i) => (&rest[..i], &rest[i..]),
                        None => (rest, ""),
                    };
                    out.push(Event::Text(unescape(text).into()));
                    rest = tag;
                }
                continue;
            }
            _ => {}
        }
        out.push(e);
    }
    out
}

/// The text of escaped HTML (`escape_into`'s five entities).
fn unescape(html: &str) -> String {
    html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// pulldown-cmark splits text at characters that might have been markup; a phone number or
/// a run may span the pieces.
fn merge_text(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    for e in events {
        if let (Event::Text(t), Some(Event::Text(prev))) = (&e, out.last_mut()) {
            let mut joined = prev.to_string();
            joined.push_str(t);
            *prev = joined.into();
            continue;
        }
        out.push(e);
    }
    out
}

fn is_inline(t: &Tag) -> bool {
    matches!(
        t,
        Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. }
            | Tag::Image { .. }
    )
}

fn is_inline_end(t: TagEnd) -> bool {
    matches!(
        t,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image
    )
}

const INLINE_TAGS: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "del", "dfn", "em", "i", "img", "ins",
    "kbd", "mark", "q", "s", "small", "span", "strong", "sub", "sup", "time", "u", "wbr",
];

/// The name of the first tag in a fragment of HTML, lower-cased, and whether it is an end tag.
fn first_tag(html: &str) -> Option<(String, bool)> {
    let rest = html.trim_start().strip_prefix('<')?;
    let (end, rest) = match rest.strip_prefix('/') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let name: String = rest
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    (!name.is_empty()).then_some((name, end))
}

fn is_inline_html(html: &str) -> bool {
    first_tag(html).is_some_and(|(name, _)| INLINE_TAGS.contains(&name.as_str()))
}

/// How an inline HTML fragment nests: start tags minus end tags of elements that have an end
/// (`<br>`, `<img>`, `<wbr>` do not).
fn nesting(html: &str) -> i32 {
    let mut depth = 0;
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i..];
        if let Some((name, end)) = first_tag(rest) {
            let self_closing = rest.find('>').is_some_and(|g| rest[..g].ends_with('/'));
            if !matches!(name.as_str(), "br" | "img" | "wbr" | "input") && !self_closing {
                depth += if end { -1 } else { 1 };
            }
        }
        rest = &rest[1..];
    }
    depth
}

/// A part of a block's inline content, with the events it stands for.
enum Item<'a> {
    /// Text; `soft` for a soft line break (written back as one).
    Text { text: CowStr<'a>, soft: bool },
    Other {
        piece: Piece<'static>,
        events: Vec<Event<'a>>,
    },
}

fn inline_block<'a>(block: Vec<Event<'a>>, context: &Direction, out: &mut Vec<Event<'a>>) {
    if block.is_empty() {
        return;
    }
    let items = items(block, context);
    let texts: Vec<&str> = items
        .iter()
        .filter_map(|i| match i {
            Item::Text { text, .. } => Some(text.as_ref()),
            Item::Other { .. } => None,
        })
        .collect();
    let runs = if texts.iter().any(|t| needs_isolation(t, context)) {
        let pieces: Vec<Piece> = items
            .iter()
            .map(|i| match i {
                Item::Text { text, .. } => Piece::Text(text),
                Item::Other { piece, .. } => piece.clone(),
            })
            .collect();
        runs(&pieces, context, Extent::Whole)
    } else {
        Vec::new()
    };
    let mut marks: Vec<(Pos, CowStr<'a>)> = Vec::with_capacity(runs.len() * 2);
    for r in &runs {
        marks.push((r.start, open_tag(r, context).into()));
        marks.push((r.end, close_tag(r).into()));
    }
    // Runs do not overlap; at one place the end of a run comes before the start of the next.
    marks.sort_by_key(|(p, m)| (*p, !(m.starts_with("</") || m.as_ref() == "\u{2069}")));
    let mut marks = marks.into_iter().peekable();
    for (k, item) in items.into_iter().enumerate() {
        match item {
            Item::Text { text, soft } => {
                if marks.peek().is_none_or(|(p, _)| p.piece != k) {
                    out.push(if soft {
                        Event::SoftBreak
                    } else {
                        Event::Text(text)
                    });
                    continue;
                }
                let mut at = 0;
                while let Some((pos, mark)) = marks.next_if(|(p, _)| p.piece == k) {
                    if pos.offset > at {
                        out.push(Event::Text(text[at..pos.offset].to_string().into()));
                    }
                    out.push(Event::InlineHtml(mark));
                    at = pos.offset;
                }
                if at < text.len() {
                    out.push(Event::Text(text[at..].to_string().into()));
                }
            }
            Item::Other { events, .. } => {
                while let Some((_, mark)) = marks.next_if(|(p, _)| p.piece == k) {
                    out.push(Event::InlineHtml(mark));
                }
                out.extend(events);
            }
        }
    }
    out.extend(marks.map(|(_, m)| Event::InlineHtml(m)));
}

/// How an event changes the nesting of inline elements.
fn depth_change(e: &Event) -> i32 {
    match e {
        Event::Start(_) => 1,
        Event::End(_) => -1,
        Event::Html(h) | Event::InlineHtml(h) => nesting(h),
        _ => 0,
    }
}

/// Takes from `rest` the events up to the end of the element that `first` opens.
fn element<'a>(first: Event<'a>, rest: &mut impl Iterator<Item = Event<'a>>) -> Vec<Event<'a>> {
    let mut depth = depth_change(&first);
    let mut events = vec![first];
    while depth > 0 {
        let Some(e) = rest.next() else { break };
        depth += depth_change(&e);
        events.push(e);
    }
    events
}

/// The value of `dir="…"` in a start tag.
pub(super) fn dir_attribute(html: &str) -> Option<Direction> {
    let tag = &html[..html.find('>').unwrap_or(html.len())];
    let lower = tag.to_ascii_lowercase();
    let at = lower.find(" dir=")? + 5;
    let value = lower[at..].trim_start_matches(['"', '\'']);
    if value.starts_with("rtl") {
        Some(Direction::Rtl)
    } else if value.starts_with("ltr") {
        Some(Direction::Ltr)
    } else {
        None
    }
}

/// The block's inline events as items: text (split around phone numbers, which become
/// links), element boundaries, and unsplittable atoms.
fn items<'a>(block: Vec<Event<'a>>, context: &Direction) -> Vec<Item<'a>> {
    let other = |piece, events| Item::Other { piece, events };
    let mut items = Vec::with_capacity(block.len());
    let mut links = 0usize;
    let mut rest = block.into_iter();
    while let Some(e) = rest.next() {
        let item = match e {
            Event::Text(text) => {
                let found = if links == 0 {
                    crate::render::phone::find(&text)
                } else {
                    Vec::new()
                };
                if found.is_empty() {
                    items.push(Item::Text { text, soft: false });
                    continue;
                }
                let mut at = 0;
                for f in found {
                    if f.range.start > at {
                        items.push(Item::Text {
                            text: text[at..f.range.start].to_string().into(),
                            soft: false,
                        });
                    }
                    let link = crate::render::phone::link(&text[f.range.clone()], &f.tel, context);
                    items.push(other(
                        Piece::Atom {
                            dir: Some(Direction::Ltr),
                            isolated: *context == Direction::Rtl,
                        },
                        vec![Event::InlineHtml(link.into())],
                    ));
                    at = f.range.end;
                }
                if at < text.len() {
                    Item::Text {
                        text: text[at..].to_string().into(),
                        soft: false,
                    }
                } else {
                    continue;
                }
            }
            Event::SoftBreak => Item::Text {
                text: "\n".into(),
                soft: true,
            },
            Event::Code(ref c) | Event::InlineMath(ref c) => {
                let dir = first_strong(c);
                other(
                    Piece::Atom {
                        dir,
                        isolated: false,
                    },
                    vec![e],
                )
            }
            // An image's description is its alt text: never marked up.
            Event::Start(Tag::Image { .. }) => other(
                Piece::Atom {
                    dir: None,
                    isolated: false,
                },
                element(e, &mut rest),
            ),
            Event::Start(ref t) => {
                links += usize::from(matches!(t, Tag::Link { .. }));
                other(Piece::Open, vec![e])
            }
            Event::End(t) => {
                if t == TagEnd::Link {
                    links = links.saturating_sub(1);
                }
                other(Piece::Close, vec![e])
            }
            Event::Html(ref h) | Event::InlineHtml(ref h) => {
                let (name, end) = first_tag(h).unwrap_or_default();
                let depth = nesting(h);
                if h.contains("<a ") || h.contains("<a>") {
                    links += 1;
                }
                if h.contains("</a>") {
                    links = links.saturating_sub(1);
                }
                let dir = dir_attribute(h);
                if depth > 0 && !end && (name == "bdi" || name == "bdo" || dir.is_some()) {
                    // Already isolated by its author: taken whole.
                    other(
                        Piece::Atom {
                            dir,
                            isolated: true,
                        },
                        element(e, &mut rest),
                    )
                } else {
                    let piece = match depth {
                        1 => Piece::Open,
                        -1 => Piece::Close,
                        _ => Piece::Barrier,
                    };
                    other(piece, vec![e])
                }
            }
            Event::FootnoteReference(_) => other(
                Piece::Atom {
                    dir: None,
                    isolated: false,
                },
                vec![e],
            ),
            _ => other(Piece::Barrier, vec![e]),
        };
        items.push(item);
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    const RTL: &Direction = &Direction::Rtl;
    const LTR: &Direction = &Direction::Ltr;

    fn md(text: &str, context: &Direction) -> String {
        let events: Vec<Event> =
            pulldown_cmark::Parser::new_ext(text, crate::render::markdown::options()).collect();
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, markdown(events, context).into_iter());
        html
    }

    #[test]
    fn markdown_phone_numbers_become_links() {
        assert_eq!(
            md("اتصل بالرقم 1-800-898-7180 الآن.", RTL),
            "<p>اتصل بالرقم <a href=\"tel:+18008987180\" dir=\"ltr\">1-800-898-7180</a> الآن.</p>\n"
        );
        assert_eq!(
            md("Call **(202) 555-0123** or 1-888-373-7888.", LTR),
            "<p>Call <strong><a href=\"tel:+12025550123\">(202) 555-0123</a></strong> or \
             <a href=\"tel:+18883737888\">1-888-373-7888</a>.</p>\n"
        );
        // Not inside a link's text, a code span, a code block or an image description.
        for text in [
            "[1-800-898-7180](https://example.org/)",
            "`1-800-898-7180`",
            "```\n1-800-898-7180\n```",
            "![1-800-898-7180](a.png)",
        ] {
            assert!(!md(text, LTR).contains("tel:"), "{text}: {}", md(text, LTR));
        }
    }

    #[test]
    fn markdown_runs_are_isolated_across_inline_elements() {
        assert_eq!(
            md("النموذج **I-589** form للجوء.", RTL),
            "<p>النموذج <bdi><strong>I-589</strong> form</bdi> للجوء.</p>\n"
        );
        assert_eq!(
            md("- **Chrome:** افتح **History** (السجل)", RTL),
            "<ul>\n<li><strong><bdi>Chrome</bdi>:</strong> افتح <strong><bdi>History</bdi></strong> (السجل)</li>\n</ul>\n"
        );
        assert_eq!(
            md("انظر <https://example.org/>.", RTL),
            "<p>انظر <a href=\"https://example.org/\"><bdi>https://example.org/</bdi></a>.</p>\n"
        );
        assert_eq!(
            md("قال English *name:* هنا", RTL),
            "<p>قال \u{2066}English <em>name\u{2069}:</em> هنا</p>\n"
        );
        assert_eq!(
            md("## INA 208 (اللجوء)", RTL),
            "<h2><bdi>INA 208</bdi> (اللجوء)</h2>\n"
        );
    }

    #[test]
    fn markdown_english_paragraph_in_an_arabic_guide_is_one_run() {
        assert_eq!(
            md("Form I-589 is free.\n\nالنموذج مجاني.", RTL),
            "<p><bdi>Form I-589 is free.</bdi></p>\n<p>النموذج مجاني.</p>\n"
        );
    }

    #[test]
    fn markdown_leaves_code_alt_text_and_isolated_html_alone() {
        let code = "```\nAsylum (I-589) 2025-03-01\n```\n";
        assert_eq!(
            md(code, RTL),
            "<pre><code>Asylum (I-589) 2025-03-01\n</code></pre>\n"
        );
        assert_eq!(
            md("صورة ![Asylum office](a.png) هنا", RTL),
            "<p>صورة <img src=\"a.png\" alt=\"Asylum office\" /> هنا</p>\n"
        );
        assert_eq!(
            md(
                "الاسم <bdi>Asylum Office</bdi>. و<span dir=\"ltr\">1-800</span>",
                RTL
            ),
            "<p>الاسم <bdi>Asylum Office</bdi>. و<span dir=\"ltr\">1-800</span></p>\n"
        );
        // A code span is part of the run around it.
        assert_eq!(
            md("اكتب `I-589` form هنا", RTL),
            "<p>اكتب <bdi><code>I-589</code> form</bdi> هنا</p>\n"
        );
    }

    #[test]
    fn markdown_in_a_left_to_right_guide_is_unchanged_apart_from_phones() {
        let text = "# Title\n\nSome *text* (with [a link](https://example.org/)), `code`, \
                    2025-03-01 and I-589.\n\n> [!NOTE]\n> A note.\n";
        let events: Vec<Event> =
            pulldown_cmark::Parser::new_ext(text, crate::render::markdown::options()).collect();
        let mut plain = String::new();
        pulldown_cmark::html::push_html(&mut plain, events.into_iter());
        assert_eq!(md(text, LTR), plain);
    }

    #[test]
    fn markdown_text_inside_generated_html_is_isolated_too() {
        // The glossary links a term's first use by turning a text event into HTML.
        let events = vec![
            Event::Start(Tag::Paragraph),
            Event::Html(
                "اتصل بـ <a class=\"term\" href=\"/ar/glossary/#x\">المحكمة</a> على 1-800-898-7180 &amp; USCIS."
                    .into(),
            ),
            Event::End(TagEnd::Paragraph),
        ];
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, markdown(events, RTL).into_iter());
        assert_eq!(
            html,
            "<p>اتصل بـ <a class=\"term\" href=\"/ar/glossary/#x\">المحكمة</a> على \
             <bdi><a href=\"tel:+18008987180\" dir=\"ltr\">1-800-898-7180</a> &amp; USCIS</bdi>.</p>\n"
        );
    }
}
