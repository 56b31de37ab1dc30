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

/// Lowercases and strips diacritics from a word of an alphabetic script.
pub(crate) fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if c == 'İ' {
            out.push('i');
        } else {
            fold_char(lower(c), &mut out);
        }
    }
    out
}

/// The lowercase of a letter of the Latin, Greek, Cyrillic and Armenian alphabets; any other
/// character as it is. The standard library's `char::to_lowercase` covers all of Unicode
/// with tables that would be a quarter of the browser's engine; a test checks this against
/// it over these alphabets. Documents and queries go through the same function, so a letter
/// left alone still matches itself.
pub(crate) fn lower(c: char) -> char {
    let cp = c as u32;
    let to = |d: u32| char::from_u32(cp + d).unwrap_or(c);
    match cp {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => {
            to(0x20)
        }
        0x400..=0x40F => to(0x50),
        0x531..=0x556 => to(0x30),
        0x386 => 'ά',
        0x388..=0x38A => to(0x25),
        0x38C => 'ό',
        0x38E..=0x38F => to(0x3F),
        0x178 => 'ÿ',
        0x4C0 => 'ӏ',
        // Pairs: capital at the even code point, small at the next one…
        0x100..=0x12F
        | 0x132..=0x137
        | 0x14A..=0x177
        | 0x460..=0x481
        | 0x48A..=0x4BF
        | 0x4D0..=0x52F
        | 0x1E00..=0x1E95
        | 0x1EA0..=0x1EFF
            if cp.is_multiple_of(2) =>
        {
            to(1)
        }
        // …or at the odd one.
        0x139..=0x148 | 0x179..=0x17E | 0x4C1..=0x4CE if !cp.is_multiple_of(2) => to(1),
        _ => c,
    }
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
    fn lowercase_matches_the_standard_library() {
        let alphabets = [
            0x41..=0x24F,
            0x370..=0x3FF,
            0x400..=0x52F,
            0x531..=0x556,
            0x1E00..=0x1EFF,
        ];
        for cp in alphabets.into_iter().flatten() {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let mut std = c.to_lowercase();
            let (Some(l), None) = (std.next(), std.next()) else {
                continue;
            };
            let ours = super::lower(c);
            // Latin Extended-B (U+0180..) and a few archaic letters are left as they are.
            if ours != c || l == c {
                assert_eq!(ours, l, "U+{cp:04X} {c}");
            } else {
                assert!(
                    (0x180..=0x24F).contains(&cp) || (0x370..=0x3FF).contains(&cp) || cp == 0x1E9E,
                    "U+{cp:04X} {c} is not lowercased"
                );
            }
        }
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
