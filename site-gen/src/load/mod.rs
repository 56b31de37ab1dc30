//! Load: read every input of a site into the model, reporting every problem with its file
//! and line. This is the only stage that reads the file system, and it reads it only through
//! [`fs::SiteFs`], which never leaves the site's folder.
//!
//! Loading never stops at the first problem, and a file with problems is still loaded as far
//! as it can be: a page with a bad field is a page (see `crate::model::page`).

pub(crate) mod assets;
pub mod content;
pub(crate) mod directory;
pub(crate) mod fs;
pub(crate) mod screener;
pub(crate) mod theme;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::config::{self, Config};
use crate::diag::Diagnostic;
use crate::model::key::{PageKey, strip_page_extension};
use crate::model::{Asset, BodyFormat, Index, Locales, Page, Site};
pub use fs::SiteFs;

/// Folders under `content/` that are not languages.
pub(crate) const RESERVED: &[&str] = &["screener"];

/// Where the site is and how to read it; shared by every command that loads a site.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// The site's folder: the one holding `site.toml`, `content/` and `locales/`.
    pub root: PathBuf,
    /// Replaces `base_url` of `site.toml` (`--base-url`): a full URL or a path.
    pub base_url: Option<String>,
    /// Include pages whose front matter says `draft: true`.
    pub drafts: bool,
}

/// Reads the whole site. Returns the site unless nothing can be built at all (no readable
/// configuration), and every diagnostic.
pub fn load(opts: &LoadOptions) -> (Option<Site>, Vec<Diagnostic>) {
    let fs = match SiteFs::new(&opts.root) {
        Ok(fs) => fs,
        Err(d) => return (None, vec![d]),
    };
    let mut diags = Vec::new();
    let content_dir = opts.root.join("content");
    let folders = language_folders(&fs, &content_dir, &mut diags);
    let config = match read_config(&fs, &folders) {
        Ok(mut c) => {
            if let Some(url) = &opts.base_url
                && let Err(e) = c.set_base_url(url)
            {
                diags.push(e);
                return (None, diags);
            }
            c
        }
        Err(e) => {
            diags.extend(e);
            return (None, diags);
        }
    };
    diags.extend(config.placeholder_diagnostics(crate::diag::Severity::Warning));
    for f in &folders {
        if config.language(f).is_none() {
            diags.push(
                Diagnostic::error(format!(
                    "folder `content/{f}/` is not a language listed in site.toml"
                ))
                .in_file(format!("content/{f}"))
                .hint(format!(
                    "add [[languages]] code = \"{f}\" to site.toml, or rename the folder"
                )),
            );
        }
    }
    let (pages, assets) = read_content(&fs, &config, opts.drafts, &mut diags);
    let locale_files = read_locales(&fs, &config, &mut diags);
    let (locales, locale_diags) = Locales::new(&config, locale_files);
    diags.extend(locale_diags);
    let theme = theme::read(&fs, &mut diags);
    let (glossaries, synonyms) = read_glossaries(&fs, &config, &mut diags);
    let directory = match fs.read_text(&opts.root.join(directory::FILE)) {
        Ok(Some(text)) => {
            let (orgs, d) = directory::parse(&text, &config);
            diags.extend(d);
            Some(orgs)
        }
        Ok(None) => None,
        Err(e) => {
            diags.push(e);
            None
        }
    };
    let default = &config.default_language().code;
    if !pages.iter().any(|p| &p.lang == default) && !crate::diag::has_errors(&diags) {
        diags.push(
            Diagnostic::error(format!(
                "no pages in the default language: content/{default}/ is empty or missing"
            ))
            .in_file("content"),
        );
    }
    let index = Index::new(&config, &pages);
    let screener = screener::read(&opts.root, &mut diags);
    if let Some(s) = &screener {
        let languages: Vec<String> = std::iter::once(default.clone())
            .chain(
                config
                    .languages
                    .iter()
                    .map(|l| l.code.clone())
                    .filter(|c| c != default),
            )
            .collect();
        let guide_exists = |path: &str| {
            PageKey::from_link(path)
                .and_then(|k| index.cell(default, k.as_str()).and_then(|c| c.own))
                .is_some()
        };
        diags.extend(s.check(&languages, &|lang, id| locales.has(lang, id), &guide_exists));
    }
    sort_diagnostics(&mut diags);
    let site = Site {
        root: opts.root.clone(),
        config,
        pages,
        assets,
        locales: Arc::new(locales),
        theme,
        directory,
        screener,
        glossaries,
        synonyms,
        index,
    };
    (Some(site), diags)
}

