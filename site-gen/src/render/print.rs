//! The printable booklet, `/<lang>/print/`: every guide of a language in section order, each
//! with its title, review date and sources, then the legal-help directory, with a table of
//! contents, for clinics to print and hand out.
//!
//! Bodies come from [`super::body`], the function that renders every page's body, so the
//! booklet says what the pages say. Each body is then adjusted to sit inside one page: its
//! ids get the guide's prefix (`asylum/one-year-deadline:deadline`), so they stay unique;
//! links to a guide in the booklet go to its place in the booklet; and its headings move
//! down under the booklet's own (a guide's `##` under its title, under its section's).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use rayon::prelude::*;
use serde::Serialize;

use super::relative::{Edit, edit_tags};
use super::{Entry, Plan};
use crate::config::Language;
use crate::model::{PageKey, Site, Source, TranslationState};

/// The booklet's key: its URL is `<lang>/print/`.
pub(crate) const KEY: &str = "print/_index.md";

/// One heading and what follows it: a section's title and introduction, or a guide.
#[derive(Serialize)]
struct Item<'a> {
    /// `section` or `guide`.
    kind: &'static str,
    /// The element's id, also the prefix of the ids inside it.
    id: String,
    /// The heading level of its title (2–6).
    level: u8,
    title: &'a str,
    content: String,
    /// The body's language and direction, when it is not the reader's (a fallback).
    lang: Option<(&'a str, &'a str)>,
    /// The name of that language, for the notice.
    fallback_name: Option<&'a str>,
    outdated: bool,
    /// `YYYY-MM-DD`, and as the reader's language writes it.
    reviewed: Option<String>,
    reviewed_text: Option<String>,
    sources: &'a [Source],
}

/// A top-level section in the table of contents, with the guides under it.
#[derive(Serialize)]
struct TocEntry<'a> {
    id: String,
    title: &'a str,
    guides: Vec<(String, &'a str)>,
}

#[derive(Serialize)]
struct Booklet<'a> {
    items: Vec<Item<'a>>,
    toc: Vec<TocEntry<'a>>,
    /// The legal-help directory's areas, when the site has a directory.
    directory: Option<minijinja::Value>,
}

/// The booklet of readers of `lang`: the template's data, whose items hold a marker in place
/// of each body, and the bodies, to put in place of the markers with [`splice`] once the
/// template is rendered. (A booklet holds a whole language's text: it is not copied into the
/// template's values and out again.)
pub(crate) fn context(
    site: &Site,
    plan: &Plan,
    lang: &Language,
    kept: Option<&Kept>,
    renderer: &super::Renderer,
) -> (minijinja::Value, Vec<Arc<str>>) {
    // Entries in booklet order, with their depth (top-level section: 1).
    let mut order: Vec<(usize, u8)> = Vec::new();
    collect(plan, &lang.code, "", 0, &mut order);
    let home = super::permalink(&site.config, &lang.code, &PageKey::home(), None);
    let anchors: HashMap<&str, String> = order
        .iter()
        .map(|&(i, _)| (plan.entries[i].url, anchor(&home, plan.entries[i].url)))
        .collect();
    let (items, bodies): (Vec<Item>, Vec<Arc<str>>) = order
        .par_iter()
        .enumerate()
        .map(|(n, &(i, depth))| {
            let e = &plan.entries[i];
            let item = item(site, e, depth, &anchors, n);
            let make = || Arc::from(moved_body(site, plan, e, &item, &anchors, renderer));
            let body = match kept {
                Some(k) => k.get_or(i, make),
                None => make(),
            };
            (item, body)
        })
        .unzip();
    let mut toc: Vec<TocEntry> = Vec::new();
    for it in &items {
        // Top-level sections and pages are entries; what is below them is listed under them.
        match toc.last_mut() {
            Some(last) if it.level > 2 => last.guides.push((it.id.clone(), it.title)),
            _ => toc.push(TocEntry {
                id: it.id.clone(),
                title: it.title,
                guides: Vec::new(),
            }),
        }
    }
    let data = minijinja::Value::from(minijinja::value::Serde(&Booklet {
        items,
        toc,
        directory: site
            .directory
            .as_ref()
            .map(|_| super::directory::context(site, lang)),
    }));
    (data, bodies)
}

