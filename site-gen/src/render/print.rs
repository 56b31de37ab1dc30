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

use rayon::prelude::*;
use serde::Serialize;

use super::relative::{Edit, edit_tags};
use super::{Entry, Plan};
use crate::config::Language;
use crate::model::{PageKey, Site, Source, TranslationState};

/// The booklet's key: its URL is `<lang>/print/`.
pub const KEY: &str = "print/_index.md";

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
    reviewed: Option<String>,
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

/// The booklet's data for readers of `lang`.
pub fn context(site: &Site, plan: &Plan, lang: &Language) -> minijinja::Value {
    // Entries in booklet order, with their depth (top-level section: 1).
    let mut order: Vec<(usize, u8)> = Vec::new();
    collect(plan, &lang.code, "", 0, &mut order);
    let home = super::permalink(&site.config, &lang.code, &PageKey::home(), None);
    let anchors: HashMap<&str, String> = order
        .iter()
        .map(|&(i, _)| (plan.entries[i].url, anchor(&home, plan.entries[i].url)))
        .collect();
    let items: Vec<Item> = order
        .par_iter()
        .map(|&(i, depth)| item(site, plan, &plan.entries[i], depth, &anchors))
        .collect();
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
    minijinja::Value::from(minijinja::value::Serde(&Booklet {
        items,
        toc,
        directory: site
            .directory
            .as_ref()
            .map(|_| super::directory::context(site, lang)),
    }))
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
    plan: &Plan<'a>,
    entry: &Entry<'a>,
    depth: u8,
    anchors: &HashMap<&str, String>,
) -> Item<'a> {
    let section = entry.key.is_section();
    let level = if section { depth + 1 } else { depth + 2 }.min(6);
    let id = anchors[entry.url].clone();
    let body = super::body(site, plan, entry);
    let src = entry.source;
    let content = edit_tags(
        &body.html,
        &Fragment {
            prefix: &id,
            shift: level - 1,
            anchors,
        },
    );
    let body_lang = site
        .config
        .language(&src.lang)
        .filter(|_| entry.is_fallback());
    Item {
        kind: if section { "section" } else { "guide" },
        id,
        level,
        title: &src.meta.title,
        content,
        lang: body_lang.map(|l| (l.code.as_str(), l.dir.as_str())),
        fallback_name: body_lang.map(|l| l.name.as_str()),
        outdated: entry.state == TranslationState::Outdated,
        reviewed: src.meta.reviewed.map(|d| d.to_string()),
        sources: &src.meta.sources,
    }
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
        let out = edit_tags(html, &f);
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
