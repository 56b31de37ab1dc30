//! The plan: every output page with its language, the page whose body it shows, and its
//! URL. Every URL in the site is made by [`permalink`] (and [`Plan::url`], which reads what
//! `permalink` made).
//!
//! Architecture invariant: two things never share an address. A guide whose URL is another
//! guide's, or a generated page's, is reported with both files, and only one is rendered.

use std::collections::HashMap;

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};

use crate::config::{Config, Language};
use crate::diag::Diagnostic;
use crate::model::{Page, PageKey, Site, TranslationState};

/// One page of the output.
#[derive(Debug)]
pub struct Entry<'s> {
    /// The reader language: the page's URL, navigation and interface are in it.
    pub lang: &'s Language,
    /// The page's identity, the same in every language.
    pub key: &'s PageKey,
    /// The page whose body is shown: the translation, or the fallback's.
    pub source: &'s Page,
    /// The page's address: `<base>/<lang>/<dir>/<slug>/`, percent-encoded.
    pub url: &'s str,
    pub(crate) state: TranslationState,
}

impl Entry<'_> {
    /// True when the body is in another language than the chrome.
    pub fn is_fallback(&self) -> bool {
        self.state == TranslationState::Fallback
    }
}

/// What the plan decides from which pages exist (their keys and slugs), not from what they
/// say, apart from the order of section listings (weight, then title). It holds indices, not
/// references, so `serve` keeps it while pages change in place, and sorts a listing again
/// after a title or weight changed (`Layout::sort_listings`).
pub struct Layout {
    slots: Vec<Slot>,
    /// Page key → its entry in each language (by position in the configuration).
    index: HashMap<PageKey, Vec<Option<usize>>>,
    /// Section folder → its pages and subsections in each language. Built once, so listing a
    /// section costs nothing per page.
    listings: HashMap<String, Vec<Listing>>,
    /// Problems found while laying out: addresses claimed twice.
    pub(crate) diagnostics: Vec<Diagnostic>,
}

struct Slot {
    /// Position in `config.languages`.
    lang: usize,
    key: PageKey,
    /// Position of the page whose body is shown in `site.pages`.
    source: usize,
    url: String,
}

/// Indices into `Plan::entries`, ordered by weight then title.
#[derive(Default, Clone)]
pub(crate) struct Listing {
    pub(crate) pages: Vec<usize>,
    pub(crate) sections: Vec<usize>,
}

impl Layout {
    /// `reserved` are the output paths of pages generated from data (the directory, the
    /// screener): a guide at one of them is reported and left out.
    pub fn new(site: &Site, reserved: &[(String, &str)]) -> Layout {
        let config = &site.config;
        let n = config.languages.len();
        let mut slots: Vec<Slot> = Vec::new();
        let mut index: HashMap<PageKey, Vec<Option<usize>>> = HashMap::new();
        let mut diagnostics = Vec::new();
        // Output path → who has it, to refuse a second claim.
        let mut claimed: HashMap<String, usize> = HashMap::new();
        let mut by_path: HashMap<&str, &str> = HashMap::new();
        for (path, what) in reserved {
            by_path.insert(path.as_str(), what);
        }
        for (li, lang) in config.languages.iter().enumerate() {
            for key in site.index.keys() {
                let Some(cell) = site.index.cell(&lang.code, key.as_str()) else {
                    continue;
                };
                let Some(source) = cell.shown else { continue };
                let page = &site.pages[source];
                // Every language uses the slug of the page it shows, so that a fallback copy
                // sits at the address a translation will later take.
                let url = permalink(config, &lang.code, key, page.meta.slug.as_deref());
                let path = output_path(config, &url);
                if let Some(what) = by_path.get(path.as_str()) {
                    if cell.own.is_some() {
                        diagnostics.push(
                            Diagnostic::error(format!(
                                "this page's address {url} is the generated {what} page's"
                            ))
                            .in_file(&page.file)
                            .hint("rename the file or give it another `slug`"),
                        );
                    }
                    continue;
                }
                if let Some(&other) = claimed.get(&path) {
                    if cell.own.is_some() {
                        let first = &site.pages[slots[other].source];
                        diagnostics.push(
                            Diagnostic::error(format!(
                                "this page's address {url} is also {}'s",
                                first.file
                            ))
                            .at(&page.file, page.meta.line_of("slug"), 1)
                            .hint("give one of the two pages another `slug` or file name"),
                        );
                    }
                    continue;
                }
                claimed.insert(path, slots.len());
                index.entry(key.clone()).or_insert_with(|| vec![None; n])[li] = Some(slots.len());
                slots.push(Slot {
                    lang: li,
                    key: key.clone(),
                    source,
                    url,
                });
            }
        }
        let mut listings: HashMap<String, Vec<Listing>> = HashMap::new();
        for (i, slot) in slots.iter().enumerate() {
            let Some(dir) = slot.key.listed_in() else {
                continue;
            };
            let listing = &mut listings
                .entry(dir.to_string())
                .or_insert_with(|| vec![Listing::default(); n])[slot.lang];
            if slot.key.is_section() {
                listing.sections.push(i);
            } else {
                listing.pages.push(i);
            }
        }
        let mut layout = Layout {
            slots,
            index,
            listings,
            diagnostics,
        };
        let dirs: Vec<String> = layout.listings.keys().cloned().collect();
        layout.sort_listings(site, &dirs);
        layout
    }

