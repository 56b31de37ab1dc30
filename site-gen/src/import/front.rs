//! Front matter of other generators: split tolerantly (YAML `---`, TOML `+++`, Hugo's JSON
//! `{…}`), then normalised to this project's keys. A front matter that cannot be read, or a
//! value of the wrong shape, is reported and left out; the page is still imported.

use serde_json::{Map, Value};

use crate::diag::{Diagnostic, line_col};

/// A file split into its front matter and body.
pub(crate) struct Split {
    pub(crate) fm: Map<String, Value>,
    /// The front matter's text and its first line, for locating keys.
    pub(crate) fm_text: String,
    pub(crate) fm_line: u32,
    pub(crate) body: String,
    pub(crate) body_line: u32,
}

pub(crate) fn split(file: &str, text: &str, diags: &mut Vec<Diagnostic>) -> Split {
    let none = Split {
        fm: Map::new(),
        fm_text: String::new(),
        fm_line: 1,
        body: text.to_string(),
        body_line: 1,
    };
    let first = text.lines().next().unwrap_or("").trim_end();
    if first == "---" || first == "+++" {
        let start = text.find('\n').map_or(text.len(), |i| i + 1);
        let mut offset = start;
        for (line, l) in (2u32..).zip(text[start..].split_inclusive('\n')) {
            let t = l.trim_end();
            if t == first || (first == "---" && t == "...") {
                let fm_text = &text[start..offset];
                let fm = parse(first, fm_text).unwrap_or_else(|(msg, at)| {
                    let (l, c) = at.map_or((0, 1), |o| line_col(fm_text, o));
                    diags.push(
                        Diagnostic::warning(format!(
                            "front matter could not be read ({msg}): it was left out"
                        ))
                        .at(file, 2 + l.saturating_sub(1), c),
                    );
                    Map::new()
                });
                return Split {
                    fm,
                    fm_text: fm_text.to_string(),
                    fm_line: 2,
                    body: text[offset + l.len()..].to_string(),
                    body_line: line + 1,
                };
            }
            offset += l.len();
        }
        diags.push(
            Diagnostic::warning(format!(
                "front matter opened with `{first}` is never closed: the file was read as text"
            ))
            .at(file, 1, 1),
        );
        return none;
    }
    if first.starts_with('{') {
        let mut stream = serde_json::Deserializer::from_str(text).into_iter::<Map<String, Value>>();
        if let Some(Ok(fm)) = stream.next() {
            let end = stream.byte_offset();
            let rest = text[end..].trim_start_matches([' ', '\t']);
            let (body, skipped) = match rest.strip_prefix('\n') {
                Some(b) => (b, 1),
                None => (rest, 0),
            };
            return Split {
                fm,
                fm_text: text[..end].to_string(),
                fm_line: 1,
                body: body.to_string(),
                body_line: text[..end].matches('\n').count() as u32 + 1 + skipped,
            };
        }
    }
    none
}

type Parsed = Result<Map<String, Value>, (String, Option<usize>)>;

fn parse(fence: &str, text: &str) -> Parsed {
    if text.trim().is_empty() {
        return Ok(Map::new());
    }
    let value: Value = if fence == "+++" {
        let t: toml::Table = toml::from_str(text)
            .map_err(|e| (e.message().to_string(), e.span().map(|s| s.start)))?;
        toml_to_json(toml::Value::Table(t))
    } else {
        serde_yaml_ng::from_str(text).map_err(|e| {
            let msg = e.to_string();
            let msg = msg.split(" at line ").next().unwrap_or(&msg).to_string();
            (msg, e.location().map(|l| l.index()))
        })?
    };
    match value {
        Value::Object(m) => Ok(m),
        Value::Null => Ok(Map::new()),
        _ => Err(("expected `key: value` lines".into(), Some(0))),
    }
}

