//! Links relative to their page: the pass behind `build --relative-urls` (and
//! `relative_urls = true`) and `site-gen bundle`, so a copy of the site works from `file://`,
//! a USB stick, a zip or any sub-folder.
//!
//! Every page is rendered with the site's own absolute paths (`/rights/en/asylum/`), as
//! always; this pass then reads each HTML file with the HTML tokenizer (html5ever, the one
//! the sanitiser uses) and writes it again with every URL that points into the site made
//! relative to the file: `../../style.css`, `../asylum/index.html`. Folder links get
//! `index.html`, since `file://` has no folder index. Fragments (`#x`), other sites,
//! `mailto:` and `tel:` are left as they are.
//!
//! Invariant: the rewritten page means the same as the original, token for token (the
//! tokenizer decodes character references and the writer escapes again), apart from the
//! URLs; script and style contents pass unchanged.

use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

use super::Sink;
use super::plan::encode_segment;
use crate::config::Config;

/// Where the site lives, and which files a copy holds.
pub(crate) struct Target<'a> {
    /// The path part of the base URL (`/` or `/rights/`).
    pub(crate) base_path: &'a str,
    /// `https://example.org` when the base URL has a host: links to it are the site's too.
    pub(crate) origin: Option<&'a str>,
    /// Whether the copy holds an output file (`en/asylum/index.html`). A link to a file it
    /// lacks becomes the site's absolute URL when the site has an origin (the page on the
    /// web), and stays relative otherwise.
    pub(crate) holds: &'a (dyn Fn(&str) -> bool + Sync),
}

