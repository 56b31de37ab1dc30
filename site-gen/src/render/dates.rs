//! Dates as readers see them: the Gregorian calendar in every language, with that language's
//! month names from Fluent (`month-1` … `month-12`) in its own order (`screener-date-day`),
//! never a calendar guessed from the language (Dari readers got Afghan solar months before).

use fluent_bundle::{FluentArgs, FluentValue};

use crate::model::{Date, Locales};

/// `2026-12-02` as "December 2, 2026", "2 de diciembre de 2026", "2 دسامبر 2026"…; the ISO
/// date when the language has no month names.
pub(crate) fn format(locales: &Locales, lang: &str, date: Date) -> String {
    let month = locales.message(lang, &format!("month-{}", date.month()), None);
    let mut args = FluentArgs::new();
    args.set(
        "month",
        FluentValue::from(month.map(|m| m.text).unwrap_or_default()),
    );
    args.set("day", FluentValue::from(date.day().to_string()));
    args.set("year", FluentValue::from(date.year().to_string()));
    locales
        .message(lang, "screener-date-day", Some(&args))
        .map_or_else(|| date.to_string(), |l| strip_isolates(&l.text))
}

/// Fluent wraps placeables in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE; a date is
/// isolated as a whole where it is shown instead.
fn strip_isolates(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect()
}
