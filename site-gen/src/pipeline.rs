//! The build pipeline: load → render → write, with nothing written when anything failed; and
//! [`Live`], a build kept in memory that `serve` updates in place after an edit to pages.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use crate::diag::{Diagnostic, has_errors};
use crate::load::{self, LoadOptions};
use crate::model::{Page, PageKey, Site, TranslationState};
use crate::render::{self, Layout, Output, Plan, Renderer, Sink};

/// What `site-gen build` needs: the site to load and the folder to write it into.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Where the site is and how to load it.
    pub load: LoadOptions,
    /// The output folder. It is replaced whole only when the build succeeds, and may not be
    /// the site's folder or lie inside its inputs.
    pub out: PathBuf,
}

/// What a successful build wrote.
#[derive(Debug)]
pub struct Report {
    /// HTML pages written (`index.html` files).
    pub pages: usize,
    /// Every file written, pages and copied assets included.
    pub files: usize,
    /// Warnings only (a build with errors returns `Err`).
    pub diagnostics: Vec<Diagnostic>,
}

/// Loads and renders into memory without writing anything (used by `check` and `serve`).
pub fn prepare(opts: &LoadOptions) -> (Option<(Site, Output)>, Vec<Diagnostic>) {
    let (site, mut diags) = load::load(opts);
    let Some(site) = site else {
        return (None, diags);
    };
    // Render even when some files failed to load, so that one run reports every problem
    // (a broken link elsewhere, a template typo); nothing is written when anything failed.
    let (output, render_diags) = render::render_to_memory(&site);
    diags.extend(render_diags);
    (Some((site, output)), diags)
}

/// A sink that keeps nothing: rendering only to collect problems.
struct Discard;

impl Sink for Discard {
    fn put(&self, _: String, _: Vec<u8>) {}
}

/// Loads, renders and writes the site into `opts.out`. `Err` with every diagnostic when any
/// is an error; the output folder is then left as it was.
pub fn build(opts: &BuildOptions) -> Result<Report, Vec<Diagnostic>> {
    build_with(opts, false)
}

/// [`build`], with every link written relative to its page when `relative_urls` is set
/// (`build --relative-urls`), as `relative_urls = true` in `site.toml` does.
pub fn build_with(opts: &BuildOptions, relative_urls: bool) -> Result<Report, Vec<Diagnostic>> {
    crate::write::check_out(&opts.load.root, &opts.out).map_err(|d| vec![d])?;
    crate::write::clean_up(&opts.out);
    let (site, mut diags) = load::load(&opts.load);
    let Some(mut site) = site else {
        return Err(diags);
    };
    site.config.relative_urls |= relative_urls;
    if has_errors(&diags) {
        diags.extend(render::render(&site, &Discard));
        return Err(diags);
    }
    // Sanitised assets go through render; the others are copied as they are, also for the
    // languages that show a page bundle as a fallback copy.
    let mut assets: Vec<(String, PathBuf)> = site
        .assets
        .iter()
        .filter(|a| a.sanitised.is_none())
        .map(|a| (a.output_path(), a.path.clone()))
        .collect();
    {
        let layout = Layout::new(&site, &render::reserved(&site));
        let plan = Plan::new(&site, &layout);
        assets.extend(
            render::moved::bundle_copies(&site, &plan)
                .into_iter()
                .filter(|(_, i)| site.assets[*i].sanitised.is_none())
                .map(|(path, i)| (path, site.assets[i].path.clone())),
        );
    }
    match crate::write::write(&opts.out, &assets, |sink| render::render(&site, sink)) {
        Ok(w) => {
            diags.extend(w.diagnostics);
            Ok(Report {
                pages: w.pages,
                files: w.files,
                diagnostics: diags,
            })
        }
        Err(e) => {
            diags.extend(e);
            Err(diags)
        }
    }
}

const SHARDS: usize = 256;

