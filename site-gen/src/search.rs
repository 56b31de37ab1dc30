//! `site-gen search`: the site's search, natively. Each language's index is built exactly as
//! `build` builds it for the browser and queried by the same engine, so the results come in
//! the order a reader's phone shows them.

use std::collections::HashMap;

use serde::Serialize;

use crate::diag::{Diagnostic, has_errors};
use crate::load::{self, LoadOptions};
use crate::render::{Layout, Plan, reserved, search};

/// One result, as `site-gen search` prints it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Result {
    /// The page's address, as the site's search page links to it.
    pub url: String,
    pub(crate) title: String,
    pub(crate) excerpt: String,
}

/// Every language's index of a site, read back from the bytes the browser downloads.
pub struct Searcher {
    indexes: HashMap<String, search_wasm::engine::Index>,
}

impl Searcher {
    /// Loads the site and builds each language's index; `Err` with the errors when the site
    /// has any (it would not build).
    pub fn new(opts: &LoadOptions) -> std::result::Result<Searcher, Vec<Diagnostic>> {
        let (site, diags) = load::load(opts);
        let Some(site) = site.filter(|_| !has_errors(&diags)) else {
            return Err(diags.into_iter().filter(Diagnostic::is_error).collect());
        };
        let layout = Layout::new(&site, &reserved(&site));
        let plan = Plan::new(&site, &layout);
        let mut indexes = HashMap::new();
        for lang in &site.config.languages {
            let bytes = search::index(&site, &plan, lang);
            let index = search_wasm::engine::Index::from_bytes(&bytes).map_err(|e| {
                vec![Diagnostic::error(format!(
                    "the search index of `{}` could not be read back: {e:?}",
                    lang.code
                ))]
            })?;
            indexes.insert(lang.code.clone(), index);
        }
        Ok(Searcher { indexes })
    }

    /// The results of `query` for readers of `lang`, best first, at most `limit`.
    pub fn search(
        &self,
        lang: &str,
        query: &str,
        limit: usize,
    ) -> std::result::Result<Vec<Result>, Diagnostic> {
        let index = self.indexes.get(lang).ok_or_else(|| {
            let mut codes: Vec<&str> = self.indexes.keys().map(String::as_str).collect();
            codes.sort_unstable();
            Diagnostic::error(format!("`{lang}` is not a language of this site"))
                .hint(format!("the site's languages are {}", codes.join(", ")))
        })?;
        Ok(index
            .search(query, limit)
            .into_iter()
            .map(|h| Result {
                url: h.url,
                title: h.title,
                excerpt: h.excerpt,
            })
            .collect())
    }
}

/// `site-gen search`: the results of `query` for readers of `lang`.
pub fn run(
    opts: &LoadOptions,
    lang: &str,
    query: &str,
    limit: usize,
) -> std::result::Result<Vec<Result>, Vec<Diagnostic>> {
    Searcher::new(opts)?
        .search(lang, query, limit)
        .map_err(|d| vec![d])
}