impl<'a> Target<'a> {
    /// The whole site, every file present.
    pub(crate) fn site(config: &'a Config) -> Target<'a> {
        Target {
            base_path: config.base_path(),
            origin: config.origin(),
            holds: &|_| true,
        }
    }
}

/// Attributes that hold one URL.
const URL_ATTRS: &[&str] = &[
    "href",
    "src",
    "action",
    "formaction",
    "poster",
    "cite",
    "data",
    "background",
    "longdesc",
    "manifest",
];

/// `html`, the file at output path `page` (`en/asylum/x/index.html`), with every link into
/// the site relative to it.
pub(crate) fn relativise(html: &str, page: &str, target: &Target) -> String {
    edit_tags(html, &Relativise { page, target })
}

/// What a pass over a page's tags changes: attribute values, and element names.
pub trait Edit {
    /// The new value of attribute `name` of element `tag`, or `None` to keep it. `refresh`:
    /// the element is `<meta http-equiv="refresh">`.
    fn attr(&self, tag: &str, name: &str, value: &str, refresh: bool) -> Option<String>;
    /// A new name for an element (start and end tags), or `None` to keep it.
    fn rename(&self, _tag: &str) -> Option<String> {
        None
    }
}

/// `html` read with the HTML tokenizer and written again with `edit` applied to its tags.
pub fn edit_tags(html: &str, edit: &dyn Edit) -> String {
    let sink = Writer {
        out: RefCell::new(String::with_capacity(html.len() + html.len() / 16)),
        edit,
        raw: RefCell::new(None),
    };
    let tok = Tokenizer::new(sink, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let _ = tok.feed(&input);
    tok.end();
    tok.sink.out.into_inner()
}

/// One URL as seen from output file `page`: `Some(new)` when it points into the site, `None`
/// to leave it as it is.
pub(crate) fn rewrite(url: &str, page: &str, target: &Target) -> Option<String> {
    let url = url.trim_matches(|c: char| c.is_ascii_whitespace());
    if url.is_empty() || url.starts_with('#') {
        return None;
    }
    // Resolve against the page's own address on a stand-in host, so that root-relative,
    // relative and same-origin absolute URLs all come out as a path on that host.
    const HOST: &str = "http://site.invalid";
    let page_url = format!("{HOST}{}{}", target.base_path, encode_path(page));
    let base = url::Url::parse(&page_url).ok()?;
    let local = match target.origin {
        Some(origin) if url.starts_with(origin) => {
            let rest = &url[origin.len()..];
            if !(rest.is_empty() || rest.starts_with(['/', '?', '#'])) {
                return None;
            }
            format!("{HOST}{}", if rest.is_empty() { "/" } else { rest })
        }
        _ => url.to_string(),
    };
    let resolved = base.join(&local).ok()?;
    if resolved.origin() != base.origin() {
        return None;
    }
    let path = resolved.path();
    let rel = path.strip_prefix(target.base_path)?;
    let mut file = rel.to_string();
    if file.is_empty() || file.ends_with('/') {
        file.push_str("index.html");
    }
    let suffix = |mut s: String| {
        if let Some(q) = resolved.query() {
            s.push('?');
            s.push_str(q);
        }
        if let Some(f) = resolved.fragment() {
            s.push('#');
            s.push_str(f);
        }
        s
    };
    let decoded = percent_encoding::percent_decode_str(&file).decode_utf8_lossy();
    if !(target.holds)(&decoded)
        && let Some(origin) = target.origin
    {
        return Some(suffix(format!("{origin}{path}")));
    }
    Some(suffix(relative_path(&encode_path(page), &file)))
}

/// Output path segments percent-encoded as in URLs.
fn encode_path(path: &str) -> String {
    path.split('/')
        .map(encode_segment)
        .collect::<Vec<_>>()
        .join("/")
}

/// The path from the folder of `from` to `to`, both relative to the site root and encoded.
fn relative_path(from: &str, to: &str) -> String {
    let from_dirs: Vec<&str> = from.split('/').collect();
    let from_dirs = &from_dirs[..from_dirs.len() - 1];
    let to_parts: Vec<&str> = to.split('/').collect();
    let (to_dirs, to_file) = to_parts.split_at(to_parts.len() - 1);
    let common = from_dirs
        .iter()
        .zip(to_dirs)
        .take_while(|(a, b)| a == b)
        .count();
    let mut out = "../".repeat(from_dirs.len() - common);
    for d in &to_dirs[common..] {
        out.push_str(d);
        out.push('/');
    }
    out.push_str(to_file[0]);
    out
}

/// `srcset`: comma-separated `URL [descriptor]` candidates.
fn rewrite_srcset(value: &str, page: &str, target: &Target) -> Option<String> {
    let mut changed = false;
    let parts: Vec<String> = value
        .split(',')
        .map(|candidate| {
            let c = candidate.trim();
            let (url, descriptor) = c.split_once(char::is_whitespace).unwrap_or((c, ""));
            match rewrite(url, page, target) {
                Some(u) => {
                    changed = true;
                    if descriptor.is_empty() {
                        u
                    } else {
                        format!("{u} {}", descriptor.trim())
                    }
                }
                None => c.to_string(),
            }
        })
        .collect();
    changed.then(|| parts.join(", "))
}

/// `<meta http-equiv="refresh" content="0; url=/x/">`.
fn rewrite_refresh(value: &str, page: &str, target: &Target) -> Option<String> {
    let lower = value.to_ascii_lowercase();
    let at = lower.find("url=")? + 4;
    let url = value[at..].trim_matches(|c| c == '\'' || c == '"' || c == ' ');
    rewrite(url, page, target).map(|u| format!("{}{u}", &value[..at]))
}

/// A `data-*` attribute that holds a path of the site (the screener's `data-rules`).
fn looks_like_site_path(value: &str, target: &Target) -> bool {
    value.starts_with(target.base_path)
        && !value.starts_with("//")
        && !value.contains(char::is_whitespace)
}

struct Relativise<'a> {
    page: &'a str,
    target: &'a Target<'a>,
}

impl Edit for Relativise<'_> {
    fn attr(&self, tag: &str, name: &str, value: &str, refresh: bool) -> Option<String> {
        if URL_ATTRS.contains(&name) {
            rewrite(value, self.page, self.target)
        } else if name == "srcset" {
            rewrite_srcset(value, self.page, self.target)
        } else if name == "content" && tag == "meta" && refresh {
            rewrite_refresh(value, self.page, self.target)
        } else if name.starts_with("data-") && looks_like_site_path(value, self.target) {
            rewrite(value, self.page, self.target)
        } else {
            None
        }
    }
}

