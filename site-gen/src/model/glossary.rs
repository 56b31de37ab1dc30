//! A language's glossary (`locales/<lang>/glossary.md`): the legal terms translators keep the
//! same everywhere, with a plain definition. The generator turns it into a page per language
//! and links the first use of each term in a guide to its definition.
//!
//! The file is written for translators; only its entries reach readers:
//!
//! ```text
//! ## Court                                                   a section
//! - **hearing**: A meeting in court where …                  English: term and definition
//! - **hearing** → **audiencia / audiencias**: Una reunión …   a translation: English term,
//!                                                            the language's term(s), definition
//! ```
//!
//! `←` works as `→` (right-to-left files), the separator may be `:` or `：`, several forms of a
//! term are separated by ` / `, and a note in brackets after a form is not part of it. An entry
//! without a definition is a translator's note: it is neither shown nor linked.

use serde::Serialize;

/// One entry: a term and its definition.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub(crate) struct Term {
    /// The anchor of the entry on the glossary page, from the English term, so that it is the
    /// same in every language (`asylum`, `notice-to-appear`).
    pub(crate) id: String,
    /// The English term.
    pub(crate) english: String,
    /// The forms of the term in the glossary's language, as readers meet them in the text;
    /// the first is the one shown.
    pub(crate) forms: Vec<String>,
    /// The definition, as written (inline Markdown).
    pub(crate) definition: String,
}

/// A titled group of entries.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub(crate) struct Section {
    pub(crate) title: String,
    pub(crate) terms: Vec<Term>,
}

/// One language's glossary.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub(crate) struct Glossary {
    pub(crate) sections: Vec<Section>,
}

impl Glossary {
    /// Reads a glossary file. Lines that are not entries are notes for translators.
    pub(crate) fn parse(text: &str) -> Glossary {
        let mut sections: Vec<Section> = Vec::new();
        for line in text.lines() {
            if let Some(title) = line.strip_prefix("## ") {
                sections.push(Section {
                    title: title.trim().to_string(),
                    terms: Vec::new(),
                });
            } else if let Some(term) = entry(line) {
                if sections.is_empty() {
                    sections.push(Section {
                        title: String::new(),
                        terms: Vec::new(),
                    });
                }
                if let Some(s) = sections.last_mut() {
                    s.terms.push(term);
                }
            }
        }
        sections.retain(|s| !s.terms.is_empty());
        Glossary { sections }
    }

    /// Every entry, in the file's order.
    pub(crate) fn terms(&self) -> impl Iterator<Item = &Term> {
        self.sections.iter().flat_map(|s| s.terms.iter())
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.sections.is_empty()
    }
}

/// `- **english** → **local / other**: definition`, or `- **term**: definition`.
fn entry(line: &str) -> Option<Term> {
    let rest = line.strip_prefix("- **")?;
    let (english, rest) = rest.split_once("**")?;
    let rest = rest.trim_start();
    let (local, rest) = match rest
        .strip_prefix('→')
        .or_else(|| rest.strip_prefix('←'))
        .map(str::trim_start)
        .and_then(|r| r.strip_prefix("**"))
    {
        Some(r) => r.split_once("**")?,
        None => (english, rest),
    };
    let definition = rest
        .trim_start()
        .trim_start_matches([':', '：'])
        .trim()
        .to_string();
    let forms: Vec<String> = local
        .split('/')
        .map(without_note)
        .filter(|f| !f.is_empty())
        .collect();
    if definition.is_empty() || definition.starts_with(['(', '（']) || forms.is_empty() {
        return None;
    }
    let english = without_note(english);
    Some(Term {
        id: super::anchor::slugify(&english),
        english,
        forms,
        definition,
    })
}

/// A form without a bracketed note: `perdón (waiver)` → `perdón`.
fn without_note(s: &str) -> String {
    let cut = s.find(['(', '（']).unwrap_or(s.len());
    s[..cut].trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_in_every_shape_translators_write() {
        let g = Glossary::parse(
            "# Glossary\n\nFor translators.\n\n## Court\n\n- **hearing**: A meeting in court.\n- **appeal** → **apelación / apelar**: Pedir que se revise.\n- **waiver** → **perdón (waiver)** : Permiso.\n- **asylum** ← **اللجوء**：حماية.\n- **bond** → **fianza**\n- **x** → **特殊情况**（注）\n",
        );
        assert_eq!(g.sections.len(), 1);
        let t: Vec<_> = g
            .terms()
            .map(|t| (t.id.as_str(), t.forms.clone()))
            .collect();
        assert_eq!(
            t,
            [
                ("hearing", vec!["hearing".to_string()]),
                ("appeal", vec!["apelación".into(), "apelar".into()]),
                ("waiver", vec!["perdón".into()]),
                ("asylum", vec!["اللجوء".into()]),
            ]
        );
        assert_eq!(g.terms().nth(3).unwrap().definition, "حماية.");
    }
}
