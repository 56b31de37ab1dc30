//! Render: the loaded site in, the files of the output out. Pure: no file system.
//!
//! Architecture invariant: rendering never reads or writes files; `write` puts the returned
//! files on disk. Pages render in parallel against one template environment.

pub(crate) mod bidi;
pub(crate) mod dates;
pub(crate) mod directory;
pub(crate) mod glossary;
pub mod markdown;
pub(crate) mod moved;
pub(crate) mod offline;
pub(crate) mod phone;
pub(crate) mod plan;
pub(crate) mod print;
pub mod relative;
pub(crate) mod sanitise;
pub(crate) mod screener;
pub(crate) mod search;
pub(crate) mod templates;

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use minijinja::value::Serde;
use rayon::prelude::*;
use serde::Serialize;

use crate::config::{Config, Language};
use crate::diag::Diagnostic;
use crate::model::{PageKey, Site, Source, TranslationState};
pub use plan::{Entry, Layout, Plan};
pub(crate) use plan::{absolute, output_path, permalink};

/// The Content-Security-Policy of pages that run no WebAssembly (guides, sections, the
/// directory): scripts only from the site itself, no inline code, no other origins.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'";

/// The policy of the pages that run an engine compiled to WebAssembly (the screener and
/// search): [`CSP`] plus `'wasm-unsafe-eval'`, which lets the site's own scripts compile the
/// site's own wasm. `_headers` sends this one for every path (hosts merge the headers of
/// every rule that matches a path, so a page-specific policy cannot be looser than a
/// site-wide one); each page's meta tag narrows it to [`CSP`] where no wasm runs.
pub(crate) const CSP_WASM: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'";

/// A finished output: paths relative to the output folder, and their bytes.
#[derive(Default)]
pub struct Output {
    /// Path relative to the output folder (`es/index.html`) → the file's bytes.
    pub files: BTreeMap<String, Vec<u8>>,
}

/// Where rendered files go, as soon as each is ready: into memory (`check`, `serve`) or
/// straight into the build's temporary folder (`build`), so a large site is never held in
/// memory whole.
pub(crate) trait Sink: Sync {
    fn put(&self, path: String, bytes: Vec<u8>);
}

impl Sink for std::sync::Mutex<Output> {
    fn put(&self, path: String, bytes: Vec<u8>) {
        self.lock()
            .unwrap_or_else(|e| e.into_inner())
            .files
            .insert(path, bytes);
    }
}

/// Renders the whole site into memory.
pub(crate) fn render_to_memory(site: &Site) -> (Output, Vec<Diagnostic>) {
    let sink = std::sync::Mutex::new(Output::default());
    let diags = render(site, &sink);
    (sink.into_inner().unwrap_or_else(|e| e.into_inner()), diags)
}

#[derive(Serialize)]
struct LangCx {
    code: String,
    name: String,
    dir: &'static str,
    url: String,
}

fn lang_cx(config: &Config, l: &Language) -> LangCx {
    LangCx {
        code: l.code.clone(),
        name: l.name.clone(),
        dir: l.dir.as_str(),
        url: permalink(config, &l.code, &PageKey::home(), None),
    }
}

/// What every page knows of the site. Owned, so that a [`Renderer`] outlives the `Site` it was
/// made from (`serve` keeps one between builds while pages change).
#[derive(Serialize)]
struct SiteCx {
    base_path: String,
    languages: Vec<LangCx>,
    default_language: String,
    contact: crate::config::Contact,
    hotline: Option<String>,
    quick_exit_url: String,
    extra: BTreeMap<String, serde_json::Value>,
    css: String,
}

impl SiteCx {
    fn new(config: &Config) -> SiteCx {
        SiteCx {
            base_path: config.base_path().to_string(),
            languages: config
                .languages
                .iter()
                .map(|l| lang_cx(config, l))
                .collect(),
            default_language: config.default_language().code.clone(),
            contact: config.public_contact(),
            hotline: config.public_hotline().map(str::to_string),
            quick_exit_url: config.quick_exit_url.clone(),
            extra: config.extra.clone(),
            css: format!("{}style.css", config.base_path()),
        }
    }
}

#[derive(Serialize)]
struct LinkCx<'a> {
    title: &'a str,
    summary: Option<&'a str>,
    url: &'a str,
    current: bool,
    /// Set when the linked page is not translated into the reader's language.
    fallback: bool,
    /// The language (code, direction) of the title and summary, when they are not in the
    /// reader's: they are marked with it.
    lang: Option<(&'a str, &'static str)>,
}

#[derive(Serialize)]
struct SwitchCx<'a> {
    code: &'a str,
    name: &'a str,
    dir: &'a str,
    url: String,
    current: bool,
    translated: bool,
}