/// Stands for body `n` in the rendered template. Bodies never hold comments (the sanitiser
/// removes them), and the template's texts are escaped, so only markers look like this.
fn marker(n: usize) -> String {
    format!("<!--sg:body:{n}-->")
}

/// The rendered booklet with each body in place of its marker. Each body is let go once
/// copied, so a language's text is held about once, not twice.
pub(crate) fn splice(html: &str, bodies: Vec<Arc<str>>) -> String {
    let mut out = String::with_capacity(html.len() + bodies.iter().map(|b| b.len()).sum::<usize>());
    let mut rest = html;
    for (n, body) in bodies.into_iter().enumerate() {
        let m = marker(n);
        let Some(at) = rest.find(&m) else { continue };
        out.push_str(&rest[..at]);
        out.push_str(&body);
        rest = &rest[at + m.len()..];
    }
    out.push_str(rest);
    out
}

/// Bodies as moved into the booklets, by plan entry. `serve` keeps them between edits, so an
/// edit to a page renders its booklets again with only its own bodies rendered again (the
/// others cannot change: an in-place edit moves no page).
#[derive(Default)]
pub(crate) struct Kept(Mutex<HashMap<usize, Arc<str>>>);

impl Kept {
    /// Forgets the bodies of plan entries `which`, rendered again after an edit.
    pub(crate) fn forget(&self, which: &[usize]) {
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        for i in which {
            map.remove(i);
        }
    }

    fn get_or(&self, entry: usize, make: impl FnOnce() -> Arc<str>) -> Arc<str> {
        if let Some(b) = self.0.lock().unwrap_or_else(|e| e.into_inner()).get(&entry) {
            return Arc::clone(b);
        }
        let body = make();
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(entry, Arc::clone(&body));
        body
    }
}

/// The entries of the section in folder `dir` and below, in the order of the section pages:
/// its guides, then each subsection with its own.
fn collect(plan: &Plan, lang: &str, dir: &str, depth: u8, out: &mut Vec<(usize, u8)>) {
    let Some(listing) = plan.listing(lang, dir) else {
        return;
    };
    out.extend(listing.pages.iter().map(|&i| (i, depth)));
    for &s in &listing.sections {
        out.push((s, depth + 1));
        collect(plan, lang, plan.entries[s].key.dir(), depth + 1, out);
    }
}

/// A guide's id in the booklet: its address below the language's home (`home`),
/// `asylum/one-year-deadline` (percent-encoded, so without spaces; `:` is encoded too, as it
/// separates the prefix from the ids inside).
fn anchor(home: &str, url: &str) -> String {
    url.strip_prefix(home)
        .unwrap_or(url)
        .trim_end_matches('/')
        .replace(':', "%3A")
}

fn item<'a>(
    site: &'a Site,
    entry: &Entry<'a>,
    depth: u8,
    anchors: &HashMap<&str, String>,
    n: usize,
) -> Item<'a> {
    let section = entry.key.is_section();
    let src = entry.source;
    let body_lang = site
        .config
        .language(&src.lang)
        .filter(|_| entry.is_fallback());
    Item {
        kind: if section { "section" } else { "guide" },
        id: anchors[entry.url].clone(),
        level: if section { depth + 1 } else { depth + 2 }.min(6),
        title: &src.meta.title,
        content: marker(n),
        lang: body_lang.map(|l| (l.code.as_str(), l.dir.as_str())),
        fallback_name: body_lang.map(|l| l.name.as_str()),
        outdated: entry.state == TranslationState::Outdated,
        reviewed: src.meta.reviewed.map(|d| d.to_string()),
        reviewed_text: src
            .meta
            .reviewed
            .map(|d| super::dates::format(&site.locales, &entry.lang.code, d)),
        sources: &src.meta.sources,
    }
}

/// The entry's body, rendered as its page's is, moved in under `item`'s id and heading.
fn moved_body(
    site: &Site,
    plan: &Plan,
    entry: &Entry,
    item: &Item,
    anchors: &HashMap<&str, String>,
    renderer: &super::Renderer,
) -> String {
    let body = super::body(site, plan, entry, renderer.terms_for(entry));
    move_body(
        &body.html,
        &Fragment {
            prefix: &item.id,
            shift: item.level - 1,
            anchors,
        },
    )
}

