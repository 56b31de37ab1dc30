//! `site-gen import`: an existing site of another generator (Hugo, VitePress, Docusaurus,
//! MkDocs, Jekyll) rewritten in this project's layout.
//!
//! One reader per generator (`hugo`, `vitepress`, `docusaurus`, `mkdocs`,
//! `jekyll`) finds the languages, the pages and where their translations are; the rest is
//! shared: front matter normalised (`front`), bodies converted (`crate::foreign`), links
//! to pages made `@/` links and files they use copied next to them (`links`), and the
//! target written (`target`: a new folder, or one an earlier import made, whose edited
//! files are kept).
//!
//! The source is only read, never written; nothing outside the source is read and nothing
//! outside the target is written (`tree`); file names become safe path segments. Every
//! problem is a warning naming the source file (relative to the source folder) and line:
//! the import builds what can be built and lists the rest.

mod docusaurus;
mod front;
mod hugo;
mod jekyll;
mod links;
mod mkdocs;
mod read;
mod target;
mod tree;
mod vitepress;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::PathBuf;

use serde_json::{Map, Value};

use crate::diag::Diagnostic;
use crate::foreign::{self, Context, Pages, Syntax};
use target::Content;
pub use target::MARKER;
use tree::{Tree, safe_segment};

/// The generators a site can be imported from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Generator {
    /// Hugo: `hugo.toml` or `config.toml` (or YAML, JSON, `config/_default/`), shortcodes.
    Hugo,
    /// VitePress: `.vitepress/config.*` and locale folders next to the root locale.
    Vitepress,
    /// Docusaurus: `docs/`, translations under `i18n/<lang>/`, MDX everywhere.
    Docusaurus,
    /// MkDocs: `mkdocs.yml`, with or without the mkdocs-static-i18n plugin.
    Mkdocs,
    /// Jekyll: `_config.yml`, pages, posts and collections, Liquid.
    Jekyll,
}

impl Generator {
    pub(crate) const ALL: [Generator; 5] = [
        Generator::Hugo,
        Generator::Vitepress,
        Generator::Docusaurus,
        Generator::Mkdocs,
        Generator::Jekyll,
    ];

    /// The name used on the command line (`hugo`, `vitepress`, …).
    pub(crate) fn name(self) -> &'static str {
        match self {
            Generator::Hugo => "hugo",
            Generator::Vitepress => "vitepress",
            Generator::Docusaurus => "docusaurus",
            Generator::Mkdocs => "mkdocs",
            Generator::Jekyll => "jekyll",
        }
    }
}

impl fmt::Display for Report {
    /// One line for the end of an import: what was written and how much was left out.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "imported {} pages in {} ({}, default {}) and {} files from {}",
            self.pages,
            if self.languages.len() == 1 {
                "1 language".to_string()
            } else {
                format!("{} languages", self.languages.len())
            },
            self.languages.join(", "),
            self.default_language,
            self.assets,
            self.generator
        )?;
        if !self.kept.is_empty() {
            write!(f, "; {} edited files kept", self.kept.len())?;
        }
        match self.diagnostics.len() {
            0 => Ok(()),
            1 => write!(f, "; 1 thing not converted (listed above)"),
            n => write!(f, "; {n} things not converted (listed above)"),
        }
    }
}

impl std::str::FromStr for Generator {
    type Err = String;

    fn from_str(s: &str) -> Result<Generator, String> {
        Generator::ALL
            .into_iter()
            .find(|g| g.name().eq_ignore_ascii_case(s))
            .ok_or_else(|| {
                format!("unknown generator `{s}`: hugo, vitepress, docusaurus, mkdocs or jekyll")
            })
    }
}

impl fmt::Display for Generator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// `site-gen import <generator> SOURCE --to TARGET`.
#[derive(Debug, Clone)]
pub struct Options {
    /// Which generator's layout and syntax the source is written in.
    pub generator: Generator,
    /// The other generator's site folder. Only read.
    pub source: PathBuf,
    /// Where this project's site is written: a new or empty folder, or one an earlier import
    /// wrote.
    pub target: PathBuf,
}

