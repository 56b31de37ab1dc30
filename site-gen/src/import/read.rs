//! Reading other generators' configuration files: TOML, YAML and JSON as values, and the
//! few facts this import needs from JavaScript configurations (VitePress, Docusaurus), read
//! as text without running anything.

use serde_json::{Map, Value};

use super::front::toml_to_json;
use super::tree::Tree;
use crate::diag::{Diagnostic, line_col};

/// A TOML, YAML or JSON file (by its extension) as a value; problems are warnings.
pub(crate) fn config(tree: &Tree, rel: &str, diags: &mut Vec<Diagnostic>) -> Option<Value> {
    let text = match tree.read(rel) {
        Ok(t) => t,
        Err(d) => {
            diags.push(d);
            return None;
        }
    };
    let ext = rel.rsplit('.').next().unwrap_or("");
    let parsed: Result<Value, (String, Option<usize>)> = match ext {
        "toml" => toml::from_str::<toml::Table>(&text)
            .map(|t| toml_to_json(toml::Value::Table(t)))
            .map_err(|e| (e.message().to_string(), e.span().map(|s| s.start))),
        "json" => serde_json::from_str(&text).map_err(|e| (e.to_string(), None)),
        _ => serde_yaml_ng::from_str::<serde_yaml_ng::Value>(&text)
            .map(yaml_to_json)
            .map_err(|e| {
                let m = e.to_string();
                (
                    m.split(" at line ").next().unwrap_or(&m).to_string(),
                    e.location().map(|l| l.index()),
                )
            }),
    };
    match parsed {
        Ok(v) => Some(v),
        Err((msg, at)) => {
            let (l, c) = at.map_or((0, 0), |o| line_col(&text, o));
            diags.push(
                Diagnostic::warning(format!(
                    "configuration could not be read ({msg}): defaults are used"
                ))
                .at(rel, l, c),
            );
            None
        }
    }
}

/// YAML values as JSON values; tags (`!!python/name:…`, `!ENV`) are dropped, keeping the
/// value they tag; keys that are not texts are written as text.
pub(crate) fn yaml_to_json(v: serde_yaml_ng::Value) -> Value {
    use serde_yaml_ng::Value as Y;
    match v {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(b),
        Y::Number(n) => serde_json::to_value(n).unwrap_or(Value::Null),
        Y::String(s) => Value::String(s),
        Y::Sequence(s) => Value::Array(s.into_iter().map(yaml_to_json).collect()),
        Y::Mapping(m) => Value::Object(
            m.into_iter()
                .map(|(k, v)| {
                    let key = match k {
                        Y::String(s) => s,
                        other => serde_yaml_ng::to_string(&other)
                            .unwrap_or_default()
                            .trim()
                            .to_string(),
                    };
                    (key, yaml_to_json(v))
                })
                .collect(),
        ),
        Y::Tagged(t) => yaml_to_json(t.value),
    }
}

/// The same value with every object key in lower case (Hugo's keys are case-insensitive).
pub(crate) fn lower_keys(v: Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.into_iter()
                .map(|(k, v)| (k.to_ascii_lowercase(), lower_keys(v)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.into_iter().map(lower_keys).collect()),
        v => v,
    }
}

/// Merges `b` into `a`, objects key by key.
pub(crate) fn merge(a: &mut Map<String, Value>, b: Map<String, Value>) {
    for (k, v) in b {
        match (a.get_mut(&k), v) {
            (Some(Value::Object(x)), Value::Object(y)) => merge(x, y),
            (_, v) => {
                a.insert(k, v);
            }
        }
    }
}

/// Facts read from a JavaScript or TypeScript configuration as text.
pub(crate) mod js {
    /// The string value of the first `key: '…'` (or `"…"`, `` `…` ``) in `text`.
    pub(crate) fn string(text: &str, key: &str) -> Option<String> {
        let mut from = 0;
        loop {
            let at = find_key_from(text, key, from)?;
            let rest = text[at..].trim_start().strip_prefix(':')?.trim_start();
            if let Some(q) = rest
                .chars()
                .next()
                .filter(|q| matches!(q, '\'' | '"' | '`'))
            {
                let end = rest[1..].find(q)?;
                return Some(rest[1..1 + end].to_string());
            }
            from = at;
        }
    }

