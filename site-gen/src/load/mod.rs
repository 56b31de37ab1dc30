//! Load: read every input of a site into plain values, reporting every problem with its
//! file and line. This is the only stage that reads the file system.
//!
//! Architecture invariant: after `load` returns a `Site` with no errors, every page belongs to
//! a configured language, has a title, and its key (`asylum/one-year-deadline.md`) is the
//! same in every language it is translated into.

pub mod content;
pub mod directory;
pub mod locales;
pub mod screener;
pub mod theme;

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::config::{self, Config};
use crate::diag::{Diagnostic, has_errors};
pub use content::{FrontMatter, Source};
pub use locales::Locales;
pub use theme::Theme;

/// Folders under `content/` that are not languages.
pub const RESERVED: &[&str] = &["screener"];

#[derive(Debug, Clone)]
pub struct Page {
    pub lang: String,
    /// Path relative to `content/<lang>/`, shared by all translations of a page. A section's
    /// own page has the key `<dir>/_index.md` (the site home: `_index.md`).
    pub key: String,
    /// Path of the file relative to the site root, for messages.
    pub file: String,
    pub is_section: bool,
    pub meta: FrontMatter,
    pub body: String,
    pub body_line: u32,
    pub hash: String,
}

impl Page {
    /// The folder of the section this page is in (`asylum`), or of the section it is (for
    /// `asylum/_index.md`: `asylum`). The home is ``.
    pub fn dir(&self) -> &str {
        match self.key.rfind('/') {
            Some(i) => &self.key[..i],
            None => "",
        }
    }
}

/// A file under `content/<lang>/` that is not Markdown (an image, a PDF): copied as is.
#[derive(Debug, Clone)]
pub struct Asset {
    pub lang: String,
    pub key: String,
    pub path: PathBuf,
}

pub struct Site {
    pub root: PathBuf,
    pub config: Config,
    pub pages: Vec<Page>,
    pub assets: Vec<Asset>,
    pub locales: std::sync::Arc<Locales>,
    pub theme: Theme,
    /// The legal-help directory, when the site has `content/directory.toml`.
    pub directory: Option<Vec<directory::Org>>,
    /// The screener, when the site has `content/screener/`.
    pub screener: Option<screener::Screener>,
}

#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    pub root: PathBuf,
    pub base_url: Option<String>,
    pub drafts: bool,
}

/// Reads the whole site. Returns the site when nothing is fatal, and every diagnostic.
pub fn load(opts: &LoadOptions) -> (Option<Site>, Vec<Diagnostic>) {
    let root = &opts.root;
    let mut diags = Vec::new();
    let content_dir = root.join("content");
    let folders = language_folders(&content_dir);
    let config = match read_config(root, &folders) {
        Ok(mut c) => {
            if let Some(url) = &opts.base_url {
                c.set_base_url(url);
            }
            c
        }
        Err(e) => return (None, e),
    };
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
    let (pages, assets) = read_pages(root, &config, opts.drafts, &mut diags);
    let locale_files = read_locales(root, &config, &mut diags);
    let (locales, locale_diags) = Locales::new(&config, locale_files);
    diags.extend(locale_diags);
    let theme = Theme::load(root, &mut diags);
    let directory = match std::fs::read_to_string(root.join(directory::FILE)) {
        Ok(text) => {
            let (orgs, d) = directory::parse(&content::normalise(&text), &config);
            diags.extend(d);
            Some(orgs)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => {
            diags.push(Diagnostic::error(format!("cannot read: {e}")).in_file(directory::FILE));
            None
        }
    };
    if pages
        .iter()
        .all(|p| p.lang != config.default_language().code)
        && !has_errors(&diags)
    {
        diags.push(
            Diagnostic::error(format!(
                "no pages in the default language: content/{}/ is empty or missing",
                config.default_language().code
            ))
            .in_file("content"),
        );
    }
    let screener = screener::read(root, &mut diags);
    if let Some(s) = &screener {
        let languages: Vec<String> = std::iter::once(config.default_language().code.clone())
            .chain(
                config
                    .languages
                    .iter()
                    .map(|l| l.code.clone())
                    .filter(|c| c != &config.default_language().code),
            )
            .collect();
        let default = &config.default_language().code;
        let guide_exists = |path: &str| {
            pages
                .iter()
                .any(|p| &p.lang == default && p.key == render_key(path))
        };
        diags.extend(s.check(&languages, &|lang, id| locales.has(lang, id), &guide_exists));
    }
    let site = Site {
        root: root.clone(),
        config,
        pages,
        assets,
        locales: std::sync::Arc::new(locales),
        theme,
        directory,
        screener,
    };
    (Some(site), diags)
}

fn language_folders(content: &Path) -> Vec<String> {
    let mut out: Vec<String> = std::fs::read_dir(content)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| !RESERVED.contains(&n.as_str()) && !n.starts_with('.'))
        .collect();
    out.sort();
    out
}

