//! Answering a query: the same code natively (`site-gen search`, tests) and in the browser.
//!
//! 1. The query is split into tokens like a document, and each token analysed by every
//!    analyser of the index (the reader's language and its fallbacks), since a Dari reader
//!    may type Dari or English.
//! 2. Each token becomes a *unit* with alternatives: its exact terms, and terms of the index
//!    one edit away (words of five letters or more), sharing a prefix (a word cut short, or
//!    an ending the stemmer did not know), or — for a lone Chinese character — the bigrams
//!    holding it. Fuzzy alternatives count less than exact ones.
//! 3. A run of tokens that spells a synonym phrase becomes one unit whose alternatives also
//!    include the group's other phrases ("court date" → "hearing").
//! 4. A document's score is the sum over units of its best alternative, times the share of
//!    the query's weight it matched (a page with both rare words of the query beats a page
//!    that repeats one of them).

use super::analyse::{Script, Token, tokens};
use super::index::Index;
use super::typo::within_one_edit;

/// One result, in rank order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub url: String,
    pub title: String,
    /// The page's summary, or the heading and first sentence of the section that matched best.
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
const HAN_CHARACTER: f32 = 0.4;

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
        let mut ranked: Vec<(usize, f32)> = (0..n)
            .map(|doc| {
                let mut sum = 0.0;
                let mut matched = 0.0;
                for (s, imp) in scores.iter().zip(&importance) {
                    if s[doc] > 0.0 {
                        sum += s[doc];
                        matched += imp;
                    }
                }
                (doc, sum * matched / total)
            })
            .filter(|(_, s)| *s > 0.0)
            .collect();
        // Stable: equal scores keep the site's order.
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
        ranked.truncate(limit);
        ranked
            .into_iter()
            .map(|(doc, _)| self.hit(doc, &units))
            .collect()
    }

    /// The query's units (see the module comment).
    fn units(&self, query: &str) -> Vec<Unit> {
        let analysers = self.analysers();
        let toks: Vec<Token> = tokens(query).into_iter().filter(|t| !t.joined).collect();
        // Per token: its exact terms as text (for synonym phrases) and its unit.
        let mut exact: Vec<Vec<String>> = Vec::with_capacity(toks.len());
        let mut units: Vec<Unit> = Vec::with_capacity(toks.len());
        for t in &toks {
            let mut terms: Vec<String> = Vec::new();
            let mut surfaces: Vec<String> = Vec::new();
            for a in &analysers {
                if let Some(term) = a.term(t)
                    && !terms.contains(&term)
                {
                    terms.push(term);
                }
                if let Some(s) = a.surface(t)
                    && !surfaces.contains(&s)
                {
                    surfaces.push(s);
                }
            }
            let mut alts: Vec<(usize, f32)> = Vec::new();
            for term in &terms {
                if let Some(id) = self.term_id(term) {
                    push_best(&mut alts, id, EXACT);
                }
            }
            self.fuzzy(t.script, &terms, &surfaces, &mut alts);
            exact.push(terms);
            units.push(Unit {
                terms: alts,
                phrases: Vec::new(),
                width: 1.0,
            });
        }
        self.apply_synonyms(&exact, units)
    }

    /// Adds the index's terms near the query word (see the module comment).
    fn fuzzy(
        &self,
        script: Script,
        terms: &[String],
        surfaces: &[String],
        alts: &mut Vec<(usize, f32)>,
    ) {
        for (id, d) in self.terms.iter().enumerate() {
            let weight = match script {
                Script::Han => {
                    let lone = terms.iter().any(|q| q.chars().count() == 1 && d.contains(q));
                    if lone && !terms.contains(d) {
                        HAN_CHARACTER
                    } else {
                        continue;
                    }
                }
                Script::Latin | Script::Arabic => {
                    let d_len = d.chars().count();
                    let mut best = 0.0f32;
                    for q in terms.iter().chain(surfaces) {
                        if q == d {
                            continue;
                        }
                        let q_len = q.chars().count();
                        if q_len >= TYPO_MIN_CHARS && within_one_edit(q, d) {
                            best = best.max(ONE_EDIT);
                        } else if q_len >= PREFIX_MIN_CHARS && d.starts_with(q.as_str()) {
                            best = best.max(PREFIX);
                        } else if d_len >= STEM_MIN_CHARS
                            && 2 * d_len >= q_len
                            && q.starts_with(d.as_str())
                        {
                            best = best.max(STEM_OF_QUERY);
                        }
                    }
                    if best > 0.0 {
                        best
                    } else {
                        continue;
                    }
                }
            };
            push_best(alts, id, weight);
        }
    }

    /// Merges runs of units that spell a synonym phrase, longest first, and adds the group's
    /// other phrases as alternatives.
    fn apply_synonyms(&self, exact: &[Vec<String>], units: Vec<Unit>) -> Vec<Unit> {
        // (start, width, group, phrase) of each match.
        let mut matches: Vec<(usize, usize, usize, usize)> = Vec::new();
        for (g, group) in self.synonyms.iter().enumerate() {
            for (p, phrase) in group.iter().enumerate() {
                let w = phrase.len();
                for start in 0..exact.len().saturating_sub(w - 1) {
                    let spelt = phrase
                        .iter()
                        .zip(&exact[start..start + w])
                        .all(|(term, candidates)| candidates.contains(term));
                    if spelt {
                        matches.push((start, w, g, p));
                    }
                }
            }
        }
        matches.sort_by_key(|&(start, w, _, _)| (std::cmp::Reverse(w), start));
        let mut owner: Vec<Option<usize>> = vec![None; units.len()];
        let mut spans: Vec<(usize, usize, Vec<(usize, usize)>)> = Vec::new();
        for (start, w, g, p) in matches {
            let free = owner[start..start + w].iter().all(Option::is_none);
            let same = spans
                .iter()
                .position(|s| s.0 == start && s.1 == w)
                .filter(|&i| owner[start] == Some(i));
            match (same, free) {
                (Some(i), _) => spans[i].2.push((g, p)),
                (None, true) => {
                    for o in &mut owner[start..start + w] {
                        *o = Some(spans.len());
                    }
                    spans.push((start, w, vec![(g, p)]));
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
            let (start, w, ref found) = spans[span];
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
    fn unit_scores(&self, unit: &Unit, n: usize) -> Vec<f32> {
        let mut s = vec![0f32; n];
        for &(id, weight) in &unit.terms {
            for &(doc, w) in &self.postings[id] {
                let v = weight * f32::from(w) * unit.width;
                let slot = &mut s[doc as usize];
                *slot = slot.max(v);
            }
        }
        for phrase in &unit.phrases {
            let mut sum = vec![0f32; n];
            for id in phrase.iter().flatten() {
                for &(doc, w) in &self.postings[*id] {
                    sum[doc as usize] += f32::from(w);
                }
            }
            let len = phrase.len().max(1) as f32;
            for (slot, total) in s.iter_mut().zip(sum) {
                *slot = slot.max(SYNONYM * total / len * unit.width);
            }
        }
        s
    }

    /// A result: the document's texts and the excerpt that shows most of the query.
    fn hit(&self, doc: usize, units: &[Unit]) -> Hit {
        let d = &self.docs[doc];
        let lang = self.langs.get(d.lang).cloned().unwrap_or_default();
        let analyser = super::analyse::Analyser::for_lang(&lang);
        // A candidate's score: per unit, the best weight among its alternatives present.
        let score = |text: &str| -> f32 {
            let present: Vec<usize> = analyser
                .terms(text)
                .iter()
                .filter_map(|t| self.term_id(t))
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
        for (heading, lead) in &d.sections {
            let s = score(&format!("{heading} {lead}"));
            if s > best {
                best = s;
                excerpt = match (heading.is_empty(), lead.is_empty()) {
                    (true, _) => lead.clone(),
                    (false, true) => heading.clone(),
                    (false, false) => format!("{heading} — {lead}"),
                };
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

/// Adds an alternative, or raises the weight of one already there.
fn push_best(alts: &mut Vec<(usize, f32)>, id: usize, weight: f32) {
    match alts.iter_mut().find(|(i, _)| *i == id) {
        Some(alt) => alt.1 = alt.1.max(weight),
        None => alts.push((id, weight)),
    }
}