    /// The text inside the `{…}` that follows the first `key:`.
    pub(crate) fn object<'t>(text: &'t str, key: &str) -> Option<&'t str> {
        let at = find_key(text, key)?;
        let open = at + text[at..].find('{')?;
        if text[at..open].contains([',', ';', '[']) {
            return None;
        }
        let close = matching(text, open, '{', '}')?;
        Some(&text[open + 1..close])
    }

    /// The strings in the `[…]` that follows the first `key:`.
    pub(crate) fn strings(text: &str, key: &str) -> Vec<String> {
        let Some(at) = find_key(text, key) else {
            return Vec::new();
        };
        let Some(open) = text[at..].find('[').map(|o| at + o) else {
            return Vec::new();
        };
        let Some(close) = matching(text, open, '[', ']') else {
            return Vec::new();
        };
        text[open + 1..close]
            .split(',')
            .map(|s| s.trim().trim_matches(['\'', '"', '`']).to_string())
            .filter(|s| !s.is_empty())
            .collect()
    }

    /// The top-level entries of an object's text: `name: { … }` → (name, inner text).
    pub(crate) fn entries(obj: &str) -> Vec<(String, &str)> {
        let mut out = Vec::new();
        let bytes = obj.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let c = bytes[i];
            if c.is_ascii_alphabetic() || c == b'\'' || c == b'"' || c == b'_' {
                let start = i;
                let quoted = c == b'\'' || c == b'"';
                i += 1;
                while i < bytes.len()
                    && (bytes[i].is_ascii_alphanumeric()
                        || matches!(bytes[i], b'-' | b'_')
                        || (quoted && bytes[i] != c))
                {
                    i += 1;
                }
                let name = obj[start..i].trim_matches(['\'', '"']).to_string();
                if quoted {
                    i += 1;
                }
                let rest = obj[i.min(obj.len())..].trim_start();
                if let Some(r) = rest.strip_prefix(':') {
                    let r = r.trim_start();
                    if r.starts_with('{') {
                        let open = obj.len() - r.len();
                        if let Some(close) = matching(obj, open, '{', '}') {
                            out.push((name, &obj[open + 1..close]));
                            i = close + 1;
                            continue;
                        }
                    }
                }
                continue;
            }
            if c == b'{' {
                i = matching(obj, i, '{', '}').map_or(bytes.len(), |e| e + 1);
                continue;
            }
            i += 1;
        }
        out
    }

    fn find_key(text: &str, key: &str) -> Option<usize> {
        find_key_from(text, key, 0)
    }

    /// The offset just after `key` (and its closing quote) where `key` is an object key
    /// (followed by `:`), searching from `from`.
    fn find_key_from(text: &str, key: &str, from: usize) -> Option<usize> {
        let mut from = from;
        while let Some(i) = text[from..].find(key) {
            let at = from + i;
            from = at + key.len();
            let before = text[..at].chars().last();
            let end = from + usize::from(text[from..].starts_with(['\'', '"']));
            if !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.' || c == '$')
                && text[end..].trim_start().starts_with(':')
            {
                return Some(end);
            }
        }
        None
    }

    /// The index of the bracket closing the one at `open`, strings and comments skipped.
    fn matching(text: &str, open: usize, o: char, c: char) -> Option<usize> {
        let mut depth = 0;
        let mut quote: Option<char> = None;
        let mut chars = text[open..].char_indices().peekable();
        while let Some((i, ch)) = chars.next() {
            match quote {
                Some(q) if ch == q => quote = None,
                Some(_) if ch == '\\' => {
                    chars.next();
                }
                Some(_) => {}
                None if matches!(ch, '\'' | '"' | '`') => quote = Some(ch),
                None if ch == '/' && chars.peek().is_some_and(|(_, n)| *n == '/') => {
                    for (_, n) in chars.by_ref() {
                        if n == '\n' {
                            break;
                        }
                    }
                }
                None if ch == o => depth += 1,
                None if ch == c => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(open + i);
                    }
                }
                None => {}
            }
        }
        None
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn reads_locales_from_a_vitepress_config() {
            let text = "export default defineConfig({\n  title: 'Rights',\n  // comment: {\n  locales: {\n    root: { label: 'English', lang: 'en-US' },\n    'es': { label: 'Español', lang: 'es', link: '/es/' },\n  },\n  i18n: { defaultLocale: \"en\", locales: ['en', \"fr\"] },\n})";
            assert_eq!(string(text, "title").as_deref(), Some("Rights"));
            let locales = object(text, "locales").unwrap();
            let e = entries(locales);
            assert_eq!(
                e.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(),
                ["root", "es"]
            );
            assert_eq!(string(e[1].1, "label").as_deref(), Some("Español"));
            let i18n = object(text, "i18n").unwrap();
            assert_eq!(strings(i18n, "locales"), ["en", "fr"]);
            assert_eq!(string(i18n, "defaultLocale").as_deref(), Some("en"));
        }
    }
}
