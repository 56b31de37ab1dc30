//! Reading one content file: splitting the front matter (YAML `---` or TOML `+++`) from the
//! body and turning the known keys into typed values.
//!
//! Parsing never fails: whatever the file holds, the result is front matter (each field
//! that could not be read left at its default) plus located diagnostics. Files written for
//! other generators are read as far as they make sense: keys in another case, numbers where
//! text is expected, empty values and Hugo's `description` are understood, with a warning
//! where the author may want to know.

use std::collections::BTreeMap;

use serde_json::Value;

pub use super::fs::normalise;
use crate::diag::{Diagnostic, line_col};
use crate::model::key::check_segment;
use crate::model::link;
use crate::model::{Date, FrontMatter, Source};

/// The largest front matter read, in bytes: far more than any page needs, little enough that
/// no YAML or TOML document inside it takes long to parse.
pub(crate) const MAX_FRONT_MATTER: usize = 64 * 1024;

/// The deepest nesting of lists and maps accepted in front matter.
pub(crate) const MAX_DEPTH: usize = 32;

/// The keys site-gen reads; others are kept for templates.
const KNOWN: &[&str] = &[
    "title",
    "summary",
    "weight",
    "draft",
    "slug",
    "reviewed",
    "sources",
    "translation_of",
    "aliases",
];

/// A content file split into its parts.
#[derive(Debug, Clone)]
pub(crate) struct Parsed {
    pub(crate) meta: FrontMatter,
    pub(crate) body: String,
    /// The 1-based line of the file on which `body` starts.
    pub(crate) body_line: u32,
    /// Hash of the normalised file, used to tell when a translation's source changed.
    pub(crate) hash: String,
}

/// The hash of a source file, as written into `translation_of`: the first 16 hex digits of
/// the BLAKE3 hash of the normalised text.
pub fn source_hash(normalised: &str) -> String {
    let h = blake3::hash(normalised.as_bytes());
    h.to_hex()[..16].to_string()
}

/// Splits and reads a normalised content file. `file` is only used to locate problems.
/// When the file has no title, `meta.title` is the text of its first heading (an `h1` is
/// then taken out of the body), or empty: the caller names the page after its file.
pub(crate) fn parse(file: &str, text: &str) -> (Parsed, Vec<Diagnostic>) {
    let hash = source_hash(text);
    let mut diags = Vec::new();
    let split = split(text);
    let (mut meta, body, mut body_line) = match split {
        Split::None => (FrontMatter::default(), text, 1),
        Split::Unclosed(fence) => {
            diags.push(
                Diagnostic::error(format!(
                    "front matter opened with `{fence}` is never closed"
                ))
                .at(file, 1, 1)
                .hint(format!(
                    "add a line with only `{fence}` after the last front matter line"
                )),
            );
            (FrontMatter::default(), text, 1)
        }
        Split::Front {
            kind,
            text: fm,
            body,
            body_line,
        } => {
            let meta = front_matter(file, kind, fm, &mut diags);
            (meta, body, body_line)
        }
    };
    let mut body = body.to_string();
    if meta.title.is_empty()
        && let Some((title, rest_offset, h1)) = first_heading(&body)
    {
        meta.title = title;
        if h1 {
            body_line += body[..rest_offset].matches('\n').count() as u32;
            body = body[rest_offset..].to_string();
        }
    }
    (
        Parsed {
            meta,
            body,
            body_line,
            hash,
        },
        diags,
    )
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

enum Split<'a> {
    None,
    Unclosed(&'static str),
    Front {
        kind: Kind,
        text: &'a str,
        body: &'a str,
        body_line: u32,
    },
}

fn split(text: &str) -> Split<'_> {
    let first = text.split('\n').next().unwrap_or(text);
    let (fence, kind) = match first.trim_end() {
        "---" => ("---", Kind::Yaml),
        "+++" => ("+++", Kind::Toml),
        _ => return Split::None,
    };
    let Some(start) = text.find('\n').map(|i| i + 1) else {
        return Split::Unclosed(fence);
    };
    let mut offset = start;
    for (line, l) in (2u32..).zip(text[start..].split_inclusive('\n')) {
        if l.trim_end() == fence {
            return Split::Front {
                kind,
                text: &text[start..offset],
                body: &text[offset + l.len()..],
                body_line: line + 1,
            };
        }
        offset += l.len();
    }
    Split::Unclosed(fence)
}