/// Loading's problems in file and line order: the order `load` reports them in, which
/// `serve` keeps when it replaces one file's problems after an edit.
pub(crate) fn sort_diagnostics(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
}

fn language_folders(fs: &SiteFs, content: &Path, diags: &mut Vec<Diagnostic>) -> Vec<String> {
    let mut out: Vec<String> = std::fs::read_dir(content)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            if RESERVED.contains(&name.as_str()) || name.starts_with(['.', '_']) {
                return None;
            }
            match fs.kind(&e.path()) {
                Ok(Some(fs::Kind::Dir)) => Some(name),
                Ok(_) => None,
                Err(d) => {
                    diags.push(d);
                    None
                }
            }
        })
        .collect();
    out.sort();
    out
}

fn read_config(fs: &SiteFs, folders: &[String]) -> Result<Config, Vec<Diagnostic>> {
    match fs.read_text(&fs.root().join(config::FILE)) {
        Ok(Some(text)) => Config::parse(&text),
        Ok(None) => Config::from_language_folders(folders.to_vec()),
        Err(e) => Err(vec![e]),
    }
}

/// Reads `content/<lang>/` for every language: its pages (in parallel) and its assets.
fn read_content(
    fs: &SiteFs,
    config: &Config,
    drafts: bool,
    diags: &mut Vec<Diagnostic>,
) -> (Vec<Page>, Vec<Asset>) {
    let mut files = Vec::new();
    let mut assets = Vec::new();
    for lang in &config.languages {
        let dir = fs.root().join("content").join(&lang.code);
        for found in fs.walk(&dir, diags) {
            let file = fs.rel(&found.path);
            let Some(rel) = found.rel else {
                diags.push(
                    Diagnostic::error("file name is not UTF-8 text; it is left out").in_file(&file),
                );
                continue;
            };
            let content_rel = format!("{}/{rel}", lang.code);
            if is_partial(&rel) || config.is_excluded(&content_rel) {
                continue;
            }
            let name = rel.rsplit('/').next().unwrap_or(&rel);
            if strip_page_extension(name).is_some() {
                match PageKey::from_file(&rel) {
                    Ok(key) => files.push((lang.code.clone(), key, found.path, file)),
                    Err(e) => diags.push(
                        Diagnostic::error(format!("`{rel}` cannot be a page's path: {e}"))
                            .in_file(&file)
                            .hint("rename the file: its path becomes the page's address"),
                    ),
                }
            } else if let Some(a) = assets::read(fs, &lang.code, &rel, found.path, diags) {
                assets.push(a);
            }
        }
    }
    let results: Vec<(Option<Page>, Vec<Diagnostic>)> = files
        .par_iter()
        .map(|(lang, key, path, file)| read_page(fs, config, lang, key.clone(), path, file, drafts))
        .collect();
    let mut pages = Vec::with_capacity(results.len());
    for (page, d) in results {
        diags.extend(d);
        pages.extend(page);
    }
    diags.extend(foreign_syntax(&mut pages, config));
    pages.extend(missing_sections(&pages, config));
    // `x.md` and `x.mdx`, or `index.md` and `_index.md` in one folder, would be the same
    // page: the first one (by file name) is kept.
    pages.sort_by(|a, b| (&a.lang, &a.key, &a.file).cmp(&(&b.lang, &b.key, &b.file)));
    let mut kept: Vec<Page> = Vec::with_capacity(pages.len());
    for p in pages {
        match kept.last() {
            Some(prev) if prev.lang == p.lang && prev.key == p.key => diags.push(
                Diagnostic::error(format!(
                    "`{}` and `{}` are the same page; `{}` is left out",
                    prev.file, p.file, p.file
                ))
                .in_file(&p.file)
                .hint("keep one of the two files"),
            ),
            _ => kept.push(p),
        }
    }
    (kept, assets)
}

