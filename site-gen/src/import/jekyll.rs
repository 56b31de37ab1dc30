//! Jekyll: `_config.yml` (`title`, `url`, `baseurl`, `lang`, Polyglot's `languages` and
//! `default_lang`, `collections`, `exclude`), pages with front matter anywhere outside the
//! underscore folders, `_posts/YYYY-MM-DD-slug.md` (section `posts`, the date from the name),
//! `_drafts/` (drafts), collections (`_docs/` → section `docs`). A page's language is its
//! `lang:` front matter or its language folder (`es/about.md`); translations are linked by
//! path, `ref`/`lang_ref`/`page_id`, or the same `permalink`. Liquid is converted.

use serde_json::Value;

use super::hugo::{base_path, tag};
use super::read;
use super::tree::Tree;
use super::{Found, Lang, SourcePage};
use crate::diag::Diagnostic;
use crate::foreign::Syntax;

/// Folders Jekyll never publishes as pages.
const SKIP: &[&str] = &[
    "_site",
    "_layouts",
    "_includes",
    "_sass",
    "_data",
    "_plugins",
    "vendor",
    "node_modules",
];

pub(crate) fn read(tree: &Tree, diags: &mut Vec<Diagnostic>) -> Result<Found, Vec<Diagnostic>> {
    let cfg = ["_config.yml", "_config.yaml", "_config.toml"]
        .into_iter()
        .find(|f| tree.is_file(f))
        .and_then(|f| read::config(tree, f, diags))
        .and_then(|v| v.as_object().cloned())
        .unwrap_or_default();
    let s = |k: &str| cfg.get(k).and_then(Value::as_str).map(str::to_string);
    let default = s("default_lang")
        .or_else(|| s("lang"))
        .unwrap_or_else(|| "en".into());
    let mut found = Found {
        syntax: Syntax::JEKYLL,
        site: cfg.clone(),
        lang_from_front_matter: true,
        ..Found::default()
    };
    if let Some(t) = s("title") {
        found.names.insert("*".into(), t);
    }
    let baseurl = s("baseurl").unwrap_or_default();
    if let Some(url) = s("url").filter(|u| u.starts_with("http")) {
        found.base_url = Some(format!(
            "{}/{}",
            url.trim_end_matches('/'),
            baseurl.trim_start_matches('/')
        ));
    }
    found.prefixes.extend(base_path(&baseurl));
    let mut codes = vec![default.clone()];
    if let Some(Value::Array(a)) = cfg.get("languages") {
        codes.extend(
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .filter(|c| *c != default),
        );
    }
    for c in &codes {
        found.languages.push(Lang {
            code: tag(c),
            name: None,
            prefix: Some(format!("{c}/")),
        });
    }
    let collections: Vec<String> = match cfg.get("collections") {
        Some(Value::Object(m)) => m.keys().cloned().collect(),
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect(),
        _ => Vec::new(),
    };
    let exclude: Vec<String> = cfg
        .get("exclude")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(|s| s.trim_matches('/').to_string())
                .collect()
        })
        .unwrap_or_default();
    for file in tree.files("", diags) {
        let top = file.split('/').next().unwrap_or("");
        if SKIP.contains(&top)
            || exclude
                .iter()
                .any(|e| file == *e || file.starts_with(&format!("{e}/")))
        {
            continue;
        }
        let name = file.rsplit('/').next().unwrap_or(&file);
        let Some((stem, ext)) = name.rsplit_once('.') else {
            continue;
        };
        if !["md", "markdown", "html", "htm"].contains(&ext.to_ascii_lowercase().as_str())
            || stem == "404"
        {
            continue;
        }
        let mut page = SourcePage {
            file: file.clone(),
            ..SourcePage::default()
        };
        let collection = top.strip_prefix('_');
        match collection {
            Some("posts") | Some("drafts") => {
                let (date, slug) = match stem.get(..10) {
                    Some(d)
                        if crate::model::Date::parse(d).is_some()
                            && stem[10..].starts_with('-') =>
                    {
                        (Some(d), &stem[11..])
                    }
                    _ => (None, stem),
                };
                if let Some(d) = date {
                    page.defaults
                        .insert("date".into(), Value::String(d.to_string()));
                }
                if collection == Some("drafts") {
                    page.defaults.insert("draft".into(), Value::Bool(true));
                }
                page.rel = format!("posts/{slug}.{ext}");
            }
            Some(c) if collections.iter().any(|x| x == c) => {
                page.rel = file[1..].to_string();
            }
            Some(_) => continue,
            _ => {
                // Only files with front matter are pages; the rest are copied as they are.
                let first = tree
                    .read(&file)
                    .map(|t| t.starts_with("---"))
                    .unwrap_or(false);
                if !first {
                    continue;
                }
                page.rel = file.clone();
            }
        }
        // `es/about.md`: the folder names the language.
        page.lang = tag(&default);
        if let Some(c) = codes
            .iter()
            .find(|c| page.rel.starts_with(&format!("{c}/")))
        {
            page.lang = tag(c);
            page.rel = page.rel[c.len() + 1..].to_string();
        }
        found.pages.push(page);
    }
    if found.pages.iter().any(|p| p.rel.starts_with("posts/"))
        && !found
            .pages
            .iter()
            .any(|p| p.rel == "posts/index.md" || p.rel == "posts/_index.md")
    {
        let mut defaults = serde_json::Map::new();
        defaults.insert("title".into(), "Posts".into());
        found.pages.push(SourcePage {
            file: "_posts".into(),
            lang: tag(&default),
            rel: "posts/index.md".into(),
            defaults,
            generated: true,
        });
    }
    found.roots.push(String::new());
    Ok(found)
}
