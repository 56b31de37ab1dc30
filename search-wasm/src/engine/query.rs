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
//!    count less. Chinese characters have no fuzzy alternatives.
//! 3. A run of tokens that spells a synonym phrase becomes one unit whose alternatives also
//!    include the group's other phrases ("court date" → "hearing").
//! 4. A document's score is the sum over units of its best alternative, times the share of
//!    the query's weight it matched (a page with both rare words of the query beats a page
//!    that repeats one of them).

use super::analyse::{Script, Token, surface, tokens};
use super::index::Index;
use super::typo::within_one_edit;

/// One result, in rank order. With the `load` feature it serialises to the JSON that
/// `site-gen search` prints: `{"url", "title", "excerpt", "lang"}`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "load", derive(serde::Serialize))]
pub struct Hit {
    pub url: String,
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

/// Words shorter than this get no typo tolerance (too many short words are one edit apart).
const TYPO_MIN_CHARS: usize = 5;
const PREFIX_MIN_CHARS: usize = 3;
const STEM_MIN_CHARS: usize = 4;

/// A query unit: a token, or a run of tokens that spells a synonym phrase.
struct Unit {
    /// Single-term alternatives: (term id, weight).
    terms: Vec<(usize, f32)>,
    /// Phrase alternatives from synonyms: the terms of each phrase (absent terms as `None`).
    phrases: Vec<Vec<Option<usize>>>,
    /// How many query tokens the unit stands for.
    width: f32,
}

/// Query tokens `start..start + width` spell the synonym phrases `phrases` (group, phrase).
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
        let importance: Vec<f32> = scores
            .iter()
            .map(|s| s.iter().copied().fold(0.0, f32::max))
            .collect();
        let total: f32 = importance.iter().sum();
        if total <= 0.0 {
            return Vec::new();
        }
        let ranked = top(
            limit,
            (0..n).map(|doc| {
                let mut sum = 0.0;
                let mut matched = 0.0;
                for (s, imp) in scores.iter().zip(&importance) {
                    if s[doc] > 0.0 {
                        sum += s[doc];
                        matched += imp;
                    }
                }
                (doc, sum * matched / total)
            }),
        );
        ranked
            .into_iter()
            .map(|(doc, _)| self.hit(doc, &units))
            .collect()
    }

    /// The query's units (see the module comment).
    fn units(&self, query: &str) -> Vec<Unit> {
        let toks: Vec<Token> = tokens(query).into_iter().filter(|t| !t.joined).collect();
        // Per token: its exact terms as text (for synonym phrases) and its unit.
        let mut exact: Vec<Vec<&str>> = Vec::with_capacity(toks.len());
        let mut units: Vec<Unit> = Vec::with_capacity(toks.len());
        for t in &toks {
            let Some(q) = surface(t) else { continue };
            let ids = self.lookup(&q);
            // (Digits are ASCII once folded; `char::is_alphabetic` would add Unicode tables.)
            let lone_letter = t.script == Script::Latin
                && q.chars().count() == 1
                && !q.starts_with(|c: char| c.is_ascii_digit());
            let weight = if lone_letter { LONE_LETTER } else { EXACT };
            let mut alts: Vec<(usize, f32)> = ids.iter().map(|&id| (id, weight)).collect();
            self.fuzzy(t.script, &q, &mut alts);
            exact.push(ids.iter().map(|&id| self.terms[id].as_str()).collect());
            units.push(Unit {
                terms: alts,
                phrases: Vec::new(),
                width: 1.0,
            });
        }
        self.apply_synonyms(&exact, units)
    }

    /// Adds the terms near the query word `q` (see the module comment).
    fn fuzzy(&self, script: Script, q: &str, alts: &mut Vec<(usize, f32)>) {
        if script == Script::Han {
            return;
        }
        let q_len = q.chars().count();
        let near = |d: &str| -> f32 {
            if d == q {
                return 0.0;
            }
            let d_len = d.chars().count();
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
    }

    /// Merges runs of units that spell a synonym phrase, longest first, and adds the group's
    /// other phrases as alternatives.
    fn apply_synonyms(&self, exact: &[Vec<&str>], units: Vec<Unit>) -> Vec<Unit> {
        // (start, width, group, phrase) of each match.
        let mut matches: Vec<(usize, usize, usize, usize)> = Vec::new();
        for (g, group) in self.synonyms.iter().enumerate() {
            for (p, phrase) in group.iter().enumerate() {
                let w = phrase.len();
                if w == 0 || w > exact.len() {
                    continue;
                }
                for start in 0..=exact.len() - w {
                    let spelt = phrase
                        .iter()
                        .zip(&exact[start..start + w])
                        .all(|(term, candidates)| candidates.contains(&term.as_str()));
                    if spelt {
                        matches.push((start, w, g, p));
                    }
                }
            }
        }
        let mut owner: Vec<Option<usize>> = vec![None; units.len()];
        let mut spans: Vec<Span> = Vec::new();
        let longest = matches.iter().map(|m| m.1).max().unwrap_or(0);
        let by_width = (1..=longest)
            .rev()
            .flat_map(|width| matches.iter().filter(move |m| m.1 == width));
        for &(start, w, g, p) in by_width {
            let free = owner[start..start + w].iter().all(Option::is_none);
            let same = spans
                .iter()
                .position(|s| s.start == start && s.width == w)
                .filter(|&i| owner[start] == Some(i));
            match (same, free) {
                (Some(i), _) => spans[i].phrases.push((g, p)),
                (None, true) => {
                    for o in &mut owner[start..start + w] {
                        *o = Some(spans.len());
                    }
                    spans.push(Span {
                        start,
                        width: w,
                        phrases: vec![(g, p)],
                    });
                }
                (None, false) => {}
            }
        }
        let mut out = Vec::with_capacity(units.len());
        let mut units = units.into_iter().enumerate().peekable();
        while let Some((i, unit)) = units.next() {
            let Some(span) = owner[i] else {
                out.push(unit);
                continue;
            };
            let Span {
                start,
                width: w,
                phrases: ref found,
            } = spans[span];
            let mut merged = unit;
            for _ in start + 1..start + w {
                if let Some((_, next)) = units.next() {
                    merged.terms.extend(next.terms);
                    merged.phrases.extend(next.phrases);
                }
            }
            // The spelt phrase itself, then the group's others.
            for &(g, p) in found {
                for (q, phrase) in self.synonyms[g].iter().enumerate() {
                    let ids: Vec<Option<usize>> = phrase.iter().map(|t| self.term_id(t)).collect();
                    let weight = if q == p { EXACT } else { SYNONYM };
                    if let [Some(id)] = ids[..] {
                        push_best(&mut merged.terms, id, weight);
                    } else if !merged.phrases.contains(&ids) {
                        merged.phrases.push(ids);
                    }
                }
            }
            if w > 1 {
                // The tokens' own single terms now stand for the whole phrase only in part.
                for alt in &mut merged.terms {
                    alt.1 /= w as f32;
                }
            }
            merged.width = w as f32;
            out.push(merged);
        }
        out
    }

    /// Each document's score for one unit.
    ///
    /// Every alternative is weighed with the rarity of the reader's own word, not its own:
    /// otherwise a Dari word found in two Dari pages would outrank its English synonym in the
    /// titles of the English fallback pages, only because English says it more often.
    fn unit_scores(&self, unit: &Unit, n: usize) -> Vec<f32> {
        let mut s = vec![0f32; n];
        let idf = self.concept_idf(unit, n);
        for &(id, weight) in &unit.terms {
            for &(doc, w) in &self.postings[id] {
                let v = weight * idf * f32::from(w) * unit.width;
                let slot = &mut s[doc as usize];
                *slot = slot.max(v);
            }
        }
        // A phrase counts only where all its words are (the index keeps no positions).
        for phrase in &unit.phrases {
            let mut sum = vec![0f32; n];
            let mut words = vec![0usize; n];
            for &id in phrase.iter().flatten() {
                for &(doc, w) in &self.postings[id] {
                    sum[doc as usize] += idf * f32::from(w);
                    words[doc as usize] += 1;
                }
            }
            let len = phrase.len().max(1);
            for ((slot, total), found) in s.iter_mut().zip(sum).zip(words) {
                if found == len {
                    *slot = slot.max(SYNONYM * total / len as f32 * unit.width);
                }
            }
        }
        s
    }

    /// BM25's idf of the documents having the unit's exact terms; when the index has none of
    /// them, of those having its synonyms, and failing those, its fuzzy matches.
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
        let exact = docs_of(&mut unit.terms.iter().filter(|a| a.1 >= EXACT).map(|a| a.0));
        let df = if exact > 0 {
            exact
        } else {
            let synonyms = unit.terms.iter().filter(|a| a.1 >= SYNONYM).map(|a| a.0);
            let phrases = unit.phrases.iter().flatten().flatten().copied();
            match docs_of(&mut synonyms.chain(phrases)) {
                0 => docs_of(&mut unit.terms.iter().map(|a| a.0)),
                d => d,
            }
        };
        let (n, df) = (n as f32, df as f32);
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
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
            units
                .iter()
                .map(|u| {
                    let single = u
                        .terms
                        .iter()
                        .filter(|(id, _)| present.contains(id))
                        .map(|(_, w)| *w)
                        .fold(0.0, f32::max);
                    let phrase = u
                        .phrases
                        .iter()
                        .filter(|p| p.iter().flatten().any(|id| present.contains(id)))
                        .map(|_| SYNONYM)
                        .fold(0.0, f32::max);
                    single.max(phrase)
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
