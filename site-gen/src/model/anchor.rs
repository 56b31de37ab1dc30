//! Anchors (`id`s) made from text in any script: heading ids, glossary entries.

use icu_properties::CodePointMapData;
use icu_properties::props::{GeneralCategory, GeneralCategoryGroup};

/// An anchor from heading text that works in every script: letters, marks and digits of any
/// script are kept (lower-cased where the script has case), as are the joiners that Persian
/// and Indic words need; everything else becomes `-`. Marks are found by their Unicode
/// general category, so Burmese, Tamil or Khmer headings keep their vowel signs and viramas.
pub(crate) fn slugify(text: &str) -> String {
    let categories = CodePointMapData::<GeneralCategory>::new();
    let keep = GeneralCategoryGroup::Letter
        .union(GeneralCategoryGroup::Mark)
        .union(GeneralCategoryGroup::Number);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if keep.contains(categories.get(c)) || matches!(c, '\u{200C}' | '\u{200D}') {
            out.extend(c.to_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "section".into()
    } else {
        out
    }
}
