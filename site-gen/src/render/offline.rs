//! "Keep this language on this phone": which output files make up one language's copy, and
//! the list the service worker (`theme/static/offline/sw.js`) saves, `/<lang>/offline.json`.
//!
//! The list is made from the output files themselves, after everything else is rendered, so
//! whatever the site has (the screener, search, images) is in it exactly when it exists. Its
//! `version` is a hash of every listed file's bytes: a new build that changes any of them
//! makes the worker fetch the copy again; a build that changes none of them costs readers
//! nothing. Paths are relative to the list, so the base path, a sub-folder or
//! `--relative-urls` never matter.
//!
//! Invariant: a language's copy holds its own folder (pages, data, its search index), the
//! shared files at the root (CSS, scripts, the screener's engine, search's shared files), and
//! never another language's folder or data file, the root's own pages, or the worker itself.

use std::collections::BTreeMap;
use std::sync::Mutex;

use serde::Serialize;

use super::Sink;
use super::plan::encode_segment;
use crate::config::Config;
use crate::model::Theme;

/// The list's name inside each language folder.
pub(crate) const MANIFEST: &str = "offline.json";
/// The worker, a theme file, written into each language folder as [`WORKER_NAME`] so that
/// its scope is that folder. It is never in a list: browsers fetch and update it themselves.
pub(crate) const WORKER: &str = "offline/sw.js";
pub(crate) const WORKER_NAME: &str = "sw.js";

/// Files at the root that belong to the site as a whole, not to a language's copy.
const ROOT_OWN: &[&str] = &[
    "index.html",
    "404.html",
    "sitemap.xml",
    "robots.txt",
    "_headers",
];

/// Whether output file `path` is part of language `lang`'s copy.
pub(crate) fn belongs(config: &Config, lang: &str, path: &str) -> bool {
    if let Some(rest) = path.strip_prefix(lang).and_then(|r| r.strip_prefix('/')) {
        return rest != MANIFEST && rest != WORKER_NAME;
    }
    let Some((first, _)) = path.split_once('/') else {
        return !ROOT_OWN.contains(&path) && !path.starts_with('.');
    };
    if config.language(first).is_some() || path == WORKER || first.starts_with('.') {
        return false;
    }
    // A shared folder: leave out other languages' own files (`screener/rules.es.json`).
    let name = path.rsplit('/').next().unwrap_or(path);
    let parts: Vec<&str> = name.split('.').collect();
    let inner = &parts[1.min(parts.len())..parts.len().saturating_sub(1)];
    !config
        .languages
        .iter()
        .any(|l| l.code != lang && inner.contains(&l.code.as_str()))
}

/// Output path → (hash of its bytes, size): what the lists are made from.
#[derive(Default, Clone)]
pub(crate) struct Hashes(BTreeMap<String, ([u8; 32], usize)>);

impl Hashes {
    /// Notes the files `write` copies as they are, which never pass through a sink: content
    /// assets (images, PDFs) and their copies for fallback pages. Render reads no file, so
    /// each is known by its source's name: adding, removing or renaming one changes the
    /// version; changing an image in place does not (the pages that show it usually change
    /// with it). Their size is not counted.
    pub(crate) fn record_assets(&mut self, site: &crate::model::Site, plan: &super::Plan) {
        let copies = super::moved::bundle_copies(site, plan).into_iter();
        let own = site
            .assets
            .iter()
            .enumerate()
            .map(|(i, a)| (a.output_path(), i));
        for (path, i) in own.chain(copies) {
            let asset = &site.assets[i];
            if asset.sanitised.is_none() {
                let hash = *blake3::hash(asset.file.as_bytes()).as_bytes();
                self.0.insert(path, (hash, 0));
            }
        }
    }

    pub(crate) fn record(&mut self, path: &str, bytes: &[u8]) {
        self.0.insert(
            path.to_string(),
            (*blake3::hash(bytes).as_bytes(), bytes.len()),
        );
    }

    /// The list and the worker of every language, as (output path, bytes). No worker when
    /// the theme has none.
    pub(crate) fn files(&self, config: &Config, theme: &Theme) -> Vec<(String, Vec<u8>)> {
        self.files_of(config, theme, |_| true)
    }

    /// [`Hashes::files`] of the languages whose copy holds one of `changed` (`serve`, after
    /// an edit: the other lists stay as they are).
    pub(crate) fn files_for(
        &self,
        config: &Config,
        theme: &Theme,
        changed: &[&str],
    ) -> Vec<(String, Vec<u8>)> {
        self.files_of(config, theme, |lang| {
            changed.iter().any(|p| belongs(config, lang, p))
        })
    }