    /// Orders the listings of the section folders `dirs` by weight then title, as the pages
    /// now say.
    pub(crate) fn sort_listings(&mut self, site: &Site, dirs: &[String]) {
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
    /// Every output page (a reader language's translations and fallback copies), language by
    /// language in the configuration's order, then by key.
    pub entries: Vec<Entry<'s>>,
    layout: &'s Layout,
    site: &'s Site,
}

impl<'s> Plan<'s> {
    /// `layout` must be made from `site`, or from a version of it with the same pages, slugs
    /// and languages.
    pub fn new(site: &'s Site, layout: &'s Layout) -> Plan<'s> {
        let entries = layout
            .slots
            .iter()
            .map(|s| {
                let lang = &site.config.languages[s.lang];
                Entry {
                    lang,
                    key: &s.key,
                    source: &site.pages[s.source],
                    url: &s.url,
                    state: site.state(&lang.code, s.key.as_str()),
                }
            })
            .collect();
        Plan {
            entries,
            layout,
            site,
        }
    }

    /// The pages and subsections of the section in folder `dir` (`""` for the home).
    pub(crate) fn listing(&self, lang: &str, dir: &str) -> Option<&Listing> {
        let li = self.site.index.lang(lang)?;
        self.layout.listings.get(dir).map(|l| &l[li])
    }

    /// The indices of page `key`'s entries, one per language that has it.
    pub(crate) fn entries_of(&self, key: &str) -> Vec<usize> {
        self.layout
            .index
            .get(key)
            .map(|l| l.iter().flatten().copied().collect())
            .unwrap_or_default()
    }

    pub(crate) fn get(&self, lang: &str, key: &str) -> Option<&Entry<'s>> {
        let li = self.site.index.lang(lang)?;
        let i = (*self.layout.index.get(key)?)[li]?;
        Some(&self.entries[i])
    }

    /// The URL of page `key` as seen by a reader of `lang`.
    pub(crate) fn url(&self, lang: &str, key: &str) -> Option<&'s str> {
        self.get(lang, key).map(|e| e.url)
    }
}

/// Characters escaped in a path segment of a URL: controls, space, and what would end or
/// change the path (`?`, `#`, `%`…). Non-ASCII text is encoded as UTF-8.
const SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'\\')
    .add(b'^')
    .add(b'|')
    .add(b'[')
    .add(b']')
    .add(b'\'');

/// A `/`-separated path as it appears in a URL, each segment encoded.
pub(crate) fn encode_path(path: &str) -> String {
    path.split('/')
        .map(encode_segment)
        .collect::<Vec<_>>()
        .join("/")
}

/// One path segment as it appears in a URL.
pub(crate) fn encode_segment(s: &str) -> String {
    utf8_percent_encode(s, SEGMENT).to_string()
}

/// The address of a page: `<base>/<lang>/<dir>/<slug>/`, or `<base>/<lang>/<dir>/` for a
/// section. The slug is the file name unless the front matter sets one. Segments are
/// percent-encoded; [`output_path`] gives the file the URL is served from.
pub(crate) fn permalink(config: &Config, lang: &str, key: &PageKey, slug: Option<&str>) -> String {
    let mut url = format!("{}{}/", config.base_path(), encode_segment(lang));
    for seg in key.dir().split('/').filter(|s| !s.is_empty()) {
        url.push_str(&encode_segment(seg));
        url.push('/');
    }
    if let Some(stem) = key.stem() {
        url.push_str(&encode_segment(slug.unwrap_or(stem)));
        url.push('/');
    }
    url
}

/// The output file of a page URL: `/rights/es/asylum/` → `es/asylum/index.html`, with
/// percent-encoding undone (the file is named as the page is).
pub(crate) fn output_path(config: &Config, url: &str) -> String {
    let rel = url.strip_prefix(config.base_path()).unwrap_or(url);
    let rel = percent_encoding::percent_decode_str(rel).decode_utf8_lossy();
    format!("{rel}index.html")
}

/// A full URL when the base URL has a host, else the path (for canonical links and the
/// sitemap).
pub(crate) fn absolute(config: &Config, path: &str) -> String {
    match config.origin() {
        Some(origin) => format!("{origin}{path}"),
        None => path.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn permalinks_encode_and_output_paths_decode() {
        let mut c = Config::from_language_folders(vec!["en".into()]).unwrap();
        c.set_base_url("/rights/").unwrap();
        let k = |s| PageKey::from_file(s).unwrap();
        assert_eq!(permalink(&c, "en", &k("a/b.md"), None), "/rights/en/a/b/");
        assert_eq!(
            permalink(&c, "en", &k("a/b.md"), Some("c")),
            "/rights/en/a/c/"
        );
        assert_eq!(
            permalink(&c, "en", &k("a/_index.md"), Some("c")),
            "/rights/en/a/"
        );
        assert_eq!(permalink(&c, "en", &PageKey::home(), None), "/rights/en/");
        let spaced = permalink(&c, "en", &k("my guides/a b?.md"), None);
        assert_eq!(spaced, "/rights/en/my%20guides/a%20b%3F/");
        assert_eq!(output_path(&c, &spaced), "en/my guides/a b?/index.html");
        let arabic = permalink(&c, "ar", &k("حقوق.md"), None);
        assert!(arabic.is_ascii());
        assert_eq!(output_path(&c, &arabic), "ar/حقوق/index.html");
    }
}