/// What an import did. The diagnostics are data for the CLI to print: every construct that
/// was not converted, every file left out, each with its file (relative to the source; a
/// kept target file is named by its path in the target) and line.
#[derive(Debug)]
pub struct Report {
    pub(crate) generator: Generator,
    pub(crate) default_language: String,
    /// The language codes found in the source, the default language first.
    pub languages: Vec<String>,
    /// Pages written (generated section pages included).
    pub(crate) pages: usize,
    /// Asset files copied (one per language folder that needs it).
    pub(crate) assets: usize,
    /// Target-relative paths of the files written.
    pub written: Vec<String>,
    /// Files an earlier import wrote that were edited since, left as they were.
    pub kept: Vec<String>,
    /// Warnings only: everything not converted or left out (an import with errors returns
    /// `Err`).
    pub diagnostics: Vec<Diagnostic>,
}

/// Imports a site. `Err` when nothing could be written (no source, no pages, a target that
/// is not this import's to write); otherwise every problem is a warning in the report.
pub fn run(opts: &Options) -> Result<Report, Vec<Diagnostic>> {
    let source = &opts.source;
    if !source.is_dir() {
        return Err(vec![Diagnostic::error(format!(
            "{} is not a folder",
            source.display()
        ))]);
    }
    let skip = opts
        .target
        .canonicalize()
        .ok()
        .filter(|t| source.canonicalize().is_ok_and(|s| t.starts_with(s)));
    let tree = Tree::new(source, skip.as_deref());
    let mut diags = Vec::new();
    let found = match opts.generator {
        Generator::Hugo => hugo::read(&tree, &mut diags),
        Generator::Vitepress => vitepress::read(&tree, &mut diags),
        Generator::Docusaurus => docusaurus::read(&tree, &mut diags),
        Generator::Mkdocs => mkdocs::read(&tree, &mut diags),
        Generator::Jekyll => jekyll::read(&tree, &mut diags),
    };
    let mut found = found.map_err(|mut e| {
        e.extend(diags.clone());
        e
    })?;
    languages(&mut found, &mut diags);
    if found.pages.is_empty() {
        diags.push(
            Diagnostic::error(format!(
                "no pages found in {} for {}",
                source.display(),
                opts.generator
            ))
            .hint("pass the folder that holds the site's configuration file"),
        );
        return Err(diags);
    }
    let (files, pages, assets) = build(&tree, opts.generator, &found, &mut diags);
    let w = target::write(
        &opts.target,
        source,
        opts.generator.name(),
        files,
        &mut diags,
    )?;
    Ok(Report {
        generator: opts.generator,
        default_language: found.languages[0].code.clone(),
        languages: found.languages.iter().map(|l| l.code.clone()).collect(),
        pages,
        assets,
        written: w.written,
        kept: w.kept,
        diagnostics: diags,
    })
}

/// What a generator's reader finds.
#[derive(Debug, Default)]
pub(crate) struct Found {
    /// The default language first.
    pub(crate) languages: Vec<Lang>,
    /// The site's name, per language code (`*`: every language).
    pub(crate) names: BTreeMap<String, String>,
    /// The site's configuration, for `{{ site.x }}` and Hugo's `param`.
    pub(crate) site: Map<String, Value>,
    pub(crate) pages: Vec<SourcePage>,
    /// Folders (source-relative) that absolute file links are served from.
    pub(crate) roots: Vec<String>,
    /// URL prefixes the old site put before page paths (`docs/`, a base path), stripped from
    /// absolute links; each language's own prefix is added from [`Lang::prefix`].
    pub(crate) prefixes: Vec<String>,
    pub(crate) syntax: Syntax,
    /// Hugo: `x/index.md` is the page `x` (a leaf bundle), not a section.
    pub(crate) index_is_page: bool,
    /// Jekyll: a page's `lang:` front matter decides its language.
    pub(crate) lang_from_front_matter: bool,
    pub(crate) base_url: Option<String>,
}

#[derive(Debug, Clone)]
pub(crate) struct Lang {
    pub(crate) code: String,
    pub(crate) name: Option<String>,
    /// The URL prefix of the language's pages on the old site (`es/`).
    pub(crate) prefix: Option<String>,
}

