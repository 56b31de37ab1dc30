//! Raw HTML in content: one allow-list, enforced by ammonia and reported from the same HTML
//! tokenizer ammonia parses with (html5ever), so every removal is named with its line —
//! elements, attributes and URLs alike (a `data:` image or a `whatsapp:` link included).

use std::cell::RefCell;
use std::sync::LazyLock;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

use crate::model::link;

pub(crate) const ALLOWED_TAGS: &[&str] = &[
    "a",
    "abbr",
    "address",
    "b",
    "bdi",
    "bdo",
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
    "wbr",
];

pub(crate) const ALLOWED_ATTRS: &[&str] = &[
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

/// Attributes holding a URL, checked against the scheme allow-list.
const URL_ATTRS: &[&str] = &["href", "src", "cite"];

/// Elements whose content goes with them when they are removed.
const CONTENT_TAGS: &[&str] = &[
    "script", "style", "iframe", "noscript", "template", "object",
];

/// The elements of HTML. Anything else written like a tag in text (`<FPCA>`, `<name>`) is
/// not markup but text, and is shown as such.
const HTML_ELEMENTS: &[&str] = &[
    "a",
    "abbr",
    "address",
    "area",
    "article",
    "aside",
    "audio",
    "b",
    "base",
    "bdi",
    "bdo",
    "blockquote",
    "body",
    "br",
    "button",
    "canvas",
    "caption",
    "cite",
    "code",
    "col",
    "colgroup",
    "data",
    "datalist",
    "dd",
    "del",
    "details",
    "dfn",
    "dialog",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hgroup",
    "hr",
    "html",
    "i",
    "iframe",
    "img",
    "input",
    "ins",
    "kbd",
    "label",
    "legend",
    "li",
    "link",
    "main",
    "map",
    "mark",
    "math",
    "menu",
    "meta",
    "meter",
    "nav",
    "noscript",
    "object",
    "ol",
    "optgroup",
    "option",
    "output",
    "p",
    "param",
    "picture",
    "pre",
    "progress",
    "q",
    "rp",
    "rt",
    "ruby",
    "s",
    "samp",
    "script",
    "search",
    "section",
    "select",
    "slot",
    "small",
    "source",
    "span",
    "strong",
    "style",
    "sub",
    "summary",
    "sup",
    "svg",
    "table",
    "tbody",
    "td",
    "template",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "time",
    "title",
    "tr",
    "track",
    "u",
    "ul",
    "var",
    "video",
    "wbr",
    "frame",
    "frameset",
    "applet",
    "embed",
    "center",
    "font",
    "marquee",
    "blink",
    "base",
    "plaintext",
    "xmp",
    "listing",
    "noembed",
    "noframes",
];

/// Whether `name` is an HTML element (case-insensitive).
pub(crate) fn is_html_element(name: &str) -> bool {
    HTML_ELEMENTS.iter().any(|e| e.eq_ignore_ascii_case(name))
}

static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::empty();
    b.add_tags(ALLOWED_TAGS.iter().copied())
        .add_generic_attributes(ALLOWED_ATTRS.iter().copied())
        .add_url_schemes(link::SCHEMES.iter().copied())
        .add_clean_content_tags(CONTENT_TAGS.iter().copied())
        .link_rel(None)
        .strip_comments(true)
        // The same URL policy as everywhere: ammonia's own scheme check, plus ours for
        // what browsers read past (tabs inside `java\tscript:`).
        .attribute_filter(|_, attr, value| {
            if URL_ATTRS.contains(&attr) && link::classify(value).is_err() {
                None
            } else {
                Some(value.into())
            }
        });
    b
});

/// `html` with everything outside the allow-list removed.
pub(crate) fn clean(html: &str) -> String {
    SANITIZER.clean(html).to_string()
}

/// What [`clean`] removes from a fragment of raw HTML: (description, 1-based line in the
/// fragment).
pub(crate) fn removals(fragment: &str) -> Vec<(String, u32)> {
    let sink = Report::default();
    let tok = Tokenizer::new(sink, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(fragment));
    let _ = tok.feed(&input);
    tok.end();
    tok.sink.found.into_inner()
}

#[derive(Default)]
struct Report {
    found: RefCell<Vec<(String, u32)>>,
}

impl TokenSink for Report {
    type Handle = ();

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<()> {
        let line = line.min(u64::from(u32::MAX)) as u32;
        let Token::TagToken(tag) = token else {
            return TokenSinkResult::Continue;
        };
        if tag.kind == TagKind::EndTag {
            return TokenSinkResult::Continue;
        }
        let name = tag.name.to_ascii_lowercase();
        let mut found = self.found.borrow_mut();
        if !ALLOWED_TAGS.contains(&name.as_str()) {
            found.push((format!("element <{name}>"), line));
        } else {
            for attr in &tag.attrs {
                let a = attr.name.local.to_ascii_lowercase();
                if !ALLOWED_ATTRS.contains(&a.as_str()) {
                    found.push((format!("attribute `{a}` on <{name}>"), line));
                } else if URL_ATTRS.contains(&a.as_str())
                    && let Err(e) = link::classify(&attr.value)
                {
                    found.push((format!("`{a}` on <{name}> ({e})"), line));
                }
            }
        }
        // Like the tree builder, read the content of these elements as text, not tags.
        match name.as_str() {
            "script" => TokenSinkResult::RawData(RawKind::ScriptData),
            "style" | "iframe" | "noembed" | "noframes" | "xmp" => {
                TokenSinkResult::RawData(RawKind::Rawtext)
            }
            "textarea" | "title" => TokenSinkResult::RawData(RawKind::Rcdata),
            "plaintext" => TokenSinkResult::Plaintext,
            _ => TokenSinkResult::Continue,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_removal_is_reported() {
        let html = "<div dir=\"rtl\" onclick=\"x()\">hola</div>\n<script>if (a<b) {}</script>\n<img src=\"data:image/png;base64,AAA\" alt=x>\n<a href=\"whatsapp://send\">w</a>\n<a href=\"java\tscript:alert(1)\">j</a>";
        let found: Vec<_> = removals(html)
            .into_iter()
            .map(|(w, l)| format!("{l}: {w}"))
            .collect();
        assert_eq!(
            found,
            [
                "1: attribute `onclick` on <div>",
                "2: element <script>",
                "3: `src` on <img> (`data:` links are not allowed (only http:, https:, mailto:, tel:))",
                "4: `href` on <a> (`whatsapp:` links are not allowed (only http:, https:, mailto:, tel:))",
                "5: `href` on <a> (`javascript:` links are not allowed (only http:, https:, mailto:, tel:))",
            ]
        );
        let out = clean(html);
        assert!(out.contains("<div dir=\"rtl\">hola</div>"), "{out}");
        for gone in [
            "onclick",
            "script",
            "data:",
            "whatsapp",
            "javascript",
            "alert",
        ] {
            assert!(!out.contains(gone), "{gone} in {out}");
        }
    }

    #[test]
    fn elements() {
        assert!(is_html_element("DIV") && is_html_element("script"));
        assert!(!is_html_element("FPCA") && !is_html_element("name"));
    }
}
