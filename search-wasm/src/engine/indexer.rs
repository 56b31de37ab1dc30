//! Building a reader language's index from its documents (at site build time).
//!
//! Scoring is BM25F: a term's occurrences in the title, headings, summary and body are
//! weighted (a word in the title says more about the page than the same word in a list item)
//! and length-normalised per field, saturated, and multiplied by the term's rarity among the
//! reader's documents. The result is quantised to a byte per posting.

use std::collections::BTreeMap;

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

/// Longest excerpt candidate kept per section, in characters.
const LEAD_CHARS: usize = 180;

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
    // term → per document, occurrences per field; and each document's field lengths.
    let mut occurrences: BTreeMap<String, BTreeMap<u32, [u32; 4]>> = BTreeMap::new();
    let mut lengths: Vec<[u32; 4]> = Vec::with_capacity(docs.len());
    let mut texts = Vec::with_capacity(docs.len());
    for (i, doc) in docs.iter().enumerate() {
        let analyser = Analyser::for_lang(&doc.lang);
        let mut len = [0u32; 4];
        let mut add = |field: Field, text: &str| {
            for term in analyser.terms(text) {
                occurrences.entry(term).or_default().entry(i as u32).or_default()[field as usize] +=
                    1;
                len[field as usize] += 1;
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
            sections: doc
                .sections
                .iter()
                .map(|s| (s.heading.clone(), lead(&s.text)))
                .collect(),
        });
    }

    let n = docs.len().max(1) as f32;
    let mut average = [0f32; 4];
    for f in Field::ALL {
        let total: u32 = lengths.iter().map(|l| l[f as usize]).sum();
        average[f as usize] = (total as f32 / n).max(1.0);
    }
    let mut scored: Vec<(String, Vec<(u32, f32)>)> = Vec::with_capacity(occurrences.len());
    let mut max = 0f32;
    for (term, per_doc) in occurrences {
        let df = per_doc.len() as f32;
        let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
        let postings: Vec<(u32, f32)> = per_doc
            .into_iter()
            .map(|(doc, tf)| {
                let len = &lengths[doc as usize];
                let mut weighted = 0.0;
                for f in Field::ALL {
                    let (w, b) = f.weight_and_b();
                    let norm = 1.0 - b + b * len[f as usize] as f32 / average[f as usize];
                    weighted += w * tf[f as usize] as f32 / norm;
                }
                let score = idf * weighted * (K1 + 1.0) / (weighted + K1);
                max = max.max(score);
                (doc, score)
            })
            .collect();
        scored.push((term, postings));
    }
    let (terms, postings) = scored
        .into_iter()
        .map(|(term, p)| {
            let q = p
                .into_iter()
                .map(|(doc, s)| (doc, ((s / max * 255.0).round() as u8).max(1)))
                .collect();
            (term, q)
        })
        .unzip();

    let analysers = analysers_for(&langs);
    Index {
        synonyms: analyse_synonyms(synonyms, &analysers),
        langs,
        docs: texts,
        terms,
        postings,
    }
}

/// Each phrase as analysed by its own language and by every analyser of the index (a query
/// is analysed by all of them), without repeats; groups left with one phrase are dropped.
fn analyse_synonyms(synonyms: &Synonyms, analysers: &[Analyser]) -> Vec<Vec<Vec<String>>> {
    let mut out = Vec::new();
    for group in &synonyms.groups {
        let mut phrases: Vec<Vec<String>> = Vec::new();
        for p in group {
            let own = Analyser::for_lang(&p.lang);
            for a in std::iter::once(&own).chain(analysers) {
                let terms = a.terms(&p.text);
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

/// The first sentence of a text, at most [`LEAD_CHARS`] characters (cut at a space, with "…").
fn lead(text: &str) -> String {
    let text = text.trim();
    let mut end = text.len();
    for (i, c) in text.char_indices() {
        let after = &text[i + c.len_utf8()..];
        // "U.S. court" goes on: a sentence ends before a space and a word that is not lowercase.
        let ends = after.is_empty()
            || after.starts_with(char::is_whitespace)
                && !after.trim_start().starts_with(char::is_lowercase);
        if matches!(c, '。' | '！' | '？') || (matches!(c, '.' | '!' | '?' | '؟') && ends) {
            end = i + c.len_utf8();
            break;
        }
    }
    let sentence = &text[..end];
    if sentence.chars().count() <= LEAD_CHARS {
        return sentence.to_string();
    }
    let cut = sentence
        .char_indices()
        .nth(LEAD_CHARS)
        .map_or(sentence.len(), |(i, _)| i);
    let head = &sentence[..cut];
    let head = head.rfind(' ').filter(|&i| i > cut / 2).map_or(head, |i| &head[..i]);
    format!("{}…", head.trim_end())
}

#[cfg(test)]
mod tests {
    use super::lead;

    #[test]
    fn a_lead_is_the_first_sentence() {
        assert_eq!(lead("A hearing is a meeting. With the judge."), "A hearing is a meeting.");
        assert_eq!(lead("The U.S. court decides. Then"), "The U.S. court decides.");
        assert_eq!(lead("听证是开庭。法官决定。"), "听证是开庭。");
        assert_eq!(lead("هل تخاف؟ اقرأ"), "هل تخاف؟");
        let long = "word ".repeat(100);
        let l = lead(&long);
        assert!(l.ends_with('…') && l.chars().count() <= 181, "{l}");
    }
}
