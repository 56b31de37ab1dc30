//! Phone numbers as `tel:` links, so a reader on a phone calls with one tap: US numbers found
//! in guide text (`1-800-898-7180`, `(202) 555-0123`, `202-555-0123`, `+1 202 555 0123`), and
//! numbers an editor wrote in `site.toml` or the directory.
//!
//! Finding numbers in prose must not mistake what legal text is full of for a phone number:
//! dates (`2025-03-01`), form numbers (`I-589`), A-Numbers (`A-123-456-789`), citations
//! (`8 U.S.C. § 1229a`, `8 CFR 1003.23`), ZIP codes, Social Security numbers, short codes
//! (`233733`). So only the North American shape is taken — a three-digit area code and a
//! three-digit exchange that both begin with 2–9, and four digits — with consistent
//! separators, standing alone. Pure.

use std::ops::Range;

use crate::config::Direction;
use crate::render::markdown::escape_into;

/// A phone number found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    /// Where it is written, in bytes.
    pub(crate) range: Range<usize>,
    /// Its `tel:` address: `tel:+18008987180`.
    pub(crate) tel: String,
}

/// The US phone numbers written in `text`, in order.
pub(crate) fn find(text: &str) -> Vec<Found> {
    let b = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let starts = matches!(b[i], b'+' | b'(') || b[i].is_ascii_digit();
        if starts
            && free_before(text, i)
            && let Some((end, digits)) = parse(b, i)
        {
            found.push(Found {
                range: i..end,
                tel: format!("tel:+1{digits}"),
            });
            i = end;
            continue;
        }
        i += 1;
    }
    found
}

/// The `tel:` address of a number an editor wrote (`1-800-898-7180`, `+52 55 1234 5678`,
/// `555-0100`, `911`): its digits, with `+1` for a ten-digit US number. `None` when it is
/// not a number one can dial as written (letters, an extension, no digits).
pub(crate) fn tel_uri(written: &str) -> Option<String> {
    let t = written.trim();
    if t.chars().any(char::is_alphabetic) {
        return None;
    }
    let digits: String = t.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return None;
    }
    let b = digits.as_bytes();
    Some(if t.starts_with('+') || (b.len() == 11 && b[0] == b'1') {
        format!("tel:+{digits}")
    } else if b.len() == 10 && is_nanp(b) {
        format!("tel:+1{digits}")
    } else {
        format!("tel:{digits}")
    })
}

/// A phone link, escaped: the number as written, with its `tel:` address. In right-to-left
/// text the link says `dir="ltr"`, which also isolates it: its digits keep their order.
pub(crate) fn link(written: &str, tel: &str, context: &Direction) -> String {
    let mut out = String::with_capacity(written.len() * 2 + 40);
    out.push_str("<a href=\"");
    escape_into(tel, &mut out);
    out.push('"');
    if *context == Direction::Rtl {
        out.push_str(" dir=\"ltr\"");
    }
    out.push('>');
    escape_into(written, &mut out);
    out.push_str("</a>");
    out
}

/// Whether ten digits are a possible North American number: area code and exchange begin
/// with 2–9.
fn is_nanp(d: &[u8]) -> bool {
    d.len() == 10 && (b'2'..=b'9').contains(&d[0]) && (b'2'..=b'9').contains(&d[3])
}

/// A number does not begin inside a Latin word, a longer number, a form or A-Number
/// (`I-589`, `A-123…`), a section reference (`§202`) or a URL. (An Arabic letter may be
/// written against it: `و1-888-…`, "and 1-888-…".)
fn free_before(text: &str, i: usize) -> bool {
    text[..i]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_ascii_alphanumeric() && !"-_./+#$%&=@:§".contains(c))
}

/// Matches a US number at `i`: returns its end and its ten digits.
fn parse(b: &[u8], i: usize) -> Option<(usize, String)> {
    let mut p = i;
    let mut spaced_ok = false;
    // Country code: `+1`, `1-` or `1.` (a bare `1 ` is too often a count).
    if b[p] == b'+' {
        if b.get(p + 1) != Some(&b'1') {
            return None;
        }
        p += 2;
        spaced_ok = true;
        if matches!(b.get(p), Some(b' ' | b'-' | b'.')) {
            p += 1;
        }
    } else if b[p] == b'1'
        && (matches!(b.get(p + 1), Some(b'-' | b'.'))
            || (b.get(p + 1) == Some(&b' ') && b.get(p + 2) == Some(&b'(')))
    {
        p += 2;
    }
    let mut digits = String::with_capacity(10);
    // Area code, in brackets or followed by a separator.
    let sep_a;
    if b.get(p) == Some(&b'(') {
        p = take_digits(b, p + 1, 3, &mut digits)?;
        if b.get(p) != Some(&b')') {
            return None;
        }
        p += 1;
        if b.get(p) == Some(&b' ') {
            p += 1;
        }
        spaced_ok = true;
        sep_a = None;
    } else {
        p = take_digits(b, p, 3, &mut digits)?;
        let s = *b.get(p)?;
        if !(matches!(s, b'-' | b'.') || (s == b' ' && spaced_ok)) {
            return None;
        }
        p += 1;
        sep_a = Some(s);
    }
    p = take_digits(b, p, 3, &mut digits)?;
    let s = *b.get(p)?;
    let consistent = match sep_a {
        Some(a) => s == a,
        None => matches!(s, b'-' | b'.') || (s == b' ' && spaced_ok),
    };
    if !consistent {
        return None;
    }
    p = take_digits(b, p + 1, 4, &mut digits)?;
    // Nothing attached after: no more digits or letters, no separator leading to more.
    match b.get(p) {
        Some(c) if c.is_ascii_alphanumeric() => return None,
        Some(b'-' | b'.' | b'/') if b.get(p + 1).is_some_and(u8::is_ascii_alphanumeric) => {
            return None;
        }
        _ => {}
    }
    is_nanp(digits.as_bytes()).then_some((p, digits))
}

