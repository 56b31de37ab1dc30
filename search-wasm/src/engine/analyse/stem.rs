//! Snowball stemmers for the languages that have one, from `rust-stemmers`.
//!
//! Each stemmer is created with a constant [`Algorithm`] in its own match arm, so that the
//! optimiser keeps only the four algorithms called here in the browser's wasm (the crate holds
//! eighteen; `search-wasm/tests/size.rs` would notice them).

use rust_stemmers::{Algorithm, Stemmer};

/// Which Snowball algorithm stems words of a language's Latin or Arabic script.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Snowball {
    English,
    Spanish,
    French,
    Arabic,
}

impl Snowball {
    /// Stems a folded (lowercase, Latin without diacritics or normalised Arabic) word. The
    /// result may carry an accent (Spanish Snowball keeps some): fold it again.
    pub(crate) fn stem(self, word: &str) -> String {
        // Spanish writes every singular "-ión" with its accent, and Snowball's Spanish
        // suffixes ("-ación", "-sión") expect it: put back what folding (or the reader's
        // keyboard) took away, so "deportacion", "deportación" and "deportaciones" meet.
        if self == Snowball::Spanish
            && let Some(stem) = word.strip_suffix("ion")
        {
            let accented = [stem, "ión"].concat();
            return Stemmer::create(Algorithm::Spanish)
                .stem(&accented)
                .into_owned();
        }
        let stemmer = match self {
            Snowball::English => Stemmer::create(Algorithm::English),
            Snowball::Spanish => Stemmer::create(Algorithm::Spanish),
            Snowball::French => Stemmer::create(Algorithm::French),
            Snowball::Arabic => Stemmer::create(Algorithm::Arabic),
        };
        stemmer.stem(word).into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::Snowball;

    #[test]
    fn inflected_forms_share_a_stem() {
        let s = Snowball::English;
        assert_eq!(s.stem("hearings"), s.stem("hearing"));
        assert_eq!(s.stem("deported"), s.stem("deportation"));
        let s = Snowball::Spanish;
        assert_eq!(s.stem("audiencias"), s.stem("audiencia"));
        assert_eq!(s.stem("deportacion"), s.stem("deportaciones"));
        let s = Snowball::French;
        assert_eq!(s.stem("audiences"), s.stem("audience"));
        let s = Snowball::Arabic;
        assert_eq!(s.stem("المحكمة"), s.stem("محكمة"));
    }
}