#[derive(Serialize)]
struct Alternate {
    hreflang: String,
    url: String,
}

#[derive(Serialize)]
struct FallbackCx {
    lang: LangCx,
    url: String,
    /// The body's language and the reader's, named in the reader's language.
    name: String,
    reader: String,
    /// The part of the directory that lists help in the reader's language.
    help: Option<String>,
}

#[derive(Serialize)]
struct PageCx<'a> {
    kind: &'static str,
    key: &'a PageKey,
    title: &'a str,
    summary: Option<&'a str>,
    content: String,
    toc: Vec<markdown::TocEntry>,
    /// `YYYY-MM-DD`.
    reviewed: Option<String>,
    /// The review date in the reader's language, Gregorian month names.
    reviewed_text: Option<String>,
    sources: &'a [Source],
    extra: &'a BTreeMap<String, serde_json::Value>,
    url: &'a str,
    pages: Vec<LinkCx<'a>>,
    subsections: Vec<LinkCx<'a>>,
    fallback: Option<FallbackCx>,
    outdated: bool,
    /// The default-language page this one translates (when outdated).
    original_url: Option<&'a str>,
}

#[derive(Serialize)]
struct Cx<'a> {
    site: &'a SiteCx,
    lang: LangCx,
    page: PageCx<'a>,
    translations: Vec<SwitchCx<'a>>,
    alternates: Vec<Alternate>,
    canonical: String,
    nav: Vec<LinkCx<'a>>,
    /// Site-wide pages in the reader's language (directory, screener), when the site has them.
    links: Links,
    /// Data of generated pages (the directory's organisations, the screener's questions).
    data: minijinja::Value,
    csp: &'static str,
}

#[derive(Serialize, Clone)]
struct Links {
    directory: Option<String>,
    screener: Option<String>,
    glossary: Option<String>,
    search: String,
    print: String,
}

fn links(site: &Site, lang: &str) -> Links {
    Links {
        directory: site
            .directory
            .as_ref()
            .map(|_| permalink(&site.config, lang, &directory_key(), None)),
        screener: site
            .screener
            .as_ref()
            .map(|_| permalink(&site.config, lang, &screener_key(), None)),
        glossary: site
            .glossary(lang)
            .map(|_| permalink(&site.config, lang, &glossary::key(), None)),
        search: permalink(&site.config, lang, &search::key(), None),
        print: permalink(&site.config, lang, &print_key(), None),
    }
}

/// The generated directory page: its URL is `<lang>/directory/`.
pub(crate) fn directory_key() -> PageKey {
    PageKey::section("directory")
}

/// The generated screener page: its URL is `<lang>/screener/`.
pub(crate) fn screener_key() -> PageKey {
    PageKey::section(screener::KEY.trim_end_matches("/_index.md"))
}

/// The generated booklet page: its URL is `<lang>/print/`.
pub(crate) fn print_key() -> PageKey {
    PageKey::section(print::KEY.trim_end_matches("/_index.md"))
}

/// Markdown context for one output page: links resolve in the reader's language, labels
/// come in the body's language.
struct MdCx<'a> {
    plan: &'a Plan<'a>,
    site: &'a Site,
    reader: &'a str,
    body_lang: &'a str,
    terms: Option<&'a glossary::TermLinks>,
}

impl markdown::Context for MdCx<'_> {
    fn resolve(&self, key: &PageKey) -> Option<String> {
        self.plan.url(self.reader, key.as_str()).map(str::to_string)
    }
    fn label(&self, kind: &str) -> String {
        self.site
            .locales
            .message(self.body_lang, &format!("admonition-{kind}"), None)
            .map_or_else(|| kind.to_string(), |l| l.text)
    }
    fn external_hint(&self) -> String {
        self.site
            .locales
            .message(self.reader, "external-link", None)
            .map_or_else(String::new, |l| l.text)
    }
    fn direction(&self) -> crate::config::Direction {
        direction(&self.site.config, self.body_lang)
    }
    fn terms(&self) -> Option<&glossary::TermLinks> {
        self.terms
    }
    fn page_at(&self, path: &str) -> Option<PageKey> {
        let config = &self.site.config;
        let rest = path
            .strip_prefix(config.base_path())
            .or_else(|| path.strip_prefix('/'))?;
        let first = rest.split('/').next().unwrap_or_default();
        if rest.is_empty() || config.language(first).is_some() {
            return None;
        }
        let rest = percent_encoding::percent_decode_str(rest)
            .decode_utf8()
            .ok()?;
        // `/docs/setup/` is the pretty address of `docs/setup.md` or of the section
        // `docs/setup/`; whichever this site has.
        let path = rest.trim_matches('/');
        [PageKey::from_link(path), Some(PageKey::section(path))]
            .into_iter()
            .flatten()
            .find(|k| self.plan.get(self.reader, k.as_str()).is_some())
    }
}