fn read_config(root: &Path, folders: &[String]) -> Result<Config, Vec<Diagnostic>> {
    let path = root.join(config::FILE);
    match std::fs::read(&path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Config::parse(&content::normalise(&text)),
            Err(_) => Err(vec![
                Diagnostic::error("site.toml is not UTF-8 text").in_file(config::FILE),
            ]),
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Config::from_language_folders(folders.to_vec())
        }
        Err(e) => Err(vec![
            Diagnostic::error(format!("cannot read site.toml: {e}")).in_file(config::FILE),
        ]),
    }
}

/// Guide paths in the screener use the same form as `@/` links.
fn render_key(path: &str) -> String {
    crate::render::markdown::normalise_key(path)
}

fn rel(root: &Path, p: &Path) -> String {
    p.strip_prefix(root)
        .unwrap_or(p)
        .to_string_lossy()
        .replace('\\', "/")
}

fn read_pages(
    root: &Path,
    config: &Config,
    drafts: bool,
    diags: &mut Vec<Diagnostic>,
) -> (Vec<Page>, Vec<Asset>) {
    let mut files = Vec::new();
    let mut assets = Vec::new();
    for lang in &config.languages {
        let dir = root.join("content").join(&lang.code);
        for entry in WalkDir::new(&dir).sort_by_file_name() {
            let entry = match entry {
                Ok(e) => e,
                Err(e)
                    if e.io_error()
                        .is_some_and(|io| io.kind() == std::io::ErrorKind::NotFound) =>
                {
                    break;
                }
                Err(e) => {
                    diags.push(
                        Diagnostic::error(format!("cannot read: {e}")).in_file(rel(root, &dir)),
                    );
                    continue;
                }
            };
            if !entry.file_type().is_file() || entry.file_name().to_string_lossy().starts_with('.')
            {
                continue;
            }
            let key = rel(&dir, entry.path());
            if key.ends_with(".md") {
                files.push((lang.code.clone(), key, entry.into_path()));
            } else {
                assets.push(Asset {
                    lang: lang.code.clone(),
                    key,
                    path: entry.into_path(),
                });
            }
        }
    }
    let results: Vec<Result<Option<Page>, Vec<Diagnostic>>> = files
        .par_iter()
        .map(|(lang, key, path)| read_page(root, lang, key, path, drafts))
        .collect();
    let mut pages = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Ok(Some(p)) => pages.push(p),
            Ok(None) => {}
            Err(e) => diags.extend(e),
        }
    }
    // `index.md` and `_index.md` in one folder would be the same page.
    pages.sort_by(|a, b| (&a.lang, &a.key).cmp(&(&b.lang, &b.key)));
    for w in pages.windows(2) {
        if w[0].lang == w[1].lang && w[0].key == w[1].key {
            diags.push(
                Diagnostic::error(format!(
                    "`{}` and `{}` are the same page",
                    w[0].file, w[1].file
                ))
                .in_file(&w[1].file),
            );
        }
    }
    (pages, assets)
}

/// Reads one page again, after an edit (`serve`): `content/<lang>/<key>` under the root.
/// `Ok(None)` is a draft left out. Returns the page as `load` would have read it, or the
/// file's problems.
pub fn reread_page(
    opts: &LoadOptions,
    lang: &str,
    key: &str,
) -> Result<Option<Page>, Vec<Diagnostic>> {
    let path = page_path(&opts.root, lang, key);
    read_page(&opts.root, lang, key, &path, opts.drafts)
}

