//! The loaded site as plain, typed values: `load` fills it; `render`, `check`,
//! `translations` and `serve` read it. Nothing here touches the file system.
//!
//! Architecture invariant: a `Site` holds every page that could be read, each under a
//! checked [`PageKey`], and an `Index` that says, for every page and language, which body
//! readers get and how the translation stands. Both are kept in step by
//! `Site::replace_page`.

pub(crate) mod anchor;
pub(crate) mod glossary;
pub(crate) mod index;
pub(crate) mod key;
pub(crate) mod link;
pub(crate) mod locales;
pub(crate) mod page;
pub(crate) mod theme;

use std::path::PathBuf;
use std::sync::Arc;

pub(crate) use glossary::Glossary;
pub(crate) use index::{Index, TranslationState};
pub use key::PageKey;
pub(crate) use locales::Locales;
pub(crate) use page::{Asset, BodyFormat};
pub use page::{Date, FrontMatter, Page, Source};
pub(crate) use theme::Theme;

use crate::config::Config;
// The directory's and the screener's own types, read by `load` from their data files.
pub(crate) use crate::load::directory::Org;
pub(crate) use crate::load::screener::Screener;

/// Everything a build needs, read from the site's folder.
pub struct Site {
    pub(crate) root: PathBuf,
    /// `site.toml`, read and checked.
    pub config: Config,
    /// Every page of every language, drafts only when asked for.
    pub pages: Vec<Page>,
    pub(crate) assets: Vec<Asset>,
    pub(crate) locales: Arc<Locales>,
    pub(crate) theme: Theme,
    /// The legal-help directory, when the site has `content/directory.toml`.
    pub(crate) directory: Option<Vec<Org>>,
    /// The screener, when the site has `content/screener/`.
    pub(crate) screener: Option<Screener>,
    /// Each language's glossary (`locales/<lang>/glossary.md`), for those that have one.
    pub(crate) glossaries: std::collections::BTreeMap<String, Glossary>,
    /// Each language's search synonyms: `locales/<lang>/synonyms.toml` and the English ↔ local
    /// pairs of its glossary.
    pub(crate) synonyms: std::collections::BTreeMap<String, search_wasm::engine::Synonyms>,
    pub(crate) index: Index,
}

impl Site {
    /// The language's own file of page `key`.
    pub(crate) fn page(&self, lang: &str, key: &str) -> Option<&Page> {
        self.index
            .cell(lang, key)
            .and_then(|c| c.own)
            .map(|i| &self.pages[i])
    }

    /// How page `key` stands in `lang`.
    pub(crate) fn state(&self, lang: &str, key: &str) -> TranslationState {
        self.index
            .cell(lang, key)
            .map_or(TranslationState::Absent, |c| c.state)
    }

    /// The glossary readers of `lang` get: their language's, or the first of its fallback
    /// chain that has one. `None` when the default language has none (then no language has
    /// a glossary page).
    pub(crate) fn glossary(&self, lang: &str) -> Option<(&str, &Glossary)> {
        let default = &self.config.default_language().code;
        self.glossaries.get(default)?;
        let l = self.config.language(lang)?;
        std::iter::once(&l.code)
            .chain(l.fallback.iter())
            .find_map(|c| self.glossaries.get(c).map(|g| (c.as_str(), g)))
    }

    /// Replaces `pages[i]` with a new version of the same file (same language and key) and
    /// recomputes the translation states it affects. Returns the old version.
    pub(crate) fn replace_page(&mut self, i: usize, page: Page) -> Page {
        debug_assert_eq!(
            (&self.pages[i].lang, &self.pages[i].key),
            (&page.lang, &page.key)
        );
        let key = page.key.clone();
        let old = std::mem::replace(&mut self.pages[i], page);
        self.index.refresh(&key, &self.config, &self.pages);
        old
    }
}
