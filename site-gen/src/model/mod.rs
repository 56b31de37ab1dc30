//! The loaded site as plain, typed values: `load` fills it; `render`, `check`,
//! `translations` and `serve` read it. Nothing here touches the file system.
//!
//! Architecture invariant: a `Site` holds every page that could be read, each under a
//! checked [`PageKey`], and an [`Index`] that says, for every page and language, which body
//! readers get and how the translation stands. Both are kept in step by
//! [`Site::replace_page`].

pub mod anchor;
pub mod glossary;
pub mod index;
pub mod key;
pub mod link;
pub mod locales;
pub mod page;
pub mod theme;

use std::path::PathBuf;
use std::sync::Arc;

pub use glossary::Glossary;
pub use index::{Cell, Index, TranslationState};
pub use key::PageKey;
pub use locales::Locales;
pub use page::{Asset, BodyFormat, Date, FrontMatter, Page, Source};
pub use theme::Theme;

use crate::config::Config;
// The directory's and the screener's own types, read by `load` from their data files.
pub use crate::load::directory::Org;
pub use crate::load::screener::Screener;

/// Everything a build needs, read from the site's folder.
pub struct Site {
    pub root: PathBuf,
    pub config: Config,
    pub pages: Vec<Page>,
    pub assets: Vec<Asset>,
    pub locales: Arc<Locales>,
    pub theme: Theme,
    /// The legal-help directory, when the site has `content/directory.toml`.
    pub directory: Option<Vec<Org>>,
    /// The screener, when the site has `content/screener/`.
    pub screener: Option<Screener>,
    /// Each language's glossary (`locales/<lang>/glossary.md`), for those that have one.
    pub glossaries: std::collections::BTreeMap<String, Glossary>,
    /// Each language's search synonyms: `locales/<lang>/synonyms.toml` and the English ↔ local
    /// pairs of its glossary.
    pub synonyms: std::collections::BTreeMap<String, search_wasm::engine::Synonyms>,
    pub index: Index,
}

impl Site {
    /// The language's own file of page `key`.
    pub fn page(&self, lang: &str, key: &str) -> Option<&Page> {
        self.index
            .cell(lang, key)
            .and_then(|c| c.own)
            .map(|i| &self.pages[i])
    }

    /// The page whose body readers of `lang` get for `key` (its own or a fallback's).
    pub fn shown(&self, lang: &str, key: &str) -> Option<&Page> {
        self.index
            .cell(lang, key)
            .and_then(|c| c.shown)
            .map(|i| &self.pages[i])
    }

    /// How page `key` stands in `lang`.
    pub fn state(&self, lang: &str, key: &str) -> TranslationState {
        self.index
            .cell(lang, key)
            .map_or(TranslationState::Absent, |c| c.state)
    }

    /// The glossary readers of `lang` get: their language's, or the first of its fallback
    /// chain that has one. `None` when the default language has none (then no language has
    /// a glossary page).
    pub fn glossary(&self, lang: &str) -> Option<(&str, &Glossary)> {
        let default = &self.config.default_language().code;
        self.glossaries.get(default)?;
        let l = self.config.language(lang)?;
        std::iter::once(&l.code)
            .chain(l.fallback.iter())
            .find_map(|c| self.glossaries.get(c).map(|g| (c.as_str(), g)))
    }

    /// Replaces `pages[i]` with a new version of the same file (same language and key) and
    /// recomputes the translation states it affects. Returns the old version.
    pub fn replace_page(&mut self, i: usize, page: Page) -> Page {
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