/// Front matter starts on line 2 of the file (after the opening fence).
const FM_LINE: u32 = 2;

fn front_matter(file: &str, kind: Kind, text: &str, diags: &mut Vec<Diagnostic>) -> FrontMatter {
    if text.len() > MAX_FRONT_MATTER {
        diags.push(
            Diagnostic::error(format!(
                "front matter is {} KB; at most {} KB is read",
                text.len().div_ceil(1024),
                MAX_FRONT_MATTER / 1024
            ))
            .at(file, FM_LINE, 1)
            .hint("move long content into the page's body"),
        );
        return FrontMatter::default();
    }
    if let Some(offset) = too_deep(text) {
        let (l, c) = line_col(text, offset);
        diags.push(
            Diagnostic::error(format!(
                "front matter is nested more than {MAX_DEPTH} levels deep"
            ))
            .at(file, FM_LINE + l - 1, c),
        );
        return FrontMatter::default();
    }
    match parse_map(kind, text) {
        Ok(map) => typed(file, kind, map, text, diags),
        Err((msg, offset)) => {
            let (l, c) = offset.map_or((1, 1), |o| line_col(text, o));
            diags.push(
                Diagnostic::error(format!("front matter is not valid {kind}: {msg}")).at(
                    file,
                    FM_LINE + l - 1,
                    c,
                ),
            );
            FrontMatter::default()
        }
    }
}

/// The offset where brackets or braces nest deeper than [`MAX_DEPTH`], outside quotes. YAML
/// block nesting needs indentation, which the size limit already bounds.
fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    for (i, c) in text.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '\n') => quote = None,
            (None, '[' | '{') => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(i);
                }
            }
            (None, ']' | '}') => depth = depth.saturating_sub(1),
            _ => {}
        }
        if c == '\n' {
            quote = None;
        }
    }
    None
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

/// The file line of each top-level key, in one pass over the front matter: a top-level key
/// starts a line without indentation (YAML) or before the first `[table]` (TOML).
fn key_lines(kind: Kind, text: &str) -> BTreeMap<String, u32> {
    let mut lines = BTreeMap::new();
    for (i, line) in text.lines().enumerate() {
        if line.starts_with([' ', '\t', '#', '-']) {
            continue;
        }
        if matches!(kind, Kind::Toml) && line.starts_with('[') {
            // `[[sources]]` tables belong to the key they name.
            let name = line.trim_matches(|c| c == '[' || c == ']' || c == ' ');
            lines.entry(name.to_string()).or_insert(FM_LINE + i as u32);
            continue;
        }
        let sep = match kind {
            Kind::Yaml => ':',
            Kind::Toml => '=',
        };
        if let Some(k) = line.split(sep).next().filter(|_| line.contains(sep)) {
            let k = k.trim().trim_matches(|c| c == '"' || c == '\'');
            lines.entry(k.to_string()).or_insert(FM_LINE + i as u32);
        }
    }
    lines
}

/// Reads the known keys into typed values; the others go to `extra`.
fn typed(
    file: &str,
    kind: Kind,
    map: serde_json::Map<String, Value>,
    text: &str,
    diags: &mut Vec<Diagnostic>,
) -> FrontMatter {
    let lines = key_lines(kind, text);
    let at = |key: &str| lines.get(key).copied().unwrap_or(FM_LINE);
    let mut meta = FrontMatter::default();
    let mut description = None;
    for (key, value) in map {
        let line = at(&key);
        let known = KNOWN.iter().find(|k| k.eq_ignore_ascii_case(&key)).copied();
        let Some(name) = known else {
            if key.eq_ignore_ascii_case("description") {
                description = text_of(value);
            } else {
                if let Some(near) = near_miss(&key) {
                    diags.push(
                        Diagnostic::warning(format!(
                            "unknown front matter key `{key}`: did you mean `{near}`?"
                        ))
                        .at(file, line, 1)
                        .hint(format!(
                            "`{key}` is kept for templates as page.extra; rename it to `{near}` if that is what it means"
                        )),
                    );
                }
                meta.extra.insert(key, value);
            }
            continue;
        };
        if name != key {
            diags.push(
                Diagnostic::warning(format!("front matter key `{key}` read as `{name}`"))
                    .at(file, line, 1)
                    .hint(format!("write it `{name}`")),
            );
        }
        if value.is_null() || value.as_str().is_some_and(|s| s.trim().is_empty()) {
            if name != "summary" {
                diags.push(
                    Diagnostic::warning(format!("`{key}` has no value; it is ignored"))
                        .at(file, line, 1),
                );
            }
            continue;
        }
        let mut field = Field {
            file,
            key: &key,
            line,
            diags: &mut *diags,
        };
        field.read(name, value, &mut meta);
    }
    if meta.summary.is_none() {
        meta.summary = description;
    }
    meta.lines = lines;
    meta
}

