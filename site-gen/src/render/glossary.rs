//! The glossary page of each language, and the links from the first use of a glossary term in
//! a guide to its definition there. No JavaScript: a plain link to an anchor.

use std::collections::HashSet;

use serde::Serialize;

use super::markdown::escape;
use crate::config::Language;
use crate::model::{Glossary, PageKey, Site};

/// The generated glossary page: its URL is `<lang>/glossary/`.
pub(crate) fn key() -> PageKey {
    PageKey::section("glossary")
}

/// The terms of one body language that a reader's glossary page defines, and that page's
/// address: what the Markdown renderer links.
#[derive(Debug, Clone)]
pub(crate) struct TermLinks {
    /// (form, lower-cased form, entry id), longest forms first so that "withholding of
    /// removal" is found before "removal".
    forms: Vec<(String, String, String)>,
    url: String,
}

impl TermLinks {
    /// The links for a body in the language of `body` read on the glossary page at `url`
    /// (whose entries are `reader`).
    pub(crate) fn new(body: &Glossary, reader: &Glossary, url: String) -> TermLinks {
        let ids: HashSet<&str> = reader.terms().map(|t| t.id.as_str()).collect();
        let mut forms: Vec<(String, String, String)> = body
            .terms()
            .filter(|t| ids.contains(t.id.as_str()))
            .flat_map(|t| {
                t.forms
                    .iter()
                    .filter(|f| f.chars().count() >= 2)
                    .map(|f| (f.clone(), f.to_lowercase(), t.id.clone()))
            })
            .collect();
        forms.sort_by(|a, b| {
            b.1.chars()
                .count()
                .cmp(&a.1.chars().count())
                .then(a.1.cmp(&b.1))
        });
        TermLinks { forms, url }
    }

    /// `text` as HTML with the first use of each term not in `linked` made a link to its
    /// definition; `None` when it has none.
    pub(crate) fn link(&self, text: &str, linked: &mut HashSet<String>) -> Option<String> {
        let mut found: Vec<(usize, usize, &str)> = Vec::new();
        // Lower-cased only once a term is left to look for: most text runs of a guide come
        // after every term it uses has been linked.
        let mut folded = None;
        for (form, lower, id) in &self.forms {
            if linked.contains(id) {
                continue;
            }
            let folded = folded.get_or_insert_with(|| Folded::new(text));
            let free =
                |start: usize, end: usize| found.iter().all(|(s, e, _)| end <= *s || *e <= start);
            let Some((start, end)) = find(folded, lower, form, free) else {
                continue;
            };
            linked.insert(id.clone());
            found.push((start, end, id));
        }
        if found.is_empty() {
            return None;
        }
        found.sort();
        let mut html = String::with_capacity(text.len() + found.len() * 48);
        let mut at = 0;
        for (start, end, id) in found {
            html.push_str(&escape(&text[at..start]));
            html.push_str(&format!(
                "<a class=\"term\" href=\"{}#{}\">{}</a>",
                escape(&self.url),
                escape(id),
                escape(&text[start..end])
            ));
            at = end;
        }
        html.push_str(&escape(&text[at..]));
        Some(html)
    }
}

/// A text lower-cased once, char for char, with the byte offset in the original of every byte
/// of the lower-cased text (and of its end), so that a term is searched for with `str::find`
/// instead of lower-casing the text again at every position for every term. A character whose
/// lower case is not one character (rare: `İ`) becomes NUL, which no term contains, as the
/// char-by-char comparison before it never matched such a character either.
struct Folded<'t> {
    text: &'t str,
    lower: String,
    original: Vec<usize>,
}