/// The home and section pages a site lacks: every folder that holds pages gets a section page
/// listing them (the home for the top folder), as Hugo makes them. They are made in the
/// default language, which every language falls back to; a language's own `_index.md` still
/// replaces one.
fn missing_sections(pages: &[Page], config: &Config) -> Vec<Page> {
    let default = &config.default_language().code;
    let mut have: std::collections::HashSet<&str> = Default::default();
    let mut dirs: std::collections::BTreeSet<String> = Default::default();
    for p in pages {
        if p.key.is_section() && &p.lang == default {
            have.insert(p.key.dir());
        }
        let mut dir = if p.key.is_section() {
            crate::model::key::parent(p.key.dir())
        } else {
            p.key.dir()
        };
        if p.key.is_home() {
            continue;
        }
        loop {
            dirs.insert(dir.to_string());
            if dir.is_empty() {
                break;
            }
            dir = crate::model::key::parent(dir);
        }
    }
    if pages.is_empty() {
        return Vec::new();
    }
    dirs.insert(String::new());
    dirs.into_iter()
        .filter(|d| !have.contains(d.as_str()))
        .map(|dir| {
            let name = dir.rsplit('/').next().unwrap_or_default();
            Page {
                lang: default.clone(),
                key: PageKey::section(&dir),
                file: format!("content/{default}/{dir}")
                    .trim_end_matches('/')
                    .to_string(),
                meta: crate::model::FrontMatter {
                    // The home is named after the site when it is rendered.
                    title: content::humanise(name),
                    ..Default::default()
                },
                body: String::new(),
                body_line: 1,
                format: BodyFormat::Markdown,
                hash: String::new(),
                generated: true,
            }
        })
        .collect()
}

/// Other generators' syntax in page bodies (Hugo shortcodes, Liquid, MDX, `:::` containers,
/// MkDocs admonitions, attribute lines) converted where a safe meaning exists, or left out
/// with a warning at its line: a site moved from another generator builds, and nothing of
/// its syntax reaches readers as literal text without a word. Bodies without any of it are
/// not touched.
fn foreign_syntax(pages: &mut [Page], config: &Config) -> Vec<Diagnostic> {
    use crate::foreign::{self, Context, Pages, Syntax};
    let mut keys: std::collections::BTreeMap<&str, Vec<String>> = Default::default();
    for p in pages.iter() {
        keys.entry(p.lang.as_str())
            .or_default()
            .push(p.key.as_str().to_string());
    }
    let known: std::collections::HashMap<String, Pages> = keys
        .into_iter()
        .map(|(lang, ks)| {
            (
                lang.to_string(),
                Pages::from_keys(ks.iter().map(String::as_str)),
            )
        })
        .collect();
    let site: serde_json::Map<String, serde_json::Value> =
        config.extra.clone().into_iter().collect();
    pages
        .par_iter_mut()
        .flat_map_iter(|page| {
            let front: serde_json::Map<String, serde_json::Value> =
                page.meta.extra.clone().into_iter().collect();
            let cx = Context {
                page: page.key.as_str(),
                front_matter: &front,
                site: &site,
                pages: known
                    .get(&page.lang)
                    .expect("every page's language has its keys"),
                syntax: Syntax::for_file(&page.file),
            };
            let (body, diags) = match page.format {
                BodyFormat::Markdown => {
                    foreign::convert(&page.file, &page.body, page.body_line, &cx)
                }
                BodyFormat::Html => {
                    foreign::convert_html(&page.file, &page.body, page.body_line, &cx)
                }
            };
            page.body = body;
            diags
        })
        .collect()
}

/// Files that are parts of other pages or notes for editors, not pages: names starting with
/// `_` (other than a section's `_index`), anything under such a folder, and `README.md`.
fn is_partial(rel: &str) -> bool {
    let mut segments = rel.split('/').peekable();
    while let Some(s) = segments.next() {
        let last = segments.peek().is_none();
        let section_file = last && strip_page_extension(s).is_some_and(|stem| stem == "_index");
        if s.starts_with('_') && !section_file {
            return true;
        }
        if last && s.eq_ignore_ascii_case("README.md") {
            return true;
        }
    }
    false
}