struct Writer<'a> {
    out: RefCell<String>,
    edit: &'a dyn Edit,
    /// Inside an element whose text is written as it is (`script`, `style`).
    raw: RefCell<Option<String>>,
}

impl TokenSink for Writer<'_> {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut out = self.out.borrow_mut();
        match token {
            Token::DoctypeToken(d) => {
                out.push_str("<!doctype ");
                out.push_str(d.name.as_deref().unwrap_or("html"));
                out.push('>');
            }
            Token::TagToken(tag) => {
                let name = tag.name.to_string();
                let written = self.edit.rename(&name).unwrap_or_else(|| name.clone());
                if tag.kind == TagKind::EndTag {
                    out.push_str("</");
                    out.push_str(&written);
                    out.push('>');
                    self.raw.replace(None);
                    return TokenSinkResult::Continue;
                }
                let refresh = tag.attrs.iter().any(|a| {
                    &*a.name.local == "http-equiv" && a.value.eq_ignore_ascii_case("refresh")
                });
                out.push('<');
                out.push_str(&written);
                for a in &tag.attrs {
                    let attr = a.name.local.to_string();
                    out.push(' ');
                    out.push_str(&attr);
                    let value = self
                        .edit
                        .attr(&name, &attr, &a.value, refresh)
                        .unwrap_or_else(|| a.value.to_string());
                    if !value.is_empty() {
                        out.push_str("=\"");
                        escape_attr(&value, &mut out);
                        out.push('"');
                    }
                }
                if tag.self_closing {
                    out.push_str(" /");
                }
                out.push('>');
                // Like the tree builder, read the content of these elements as text.
                let kind = match name.as_str() {
                    "script" => Some(RawKind::ScriptData),
                    "style" | "iframe" | "noembed" | "noframes" | "xmp" => Some(RawKind::Rawtext),
                    "title" | "textarea" => Some(RawKind::Rcdata),
                    _ => None,
                };
                if let Some(k) = kind {
                    // RCDATA text is escaped again on the way out; raw text is not.
                    if k != RawKind::Rcdata {
                        self.raw.replace(Some(name));
                    }
                    return TokenSinkResult::RawData(k);
                }
            }
            Token::CharacterTokens(text) => {
                if self.raw.borrow().is_some() {
                    out.push_str(&text);
                } else {
                    escape_text(&text, &mut out);
                }
            }
            Token::NullCharacterToken => out.push('\u{FFFD}'),
            Token::CommentToken(text) => {
                out.push_str("<!--");
                out.push_str(&text);
                out.push_str("-->");
            }
            Token::EOFToken | Token::ParseError(_) => {}
        }
        TokenSinkResult::Continue
    }
}

fn escape_text(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\u{A0}' => out.push_str("&nbsp;"),
            c => out.push(c),
        }
    }
}

fn escape_attr(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\u{A0}' => out.push_str("&nbsp;"),
            c => out.push(c),
        }
    }
}

/// The page that reads a data file with links in it, for files the site's scripts fetch:
/// the screener's rules (`screener/rules.es.json` → `es/screener/index.html`). Their links
/// are made relative to that page, where the script puts them.
fn json_reader(path: &str) -> Option<String> {
    let lang = path
        .strip_prefix("screener/rules.")?
        .strip_suffix(".json")?;
    Some(format!("{lang}/screener/index.html"))
}

