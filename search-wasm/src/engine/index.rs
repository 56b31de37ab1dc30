//! The index of one reader language: its documents' short texts (for results), its terms with
//! their postings, and its synonym phrases already analysed. [`Index::to_bytes`] and
//! [`Index::from_bytes`] are its only representation on disk and on the wire.
//!
//! A posting's weight is the saturated BM25F term frequency (over title, headings, summary and
//! body), quantised to eight levels at build time (four bits); the term's rarity is computed when the index
//! is read, from its number of postings. A query only multiplies and adds.
//!
//! Terms are stems; every other surface form of the documents and synonyms ("deportaciones",
//! "deportación") is kept with its terms, so the browser looks a query word up and needs no
//! stemmer. Most forms are their term and an ending ("deport" + "aciones"): those are kept as
//! the term's `endings`, which take a third of the room of whole words and need no sorting in
//! the browser; the others ("وللقاضي" → "قاض") are `aliases`.

use super::analyse::Analyser;
use super::format::{FormatError, Reader, Writer};

/// What results show of a document: kept in the index, as nothing is fetched per result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocText {
    /// Where the page is, as the reader's browser follows it (base path included).
    pub url: String,
    /// The page's title.
    pub title: String,
    /// Index into [`Index::langs`].
    pub lang: usize,
    /// The front matter's one-sentence summary.
    pub summary: String,
    /// The page's headings: with the summary, the candidates for a result's excerpt. (The
    /// body's sentences would be better excerpts, but would double the index.)
    pub headings: Vec<String>,
}

/// A reader language's index, decoded.
#[derive(Clone, Debug, PartialEq)]
pub struct Index {
    /// The reader's language first, then the other languages of its documents (fallbacks).
    pub langs: Vec<String>,
    /// What results show of each document, by document number.
    pub docs: Vec<DocText>,
    /// Sorted, unique.
    pub terms: Vec<String>,
    /// `postings[i]` are the (document, weight 1..=8) pairs of `terms[i]`, by document.
    pub postings: Vec<Vec<(u32, u8)>>,
    /// `endings[i]`: the surface forms that are `terms[i]` followed by one of these, sorted.
    pub endings: Vec<Vec<String>>,
    /// The other surface forms that differ from their term, sorted, each with its terms (one
    /// per analysis that gave a different term).
    pub aliases: Vec<(String, Vec<u32>)>,
    /// Each term's rarity (BM25's idf), computed from `postings` when the index is read.
    pub idf: Vec<f32>,
    /// Synonym groups, each the terms of its phrases. A phrase of several words has a term of
    /// its own, its words' terms joined by spaces, whose postings are the places where the
    /// words stand side by side.
    pub synonyms: Vec<Vec<u32>>,
    /// The surface forms of the language's common words (see `Synonyms::common`), sorted.
    pub common: Vec<String>,
}

const MAGIC: &[u8; 4] = b"SGSI";
const VERSION: u8 = 2;