/// Reads one page again after an edit (`serve`): `content/<lang>/<rel>` under the root.
/// Returns the page as `load` would have read it (`None`: a draft left out, or not a page),
/// with its problems.
pub fn reread_page(
    opts: &LoadOptions,
    config: &Config,
    lang: &str,
    rel: &str,
) -> (Option<Page>, Vec<Diagnostic>) {
    let fs = match SiteFs::new(&opts.root) {
        Ok(fs) => fs,
        Err(d) => return (None, vec![d]),
    };
    let key = match PageKey::from_file(rel) {
        Ok(k) => k,
        Err(e) => {
            return (
                None,
                vec![Diagnostic::error(format!(
                    "`{rel}` cannot be a page's path: {e}"
                ))],
            );
        }
    };
    let path = opts.root.join("content").join(lang).join(rel);
    let file = fs.rel(&path);
    read_page(&fs, config, lang, key, &path, &file, opts.drafts)
}

fn read_page(
    fs: &SiteFs,
    config: &Config,
    lang: &str,
    key: PageKey,
    path: &Path,
    file: &str,
    drafts: bool,
) -> (Option<Page>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    // An unreadable file is still a page (with an error), so that links to it are not
    // reported as broken too.
    let mut readable = true;
    let text = match fs.read(path, fs::MAX_TEXT) {
        Ok(Some(bytes)) => match String::from_utf8(bytes) {
            Ok(t) => fs::normalise(&t),
            Err(e) => {
                let lossy = String::from_utf8_lossy(e.as_bytes()).to_string();
                diags.push(fs::not_utf8(file, e));
                fs::normalise(&lossy)
            }
        },
        Ok(None) => String::new(),
        Err(d) => {
            diags.push(d);
            readable = false;
            String::new()
        }
    };
    let (parsed, d) = content::parse(file, &text);
    diags.extend(d);
    let mut meta = parsed.meta;
    if meta.draft && !drafts {
        return (None, diags);
    }
    if meta.title.is_empty() {
        let name = key
            .stem()
            .unwrap_or_else(|| key.dir().rsplit('/').next().unwrap_or(""));
        meta.title = if name.is_empty() {
            config
                .language(lang)
                .map_or(lang, |l| l.name.as_str())
                .to_string()
        } else {
            content::humanise(name)
        };
        if readable {
            diags.push(
                Diagnostic::warning(format!(
                    "page has no title; it is called \"{}\" after its file",
                    meta.title
                ))
                .at(file, 1, 1)
                .hint("add front matter with `title: …`, or start the page with `# Title`"),
            );
        }
    }
    if !key.is_section() && parsed.body.trim().is_empty() && text.starts_with(['-', '+']) {
        diags.push(Diagnostic::warning("page has front matter but no text").at(
            file,
            parsed.body_line.saturating_sub(1).max(1),
            1,
        ));
    }
    let format = if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("html"))
    {
        BodyFormat::Html
    } else {
        BodyFormat::Markdown
    };
    (
        Some(Page {
            lang: lang.to_string(),
            key,
            file: file.to_string(),
            meta,
            body: parsed.body,
            body_line: parsed.body_line,
            format,
            hash: parsed.hash,
            generated: false,
        }),
        diags,
    )
}