/// Output path → bytes, held in shards by the path's hash, so that a version of the site that
/// differs in a few files shares every other shard with the version before: `serve` publishes
/// a new version after each edit without copying 25,000 entries.
#[derive(Clone, PartialEq, Eq)]
pub struct Files {
    shards: Vec<Arc<BTreeMap<String, Arc<Vec<u8>>>>>,
}

impl Default for Files {
    fn default() -> Files {
        Files {
            shards: (0..SHARDS).map(|_| Arc::default()).collect(),
        }
    }
}

impl Files {
    fn shard(path: &str) -> usize {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        path.hash(&mut h);
        (h.finish() % SHARDS as u64) as usize
    }

    /// The bytes of the file at `path` (relative to the output folder, `/`-separated).
    pub fn get(&self, path: &str) -> Option<&Arc<Vec<u8>>> {
        self.shards[Files::shard(path)].get(path)
    }

    pub(crate) fn contains_key(&self, path: &str) -> bool {
        self.get(path).is_some()
    }

    pub(crate) fn insert(&mut self, path: String, bytes: Arc<Vec<u8>>) {
        Arc::make_mut(&mut self.shards[Files::shard(&path)]).insert(path, bytes);
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.shards.iter().all(|s| s.is_empty())
    }

    /// Every file, in no particular order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&String, &Arc<Vec<u8>>)> {
        self.shards.iter().flat_map(|s| s.iter())
    }

    /// Every file, ordered by path.
    pub fn to_map(&self) -> BTreeMap<String, Vec<u8>> {
        self.iter().map(|(p, b)| (p.clone(), b.to_vec())).collect()
    }
}

impl FromIterator<(String, Arc<Vec<u8>>)> for Files {
    fn from_iter<I: IntoIterator<Item = (String, Arc<Vec<u8>>)>>(iter: I) -> Files {
        let mut files = Files::default();
        for (path, bytes) in iter {
            files.insert(path, bytes);
        }
        files
    }
}

/// A sink that keeps the files, shareable without copying them.
#[derive(Default)]
struct Collect(Mutex<BTreeMap<String, Arc<Vec<u8>>>>);

impl Sink for Collect {
    fn put(&self, path: String, bytes: Vec<u8>) {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(path, Arc::new(bytes));
    }
}

impl Collect {
    fn into_files(self) -> BTreeMap<String, Arc<Vec<u8>>> {
        self.0.into_inner().unwrap_or_else(PoisonError::into_inner)
    }
}

/// A site built into memory and kept (`serve`), so that an edit to a few pages re-renders only
/// the pages that show something of them.
///
/// Invariant: after [`Live::update`] the files and diagnostics are those a full build of the
/// same inputs gives, byte for byte. An edit is applied in place only when it cannot change
/// which pages exist or where they are; every other change asks for a full build.
pub struct Live {
    opts: LoadOptions,
    site: Site,
    layout: Layout,
    renderer: Renderer,
    files: Files,
    /// The hash of every file but the offline lists, which are made from them.
    hashes: render::offline::Hashes,
    /// The bodies in the printable booklets, so an edit renders only its own again.
    booklets: render::print::Kept,
    pages: usize,
    /// Problems found while loading, in the order `load` gives them (by file and line), so
    /// that a page's can be replaced after an edit.
    load_diags: Vec<Diagnostic>,
    /// Addresses claimed twice, static files over generated ones.
    plan_diags: Vec<Diagnostic>,
    /// Each page's problems, by its index in the plan (which no in-place edit changes).
    page_diags: BTreeMap<usize, Vec<Diagnostic>>,
    /// The root chooser, the 404 page and the directory.
    site_diags: Vec<Diagnostic>,
    screener_diags: Vec<Diagnostic>,
    /// The glossary's and search's pages (rendered after the screener).
    late_diags: Vec<Diagnostic>,
    /// Changed files whose last version could not be applied, tried again with the next edit.
    pending: BTreeSet<String>,
}