/// `html`, a rendered body, with `f` applied to its tags. Bodies come from the Markdown
/// renderer and the sanitiser, whose tags are regular (every attribute value in double quotes,
/// every `<` in text escaped, no script or style), so a direct scan over the tags does the
/// job at a fraction of the tokenizer's cost (a booklet holds every body of a language). A
/// body the scan does not recognise goes through the tokenizer ([`edit_tags`]) instead.
fn move_body(html: &str, f: &Fragment) -> String {
    scan_tags(html, f).unwrap_or_else(|| edit_tags(html, f))
}

/// The direct scan behind [`move_body`]; `None` when the HTML is not of the regular kind.
fn scan_tags(html: &str, f: &Fragment) -> Option<String> {
    let mut out = String::with_capacity(html.len() + html.len() / 8);
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        rest = &rest[lt..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            let end = comment.find("-->")? + 7;
            out.push_str(&rest[..end]);
            rest = &rest[end..];
            continue;
        }
        let (end_tag, after) = match rest.strip_prefix("</") {
            Some(a) => (true, a),
            None => (false, &rest[1..]),
        };
        let name_len = after
            .find(|c: char| !c.is_ascii_alphanumeric())
            .filter(|&n| n > 0)?;
        let name = after[..name_len].to_ascii_lowercase();
        if matches!(
            name.as_str(),
            "script"
                | "style"
                | "textarea"
                | "title"
                | "xmp"
                | "iframe"
                | "noembed"
                | "noframes"
                | "plaintext"
        ) {
            return None;
        }
        let written = f
            .rename(&name)
            .unwrap_or_else(|| after[..name_len].to_string());
        out.push_str(if end_tag { "</" } else { "<" });
        out.push_str(&written);
        let mut attrs = &after[name_len..];
        loop {
            let trimmed = attrs.trim_start_matches([' ', '\n', '\t']);
            out.push_str(&attrs[..attrs.len() - trimmed.len()]);
            attrs = trimmed;
            if let Some(r) = attrs.strip_prefix('>') {
                out.push('>');
                rest = r;
                break;
            }
            if let Some(r) = attrs.strip_prefix("/>") {
                out.push_str("/>");
                rest = r;
                break;
            }
            if end_tag {
                return None;
            }
            let n = attrs.find(['=', ' ', '>', '/', '\n', '\t'])?;
            let attr = &attrs[..n];
            if attr.is_empty() || attr.contains(['"', '\'', '<']) {
                return None;
            }
            out.push_str(attr);
            attrs = &attrs[n..];
            let Some(v) = attrs.strip_prefix("=\"") else {
                if attrs.starts_with('=') {
                    return None;
                }
                continue;
            };
            let close = v.find('"')?;
            let value = &v[..close];
            out.push_str("=\"");
            match Edit::attr(
                f,
                &name,
                &attr.to_ascii_lowercase(),
                &unescape(value),
                false,
            ) {
                Some(new) => out.push_str(&super::markdown::escape(&new)),
                None => out.push_str(value),
            }
            out.push('"');
            attrs = &v[close + 1..];
        }
    }
    out.push_str(rest);
    Some(out)
}

/// An attribute value as written (`&amp;`, `&quot;`, `&#39;`…) to its text, for the ones
/// edited: ids and links.
fn unescape(v: &str) -> std::borrow::Cow<'_, str> {
    if !v.contains('&') {
        return v.into();
    }
    v.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
        .into()
}

/// A body moved into the booklet.
struct Fragment<'a> {
    prefix: &'a str,
    /// How many levels its headings go down.
    shift: u8,
    /// Page URL → its id in the booklet.
    anchors: &'a HashMap<&'a str, String>,
}

