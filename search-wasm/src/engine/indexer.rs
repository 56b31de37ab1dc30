//! Building a reader language's index from its documents (at site build time).
//!
//! Scoring is BM25F: a term's occurrences in the title, headings, summary and body are
//! weighted (a word in the title says more about the page than the same word in a list item)
//! and length-normalised per field, saturated, and multiplied by the term's rarity among the
//! reader's documents. The result is quantised to a byte per posting.

use std::collections::{BTreeMap, BTreeSet};

use super::analyse::Analyser;
use super::index::{DocText, Index, analysers_for};
use super::synonyms::Synonyms;

/// A page as site-gen hands it over: everything a reader of `reader_lang` can reach, including
/// the fallback pages of their language (whose `lang` is the fallback's).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    /// Where the page is, as the reader's browser should follow it (base path included).
    pub url: String,
    pub title: String,
    /// The language of the page's text (BCP 47): the reader's, or a fallback's.
    pub lang: String,
    /// The front matter's one-sentence summary.
    pub summary: String,
    /// The body in reading order, split at its headings (level 2 and below).
    pub sections: Vec<Section>,
}

/// A part of a page's body: a heading and the plain text under it, up to the next heading.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Section {
    /// Empty for the text before the first heading.
    pub heading: String,
    pub text: String,
}

/// Where a term occurs; weights and length normalisation are per field.
#[derive(Clone, Copy)]
enum Field {
    Title,
    Heading,
    Summary,
    Body,
}

impl Field {
    const ALL: [Field; 4] = [Field::Title, Field::Heading, Field::Summary, Field::Body];

    /// How much one occurrence counts, and how much the field's length dampens it.
    fn weight_and_b(self) -> (f32, f32) {
        match self {
            Field::Title => (6.0, 0.3),
            Field::Heading => (2.5, 0.4),
            Field::Summary => (2.5, 0.3),
            Field::Body => (1.0, 0.75),
        }
    }
}

const K1: f32 = 1.2;

/// Builds the index of `reader_lang` (see [`Document`]) and returns its bytes, which
/// [`Index::from_bytes`] reads in the browser and natively.
pub fn build_index(reader_lang: &str, docs: &[Document], synonyms: &Synonyms) -> Vec<u8> {
    index(reader_lang, docs, synonyms).to_bytes()
}

/// The index itself, before encoding.
pub fn index(reader_lang: &str, docs: &[Document], synonyms: &Synonyms) -> Index {
    let mut langs = vec![reader_lang.to_string()];
    for d in docs {
        if !langs.contains(&d.lang) {
            langs.push(d.lang.clone());
        }
    }
    // term → per document, occurrences per field; each document's field lengths; and every
    // surface form with its terms.
    let mut occurrences: BTreeMap<String, BTreeMap<u32, [u32; 4]>> = BTreeMap::new();
    let mut surfaces: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut lengths: Vec<[u32; 4]> = Vec::with_capacity(docs.len());
    let mut texts = Vec::with_capacity(docs.len());
    for (i, doc) in docs.iter().enumerate() {
        let analyser = Analyser::for_lang(&doc.lang);
        let mut len = [0u32; 4];
        let mut add = |field: Field, text: &str| {
            for (surface, term) in analyser.surfaces_and_terms(text) {
                let per_field = occurrences.entry(term.clone()).or_default();
                per_field.entry(i as u32).or_default()[field as usize] += 1;
                len[field as usize] += 1;
                surfaces.entry(surface).or_default().insert(term);
            }
        };
        add(Field::Title, &doc.title);
        add(Field::Summary, &doc.summary);
        for s in &doc.sections {
            add(Field::Heading, &s.heading);
            add(Field::Body, &s.text);
        }
        lengths.push(len);
        texts.push(DocText {
            url: doc.url.clone(),
            title: doc.title.clone(),
            lang: langs.iter().position(|l| *l == doc.lang).unwrap_or(0),
            summary: doc.summary.clone(),
            headings: doc
                .sections
                .iter()
                .filter(|s| !s.heading.is_empty())
                .map(|s| s.heading.clone())
                .collect(),
        });
    }
    let analysers = analysers_for(&langs);
    let synonyms = analyse_synonyms(synonyms, &analysers, &mut surfaces);
    // Terms only synonyms spell have no postings, but a query word can still be their alias.
    for phrase in synonyms.iter().flatten() {
        for term in phrase {
            occurrences.entry(term.clone()).or_default();
        }
    }

    let n = docs.len().max(1) as f32;
    let mut average = [0f32; 4];
    for f in Field::ALL {
        let total: u32 = lengths.iter().map(|l| l[f as usize]).sum();
        average[f as usize] = (total as f32 / n).max(1.0);
    }
    let mut terms = Vec::with_capacity(occurrences.len());
    let mut postings = Vec::with_capacity(occurrences.len());
    for (term, per_doc) in occurrences {
        let p: Vec<(u32, u8)> = per_doc
            .into_iter()
            .map(|(doc, tf)| {
                let len = &lengths[doc as usize];
                let mut weighted = 0.0;
                for f in Field::ALL {
                    let (w, b) = f.weight_and_b();
                    let norm = 1.0 - b + b * len[f as usize] as f32 / average[f as usize];
                    weighted += w * tf[f as usize] as f32 / norm;
                }
                // Saturated frequency in (0, K1 + 1), to four bits.
                let saturated = weighted / (weighted + K1);
                (doc, ((saturated * 15.0).round() as u8).clamp(1, 15))
            })
            .collect();
        terms.push(term);
        postings.push(p);
    }
    let aliases = surfaces
        .into_iter()
        .filter_map(|(surface, of)| {
            let ids: Vec<u32> = of
                .iter()
                .filter(|t| **t != surface)
                .filter_map(|t| terms.binary_search(t).ok())
                .map(|i| i as u32)
                .collect();
            (!ids.is_empty()).then_some((surface, ids))
        })
        .collect();
    let bytes = Index {
        langs,
        docs: texts,
        terms,
        postings,
        aliases,
        idf: Vec::new(),
        synonyms,
    }
    .to_bytes();
    // Reading it back computes what is derived (the idf): one definition of the index.
    match Index::from_bytes(&bytes) {
        Ok(index) => index,
        Err(e) => unreachable!("an index written here reads back: {e}"),
    }
}

/// Each phrase as analysed by its own language and by every analyser of the index (a query
/// is analysed by all of them), without repeats; groups left with one phrase are dropped.
fn analyse_synonyms(
    synonyms: &Synonyms,
    analysers: &[Analyser],
    surfaces: &mut BTreeMap<String, BTreeSet<String>>,
) -> Vec<Vec<Vec<String>>> {
    let mut out = Vec::new();
    for group in &synonyms.groups {
        let mut phrases: Vec<Vec<String>> = Vec::new();
        for p in group {
            let own = Analyser::for_lang(&p.lang);
            for a in std::iter::once(&own).chain(analysers) {
                let pairs = a.surfaces_and_terms(&p.text);
                let terms: Vec<String> = pairs.iter().map(|(_, t)| t.clone()).collect();
                for (surface, term) in pairs {
                    surfaces.entry(surface).or_default().insert(term);
                }
                if !terms.is_empty() && !phrases.contains(&terms) {
                    phrases.push(terms);
                }
            }
        }
        if phrases.len() > 1 {
            out.push(phrases);
        }
    }
    out
}