/// What [`Live::update`] did.
#[derive(Debug)]
pub enum Update {
    /// The edit is applied. `rendered` names every file rendered again, `changed` those whose
    /// bytes differ from before; `diagnostics` are all of the site's, as a full build reports
    /// them.
    Applied {
        /// Every file rendered again, relative to the output folder.
        rendered: Vec<String>,
        /// Those of `rendered` whose bytes differ from before.
        changed: Vec<String>,
        /// Every problem of the site after the edit.
        diagnostics: Vec<Diagnostic>,
    },
    /// The edit has errors: nothing changed, and the files are tried again with the next
    /// update.
    Failed {
        /// Every problem of the site with the edit, errors among them.
        diagnostics: Vec<Diagnostic>,
    },
    /// The change needs a full build ([`Live::build`]): a configuration, locale, theme,
    /// directory or screener file, an asset, or a page added, removed, renamed, given another
    /// slug, or a top-level section retitled (it is in every page's navigation).
    Full,
}

/// How one changed file affects the site.
enum Change {
    /// Nothing to do (a draft, or an editor's temporary file that is gone).
    None,
    Full,
    /// Page `site.pages[i]` has a new version, with its problems.
    Page(usize, Box<Page>, Vec<Diagnostic>),
    Broken(Vec<Diagnostic>),
}

impl Live {
    /// Loads and renders the whole site into memory. Errs with every diagnostic when any is an
    /// error.
    pub fn build(opts: &LoadOptions) -> Result<Live, Vec<Diagnostic>> {
        let (site, load_diags) = load::load(opts);
        let Some(site) = site else {
            return Err(load_diags);
        };
        let renderer = Renderer::new(&site);
        let collect = Collect::default();
        let relative = render::relative::Relative {
            inner: &collect,
            config: &site.config,
        };
        let sink: &dyn Sink = if site.config.relative_urls {
            &relative
        } else {
            &collect
        };
        let layout = Layout::new(&site, &render::reserved(&site));
        let plan = Plan::new(&site, &layout);
        let mut plan_diags = layout.diagnostics.clone();
        plan_diags.extend(render::claims(&site, &plan));
        let all: Vec<usize> = (0..plan.entries.len()).collect();
        let page_diags = renderer
            .pages(&site, &plan, &all, sink)
            .into_iter()
            .filter(|(_, d)| !d.is_empty())
            .collect();
        let mut site_diags = renderer.chrome(&site, sink);
        site_diags.extend(renderer.directory(&site, &plan, sink));
        let screener_diags = renderer.screener(&site, &plan, sink);
        let mut late_diags = renderer.glossary(&site, &plan, sink);
        late_diags.extend(renderer.search(&site, &plan, sink));
        renderer.moved(&site, &plan, sink);
        let booklets = render::print::Kept::default();
        site_diags.extend(renderer.print(&site, &plan, None, Some(&booklets), sink));
        renderer.sitemap(&site, &plan, sink);
        renderer.fixed(&site, sink);
        // The offline lists are made from every other file, as a full build makes them.
        let mut hashes = render::offline::Hashes::default();
        hashes.record_assets(&site, &plan);
        drop(plan);
        let mut files = collect.into_files();
        for (path, bytes) in &files {
            hashes.record(path, bytes);
        }
        for (path, bytes) in hashes.files(&site.config, &site.theme) {
            files.insert(path, Arc::new(bytes));
        }
        let pages = files.keys().filter(|k| k.ends_with("index.html")).count();
        let live = Live {
            opts: opts.clone(),
            site,
            layout,
            renderer,
            files: files.into_iter().collect(),
            hashes,
            booklets,
            pages,
            load_diags,
            plan_diags,
            page_diags,
            site_diags,
            screener_diags,
            late_diags,
            pending: BTreeSet::new(),
        };
        let diags = live.diagnostics();
        if has_errors(&diags) {
            Err(diags)
        } else {
            Ok(live)
        }
    }

