//! Typo tolerance: whether two words are one edit apart (a letter changed, added, dropped, or
//! two neighbouring letters swapped — the slips of a thumb on a phone keyboard). A linear
//! check rather than a full edit-distance table: it runs against every term of the index for
//! every query word.

/// Whether `a` and `b` differ by at most one edit (Damerau: substitution, insertion,
/// deletion or transposition of adjacent characters).
pub(crate) fn within_one_edit(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    if prefix == short.len() {
        return true; // equal, or one character added at the end
    }
    if short.len() == long.len() {
        // One substitution, or a transposition at `prefix`.
        let rest_equal = |from: usize| short[from..] == long[from..];
        rest_equal(prefix + 1)
            || (prefix + 1 < short.len()
                && short[prefix] == long[prefix + 1]
                && short[prefix + 1] == long[prefix]
                && rest_equal(prefix + 2))
    } else {
        // One insertion into the shorter word at `prefix`.
        short[prefix..] == long[prefix + 1..]
    }
}

#[cfg(test)]
mod tests {
    use super::within_one_edit;
    use proptest::prelude::*;

    #[test]
    fn thumb_slips_are_one_edit() {
        assert!(within_one_edit("asylum", "asylum"));
        assert!(within_one_edit("asilum", "asylum")); // substitution
        assert!(within_one_edit("asylm", "asylum")); // deletion
        assert!(within_one_edit("assylum", "asylum")); // insertion
        assert!(within_one_edit("asyulm", "asylum")); // transposition
        assert!(within_one_edit("محكمه", "محكمة"));
        assert!(!within_one_edit("asyl", "asylum"));
        assert!(within_one_edit("hearing", "hearin"));
        assert!(!within_one_edit("sayulm", "asylum"));
    }

    proptest! {
        #[test]
        fn agrees_with_the_full_edit_distance(a in "[abc]{0,7}", b in "[abc]{0,7}") {
            let distance = strsim::osa_distance(&a, &b);
            prop_assert_eq!(within_one_edit(&a, &b), distance <= 1, "{} {}", a, b);
        }
    }
}
