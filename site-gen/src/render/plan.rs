//! The plan: which pages exist in which language, where each one's body comes from, and its
//! URL. Every URL in the site is made by [`Plan::url`] or [`permalink`].
//!
//! Architecture invariant: a page that exists in the default language exists in every
//! language; where a language has no translation, its entry borrows the body from the first
//! language of its fallback chain that has one.

use std::collections::HashMap;

use crate::config::{Config, Language};
use crate::load::{Page, Site};

/// One page of the output.
#[derive(Debug)]
pub struct Entry<'s> {
    pub lang: &'s Language,
    pub key: &'s str,
    /// The page whose body is shown: the translation, or the fallback's.
    pub source: &'s Page,
    pub url: String,
}

impl Entry<'_> {
    /// True when the body is in another language than the chrome.
    pub fn is_fallback(&self) -> bool {
        self.source.lang != self.lang.code
    }
}

pub struct Plan<'s> {
    pub entries: Vec<Entry<'s>>,
    index: HashMap<(&'s str, &'s str), usize>,
    /// (language, section folder) → the section's pages and subsections, in order. Built
    /// once, so listing a section costs nothing per page.
    listings: HashMap<(&'s str, &'s str), Listing>,
}

/// Indices into `Plan::entries`, ordered by weight then title.
#[derive(Default)]
pub struct Listing {
    pub pages: Vec<usize>,
    pub sections: Vec<usize>,
}

impl<'s> Plan<'s> {
    pub fn new(site: &'s Site) -> Plan<'s> {
        let config = &site.config;
        let mut by_key: HashMap<&str, HashMap<&str, &Page>> = HashMap::new();
        let mut keys: Vec<&str> = Vec::new();
        for p in &site.pages {
            let langs = by_key.entry(p.key.as_str()).or_default();
            if langs.is_empty() {
                keys.push(&p.key);
            }
            langs.insert(p.lang.as_str(), p);
        }
        keys.sort();
        let mut entries = Vec::new();
        let mut index = HashMap::new();
        for lang in &config.languages {
            for key in &keys {
                let langs = &by_key[key];
                let source = std::iter::once(&lang.code)
                    .chain(lang.fallback.iter())
                    .find_map(|code| langs.get(code.as_str()));
                if let Some(source) = source {
                    index.insert((lang.code.as_str(), *key), entries.len());
                    entries.push(Entry {
                        lang,
                        key,
                        source,
                        url: permalink(config, &lang.code, key, source.meta.slug.as_deref()),
                    });
                }
            }
        }
        let mut listings: HashMap<(&str, &str), Listing> = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            let lang = e.lang.code.as_str();
            if e.source.is_section {
                if !e.key.is_empty() && e.key != "_index.md" {
                    let parent = parent(e.key.trim_end_matches("/_index.md"));
                    listings.entry((lang, parent)).or_default().sections.push(i);
                }
            } else {
                listings
                    .entry((lang, dir_of(e.key)))
                    .or_default()
                    .pages
                    .push(i);
            }
        }
        let order = |a: &usize, b: &usize| {
            let (a, b) = (&entries[*a].source.meta, &entries[*b].source.meta);
            (a.weight, &a.title).cmp(&(b.weight, &b.title))
        };
        for l in listings.values_mut() {
            l.pages.sort_by(order);
            l.sections.sort_by(order);
        }
        Plan {
            entries,
            index,
            listings,
        }
    }

    /// The pages and subsections of the section in folder `dir` (`""` for the home).
    pub fn listing<'a>(&'a self, lang: &'a str, dir: &'a str) -> Option<&'a Listing> {
        self.listings.get(&(lang, dir))
    }

    pub fn get(&self, lang: &str, key: &str) -> Option<&Entry<'s>> {
        self.index.get(&(lang, key)).map(|&i| &self.entries[i])
    }

    /// The URL of page `key` as seen by a reader of `lang`.
    pub fn url(&self, lang: &str, key: &str) -> Option<&str> {
        self.get(lang, key).map(|e| e.url.as_str())
    }
}

/// The folder of a page key: `asylum/x.md` → `asylum`.
fn dir_of(key: &str) -> &str {
    key.rsplit_once('/').map_or("", |(d, _)| d)
}

/// The parent of a folder: `a/b` → `a`, `a` → ``.
pub fn parent(dir: &str) -> &str {
    dir.rsplit_once('/').map_or("", |(p, _)| p)
}

/// The address of a page: `<base>/<lang>/<dir>/<slug>/`, or `<base>/<lang>/<dir>/` for a
/// section. The slug is the file name unless the front matter sets one.
pub fn permalink(config: &Config, lang: &str, key: &str, slug: Option<&str>) -> String {
    let base = config.base_path();
    let (dir, file) = match key.rsplit_once('/') {
        Some((d, f)) => (d, f),
        None => ("", key),
    };
    let mut url = format!("{base}{lang}/");
    if !dir.is_empty() {
        url.push_str(dir);
        url.push('/');
    }
    if file != "_index.md" {
        url.push_str(slug.unwrap_or_else(|| file.trim_end_matches(".md")));
        url.push('/');
    }
    url
}

/// A full URL when the base URL has a host, else the path (for canonical links and the
/// sitemap).
pub fn absolute(config: &Config, path: &str) -> String {
    match config.origin() {
        Some(origin) => format!("{origin}{path}"),
        None => path.to_string(),
    }
}