/// Exactly `n` ASCII digits at `p`, appended to `out`: returns the position after them.
fn take_digits(b: &[u8], p: usize, n: usize, out: &mut String) -> Option<usize> {
    let d = b.get(p..p + n)?;
    if !d.iter().all(u8::is_ascii_digit) || b.get(p + n).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    out.extend(d.iter().map(|&c| c as char));
    Some(p + n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tels(text: &str) -> Vec<(&str, String)> {
        find(text)
            .into_iter()
            .map(|f| (&text[f.range], f.tel))
            .collect()
    }

    #[test]
    fn finds_us_numbers_as_people_write_them() {
        let cases = [
            (
                "Call 1-800-898-7180 now.",
                "1-800-898-7180",
                "tel:+18008987180",
            ),
            ("Call (202) 555-0123.", "(202) 555-0123", "tel:+12025550123"),
            ("Call (202)555-0123.", "(202)555-0123", "tel:+12025550123"),
            ("Call 202-555-0123, or", "202-555-0123", "tel:+12025550123"),
            ("Call 202.555.0123", "202.555.0123", "tel:+12025550123"),
            (
                "Call +1 202 555 0123",
                "+1 202 555 0123",
                "tel:+12025550123",
            ),
            (
                "Call +1-202-555-0123",
                "+1-202-555-0123",
                "tel:+12025550123",
            ),
            (
                "Call +1 (202) 555-0123",
                "+1 (202) 555-0123",
                "tel:+12025550123",
            ),
            (
                "Call 1 (800) 799-7233",
                "1 (800) 799-7233",
                "tel:+18007997233",
            ),
            ("(1-888-373-7888)", "1-888-373-7888", "tel:+18883737888"),
            (
                "اتصل بالرقم 1-800-898-7180.",
                "1-800-898-7180",
                "tel:+18008987180",
            ),
            ("و1-888-373-7888", "1-888-373-7888", "tel:+18883737888"),
        ];
        for (text, number, tel) in cases {
            assert_eq!(tels(text), vec![(number, tel.to_string())], "{text}");
        }
        assert_eq!(
            tels("1-800-799-7233 or 1-888-373-7888"),
            vec![
                ("1-800-799-7233", "tel:+18007997233".to_string()),
                ("1-888-373-7888", "tel:+18883737888".to_string())
            ]
        );
    }

    #[test]
    fn leaves_dates_forms_a_numbers_and_citations_alone() {
        for text in [
            "on 2025-03-01 or 03/01/2025 or 03-01-2025",
            "Form I-589, Form I-130 and I-765",
            "A-Number A-123-456-789 or A123456789 or A 234 567 890",
            "8 U.S.C. § 1229a(b)(5)(C) and 8 CFR 1003.23(b)(4)(ii)",
            "INA 240(b)(5)(C); 8 U.S.C. § 1158",
            "ZIP 20530-0001, SSN 123-45-6789",
            "text START to 88788 or 233733, call 911",
            "202 555 0123 without a country code or brackets",
            "1 800 898 7180 (a count, then numbers)",
            "123-555-0123 (an area code cannot begin with 1)",
            "202-155-0123 (nor an exchange)",
            "202-555-01234 and 202-555-0123-5 and 1202-555-0123",
            "202-555.0123 (mixed separators)",
            "https://example.org/202-555-0123 and x202-555-0123",
            "§202-555-0123",
        ] {
            assert_eq!(tels(text), vec![], "{text}");
        }
    }

    #[test]
    fn tel_addresses_of_written_numbers() {
        assert_eq!(
            tel_uri("1-800-898-7180").as_deref(),
            Some("tel:+18008987180")
        );
        assert_eq!(
            tel_uri("(202) 555-0123").as_deref(),
            Some("tel:+12025550123")
        );
        assert_eq!(
            tel_uri(" +52 55 1234 5678 ").as_deref(),
            Some("tel:+525512345678")
        );
        assert_eq!(tel_uri("555-0100").as_deref(), Some("tel:5550100"));
        assert_eq!(tel_uri("911").as_deref(), Some("tel:911"));
        assert_eq!(tel_uri("1-800-FLOWERS"), None);
        assert_eq!(tel_uri("202-555-0123 ext. 4"), None);
        assert_eq!(tel_uri(""), None);
    }

    #[test]
    fn links_keep_the_number_as_written_and_isolate_it_in_rtl() {
        assert_eq!(
            link("1-800-898-7180", "tel:+18008987180", &Direction::Ltr),
            "<a href=\"tel:+18008987180\">1-800-898-7180</a>"
        );
        assert_eq!(
            link("(202) 555-0123", "tel:+12025550123", &Direction::Rtl),
            "<a href=\"tel:+12025550123\" dir=\"ltr\">(202) 555-0123</a>"
        );
    }
}