/// The direction of a configured language (left to right for one the site does not have).
fn direction(config: &Config, code: &str) -> crate::config::Direction {
    config
        .language(code)
        .map_or(crate::config::Direction::Ltr, |l| l.dir.clone())
}

/// Renders every page and the site-wide files into `sink`: with links relative to each page
/// when the site asks for it, and each language's offline list made last, from every file.
pub(crate) fn render(site: &Site, sink: &dyn Sink) -> Vec<Diagnostic> {
    let recorder = offline::Recorder::new(sink);
    let relative = relative::Relative {
        inner: &recorder,
        config: &site.config,
    };
    let diags = if site.config.relative_urls {
        render_files(site, &relative)
    } else {
        render_files(site, &recorder)
    };
    let mut hashes = recorder.into_hashes();
    {
        let layout = Layout::new(site, &reserved(site));
        hashes.record_assets(site, &Plan::new(site, &layout));
    }
    for (path, bytes) in hashes.files(&site.config, &site.theme) {
        sink.put(path, bytes);
    }
    diags
}

fn render_files(site: &Site, sink: &dyn Sink) -> Vec<Diagnostic> {
    let layout = Layout::new(site, &reserved(site));
    let plan = Plan::new(site, &layout);
    let renderer = Renderer::new(site);
    let mut diags = renderer.diagnostics.clone();
    diags.extend(layout.diagnostics.iter().cloned());
    diags.extend(claims(site, &plan));
    let all: Vec<usize> = (0..plan.entries.len()).collect();
    let pages = renderer.pages(site, &plan, &all, sink);
    diags.extend(pages.into_iter().flat_map(|(_, d)| d));
    sort_page_diagnostics(&mut diags);
    diags.extend(renderer.chrome(site, sink));
    diags.extend(renderer.directory(site, &plan, sink));
    diags.extend(renderer.screener(site, &plan, sink));
    diags.extend(renderer.glossary(site, &plan, sink));
    diags.extend(renderer.search(site, &plan, sink));
    renderer.moved(site, &plan, sink);
    diags.extend(renderer.print(site, &plan, None, None, sink));
    renderer.sitemap(site, &plan, sink);
    renderer.fixed(site, sink);
    diags
}

/// The output paths of the pages generated from data, with their names: no guide may take
/// one of them.
pub fn reserved(site: &Site) -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    for (key, name) in special_keys(site) {
        for l in &site.config.languages {
            let url = permalink(&site.config, &l.code, &key, None);
            out.push((output_path(&site.config, &url), name));
        }
    }
    out
}

/// The screener's engine and glue in the output.
const SCREENER_FILES: [&str; 2] = [
    "screener/screener_wasm_bg.wasm",
    "screener/screener_wasm.js",
];

/// Files at the output's root that site-gen writes.
const FIXED: &[&str] = &[
    "index.html",
    "404.html",
    "sitemap.xml",
    "robots.txt",
    "_headers",
];

/// Static files (the theme's and content assets) that would replace a generated file, or sit
/// where a generated page needs a folder: errors naming the file.
pub(crate) fn claims(site: &Site, plan: &Plan) -> Vec<Diagnostic> {
    let config = &site.config;
    let mut generated: std::collections::HashSet<String> = plan
        .entries
        .iter()
        .map(|e| output_path(config, e.url))
        .chain(reserved(site).into_iter().map(|(p, _)| p))
        .chain(FIXED.iter().map(|f| f.to_string()))
        .collect();
    generated.extend(search::FILES.iter().map(|f| f.to_string()));
    for l in &config.languages {
        generated.insert(search::index_path(&l.code));
    }
    if site.screener.is_some() {
        generated.extend(SCREENER_FILES.iter().map(|f| f.to_string()));
        for l in &config.languages {
            generated.insert(format!("screener/rules.{}.json", l.code));
        }
    }
    let mut diags = Vec::new();
    generated.insert("_redirects".into());
    for a in moved::aliases(site, plan) {
        if !generated.insert(a.path.clone()) {
            diags.push(
                Diagnostic::error(format!(
                    "alias {} is the address of another page or of another alias",
                    a.from
                ))
                .at(&a.file, a.line, 1)
                .hint("remove it from `aliases`"),
            );
        }
        for l in &config.languages {
            generated.insert(format!("{}/{}", l.code, offline::MANIFEST));
            generated.insert(format!("{}/{}", l.code, offline::WORKER_NAME));
        }
    }
    let folders: std::collections::HashSet<&str> = generated
        .iter()
        .flat_map(|p| p.match_indices('/').map(move |(i, _)| &p[..i]))
        .collect();
    let clash = |path: &str| generated.contains(path) || folders.contains(path);
    for name in site.theme.statics.keys().filter(|n| clash(n)) {
        diags.push(
            Diagnostic::error(format!(
                "theme file static/{name} would replace a file site-gen generates"
            ))
            .in_file(format!("theme/static/{name}"))
            .hint("rename or move the file"),
        );
    }
    for a in site.assets.iter().filter(|a| clash(&a.output_path())) {
        diags.push(
            Diagnostic::error(format!(
                "{} would replace a page or file site-gen generates at {}",
                a.file,
                a.output_path()
            ))
            .in_file(&a.file)
            .hint("rename the file"),
        );
    }
    diags
}

