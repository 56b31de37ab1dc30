//! Docusaurus: `docs/` (and `blog/`, `src/pages/`), translations under
//! `i18n/<lang>/docusaurus-plugin-content-docs/current/` (and `-blog/`), `_category_.json`
//! or `.yml` files for sections, `index.md`/`README.md`/`<folder>.md` as a folder's own
//! page, partials (`_name.mdx`) left out, `static/` files, MDX everywhere.
//!
//! `docusaurus.config.*` is JavaScript and is never run: `title`, `url`, `baseUrl` and the
//! `i18n` object (`defaultLocale`, `locales`, `localeConfigs` labels) are read as text.

use serde_json::{Map, Value};

use super::hugo::{base_path, tag};
use super::read::{self, js};
use super::tree::Tree;
use super::{Found, Lang, SourcePage};
use crate::diag::Diagnostic;
use crate::foreign::Syntax;

const CONFIGS: &[&str] = &[
    "docusaurus.config.ts",
    "docusaurus.config.js",
    "docusaurus.config.mjs",
    "docusaurus.config.cjs",
];

pub(crate) fn read(tree: &Tree, diags: &mut Vec<Diagnostic>) -> Result<Found, Vec<Diagnostic>> {
    let config = CONFIGS
        .iter()
        .find(|c| tree.is_file(c))
        .and_then(|c| tree.read(c).map_err(|d| diags.push(d)).ok())
        .unwrap_or_default();
    let i18n = js::object(&config, "i18n").unwrap_or("");
    let default = js::string(i18n, "defaultLocale").unwrap_or_else(|| "en".into());
    let mut locales = js::strings(i18n, "locales");
    for dir in dirs(tree, "i18n") {
        if !locales.contains(&dir) {
            locales.push(dir);
        }
    }
    let labels = js::object(i18n, "localeConfigs")
        .map(js::entries)
        .unwrap_or_default();
    let mut found = Found {
        syntax: Syntax::MDX,
        ..Found::default()
    };
    let outer = match js::object(&config, "themeConfig") {
        Some(t) => config.replacen(t, "", 1),
        None => config.clone(),
    };
    if let Some(t) = js::string(&outer, "title") {
        found.names.insert("*".into(), t);
    }
    let url = js::string(&outer, "url").unwrap_or_default();
    let base = js::string(&outer, "baseUrl").unwrap_or_else(|| "/".into());
    if url.starts_with("http") {
        found.base_url = Some(format!(
            "{}/{}",
            url.trim_end_matches('/'),
            base.trim_start_matches('/')
        ));
    }
    let mut codes = vec![default.clone()];
    codes.extend(locales.into_iter().filter(|l| *l != default));
    for code in &codes {
        let label = labels
            .iter()
            .find(|(k, _)| k == code)
            .and_then(|(_, b)| js::string(b, "label"));
        found.languages.push(Lang {
            code: tag(code),
            name: label,
            prefix: Some(format!("{code}/")),
        });
    }
    found.prefixes.extend(base_path(&base));
    found.prefixes.push("docs/".into());
    let default_code = tag(&default);
    content(tree, "docs", "", &default_code, &mut found, diags);
    content(tree, "blog", "blog", &default_code, &mut found, diags);
    content(tree, "src/pages", "", &default_code, &mut found, diags);
    for code in &codes[1..] {
        let base = format!("i18n/{code}");
        content(
            tree,
            &format!("{base}/docusaurus-plugin-content-docs/current"),
            "",
            &tag(code),
            &mut found,
            diags,
        );
        content(
            tree,
            &format!("{base}/docusaurus-plugin-content-blog"),
            "blog",
            &tag(code),
            &mut found,
            diags,
        );
        content(
            tree,
            &format!("{base}/docusaurus-plugin-content-pages"),
            "",
            &tag(code),
            &mut found,
            diags,
        );
    }
    if found.pages.iter().any(|p| p.rel.starts_with("blog/"))
        && !found.pages.iter().any(|p| p.rel == "blog/index.md")
    {
        let mut defaults = Map::new();
        defaults.insert("title".into(), "Blog".into());
        found.pages.push(SourcePage {
            file: "blog".into(),
            lang: default_code.clone(),
            rel: "blog/index.md".into(),
            defaults,
            generated: true,
        });
    }
    found.roots.push("static".into());
    Ok(found)
}

fn dirs(tree: &Tree, dir: &str) -> Vec<String> {
    let mut out: Vec<String> = std::fs::read_dir(tree.root.join(dir))
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    out.sort();
    out
}