/// A page of the source.
#[derive(Debug, Clone, Default)]
pub(crate) struct SourcePage {
    /// Source-relative path of the file.
    pub(crate) file: String,
    pub(crate) lang: String,
    /// The path under the language's content folder, as the generator knows it.
    pub(crate) rel: String,
    /// Front matter values the page's own front matter may override (a title from the
    /// navigation, a date from the file name).
    pub(crate) defaults: Map<String, Value>,
    /// A section page made from a category file: no body.
    pub(crate) generated: bool,
}

/// Checks the language codes, names them, and drops those that are not language tags.
fn languages(found: &mut Found, diags: &mut Vec<Diagnostic>) {
    let mut seen = BTreeSet::new();
    found.languages.retain_mut(|l| {
        match crate::config::Config::from_language_folders(vec![l.code.clone()]) {
            Ok(c) => {
                let lang = &c.languages[0];
                if l.name.as_deref().is_none_or(|n| n.trim().is_empty()) {
                    l.name = Some(lang.name.clone());
                }
                seen.insert(l.code.clone())
            }
            Err(_) => {
                diags.push(
                    Diagnostic::warning(format!(
                        "`{}` is not a language code this project understands: its pages were left out",
                        l.code
                    ))
                    .hint("language codes are BCP 47 tags: en, es, ar, zh-Hans, pt-BR"),
                );
                false
            }
        }
    });
    if found.languages.is_empty() {
        found.languages.push(Lang {
            code: "en".into(),
            name: Some("English".into()),
            prefix: None,
        });
    }
    let codes: BTreeSet<String> = found.languages.iter().map(|l| l.code.clone()).collect();
    found.pages.retain(|p| codes.contains(&p.lang));
}

/// A page read and placed.
struct Loaded<'f> {
    page: &'f SourcePage,
    lang: String,
    split: front::Split,
    key: String,
}

/// Builds every file of the target in memory (copies as references to source files).
fn build(
    tree: &Tree,
    generator: Generator,
    found: &Found,
    diags: &mut Vec<Diagnostic>,
) -> (BTreeMap<String, Content>, usize, usize) {
    let default = found.languages[0].code.clone();
    let mut loaded = load(tree, found, diags);
    link_translations(&mut loaded, &default);
    dedupe(&mut loaded, diags);
    let mut pages_by_lang: BTreeMap<String, Pages> = BTreeMap::new();
    for lang in &found.languages {
        let mut p = Pages::default();
        // Links name pages by their path under the content folder, or (Jekyll's
        // `post_url`, `link`) by their file in the source.
        for l in loaded.iter().filter(|l| l.lang == default) {
            p.insert(&l.page.file, &l.key);
            p.insert(&l.page.rel, &l.key);
        }
        for l in loaded
            .iter()
            .filter(|l| l.lang == lang.code && l.lang != default)
        {
            p.insert(&l.page.file, &l.key);
            p.insert(&l.page.rel, &l.key);
        }
        pages_by_lang.insert(lang.code.clone(), p);
    }
    let mut prefixes = found.prefixes.clone();
    prefixes.extend(found.languages.iter().filter_map(|l| l.prefix.clone()));
    let existing: BTreeSet<(String, String)> = loaded
        .iter()
        .map(|l| (l.lang.clone(), l.key.clone()))
        .collect();
    let slugs: BTreeMap<(String, String), String> = loaded
        .iter()
        .filter_map(|l| {
            let slug = l.split.fm.get("slug")?.as_str()?.trim_matches('/');
            Some((
                (l.lang.clone(), l.key.clone()),
                safe_segment(slug.rsplit('/').next()?),
            ))
        })
        .collect();
    let mut files: BTreeMap<String, Content> = BTreeMap::new();
    let mut assets = Assets::default();
    for l in &loaded {
        let slug_of = |key: &str| slugs.get(&(l.lang.clone(), key.to_string())).cloned();
        let text = page(
            tree,
            found,
            l,
            &pages_by_lang[&l.lang],
            &prefixes,
            &slug_of,
            &mut assets,
            diags,
        );
        files.insert(format!("content/{}/{}", l.lang, l.key), Content::Text(text));
    }
    let mut pages = loaded.len();
    for (key, title) in missing_sections(&loaded, &default, found) {
        files.insert(
            format!("content/{default}/{key}"),
            Content::Text(
                front::Meta {
                    title: Some(title),
                    ..Default::default()
                }
                .render(),
            ),
        );
        pages += 1;
    }
    // A page shown to readers of a language without its translation resolves its images
    // from that language's folder: the files go there too.
    let mut copies = 0;
    for a in &assets.list {
        let mut langs = vec![a.lang.clone()];
        if a.lang == default {
            langs.extend(
                found
                    .languages
                    .iter()
                    .filter(|l| !existing.contains(&(l.code.clone(), a.key.clone())))
                    .map(|l| l.code.clone()),
            );
        }
        for lang in langs {
            let rel = format!("content/{lang}/{}", a.path);
            if let std::collections::btree_map::Entry::Vacant(e) = files.entry(rel) {
                e.insert(Content::Copy(a.source.clone()));
                copies += 1;
            }
        }
    }
    files.insert(
        "site.toml".into(),
        Content::Text(site_toml(generator, found)),
    );
    (files, pages, copies)
}