/// One known key being read: where it is, for its messages.
struct Field<'a> {
    file: &'a str,
    key: &'a str,
    line: u32,
    diags: &'a mut Vec<Diagnostic>,
}

impl Field<'_> {
    fn error(&mut self, expected: &str) {
        self.diags.push(
            Diagnostic::error(format!("front matter `{}` must be {expected}", self.key))
                .at(self.file, self.line, 1),
        );
    }

    fn warn(&mut self, message: String) {
        self.diags
            .push(Diagnostic::warning(message).at(self.file, self.line, 1));
    }

    /// A text field, taking numbers, booleans and dates as their text.
    fn text(&mut self, value: Value) -> Option<String> {
        match value {
            Value::String(s) => Some(s.trim().to_string()),
            v @ (Value::Number(_) | Value::Bool(_)) => {
                let s = v.to_string();
                self.warn(format!(
                    "`{}` is not quoted text; read as \"{s}\"",
                    self.key
                ));
                Some(s)
            }
            _ => {
                self.error("a text");
                None
            }
        }
    }

    fn read(&mut self, name: &str, value: Value, meta: &mut FrontMatter) {
        match name {
            "title" => meta.title = self.text(value).unwrap_or_default(),
            "summary" => meta.summary = self.text(value),
            "weight" => match &value {
                Value::Number(n) if n.is_i64() => meta.weight = n.as_i64().unwrap_or_default(),
                Value::String(s) if s.trim().parse::<i64>().is_ok() => {
                    meta.weight = s.trim().parse().unwrap_or_default();
                    self.warn(format!("`{}` is quoted; read as the number {s}", self.key));
                }
                _ => self.error("a whole number"),
            },
            "draft" => match &value {
                Value::Bool(b) => meta.draft = *b,
                Value::String(s) if matches!(s.trim(), "true" | "false" | "yes" | "no") => {
                    meta.draft = matches!(s.trim(), "true" | "yes");
                    self.warn(format!("`{}` is quoted; write true or false", self.key));
                }
                _ => self.error("true or false"),
            },
            "slug" => {
                let Some(text) = self.text(value) else { return };
                let slug = text.trim_matches('/');
                if slug != text {
                    self.warn(format!(
                        "`{}: {text}`: the slashes are dropped; a slug is the last part of the address",
                        self.key
                    ));
                }
                match check_segment(slug) {
                    Ok(()) if !slug.starts_with('.') => meta.slug = Some(slug.to_string()),
                    Ok(()) => self.error("a name that does not start with `.`"),
                    Err(e) => self.error(&format!("one part of an address, without `/` ({e})")),
                }
            }
            "reviewed" => match value.as_str().map(str::trim) {
                Some(s) => {
                    // A TOML datetime (`2026-01-02T10:00:00`) counts by its day.
                    let day = s
                        .get(..10)
                        .filter(|_| s.len() == 10 || s[10..].starts_with(['T', ' ']));
                    match day.and_then(Date::parse) {
                        Some(d) => meta.reviewed = Some(d),
                        None if day.is_some() => self.error(&format!(
                            "a date that exists, written YYYY-MM-DD (`{s}` is not one)"
                        )),
                        None => self.error("a date written YYYY-MM-DD"),
                    }
                }
                None => self.error("a date written YYYY-MM-DD"),
            },
            "translation_of" => meta.translation_of = self.text(value),
            "sources" => meta.sources = self.sources(value),
            "aliases" => meta.aliases = self.aliases(value),
            _ => unreachable!("every known key is read"),
        }
    }

    fn sources(&mut self, value: Value) -> Vec<Source> {
        #[derive(serde::Deserialize)]
        struct Raw {
            title: String,
            url: String,
        }
        let Ok(raw) = serde_json::from_value::<Vec<Raw>>(value) else {
            self.error("a list of items with `title` and `url`");
            return Vec::new();
        };
        let mut out = Vec::new();
        for s in raw {
            match link::check_web(&s.url) {
                Ok(()) => out.push(Source {
                    title: s.title,
                    url: s.url.trim().to_string(),
                }),
                Err(e) => self.diags.push(
                    Diagnostic::warning(format!("source `{}` is left out: {e}", s.title))
                        .at(self.file, self.line, 1)
                        .hint("sources are official web pages: give their https:// address"),
                ),
            }
        }
        out
    }

    fn aliases(&mut self, value: Value) -> Vec<String> {
        let items = match value {
            Value::String(s) => vec![s],
            Value::Array(a) => a
                .into_iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
            _ => {
                self.error("a list of earlier addresses (`/old/path/`)");
                return Vec::new();
            }
        };
        let mut out = Vec::new();
        for a in items {
            let path = a.trim().trim_matches('/');
            let ok = !path.is_empty()
                && !a.contains("://")
                && path.split('/').all(|s| check_segment(s).is_ok());
            if ok {
                out.push(path.to_string());
            } else {
                self.diags.push(
                    Diagnostic::warning(format!(
                        "alias `{a}` is left out: it is not a path on this site"
                    ))
                    .at(self.file, self.line, 1),
                );
            }
        }
        out
    }
}

