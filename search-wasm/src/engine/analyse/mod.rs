//! Text analysis: from text to index terms. Documents and queries go through the same
//! functions, so a query word meets the text's word whatever the reader's keyboard did to it.
//!
//! * [`tokens`] splits text into Latin-script (or other alphabetic) words, Arabic-script words
//!   and Chinese characters, one token each ("申请庇护" → 申, 请, 庇, 护): no dictionary to
//!   ship, any word of the text is found, and a query matches the pages that have all its
//!   characters, the rarest weighing most. Measured on the shipped guides, this ranked as
//!   well as overlapping bigrams (better, on our query set) with an index 2.4 times smaller
//!   (8.6 KB against 20.8 KB brotli), which is what keeps Chinese within the page budget.
//! * [`Analyser`] turns one token into a term for a document language: Latin words are folded
//!   ([`latin::fold`]) and stemmed with Snowball where the language has it; Arabic-script words
//!   are normalised ([`arabic::normalise`]) and stemmed (Snowball for Arabic, a light suffix
//!   stripper for Persian-script Dari).
//!
//! Latin words inside Arabic, Dari or Chinese text are English (agency names, the English
//! legal term in brackets), so those languages stem them as English.

pub(crate) mod arabic;
pub(crate) mod latin;
pub(crate) mod stem;

use stem::Snowball;

/// The writing system of a token; it decides the analysis and which fuzzy matching applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Script {
    /// Latin script, digits, and any other alphabetic script without special handling.
    Latin,
    /// Arabic script (Arabic, Dari).
    Arabic,
    /// A Chinese character.
    Han,
}

/// One token of a text, before the language's analysis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub text: String,
    pub script: Script,
    /// Set on the extra token made of a hyphenated compound written as one word ("I-589" also
    /// gives "I589"), which documents index so that readers who leave out the hyphen find it.
    pub joined: bool,
}

/// Whether `c` is a Chinese (Han) character.
pub(crate) fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FA1F}')
}

fn script_of(c: char) -> Option<Script> {
    if is_han(c) {
        Some(Script::Han)
    } else if arabic::is_arabic_script(c) {
        Some(Script::Arabic)
    } else if is_separator(c) {
        None
    } else {
        Some(Script::Latin)
    }
}

/// Whether `c` separates words: spaces, punctuation and symbols of the blocks that text and
/// queries use (ASCII, Latin-1, general punctuation to dingbats, CJK and full-width
/// punctuation, Arabic punctuation, emoji), controls and private use. Everything else is part
/// of a word. (Not `char::is_alphanumeric`: its tables would add a tenth to the browser's
/// engine; a test compares the two.)
pub(crate) fn is_separator(c: char) -> bool {
    if c.is_ascii() {
        return !c.is_ascii_alphanumeric();
    }
    matches!(c,
        '\u{0080}'..='\u{00BF}'
        | '×' | '÷'
        | '\u{055A}'..='\u{055F}' | '\u{0589}' | '\u{05BE}' | '\u{05C0}' | '\u{05C3}'
        | '\u{05F3}' | '\u{05F4}'
        | '\u{0600}'..='\u{060F}' | '\u{061B}'..='\u{061F}' | '\u{066A}'..='\u{066D}'
        | '\u{06D4}' | '\u{06DD}' | '\u{06DE}' | '\u{06E9}'
        | '\u{0964}' | '\u{0965}' | '\u{0E3F}' | '\u{0E4F}' | '\u{0E5A}' | '\u{0E5B}'
        | '\u{10FB}' | '\u{1360}'..='\u{1368}' | '\u{1680}' | '\u{1800}'..='\u{180A}'
        | '\u{1FBD}' | '\u{1FBF}'..='\u{1FC1}' | '\u{1FCD}'..='\u{1FCF}'
        | '\u{1FDD}'..='\u{1FDF}' | '\u{1FED}'..='\u{1FEF}' | '\u{1FFD}' | '\u{1FFE}'
        | '\u{2000}'..='\u{2BFF}'
        | '\u{2E00}'..='\u{2E7F}'
        | '\u{2FF0}'..='\u{303F}'
        | '\u{E000}'..='\u{F8FF}'
        | '\u{FD3E}' | '\u{FD3F}' | '\u{FDFC}'..='\u{FDFF}'
        | '\u{FE00}'..='\u{FE6F}'
        | '\u{FEFF}'
        | '\u{FF00}'..='\u{FF0F}' | '\u{FF1A}'..='\u{FF20}' | '\u{FF3B}'..='\u{FF40}'
        | '\u{FF5B}'..='\u{FF65}' | '\u{FFE0}'..='\u{FFFF}'
        | '\u{1F000}'..='\u{1FBFF}'
        | '\u{E0000}'..='\u{10FFFF}')
}

