//! Reading one Markdown file: normalising what editors' files really contain (BOM, CRLF,
//! trailing spaces on the front matter closer), splitting the front matter (YAML `---` or
//! TOML `+++`) from the body, and checking the known keys.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use crate::diag::{Diagnostic, line_col};

#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct Source {
    pub title: String,
    pub url: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct FrontMatter {
    pub title: String,
    pub summary: Option<String>,
    pub weight: i64,
    pub draft: bool,
    pub slug: Option<String>,
    /// `YYYY-MM-DD`.
    pub reviewed: Option<String>,
    pub sources: Vec<Source>,
    /// The hash of the default-language source this translation was made from.
    pub translation_of: Option<String>,
    /// Keys site-gen does not know; templates reach them as `page.extra`.
    pub extra: BTreeMap<String, Value>,
    /// The file line of each top-level key, for messages about a key (`check`).
    #[serde(skip)]
    pub lines: BTreeMap<String, u32>,
}

/// A Markdown file split into its parts.
#[derive(Debug, Clone)]
pub struct Parsed {
    pub meta: FrontMatter,
    pub body: String,
    /// The 1-based line of the file on which `body` starts.
    pub body_line: u32,
    /// Hash of the normalised file, used to tell when a translation's source changed.
    pub hash: String,
}

/// Undo editor quirks: a byte-order mark and CRLF line endings.
pub fn normalise(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_string()
    }
}

/// The hash of a source file, as written into `translation_of`.
pub fn source_hash(normalised: &str) -> String {
    let h = blake3::hash(normalised.as_bytes());
    h.to_hex()[..16].to_string()
}

/// Splits and checks a normalised Markdown file. `file` is only used to locate problems.
pub fn parse(file: &str, text: &str) -> Result<Parsed, Vec<Diagnostic>> {
    let hash = source_hash(text);
    let (fm, body, body_line, fm_line) = split(text);
    let mut errors = Vec::new();
    if fm.is_none()
        && let Some(fence) = ["---", "+++"]
            .into_iter()
            .find(|f| text.lines().next().is_some_and(|l| l.trim_end() == *f))
    {
        return Err(vec![
            Diagnostic::error(format!(
                "front matter opened with `{fence}` is never closed"
            ))
            .at(file, 1, 1)
            .hint(format!(
                "add a line with only `{fence}` after the last front matter line"
            )),
        ]);
    }
    let mut meta = match fm {
        None => FrontMatter::default(),
        Some((kind, fm_text)) => match parse_map(kind, fm_text) {
            Ok(map) => from_map(map, fm_text, fm_line, file, &mut errors),
            Err((msg, offset)) => {
                let (l, c) = offset.map_or((0, 0), |o| line_col(fm_text, o));
                let line = if l == 0 { fm_line } else { fm_line + l - 1 };
                errors.push(
                    Diagnostic::error(format!("front matter is not valid {kind}: {msg}"))
                        .at(file, line, c),
                );
                FrontMatter::default()
            }
        },
    };
    let mut body = body.to_string();
    let mut body_line = body_line;
    if meta.title.is_empty() {
        match take_first_heading(&body) {
            Some((title, rest_offset, h1)) => {
                meta.title = title;
                if h1 {
                    body_line += body[..rest_offset].matches('\n').count() as u32;
                    body = body[rest_offset..].to_string();
                }
            }
            None if errors.is_empty() => errors.push(
                Diagnostic::error("page has no title")
                    .at(file, 1, 1)
                    .hint("add front matter with `title: …`, or start the page with `# Title`"),
            ),
            None => {}
        }
    }
    if errors.is_empty() {
        Ok(Parsed {
            meta,
            body,
            body_line,
            hash,
        })
    } else {
        Err(errors)
    }
}

#[derive(Clone, Copy)]
enum Kind {
    Yaml,
    Toml,
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Kind::Yaml => "YAML",
            Kind::Toml => "TOML",
        })
    }
}

/// Returns (front matter, body, line where the body starts, line where front matter starts).
fn split(text: &str) -> (Option<(Kind, &str)>, &str, u32, u32) {
    for (fence, kind) in [("---", Kind::Yaml), ("+++", Kind::Toml)] {
        let Some(first_line_end) = text.find('\n') else {
            continue;
        };
        if text[..first_line_end].trim_end() != fence {
            continue;
        }
        let start = first_line_end + 1;
        let mut offset = start;
        for (line, l) in (2u32..).zip(text[start..].split_inclusive('\n')) {
            if l.trim_end() == fence {
                let body_start = offset + l.len();
                return (
                    Some((kind, &text[start..offset])),
                    &text[body_start..],
                    line + 1,
                    2,
                );
            }
            offset += l.len();
        }
    }
    (None, text, 1, 1)
}

type MapResult = Result<serde_json::Map<String, Value>, (String, Option<usize>)>;

fn parse_map(kind: Kind, text: &str) -> MapResult {
    let value: Value = match kind {
        Kind::Yaml => {
            if text.trim().is_empty() {
                return Ok(Default::default());
            }
            serde_yaml_ng::from_str(text).map_err(|e| {
                let offset = e.location().map(|l| l.index());
                let msg = e.to_string();
                // serde_yaml_ng appends " at line X column Y"; the location is ours to give.
                let msg = msg.split(" at line ").next().unwrap_or(&msg).to_string();
                (msg, offset)
            })?
        }
        Kind::Toml => {
            let table: toml::Table = toml::from_str(text)
                .map_err(|e| (e.message().to_string(), e.span().map(|s| s.start)))?;
            toml_to_json(toml::Value::Table(table))
        }
    };
    match value {
        Value::Object(m) => Ok(m),
        Value::Null => Ok(Default::default()),
        _ => Err(("expected `key: value` lines".into(), Some(0))),
    }
}

