//! Building a reader language's index from its documents (at site build time).
//!
//! Scoring is BM25F: a term's occurrences in the title, headings, summary and body are
//! weighted (a word in the title says more about the page than the same word in a list item)
//! and length-normalised per field, saturated, and multiplied by the term's rarity among the
//! reader's documents. The result is quantised to eight levels (four bits) per posting.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::analyse::{Analyser, surface, tokens};
use super::index::{DocText, Index, analysers_for};
use super::synonyms::Synonyms;

/// A page as site-gen hands it over: everything a reader of `reader_lang` can reach, including
/// the fallback pages of their language (whose `lang` is the fallback's).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    /// Where the page is, as the reader's browser should follow it (base path included).
    pub url: String,
    /// The page's title: it weighs most in the ranking.
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
    /// The plain text of this part, without markup.
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

/// BM25's saturation: how fast more occurrences stop counting. Above the usual 1.2, so that
/// one mention in a long body weighs clearly less than a word of the title or summary.
const K1: f32 = 2.0;

/// A posting's weight is one of this many levels: measured on the query set, eight rank as
/// well as sixteen, and take a fifth less room in the index once compressed.
const LEVELS: u8 = 8;

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
    let analysers = analysers_for(&langs);
    let common = common_surfaces(synonyms);
    // term → per document, occurrences per field; each document's field lengths; and every
    // surface form with its terms.
    let mut occurrences: BTreeMap<String, BTreeMap<u32, [u32; 4]>> = BTreeMap::new();
    let mut surfaces: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let groups = analyse_synonyms(synonyms, &analysers, &mut surfaces);
    // The synonym phrases of several words, by their first word's term.
    let mut phrases: BTreeMap<&str, BTreeSet<&[String]>> = BTreeMap::new();
    for p in groups.iter().flatten().filter(|p| p.len() > 1) {
        phrases.entry(p[0].as_str()).or_default().insert(p);
    }
    let mut lengths: Vec<[u32; 4]> = Vec::with_capacity(docs.len());
    let mut texts = Vec::with_capacity(docs.len());
    // Each distinct word is analysed (folded, stemmed) once per language, not once per use,
    // and terms are counted by number: on a large site this is most of the indexing time.
    // Words are looked up by `&str` (no copy per token); a word's entry is the id of its term.
    // Language → [plain words, words joined to a neighbour] → the term id of each word.
    let mut memo: HashMap<String, [HashMap<String, Option<u32>>; 2]> = HashMap::new();
    let mut term_ids: HashMap<String, u32> = HashMap::new();
    let mut term_names: Vec<String> = Vec::new();
    // Per term id: per document, occurrences per field.
    let mut counts: Vec<HashMap<u32, [u32; 4]>> = Vec::new();
    let mut intern = |term: String, counts: &mut Vec<HashMap<u32, [u32; 4]>>| -> u32 {
        *term_ids.entry(term).or_insert_with_key(|t| {
            term_names.push(t.clone());
            counts.push(HashMap::new());
            (term_names.len() - 1) as u32
        })
    };
    // Phrase terms by the ids of their words.
    let phrase_ids: Vec<(Vec<u32>, u32)> = phrases
        .values()
        .flatten()
        .map(|p| {
            let words = p.iter().map(|w| intern(w.clone(), &mut counts)).collect();
            (words, intern(phrase_term(p), &mut counts))
        })
        .collect();
    let mut phrases_by_first: HashMap<u32, Vec<usize>> = HashMap::new();
    for (n, (words, _)) in phrase_ids.iter().enumerate() {
        phrases_by_first.entry(words[0]).or_default().push(n);
    }
    for (i, doc) in docs.iter().enumerate() {
        let analyser = Analyser::for_lang(&doc.lang);
        let mut len = [0u32; 4];
        let known = memo.entry(doc.lang.clone()).or_default();
        let mut add = |field: Field, text: &str| {
            let mut ids: Vec<u32> = Vec::new();
            for t in tokens(text) {
                let words = &mut known[usize::from(t.joined)];
                let id = match words.get(t.text.as_str()) {
                    Some(id) => *id,
                    None => {
                        let id = analyser.analyse(&t).map(|(surface, term)| {
                            surfaces.entry(surface).or_default().insert(term.clone());
                            intern(term, &mut counts)
                        });
                        words.insert(t.text.clone(), id);
                        id
                    }
                };
                ids.extend(id);
            }
            for (at, &id) in ids.iter().enumerate() {
                // A synonym phrase spelt here, its words side by side: one more term (it
                // does not lengthen the field).
                for &n in phrases_by_first.get(&id).into_iter().flatten() {
                    let (words, phrase) = &phrase_ids[n];
                    if ids[at..].starts_with(words) {
                        counts[*phrase as usize].entry(i as u32).or_default()[field as usize] += 1;
                    }
                }
                counts[id as usize].entry(i as u32).or_default()[field as usize] += 1;
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
            headings: doc
                .sections
                .iter()
                .filter(|s| !s.heading.is_empty())
                .map(|s| s.heading.clone())
                .collect(),
        });
    }
    occurrences.extend(
        term_names
            .into_iter()
            .zip(counts)
            .filter(|(_, per_doc)| !per_doc.is_empty())
            .map(|(term, per_doc)| (term, per_doc.into_iter().collect())),
    );
    // A group none of whose phrases is in any page finds nothing (the English groups in the
    // index of a language whose pages are all translated): left out, it costs no bytes.
    let in_pages = |term: &str| occurrences.get(term).is_some_and(|p| !p.is_empty());
    let groups: Vec<Vec<Vec<String>>> = groups
        .iter()
        .filter(|g| {
            g.iter().any(|p| {
                in_pages(&phrase_term(p)) || (p.len() > 1 && p.iter().all(|t| in_pages(t)))
            })
        })
        .cloned()
        .collect();
    // Terms only synonyms spell have no postings, but a query word can still be their alias,
    // and a phrase's words are how a query spells it.
    for phrase in groups.iter().flatten() {
        for term in phrase {
            occurrences.entry(term.clone()).or_default();
        }
        occurrences.entry(phrase_term(phrase)).or_default();
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
                // Saturated frequency in (0, 1), to one of LEVELS levels.
                let saturated = weighted / (weighted + K1);
                let level = (saturated * f32::from(LEVELS)).round() as u8;
                (doc, level.clamp(1, LEVELS))
            })
            .collect();
        terms.push(term);
        postings.push(p);
    }
    let mut endings: Vec<Vec<String>> = vec![Vec::new(); terms.len()];
    let mut aliases = Vec::new();
    for (surface, of) in surfaces {
        let mut ids = Vec::new();
        for t in of.iter().filter(|t| **t != surface) {
            let Ok(id) = terms.binary_search(t) else {
                continue;
            };
            match surface.strip_prefix(t.as_str()) {
                Some(ending) => endings[id].push(ending.to_string()),
                None => ids.push(id as u32),
            }
        }
        if !ids.is_empty() {
            aliases.push((surface, ids));
        }
    }
    for e in &mut endings {
        e.sort_unstable();
    }
    let synonyms = groups
        .iter()
        .map(|group| {
            let mut ids: Vec<u32> = group
                .iter()
                .filter_map(|phrase| terms.binary_search(&phrase_term(phrase)).ok())
                .map(|i| i as u32)
                .collect();
            ids.sort_unstable();
            ids.dedup();
            ids
        })
        .collect();
    let bytes = Index {
        langs,
        docs: texts,
        terms,
        postings,
        endings,
        aliases,
        idf: Vec::new(),
        synonyms,
        common,
    }
    .to_bytes();
    // Reading it back computes what is derived (the idf): one definition of the index.
    match Index::from_bytes(&bytes) {
        Ok(index) => index,
        Err(e) => unreachable!("an index written here reads back: {e}"),
    }
}

/// The term of a synonym phrase: its words' terms joined by spaces (a word's term never has
/// one), so the browser splits it to find the phrase in a query. A one-word phrase is its
/// word's term.
fn phrase_term(phrase: &[String]) -> String {
    phrase.join(" ")
}

/// The surface forms of the common words, sorted and unique: what a query word is compared
/// with, as typed (folded), whichever language's stemmer would have changed it.
fn common_surfaces(synonyms: &Synonyms) -> Vec<String> {
    let set: BTreeSet<String> = synonyms
        .common
        .iter()
        .flat_map(|w| tokens(&w.text))
        .filter_map(|t| surface(&t))
        .collect();
    set.into_iter().collect()
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