    /// The site as loaded, with every edit applied since (a failed edit is rolled back).
    pub fn site(&self) -> &Site {
        &self.site
    }

    /// Every file of the site (paths relative to the output folder).
    pub fn files(&self) -> &Files {
        &self.files
    }

    /// How many HTML pages the site has (`index.html` files).
    pub fn pages(&self) -> usize {
        self.pages
    }

    /// Every problem of the site, in the order a full build reports them.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        let mut pages = self.renderer.diagnostics.clone();
        pages.extend(self.plan_diags.iter().cloned());
        pages.extend(self.page_diags.values().flatten().cloned());
        render::sort_page_diagnostics(&mut pages);
        let mut all = self.load_diags.clone();
        all.extend(pages);
        all.extend(self.site_diags.iter().cloned());
        all.extend(self.screener_diags.iter().cloned());
        all.extend(self.late_diags.iter().cloned());
        all
    }

    /// Applies changed files (paths relative to the site root, `content/es/asylum/x.md`,
    /// whether they were created, modified or deleted): re-reads the pages among them and
    /// re-renders the pages that show something of them, or says that a full build is needed.
    ///
    /// What shows something of page P (language L, key K):
    /// - every page whose body is P's: its own and its fallback copies in other languages;
    /// - when P is in the default language, the translations of K that record
    ///   `translation_of` (whether they are outdated follows P's hash);
    /// - when P's title, summary or weight changed, the section page listing P (its folder's,
    ///   or its parent's for a section) in every language, the screener when it links to P, and
    ///   for a top-level section the navigation of every page (a full build);
    /// - when P's `reviewed` changed, the sitemap.
    ///
    /// A page's URL, which pages exist and every other input are the same before and after,
    /// or the answer is [`Update::Full`].
    pub fn update(&mut self, changed: &[String]) -> Update {
        let mut paths = std::mem::take(&mut self.pending);
        paths.extend(changed.iter().cloned());
        let mut edits: Vec<(usize, Page, Vec<Diagnostic>)> = Vec::new();
        let mut errors = Vec::new();
        for path in &paths {
            match self.classify(path) {
                Change::None => {}
                Change::Full => {
                    // Kept, so that this site answers `Full` until it is built again.
                    self.pending = paths;
                    return Update::Full;
                }
                Change::Page(i, page, d) if !has_errors(&d) => edits.push((i, *page, d)),
                Change::Page(_, _, d) | Change::Broken(d) => errors.extend(d),
            }
        }
        if !errors.is_empty() {
            self.pending = paths;
            errors.extend(self.diagnostics());
            return Update::Failed {
                diagnostics: errors,
            };
        }

        let config = &self.site.config;
        let default = config.default_language().code.clone();
        let screener_guides: HashSet<PageKey> = self
            .site
            .screener
            .iter()
            .flat_map(|s| s.definition.guide_links())
            .filter_map(|g| PageKey::from_link(&g.path))
            .collect();
        let mut sources = HashSet::new();
        let mut keys = BTreeSet::new();
        let mut outdated = HashSet::new();
        let mut folders = Vec::new();
        // (folder, key, file) of each page whose entry in a listing changed.
        let mut listed = Vec::new();
        let (mut screener, mut sitemap) = (false, false);
        for (i, new, _) in &edits {
            let old = &self.site.pages[*i];
            if old.meta.slug != new.meta.slug || old.meta.aliases != new.meta.aliases {
                self.pending = paths;
                return Update::Full;
            }
            sources.insert(new.file.clone());
            keys.insert(new.key.clone());
            if new.lang == default && old.hash != new.hash {
                outdated.insert(new.key.clone());
            }
            let (o, n) = (&old.meta, &new.meta);
            if let Some(folder) = new.key.listed_in()
                && (&o.title, &o.summary, o.weight) != (&n.title, &n.summary, n.weight)
            {
                if new.is_section() && folder.is_empty() {
                    self.pending = paths;
                    return Update::Full;
                }
                keys.insert(PageKey::section(folder));
                folders.push(folder.to_string());
                listed.push((folder.to_string(), new.key.clone(), new.file.clone()));
            }
            screener |= o.title != n.title && screener_guides.contains(&new.key);
            sitemap |= o.reviewed != n.reviewed;
        }

        let mut replaced = Vec::with_capacity(edits.len());
        let old_load_diags = self.load_diags.clone();
        for (i, page, d) in edits {
            let file = page.file.clone();
            replaced.push((i, self.site.replace_page(i, page)));
            self.load_diags
                .retain(|x| x.file.as_deref() != Some(Path::new(&file)));
            self.load_diags.extend(d);
        }
        load::sort_diagnostics(&mut self.load_diags);
        self.layout.sort_listings(&self.site, &folders);
        let collect = Collect::default();
        let relative = render::relative::Relative {
            inner: &collect,
            config: &self.site.config,
        };
        let sink: &dyn Sink = if self.site.config.relative_urls {
            &relative
        } else {
            &collect
        };
        let (page_diags, which) = {
            let site = &self.site;
            let plan = Plan::new(site, &self.layout);
            // The pages that show something of the edited ones: those with their bodies, the
            // translations whose outdated notice follows them, the section pages listing them
            // (in the languages whose listing shows the edited page rather than a
            // translation).
            let mut which: Vec<usize> = keys
                .iter()
                .flat_map(|k| plan.entries_of(k.as_str()))
                .filter(|&i| {
                    let e = &plan.entries[i];
                    let lists = |(folder, key, file): &(String, PageKey, String)| {
                        e.key.is_section()
                            && e.key.dir() == folder
                            && plan
                                .get(&e.lang.code, key.as_str())
                                .is_some_and(|p| p.source.file == *file)
                    };
                    sources.contains(&e.source.file)
                        || listed.iter().any(lists)
                        || (outdated.contains(e.key)
                            && matches!(
                                e.state,
                                TranslationState::UpToDate | TranslationState::Outdated
                            ))
                })
                .collect();
            which.sort_unstable();
            which.dedup();
            let page_diags = self.renderer.pages(site, &plan, &which, sink);
            let screener_diags = screener.then(|| self.renderer.screener(site, &plan, sink));
            if sitemap {
                self.renderer.sitemap(site, &plan, sink);
            }
            // Each language that shows an edited guide searches its text: its index (and the
            // A–Z list of its search page) is made again. Section pages are not indexed.
            let mut langs: Vec<&str> = which
                .iter()
                .map(|&i| &plan.entries[i])
                .filter(|e| sources.contains(&e.source.file) && !e.key.is_section())
                .map(|e| e.lang.code.as_str())
                .collect();
            langs.sort_unstable();
            langs.dedup();
            let search_diags = self.renderer.search_for(site, &plan, &langs, sink);
            // A language's booklet holds the body of every page it shows: it follows the
            // pages rendered again. (Its template problems, if any, are the full build's.)
            let mut booklet_langs: Vec<&str> = which
                .iter()
                .map(|&i| &plan.entries[i])
                .filter(|e| !e.key.is_home())
                .map(|e| e.lang.code.as_str())
                .collect();
            booklet_langs.sort_unstable();
            booklet_langs.dedup();
            if !booklet_langs.is_empty() {
                self.booklets.forget(&which);
                let _ = self.renderer.print(
                    site,
                    &plan,
                    Some(&booklet_langs),
                    Some(&self.booklets),
                    sink,
                );
            }
            ((page_diags, screener_diags, search_diags), which)
        };
        let (page_diags, screener_diags, search_diags) = (page_diags.0, page_diags.1, page_diags.2);
        // A search page that no longer renders is not something an edit to pages can cause;
        // should it happen, nothing is applied and the errors are reported.
        let failed = page_diags.iter().any(|(_, d)| has_errors(d))
            || screener_diags.as_ref().is_some_and(|d| has_errors(d))
            || has_errors(&search_diags);

        // Swap the new problems in, to report them as a full build would.
        let mut previous = Vec::with_capacity(page_diags.len());
        for (i, d) in page_diags {
            let old = if d.is_empty() {
                self.page_diags.remove(&i)
            } else {
                self.page_diags.insert(i, d)
            };
            previous.push((i, old));
        }
        let old_screener = screener_diags.map(|d| std::mem::replace(&mut self.screener_diags, d));
        let diagnostics = self.diagnostics();
        if failed {
            // The booklets' bodies of the rolled-back pages are made again when next needed.
            self.booklets.forget(&which);
            for (i, old) in previous {
                match old {
                    Some(d) => self.page_diags.insert(i, d),
                    None => self.page_diags.remove(&i),
                };
            }
            if let Some(d) = old_screener {
                self.screener_diags = d;
            }
            for (i, page) in replaced {
                self.site.replace_page(i, page);
            }
            self.load_diags = old_load_diags;
            self.layout.sort_listings(&self.site, &folders);
            self.pending = paths;
            return Update::Failed { diagnostics };
        }

        let mut rendered = collect.into_files();
        for (path, bytes) in &rendered {
            self.hashes.record(path, bytes);
        }
        // The offline lists of the languages whose files were rendered are made again; those
        // that changed are new.
        let paths: Vec<&str> = rendered.keys().map(String::as_str).collect();
        let lists = self
            .hashes
            .files_for(&self.site.config, &self.site.theme, &paths);
        for (path, bytes) in lists {
            if self.files.get(&path).is_none_or(|old| **old != bytes) {
                rendered.insert(path, Arc::new(bytes));
            }
        }
        let changed: Vec<String> = rendered
            .iter()
            .filter(|(path, bytes)| self.files.get(path) != Some(*bytes))
            .map(|(path, _)| path.clone())
            .collect();
        for path in &changed {
            self.files.insert(path.clone(), Arc::clone(&rendered[path]));
        }
        Update::Applied {
            rendered: rendered.into_keys().collect(),
            changed,
            diagnostics,
        }
    }

    fn classify(&self, path: &str) -> Change {
        let root = &self.opts.root;
        let Some((lang, rel)) = path
            .strip_prefix("content/")
            .and_then(|rest| rest.split_once('/'))
        else {
            return Change::Full;
        };
        if self.site.config.language(lang).is_none() || rel.is_empty() {
            return Change::Full;
        }
        let is_page = rel
            .rsplit('/')
            .next()
            .and_then(crate::model::key::strip_page_extension)
            .is_some();
        match std::fs::symlink_metadata(root.join(path)) {
            Ok(m) if m.is_dir() || m.file_type().is_symlink() => Change::Full,
            Ok(_) if !is_page => Change::Full,
            Ok(_) => {
                let old = self.site.pages.iter().position(|p| p.file == path);
                match (
                    old,
                    load::reread_page(&self.opts, &self.site.config, lang, rel),
                ) {
                    (Some(i), (Some(page), d)) => Change::Page(i, Box::new(page), d),
                    (None, (None, d)) if !has_errors(&d) => Change::None,
                    (_, (_, d)) if has_errors(&d) => Change::Broken(d),
                    _ => Change::Full,
                }
            }
            Err(_) => {
                // Gone: a page, an asset or a folder holding some was removed or renamed, or
                // an editor's temporary file came and went.
                let folder = format!("{path}/");
                let was = |f: &str| f == path || f.starts_with(&folder);
                let known = self.site.pages.iter().any(|p| was(&p.file))
                    || self.site.assets.iter().any(|a| was(&a.file));
                if known { Change::Full } else { Change::None }
            }
        }
    }
}
