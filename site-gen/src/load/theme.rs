//! Reading the theme: the repository's `theme/` is built into the binary; a site's own
//! `theme/` overrides it file by file.

use super::fs::SiteFs;
use crate::diag::Diagnostic;
use crate::model::Theme;

macro_rules! builtin {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../theme/", $name)))),*]
    };
}

/// The built-in theme, relative to `theme/`.
const BUILTIN: &[(&str, &[u8])] = builtin!(
    "templates/base.html",
    "templates/page.html",
    "templates/section.html",
    "templates/chooser.html",
    "templates/404.html",
    "templates/directory.html",
    "templates/glossary.html",
    "templates/search.html",
    "static/search/app.js",
    "static/search/search.css",
    "templates/screener.html",
    "static/screener/app.js",
    "templates/head.html",
    "templates/fallback-notice.html",
    "templates/topbar.html",
    "templates/screener-cta.html",
    "static/quick-exit.js",
    "static/style.css",
    "templates/print.html",
    "templates/keep.html",
    "static/offline/offline.js",
    "static/offline/sw.js",
);

/// The built-in theme with the site's `theme/` laid over it.
pub(crate) fn read(fs: &SiteFs, diags: &mut Vec<Diagnostic>) -> Theme {
    let mut theme = Theme::default();
    for (name, bytes) in BUILTIN {
        theme.insert(name, bytes.to_vec(), diags);
    }
    let dir = fs.root().join("theme");
    for found in fs.walk(&dir, diags) {
        let Some(rel) = found.rel else { continue };
        match fs.read(&found.path, super::fs::MAX_TEXT) {
            Ok(Some(bytes)) => theme.insert(&rel, bytes, diags),
            Ok(None) => {}
            Err(d) => diags.push(d),
        }
    }
    theme
}