impl Edit for Fragment<'_> {
    fn attr(&self, _tag: &str, name: &str, value: &str, _refresh: bool) -> Option<String> {
        match name {
            "id" => Some(format!("{}:{value}", self.prefix)),
            "aria-labelledby" | "aria-describedby" | "aria-controls" | "for" | "headers" => Some(
                value
                    .split_whitespace()
                    .map(|v| format!("{}:{v}", self.prefix))
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            "href" => {
                if let Some(frag) = value.strip_prefix('#') {
                    return Some(format!("#{}:{frag}", self.prefix));
                }
                let (path, frag) = value.split_once('#').unwrap_or((value, ""));
                let target = self.anchors.get(path)?;
                Some(if frag.is_empty() {
                    format!("#{target}")
                } else {
                    format!("#{target}:{frag}")
                })
            }
            _ => None,
        }
    }

    fn rename(&self, tag: &str) -> Option<String> {
        let n: u8 = tag.strip_prefix('h')?.parse().ok()?;
        (1..=6)
            .contains(&n)
            .then(|| format!("h{}", (n + self.shift).min(6)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a page means, whatever its bytes: the tokenizer's rewriting with no edit.
    fn normal(html: &str) -> String {
        struct Same;
        impl Edit for Same {
            fn attr(&self, _: &str, _: &str, _: &str, _: bool) -> Option<String> {
                None
            }
        }
        edit_tags(html, &Same)
    }

    #[test]
    fn the_scan_and_the_tokenizer_agree_on_every_shipped_body() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let (site, _) = crate::load::load(&crate::load::LoadOptions {
            root,
            base_url: None,
            drafts: false,
        });
        let site = site.expect("the shipped site loads");
        let layout = super::super::Layout::new(&site, &super::super::reserved(&site));
        let plan = Plan::new(&site, &layout);
        let anchors: HashMap<&str, String> = plan
            .entries
            .iter()
            .map(|e| (e.url, e.url.trim_matches('/').to_string()))
            .collect();
        let mut scanned = 0;
        for e in &plan.entries {
            let html = super::super::body(&site, &plan, e, None).html;
            let f = Fragment {
                prefix: "p",
                shift: 2,
                anchors: &anchors,
            };
            let fast = scan_tags(&html, &f);
            if let Some(fast) = fast {
                assert_eq!(normal(&fast), edit_tags(&html, &f), "{}", e.url);
                scanned += 1;
            }
        }
        assert_eq!(scanned, plan.entries.len(), "bodies the scan gave up on");
    }

    #[test]
    fn odd_html_goes_to_the_tokenizer() {
        let anchors = HashMap::new();
        let f = Fragment {
            prefix: "p",
            shift: 1,
            anchors: &anchors,
        };
        for odd in [
            "<p class=x>unquoted</p>",
            "<p title='single'>x</p>",
            "<script>a<b</script>",
            "<p a=\"unterminated>",
        ] {
            assert_eq!(scan_tags(odd, &f), None, "{odd}");
            assert_eq!(move_body(odd, &f), edit_tags(odd, &f));
        }
        let fine = "<h2 id=\"a&amp;b\" class=\"x\">T &lt; U</h2><!-- c --><br/><img src=\"/i.png\" alt=\"a > b\">";
        let fast = scan_tags(fine, &f).unwrap();
        assert_eq!(normal(&fast), edit_tags(fine, &f));
        assert!(
            fast.contains("<h3 id=\"p:a&amp;b\" class=\"x\">T &lt; U</h3>"),
            "{fast}"
        );
    }

    #[test]
    fn bodies_get_their_own_ids_links_and_levels() {
        let anchors: HashMap<&str, String> = [
            ("/en/court/detention/", "court/detention".to_string()),
            ("/en/asylum/x/", "asylum/x".to_string()),
        ]
        .into();
        let f = Fragment {
            prefix: "asylum/x",
            shift: 2,
            anchors: &anchors,
        };
        let html = "<h2 id=\"deadline\">D</h2><p><a href=\"#deadline\">here</a>, \
            <a href=\"/en/court/detention/#bond\">bond</a>, <a href=\"/en/court/\">court</a>, \
            <a href=\"https://www.uscis.gov/\">USCIS</a><sup><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup></p>\
            <h3>Sub</h3><h6>Deep</h6>";
        let out = move_body(html, &f);
        for want in [
            "<h4 id=\"asylum/x:deadline\">D</h4>",
            "href=\"#asylum/x:deadline\"",
            "href=\"#court/detention:bond\"",
            "href=\"/en/court/\"",
            "href=\"https://www.uscis.gov/\"",
            "href=\"#asylum/x:fn-1\" id=\"asylum/x:fnref-1\"",
            "<h5>Sub</h5>",
            "<h6>Deep</h6>",
        ] {
            assert!(out.contains(want), "{want} missing from {out}");
        }
    }
}