/// The number of characters of `s`. (Not `chars().count()`, whose fast path adds a kilobyte to
/// the browser's engine for words of a few letters.)
pub(crate) fn char_len(s: &str) -> usize {
    s.bytes().filter(|b| b & 0xC0 != 0x80).count()
}

/// Splits `text` into tokens in reading order. See the module comment.
pub(crate) fn tokens(text: &str) -> Vec<Token> {
    let runs = runs(text);
    let mut out = Vec::new();
    let mut compound = String::new();
    let mut parts = 0;
    for (i, &(start, end, script)) in runs.iter().enumerate() {
        // `get`, not indexing: the ranges are on character boundaries by construction, and
        // the panic path of string slicing would add 2 KB of formatting code to the wasm.
        let word = text.get(start..end).unwrap_or_default();
        if script == Script::Han {
            han_tokens(word, &mut out);
        } else {
            out.push(Token {
                text: word.to_string(),
                script,
                joined: false,
            });
        }
        if script != Script::Latin {
            continue;
        }
        compound.push_str(word);
        parts += 1;
        let hyphen_next = runs
            .get(i + 1)
            .is_some_and(|&(next, _, s)| s == Script::Latin && text.get(end..next) == Some("-"));
        if !hyphen_next {
            if parts > 1 {
                out.push(Token {
                    text: std::mem::take(&mut compound),
                    script: Script::Latin,
                    joined: true,
                });
            }
            compound.clear();
            parts = 0;
        }
    }
    out
}

/// Maximal runs of word characters of one script, as byte ranges.
fn runs(text: &str) -> Vec<(usize, usize, Script)> {
    let mut out: Vec<(usize, usize, Script)> = Vec::new();
    let mut current: Option<(usize, Script)> = None;
    for (i, c) in text.char_indices() {
        let script = script_of(c);
        match (current, script) {
            (Some((_, s)), Some(t)) if s == t => {}
            _ => {
                if let Some((start, s)) = current.take() {
                    out.push((start, i, s));
                }
                current = script.map(|s| (i, s));
            }
        }
    }
    if let Some((start, s)) = current {
        out.push((start, text.len(), s));
    }
    out
}

/// A run of Chinese characters, one token each.
fn han_tokens(run: &str, out: &mut Vec<Token>) {
    out.extend(run.chars().map(|c| Token {
        text: c.to_string(),
        script: Script::Han,
        joined: false,
    }));
}

/// How Arabic-script words of a language are stemmed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ArabicStem {
    None,
    Snowball,
    Persian,
}

/// The analysis of one document language. Two analysers of the same language give the same
/// terms: the index stores only the language codes, and the reader's browser makes the same
/// analysers from them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Analyser {
    latin: Option<Snowball>,
    arabic: ArabicStem,
}

impl Analyser {
    /// The analyser for a BCP 47 language code (`en`, `es`, `zh-Hans`, `prs`, …).
    pub(crate) fn for_lang(code: &str) -> Analyser {
        let primary = code
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let latin = match primary.as_str() {
            "en" => Some(Snowball::English),
            "es" => Some(Snowball::Spanish),
            "fr" => Some(Snowball::French),
            // Languages not written in Latin script: their Latin words are English terms.
            p if NON_LATIN.contains(&p) => Some(Snowball::English),
            _ => None,
        };
        let arabic = match primary.as_str() {
            "ar" => ArabicStem::Snowball,
            "fa" | "prs" => ArabicStem::Persian,
            _ => ArabicStem::None,
        };
        Analyser { latin, arabic }
    }