/// The UI strings shipped with site-gen, for the languages it knows: a site without its own
/// `locales/` still builds, and a site's own messages replace the built-in ones of the same id.
macro_rules! builtin_locales {
    ($($lang:literal),*) => {
        &[$(
            ($lang, "main.ftl", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/", $lang, "/main.ftl"))),
            ($lang, "screener.ftl", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/", $lang, "/screener.ftl"))),
            ($lang, "keep.ftl", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/", $lang, "/keep.ftl"))),
        )*]
    };
}
const BUILTIN_LOCALES: &[(&str, &str, &str)] =
    builtin_locales!("en", "es", "ar", "zh-Hans", "fr", "ht", "prs");

/// The built-in language closest to `code`: the same code, else the same primary language
/// (`zh` → `zh-Hans`).
fn builtin_for(code: &str) -> Option<&'static str> {
    let primary = |c: &str| c.split('-').next().unwrap_or(c).to_ascii_lowercase();
    let langs = || BUILTIN_LOCALES.iter().map(|(l, _, _)| *l);
    langs()
        .find(|l| *l == code)
        .or_else(|| langs().find(|l| primary(l) == primary(code)))
}

fn read_locales(
    fs: &SiteFs,
    config: &Config,
    diags: &mut Vec<Diagnostic>,
) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for lang in &config.languages {
        let dir = fs.root().join("locales").join(&lang.code);
        let mut own = Vec::new();
        for found in fs.walk(&dir, diags) {
            match found.rel {
                Some(rel) if rel.ends_with(".ftl") && !rel.contains('/') => {
                    own.push((rel, found.path))
                }
                _ => {}
            }
        }
        // The default language always has the built-in strings to fall back on.
        let builtin = builtin_for(&lang.code)
            .or_else(|| (lang.code == config.default_language().code).then_some("en"));
        // The built-in messages come first; the site's own files replace them message by
        // message, so a site that overrides a few strings keeps getting new ones.
        if let Some(b) = builtin {
            for (l, name, text) in BUILTIN_LOCALES {
                if *l == b {
                    out.push((
                        lang.code.clone(),
                        format!(
                            "{}locales/{l}/{name}",
                            crate::model::locales::BUILTIN_PREFIX
                        ),
                        text.to_string(),
                    ));
                }
            }
        }
        for (_, path) in own {
            match fs.read_text(&path) {
                Ok(Some(text)) => out.push((lang.code.clone(), fs.rel(&path), text)),
                Ok(None) => {}
                Err(d) => diags.push(d),
            }
        }
    }
    out
}

/// Each language's glossary (`locales/<lang>/glossary.md`, when it has entries) and search
/// synonyms (`locales/<lang>/synonyms.toml` and the glossary's English ↔ local pairs).
type Glossaries = (
    std::collections::BTreeMap<String, crate::model::Glossary>,
    std::collections::BTreeMap<String, search_wasm::engine::Synonyms>,
);

fn read_glossaries(fs: &SiteFs, config: &Config, diags: &mut Vec<Diagnostic>) -> Glossaries {
    let mut glossaries = std::collections::BTreeMap::new();
    let mut all_synonyms = std::collections::BTreeMap::new();
    for lang in &config.languages {
        let dir = fs.root().join("locales").join(&lang.code);
        let mut synonyms = search_wasm::engine::Synonyms::default();
        match fs.read_text(&dir.join("glossary.md")) {
            Ok(Some(text)) => {
                let g = crate::model::Glossary::parse(&text);
                if !g.is_empty() {
                    glossaries.insert(lang.code.clone(), g);
                }
                synonyms.extend(search_wasm::engine::Synonyms::from_glossary(
                    &lang.code, &text,
                ));
            }
            Ok(None) => {}
            Err(d) => diags.push(d),
        }
        let path = dir.join("synonyms.toml");
        match fs.read_text(&path) {
            Ok(Some(text)) => match search_wasm::engine::Synonyms::from_toml(&lang.code, &text) {
                Ok(s) => synonyms.extend(s),
                Err(errors) => diags.extend(errors.into_iter().map(|e| {
                    Diagnostic::error(format!("search synonyms: {}", e.message)).at(
                        fs.rel(&path),
                        e.line,
                        e.column,
                    )
                })),
            },
            Ok(None) => {}
            Err(d) => diags.push(d),
        }
        all_synonyms.insert(lang.code.clone(), synonyms);
    }
    (glossaries, all_synonyms)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partials_are_not_pages() {
        assert!(is_partial("_includes/x.md"));
        assert!(is_partial("asylum/_part.md"));
        assert!(is_partial("README.md"));
        assert!(is_partial("asylum/readme.md"));
        assert!(!is_partial("asylum/_index.md"));
        assert!(!is_partial("_index.md"));
        assert!(!is_partial("asylum/x.md"));
    }
}
