//! Hugo: `hugo.toml`/`config.toml` (or YAML/JSON, or `config/_default/`), `languages` with
//! per-language `contentDir` or filename suffixes (`page.es.md`), `defaultContentLanguage`,
//! `_index.md` sections and `index.md` leaf bundles, `static/` files.

use serde_json::{Map, Value};

use super::read::{self, lower_keys, merge};
use super::tree::Tree;
use super::{Found, Lang, SourcePage};
use crate::diag::Diagnostic;
use crate::foreign::Syntax;

const CONFIG_FILES: &[&str] = &[
    "hugo.toml",
    "hugo.yaml",
    "hugo.yml",
    "hugo.json",
    "config.toml",
    "config.yaml",
    "config.yml",
    "config.json",
];

/// Content formats Hugo reads that this import does not.
const OTHER_FORMATS: &[&str] = &["adoc", "asciidoc", "org", "rst", "pdc", "pandoc", "mmark"];

pub(crate) fn read(tree: &Tree, diags: &mut Vec<Diagnostic>) -> Result<Found, Vec<Diagnostic>> {
    let cfg = config(tree, diags);
    let get = |k: &str| cfg.get(k).and_then(Value::as_str).map(str::to_string);
    let content_dir = get("contentdir").unwrap_or_else(|| "content".into());
    let default = get("defaultcontentlanguage").unwrap_or_else(|| "en".into());
    let mut langs: Vec<(i64, String, Map<String, Value>)> = cfg
        .get("languages")
        .and_then(Value::as_object)
        .map(|m| {
            m.iter()
                .map(|(code, v)| {
                    let v = v.as_object().cloned().unwrap_or_default();
                    (
                        v.get("weight").and_then(Value::as_i64).unwrap_or(0),
                        code.clone(),
                        v,
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    if !langs
        .iter()
        .any(|(_, c, _)| c.eq_ignore_ascii_case(&default))
    {
        langs.push((0, default.clone(), Map::new()));
    }
    // The default language first, then by weight (0 means unset: last), then code.
    langs.sort_by_key(|(w, c, _)| (!c.eq_ignore_ascii_case(&default), *w == 0, *w, c.clone()));
    let mut found = Found {
        syntax: Syntax::HUGO,
        index_is_page: true,
        site: cfg.clone(),
        base_url: get("baseurl"),
        ..Found::default()
    };
    if let Some(t) = get("title") {
        found.names.insert("*".into(), t);
    }
    let per_language_dirs = langs.iter().any(|(_, _, v)| v.contains_key("contentdir"));
    for (_, code, v) in &langs {
        let code = tag(code);
        if let Some(t) = v.get("title").and_then(Value::as_str) {
            found.names.insert(code.clone(), t.to_string());
        }
        found.languages.push(Lang {
            name: v
                .get("languagename")
                .and_then(Value::as_str)
                .map(str::to_string),
            prefix: Some(format!("{}/", code.to_ascii_lowercase())),
            code,
        });
    }
    if found.names.len() > 1 && found.names.contains_key("*") {
        let all = found.names.remove("*").unwrap_or_default();
        for l in &found.languages {
            found
                .names
                .entry(l.code.clone())
                .or_insert_with(|| all.clone());
        }
    }
    let codes: Vec<String> = found.languages.iter().map(|l| l.code.clone()).collect();
    if per_language_dirs {
        for ((_, _, v), code) in langs.iter().zip(&codes) {
            let dir = v
                .get("contentdir")
                .and_then(Value::as_str)
                .unwrap_or(&content_dir)
                .to_string();
            pages(tree, &dir, Some(code), &codes, &mut found, diags);
            found.roots.push(dir);
        }
    } else {
        pages(tree, &content_dir, None, &codes, &mut found, diags);
        found.roots.push(content_dir.clone());
    }
    found
        .roots
        .insert(0, get("staticdir").unwrap_or_else(|| "static".into()));
    if let Some(path) = found.base_url.as_deref().and_then(base_path) {
        found.prefixes.push(path);
    }
    Ok(found)
}

/// The site's configuration, merged from the root file and `config/_default/`, keys in
/// lower case.
fn config(tree: &Tree, diags: &mut Vec<Diagnostic>) -> Map<String, Value> {
    let mut cfg = Map::new();
    if let Some(file) = CONFIG_FILES.iter().find(|f| tree.is_file(f))
        && let Some(Value::Object(m)) = read::config(tree, file, diags).map(lower_keys)
    {
        merge(&mut cfg, m);
    }
    if tree.is_dir("config/_default") {
        for file in tree.files("config/_default", diags) {
            let name = file.rsplit('/').next().unwrap_or(&file);
            let Some((stem, ext)) = name.rsplit_once('.') else {
                continue;
            };
            if !["toml", "yaml", "yml", "json"].contains(&ext) {
                continue;
            }
            let Some(Value::Object(m)) = read::config(tree, &file, diags).map(lower_keys) else {
                continue;
            };
            match stem {
                "hugo" | "config" => merge(&mut cfg, m),
                other => {
                    let mut wrapped = Map::new();
                    wrapped.insert(other.to_ascii_lowercase(), Value::Object(m));
                    merge(&mut cfg, wrapped);
                }
            }
        }
    }
    cfg
}

/// Hugo's lower-case codes as BCP 47 tags: `pt-br` → `pt-BR`, `zh-hans` → `zh-Hans`.
pub(crate) fn tag(code: &str) -> String {
    code.split(['-', '_'])
        .enumerate()
        .map(|(i, p)| match (i, p.len()) {
            (0, _) => p.to_ascii_lowercase(),
            (_, 2) => p.to_ascii_uppercase(),
            (_, 4) => {
                let mut c = p.chars();
                c.next()
                    .map(|f| f.to_ascii_uppercase().to_string() + &c.as_str().to_ascii_lowercase())
                    .unwrap_or_default()
            }
            _ => p.to_string(),
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// The path of a base URL, as a prefix of page paths (`https://x.org/docs/` → `docs/`).
pub(crate) fn base_path(url: &str) -> Option<String> {
    let path = match url.find("://") {
        Some(i) => &url[i + 3..][url[i + 3..].find('/').unwrap_or(url.len() - i - 3)..],
        None => url,
    };
    let p = path.trim_matches('/');
    (!p.is_empty()).then(|| format!("{p}/"))
}

/// The pages under `dir`: of language `lang`, or (one folder for all languages) of the
/// language their suffix names, else the default.
fn pages(
    tree: &Tree,
    dir: &str,
    lang: Option<&str>,
    codes: &[String],
    found: &mut Found,
    diags: &mut Vec<Diagnostic>,
) {
    if !tree.is_dir(dir) {
        diags.push(
            Diagnostic::warning(format!(
                "content folder `{dir}` is not a folder inside the source: it was not read"
            ))
            .in_file(dir),
        );
        return;
    }
    for file in tree.files(dir, diags) {
        let rel = file
            .strip_prefix(dir)
            .unwrap_or(&file)
            .trim_start_matches('/');
        let name = rel.rsplit('/').next().unwrap_or(rel);
        let Some((stem, ext)) = name.rsplit_once('.') else {
            continue;
        };
        let ext = ext.to_ascii_lowercase();
        if OTHER_FORMATS.contains(&ext.as_str()) {
            diags.push(
                Diagnostic::warning(format!(
                    "`.{ext}` content is not supported: the page was left out"
                ))
                .in_file(&file)
                .hint("convert it to Markdown"),
            );
            continue;
        }
        if !["md", "markdown", "html", "htm"].contains(&ext.as_str()) {
            continue;
        }
        // `page.es.md`: the suffix names the language when it is one of the site's.
        let (stem, suffix_lang) = match stem.rsplit_once('.') {
            Some((s, l)) => match codes
                .iter()
                .find(|c| c.eq_ignore_ascii_case(l) || tag(l) == **c)
            {
                Some(c) => (s, Some(c.clone())),
                None => (stem, None),
            },
            None => (stem, None),
        };
        let page_lang = suffix_lang
            .or_else(|| lang.map(str::to_string))
            .unwrap_or_else(|| codes[0].clone());
        let dir_part = rel.rsplit_once('/').map_or("", |(d, _)| d);
        let rel = if dir_part.is_empty() {
            format!("{stem}.{ext}")
        } else {
            format!("{dir_part}/{stem}.{ext}")
        };
        found.pages.push(SourcePage {
            file: file.clone(),
            lang: page_lang,
            rel,
            ..SourcePage::default()
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_base_paths() {
        assert_eq!(tag("pt-br"), "pt-BR");
        assert_eq!(tag("zh-hans"), "zh-Hans");
        assert_eq!(base_path("https://x.org/docs/").as_deref(), Some("docs/"));
        assert_eq!(base_path("https://x.org/"), None);
        assert_eq!(base_path("https://x.org"), None);
    }
}