    /// The term of a token, or `None` when nothing of it is left (a lone combining mark).
    /// Only the tests take tokens one at a time: the indexer analyses each word once.
    #[cfg(test)]
    pub fn term(&self, token: &Token) -> Option<String> {
        let surface = surface(token)?;
        let term = self.stem(&surface, token);
        (!term.is_empty()).then_some(term)
    }

    /// The term of a token's [`surface`] form. Build time only: the index maps every surface
    /// form of its documents and synonyms to its term, so the browser's engine looks a query
    /// word up instead of carrying the stemmers.
    fn stem(&self, surface: &str, token: &Token) -> String {
        match token.script {
            Script::Latin => match self.latin {
                Some(s) if !token.joined && surface.chars().any(char::is_alphabetic) => {
                    latin::fold(&s.stem(surface))
                }
                _ => surface.to_string(),
            },
            Script::Arabic => match self.arabic {
                ArabicStem::None => surface.to_string(),
                ArabicStem::Snowball => {
                    let n = arabic::for_snowball(surface);
                    arabic::normalise(&Snowball::Arabic.stem(&n))
                }
                ArabicStem::Persian => arabic::light_stem_persian(surface).to_string(),
            },
            Script::Han => surface.to_string(),
        }
    }

    /// Every term of a text, in order (documents: hyphenated compounds also as one word).
    #[cfg(test)]
    pub fn terms(&self, text: &str) -> Vec<String> {
        tokens(text).iter().filter_map(|t| self.term(t)).collect()
    }

    /// Every (surface form, term) pair of a text, in order.
    pub(crate) fn surfaces_and_terms(&self, text: &str) -> Vec<(String, String)> {
        tokens(text)
            .iter()
            .filter_map(|t| self.analyse(t))
            .collect()
    }

    /// One token's (surface form, term), or `None` for a token that is no word. The same
    /// token always gives the same pair, so an indexer may remember it.
    pub(crate) fn analyse(&self, token: &Token) -> Option<(String, String)> {
        let s = surface(token)?;
        let term = self.stem(&s, token);
        (!term.is_empty()).then_some((s, term))
    }
}

/// A token as the reader may have typed it, before stemming: Latin folded, Arabic script
/// normalised, Chinese as it is. The same for every language, so the browser needs no
/// language-specific code to look a query word up.
pub(crate) fn surface(token: &Token) -> Option<String> {
    let s = match token.script {
        Script::Latin => latin::fold(&token.text),
        Script::Arabic => arabic::strip_article(&arabic::normalise(&token.text)).to_string(),
        Script::Han => token.text.clone(),
    };
    (!s.is_empty()).then_some(s)
}

