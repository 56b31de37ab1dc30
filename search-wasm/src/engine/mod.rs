//! The search engine: plain Rust with no I/O, the same natively and in the browser.
//!
//! Data flow: at build time, site-gen hands each reader language its [`Document`]s (its own
//! pages and the fallback pages its readers see) and its [`Synonyms`] → [`build_index`] →
//! bytes written to `/<lang>/search/`. In the browser or in `site-gen search`, those bytes →
//! [`Index::from_bytes`] → [`Index::search`] → [`Hit`]s in rank order.
//!
//! * `analyse` — tokens and terms: folding, Arabic-script normalisation, Chinese characters,
//!   stemming. Documents and queries go through the same code.
//! * `indexer` — BM25F scores per term and document, quantised to eight levels; synonym
//!   phrases counted where their words stand side by side.
//! * `index`, `format` — the index and its bytes.
//! * `query` — fuzzy and synonym expansion, scoring, excerpts.
//! * `synonyms`, `typo` — the data files and the one-edit check.

pub(crate) mod analyse;
mod format;
mod index;
mod indexer;
mod query;
mod synonyms;
mod typo;

pub use format::FormatError;
pub use index::{DocText, Index};
pub use indexer::{Document, Section, build_index, index};
pub use query::Hit;
pub use synonyms::{Phrase, SynonymError, Synonyms};