/// TOML values as JSON values (dates as their text).
pub(crate) fn toml_to_json(v: toml::Value) -> Value {
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

/// Front matter in this project's terms, in the order it is written.
#[derive(Debug, Default, Clone)]
pub(crate) struct Meta {
    pub(crate) title: Option<String>,
    pub(crate) summary: Option<String>,
    pub(crate) weight: Option<i64>,
    pub(crate) draft: bool,
    pub(crate) slug: Option<String>,
    pub(crate) aliases: Vec<String>,
    /// Every other key, dates normalised, in the source's order.
    pub(crate) extra: Vec<(String, Value)>,
}

impl Meta {
    #[cfg(test)]
    pub(crate) fn get(&self, key: &str) -> Option<&Value> {
        self.extra.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// The front matter block (`---` YAML) for the written page.
    pub(crate) fn render(&self) -> String {
        let mut out = String::from("---\n");
        let mut put = |k: &str, v: Value| {
            let mut m = Map::new();
            m.insert(k.to_string(), v);
            match serde_yaml_ng::to_string(&m) {
                Ok(s) => out.push_str(&s),
                Err(_) => out.push_str(&format!("# {k}: could not be written\n")),
            }
        };
        if let Some(t) = &self.title {
            put("title", Value::String(t.clone()));
        }
        if let Some(s) = &self.summary {
            put("summary", Value::String(s.clone()));
        }
        if let Some(w) = self.weight {
            put("weight", Value::from(w));
        }
        if self.draft {
            put("draft", Value::Bool(true));
        }
        if let Some(s) = &self.slug {
            put("slug", Value::String(s.clone()));
        }
        if !self.aliases.is_empty() {
            put("aliases", Value::from(self.aliases.clone()));
        }
        for (k, v) in &self.extra {
            put(k, v.clone());
        }
        out.push_str("---\n");
        out
    }
}

/// Keys whose values are dates, written `YYYY-MM-DD`.
const DATE_KEYS: &[&str] = &[
    "date",
    "lastmod",
    "publishdate",
    "pubdate",
    "expirydate",
    "last_modified_at",
    "last_update",
    "updated",
    "modified",
    "reviewed",
];

/// Maps another generator's front matter onto this project's keys. `line_of` gives the file
/// line of a key, for warnings.
pub(crate) fn normalise(
    fm: &Map<String, Value>,
    file: &str,
    line_of: &dyn Fn(&str) -> u32,
    diags: &mut Vec<Diagnostic>,
) -> Meta {
    let mut meta = Meta::default();
    let mut warn = |key: &str, msg: String| {
        diags.push(Diagnostic::warning(msg).at(file, line_of(key), 1));
    };
    for (key, value) in fm {
        let lower = key.to_ascii_lowercase();
        match lower.as_str() {
            "title" => match text(value) {
                Some(t) if !t.trim().is_empty() => meta.title = Some(t.trim().to_string()),
                _ => warn(
                    key,
                    format!(
                        "`{key}` is not a text: the title comes from the page's heading or file name"
                    ),
                ),
            },
            "summary" | "description" | "excerpt"
                if meta.summary.is_none() || lower == "summary" =>
            {
                match text(value) {
                    Some(t) => meta.summary = Some(t.trim().to_string()),
                    None => warn(key, format!("`{key}` is not a text: it was left out")),
                }
            }
            "weight" | "sidebar_position" | "nav_order" | "order"
                if meta.weight.is_none() || lower == "weight" =>
            {
                match value
                    .as_i64()
                    .or_else(|| value.as_str().and_then(|s| s.trim().parse().ok()))
                {
                    Some(w) => meta.weight = Some(w),
                    None => match value.as_f64() {
                        Some(f) => {
                            meta.weight = Some(f.round() as i64);
                            warn(
                                key,
                                format!(
                                    "`{key}: {f}` rounded to {}: weights are whole numbers",
                                    f.round()
                                ),
                            );
                        }
                        None => warn(key, format!("`{key}` is not a number: it was left out")),
                    },
                }
            }
            "draft" => match truthy(value) {
                Some(b) => meta.draft |= b,
                None => warn(
                    key,
                    format!("`{key}` is not true or false: it was left out"),
                ),
            },
            "published" => {
                if truthy(value) == Some(false) {
                    meta.draft = true;
                }
            }
            "slug"
                if value
                    .as_str()
                    .is_some_and(|s| s.trim_matches('/').is_empty()) =>
            {
                warn(
                    key,
                    format!(
                        "`{key}: /` made this page the old site's home: left out, the page keeps its own address"
                    ),
                )
            }
            "slug" => match value.as_str().map(|s| s.trim_matches('/')) {
                Some(s) if !s.is_empty() => {
                    let last = s.rsplit('/').next().unwrap_or(s);
                    if s.contains('/') {
                        warn(
                            key,
                            format!("`slug: {s}` is a path: only its last part `{last}` is kept"),
                        );
                    }
                    meta.slug = Some(super::tree::safe_segment(last));
                }
                _ => warn(key, format!("`{key}` is not a text: it was left out")),
            },
            "aliases" | "redirect_from" => match value {
                Value::String(s) => meta.aliases.push(s.clone()),
                Value::Array(a) => meta
                    .aliases
                    .extend(a.iter().filter_map(|v| v.as_str().map(str::to_string))),
                _ => warn(
                    key,
                    format!("`{key}` is not a list of paths: it was left out"),
                ),
            },
            "sources" => {
                let ok = value.as_array().is_some_and(|a| {
                    a.iter().all(|s| {
                        s.get("title").is_some_and(Value::is_string)
                            && s.get("url").is_some_and(Value::is_string)
                    })
                });
                if ok {
                    meta.extra.push((key.clone(), value.clone()));
                } else {
                    warn(
                        key,
                        "`sources` is not a list of `title` and `url`: kept as `sources_original`"
                            .into(),
                    );
                    meta.extra.push(("sources_original".into(), value.clone()));
                }
            }
            "translation_of" => {
                warn(
                    key,
                    "`translation_of` is this project's own key: it was left out".into(),
                );
            }
            _ if DATE_KEYS.contains(&lower.as_str()) => match date_of(value) {
                Some(d) => meta.extra.push((key.clone(), Value::String(d))),
                None if lower == "reviewed" => {
                    warn(
                        key,
                        "`reviewed` is not a date: kept as `reviewed_original`".into(),
                    );
                    meta.extra.push(("reviewed_original".into(), value.clone()));
                }
                None => meta.extra.push((key.clone(), value.clone())),
            },
            _ => meta.extra.push((key.clone(), value.clone())),
        }
    }
    meta
}

fn text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn truthy(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
            "true" | "yes" => Some(true),
            "false" | "no" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

/// `2024-01-02`, `2024-01-02T10:00:00Z`, `2024-01-02 10:00:00 +0100`, `2024/01/02`, or an
/// object with a `date` (Docusaurus `last_update`) → `2024-01-02`.
pub(crate) fn date_of(v: &Value) -> Option<String> {
    let s = match v {
        Value::String(s) => s.trim().replace('/', "-"),
        Value::Object(o) => return o.get("date").and_then(date_of),
        _ => return None,
    };
    let d = s.get(..10)?;
    crate::model::Date::parse(d)
        .is_some()
        .then(|| d.to_string())
}

/// The file line of a top-level front matter key.
pub(crate) fn key_line(fm_text: &str, fm_line: u32, key: &str) -> u32 {
    fm_text
        .lines()
        .position(|l| {
            let l = l.trim_start().trim_start_matches('"');
            l.strip_prefix(key).is_some_and(|r| {
                r.trim_start_matches('"')
                    .trim_start()
                    .starts_with([':', '='])
            })
        })
        .map_or(fm_line, |i| fm_line + i as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(text: &str) -> (Meta, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        let s = split("f.md", text, &mut diags);
        let m = normalise(
            &s.fm,
            "f.md",
            &|k| key_line(&s.fm_text, s.fm_line, k),
            &mut diags,
        );
        (m, diags)
    }

    #[test]
    fn keys_are_mapped_and_dates_shortened() {
        let (m, d) = meta(
            "+++\ntitle = \"T\"\ndescription = \"D\"\nweight = 3\ndate = 2024-01-02T10:00:00Z\ntags = [\"a\"]\naliases = [\"/old/\"]\n+++\nbody",
        );
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(m.title.as_deref(), Some("T"));
        assert_eq!(m.summary.as_deref(), Some("D"));
        assert_eq!(m.weight, Some(3));
        assert_eq!(m.get("date"), Some(&Value::String("2024-01-02".into())));
        assert_eq!(m.aliases, ["/old/"]);
        assert_eq!(
            m.render(),
            "---\ntitle: T\nsummary: D\nweight: 3\naliases:\n- /old/\ndate: 2024-01-02\ntags:\n- a\n---\n"
        );
    }

    #[test]
    fn bad_values_are_reported_at_their_line() {
        let (m, d) =
            meta("---\ntitle: [1]\nsidebar_position: 2.5\nsources: nope\nslug: /a/b/\n---\n");
        assert_eq!(m.weight, Some(3));
        assert_eq!(m.slug.as_deref(), Some("b"));
        let mut lines: Vec<u32> = d.iter().map(|d| d.line).collect();
        lines.sort();
        assert_eq!(lines, [2, 3, 4, 5]);
    }

    #[test]
    fn broken_front_matter_is_a_warning_and_json_front_matter_reads() {
        let (_, d) = meta("---\ntitle: [unclosed\n---\nbody");
        assert_eq!(d.len(), 1);
        assert!(d[0].message.contains("could not be read"));
        let mut diags = Vec::new();
        let s = split("f.md", "{\n  \"title\": \"J\"\n}\n\nBody", &mut diags);
        assert_eq!(s.fm["title"], "J");
        assert_eq!(s.body, "\nBody");
    }
}