/// Reads and splits every page and gives it its key.
fn load<'f>(tree: &Tree, found: &'f Found, diags: &mut Vec<Diagnostic>) -> Vec<Loaded<'f>> {
    let codes: Vec<&str> = found.languages.iter().map(|l| l.code.as_str()).collect();
    let mut out = Vec::new();
    for page in &found.pages {
        let split = if page.generated {
            front::split(&page.file, "", diags)
        } else {
            match tree.read(&page.file) {
                Ok(text) => front::split(&page.file, &text, diags),
                Err(d) => {
                    diags.push(d);
                    continue;
                }
            }
        };
        let mut lang = page.lang.clone();
        if found.lang_from_front_matter
            && let Some(l) = split.fm.get("lang").and_then(Value::as_str)
        {
            // `en-US` in a page of a site whose language is `en` is that language.
            let primary = |c: &str| c.split(['-', '_']).next().unwrap_or(c).to_ascii_lowercase();
            let found_code = codes
                .iter()
                .find(|c| c.eq_ignore_ascii_case(l))
                .or_else(|| codes.iter().find(|c| primary(c) == primary(l)));
            match found_code {
                Some(c) => lang = c.to_string(),
                None => diags.push(
                    Diagnostic::warning(format!("`lang: {l}` is not one of the site's languages: the page is imported in `{lang}`"))
                        .at(&page.file, front::key_line(&split.fm_text, split.fm_line, "lang"), 1),
                ),
            }
        }
        let key = key_of(&page.rel, found.index_is_page);
        out.push(Loaded {
            page,
            lang,
            split,
            key,
        });
    }
    out
}

/// The key of a page from its path under the language's content folder.
fn key_of(rel: &str, index_is_page: bool) -> String {
    let segs: Vec<&str> = rel.split('/').filter(|s| !s.is_empty()).collect();
    let Some((file, dirs)) = segs.split_last() else {
        return "_index.md".into();
    };
    let stem = match file.rsplit_once('.') {
        Some((s, ext))
            if ["md", "markdown", "mdx", "html", "htm"]
                .contains(&ext.to_ascii_lowercase().as_str()) =>
        {
            s
        }
        _ => file,
    };
    let dirs: Vec<String> = dirs.iter().map(|d| safe_segment(d)).collect();
    let section = |dirs: &[String]| {
        if dirs.is_empty() {
            "_index.md".to_string()
        } else {
            format!("{}/_index.md", dirs.join("/"))
        }
    };
    match stem {
        "_index" => section(&dirs),
        "index" if index_is_page && !dirs.is_empty() => format!("{}.md", dirs.join("/")),
        "index" | "README" | "readme" => section(&dirs),
        _ => {
            let name = safe_segment(stem);
            let name = name.trim_start_matches('_');
            let name = if name.is_empty() { "page" } else { name };
            match dirs.is_empty() {
                true => format!("{name}.md"),
                false => format!("{}/{name}.md", dirs.join("/")),
            }
        }
    }
}

/// Keys in front matter that name the same page in every language.
const TRANSLATION_KEYS: &[&str] = &[
    "translationkey",
    "translation_key",
    "lang_ref",
    "lang-ref",
    "page_id",
    "ref",
    "permalink",
];