/// Pages' problems in a stable order. Fallback pages render the same body again: their
/// problems are reported once.
pub(crate) fn sort_page_diagnostics(diags: &mut Vec<Diagnostic>) {
    diags.sort_by(|a, b| (&a.file, a.line, &a.message).cmp(&(&b.file, b.line, &b.message)));
    diags.dedup();
}

/// The template environment and what every page knows of the site, made once from a site's
/// configuration, theme and locales and kept for as long as those do not change: a full
/// render uses it once, `serve` again for every edit to pages.
pub(crate) struct Renderer {
    env: minijinja::Environment<'static>,
    site_cx: SiteCx,
    /// (reader, body language) → the glossary terms a guide's body links.
    terms: HashMap<(String, String), glossary::TermLinks>,
    /// Problems found in the theme's templates.
    pub(crate) diagnostics: Vec<Diagnostic>,
}

impl Renderer {
    pub(crate) fn new(site: &Site) -> Renderer {
        let (env, diagnostics) = templates::environment(&site.theme, Arc::clone(&site.locales));
        Renderer {
            env,
            site_cx: SiteCx::new(&site.config),
            terms: term_links(site),
            diagnostics,
        }
    }

    /// Renders the entries of `plan` at the indices `which` into `sink`, in parallel. Returns
    /// each one's problems, in the order of `which`.
    pub(crate) fn pages(
        &self,
        site: &Site,
        plan: &Plan,
        which: &[usize],
        sink: &dyn Sink,
    ) -> Vec<(usize, Vec<Diagnostic>)> {
        which
            .par_iter()
            .map(|&i| {
                let e = &plan.entries[i];
                let (path, html, mut page_diags) =
                    render_entry(site, plan, &self.env, &self.site_cx, e, self.terms_for(e));
                match html {
                    Ok(h) => sink.put(path, h.into_bytes()),
                    Err(d) => page_diags.push(d),
                }
                (i, page_diags)
            })
            .collect()
    }

    /// The language chooser at the root and the 404 page.
    pub(crate) fn chrome(&self, site: &Site, sink: &dyn Sink) -> Vec<Diagnostic> {
        let config = &site.config;
        let mut diags = Vec::new();
        for (name, template) in [("index.html", "chooser.html"), ("404.html", "404.html")] {
            let cx = minijinja::context! {
                site => Serde(&self.site_cx),
                lang => Serde(lang_cx(config, config.default_language())),
                csp => CSP,
            };
            match self.env.get_template(template).and_then(|t| t.render(cx)) {
                Ok(h) => {
                    sink.put(name.to_string(), h.into_bytes());
                }
                Err(e) => diags.push(templates::template_error(&e)),
            }
        }
        diags
    }

    /// The directory page in every language, when the site has a directory.
    pub(crate) fn directory(&self, site: &Site, plan: &Plan, sink: &dyn Sink) -> Vec<Diagnostic> {
        if site.directory.is_none() {
            return Vec::new();
        }
        let data = |l: &Language| directory::context(site, l);
        let key = directory_key();
        let special = Special {
            key: &key,
            template: "directory.html",
            title_id: "directory-title",
            summary_id: "directory-summary",
            data: &data,
            wasm: false,
        };
        self.special(site, plan, &special, sink)
    }

    /// The pages at old addresses (`aliases`), `_redirects`, and page-bundle assets for the
    /// languages that show a section as a fallback copy.
    pub(crate) fn moved(&self, site: &Site, plan: &Plan, sink: &dyn Sink) {
        let aliases = moved::aliases(site, plan);
        for a in &aliases {
            sink.put(a.path.clone(), moved::page(site, a).into_bytes());
        }
        if !aliases.is_empty() {
            sink.put("_redirects".into(), moved::redirects(&aliases).into_bytes());
        }
        // Files published as they are are copied by `write`; sanitised ones are in memory.
        for (path, i) in moved::bundle_copies(site, plan) {
            if let Some(bytes) = &site.assets[i].sanitised {
                sink.put(path, bytes.clone());
            }
        }
    }

