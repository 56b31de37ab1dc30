//! The index of one reader language: its documents' short texts (for results), its terms with
//! their postings, and its synonym phrases already analysed. [`Index::to_bytes`] and
//! [`Index::from_bytes`] are its only representation on disk and on the wire.
//!
//! A posting's weight is the document's whole score for the term (BM25F over title, headings,
//! summary and body, with the term's rarity), quantised to one byte at build time: a query
//! only adds numbers up, in the browser as natively.

use super::analyse::Analyser;
use super::format::{FormatError, Reader, Writer};

/// What results show of a document: kept in the index, as nothing is fetched per result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocText {
    pub url: String,
    pub title: String,
    /// Index into [`Index::langs`].
    pub lang: usize,
    pub summary: String,
    /// Each section's heading (empty for the text before the first heading) and the first
    /// sentence of its text: the candidates for a result's excerpt.
    pub sections: Vec<(String, String)>,
}

/// A reader language's index, decoded.
#[derive(Clone, Debug, PartialEq)]
pub struct Index {
    /// The reader's language first, then the other languages of its documents (fallbacks).
    pub langs: Vec<String>,
    pub docs: Vec<DocText>,
    /// Sorted, unique.
    pub terms: Vec<String>,
    /// `postings[i]` are the (document, weight) pairs of `terms[i]`, by document.
    pub postings: Vec<Vec<(u32, u8)>>,
    /// Synonym groups: each phrase as its sequence of terms.
    pub synonyms: Vec<Vec<Vec<String>>>,
}

const MAGIC: &[u8; 4] = b"SGSI";
const VERSION: u8 = 1;

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
            w.usize(d.sections.len());
            for (h, lead) in &d.sections {
                w.str(h);
                w.str(lead);
            }
        }
        // Terms front-coded: bytes shared with the previous term, then the rest.
        w.usize(self.terms.len());
        let mut prev = "";
        for t in &self.terms {
            let shared = common_prefix(prev, t);
            w.usize(shared);
            w.str(&t[shared..]);
            prev = t;
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
        for p in &self.postings {
            for &(_, weight) in p {
                w.u8(weight);
            }
        }
        w.usize(self.synonyms.len());
        for g in &self.synonyms {
            w.usize(g.len());
            for phrase in g {
                w.usize(phrase.len());
                for t in phrase {
                    w.str(t);
                }
            }
        }
        w.bytes
    }

    /// Reads an index written by [`Index::to_bytes`]; bytes of any other shape are an error,
    /// never a panic.
    pub fn from_bytes(bytes: &[u8]) -> Result<Index, FormatError> {
        let mut r = Reader::new(bytes);
        if r.bytes(4)? != MAGIC {
            return Err(FormatError("it does not start with SGSI".into()));
        }
        let version = r.u8()?;
        if version != VERSION {
            return Err(FormatError(format!(
                "format version {version}, this engine reads {VERSION}: build the site again"
            )));
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
                return Err(FormatError(format!("a document of language {lang}")));
            }
            let summary = r.str()?.to_string();
            let mut sections = Vec::new();
            for _ in 0..r.len()? {
                sections.push((r.str()?.to_string(), r.str()?.to_string()));
            }
            docs.push(DocText {
                url,
                title,
                lang,
                summary,
                sections,
            });
        }
        let n = r.len()?;
        let mut terms: Vec<String> = Vec::with_capacity(n);
        for _ in 0..n {
            let shared = r.len()?;
            let rest = r.str()?;
            let prev = terms.last().map_or("", String::as_str);
            let head = prev
                .get(..shared)
                .ok_or_else(|| FormatError("a term shares more than its predecessor".into()))?;
            terms.push(format!("{head}{rest}"));
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
                    return Err(FormatError(format!("a posting for document {doc}")));
                }
                p.push((doc, 0));
            }
            postings.push(p);
        }
        for p in &mut postings {
            for posting in p.iter_mut() {
                posting.1 = r.u8()?;
            }
        }
        let mut synonyms = Vec::new();
        for _ in 0..r.len()? {
            let mut group = Vec::new();
            for _ in 0..r.len()? {
                let phrase = (0..r.len()?)
                    .map(|_| r.str().map(str::to_string))
                    .collect::<Result<Vec<_>, _>>()?;
                group.push(phrase);
            }
            synonyms.push(group);
        }
        if !r.at_end() {
            return Err(FormatError("bytes follow its end".into()));
        }
        Ok(Index {
            langs,
            docs,
            terms,
            postings,
            synonyms,
        })
    }

    /// The analysers of the index's languages, without repeats: a query is analysed by each,
    /// as each document was analysed by its own language's.
    pub fn analysers(&self) -> Vec<Analyser> {
        analysers_for(&self.langs)
    }

    /// The position of a term, if the index has it.
    pub fn term_id(&self, term: &str) -> Option<usize> {
        self.terms.binary_search_by(|t| t.as_str().cmp(term)).ok()
    }
}

/// The analysers of these languages, without repeats.
pub fn analysers_for(langs: &[String]) -> Vec<Analyser> {
    let mut out: Vec<Analyser> = Vec::new();
    for l in langs {
        let a = Analyser::for_lang(l);
        if !out.contains(&a) {
            out.push(a);
        }
    }
    out
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
    use super::common_prefix;

    #[test]
    fn common_prefix_is_on_a_character_boundary() {
        assert_eq!(common_prefix("asile", "asilo"), 4);
        assert_eq!(common_prefix("庇护", "庇佑"), 3);
        assert_eq!(common_prefix("ab", "abc"), 2);
        assert_eq!(common_prefix("", "abc"), 0);
    }
}