/// Pages that name themselves translations of each other (Hugo `translationKey`, Jekyll
/// `ref` or the same `permalink`) share the key of the default-language page.
fn link_translations(loaded: &mut [Loaded], default: &str) {
    let group_of = |l: &Loaded| {
        l.split.fm.iter().find_map(|(k, v)| {
            let k = k.to_ascii_lowercase();
            TRANSLATION_KEYS
                .iter()
                .position(|t| *t == k)
                .and_then(|i| Some((i, v.as_str()?.to_string())))
        })
    };
    let mut keys: BTreeMap<(usize, String), String> = BTreeMap::new();
    for l in loaded.iter() {
        if let Some(g) = group_of(l) {
            let e = keys.entry(g).or_insert_with(|| l.key.clone());
            if l.lang == default {
                *e = l.key.clone();
            }
        }
    }
    for l in loaded.iter_mut() {
        if let Some(k) = group_of(l).and_then(|g| keys.get(&g)) {
            l.key = k.clone();
        }
    }
}

/// Two pages of one language that end up with one key: the later one is renamed.
fn dedupe(loaded: &mut [Loaded], diags: &mut Vec<Diagnostic>) {
    let mut taken: BTreeMap<(String, String), String> = BTreeMap::new();
    for l in loaded.iter_mut() {
        let mut key = l.key.clone();
        let mut n = 2;
        while taken.contains_key(&(l.lang.clone(), key.clone())) {
            key = match l.key.strip_suffix("/_index.md") {
                Some(d) => format!("{d}-{n}/_index.md"),
                None => format!("{}-{n}.md", l.key.trim_end_matches(".md")),
            };
            n += 1;
        }
        if key != l.key {
            diags.push(
                Diagnostic::warning(format!(
                    "`{}` would be the same page as `{}`: imported as content/{}/{key}",
                    l.page.file,
                    taken[&(l.lang.clone(), l.key.clone())],
                    l.lang
                ))
                .in_file(&l.page.file),
            );
            l.key = key.clone();
        }
        taken.insert((l.lang.clone(), key), l.page.file.clone());
    }
}

/// Asset files copied next to the pages that use them.
#[derive(Default)]
struct Assets {
    list: Vec<Asset>,
    /// Target path under `content/<lang>/` → its source file.
    taken: BTreeMap<(String, String), PathBuf>,
}

struct Asset {
    lang: String,
    /// The key of the page that uses it.
    key: String,
    /// Path under `content/<lang>/`.
    path: String,
    source: PathBuf,
}

impl Assets {
    /// Places `source` in the folder of the page's URL; returns the link to it from the page.
    fn place(
        &mut self,
        lang: &str,
        key: &str,
        url_dir: &str,
        source_rel: &str,
        source: PathBuf,
    ) -> String {
        let name = source_rel.rsplit('/').next().unwrap_or(source_rel);
        let (stem, ext) = match name.rsplit_once('.') {
            Some((s, e)) => (safe_segment(s), format!(".{}", safe_segment(e))),
            None => (safe_segment(name), String::new()),
        };
        let mut n = 1;
        loop {
            let file = if n == 1 {
                format!("{stem}{ext}")
            } else {
                format!("{stem}-{n}{ext}")
            };
            let path = if url_dir.is_empty() {
                file.clone()
            } else {
                format!("{url_dir}/{file}")
            };
            let slot = (lang.to_string(), path.clone());
            match self.taken.get(&slot) {
                Some(s) if *s == source => return file,
                Some(_) => n += 1,
                None => {
                    self.taken.insert(slot, source.clone());
                    self.list.push(Asset {
                        lang: lang.to_string(),
                        key: key.to_string(),
                        path,
                        source,
                    });
                    return file;
                }
            }
        }
    }
}