    /// The search page, its engine and each language's index.
    pub(crate) fn search(&self, site: &Site, plan: &Plan, sink: &dyn Sink) -> Vec<Diagnostic> {
        sink.put(search::FILES[0].into(), search::WASM.to_vec());
        sink.put(search::FILES[1].into(), search::GLUE.to_vec());
        let all: Vec<&str> = site
            .config
            .languages
            .iter()
            .map(|l| l.code.as_str())
            .collect();
        self.search_for(site, plan, &all, sink)
    }

    /// The search page and index of the languages `langs` (their pages changed).
    pub(crate) fn search_for(
        &self,
        site: &Site,
        plan: &Plan,
        langs: &[&str],
        sink: &dyn Sink,
    ) -> Vec<Diagnostic> {
        let indexes: Vec<(String, Vec<u8>)> = site
            .config
            .languages
            .par_iter()
            .filter(|l| langs.contains(&l.code.as_str()))
            .map(|l| (search::index_path(&l.code), search::index(site, plan, l)))
            .collect();
        for (path, bytes) in indexes {
            sink.put(path, bytes);
        }
        let data = |l: &Language| search::context(site, plan, l);
        let key = search::key();
        let special = Special {
            key: &key,
            template: "search.html",
            title_id: "search-title",
            summary_id: "search-summary",
            data: &data,
            wasm: true,
        };
        self.special_for(site, plan, &special, langs, sink)
    }

    /// The glossary page in every language, when the default language has a glossary.
    pub(crate) fn glossary(&self, site: &Site, plan: &Plan, sink: &dyn Sink) -> Vec<Diagnostic> {
        if site
            .glossary(&site.config.default_language().code)
            .is_none()
        {
            return Vec::new();
        }
        let data = |l: &Language| glossary::context(site, l);
        let key = glossary::key();
        let special = Special {
            key: &key,
            template: "glossary.html",
            title_id: "glossary-title",
            summary_id: "glossary-summary",
            data: &data,
            wasm: false,
        };
        self.special(site, plan, &special, sink)
    }

    /// The screener's engine, rules files and page in every language, when the site has a
    /// screener. They name the guides the screener links to, with their titles.
    pub(crate) fn screener(&self, site: &Site, plan: &Plan, sink: &dyn Sink) -> Vec<Diagnostic> {
        let Some(sc) = &site.screener else {
            return Vec::new();
        };
        sink.put(SCREENER_FILES[0].into(), screener::WASM.to_vec());
        sink.put(SCREENER_FILES[1].into(), screener::GLUE.to_vec());
        for l in &site.config.languages {
            let rules = screener::rules(site, plan, l, &sc.definition);
            sink.put(
                format!("screener/rules.{}.json", l.code),
                rules.into_bytes(),
            );
        }
        let data = |l: &Language| screener::page_data(site, plan, l, &sc.definition);
        let key = screener_key();
        let special = Special {
            key: &key,
            template: "screener.html",
            title_id: "screener-title",
            summary_id: "screener-summary",
            data: &data,
            wasm: true,
        };
        self.special(site, plan, &special, sink)
    }

    /// The glossary terms a guide's body links to (none in section pages).
    fn terms_for(&self, e: &Entry) -> Option<&glossary::TermLinks> {
        if e.key.is_section() {
            return None;
        }
        self.terms
            .get(&(e.lang.code.clone(), e.source.lang.clone()))
    }

    /// The printable booklet of every language, or of the languages `only` names. One
    /// language at a time (each one's bodies are rendered in parallel): a booklet holds a
    /// whole language's text. `kept`: bodies kept from an earlier rendering (`serve`).
    pub(crate) fn print(
        &self,
        site: &Site,
        plan: &Plan,
        only: Option<&[&str]>,
        kept: Option<&print::Kept>,
        sink: &dyn Sink,
    ) -> Vec<Diagnostic> {
        let key = print_key();
        let mut diags = Vec::new();
        for l in &site.config.languages {
            if only.is_some_and(|o| !o.contains(&l.code.as_str())) {
                continue;
            }
            let (value, bodies) = print::context(site, plan, l, kept, self);
            let data = |_: &Language| value.clone();
            let special = Special {
                key: &key,
                template: "print.html",
                title_id: "print-title",
                summary_id: "print-summary",
                data: &data,
                wasm: false,
            };
            match render_special(site, plan, &self.env, &self.site_cx, &special, l) {
                (path, Ok(html)) => sink.put(path, print::splice(&html, bodies).into_bytes()),
                (_, Err(d)) => diags.push(d),
            }
        }
        diags
    }