impl Index {
    /// The index's bytes (see the `format` module).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.bytes.extend_from_slice(MAGIC);
        w.u8(VERSION);
        w.usize(self.langs.len());
        for l in &self.langs {
            w.str(l);
        }
        w.usize(self.docs.len());
        for d in &self.docs {
            w.str(&d.url);
            w.str(&d.title);
            w.usize(d.lang);
            w.str(&d.summary);
            w.usize(d.headings.len());
            for h in &d.headings {
                w.str(h);
            }
        }
        write_sorted(&mut w, self.terms.iter().map(String::as_str));
        for e in &self.endings {
            w.usize(e.len());
        }
        for e in self.endings.iter().flatten() {
            w.str(e);
        }
        write_sorted(&mut w, self.aliases.iter().map(|(a, _)| a.as_str()));
        // A surface form's term is usually a prefix of it ("deportaciones" → "deport"), so it
        // sorts just before the form: each term is written as its distance from where the form
        // would stand among the terms, mostly a small number, which brotli shrinks further.
        for (alias, ids) in &self.aliases {
            w.usize(ids.len());
            let near = self.terms.partition_point(|t| t.as_str() < alias.as_str()) as i64;
            for &id in ids {
                w.varint(zigzag(i64::from(id) - near));
            }
        }
        for p in &self.postings {
            w.usize(p.len());
        }
        for p in &self.postings {
            let mut last = 0;
            for &(doc, _) in p {
                w.varint(u64::from(doc - last));
                last = doc;
            }
        }
        // Weights are four bits: two to a byte.
        let levels: Vec<u8> = self
            .postings
            .iter()
            .flatten()
            .map(|p| p.1.min(15))
            .collect();
        for pair in levels.chunks(2) {
            w.u8(pair[0] | pair.get(1).map_or(0, |l| l << 4));
        }
        w.usize(self.synonyms.len());
        for g in &self.synonyms {
            w.usize(g.len());
            for &t in g {
                w.varint(u64::from(t));
            }
        }
        write_sorted(&mut w, self.common.iter().map(String::as_str));
        w.bytes
    }

    /// Reads an index written by [`Index::to_bytes`]; bytes of any other shape are an error,
    /// never a panic.
    pub fn from_bytes(bytes: &[u8]) -> Result<Index, FormatError> {
        let mut r = Reader::new(bytes);
        if r.bytes(4)? != MAGIC {
            return Err(FormatError(
                "not a search index: it does not start with SGSI",
            ));
        }
        let version = r.u8()?;
        if version != VERSION {
            return Err(FormatError(
                "the search index was written by another version of site-gen: build the site again",
            ));
        }
        let langs = (0..r.len()?)
            .map(|_| r.str().map(str::to_string))
            .collect::<Result<Vec<_>, _>>()?;
        let mut docs = Vec::new();
        for _ in 0..r.len()? {
            let url = r.str()?.to_string();
            let title = r.str()?.to_string();
            let lang = r.len()?;
            if lang >= langs.len() {
                return Err(FormatError(
                    "not a search index: a document's language is unknown",
                ));
            }
            let summary = r.str()?.to_string();
            let mut headings = Vec::new();
            for _ in 0..r.len()? {
                headings.push(r.str()?.to_string());
            }
            docs.push(DocText {
                url,
                title,
                lang,
                summary,
                headings,
            });
        }
        let terms = read_sorted(&mut r)?;
        let n = terms.len();
        let counts = (0..n).map(|_| r.len()).collect::<Result<Vec<_>, _>>()?;
        let mut endings = Vec::with_capacity(n);
        for count in counts {
            let e = (0..count)
                .map(|_| r.str().map(str::to_string))
                .collect::<Result<Vec<_>, _>>()?;
            endings.push(e);
        }
        let alias_names = read_sorted(&mut r)?;
        let mut aliases = Vec::with_capacity(alias_names.len());
        for name in alias_names {
            let near = terms.partition_point(|t| t.as_str() < name.as_str()) as i64;
            let mut ids = Vec::new();
            for _ in 0..r.len()? {
                let id = near.saturating_add(unzigzag(r.varint()?));
                if !(0..n as i64).contains(&id) {
                    return Err(FormatError(
                        "not a search index: an alias of an unknown term",
                    ));
                }
                ids.push(id as u32);
            }
            aliases.push((name, ids));
        }
        let counts = (0..n).map(|_| r.len()).collect::<Result<Vec<_>, _>>()?;
        let mut postings = Vec::with_capacity(n);
        for &count in &counts {
            let mut p = Vec::with_capacity(count);
            let mut doc = 0u32;
            for _ in 0..count {
                let delta = u32::try_from(r.varint()?).unwrap_or(u32::MAX);
                doc = doc.saturating_add(delta);
                if doc as usize >= docs.len() {
                    return Err(FormatError(
                        "not a search index: a posting's document is unknown",
                    ));
                }
                p.push((doc, 0));
            }
            postings.push(p);
        }
        let total: usize = postings.iter().map(Vec::len).sum();
        let packed = r.bytes(total.div_ceil(2))?;
        let mut levels = packed.iter().flat_map(|b| [b & 15, b >> 4]);
        for posting in postings.iter_mut().flatten() {
            posting.1 = levels.next().unwrap_or(0);
        }
        let docs_n = docs.len() as f32;
        let idf = postings
            .iter()
            .map(|p| {
                let df = p.len() as f32;
                (1.0 + (docs_n - df + 0.5) / (df + 0.5)).ln()
            })
            .collect();
        let mut synonyms = Vec::new();
        for _ in 0..r.len()? {
            let mut group = Vec::new();
            for _ in 0..r.len()? {
                let id = r.varint()?;
                if id >= n as u64 {
                    return Err(FormatError(
                        "not a search index: a synonym of an unknown term",
                    ));
                }
                group.push(id as u32);
            }
            synonyms.push(group);
        }
        let common = read_sorted(&mut r)?;
        if !r.at_end() {
            return Err(FormatError("not a search index: bytes follow its end"));
        }
        Ok(Index {
            langs,
            docs,
            terms,
            postings,
            endings,
            aliases,
            idf,
            synonyms,
            common,
        })
    }

    /// Whether a query word's surface form is one of the language's common words.
    pub fn is_common(&self, surface: &str) -> bool {
        self.common
            .binary_search_by(|c| c.as_str().cmp(surface))
            .is_ok()
    }

    /// The position of a term, if the index has it.
    pub fn term_id(&self, term: &str) -> Option<usize> {
        self.terms.binary_search_by(|t| t.as_str().cmp(term)).ok()
    }

    /// The terms of a surface form: the term spelt like it, the terms it is made of with an
    /// ending, and those it is an alias of.
    pub fn lookup(&self, surface: &str) -> Vec<usize> {
        let mut ids: Vec<usize> = self.term_id(surface).into_iter().collect();
        for (at, _) in surface.char_indices().skip(1) {
            // `get`, not slicing: `at` is a character boundary, and slicing's panic path
            // would add 5 KB of formatting code to the browser's engine.
            let (Some(stem), Some(ending)) = (surface.get(..at), surface.get(at..)) else {
                continue;
            };
            if let Some(id) = self.term_id(stem)
                && self.endings[id]
                    .binary_search_by(|e| e.as_str().cmp(ending))
                    .is_ok()
            {
                ids.push(id);
            }
        }
        if let Ok(i) = self
            .aliases
            .binary_search_by(|(a, _)| a.as_str().cmp(surface))
        {
            for &id in &self.aliases[i].1 {
                if !ids.contains(&(id as usize)) {
                    ids.push(id as usize);
                }
            }
        }
        ids
    }
}

