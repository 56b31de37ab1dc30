//! Answering a query: the same code natively (`site-gen search`, tests) and in the browser.
//!
//! 1. The query is split into tokens like a document, and each token reduced to its surface
//!    form (folded, normalised). The index maps the surface forms of its documents and
//!    synonyms to their terms, as each document's language analysed them (a Dari reader's
//!    index also holds the English of its fallback pages), so a query word that occurs in
//!    the text meets exactly the text's term, without a stemmer in the browser.
//! 2. Each token becomes a *unit* with alternatives: its exact terms, and the terms of
//!    surface forms or terms one edit away (words of five letters or more), or sharing a
//!    prefix (a word cut short, or an ending the text does not have). Fuzzy alternatives
//!    count less. Chinese characters have no fuzzy alternatives. The language's common words
//!    ("my", "how") count as if every page had them.
//! 3. A word that is a synonym gains the other words and phrases of its group as
//!    alternatives. A run of words that spells a synonym phrase ("court date") adds a unit of
//!    its own: the phrase where its words stand side by side, and the group's other phrases
//!    ("hearing"). (The phrase's words anywhere in the page, as a weaker alternative, made no
//!    difference on the query set: each word already counts as a unit of its own.)
//! 4. A document's score is the sum over units of its best alternative (BM25F: saturation
//!    already makes a page with two of the query's words beat one that repeats one of them).
//!    An extra factor for the share of the query a page matches (Lucene's former "coord")
//!    buried pages about one of the query's subjects under pages that mention each in
//!    passing ("my husband was detained" → the family petitions page): without it, the query
//!    set gained three queries in the top 3.
//! 5. The best pages are then weighed by how much of the query their title says, common
//!    words included: a title that spells the reader's question is the page they want.

use super::analyse::{Script, Token, char_len, surface, tokens};
use super::index::Index;
use super::typo::within_one_edit;

/// One result, in rank order. With the `load` feature it serialises to the JSON that
/// `site-gen search` prints: `{"url", "title", "excerpt", "lang"}`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "load", derive(serde::Serialize))]
pub struct Hit {
    /// The page's address, as the index holds it (base path included).
    pub url: String,
    /// The page's title.
    pub title: String,
    /// The page's summary, or the heading of the page that matches the query better.
    pub excerpt: String,
    /// The language of the page's text: a fallback page's is not the reader's.
    pub lang: String,
}

/// How much an alternative counts against an exact match.
const EXACT: f32 = 1.0;
const SYNONYM: f32 = 0.9;
/// The index's term is the start of the query word ("deportasion" → "deport").
const STEM_OF_QUERY: f32 = 0.7;
const ONE_EDIT: f32 = 0.6;
/// The query word is the start of the index's term (typed in part: "asyl").
const PREFIX: f32 = 0.5;

/// A lone Latin letter ("m" for "mwen" in Haitian Creole, the "l" of "l'asile", the "u" of
/// "U visa") says little, and is rare in the text only by accident of spelling: it counts
/// this much of a word.
const LONE_LETTER: f32 = 0.3;

/// One of the language's common words ("my", "how", "mwen"), see `Synonyms::common`: weighed
/// with the rarity of a word every page has, and a tenth of a word where an excerpt is chosen
/// (a title that says it counts it in full: see `title_share`).
const COMMON: f32 = 0.1;

/// A title with every word of the query multiplies the score by 1 + this.
const TITLE: f32 = 0.5;
/// How many of the best pages by their text the title is compared on: enough that a page
/// with the query in its title is among them, few enough to keep a query fast on a large site.
const RERANKED: usize = 40;

/// Words shorter than this get no typo tolerance (too many short words are one edit apart).
const TYPO_MIN_CHARS: usize = 5;
const PREFIX_MIN_CHARS: usize = 3;
const STEM_MIN_CHARS: usize = 4;

/// A query unit: a token, or a run of tokens that spells a synonym phrase.
struct Unit {
    /// Alternatives: (term id, weight). A synonym phrase's term counts where its words stand
    /// side by side.
    terms: Vec<(usize, f32)>,
    /// How many query tokens the unit stands for.
    width: f32,
    /// A run of words that spells a synonym phrase (the words have units of their own).
    phrase: bool,
    /// A common word: its rarity among the pages says nothing.
    common: bool,
}

