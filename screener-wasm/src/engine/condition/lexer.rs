//! Splits a condition into tokens, each with its byte range in the condition's text.

use super::SyntaxError;
use crate::engine::date::PartialDate;

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Tok {
    Ident,
    Int(i64),
    Date(PartialDate),
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Plus,
    Minus,
    End,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Token {
    pub tok: Tok,
    pub start: usize,
    pub end: usize,
}

pub(crate) fn tokenize(src: &str) -> Result<Vec<Token>, SyntaxError> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let start = i;
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let tok = if c.is_ascii_alphabetic() || c == b'_' {
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
            Tok::Ident
        } else if c.is_ascii_digit() {
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            // `2024-03` or `2024-03-14` right after four digits is a date literal.
            if i - start == 4 && b.get(i) == Some(&b'-') && is_digit_pair(b, i + 1) {
                i += 3;
                if b.get(i) == Some(&b'-') && is_digit_pair(b, i + 1) {
                    i += 3;
                }
                let date = PartialDate::parse(&src[start..i])
                    .ok_or_else(|| SyntaxError::new(start, "this date does not exist"))?;
                Tok::Date(date)
            } else {
                let n = src[start..i]
                    .parse()
                    .map_err(|_| SyntaxError::new(start, "this number is too large"))?;
                Tok::Int(n)
            }
        } else {
            let next = b.get(i + 1).copied();
            let (tok, len) = match (c, next) {
                (b'=', Some(b'=')) => (Tok::Eq, 2),
                (b'!', Some(b'=')) => (Tok::Ne, 2),
                (b'<', Some(b'=')) => (Tok::Le, 2),
                (b'>', Some(b'=')) => (Tok::Ge, 2),
                (b'<', _) => (Tok::Lt, 1),
                (b'>', _) => (Tok::Gt, 1),
                (b'(', _) => (Tok::LParen, 1),
                (b')', _) => (Tok::RParen, 1),
                (b'[', _) => (Tok::LBracket, 1),
                (b']', _) => (Tok::RBracket, 1),
                (b',', _) => (Tok::Comma, 1),
                (b'+', _) => (Tok::Plus, 1),
                (b'-', _) => (Tok::Minus, 1),
                (b'=', _) => return Err(SyntaxError::new(start, "write `==` to compare")),
                (b'!', _) => return Err(SyntaxError::new(start, "write `!=` or `not`")),
                (b'&', _) => return Err(SyntaxError::new(start, "write `and`")),
                (b'|', _) => return Err(SyntaxError::new(start, "write `or`")),
                (b'"' | b'\'', _) => {
                    return Err(SyntaxError::new(
                        start,
                        "values are written without quotes, e.g. `detained == yes`",
                    ));
                }
                _ => {
                    let ch = src[start..].chars().next().unwrap_or(' ');
                    return Err(SyntaxError::new(
                        start,
                        format!("unexpected character `{ch}`"),
                    ));
                }
            };
            i += len;
            tok
        };
        out.push(Token { tok, start, end: i });
    }
    out.push(Token {
        tok: Tok::End,
        start: b.len(),
        end: b.len(),
    });
    Ok(out)
}

fn is_digit_pair(b: &[u8], i: usize) -> bool {
    b.get(i).is_some_and(u8::is_ascii_digit) && b.get(i + 1).is_some_and(u8::is_ascii_digit)
}