/// A data file with every string that is a link to a page of the site (a site path ending
/// in `/` or `.html`, with an optional fragment) made relative to `reader`.
pub(crate) fn relativise_json(text: &str, reader: &str, target: &Target) -> Option<String> {
    fn walk(v: &mut serde_json::Value, reader: &str, target: &Target) {
        match v {
            serde_json::Value::String(s) => {
                let path = s.split(['#', '?']).next().unwrap_or_default();
                if looks_like_site_path(s, target)
                    && (path.ends_with('/') || path.ends_with(".html"))
                    && let Some(new) = rewrite(s, reader, target)
                {
                    *s = new;
                }
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(|x| walk(x, reader, target)),
            serde_json::Value::Object(o) => o.values_mut().for_each(|x| walk(x, reader, target)),
            _ => {}
        }
    }
    let mut v: serde_json::Value = serde_json::from_str(text).ok()?;
    walk(&mut v, reader, target);
    serde_json::to_string(&v).ok()
}

/// One output file with its links made relative, when it is a page or a data file with
/// links; `None` when it stays as it is.
pub(crate) fn file(path: &str, bytes: &[u8], target: &Target) -> Option<Vec<u8>> {
    if path.ends_with(".html") {
        let html = std::str::from_utf8(bytes).ok()?;
        return Some(relativise(html, path, target).into_bytes());
    }
    let reader = json_reader(path)?;
    let text = std::str::from_utf8(bytes).ok()?;
    relativise_json(text, &reader, target).map(String::into_bytes)
}

/// A sink that makes the links of every page relative before passing it on.
pub(crate) struct Relative<'a> {
    pub(crate) inner: &'a dyn Sink,
    pub(crate) config: &'a Config,
}

