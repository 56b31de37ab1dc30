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
    pub url: &'s str,
}

impl Entry<'_> {
    /// True when the body is in another language than the chrome.
    pub fn is_fallback(&self) -> bool {
        self.source.lang != self.lang.code
    }
}

/// What the plan decides from which pages exist (their keys and slugs), not from what they
/// say, apart from the order of section listings (weight, then title). It holds indices, not
/// references, so `serve` keeps it while pages change in place, and sorts a listing again
/// after a title or weight changed ([`Layout::sort_listings`]).
pub struct Layout {
    slots: Vec<Slot>,
    /// Language codes, in the configuration's order.
    languages: Vec<String>,
    /// Page key → its entry in each language (by position in `languages`).
    index: HashMap<String, Vec<Option<usize>>>,
    /// Section folder → its pages and subsections in each language. Built once, so listing a
    /// section costs nothing per page.
    listings: HashMap<String, Vec<Listing>>,
}

struct Slot {
    /// Position in `config.languages`.
    lang: usize,
    /// Position of the page whose body is shown in `site.pages`.
    source: usize,
    url: String,
}

/// Indices into `Plan::entries`, ordered by weight then title.
#[derive(Default, Clone)]
pub struct Listing {
    pub pages: Vec<usize>,
    pub sections: Vec<usize>,
}

impl Layout {
    pub fn new(site: &Site) -> Layout {
        let config = &site.config;
        let n = config.languages.len();
        let mut by_key: HashMap<&str, HashMap<&str, usize>> = HashMap::new();
        let mut keys: Vec<&str> = Vec::new();
        for (i, p) in site.pages.iter().enumerate() {
            let langs = by_key.entry(p.key.as_str()).or_default();
            if langs.is_empty() {
                keys.push(&p.key);
            }
            langs.insert(p.lang.as_str(), i);
        }
        keys.sort();
        let mut slots = Vec::new();
        let mut index: HashMap<String, Vec<Option<usize>>> = keys
            .iter()
            .map(|k| (k.to_string(), vec![None; n]))
            .collect();
        for (li, lang) in config.languages.iter().enumerate() {
            for key in &keys {
                let langs = &by_key[key];
                let source = std::iter::once(&lang.code)
                    .chain(lang.fallback.iter())
                    .find_map(|code| langs.get(code.as_str()));
                if let Some(&source) = source {
                    if let Some(langs) = index.get_mut(*key) {
                        langs[li] = Some(slots.len());
                    }
                    let slug = site.pages[source].meta.slug.as_deref();
                    slots.push(Slot {
                        lang: li,
                        source,
                        url: permalink(config, &lang.code, key, slug),
                    });
                }
            }
        }
        let mut listings: HashMap<String, Vec<Listing>> = HashMap::new();
        for (i, slot) in slots.iter().enumerate() {
            let page = &site.pages[slot.source];
            let key = page.key.as_str();
            let (dir, section) = if page.is_section {
                if key.is_empty() || key == "_index.md" {
                    continue;
                }
                (parent(key.trim_end_matches("/_index.md")), true)
            } else {
                (dir_of(key), false)
            };
            let listing = &mut listings
                .entry(dir.to_string())
                .or_insert_with(|| vec![Listing::default(); n])[slot.lang];
            if section {
                listing.sections.push(i);
            } else {
                listing.pages.push(i);
            }
        }
        let mut layout = Layout {
            slots,
            languages: config.languages.iter().map(|l| l.code.clone()).collect(),
            index,
            listings,
        };
        let dirs: Vec<String> = layout.listings.keys().cloned().collect();
        layout.sort_listings(site, &dirs);
        layout
    }

    /// Orders the listings of the section folders `dirs` by weight then title, as the pages
    /// now say.
    pub fn sort_listings(&mut self, site: &Site, dirs: &[String]) {
        let slots = &self.slots;
        // Ties keep the order of the entries, whatever order the listing had before.
        let order = |a: &usize, b: &usize| {
            let (ma, mb) = (
                &site.pages[slots[*a].source].meta,
                &site.pages[slots[*b].source].meta,
            );
            (ma.weight, &ma.title, a).cmp(&(mb.weight, &mb.title, b))
        };
        for dir in dirs {
            for l in self.listings.get_mut(dir).into_iter().flatten() {
                l.pages.sort_by(order);
                l.sections.sort_by(order);
            }
        }
    }
}

/// The plan of a site: every output page with its language, body and URL, and the section
/// listings. A view of a [`Layout`] with the site's pages as they are now.
pub struct Plan<'s> {
    pub entries: Vec<Entry<'s>>,
    layout: &'s Layout,
}

impl<'s> Plan<'s> {
    /// `layout` must be made from `site`, or from a version of it with the same pages, slugs
    /// and languages.
    pub fn new(site: &'s Site, layout: &'s Layout) -> Plan<'s> {
        let entries = layout
            .slots
            .iter()
            .map(|s| {
                let source = &site.pages[s.source];
                Entry {
                    lang: &site.config.languages[s.lang],
                    key: &source.key,
                    source,
                    url: &s.url,
                }
            })
            .collect();
        Plan { entries, layout }
    }

    fn lang(&self, lang: &str) -> Option<usize> {
        self.layout.languages.iter().position(|l| l == lang)
    }

    /// The pages and subsections of the section in folder `dir` (`""` for the home).
    pub fn listing(&self, lang: &str, dir: &str) -> Option<&Listing> {
        let li = self.lang(lang)?;
        self.layout.listings.get(dir).map(|l| &l[li])
    }

    /// The indices of page `key`'s entries, one per language that has it.
    pub fn entries_of(&self, key: &str) -> Vec<usize> {
        self.layout
            .index
            .get(key)
            .map(|l| l.iter().flatten().copied().collect())
            .unwrap_or_default()
    }

    pub fn get(&self, lang: &str, key: &str) -> Option<&Entry<'s>> {
        let li = self.lang(lang)?;
        let i = (*self.layout.index.get(key)?)[li]?;
        Some(&self.entries[i])
    }

    /// The URL of page `key` as seen by a reader of `lang`.
    pub fn url(&self, lang: &str, key: &str) -> Option<&'s str> {
        self.get(lang, key).map(|e| e.url)
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
