//! Arabic-script normalisation, for Arabic and for Dari (Persian script).
//!
//! Readers type what their keyboard offers: Arabic without hamza ("اللجو", "اشعار"), ى for ي
//! and ه for ة, Persian ی and ک where the text has Arabic ي and ك (and the other way round),
//! with or without tashkeel and tatweel. Both the text and the query are reduced to one
//! spelling here before stemming, so these differences never decide a match.
//!
//! Zero-width non-joiners are word breaks (see `analyse::tokens`): Dari writes "بازداشت‌شده"
//! and "دوسیه‌ها" with one, readers often type a space or nothing.

/// Whether `c` is a letter (or mark) of the Arabic script, as far as words are concerned.
pub(crate) fn is_arabic_script(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}'
        | '\u{0620}'..='\u{065F}'
        | '\u{066E}'..='\u{06D3}'
        | '\u{06D5}'..='\u{06ED}'
        | '\u{06FA}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFC}')
}

/// One spelling for an Arabic-script word: see the module comment.
pub(crate) fn normalise(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            // Tatweel, tashkeel, superscript alef, Quranic marks, hamza above/below.
            '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0610}'..='\u{061A}' => {}
            '\u{06D6}'..='\u{06ED}' => {}
            // Alef with hamza or madda, wasla → bare alef.
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            // Hamza on a seat → the seat; a bare hamza is often left out entirely.
            'ؤ' => out.push('و'),
            'ئ' => out.push('ي'),
            'ء' => {}
            // Persian and Arabic letters that readers' keyboards swap.
            'ى' | 'ی' | 'ې' | 'ۍ' => out.push('ي'),
            'ک' | 'ڪ' => out.push('ك'),
            'ة' | 'ۀ' | 'ە' | 'ہ' | 'ھ' => out.push('ه'),
            // Arabic-Indic and Persian digits → ASCII digits (phone numbers, form numbers).
            '\u{0660}'..='\u{0669}' => out.push(digit(c as u32 - 0x0660)),
            '\u{06F0}'..='\u{06F9}' => out.push(digit(c as u32 - 0x06F0)),
            _ => out.push(c),
        }
    }
    out
}

/// The definite article, alone or after و، ب، ك، ف, as readers often leave it out ("محكمة"
/// for "المحكمة"): stripped from a [`normalise`]d word when three letters or more remain.
/// Documents and queries lose it alike; it also spares the index a spelling per prefix.
const ARTICLES: [&str; 5] = ["وال", "بال", "كال", "فال", "ال"];

/// A normalised Arabic-script word without its definite article (see [`ARTICLES`]).
pub(crate) fn strip_article(word: &str) -> &str {
    for article in ARTICLES {
        if let Some(rest) = word.strip_prefix(article)
            && super::char_len(rest) >= 3
        {
            return rest;
        }
    }
    word
}

/// The spelling handed to Snowball's Arabic stemmer, from a [`normalise`]d word. The stemmer
/// needs the ta marbuta to tell a feminine ending from the pronoun "ـه", and ة only ever ends
/// a word: a final ه (which is also how many readers type ة) becomes ة. Its stem then goes
/// through [`normalise`] again.
pub(crate) fn for_snowball(normalised: &str) -> String {
    match normalised.strip_suffix('ه') {
        Some(stem) => [stem, "ة"].concat(),
        None => normalised.to_string(),
    }
}

fn digit(d: u32) -> char {
    char::from_digit(d, 10).unwrap_or('0')
}

/// Persian suffixes stripped by [`light_stem_persian`], longest first: plural and indefinite
/// endings that Dari readers add or leave out ("دوسیه" / "دوسیه‌ها" / "دوسیههای").
const PERSIAN_SUFFIXES: [&str; 6] = ["هاي", "ها", "ان", "ات", "يي", "ي"];

/// Strips one common plural or indefinite ending from a normalised Persian word. There is no
/// Snowball stemmer for Persian; this light stemmer only conflates the forms readers mix up
/// and keeps at least three letters of the stem.
pub(crate) fn light_stem_persian(word: &str) -> &str {
    for suffix in PERSIAN_SUFFIXES {
        if let Some(stem) = word.strip_suffix(suffix)
            && super::char_len(stem) >= 3
        {
            return stem;
        }
    }
    word
}

#[cfg(test)]
mod tests {
    use super::*;

    fn normalise_for_snowball(word: &str) -> String {
        for_snowball(&normalise(word))
    }

    #[test]
    fn hamza_forms_and_final_letters_meet() {
        assert_eq!(normalise("اللجوء"), normalise("اللجو"));
        assert_eq!(normalise("إشعار"), normalise("اشعار"));
        assert_eq!(normalise("أمر"), "امر");
        assert_eq!(normalise("مسؤول"), "مسوول");
        assert_eq!(normalise("المحكمة"), normalise("المحكمه"));
        assert_eq!(normalise("على"), normalise("علي"));
        assert_eq!(normalise("آمن"), "امن");
    }

    #[test]
    fn the_stemmer_sees_a_ta_marbuta() {
        assert_eq!(normalise_for_snowball("المحكمه"), "المحكمة");
        assert_eq!(normalise_for_snowball("المحكمة"), "المحكمة");
        assert_eq!(normalise_for_snowball("إشعار"), "اشعار");
    }

    #[test]
    fn tashkeel_and_tatweel_are_dropped() {
        assert_eq!(normalise("اللُّجُوءُ"), normalise("اللجوء"));
        assert_eq!(normalise("محـــكمة"), normalise("محكمة"));
    }

    #[test]
    fn the_article_is_optional() {
        assert_eq!(strip_article(&normalise("المحكمة")), normalise("محكمة"));
        assert_eq!(strip_article(&normalise("والمحكمة")), normalise("محكمة"));
        assert_eq!(strip_article("الف"), "الف");
        assert_eq!(strip_article("وكيل"), "وكيل");
    }

    #[test]
    fn persian_and_arabic_letters_meet() {
        // Persian yeh and keheh against Arabic yeh and kaf.
        assert_eq!(normalise("وکیل"), normalise("وكيل"));
        assert_eq!(normalise("دوسیه"), normalise("دوسيه"));
        assert_eq!(normalise("۱۸۰۰"), "1800");
        assert_eq!(normalise("٩"), "9");
    }

    #[test]
    fn persian_plurals_meet_the_singular() {
        let plural = normalise("دوسیه‌ها".replace('\u{200C}', "").as_str());
        assert_eq!(light_stem_persian(&plural), normalise("دوسیه"));
        assert_eq!(light_stem_persian(&normalise("حقوق")), normalise("حقوق"));
        // Never shorter than three letters.
        assert_eq!(light_stem_persian("ياي"), "ياي");
    }
}