impl<'t> Folded<'t> {
    fn new(text: &'t str) -> Folded<'t> {
        let mut lower = String::with_capacity(text.len());
        let mut original = Vec::with_capacity(text.len() + 1);
        for (i, c) in text.char_indices() {
            let mut lc = c.to_lowercase();
            let one = match (lc.next(), lc.next()) {
                (Some(l), None) => l,
                _ => '\0',
            };
            lower.push(one);
            original.resize(lower.len(), i);
        }
        original.push(text.len());
        Folded {
            text,
            lower,
            original,
        }
    }
}

/// Where `lower` (a lower-cased term) first occurs in the text as a whole word, ignoring case,
/// in a place `free` accepts. Scripts written without spaces between words (Chinese,
/// Japanese) have no word edges.
fn find(
    folded: &Folded,
    lower: &str,
    form: &str,
    free: impl Fn(usize, usize) -> bool,
) -> Option<(usize, usize)> {
    if lower.is_empty() {
        return None;
    }
    let spaced = !form.chars().any(is_unspaced);
    let text = folded.text;
    let mut from = 0;
    while let Some(at) = folded.lower[from..].find(lower) {
        let at = from + at;
        let (start, end) = (folded.original[at], folded.original[at + lower.len()]);
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        let edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        if (!spaced || (edge(before) && edge(after))) && free(start, end) {
            return Some((start, end));
        }
        // Overlapping occurrences count: go on from the next character.
        from = at + folded.lower[at..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

fn is_unspaced(c: char) -> bool {
    // Han, kana and the CJK blocks around them; Korean is written with spaces.
    matches!(c as u32, 0x2E80..=0x9FFF | 0xF900..=0xFAFF)
}

#[derive(Serialize)]
struct TermCx<'a> {
    id: &'a str,
    term: &'a str,
    /// The English term, when the glossary is in another language.
    english: Option<&'a str>,
    definition: String,
}

#[derive(Serialize)]
struct SectionCx<'a> {
    title: &'a str,
    terms: Vec<TermCx<'a>>,
}

#[derive(Serialize)]
struct PageCx<'a> {
    sections: Vec<SectionCx<'a>>,
    /// The glossary's language when it is not the reader's (a fallback): `(code, dir)`.
    lang: Option<(&'a str, &'a str)>,
}

/// The glossary page's data for readers of `lang`.
pub(crate) fn context(site: &Site, lang: &Language) -> minijinja::Value {
    let Some((code, glossary)) = site.glossary(&lang.code) else {
        return minijinja::Value::UNDEFINED;
    };
    let english = &site.config.default_language().code;
    let sections = glossary
        .sections
        .iter()
        .map(|s| SectionCx {
            title: &s.title,
            terms: s
                .terms
                .iter()
                .map(|t| TermCx {
                    id: &t.id,
                    term: &t.forms[0],
                    english: (code != english && t.english != t.forms[0])
                        .then_some(t.english.as_str()),
                    definition: inline_markdown(&t.definition),
                })
                .collect(),
        })
        .collect();
    let other = site.config.language(code).filter(|l| l.code != lang.code);
    minijinja::Value::from(minijinja::value::Serde(&PageCx {
        sections,
        lang: other.map(|l| (l.code.as_str(), l.dir.as_str())),
    }))
}

/// A definition's inline Markdown (bold, links) as HTML, without a paragraph around it.
fn inline_markdown(text: &str) -> String {
    let mut html = String::new();
    let events = pulldown_cmark::Parser::new(text).filter(|e| {
        !matches!(
            e,
            pulldown_cmark::Event::Start(pulldown_cmark::Tag::Paragraph)
                | pulldown_cmark::Event::End(pulldown_cmark::TagEnd::Paragraph)
                | pulldown_cmark::Event::Html(_)
                | pulldown_cmark::Event::InlineHtml(_)
        )
    });
    pulldown_cmark::html::push_html(&mut html, events);
    html.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn links(glossary: &str) -> TermLinks {
        let g = Glossary::parse(glossary);
        TermLinks::new(&g, &g, "/es/glossary/".into())
    }

    #[test]
    fn first_use_of_each_term_is_linked_once() {
        let t = links(
            "- **removal** → **deportación**: Salir.\n- **withholding of removal** → **suspensión de la deportación**: Protección.\n- **asylum** → **asilo**: Protección.\n",
        );
        let mut linked = HashSet::new();
        let html = t
            .link(
                "El Asilo y la suspensión de la deportación; otra deportación.",
                &mut linked,
            )
            .unwrap();
        assert_eq!(
            html,
            "El <a class=\"term\" href=\"/es/glossary/#asylum\">Asilo</a> y la <a class=\"term\" href=\"/es/glossary/#withholding-of-removal\">suspensión de la deportación</a>; otra <a class=\"term\" href=\"/es/glossary/#removal\">deportación</a>."
        );
        assert_eq!(t.link("asilo otra vez", &mut linked), None);
    }

    #[test]
    fn offsets_stay_right_when_lower_case_changes_length() {
        // U+212A KELVIN SIGN (3 bytes) lower-cases to `k` (1 byte); `İ` to two characters.
        let t = links("- **kin** → **kin**: K.\n- **asylum** → **asilo**: P.\n");
        let html = t
            .link("İ \u{212A}IN y ASILO, asilo", &mut HashSet::new())
            .unwrap();
        assert_eq!(
            html,
            "İ <a class=\"term\" href=\"/es/glossary/#kin\">\u{212A}IN</a> y <a class=\"term\" href=\"/es/glossary/#asylum\">ASILO</a>, asilo"
        );
        // An occurrence inside a word is skipped, a later overlapping one is found.
        let t = links("- **aa** → **aa**: A.\n");
        assert_eq!(
            t.link("aaa aa", &mut HashSet::new()).unwrap(),
            "aaa <a class=\"term\" href=\"/es/glossary/#aa\">aa</a>"
        );
    }

    #[test]
    fn whole_words_in_spaced_scripts_anywhere_in_chinese() {
        let t = links("- **asylum** → **asilo**: P.\n");
        assert_eq!(t.link("asilos y pasilo", &mut HashSet::new()), None);
        let z = links("- **asylum** → **庇护**：保护。\n");
        assert!(
            z.link("申请庇护的人", &mut HashSet::new())
                .unwrap()
                .contains("#asylum")
        );
        let a = links("- **asylum** ← **اللجوء**: حماية.\n");
        let html = a.link("طلب اللجوء في أمريكا", &mut HashSet::new()).unwrap();
        assert!(html.contains(">اللجوء</a>"), "{html}");
    }
}