/// Query tokens `start..start + width` spell the synonym phrases `phrases` (group, term).
struct Span {
    start: usize,
    width: usize,
    phrases: Vec<(usize, usize)>,
}

impl Index {
    /// The best `limit` documents for `query`, best first.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let units = self.units(query);
        if units.is_empty() || limit == 0 {
            return Vec::new();
        }
        let n = self.docs.len();
        let scores: Vec<Vec<f32>> = units.iter().map(|u| self.unit_scores(u, n)).collect();
        // The best candidates by their text, then by how much of the query their title says.
        let candidates = top(
            limit.saturating_mul(4).max(RERANKED),
            (0..n).map(|doc| (doc, scores.iter().map(|s| s[doc]).sum())),
        );
        let ranked = top(
            limit,
            candidates
                .into_iter()
                .map(|(doc, score)| (doc, score * (1.0 + TITLE * self.title_share(doc, &units)))),
        );
        ranked
            .into_iter()
            .map(|(doc, _)| self.hit(doc, &units))
            .collect()
    }

    /// The query's units (see the module comment).
    fn units(&self, query: &str) -> Vec<Unit> {
        let toks: Vec<Token> = tokens(query).into_iter().filter(|t| !t.joined).collect();
        // Per token: its exact terms (for synonym phrases) and its unit.
        let mut exact: Vec<Vec<usize>> = Vec::with_capacity(toks.len());
        let mut units: Vec<Unit> = Vec::with_capacity(toks.len());
        for t in &toks {
            let Some(q) = surface(t) else { continue };
            let ids = self.lookup(&q);
            // (Digits are ASCII once folded; `char::is_alphabetic` would add Unicode tables.)
            let lone_letter = t.script == Script::Latin
                && char_len(&q) == 1
                && !q.starts_with(|c: char| c.is_ascii_digit());
            let common = self.is_common(&q);
            let weight = if common {
                COMMON
            } else if lone_letter {
                LONE_LETTER
            } else {
                EXACT
            };
            let mut alts: Vec<(usize, f32)> = ids.iter().map(|&id| (id, weight)).collect();
            // A common word's neighbours ("mwens" for "mwen") are no likelier to be meant.
            if !common {
                self.fuzzy(t.script, &q, &mut alts);
            }
            exact.push(ids);
            units.push(Unit {
                terms: alts,
                width: 1.0,
                phrase: false,
                common,
            });
        }
        self.apply_synonyms(&exact, &mut units);
        units
    }

    /// The share of the query's words that the document's title has: common words count in
    /// full, as the title that spells a reader's question ("Who can apply for asylum") says
    /// more than its rare words alone.
    fn title_share(&self, doc: usize, units: &[Unit]) -> f32 {
        let present: Vec<usize> = tokens(&self.docs[doc].title)
            .iter()
            .filter_map(surface)
            .flat_map(|s| self.lookup(&s))
            .collect();
        let words = units.iter().filter(|u| !u.phrase);
        let (mut said, mut count) = (0.0, 0.0);
        for u in words {
            count += 1.0;
            let best = u
                .terms
                .iter()
                .filter(|(id, _)| present.contains(id))
                .map(|&(_, w)| if u.common { EXACT } else { w.min(EXACT) })
                .fold(0.0, f32::max);
            said += best;
        }
        if count > 0.0 { said / count } else { 0.0 }
    }

    /// Adds the terms near the query word `q` (see the module comment).
    fn fuzzy(&self, script: Script, q: &str, alts: &mut Vec<(usize, f32)>) {
        if script == Script::Han {
            return;
        }
        let q_len = char_len(q);
        let near = |d: &str| -> f32 {
            // A synonym phrase's term (words joined by spaces) is not a word to be near.
            if d == q || d.bytes().any(|b| b == b' ') {
                return 0.0;
            }
            let d_len = char_len(d);
            if q_len >= TYPO_MIN_CHARS && q_len.abs_diff(d_len) <= 1 && within_one_edit(q, d) {
                ONE_EDIT
            } else if q_len >= PREFIX_MIN_CHARS && d.starts_with(q) {
                PREFIX
            } else if d_len >= STEM_MIN_CHARS && 2 * d_len >= q_len && q.starts_with(d) {
                STEM_OF_QUERY
            } else {
                0.0
            }
        };
        for (id, d) in self.terms.iter().enumerate() {
            let w = near(d);
            if w > 0.0 {
                push_best(alts, id, w);
            }
        }
        for (a, ids) in &self.aliases {
            let w = near(a);
            if w > 0.0 {
                for &id in ids {
                    push_best(alts, id as usize, w);
                }
            }
        }
        let mut form = String::new();
        for (id, (term, endings)) in self.terms.iter().zip(&self.endings).enumerate() {
            for e in endings {
                form.clear();
                form.push_str(term);
                form.push_str(e);
                let w = near(&form);
                if w > 0.0 {
                    push_best(alts, id, w);
                }
            }
        }
    }

    /// The words' terms of a synonym's term (one for a word), or `None` when one is unknown.
    // A closure, not `' '`: a char pattern brings memchr, 650 bytes of the browser's engine.
    #[allow(clippy::manual_pattern_char_comparison)]
    fn words_of(&self, term: usize) -> Option<Vec<usize>> {
        self.terms
            .get(term)?
            .split(|c| c == ' ')
            .map(|w| self.term_id(w))
            .collect()
    }

    /// Finds the runs of tokens that spell a synonym, longest first, without overlaps. A word
    /// gains the group's other words and phrases as alternatives; a run of several words
    /// becomes a unit of its own (see the module comment).
    fn apply_synonyms(&self, exact: &[Vec<usize>], units: &mut Vec<Unit>) {
        // (start, width, group, term) of each match.
        let mut matches: Vec<(usize, usize, usize, usize)> = Vec::new();
        for (g, group) in self.synonyms.iter().enumerate() {
            for &term in group {
                let Some(words) = self.words_of(term as usize) else {
                    continue;
                };
                let w = words.len();
                if w == 0 || w > exact.len() {
                    continue;
                }
                for start in 0..=exact.len() - w {
                    let spelt = words
                        .iter()
                        .zip(&exact[start..start + w])
                        .all(|(word, candidates)| candidates.contains(word));
                    if spelt {
                        matches.push((start, w, g, term as usize));
                    }
                }
            }
        }
        let mut owner: Vec<Option<usize>> = vec![None; exact.len()];
        let mut spans: Vec<Span> = Vec::new();
        let longest = matches.iter().map(|m| m.1).max().unwrap_or(0);
        let by_width = (1..=longest)
            .rev()
            .flat_map(|width| matches.iter().filter(move |m| m.1 == width));
        for &(start, w, g, term) in by_width {
            let free = owner[start..start + w].iter().all(Option::is_none);
            let same = spans
                .iter()
                .position(|s| s.start == start && s.width == w)
                .filter(|&i| owner[start] == Some(i));
            match (same, free) {
                (Some(i), _) => spans[i].phrases.push((g, term)),
                (None, true) => {
                    for o in &mut owner[start..start + w] {
                        *o = Some(spans.len());
                    }
                    spans.push(Span {
                        start,
                        width: w,
                        phrases: vec![(g, term)],
                    });
                }
                (None, false) => {}
            }
        }
        for span in spans {
            let mut unit = Unit {
                terms: Vec::new(),
                width: span.width as f32,
                phrase: true,
                common: false,
            };
            // The spelt phrase itself, then the group's others.
            for &(g, spelt) in &span.phrases {
                for &other in &self.synonyms[g] {
                    let other = other as usize;
                    let weight = if other == spelt { EXACT } else { SYNONYM };
                    push_best(&mut unit.terms, other, weight);
                }
            }
            if span.width == 1 {
                // A word: its own unit gains the alternatives, and is no longer common.
                let own = &mut units[span.start];
                for (id, w) in unit.terms {
                    push_best(&mut own.terms, id, w);
                }
                own.common = false;
            } else {
                units.push(unit);
            }
        }
    }

    /// Each document's score for one unit.
    ///
    /// Every alternative is weighed with the rarity of the reader's own word, not its own:
    /// otherwise a Dari word found in two Dari pages would outrank its English synonym in the
    /// titles of the English fallback pages, only because English says it more often.
    fn unit_scores(&self, unit: &Unit, n: usize) -> Vec<f32> {
        let mut s = vec![0f32; n];
        let idf = if unit.common {
            idf(n, n)
        } else {
            self.concept_idf(unit, n)
        };
        for &(id, weight) in &unit.terms {
            for &(doc, w) in &self.postings[id] {
                let v = weight * idf * f32::from(w) * unit.width;
                let slot = &mut s[doc as usize];
                *slot = slot.max(v);
            }
        }
        s
    }

    /// BM25's idf of the documents having the unit's exact terms; when the index has none of
    /// them, of those having its synonyms, and failing those, its other matches.
    fn concept_idf(&self, unit: &Unit, n: usize) -> f32 {
        let docs_of = |ids: &mut dyn Iterator<Item = usize>| {
            let mut has = vec![false; n];
            for id in ids {
                for &(doc, _) in &self.postings[id] {
                    has[doc as usize] = true;
                }
            }
            has.iter().filter(|h| **h).count()
        };
        let at_least = |w: f32| unit.terms.iter().filter(move |a| a.1 >= w).map(|a| a.0);
        let mut df = docs_of(&mut at_least(EXACT));
        if df == 0 {
            df = docs_of(&mut at_least(SYNONYM));
        }
        if df == 0 {
            df = docs_of(&mut unit.terms.iter().map(|a| a.0));
        }
        idf(n, df)
    }

    /// A result: the document's texts and the excerpt that shows most of the query.
    fn hit(&self, doc: usize, units: &[Unit]) -> Hit {
        let d = &self.docs[doc];
        let lang = self.langs.get(d.lang).cloned().unwrap_or_default();
        // A candidate's score: per unit, the best weight among its alternatives present.
        let score = |text: &str| -> f32 {
            let present: Vec<usize> = tokens(text)
                .iter()
                .filter_map(surface)
                .flat_map(|s| self.lookup(&s))
                .collect();
            let has = |id: usize| {
                self.words_of(id)
                    .is_some_and(|w| w.iter().all(|t| present.contains(t)))
            };
            units
                .iter()
                .map(|u| {
                    let best = u
                        .terms
                        .iter()
                        .filter(|(id, _)| has(*id))
                        .map(|(_, w)| *w)
                        .fold(0.0, f32::max);
                    best * u.width
                })
                .sum()
        };
        let mut excerpt = d.summary.clone();
        let mut best = score(&d.summary);
        for heading in &d.headings {
            let s = score(heading);
            if s > best {
                best = s;
                excerpt.clone_from(heading);
            }
        }
        Hit {
            url: d.url.clone(),
            title: d.title.clone(),
            excerpt,
            lang,
        }
    }
}

/// BM25's idf of a term in `df` of `n` documents.
fn idf(n: usize, df: usize) -> f32 {
    let (n, df) = (n as f32, df as f32);
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}

/// The `k` best (document, score) pairs with a score above zero, best first; equal scores
/// keep the site's order. (A selection rather than a sort: it is all a query needs, and
/// the standard sorts would add a tenth to the browser's engine.)
fn top(k: usize, scored: impl Iterator<Item = (usize, f32)>) -> Vec<(usize, f32)> {
    let mut best: Vec<(usize, f32)> = Vec::with_capacity(k + 1);
    for (doc, score) in scored {
        if score <= 0.0 || (best.len() == k && best.last().is_some_and(|l| l.1 >= score)) {
            continue;
        }
        let at = best.iter().position(|b| b.1 < score).unwrap_or(best.len());
        best.insert(at, (doc, score));
        best.truncate(k);
    }
    best
}

/// Adds an alternative, or raises the weight of one already there.
fn push_best(alts: &mut Vec<(usize, f32)>, id: usize, weight: f32) {
    match alts.iter_mut().find(|(i, _)| *i == id) {
        Some(alt) => alt.1 = alt.1.max(weight),
        None => alts.push((id, weight)),
    }
}
