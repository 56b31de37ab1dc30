//! The theme: minijinja templates and static files. The repository's `theme/` is built into
//! the binary; a site's own `theme/` overrides it file by file.

use std::collections::BTreeMap;
use std::path::Path;

use walkdir::WalkDir;

use crate::diag::Diagnostic;

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
    "templates/screener.html",
    "static/screener/app.js",
    "templates/head.html",
    "templates/fallback-notice.html",
    "templates/topbar.html",
    "templates/screener-cta.html",
    "static/quick-exit.js",
    "static/style.css",
);

#[derive(Debug, Default)]
pub struct Theme {
    /// Template name (`page.html`) → source.
    pub templates: BTreeMap<String, String>,
    /// Path under `static/` → bytes, copied to the output root.
    pub statics: BTreeMap<String, Vec<u8>>,
}

impl Theme {
    pub fn load(root: &Path, diags: &mut Vec<Diagnostic>) -> Theme {
        let mut theme = Theme::default();
        for (name, bytes) in BUILTIN {
            theme.insert(name, bytes.to_vec(), diags);
        }
        let dir = root.join("theme");
        if dir.is_dir() {
            for entry in WalkDir::new(&dir).sort_by_file_name().into_iter().flatten() {
                if !entry.file_type().is_file() {
                    continue;
                }
                let Ok(rel) = entry.path().strip_prefix(&dir) else {
                    continue;
                };
                let rel = rel.to_string_lossy().replace('\\', "/");
                match std::fs::read(entry.path()) {
                    Ok(bytes) => theme.insert(&rel, bytes, diags),
                    Err(e) => diags.push(
                        Diagnostic::error(format!("cannot read: {e}"))
                            .in_file(format!("theme/{rel}")),
                    ),
                }
            }
        }
        theme
    }

    fn insert(&mut self, rel: &str, bytes: Vec<u8>, diags: &mut Vec<Diagnostic>) {
        if let Some(name) = rel.strip_prefix("templates/") {
            match String::from_utf8(bytes) {
                Ok(s) => {
                    self.templates.insert(name.to_string(), s);
                }
                Err(_) => diags.push(
                    Diagnostic::error("template is not UTF-8 text").in_file(format!("theme/{rel}")),
                ),
            }
        } else if let Some(name) = rel.strip_prefix("static/") {
            self.statics.insert(name.to_string(), bytes);
        }
    }
}