    fn special(
        &self,
        site: &Site,
        plan: &Plan,
        special: &Special,
        sink: &dyn Sink,
    ) -> Vec<Diagnostic> {
        let all: Vec<&str> = site
            .config
            .languages
            .iter()
            .map(|l| l.code.as_str())
            .collect();
        self.special_for(site, plan, special, &all, sink)
    }

    /// A generated page in the languages `langs` only.
    fn special_for(
        &self,
        site: &Site,
        plan: &Plan,
        special: &Special,
        langs: &[&str],
        sink: &dyn Sink,
    ) -> Vec<Diagnostic> {
        let config = &site.config;
        let mut diags = Vec::new();
        let pages: Vec<_> = config
            .languages
            .par_iter()
            .filter(|l| langs.contains(&l.code.as_str()))
            .map(|l| render_special(site, plan, &self.env, &self.site_cx, special, l))
            .collect();
        for (path, html) in pages {
            match html {
                Ok(h) => {
                    sink.put(path, h.into_bytes());
                }
                Err(d) => diags.push(d),
            }
        }
        diags
    }

    /// `sitemap.xml`: every page's address, its review date and its translations.
    pub(crate) fn sitemap(&self, site: &Site, plan: &Plan, sink: &dyn Sink) {
        sink.put("sitemap.xml".into(), sitemap(site, plan).into_bytes());
    }

    /// The files that depend on the configuration and theme only: `robots.txt`, `_headers`,
    /// the theme's static files, and assets published after sanitising (the others are
    /// copied by `write`).
    pub(crate) fn fixed(&self, site: &Site, sink: &dyn Sink) {
        let config = &site.config;
        sink.put("robots.txt".into(), robots(config).into_bytes());
        sink.put("_headers".into(), headers(config).into_bytes());
        for (name, bytes) in &site.theme.statics {
            sink.put(name.clone(), bytes.clone());
        }
        for a in &site.assets {
            if let Some(bytes) = &a.sanitised {
                sink.put(a.output_path(), bytes.clone());
            }
        }
    }
}

/// The glossary links of every (reader, body language) pair whose reader has a glossary
/// page.
fn term_links(site: &Site) -> HashMap<(String, String), glossary::TermLinks> {
    let mut out = HashMap::new();
    for reader in &site.config.languages {
        let Some((_, reader_glossary)) = site.glossary(&reader.code) else {
            continue;
        };
        let url = permalink(&site.config, &reader.code, &glossary::key(), None);
        for body in &site.config.languages {
            if let Some(g) = site.glossaries.get(&body.code) {
                out.insert(
                    (reader.code.clone(), body.code.clone()),
                    glossary::TermLinks::new(g, reader_glossary, url.clone()),
                );
            }
        }
    }
    out
}

/// The pages generated from data that this site has, with their names.
fn special_keys(site: &Site) -> Vec<(PageKey, &'static str)> {
    let mut keys = Vec::new();
    if site.directory.is_some() {
        keys.push((directory_key(), "directory"));
    }
    if site.screener.is_some() {
        keys.push((screener_key(), "screener"));
    }
    if site
        .glossary(&site.config.default_language().code)
        .is_some()
    {
        keys.push((glossary::key(), "glossary"));
    }
    keys.push((search::key(), "search"));
    keys.push((print_key(), "printable booklet"));
    keys
}

