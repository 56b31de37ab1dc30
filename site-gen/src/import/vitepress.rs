//! VitePress: a `docs/` folder (or the source itself) with `.vitepress/config.*`, locale
//! folders (`es/`, `zh/`) next to the root locale, `index.md` for folders, `public/` files.
//!
//! The configuration is JavaScript and is never run: `srcDir`, `base`, `title`, `lang` and
//! the `locales` object are read as text where they are written plainly; without them, the
//! locale folders are the top-level folders named like language codes.

use super::hugo::{base_path, tag};
use super::read::js;
use super::tree::Tree;
use super::{Found, Lang, SourcePage};
use crate::diag::Diagnostic;
use crate::foreign::Syntax;

const CONFIGS: &[&str] = &[
    "config.mts",
    "config.ts",
    "config.mjs",
    "config.js",
    "config.cts",
    "config.cjs",
];

pub(crate) fn read(tree: &Tree, diags: &mut Vec<Diagnostic>) -> Result<Found, Vec<Diagnostic>> {
    let root = if tree.is_dir(".vitepress") {
        ""
    } else if tree.is_dir("docs/.vitepress") || tree.is_dir("docs") {
        "docs"
    } else {
        ""
    };
    let join = |a: &str, b: &str| {
        if a.is_empty() {
            b.to_string()
        } else {
            format!("{a}/{b}")
        }
    };
    let config = CONFIGS
        .iter()
        .map(|c| join(root, &format!(".vitepress/{c}")))
        .find(|c| tree.is_file(c))
        .and_then(|c| tree.read(&c).map_err(|d| diags.push(d)).ok())
        .unwrap_or_default();
    // Top-level values are read from the text with the `locales` object taken out.
    let locales = js::object(&config, "locales");
    let outer = match locales {
        Some(l) => config.replacen(l, "", 1),
        None => config.clone(),
    };
    let src = match js::string(&outer, "srcDir") {
        Some(s) => join(root, s.trim_start_matches("./").trim_matches('/')),
        None => root.to_string(),
    };
    let mut found = Found {
        // Vue's `{{ … }}` interpolation reads like Liquid output, its components and
        // `<script setup>` like MDX's: both are converted or reported the same way.
        syntax: Syntax {
            liquid: true,
            mdx: true,
            ..Syntax::PLAIN
        },
        base_url: js::string(&outer, "base"),
        ..Found::default()
    };
    if let Some(t) = js::string(&outer, "title") {
        found.names.insert("*".into(), t);
    }
    let root_lang = js::string(&outer, "lang").map(|l| tag(&l));
    let mut dirs: Vec<(String, String)> = Vec::new();
    match locales {
        Some(obj) => {
            let mut root_entry = None;
            for (key, body) in js::entries(obj) {
                let lang = js::string(body, "lang").map(|l| tag(&l));
                let label = js::string(body, "label");
                if let Some(t) = js::string(body, "title") {
                    found
                        .names
                        .insert(lang.clone().unwrap_or_else(|| tag(&key)), t);
                }
                if key == "root" {
                    root_entry = Some((
                        lang.or_else(|| root_lang.clone())
                            .unwrap_or_else(|| "en".into()),
                        label,
                    ));
                } else {
                    let code = lang.unwrap_or_else(|| tag(&key));
                    dirs.push((key.clone(), code.clone()));
                    found.languages.push(Lang {
                        code,
                        name: label,
                        prefix: Some(format!("{key}/")),
                    });
                }
            }
            let (code, label) = root_entry
                .unwrap_or_else(|| (root_lang.clone().unwrap_or_else(|| "en".into()), None));
            found.languages.insert(
                0,
                Lang {
                    code,
                    name: label,
                    prefix: None,
                },
            );
        }
        None => {
            found.languages.push(Lang {
                code: root_lang.clone().unwrap_or_else(|| "en".into()),
                name: None,
                prefix: None,
            });
            for dir in top_dirs(tree, &src) {
                if looks_like_language(&dir) && tag(&dir) != found.languages[0].code {
                    found.languages.push(Lang {
                        code: tag(&dir),
                        name: None,
                        prefix: Some(format!("{dir}/")),
                    });
                    dirs.push((dir.clone(), tag(&dir)));
                }
            }
        }
    }
    if found.names.len() > 1
        && let Some(all) = found.names.remove("*")
    {
        for l in &found.languages {
            found
                .names
                .entry(l.code.clone())
                .or_insert_with(|| all.clone());
        }
    }
    let default = found.languages[0].code.clone();
    for file in tree.files(&src, diags) {
        let rel = file
            .strip_prefix(&src)
            .unwrap_or(&file)
            .trim_start_matches('/');
        if !rel.ends_with(".md") || rel.starts_with("public/") {
            continue;
        }
        let (lang, rel) = match dirs.iter().find(|(d, _)| rel.starts_with(&format!("{d}/"))) {
            Some((d, code)) => (code.clone(), rel[d.len() + 1..].to_string()),
            None => (default.clone(), rel.to_string()),
        };
        found.pages.push(SourcePage {
            file: file.clone(),
            lang,
            rel,
            ..SourcePage::default()
        });
    }
    found.roots.push(join(&src, "public"));
    if let Some(p) = found.base_url.as_deref().and_then(base_path) {
        found.prefixes.push(p);
    }
    // VitePress' `base` is a path, which this project's base URL may be too.
    found.base_url = found.base_url.filter(|b| b.starts_with('/'));
    Ok(found)
}

fn top_dirs(tree: &Tree, dir: &str) -> Vec<String> {
    std::fs::read_dir(tree.root.join(dir))
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter_map(|e| e.file_name().into_string().ok())
        .collect()
}

/// `es`, `fr`, `pt-BR`, `zh-Hans`: two letters, optionally a region or script. Three-letter
/// folders (`api`, `faq`) are too often sections to be taken for languages.
pub(crate) fn looks_like_language(name: &str) -> bool {
    let mut parts = name.split(['-', '_']);
    let first = parts.next().unwrap_or("");
    first.len() == 2
        && first.chars().all(|c| c.is_ascii_lowercase())
        && parts
            .all(|p| (p.len() == 2 || p.len() == 4) && p.chars().all(|c| c.is_ascii_alphabetic()))
}