/// The folder of a page's URL under its language: `a/b.md` → `a/b` (or `a/<slug>`),
/// `a/_index.md` → `a`, the home → ``.
fn url_dir(key: &str, slug: Option<&str>) -> String {
    if key == "_index.md" {
        return String::new();
    }
    if let Some(d) = key.strip_suffix("/_index.md") {
        return d.to_string();
    }
    let (dir, file) = key.rsplit_once('/').unwrap_or(("", key));
    let name = slug.unwrap_or_else(|| file.trim_end_matches(".md"));
    if dir.is_empty() {
        name.to_string()
    } else {
        format!("{dir}/{name}")
    }
}

/// Converts one page: front matter, body, links and files.
#[allow(clippy::too_many_arguments)]
fn page(
    tree: &Tree,
    found: &Found,
    l: &Loaded,
    pages: &Pages,
    prefixes: &[String],
    slug_of: &dyn Fn(&str) -> Option<String>,
    assets: &mut Assets,
    diags: &mut Vec<Diagnostic>,
) -> String {
    let file = l.page.file.as_str();
    let split = &l.split;
    // A title from the navigation or a category file yields to the page's own heading.
    let mut defaults = l.page.defaults.clone();
    let default_title = defaults
        .remove("title")
        .and_then(|t| t.as_str().map(str::to_string));
    let mut fm = defaults;
    for (k, v) in &split.fm {
        fm.insert(k.clone(), v.clone());
    }
    let line_of = |k: &str| front::key_line(&split.fm_text, split.fm_line, k);
    let mut meta = front::normalise(&fm, file, &line_of, diags);
    let html = file.ends_with(".html") || file.ends_with(".htm");
    let syntax = Syntax {
        mdx: found.syntax.mdx || file.ends_with(".mdx"),
        ..found.syntax
    };
    let cx = Context {
        page: &l.page.rel,
        front_matter: &fm,
        site: &found.site,
        pages,
        syntax,
    };
    let (mut body, d) = if html {
        let (b, d) = foreign::convert_html(file, &split.body, split.body_line, &cx);
        (html_as_markdown(&b), d)
    } else {
        foreign::convert(file, &split.body, split.body_line, &cx)
    };
    diags.extend(d);
    home_layout(&fm, &mut meta, &mut body);
    if meta.title.is_none() {
        if let Some((title, rest)) = take_h1(&body) {
            meta.title = Some(title);
            body = rest;
        } else {
            meta.title =
                Some(default_title.unwrap_or_else(|| title_from_path(&l.key, found, &l.lang)));
        }
    }
    let dir = file.rsplit_once('/').map_or("", |(d, _)| d);
    let is_file = |p: &str| tree.is_file(p);
    let env = links::Env {
        dir,
        rel: &l.page.rel,
        pages,
        prefixes,
        roots: &found.roots,
        is_file: &is_file,
    };
    let udir = url_dir(&l.key, meta.slug.as_deref());
    let mut place = |src: &str| match tree.checked(src) {
        Ok(path) => assets.place(&l.lang, &l.key, &udir, src, path),
        Err(d) => {
            diags.push(d);
            src.to_string()
        }
    };
    let (body, missing) = links::rewrite(&body, &env, &mut place);
    // Raw HTML (an HTML page, or HTML in Markdown) may hold `href="@/…"` from a `ref`,
    // which only Markdown links resolve.
    let body = html_page_links(&body, &udir, slug_of);
    let original = &split.body;
    for (dest, outside) in missing {
        let (line, col) = original
            .find(&dest)
            .map(|o| crate::diag::line_col(original, o))
            .map_or((0, 0), |(ln, c)| (split.body_line + ln - 1, c));
        // An unresolved `ref` or `link` was reported where it was written.
        if diags.iter().any(|d| {
            d.file.as_deref() == Some(std::path::Path::new(file))
                && d.line == line
                && d.message.contains(&format!("`{dest}`"))
        }) {
            continue;
        }
        let message = if outside {
            format!(
                "link `{dest}` points outside the source folder: left as it is, and nothing was read"
            )
        } else {
            format!("link `{dest}` leads to nothing in the source: left as it is")
        };
        diags.push(
            Diagnostic::warning(message)
                .at(file, line, col)
                .hint("link to pages with @/<section>/<page>.md"),
        );
    }
    format!("{}\n{}", meta.render(), body.trim_start_matches('\n'))
}