    fn files_of(
        &self,
        config: &Config,
        theme: &Theme,
        which: impl Fn(&str) -> bool,
    ) -> Vec<(String, Vec<u8>)> {
        let mut out = Vec::new();
        for l in config.languages.iter().filter(|l| which(&l.code)) {
            out.push((
                format!("{}/{MANIFEST}", l.code),
                self.manifest(config, &l.code).into_bytes(),
            ));
            if let Some(worker) = theme.statics.get(WORKER) {
                out.push((format!("{}/{WORKER_NAME}", l.code), worker.clone()));
            }
        }
        out
    }

    fn manifest(&self, config: &Config, lang: &str) -> String {
        #[derive(Serialize)]
        struct Manifest<'a> {
            lang: &'a str,
            version: String,
            /// How much the copy takes, for the reader to decide on a slow or costly line.
            bytes: usize,
            files: Vec<String>,
        }
        let mut hasher = blake3::Hasher::new();
        let mut files = Vec::new();
        let mut bytes = 0;
        for (path, (hash, len)) in self.0.iter().filter(|(p, _)| belongs(config, lang, p)) {
            hasher.update(path.as_bytes());
            hasher.update(&[0]);
            hasher.update(hash);
            bytes += len;
            files.push(from_manifest(lang, path, config.relative_urls));
        }
        let manifest = Manifest {
            lang,
            version: hasher.finalize().to_hex()[..16].to_string(),
            bytes,
            files,
        };
        // Serialising strings and numbers cannot fail.
        serde_json::to_string(&manifest).unwrap_or_default()
    }
}

/// The address of output file `path` relative to `<lang>/offline.json`, as the site's links
/// name it: a page by its folder (`asylum/x/`), or by its file when links are relative.
fn from_manifest(lang: &str, path: &str, relative_urls: bool) -> String {
    let encoded: Vec<String> = path.split('/').map(encode_segment).collect();
    let mut url = encoded.join("/");
    if !relative_urls && (url == "index.html" || url.ends_with("/index.html")) {
        url.truncate(url.len() - "index.html".len());
    }
    match url.strip_prefix(lang).and_then(|r| r.strip_prefix('/')) {
        Some("") => "./".to_string(),
        Some(rest) => rest.to_string(),
        None => format!("../{url}"),
    }
}

/// A sink that notes the hash of every file passing through it.
pub(crate) struct Recorder<'a> {
    pub(crate) inner: &'a dyn Sink,
    pub(crate) hashes: Mutex<Hashes>,
}

impl<'a> Recorder<'a> {
    pub(crate) fn new(inner: &'a dyn Sink) -> Recorder<'a> {
        Recorder {
            inner,
            hashes: Mutex::default(),
        }
    }

    pub(crate) fn into_hashes(self) -> Hashes {
        self.hashes.into_inner().unwrap_or_else(|e| e.into_inner())
    }
}

impl Sink for Recorder<'_> {
    fn put(&self, path: String, bytes: Vec<u8>) {
        // Hashed before taking the lock: pages arrive from every core at once.
        let hash = *blake3::hash(&bytes).as_bytes();
        self.hashes
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .0
            .insert(path.clone(), (hash, bytes.len()));
        self.inner.put(path, bytes);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_holds_its_language_and_the_shared_files() {
        let config = Config::parse(
            "[[languages]]\ncode = \"en\"\nname = \"English\"\n[[languages]]\ncode = \"es\"\nname = \"Español\"\n",
        )
        .unwrap();
        let mut h = Hashes::default();
        for p in [
            "index.html",
            "404.html",
            "sitemap.xml",
            "_headers",
            "robots.txt",
            ".site-gen",
            "style.css",
            "offline/sw.js",
            "offline/offline.js",
            "screener/app.js",
            "screener/screener_wasm_bg.wasm",
            "screener/rules.en.json",
            "screener/rules.es.json",
            "search/search_wasm_bg.wasm",
            "en/index.html",
            "en/offline.json",
            "en/sw.js",
            "en/asylum/index.html",
            "en/my guide/index.html",
            "en/search/index.bin",
            "es/index.html",
            "es/asylum/index.html",
        ] {
            h.record(p, p.as_bytes());
        }
        let en: serde_json::Value =
            serde_json::from_slice(&h.files(&config, &Theme::default())[0].1).unwrap();
        let files: Vec<&str> = en["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert_eq!(
            files,
            [
                "asylum/",
                "./",
                "my%20guide/",
                "search/index.bin",
                "../offline/offline.js",
                "../screener/app.js",
                "../screener/rules.en.json",
                "../screener/screener_wasm_bg.wasm",
                "../search/search_wasm_bg.wasm",
                "../style.css",
            ]
        );
        // A changed file outside the copy does not change its version; one inside does.
        let version = en["version"].clone();
        h.record("es/index.html", b"changed");
        let again: serde_json::Value =
            serde_json::from_slice(&h.files(&config, &Theme::default())[0].1).unwrap();
        assert_eq!(again["version"], version);
        h.record("style.css", b"changed");
        let again: serde_json::Value =
            serde_json::from_slice(&h.files(&config, &Theme::default())[0].1).unwrap();
        assert_ne!(again["version"], version);
    }
}