fn toml_to_json(v: toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => Value::from(f),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.into_iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => {
            Value::Object(t.into_iter().map(|(k, v)| (k, toml_to_json(v))).collect())
        }
    }
}

fn from_map(
    map: serde_json::Map<String, Value>,
    fm_text: &str,
    fm_line: u32,
    file: &str,
    errors: &mut Vec<Diagnostic>,
) -> FrontMatter {
    let line_of = |key: &str| {
        fm_text
            .lines()
            .position(|l| {
                let l = l.trim_start();
                l.strip_prefix(key)
                    .is_some_and(|r| r.trim_start().starts_with([':', '=']))
            })
            .map_or(fm_line, |i| fm_line + i as u32)
    };
    let mut meta = FrontMatter {
        lines: map.keys().map(|k| (k.clone(), line_of(k))).collect(),
        ..FrontMatter::default()
    };
    let mut bad = |key: &str, expected: &str| {
        let line = line_of(key);
        errors.push(
            Diagnostic::error(format!("front matter `{key}` must be {expected}")).at(file, line, 1),
        );
    };
    for (key, value) in map {
        match key.as_str() {
            "title" => match value {
                Value::String(s) if !s.trim().is_empty() => meta.title = s.trim().to_string(),
                _ => bad("title", "a non-empty text"),
            },
            "summary" => match value {
                Value::String(s) => meta.summary = Some(s),
                Value::Null => {}
                _ => bad("summary", "a text"),
            },
            "weight" => match value.as_i64() {
                Some(w) => meta.weight = w,
                None => bad("weight", "a whole number"),
            },
            "draft" => match value {
                Value::Bool(b) => meta.draft = b,
                _ => bad("draft", "true or false"),
            },
            "slug" => match value {
                Value::String(s) if is_slug(&s) => meta.slug = Some(s),
                _ => bad(
                    "slug",
                    "letters, digits and hyphens (it becomes part of the URL)",
                ),
            },
            "reviewed" => match value {
                Value::String(s) if is_date(&s) => meta.reviewed = Some(s[..10].to_string()),
                _ => bad("reviewed", "a date written YYYY-MM-DD"),
            },
            "translation_of" => match value {
                Value::String(s) => meta.translation_of = Some(s.trim().to_string()),
                _ => bad("translation_of", "the source's hash, as a text"),
            },
            "sources" => match serde_json::from_value::<Vec<Source>>(value) {
                Ok(s) => meta.sources = s,
                Err(_) => bad("sources", "a list of items with `title` and `url`"),
            },
            _ => {
                meta.extra.insert(key, value);
            }
        }
    }
    meta
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_' || c == '.')
        && !s.starts_with('.')
}

/// `YYYY-MM-DD`, possibly followed by a time (TOML datetimes).
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<u32>().ok());
    matches!((num(0..4), num(5..7), num(8..10)), (Some(_), Some(m), Some(d)) if (1..=12).contains(&m) && (1..=31).contains(&d))
}

/// The first ATX heading of a body: (text, offset just after its line, whether it is an h1).
fn take_first_heading(body: &str) -> Option<(String, usize, bool)> {
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        let t = line.trim();
        let hashes = t.chars().take_while(|&c| c == '#').count();
        if (1..=6).contains(&hashes) && t[hashes..].starts_with(' ') {
            let text = t[hashes..].trim().trim_end_matches('#').trim().to_string();
            return Some((text, offset + line.len(), hashes == 1));
        }
        offset += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editor_quirks_are_tolerated() {
        let text = normalise("\u{feff}---\r\ntitle: Hola\r\nextra_key: 3\r\n---   \r\nCuerpo");
        let p = parse("x.md", &text).unwrap();
        assert_eq!(p.meta.title, "Hola");
        assert_eq!(p.body, "Cuerpo");
        assert_eq!(p.body_line, 5);
        assert_eq!(p.meta.extra["extra_key"], 3);
    }

    #[test]
    fn toml_front_matter_and_dates() {
        let p = parse(
            "x.md",
            "+++\ntitle = \"T\"\nreviewed = 2026-01-02\nweight = 5\n+++\n\nbody\n",
        )
        .unwrap();
        assert_eq!(p.meta.reviewed.as_deref(), Some("2026-01-02"));
        assert_eq!(p.meta.weight, 5);
    }

    #[test]
    fn title_from_first_heading() {
        let p = parse("x.md", "\n# My rights\n\nText").unwrap();
        assert_eq!(p.meta.title, "My rights");
        assert_eq!(p.body, "\nText");
        assert_eq!(p.body_line, 3);
        assert!(parse("x.md", "").is_err());
    }

    #[test]
    fn broken_yaml_is_located() {
        let errs = parse("x.md", "---\ntitle: ok\nsummary: [unclosed\n---\nbody").unwrap_err();
        assert_eq!(errs[0].file.as_ref().unwrap().to_str(), Some("x.md"));
        assert!(errs[0].line >= 3, "{:?}", errs[0]);
        assert!(errs[0].message.contains("YAML"));
    }

    #[test]
    fn unclosed_front_matter_is_reported() {
        let errs = parse("x.md", "---\ntitle: x\nbody").unwrap_err();
        assert!(errs[0].message.contains("never closed"), "{errs:?}");
        assert!(parse("x.md", "---").is_err());
    }

    #[test]
    fn wrong_types_name_the_key_line() {
        let errs = parse("x.md", "---\ntitle: ok\nweight: heavy\n---\n").unwrap_err();
        assert_eq!(errs[0].line, 3);
        assert!(errs[0].message.contains("weight"));
    }
}
