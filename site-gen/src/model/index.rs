//! Which page exists in which language, where each language's readers get its body from,
//! and how each translation stands against its source: computed once, when the site is
//! loaded, and read by render, `check`, `translations` and `serve`.
//!
//! Architecture invariant: a page that exists in the default language is shown in every
//! language (fallback chains end in the default language); the state of a translation is
//! decided here and nowhere else.

use std::collections::HashMap;

use serde::Serialize;

use super::{Page, PageKey};
use crate::config::Config;

/// How one page stands in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum TranslationState {
    /// The page in the default language, or a page that only this language has.
    Original,
    /// A translation whose `translation_of` is its source's current hash.
    UpToDate,
    /// A translation made from an earlier version of its source.
    Outdated,
    /// A translation without `translation_of`: nobody can tell whether it is current.
    Untracked,
    /// No translation: readers get the body of the first language of the fallback chain
    /// that has one.
    Fallback,
    /// Neither this language nor its fallbacks have the page.
    Absent,
}

/// One page in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cell {
    /// The language's own file of the page, by position in `Site::pages`.
    pub(crate) own: Option<usize>,
    /// The page whose body readers of the language get: `own`, or a fallback's.
    pub(crate) shown: Option<usize>,
    pub(crate) state: TranslationState,
}

/// Page key × language → [`Cell`].
#[derive(Debug, Clone, Default)]
pub(crate) struct Index {
    languages: Vec<String>,
    keys: Vec<PageKey>,
    rows: HashMap<PageKey, usize>,
    cells: Vec<Cell>,
}

impl Index {
    /// `pages` must not hold two pages with the same language and key (load reports those
    /// and keeps the first).
    pub(crate) fn new(config: &Config, pages: &[Page]) -> Index {
        let languages: Vec<String> = config.languages.iter().map(|l| l.code.clone()).collect();
        let n = languages.len();
        let mut rows: HashMap<PageKey, usize> = HashMap::new();
        let mut keys = Vec::new();
        let mut own: Vec<Option<usize>> = Vec::new();
        for (i, p) in pages.iter().enumerate() {
            let Some(li) = languages.iter().position(|l| *l == p.lang) else {
                continue;
            };
            let row = *rows.entry(p.key.clone()).or_insert_with(|| {
                keys.push(p.key.clone());
                own.extend(std::iter::repeat_n(None, n));
                keys.len() - 1
            });
            own[row * n + li].get_or_insert(i);
        }
        // Rows in key order, so that everything built from the index is deterministic.
        let mut order: Vec<usize> = (0..keys.len()).collect();
        order.sort_by(|a, b| keys[*a].cmp(&keys[*b]));
        let mut index = Index {
            languages,
            keys: order.iter().map(|&r| keys[r].clone()).collect(),
            rows: HashMap::with_capacity(keys.len()),
            cells: Vec::with_capacity(keys.len() * n),
        };
        for (new_row, &old_row) in order.iter().enumerate() {
            index.rows.insert(keys[old_row].clone(), new_row);
            index
                .cells
                .extend(own[old_row * n..(old_row + 1) * n].iter().map(|&o| Cell {
                    own: o,
                    shown: None,
                    state: TranslationState::Absent,
                }));
        }
        for row in 0..index.keys.len() {
            index.settle(row, config, pages);
        }
        index
    }

    /// Computes where each language's readers get row `row` from, and its states, from the
    /// own pages recorded in the row.
    fn settle(&mut self, row: usize, config: &Config, pages: &[Page]) {
        let n = self.languages.len();
        let cells = &mut self.cells[row * n..(row + 1) * n];
        let own: Vec<Option<usize>> = cells.iter().map(|c| c.own).collect();
        let position = |code: &str| config.languages.iter().position(|l| l.code == code);
        let source = own[config.default];
        for (li, lang) in config.languages.iter().enumerate() {
            let cell = &mut cells[li];
            cell.shown = own[li].or_else(|| {
                lang.fallback
                    .iter()
                    .find_map(|code| position(code).and_then(|p| own[p]))
            });
            cell.state = match (own[li], source) {
                (Some(_), _) if li == config.default => TranslationState::Original,
                (Some(_), None) => TranslationState::Original,
                (Some(mine), Some(src)) => match &pages[mine].meta.translation_of {
                    None => TranslationState::Untracked,
                    Some(h) if *h == pages[src].hash => TranslationState::UpToDate,
                    Some(_) => TranslationState::Outdated,
                },
                (None, _) if cell.shown.is_some() => TranslationState::Fallback,
                (None, _) => TranslationState::Absent,
            };
        }
    }

    /// Recomputes the states of `key` after one of its pages changed in place (same
    /// position in `pages`, same key).
    pub(crate) fn refresh(&mut self, key: &PageKey, config: &Config, pages: &[Page]) {
        if let Some(&row) = self.rows.get(key) {
            self.settle(row, config, pages);
        }
    }

    /// Every key, sorted.
    pub(crate) fn keys(&self) -> &[PageKey] {
        &self.keys
    }

    /// Position of `lang` in the configuration.
    pub(crate) fn lang(&self, lang: &str) -> Option<usize> {
        self.languages.iter().position(|l| l == lang)
    }

    /// The cells of `key`, one per language in the configuration's order.
    pub(crate) fn row(&self, key: &str) -> Option<&[Cell]> {
        let n = self.languages.len();
        self.rows.get(key).map(|&r| &self.cells[r * n..(r + 1) * n])
    }

    /// Page `key` in language `lang`.
    pub(crate) fn cell(&self, lang: &str, key: &str) -> Option<&Cell> {
        let li = self.lang(lang)?;
        self.row(key).map(|r| &r[li])
    }
}
