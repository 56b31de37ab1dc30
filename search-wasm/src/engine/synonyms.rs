//! Synonyms: words and phrases readers use for the same thing ("deportation" and "removal",
//! "court date" and "hearing"), and the glossary's English legal term next to its translation,
//! so that a reader who types the English word in the Arabic box finds the Arabic page.
//!
//! Sources, all merged into one [`Synonyms`] per reader language by site-gen:
//! * `locales/<lang>/synonyms.toml` ([`Synonyms::from_toml`], feature `load`), whose format is
//!   documented in the shipped files;
//! * `locales/<lang>/glossary.md` ([`Synonyms::from_glossary`]): lines such as
//!   `- **asylum** → **asilo**: …` or, in right-to-left glossaries, `- **asylum** ← **اللجوء**: …`.

/// One word or phrase of a synonym group, with the language it is written in (which decides
/// how it is analysed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phrase {
    /// The language it is written in (BCP 47), which decides how it is analysed and stemmed.
    pub lang: String,
    /// The word or phrase as written.
    pub text: String,
}

/// A language's search vocabulary: groups of phrases that mean the same to a reader (matching
/// any phrase of a group in a query also finds pages with the others), and the language's
/// common words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Synonyms {
    /// Groups of phrases that mean the same; a group may mix languages
    /// (a glossary's English term and its translation).
    pub groups: Vec<Vec<Phrase>>,
    /// Words readers put in questions that say nothing of what they look for ("my", "how",
    /// "mwen", "怎么"): in a query they count as if every page had them. The guides speak to
    /// the reader ("your hearing") while readers write about themselves ("my hearing"), so
    /// such words are rare in the guides, and rarity alone would make them weigh most.
    pub common: Vec<Phrase>,
}

impl Synonyms {
    /// Adds the groups and common words of `other`.
    pub fn extend(&mut self, other: Synonyms) {
        self.groups.extend(other.groups);
        self.common.extend(other.common);
    }

    /// The English ↔ local term pairs of a glossary in `lang`. Lines that do not have the
    /// `- **English** → **local**` shape are ignored: the glossary is written for translators.
    /// Alternatives ("asilado / asilada") and a bracketed short form ("Convention Against
    /// Torture (CAT)") become phrases of their own.
    pub fn from_glossary(lang: &str, markdown: &str) -> Synonyms {
        let mut groups = Vec::new();
        for line in markdown.lines() {
            let Some(rest) = line.trim_start().strip_prefix("- **") else {
                continue;
            };
            let Some((english, rest)) = rest.split_once("**") else {
                continue;
            };
            let rest = rest.trim_start();
            let Some(rest) = rest.strip_prefix('→').or_else(|| rest.strip_prefix('←')) else {
                continue;
            };
            let Some(local) = rest.trim_start().strip_prefix("**") else {
                continue;
            };
            let Some((local, _)) = local.split_once("**") else {
                continue;
            };
            let mut group = Vec::new();
            push_alternatives("en", english, &mut group);
            push_alternatives(lang, local, &mut group);
            if group.len() > 1 {
                groups.push(group);
            }
        }
        Synonyms {
            groups,
            common: Vec::new(),
        }
    }
}

/// Splits "a / b (c)" into the phrases "a", "b", "c" (brackets of any script).
fn push_alternatives(lang: &str, text: &str, out: &mut Vec<Phrase>) {
    for alt in text.split(['/', '／']) {
        let mut main = String::new();
        let mut inner = String::new();
        let mut depth = 0;
        for c in alt.chars() {
            match c {
                '(' | '（' => depth += 1,
                ')' | '）' => {
                    depth = 0;
                    push_phrase(lang, &inner, out);
                    inner.clear();
                }
                _ if depth > 0 => inner.push(c),
                _ => main.push(c),
            }
        }
        push_phrase(lang, &main, out);
    }
}

fn push_phrase(lang: &str, text: &str, out: &mut Vec<Phrase>) {
    let text = text.trim();
    if !text.is_empty() {
        out.push(Phrase {
            lang: lang.to_string(),
            text: text.to_string(),
        });
    }
}

/// A problem in a synonyms file, at a 1-based line and column (in characters).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SynonymError {
    /// What is wrong.
    pub message: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
}

#[cfg(feature = "load")]
mod load {
    use super::{Phrase, SynonymError, Synonyms};
    use serde::Deserialize;
    use toml::Spanned;

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct File {
        #[serde(default)]
        groups: Vec<Spanned<Vec<Spanned<String>>>>,
        #[serde(default)]
        common_words: Vec<Spanned<String>>,
    }