/// A known key one edit away from `key` (`titel` → `title`), for keys long enough that one
/// edit is likely a typo.
fn near_miss(key: &str) -> Option<&'static str> {
    let key = key.to_ascii_lowercase();
    if key.chars().count() < 4 {
        return None;
    }
    KNOWN.iter().copied().find(|k| within_one_edit(&key, k))
}

fn within_one_edit(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
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
    if short.len() == long.len() {
        // One substitution, or two neighbours swapped.
        let rest = |skip: usize| short[prefix + skip..] == long[prefix + skip..];
        prefix == short.len()
            || rest(1)
            || (prefix + 1 < short.len()
                && short[prefix] == long[prefix + 1]
                && short[prefix + 1] == long[prefix]
                && rest(2))
    } else {
        short[prefix..] == long[prefix + 1..]
    }
}

fn text_of(value: Value) -> Option<String> {
    match value {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The first ATX heading of a body: (text, offset just after its line, whether it is an h1).
fn first_heading(body: &str) -> Option<(String, usize, bool)> {
    let mut offset = 0;
    let mut fenced = false;
    for line in body.split_inclusive('\n') {
        let t = line.trim();
        if t.starts_with("```") || t.starts_with("~~~") {
            fenced = !fenced;
        }
        let hashes = t.chars().take_while(|&c| c == '#').count();
        if !fenced && (1..=6).contains(&hashes) && t[hashes..].starts_with(' ') {
            let text = t[hashes..].trim().trim_end_matches('#').trim().to_string();
            if !text.is_empty() {
                return Some((text, offset + line.len(), hashes == 1));
            }
        }
        offset += line.len();
    }
    None
}

/// A title from a file or folder name: `one-year_deadline` → `One year deadline`.
pub(crate) fn humanise(name: &str) -> String {
    let words = name.replace(['-', '_'], " ");
    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut chars = words.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str) -> Parsed {
        let (p, d) = parse("x.md", text);
        assert!(d.is_empty(), "{d:?}");
        p
    }

    #[test]
    fn editor_quirks_are_tolerated() {
        let p = ok(&normalise(
            "\u{feff}---\r\ntitle: Hola\r\nextra_key: 3\r\n---   \r\nCuerpo",
        ));
        assert_eq!(p.meta.title, "Hola");
        assert_eq!(p.body, "Cuerpo");
        assert_eq!(p.body_line, 5);
        assert_eq!(p.meta.extra["extra_key"], 3);
    }

    #[test]
    fn toml_front_matter_and_dates() {
        let p = ok("+++\ntitle = \"T\"\nreviewed = 2026-01-02\nweight = 5\n+++\n\nbody\n");
        assert_eq!(p.meta.reviewed, Date::parse("2026-01-02"));
        assert_eq!(p.meta.weight, 5);
        assert_eq!(p.meta.line_of("weight"), 4);
    }

    #[test]
    fn title_from_first_heading() {
        let p = ok("\n# My rights\n\nText");
        assert_eq!(p.meta.title, "My rights");
        assert_eq!(p.body, "\nText");
        assert_eq!(p.body_line, 3);
        let (p, d) = parse("x.md", "");
        assert!(p.meta.title.is_empty() && d.is_empty());
        assert_eq!(humanise("one-year_deadline"), "One year deadline");
    }

    #[test]
    fn broken_yaml_is_located_and_the_page_survives() {
        let (p, errs) = parse("x.md", "---\ntitle: ok\nsummary: [unclosed\n---\nbody");
        assert_eq!(errs[0].file.as_ref().unwrap().to_str(), Some("x.md"));
        assert!(errs[0].line >= 3, "{:?}", errs[0]);
        assert!(errs[0].message.contains("YAML"));
        assert_eq!(p.body, "body");
    }

    #[test]
    fn unclosed_front_matter_is_reported() {
        let (_, errs) = parse("x.md", "---\ntitle: x\nbody");
        assert!(errs[0].message.contains("never closed"), "{errs:?}");
        assert!(!parse("x.md", "---").1.is_empty());
    }

    #[test]
    fn a_bad_field_keeps_the_page_and_names_its_line() {
        let (p, errs) = parse("x.md", "---\ntitle: ok\nweight: heavy\n---\n");
        assert_eq!(p.meta.title, "ok");
        assert_eq!(p.meta.weight, 0);
        assert_eq!(errs.len(), 1);
        assert_eq!(errs[0].line, 3);
        assert!(errs[0].message.contains("weight"));
    }

    #[test]
    fn impossible_dates_are_errors() {
        let (p, errs) = parse("x.md", "---\ntitle: t\nreviewed: 2026-02-31\n---\n");
        assert_eq!(p.meta.reviewed, None);
        assert!(
            errs[0].is_error() && errs[0].message.contains("2026-02-31"),
            "{errs:?}"
        );
        assert_eq!(errs[0].line, 3);
    }

    #[test]
    fn foreign_front_matter_is_understood_with_warnings() {
        let (p, d) = parse(
            "x.md",
            "---\nTitle: 2024\ndraft:\nslug: /name/\ndescription: From Hugo\ntitel: x\n---\n",
        );
        assert_eq!(p.meta.title, "2024");
        assert_eq!(p.meta.slug.as_deref(), Some("name"));
        assert_eq!(p.meta.summary.as_deref(), Some("From Hugo"));
        assert!(!p.meta.draft);
        assert!(d.iter().all(|d| !d.is_error()), "{d:?}");
        let msgs: Vec<_> = d.iter().map(|d| (d.line, d.message.as_str())).collect();
        assert!(
            msgs.contains(&(2, "front matter key `Title` read as `title`")),
            "{msgs:?}"
        );
        assert!(
            msgs.iter().any(|(l, m)| *l == 3 && m.contains("no value")),
            "{msgs:?}"
        );
        assert!(
            msgs.iter().any(|(l, m)| *l == 4 && m.contains("slashes")),
            "{msgs:?}"
        );
        assert!(
            msgs.iter()
                .any(|(l, m)| *l == 6 && m.contains("did you mean `title`")),
            "{msgs:?}"
        );
    }

    #[test]
    fn unsafe_slugs_and_urls_are_refused() {
        for slug in ["../x", "a/b", "index.html", ".hidden", "x\\y"] {
            let (p, d) = parse("x.md", &format!("---\ntitle: t\nslug: \"{slug}\"\n---\n"));
            assert_eq!(p.meta.slug, None, "{slug}");
            assert!(
                d.iter().any(|d| d.is_error() && d.line == 3),
                "{slug}: {d:?}"
            );
        }
        let (p, d) = parse(
            "x.md",
            "---\ntitle: t\nsources:\n  - title: Bad\n    url: javascript:alert(1)\n  - title: Good\n    url: https://uscis.gov/\n---\n",
        );
        assert_eq!(p.meta.sources.len(), 1);
        assert!(d[0].message.contains("javascript"), "{d:?}");
    }

    #[test]
    fn a_yaml_alias_bomb_is_refused_quickly() {
        // Nine levels of nine aliases each: 387 million strings if expanded.
        let mut yaml = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for i in 1..10 {
            let p = i - 1;
            yaml.push_str(&format!(
                "a{i}: &a{i} [{}]\n",
                vec![format!("*a{p}"); 9].join(", ")
            ));
        }
        let start = std::time::Instant::now();
        let (p, d) = parse("x.md", &format!("---\ntitle: t\n{yaml}---\n# Body\n"));
        assert!(d.iter().any(|d| d.is_error() && d.line >= 1), "{d:?}");
        assert_eq!(p.meta.title, "Body", "the page is still a page");
        assert!(start.elapsed().as_secs() < 5, "{:?}", start.elapsed());
    }

    #[test]
    fn many_keys_and_deep_nesting_are_quick() {
        let many: String = (0..40_000).map(|i| format!("k{i}: {i}\n")).collect();
        let text = format!("---\n{many}---\n");
        let start = std::time::Instant::now();
        let (_, d) = parse("x.md", &text);
        assert!(d.iter().any(|d| d.message.contains("KB")), "{d:?}");
        let deep = format!("---\nx: {}\n---\n", "[".repeat(50_000));
        let (_, d) = parse("x.md", &deep);
        assert!(d[0].message.contains("nested"), "{d:?}");
        let deep = format!("---\nx: {}{}\n---\n", "[".repeat(30), "]".repeat(30));
        assert!(parse("x.md", &deep).1.is_empty());
        // Generous: only a quadratic algorithm would come near it.
        assert!(start.elapsed().as_secs() < 5);
    }

    #[test]
    fn near_misses() {
        assert_eq!(near_miss("titel"), Some("title"));
        assert_eq!(near_miss("sumary"), Some("summary"));
        assert_eq!(near_miss("weigth"), Some("weight"));
        assert_eq!(near_miss("author"), None);
        assert_eq!(near_miss("date"), None);
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        /// Text made of the pieces front matter is made of, so that the parsers get deep
        /// inside their grammar rather than failing on the first character.
        fn front_matter_like() -> impl Strategy<Value = String> {
            let piece = prop_oneof![
                Just("---\n".to_string()),
                Just("+++\n".to_string()),
                Just("title: ".to_string()),
                Just("Title = ".to_string()),
                Just("weight: ".to_string()),
                Just("reviewed: 2026-02-31".to_string()),
                Just("slug: /../x".to_string()),
                Just("sources:\n  - title: a\n    url: javascript:x\n".to_string()),
                Just("[".to_string()),
                Just("]".to_string()),
                Just("{".to_string()),
                Just("\"".to_string()),
                Just("&a ".to_string()),
                Just("*a ".to_string()),
                Just("\n".to_string()),
                Just("# H\n".to_string()),
                "[a-zA-Z0-9 :_-]{0,12}",
                "\\PC{0,6}",
            ];
            proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(512))]
            #[test]
            fn parsing_never_panics_and_locates_every_problem(text in front_matter_like()) {
                let text = normalise(&text);
                let (p, diags) = parse("x.md", &text);
                let lines = text.split('\n').count() as u32;
                for d in &diags {
                    prop_assert!(d.line >= 1 && d.line <= lines.max(1), "{d:?} in {text:?}");
                }
                prop_assert!(p.body_line >= 1 && p.body_line <= lines + 1);
                prop_assert!(text.ends_with(&p.body) || p.meta.title.is_empty() || !p.body.is_empty());
            }
        }
    }
}
