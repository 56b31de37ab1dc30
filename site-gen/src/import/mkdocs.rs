//! MkDocs: `mkdocs.yml` (`docs_dir`, `site_name`, `site_url`, `nav`, `theme.language`), the
//! `i18n` plugin (mkdocs-static-i18n) with its suffix (`page.fr.md`) or folder (`docs/fr/`)
//! layout, `index.md`/`README.md` as a folder's own page. The `nav` gives titles and order.

use serde_json::{Map, Value};

use super::hugo::{base_path, tag};
use super::read;
use super::tree::Tree;
use super::{Found, Lang, SourcePage};
use crate::diag::Diagnostic;
use crate::foreign::Syntax;

pub(crate) fn read(tree: &Tree, diags: &mut Vec<Diagnostic>) -> Result<Found, Vec<Diagnostic>> {
    let file = ["mkdocs.yml", "mkdocs.yaml"]
        .into_iter()
        .find(|f| tree.is_file(f));
    let cfg = file
        .and_then(|f| read::config(tree, f, diags))
        .and_then(|v| v.as_object().cloned())
        .unwrap_or_default();
    let s = |k: &str| cfg.get(k).and_then(Value::as_str).map(str::to_string);
    let docs = s("docs_dir").unwrap_or_else(|| "docs".into());
    let mut found = Found {
        // mkdocs-macros' Jinja reads like Liquid and is reported the same way.
        syntax: Syntax::JEKYLL,
        base_url: s("site_url"),
        site: cfg.clone(),
        ..Found::default()
    };
    if let Some(n) = s("site_name") {
        found.names.insert("*".into(), n);
    }
    let theme_lang = cfg
        .get("theme")
        .and_then(|t| t.get("language"))
        .and_then(Value::as_str);
    let (langs, folder_layout) = i18n(&cfg, theme_lang);
    found.languages = langs;
    let codes: Vec<(String, String)> = found
        .languages
        .iter()
        .map(|l| {
            (
                l.prefix
                    .clone()
                    .unwrap_or_default()
                    .trim_end_matches('/')
                    .to_string(),
                l.code.clone(),
            )
        })
        .collect();
    let default = found.languages[0].code.clone();
    let nav = nav_entries(cfg.get("nav"));
    for file in tree.files(&docs, diags) {
        let rel = file
            .strip_prefix(&docs)
            .unwrap_or(&file)
            .trim_start_matches('/');
        if !rel.ends_with(".md") {
            continue;
        }
        let (lang, rel) = if folder_layout {
            match codes
                .iter()
                .find(|(p, _)| !p.is_empty() && rel.starts_with(&format!("{p}/")))
            {
                Some((p, c)) => (c.clone(), rel[p.len() + 1..].to_string()),
                None => (default.clone(), rel.to_string()),
            }
        } else {
            // `page.fr.md`: the suffix names the language.
            let stem = &rel[..rel.len() - 3];
            match stem
                .rsplit_once('.')
                .and_then(|(s, l)| codes.iter().find(|(p, _)| p == l).map(|(_, c)| (s, c)))
            {
                Some((s, c)) => (c.clone(), format!("{s}.md")),
                None => (default.clone(), rel.to_string()),
            }
        };
        let mut defaults = Map::new();
        if let Some((i, title)) = nav
            .iter()
            .enumerate()
            .find(|(_, (p, _))| *p == rel)
            .map(|(i, (_, t))| (i, t))
        {
            defaults.insert("weight".into(), Value::from((i as i64 + 1) * 10));
            if let Some(t) = title {
                defaults.insert("title".into(), Value::String(t.clone()));
            }
        }
        found.pages.push(SourcePage {
            file: file.clone(),
            lang,
            rel,
            defaults,
            generated: false,
        });
    }
    found.roots.push(docs);
    found
        .prefixes
        .extend(found.base_url.as_deref().and_then(base_path));
    Ok(found)
}

/// The languages of the i18n plugin (the default first), and whether translations live in
/// language folders. Without the plugin: one language, `theme.language` or English.
fn i18n(cfg: &Map<String, Value>, theme_lang: Option<&str>) -> (Vec<Lang>, bool) {
    let plugin = cfg.get("plugins").and_then(|p| match p {
        Value::Array(a) => a.iter().find_map(|x| x.get("i18n")),
        Value::Object(o) => o.get("i18n"),
        _ => None,
    });
    let fallback = theme_lang.map(tag).unwrap_or_else(|| "en".into());
    let Some(plugin) = plugin else {
        return (
            vec![Lang {
                code: fallback,
                name: None,
                prefix: None,
            }],
            false,
        );
    };
    let folder = plugin.get("docs_structure").and_then(Value::as_str) == Some("folder");
    let mut langs: Vec<(bool, Lang)> = Vec::new();
    match plugin.get("languages") {
        // mkdocs-static-i18n 1.x: a list of `{locale, name, default}`.
        Some(Value::Array(a)) => {
            for l in a {
                let Some(locale) = l.get("locale").and_then(Value::as_str) else {
                    continue;
                };
                let default = l.get("default").and_then(Value::as_bool).unwrap_or(false);
                let name = l.get("name").and_then(Value::as_str).map(str::to_string);
                langs.push((
                    default,
                    Lang {
                        code: tag(locale),
                        name,
                        prefix: Some(format!("{locale}/")),
                    },
                ));
            }
        }
        // 0.x: a map of locale → name or `{name}`, with `default_language`.
        Some(Value::Object(m)) => {
            let default = plugin
                .get("default_language")
                .and_then(Value::as_str)
                .unwrap_or("");
            for (locale, v) in m {
                let name = v
                    .as_str()
                    .or_else(|| v.get("name").and_then(Value::as_str))
                    .map(str::to_string);
                langs.push((
                    locale == default,
                    Lang {
                        code: tag(locale),
                        name,
                        prefix: Some(format!("{locale}/")),
                    },
                ));
            }
            if !m.contains_key(default) && !default.is_empty() {
                langs.push((
                    true,
                    Lang {
                        code: tag(default),
                        name: None,
                        prefix: Some(format!("{default}/")),
                    },
                ));
            }
        }
        _ => {}
    }
    if !langs.iter().any(|(d, _)| *d) {
        match langs.iter_mut().find(|(_, l)| l.code == fallback) {
            Some(l) => l.0 = true,
            None => langs.insert(
                0,
                (
                    true,
                    Lang {
                        code: fallback,
                        name: None,
                        prefix: None,
                    },
                ),
            ),
        }
    }
    langs.sort_by_key(|(d, _)| !*d);
    (langs.into_iter().map(|(_, l)| l).collect(), folder)
}

/// The pages of `nav` in order, with their titles: `- page.md`, `- Title: page.md`,
/// `- Section: [ … ]`.
fn nav_entries(nav: Option<&Value>) -> Vec<(String, Option<String>)> {
    fn walk(v: &Value, out: &mut Vec<(String, Option<String>)>) {
        match v {
            Value::String(p) => out.push((p.clone(), None)),
            Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            Value::Object(o) => {
                for (title, v) in o {
                    match v {
                        Value::String(p) if !p.contains("://") => {
                            out.push((p.clone(), Some(title.clone())))
                        }
                        other => walk(other, out),
                    }
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    if let Some(n) = nav {
        walk(n, &mut out);
    }
    out
}