/// The analysers of these languages, without repeats.
pub(crate) fn analysers_for(langs: &[String]) -> Vec<Analyser> {
    let mut out: Vec<Analyser> = Vec::new();
    for l in langs {
        let a = Analyser::for_lang(l);
        if !out.contains(&a) {
            out.push(a);
        }
    }
    out
}

/// A signed number as an unsigned one, small either way: 0, -1, 1, -2, 2… → 0, 1, 2, 3, 4…
fn zigzag(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

fn unzigzag(v: u64) -> i64 {
    ((v >> 1) as i64) ^ -((v & 1) as i64)
}

/// Sorted strings, front-coded: bytes shared with the previous string, then the rest.
fn write_sorted<'a>(w: &mut Writer, strings: impl ExactSizeIterator<Item = &'a str>) {
    w.usize(strings.len());
    let mut prev = "";
    for s in strings {
        let shared = common_prefix(prev, s);
        w.usize(shared);
        w.str(&s[shared..]);
        prev = s;
    }
}

fn read_sorted(r: &mut Reader) -> Result<Vec<String>, FormatError> {
    let n = r.len()?;
    let mut out: Vec<String> = Vec::with_capacity(n);
    for _ in 0..n {
        // Not `len()`: a shared prefix is bounded by the previous string, not the bytes left.
        let shared = usize::try_from(r.varint()?).unwrap_or(usize::MAX);
        let rest = r.str()?;
        let prev = out.last().map_or("", String::as_str);
        let head = prev
            .get(..shared)
            .ok_or(FormatError("not a search index: a prefix is too long"))?;
        let mut s = String::with_capacity(head.len() + rest.len());
        s.push_str(head);
        s.push_str(rest);
        out.push(s);
    }
    Ok(out)
}

/// The length in bytes of the common prefix of `a` and `b`, on a character boundary.
fn common_prefix(a: &str, b: &str) -> usize {
    a.char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or(a.len().min(b.len()), |((i, _), _)| i)
}

#[cfg(test)]
mod tests {
    use super::{common_prefix, unzigzag, zigzag};

    #[test]
    fn signed_numbers_round_trip() {
        for v in [0, 1, -1, 2, -2, 1000, -1000, i64::MAX, i64::MIN] {
            assert_eq!(unzigzag(zigzag(v)), v);
        }
        assert_eq!(zigzag(-1), 1);
        assert_eq!(zigzag(1), 2);
    }

    #[test]
    fn common_prefix_is_on_a_character_boundary() {
        assert_eq!(common_prefix("asile", "asilo"), 4);
        assert_eq!(common_prefix("庇护", "庇佑"), 3);
        assert_eq!(common_prefix("ab", "abc"), 2);
        assert_eq!(common_prefix("", "abc"), 0);
    }
}