fn render_entry(
    site: &Site,
    plan: &Plan,
    env: &minijinja::Environment,
    site_cx: &SiteCx,
    entry: &Entry,
    terms: Option<&glossary::TermLinks>,
) -> (String, Result<String, Diagnostic>, Vec<Diagnostic>) {
    let config = &site.config;
    let src = entry.source;
    let reader = entry.lang.code.as_str();
    let md = body(site, plan, entry, terms);
    let default = &config.default_language().code;
    let outdated = entry.state == TranslationState::Outdated;
    // A page site-gen made has no text to translate: no notice, no canonical elsewhere.
    let fallback = (entry.is_fallback() && !src.generated).then(|| {
        let body_lang = config
            .language(&src.lang)
            .expect("pages belong to configured languages");
        FallbackCx {
            lang: lang_cx(config, body_lang),
            url: plan
                .url(&src.lang, entry.key.as_str())
                .unwrap_or_default()
                .to_string(),
            name: directory::language_name(site, reader, &body_lang.code),
            reader: directory::language_name(site, reader, reader),
            help: links(site, reader)
                .directory
                .map(|d| format!("{d}#{}", directory::language_anchor(reader))),
        }
    });
    let links_of = |indices: &[usize]| -> Vec<LinkCx> {
        indices
            .iter()
            .map(|&i| link(config, &plan.entries[i], entry.key))
            .collect()
    };
    let (pages, subsections) = match plan
        .listing(reader, entry.key.dir())
        .filter(|_| entry.key.is_section())
    {
        Some(l) => (links_of(&l.pages), links_of(&l.sections)),
        None => (Vec::new(), Vec::new()),
    };
    let nav = nav(config, plan, reader, entry.key);
    let translations: Vec<SwitchCx> = config
        .languages
        .iter()
        .filter_map(|l| {
            let e = plan.get(&l.code, entry.key.as_str())?;
            Some(SwitchCx {
                code: &l.code,
                name: &l.name,
                dir: l.dir.as_str(),
                url: e.url.to_string(),
                current: l.code == reader,
                translated: !e.is_fallback(),
            })
        })
        .collect();
    let mut alternates = Vec::new();
    if !entry.is_fallback() {
        for t in translations.iter().filter(|t| t.translated) {
            alternates.push(Alternate {
                hreflang: t.code.to_string(),
                url: absolute(config, &t.url),
            });
        }
        if let Some(d) = plan
            .get(default, entry.key.as_str())
            .filter(|d| !d.is_fallback())
        {
            alternates.push(Alternate {
                hreflang: "x-default".into(),
                url: absolute(config, d.url),
            });
        }
    }
    let canonical = match &fallback {
        Some(f) => absolute(config, &f.url),
        None => absolute(config, entry.url),
    };
    let kind = if entry.key.is_home() {
        "home"
    } else if entry.key.is_section() {
        "section"
    } else {
        "page"
    };
    let site_name = site
        .locales
        .message(reader, "site-name", None)
        .map(|l| l.text)
        .unwrap_or_default();
    let cx = Cx {
        site: site_cx,
        lang: lang_cx(config, entry.lang),
        page: PageCx {
            kind,
            key: entry.key,
            title: if src.meta.title.is_empty() {
                &site_name
            } else {
                &src.meta.title
            },
            summary: src.meta.summary.as_deref(),
            content: md.html,
            toc: md.toc,
            reviewed: src.meta.reviewed.map(|d| d.to_string()),
            reviewed_text: src
                .meta
                .reviewed
                .map(|d| dates::format(&site.locales, reader, d)),
            sources: &src.meta.sources,
            extra: &src.meta.extra,
            url: entry.url,
            pages,
            subsections,
            fallback,
            outdated,
            original_url: outdated
                .then(|| plan.url(default, entry.key.as_str()))
                .flatten(),
        },
        translations,
        alternates,
        canonical,
        nav,
        links: links(site, reader),
        data: minijinja::Value::UNDEFINED,
        csp: CSP,
    };
    let template = if entry.key.is_section() {
        "section.html"
    } else {
        "page.html"
    };
    let template = src
        .meta
        .extra
        .get("template")
        .and_then(|t| t.as_str())
        .unwrap_or(template);
    let html = env
        .get_template(template)
        .and_then(|t| t.render(Serde(&cx)))
        .map_err(|e| {
            let mut d = templates::template_error(&e);
            d.message = format!("{} (while rendering {})", d.message, src.file);
            d
        });
    (output_path(config, entry.url), html, md.diagnostics)
}

/// A page's body as its readers get it: the one place that renders a body, for the page
/// itself and for the printable booklet.
fn body(
    site: &Site,
    plan: &Plan,
    entry: &Entry,
    terms: Option<&glossary::TermLinks>,
) -> markdown::Rendered {
    let src = entry.source;
    markdown::render(
        &src.file,
        &src.body,
        src.body_line,
        src.format,
        &MdCx {
            plan,
            site,
            reader: &entry.lang.code,
            body_lang: &src.lang,
            terms,
        },
    )
}

/// The top-level sections of a language, for the navigation bar.
fn nav<'a>(config: &Config, plan: &'a Plan, reader: &str, current: &PageKey) -> Vec<LinkCx<'a>> {
    plan.listing(reader, "")
        .map(|l| {
            l.sections
                .iter()
                .map(|&i| link(config, &plan.entries[i], current))
                .collect()
        })
        .unwrap_or_default()
}

fn link<'a>(config: &Config, e: &'a Entry, current: &PageKey) -> LinkCx<'a> {
    let body = e.source.lang.as_str();
    LinkCx {
        title: &e.source.meta.title,
        summary: e.source.meta.summary.as_deref(),
        url: e.url,
        current: e.key == current,
        fallback: e.is_fallback(),
        lang: (body != e.lang.code).then(|| (body, direction(config, body).as_str())),
    }
}