/// The pages of one content folder, placed under `under` (`blog`), in `lang`.
fn content(
    tree: &Tree,
    dir: &str,
    under: &str,
    lang: &str,
    found: &mut Found,
    diags: &mut Vec<Diagnostic>,
) {
    if !tree.is_dir(dir) {
        return;
    }
    let files = tree.files(dir, diags);
    let mut categories: Vec<(String, String, Map<String, Value>)> = Vec::new();
    for file in &files {
        let rel = file
            .strip_prefix(dir)
            .unwrap_or(file)
            .trim_start_matches('/');
        let name = rel.rsplit('/').next().unwrap_or(rel);
        if name.starts_with("_category_.") {
            let folder = rel.rsplit_once('/').map_or("", |(d, _)| d).to_string();
            categories.push((folder, file.clone(), category(tree, file, diags)));
        }
    }
    let has = |rel: &str| files.iter().any(|f| f == &format!("{dir}/{rel}"));
    let prefixed = |rel: String| {
        if under.is_empty() {
            rel
        } else {
            format!("{under}/{rel}")
        }
    };
    for file in &files {
        let rel = file
            .strip_prefix(dir)
            .unwrap_or(file)
            .trim_start_matches('/');
        let name = rel.rsplit('/').next().unwrap_or(rel);
        let folder = rel.rsplit_once('/').map_or("", |(d, _)| d);
        if !(name.ends_with(".md") || name.ends_with(".mdx")) {
            continue;
        }
        if rel.split('/').any(|s| s.starts_with('_')) {
            diags.push(
                Diagnostic::warning("partial left out: Docusaurus does not publish files or folders starting with `_`")
                    .in_file(file)
                    .hint("its text appears where a page imports it; copy it there"),
            );
            continue;
        }
        let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
        let mut defaults = Map::new();
        let mut rel = rel.to_string();
        // `guide/guide.md` is the folder's own page, like `guide/index.md`.
        let own_page = ["index", "README", "readme"].contains(&stem)
            || (!folder.is_empty()
                && folder.rsplit('/').next() == Some(stem)
                && !has(&format!("{folder}/index.md")));
        if own_page {
            rel = if folder.is_empty() {
                "index.md".into()
            } else {
                format!("{folder}/index.md")
            };
            if let Some(i) = categories.iter().position(|(f, _, _)| f == folder) {
                defaults = categories.remove(i).2;
            }
        }
        if under == "blog" {
            let (date, slug) = dated(stem);
            if let Some(d) = date {
                defaults.insert("date".into(), Value::String(d));
            }
            rel = match (slug, folder) {
                (Some(s), "") => format!("{s}.md"),
                (None, f) if stem == "index" && !f.is_empty() => {
                    let (d, s) = dated(f);
                    if let Some(d) = d {
                        defaults.insert("date".into(), Value::String(d));
                    }
                    format!("{}.md", s.unwrap_or(f))
                }
                _ => rel,
            };
        }
        found.pages.push(SourcePage {
            file: file.clone(),
            lang: lang.to_string(),
            rel: prefixed(rel),
            defaults,
            generated: false,
        });
    }
    for (folder, file, defaults) in categories {
        let rel = if folder.is_empty() {
            "_index.md".to_string()
        } else {
            format!("{folder}/_index.md")
        };
        found.pages.push(SourcePage {
            file,
            lang: lang.to_string(),
            rel: prefixed(rel),
            defaults,
            generated: true,
        });
    }
}

/// `2024-01-02-slug` → (date, slug).
fn dated(stem: &str) -> (Option<String>, Option<&str>) {
    match stem.get(..10) {
        Some(d) if crate::model::Date::parse(d).is_some() && stem[10..].starts_with('-') => {
            (Some(d.to_string()), Some(&stem[11..]))
        }
        _ => (None, None),
    }
}

/// `_category_.json`/`.yml`: the folder's title (`label`), weight (`position`) and summary
/// (`description` or `link.description`), as the defaults of the folder's own page.
fn category(tree: &Tree, file: &str, diags: &mut Vec<Diagnostic>) -> Map<String, Value> {
    let mut defaults = Map::new();
    let Some(Value::Object(c)) = read::config(tree, file, diags) else {
        return defaults;
    };
    if let Some(l) = c.get("label").and_then(Value::as_str) {
        defaults.insert("title".into(), l.into());
    }
    if let Some(p) = c.get("position") {
        defaults.insert("weight".into(), p.clone());
    }
    if let Some(d) = c
        .get("description")
        .or_else(|| c.get("link")?.get("description"))
    {
        defaults.insert("summary".into(), d.clone());
    }
    defaults
}