/// Primary language subtags of languages whose own script is not Latin.
const NON_LATIN: &[&str] = &[
    "am", "ar", "bn", "ckb", "el", "fa", "he", "hi", "hy", "ja", "ka", "km", "ko", "ku", "lo",
    "my", "ne", "pa", "prs", "ps", "ru", "sd", "ta", "th", "ti", "uk", "ur", "yi", "zh",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        tokens(s).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn characters_are_counted() {
        for s in ["", "asylum", "庇护", "اللجوء", "détenu", "🙂a"] {
            assert_eq!(char_len(s), s.chars().count(), "{s}");
        }
    }

    #[test]
    fn words_are_split_on_punctuation_and_apostrophes() {
        assert_eq!(
            texts("L'asile, c'est quoi?"),
            ["L", "asile", "c", "est", "quoi"]
        );
        assert_eq!(texts("m ap  chèche"), ["m", "ap", "chèche"]);
    }

    #[test]
    fn hyphenated_compounds_are_also_one_word() {
        assert_eq!(
            texts("Form I-589 today"),
            ["Form", "I", "589", "I589", "today"]
        );
        assert_eq!(texts("EOIR-33/IC"), ["EOIR", "33", "EOIR33", "IC"]);
        assert_eq!(texts("a - b"), ["a", "b"]);
        let joined: Vec<bool> = tokens("1-800-898").iter().map(|t| t.joined).collect();
        assert_eq!(joined, [false, false, false, true]);
    }

    #[test]
    fn chinese_is_split_into_characters() {
        assert_eq!(texts("申请庇护"), ["申", "请", "庇", "护"]);
        assert_eq!(texts("庇护（asylum）"), ["庇", "护", "asylum"]);
        assert_eq!(texts("法庭。开庭"), ["法", "庭", "开", "庭"]);
    }

    #[test]
    fn zero_width_non_joiner_breaks_dari_words() {
        assert_eq!(texts("دوسیه‌ها"), ["دوسیه", "ها"]);
        assert_eq!(texts("بازداشت\u{200C}شده"), ["بازداشت", "شده"]);
    }

    #[test]
    fn separators_agree_with_unicode_letters_and_digits() {
        for cp in 0..0x30000u32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            // Letter-like symbols, number forms, enclosed and superscript letters, and
            // Latin-1's ª º µ ¹ ² ³ ¼ ½ ¾ are symbols to a reader: separators here.
            let symbol_letters = matches!(cp, 0xAA | 0xB2 | 0xB3 | 0xB5 | 0xB9..=0xBE
                | 0x2000..=0x2BFF
                | 0x2E2F | 0x3005..=0x3007 | 0x3021..=0x3029 | 0x3031..=0x3035 | 0x3038..=0x303C
                | 0xFE70..=0xFEFC | 0xFF00..=0xFFEF | 0x1F000..=0x1FBFF | 0x1D400..=0x1D7FF);
            if c.is_alphanumeric() && !symbol_letters {
                assert!(!is_separator(c), "U+{cp:04X} {c} is a letter or digit");
            }
            if (c.is_whitespace() || c.is_ascii_punctuation()) && cp != 0x200B {
                assert!(is_separator(c), "U+{cp:04X} separates words");
            }
        }
        for c in "，。？！、；：「」《》（）؟،؛٪«»—–…“”‘’·".chars()
        {
            assert!(is_separator(c), "{c}");
        }
    }

    #[test]
    fn scripts_are_told_apart() {
        let t = tokens("اللجوء (asylum) 庇护");
        let s: Vec<Script> = t.iter().map(|t| t.script).collect();
        assert_eq!(s, [Script::Arabic, Script::Latin, Script::Han, Script::Han]);
    }

    #[test]
    fn each_language_analyses_its_words() {
        let es = Analyser::for_lang("es");
        assert_eq!(es.terms("Deportación"), es.terms("deportacion"));
        assert_eq!(es.terms("audiencias"), es.terms("AUDIENCIA"));
        let fr = Analyser::for_lang("fr");
        assert_eq!(fr.terms("Détention"), fr.terms("detention"));
        assert_eq!(fr.terms("audiences"), fr.terms("audience"));
        let ar = Analyser::for_lang("ar");
        assert_eq!(ar.terms("اللجوء"), ar.terms("اللجو"));
        assert_eq!(ar.terms("المحكمة"), ar.terms("محكمه"));
        assert_eq!(ar.terms("إشعار"), ar.terms("اشعار"));
        assert_eq!(ar.terms("asylum"), Analyser::for_lang("en").terms("asylum"));
        let prs = Analyser::for_lang("prs");
        assert_eq!(prs.terms("وکیل"), prs.terms("وكيل"));
        assert_eq!(prs.terms("دوسیه‌ها")[0], prs.terms("دوسیه")[0]);
        let zh = Analyser::for_lang("zh-Hans");
        assert_eq!(zh.terms("庇护申请"), ["庇", "护", "申", "请"]);
        // Haitian Creole has no Snowball stemmer: folded only.
        assert_eq!(Analyser::for_lang("ht").terms("Detansyon"), ["detansyon"]);
    }
}