/// A page generated from data rather than Markdown (the directory, the screener), in every
/// language, rendered with the same chrome as the guides.
pub(crate) struct Special<'a> {
    pub(crate) key: &'a PageKey,
    pub(crate) template: &'a str,
    /// Fluent ids of the title and summary.
    pub(crate) title_id: &'a str,
    pub(crate) summary_id: &'a str,
    pub(crate) data: &'a (dyn Fn(&Language) -> minijinja::Value + Sync),
    /// Whether the page runs WebAssembly (its policy allows compiling it).
    pub(crate) wasm: bool,
}

fn render_special(
    site: &Site,
    plan: &Plan,
    env: &minijinja::Environment,
    site_cx: &SiteCx,
    special: &Special,
    lang: &Language,
) -> (String, Result<String, Diagnostic>) {
    let config = &site.config;
    let text = |id: &str| {
        site.locales
            .message(&lang.code, id, None)
            .map(|l| l.text)
            .unwrap_or_default()
    };
    let (title, summary) = (text(special.title_id), text(special.summary_id));
    let url = permalink(config, &lang.code, special.key, None);
    let translations: Vec<SwitchCx> = config
        .languages
        .iter()
        .map(|l| SwitchCx {
            code: &l.code,
            name: &l.name,
            dir: l.dir.as_str(),
            url: permalink(config, &l.code, special.key, None),
            current: l.code == lang.code,
            translated: true,
        })
        .collect();
    let mut alternates: Vec<Alternate> = translations
        .iter()
        .map(|t| Alternate {
            hreflang: t.code.to_string(),
            url: absolute(config, &t.url),
        })
        .collect();
    alternates.push(Alternate {
        hreflang: "x-default".into(),
        url: absolute(
            config,
            &permalink(config, &config.default_language().code, special.key, None),
        ),
    });
    let cx = Cx {
        site: site_cx,
        lang: lang_cx(config, lang),
        page: PageCx {
            kind: "special",
            key: special.key,
            title: &title,
            summary: Some(&summary),
            content: String::new(),
            toc: Vec::new(),
            reviewed: None,
            reviewed_text: None,
            sources: &[],
            extra: &EMPTY,
            url: &url,
            pages: Vec::new(),
            subsections: Vec::new(),
            fallback: None,
            outdated: false,
            original_url: None,
        },
        translations,
        alternates,
        canonical: absolute(config, &url),
        nav: nav(config, plan, &lang.code, special.key),
        links: links(site, &lang.code),
        data: (special.data)(lang),
        csp: if special.wasm { CSP_WASM } else { CSP },
    };
    let html = env
        .get_template(special.template)
        .and_then(|t| t.render(Serde(&cx)))
        .map_err(|e| templates::template_error(&e));
    (output_path(config, &url), html)
}

static EMPTY: BTreeMap<String, serde_json::Value> = BTreeMap::new();

fn sitemap(site: &Site, plan: &Plan) -> String {
    let config = &site.config;
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for e in plan.entries.iter().filter(|e| !e.is_fallback()) {
        s.push_str(&format!(
            "<url><loc>{}</loc>",
            markdown::escape(&absolute(config, e.url))
        ));
        if let Some(d) = &e.source.meta.reviewed {
            s.push_str(&format!("<lastmod>{d}</lastmod>"));
        }
        for l in &config.languages {
            if let Some(t) = plan
                .get(&l.code, e.key.as_str())
                .filter(|t| !t.is_fallback())
            {
                s.push_str(&format!(
                    "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                    l.code,
                    markdown::escape(&absolute(config, t.url))
                ));
            }
        }
        s.push_str("</url>\n");
    }
    for (key, _) in special_keys(site) {
        for lang in &config.languages {
            let url = |code: &str| {
                markdown::escape(&absolute(config, &permalink(config, code, &key, None)))
            };
            s.push_str(&format!("<url><loc>{}</loc>", url(&lang.code)));
            for l in &config.languages {
                s.push_str(&format!(
                    "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                    l.code,
                    url(&l.code)
                ));
            }
            s.push_str("</url>\n");
        }
    }
    s.push_str("</urlset>\n");
    s
}

fn robots(config: &Config) -> String {
    let mut s = String::from("User-agent: *\nAllow: /\n");
    if config.origin().is_some() {
        s.push_str(&format!("Sitemap: {}sitemap.xml\n", config.base_url));
    }
    s
}

/// Headers for hosts that read a `_headers` file (Netlify, Cloudflare Pages).
fn headers(config: &Config) -> String {
    format!(
        "{}*\n  Content-Security-Policy: {CSP_WASM}; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()\n  Cross-Origin-Opener-Policy: same-origin\n  X-Frame-Options: DENY\n",
        config.base_path()
    )
}