/// The file of page `key` in `lang`, and its name as pages and messages give it
/// (`Page::file`).
pub fn page_path(root: &Path, lang: &str, key: &str) -> PathBuf {
    root.join("content").join(lang).join(key)
}

/// A path's name relative to the site root, as `Page::file` and `Asset` name it.
pub fn site_relative(root: &Path, path: &Path) -> String {
    rel(root, path)
}

fn read_page(
    root: &Path,
    lang: &str,
    key: &str,
    path: &Path,
    drafts: bool,
) -> Result<Option<Page>, Vec<Diagnostic>> {
    let file = rel(root, path);
    let bytes = std::fs::read(path)
        .map_err(|e| vec![Diagnostic::error(format!("cannot read: {e}")).in_file(&file)])?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let (line, col) = {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let s = std::str::from_utf8(valid).unwrap_or_default();
            crate::diag::line_col(s, s.len())
        };
        vec![
            Diagnostic::error("file is not UTF-8 text")
                .at(&file, line, col)
                .hint("save the file as UTF-8 in your editor"),
        ]
    })?;
    let text = content::normalise(&text);
    let parsed = content::parse(&file, &text)?;
    if parsed.meta.draft && !drafts {
        return Ok(None);
    }
    let (key, is_section) = match key.rsplit_once('/') {
        Some((dir, "_index.md" | "index.md")) => (format!("{dir}/_index.md"), true),
        None if key == "_index.md" || key == "index.md" => ("_index.md".to_string(), true),
        _ => (key.to_string(), false),
    };
    Ok(Some(Page {
        lang: lang.to_string(),
        key,
        file,
        is_section,
        meta: parsed.meta,
        body: parsed.body,
        body_line: parsed.body_line,
        hash: parsed.hash,
    }))
}

/// The UI strings shipped with site-gen, for the languages it knows: a site without its own
/// `locales/` still builds, and a site's own file replaces the built-in file of the same name.
macro_rules! builtin_locales {
    ($($lang:literal),*) => {
        &[$(
            ($lang, "main.ftl", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/", $lang, "/main.ftl"))),
            ($lang, "screener.ftl", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/", $lang, "/screener.ftl"))),
        )*]
    };
}
const BUILTIN_LOCALES: &[(&str, &str, &str)] =
    builtin_locales!("en", "es", "ar", "zh-Hans", "fr", "ht", "prs");

/// The built-in language closest to `code`: the same code, else the same primary language
/// (`zh` → `zh-Hans`).
fn builtin_for(code: &str) -> Option<&'static str> {
    let primary = |c: &str| c.split('-').next().unwrap_or(c).to_ascii_lowercase();
    BUILTIN_LOCALES
        .iter()
        .map(|(l, _, _)| *l)
        .find(|l| *l == code)
        .or_else(|| {
            BUILTIN_LOCALES
                .iter()
                .map(|(l, _, _)| *l)
                .find(|l| primary(l) == primary(code))
        })
}

fn read_locales(
    root: &Path,
    config: &Config,
    diags: &mut Vec<Diagnostic>,
) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for lang in &config.languages {
        let dir = root.join("locales").join(&lang.code);
        let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        paths.sort();
        let own: Vec<String> = paths
            .iter()
            .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().to_string()))
            .collect();
        // The default language always has the built-in strings to fall back on.
        let builtin = builtin_for(&lang.code)
            .or_else(|| (lang.code == config.default_language().code).then_some("en"));
        if let Some(b) = builtin {
            for (l, name, text) in BUILTIN_LOCALES {
                if *l == b && !own.iter().any(|o| o == name) {
                    out.push((
                        lang.code.clone(),
                        format!("(built-in) locales/{l}/{name}"),
                        text.to_string(),
                    ));
                }
            }
        }
        for p in paths {
            let file = rel(root, &p);
            match std::fs::read(&p).map(String::from_utf8) {
                Ok(Ok(text)) => out.push((lang.code.clone(), file, content::normalise(&text))),
                Ok(Err(_)) => {
                    diags.push(Diagnostic::error("file is not UTF-8 text").in_file(&file))
                }
                Err(e) => diags.push(Diagnostic::error(format!("cannot read: {e}")).in_file(&file)),
            }
        }
    }
    out
}