    impl Synonyms {
        /// Reads a `locales/<lang>/synonyms.toml` file: `groups = [["deportation", "removal"],
        /// ["court date", "hearing"]]`, each group two or more words or phrases in `lang`, and
        /// `common_words = ["my", "how"]`, single words. Every problem is returned, each with
        /// its line and column.
        pub fn from_toml(lang: &str, src: &str) -> Result<Synonyms, Vec<SynonymError>> {
            let file: File = toml::from_str(src).map_err(|e| {
                let (line, column) = e.span().map_or((1, 1), |s| line_col(src, s.start));
                vec![SynonymError {
                    message: e.message().to_string(),
                    line,
                    column,
                }]
            })?;
            let mut errors = Vec::new();
            let mut groups = Vec::new();
            for group in &file.groups {
                let mut phrases = Vec::new();
                for word in group.get_ref() {
                    if word.get_ref().trim().is_empty() {
                        let (line, column) = line_col(src, word.span().start);
                        errors.push(SynonymError {
                            message: "an empty word in a synonym group".into(),
                            line,
                            column,
                        });
                    } else {
                        phrases.push(Phrase {
                            lang: lang.to_string(),
                            text: word.get_ref().trim().to_string(),
                        });
                    }
                }
                if group.get_ref().len() < 2 {
                    let (line, column) = line_col(src, group.span().start);
                    errors.push(SynonymError {
                        message: "a synonym group needs two or more words or phrases".into(),
                        line,
                        column,
                    });
                }
                groups.push(phrases);
            }
            let mut common = Vec::new();
            for word in &file.common_words {
                let text = word.get_ref().trim();
                if text.is_empty() || text.contains(char::is_whitespace) {
                    let (line, column) = line_col(src, word.span().start);
                    errors.push(SynonymError {
                        message: "a common word is one word, not empty and without spaces".into(),
                        line,
                        column,
                    });
                } else {
                    common.push(Phrase {
                        lang: lang.to_string(),
                        text: text.to_string(),
                    });
                }
            }
            if errors.is_empty() {
                Ok(Synonyms { groups, common })
            } else {
                Err(errors)
            }
        }
    }

    /// The 1-based line and column (in characters) of a byte offset.
    fn line_col(src: &str, offset: usize) -> (u32, u32) {
        let before = &src[..offset.min(src.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        (line as u32, column as u32)
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn groups_are_read_with_their_language() {
            let s = Synonyms::from_toml(
                "es",
                "groups = [\n  [\"deportación\", \"expulsión\"],\n  [\"cita en la corte\", \"audiencia\"],\n]\n",
            )
            .expect("valid file");
            assert_eq!(s.groups.len(), 2);
            assert_eq!(s.groups[1][0].text, "cita en la corte");
            assert_eq!(s.groups[1][0].lang, "es");
            let s = Synonyms::from_toml("ht", "common_words = [\"mwen\", \" kijan \"]\n")
                .expect("valid file");
            assert_eq!(s.common[1].text, "kijan");
            assert_eq!(s.common[1].lang, "ht");
        }

        #[test]
        fn problems_have_their_place() {
            let errors =
                Synonyms::from_toml("en", "groups = [\n  [\"alone\"],\n  [\"a\", \" \"],\n]\n")
                    .expect_err("two problems");
            assert_eq!(errors.len(), 2);
            assert_eq!((errors[0].line, errors[0].column), (2, 3));
            assert!(errors[0].message.contains("two or more"));
            assert_eq!((errors[1].line, errors[1].column), (3, 9));
            let errors = Synonyms::from_toml("en", "common_words = [\"my\", \"how do\"]\n")
                .expect_err("two words");
            assert_eq!((errors[0].line, errors[0].column), (1, 23));
            let errors = Synonyms::from_toml("en", "group = []\n").expect_err("unknown key");
            assert_eq!(errors[0].line, 1);
            assert!(errors[0].message.contains("group"), "{}", errors[0].message);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glossary_pairs_become_groups() {
        let md = "# Glosario\n\nTexto.\n\n- **asylum** → **asilo**: Protección.\n\
                  - **asylee** → **asilado / asilada**: Persona.\n\
                  - **Convention Against Torture (CAT)** ← **اتفاقية مناهضة التعذيب**: اتفاق.\n\
                  - not a pair\n";
        let s = Synonyms::from_glossary("es", md);
        let texts: Vec<Vec<&str>> = s
            .groups
            .iter()
            .map(|g| g.iter().map(|p| p.text.as_str()).collect())
            .collect();
        assert_eq!(
            texts,
            vec![
                vec!["asylum", "asilo"],
                vec!["asylee", "asilado", "asilada"],
                vec![
                    "CAT",
                    "Convention Against Torture",
                    "اتفاقية مناهضة التعذيب"
                ],
            ]
        );
        assert_eq!(s.groups[0][0].lang, "en");
        assert_eq!(s.groups[0][1].lang, "es");
    }
}