/// `href="@/key#x"` in raw HTML (an HTML page's body, or HTML in a Markdown page, where a
/// `ref` may have written it; the Markdown renderer resolves only Markdown links) as a path
/// relative to the page: up to the language's root, then down to the target. It works in
/// every language and under any base URL, because every language has the same folders.
fn html_page_links(html: &str, from_dir: &str, slug_of: &dyn Fn(&str) -> Option<String>) -> String {
    let up = "../".repeat(from_dir.split('/').filter(|s| !s.is_empty()).count());
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find("\"@/") {
        out.push_str(&rest[..i + 1]);
        let after = &rest[i + 3..];
        let end = after.find('"').unwrap_or(after.len());
        let (key, frag) = match after[..end].split_once('#') {
            Some((k, f)) => (k, format!("#{f}")),
            None => (&after[..end], String::new()),
        };
        let key = crate::model::PageKey::from_link(key)
            .map_or_else(|| key.to_string(), |k| k.as_str().to_string());
        let dir = url_dir(&key, slug_of(&key).as_deref());
        let path = if dir.is_empty() {
            up.clone()
        } else {
            format!("{up}{dir}/")
        };
        let path = if path.is_empty() {
            "./".to_string()
        } else {
            path
        };
        out.push_str(&format!("{path}{frag}"));
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// An HTML body as a Markdown body that CommonMark keeps as one HTML block: wrapped in a
/// `<div>`, blank lines removed (a blank line would end the block) and indentation dropped
/// (it would become code after a paragraph).
fn html_as_markdown(html: &str) -> String {
    let mut out = String::from("<div>\n");
    let mut in_pre = false;
    for line in html.lines() {
        let lower = line.to_ascii_lowercase();
        if !in_pre && line.trim().is_empty() {
            continue;
        }
        out.push_str(if in_pre { line } else { line.trim_start() });
        out.push('\n');
        if lower.contains("<pre") {
            in_pre = true;
        }
        if lower.contains("</pre") {
            in_pre = false;
        }
    }
    out.push_str("</div>\n");
    out
}

/// VitePress' home layout: the hero gives the title and summary, the features a list.
fn home_layout(fm: &Map<String, Value>, meta: &mut front::Meta, body: &mut String) {
    if let Some(hero) = fm.get("hero").and_then(Value::as_object) {
        if meta.title.is_none() {
            meta.title = ["name", "text"]
                .iter()
                .find_map(|k| hero.get(*k)?.as_str().map(str::to_string));
        }
        if meta.summary.is_none() {
            meta.summary = hero
                .get("tagline")
                .and_then(Value::as_str)
                .map(str::to_string);
        }
    }
    if let Some(features) = fm.get("features").and_then(Value::as_array) {
        let mut list = String::new();
        for f in features {
            let title = f.get("title").and_then(Value::as_str).unwrap_or("");
            let details = f.get("details").and_then(Value::as_str).unwrap_or("");
            if !title.is_empty() || !details.is_empty() {
                list.push_str(&format!("- **{title}** {details}\n"));
            }
        }
        if !list.is_empty() {
            body.push_str(&format!("\n\n{list}"));
        }
    }
}

/// The first `# heading` outside code, and the body without it.
fn take_h1(body: &str) -> Option<(String, String)> {
    let mut offset = 0;
    let mut fence = None;
    for line in body.split_inclusive('\n') {
        let t = line.trim();
        if let Some(f) = fence {
            if t.starts_with(f) {
                fence = None;
            }
        } else if t.starts_with("```") || t.starts_with("~~~") {
            fence = Some(&t[..3]);
        } else if let Some(title) = t.strip_prefix("# ") {
            let title = title.trim().trim_end_matches('#').trim();
            let title = match title.rfind(" {#") {
                Some(i) if title.ends_with('}') => &title[..i],
                _ => title,
            };
            if !title.is_empty() {
                let rest = format!("{}{}", &body[..offset], &body[offset + line.len()..]);
                return Some((title.to_string(), rest));
            }
        } else if !t.is_empty() && !t.starts_with("<!--") {
            // Only a heading before the text is the page's title.
            return None;
        }
        offset += line.len();
    }
    None
}

/// A title from the file or folder name (`one-year-deadline` → `One year deadline`), or the
/// site's name for the home.
fn title_from_path(key: &str, found: &Found, lang: &str) -> String {
    let stem = if key == "_index.md" {
        return found
            .names
            .get(lang)
            .or_else(|| found.names.get("*"))
            .cloned()
            .unwrap_or_else(|| "Home".into());
    } else if let Some(d) = key.strip_suffix("/_index.md") {
        d.rsplit('/').next().unwrap_or(d)
    } else {
        key.rsplit('/')
            .next()
            .unwrap_or(key)
            .trim_end_matches(".md")
    };
    humanise(stem)
}

fn humanise(name: &str) -> String {
    let words = name.replace(['-', '_'], " ");
    let mut c = words.trim().chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => "Page".into(),
    }
}

/// Section pages for folders of default-language pages that have none, and the home.
fn missing_sections(loaded: &[Loaded], default: &str, found: &Found) -> Vec<(String, String)> {
    let keys: BTreeSet<&str> = loaded
        .iter()
        .filter(|l| l.lang == default)
        .map(|l| l.key.as_str())
        .collect();
    let mut out = BTreeMap::new();
    for k in &keys {
        let mut dir = k.strip_suffix("/_index.md").unwrap_or(k);
        while let Some((d, _)) = dir.rsplit_once('/') {
            let section = format!("{d}/_index.md");
            if !keys.contains(section.as_str()) {
                out.insert(section, humanise(d.rsplit('/').next().unwrap_or(d)));
            }
            dir = d;
        }
    }
    if !keys.contains("_index.md") {
        out.insert(
            "_index.md".into(),
            title_from_path("_index.md", found, default),
        );
    }
    out.into_iter().collect()
}

use crate::init::PLACEHOLDER;

fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

fn site_toml(generator: Generator, found: &Found) -> String {
    let mut t = format!(
        "# Imported from a {generator} site by `site-gen import`. Check every value, and replace\n# each \"{PLACEHOLDER} …\" value: `site-gen check` fails while one is left.\n\n"
    );
    let base = found
        .base_url
        .as_deref()
        .filter(|b| b.starts_with("https://") || b.starts_with("http://") || b.starts_with('/'))
        .unwrap_or("/");
    t.push_str(&format!("base_url = {}\n", toml_string(base)));
    t.push_str(&format!(
        "default_language = {}\n",
        toml_string(&found.languages[0].code)
    ));
    match (found.names.get("*"), found.names.len()) {
        (Some(n), 1) => t.push_str(&format!("name = {}\n", toml_string(n))),
        (_, 0) => {}
        _ => {
            t.push_str("\n[name]\n");
            for l in &found.languages {
                if let Some(n) = found.names.get(&l.code).or_else(|| found.names.get("*")) {
                    t.push_str(&format!("{} = {}\n", toml_key(&l.code), toml_string(n)));
                }
            }
        }
    }
    t.push_str(&crate::init::contact_toml());
    for l in &found.languages {
        t.push_str(&format!(
            "\n[[languages]]\ncode = {}\nname = {}\n",
            toml_string(&l.code),
            toml_string(l.name.as_deref().unwrap_or(&l.code))
        ));
    }
    t
}

fn toml_key(k: &str) -> String {
    if k.chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        k.to_string()
    } else {
        toml_string(k)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_from_paths() {
        assert_eq!(key_of("_index.md", true), "_index.md");
        assert_eq!(key_of("posts/_index.md", true), "posts/_index.md");
        assert_eq!(key_of("posts/trip/index.md", true), "posts/trip.md");
        assert_eq!(key_of("posts/trip/index.md", false), "posts/trip/_index.md");
        assert_eq!(key_of("guide/README.md", false), "guide/_index.md");
        assert_eq!(
            key_of("Guía Básica/..paso uno.mdx", false),
            "Guía-Básica/paso-uno.md"
        );
        assert_eq!(key_of("a/_partial.md", false), "a/partial.md");
    }

    #[test]
    fn first_heading_is_the_title_only_before_text() {
        assert_eq!(
            take_h1("\n# Hello {#h}\n\nText"),
            Some(("Hello".into(), "\n\nText".into()))
        );
        assert_eq!(take_h1("Intro\n# Later"), None);
    }
}