impl Sink for Relative<'_> {
    fn put(&self, path: String, bytes: Vec<u8>) {
        let target = Target::site(self.config);
        match file(&path, &bytes, &target) {
            Some(new) => self.inner.put(path, new),
            None => self.inner.put(path, bytes),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site<'a>(base: &'a str, origin: Option<&'a str>) -> Target<'a> {
        Target {
            base_path: base,
            origin,
            holds: &|_| true,
        }
    }

    #[test]
    fn every_kind_of_link() {
        let t = site("/", Some("https://rights.example.org"));
        let page = "en/asylum/one-year-deadline/index.html";
        let r = |u: &str| rewrite(u, page, &t);
        assert_eq!(r("/style.css").as_deref(), Some("../../../style.css"));
        assert_eq!(r("/en/asylum/").as_deref(), Some("../index.html"));
        assert_eq!(r("/en/").as_deref(), Some("../../index.html"));
        assert_eq!(r("/").as_deref(), Some("../../../index.html"));
        assert_eq!(
            r("/en/asylum/one-year-deadline/#x").as_deref(),
            Some("index.html#x")
        );
        assert_eq!(
            r("/es/asylum/plazo/").as_deref(),
            Some("../../../es/asylum/plazo/index.html")
        );
        assert_eq!(
            r("https://rights.example.org/en/family/").as_deref(),
            Some("../../family/index.html")
        );
        assert_eq!(r("../other/").as_deref(), Some("../other/index.html"));
        assert_eq!(
            r("/screener/screener_wasm.js").as_deref(),
            Some("../../../screener/screener_wasm.js")
        );
        assert_eq!(r("#deadline"), None);
        assert_eq!(r("https://www.uscis.gov/i-589"), None);
        assert_eq!(r("https://rights.example.org.evil/x"), None);
        assert_eq!(r("mailto:help@example.org"), None);
        assert_eq!(r("tel:5550100"), None);
        assert_eq!(
            r("/a%20b/?q=1#f").as_deref(),
            Some("../../../a%20b/index.html?q=1#f")
        );
    }

    #[test]
    fn base_paths_and_encoded_folders() {
        let t = site("/rights/", None);
        let page = "ar/حقوق/index.html";
        assert_eq!(
            rewrite("/rights/style.css", page, &t).as_deref(),
            Some("../../style.css")
        );
        // A link to the same encoded folder stays in it.
        let enc = format!("/rights/ar/{}/", encode_segment("حقوق"));
        assert_eq!(rewrite(&enc, page, &t).as_deref(), Some("index.html"));
        // Outside the base path: not the site's.
        assert_eq!(rewrite("/elsewhere/", page, &t), None);
    }

    #[test]
    fn missing_files_go_to_the_web_when_the_site_has_an_origin() {
        let holds = |p: &str| p.starts_with("es/") || p == "style.css";
        let t = Target {
            base_path: "/",
            origin: Some("https://rights.example.org"),
            holds: &holds,
        };
        let page = "es/index.html";
        assert_eq!(
            rewrite("/en/", page, &t).as_deref(),
            Some("https://rights.example.org/en/")
        );
        assert_eq!(
            rewrite("/es/asylum/", page, &t).as_deref(),
            Some("asylum/index.html")
        );
        let no_origin = Target {
            base_path: "/",
            origin: None,
            holds: &holds,
        };
        assert_eq!(
            rewrite("/en/", page, &no_origin).as_deref(),
            Some("../en/index.html")
        );
    }

    #[test]
    fn pages_keep_their_meaning() {
        let t = site("/", Some("https://x.org"));
        let html = "<!doctype html>\n<html lang=\"ar\" dir=\"rtl\"><head><title>A &amp; B</title>\
            <link rel=\"stylesheet\" href=\"/style.css\"><link rel=\"canonical\" href=\"https://x.org/ar/\">\
            <script type=\"module\" src=\"/screener/app.js\"></script>\
            <meta http-equiv=\"refresh\" content=\"0; url=/ar/asylum/\"></head>\
            <body><!-- note --><a href=\"/ar/asylum/\" hidden>x &lt; y</a>\
            <img src=\"/ar/a.png\" srcset=\"/ar/a.png 1x, /ar/b.png 2x\" alt=\"\">\
            <div data-rules=\"/screener/rules.ar.json\" data-label=\"/ not a path\"></div>\
            <script>if (a < b && c) {}</script><p>\u{a0}&quot;</p></body></html>";
        let out = relativise(html, "ar/index.html", &t);
        for want in [
            "<!doctype html>",
            "<title>A &amp; B</title>",
            "href=\"../style.css\"",
            "rel=\"canonical\" href=\"index.html\"",
            "src=\"../screener/app.js\"",
            "content=\"0; url=asylum/index.html\"",
            "<!-- note -->",
            "<a href=\"asylum/index.html\" hidden>x &lt; y</a>",
            "srcset=\"a.png 1x, b.png 2x\"",
            "alt>",
            "data-rules=\"../screener/rules.ar.json\"",
            "data-label=\"/ not a path\"",
            "<script>if (a < b && c) {}</script>",
            "<p>&nbsp;\"</p>",
        ] {
            assert!(out.contains(want), "{want} missing from\n{out}");
        }
    }

    #[test]
    fn data_files_get_links_relative_to_their_page() {
        let t = site("/", None);
        let json = r#"{"guides":[{"url":"/es/asylum/x/#a","title":"/ no"}],"d":{"a":"/es/directory/#asylum"}}"#;
        let out = relativise_json(json, "es/screener/index.html", &t).unwrap();
        assert!(out.contains(r#""url":"../asylum/x/index.html#a""#), "{out}");
        assert!(out.contains(r#""title":"/ no""#), "{out}");
        assert!(
            out.contains(r#""a":"../directory/index.html#asylum""#),
            "{out}"
        );
        assert_eq!(
            json_reader("screener/rules.zh-Hans.json").as_deref(),
            Some("zh-Hans/screener/index.html")
        );
    }
}
