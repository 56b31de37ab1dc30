//! Case and diacritic folding for Latin-script words: readers type Spanish, French and Haitian
//! Creole on phones without accents ("deportacion", "detansyon", "etranger"), so "déportation",
//! "Deportación" and "deportacion" must become one word.
//!
//! The table below covers Latin-1 and Latin Extended-A, the letters of every Latin-script
//! language this site ships or is likely to add; combining marks (U+0300–U+036F, typed after a
//! base letter) are dropped. A test checks the table against Unicode's canonical decompositions
//! (the `unicode-normalization` crate), which is not linked here because its tables would
//! double the size of the browser's engine.

/// The base letter of each character U+00C0..=U+017F (after lowercasing), in code point
/// order; `*` marks a character without one (æ, ø, ß, đ, ł, œ, … are spelt out in
/// `fold_char`). Generated from Unicode's decompositions; the test below re-checks it.
const BASE_LETTERS: &[u8; 192] = concat!(
    "aaaaaa*ceeeeiiii", // U+00C0 ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ
    "*nooooo**uuuuy**", // U+00D0 ÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß
    "aaaaaa*ceeeeiiii", // U+00E0 àáâãäåæçèéêëìíîï
    "*nooooo**uuuuy*y", // U+00F0 ðñòóôõö÷øùúûüýþÿ
    "aaaaaaccccccccdd", // U+0100 ĀāĂăĄąĆćĈĉĊċČčĎď
    "**eeeeeeeeeegggg", // U+0110 ĐđĒēĔĕĖėĘęĚěĜĝĞğ
    "gggghh**iiiiiiii", // U+0120 ĠġĢģĤĥĦħĨĩĪīĬĭĮį
    "****jjkk*llllll*", // U+0130 İıĲĳĴĵĶķĸĹĺĻļĽľĿ
    "***nnnnnn***oooo", // U+0140 ŀŁłŃńŅņŇňŉŊŋŌōŎŏ
    "oo**rrrrrrssssss", // U+0150 ŐőŒœŔŕŖŗŘřŚśŜŝŞş
    "sstttt**uuuuuuuu", // U+0160 ŠšŢţŤťŦŧŨũŪūŬŭŮů
    "uuuuwwyyyzzzzzz*", // U+0170 ŰűŲųŴŵŶŷŸŹźŻżŽžſ
)
.as_bytes()
.first_chunk::<192>()
.expect("the table has one letter for each of the 192 characters");

/// Folds one lowercase character into what is appended to the folded word.
fn fold_char(c: char, out: &mut String) {
    match c {
        '\u{0300}'..='\u{036F}' => {} // combining diacritics
        'ß' => out.push_str("ss"),
        'æ' => out.push_str("ae"),
        'œ' => out.push_str("oe"),
        'ø' => out.push('o'),
        'đ' | 'ð' => out.push('d'),
        'ł' => out.push('l'),
        'ı' => out.push('i'),
        // Arabic-Indic and Persian digits, typed in a number such as a phone or form number.
        '\u{0660}'..='\u{0669}' => out.push(char::from(b'0' + (c as u32 - 0x0660) as u8)),
        '\u{06F0}'..='\u{06F9}' => out.push(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
        '\u{00C0}'..='\u{017F}' => match BASE_LETTERS[c as usize - 0xC0] {
            b'*' => out.push(c),
            b => out.push(char::from(b)),
        },
        _ => out.push(c),
    }
}

/// Lowercases and strips diacritics from a Latin-script word.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            for l in c.to_lowercase() {
                fold_char(l, &mut out);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fold;
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;

    #[test]
    fn readers_without_accents_meet_the_text() {
        assert_eq!(fold("Deportación"), "deportacion");
        assert_eq!(fold("DÉTENTION"), "detention");
        assert_eq!(fold("étranger"), "etranger");
        assert_eq!(fold("Kreyòl"), "kreyol");
        assert_eq!(fold("niño"), "nino");
        assert_eq!(fold("cœur"), "coeur");
        assert_eq!(fold("Straße"), "strasse");
        // Decomposed input (e + combining acute) folds like the precomposed letter.
        assert_eq!(fold("de\u{0301}tention"), "detention");
    }

    #[test]
    fn table_matches_unicode_decompositions() {
        for cp in 0xC0u32..=0x17F {
            let c = char::from_u32(cp).expect("U+00C0..=U+017F are all scalar values");
            // İ lowercases to i + U+0307; the mark is covered by the combining range.
            for lower in c.to_lowercase().filter(|l| !is_combining_mark(*l)) {
                let nfd: String = lower.nfd().filter(|c| !is_combining_mark(*c)).collect();
                let base_is_ascii = nfd.chars().count() == 1 && nfd.is_ascii();
                let folded = fold(&lower.to_string());
                if base_is_ascii {
                    assert_eq!(folded, nfd, "U+{cp:04X} {c}");
                } else if folded.is_ascii() {
                    // Letters without a decomposition that we still spell in ASCII (æ, ø, ł, …).
                    assert!(!folded.is_empty(), "U+{cp:04X}");
                } else {
                    assert_eq!(folded, lower.to_string(), "U+{cp:04X} {c} is kept as it is");
                }
            }
        }
    }
}
