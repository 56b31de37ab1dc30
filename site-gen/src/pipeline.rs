//! The build pipeline: load → render → write, with nothing written when anything failed.

use std::path::PathBuf;

use crate::diag::{Diagnostic, has_errors};
use crate::load::{self, LoadOptions, Site};
use crate::render::{self, Output, Sink};

#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    pub load: LoadOptions,
    pub out: PathBuf,
}

#[derive(Debug)]
pub struct Report {
    pub pages: usize,
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

pub fn build(opts: &BuildOptions) -> Result<Report, Vec<Diagnostic>> {
    let (site, mut diags) = load::load(&opts.load);
    let Some(site) = site else {
        return Err(diags);
    };
    if has_errors(&diags) {
        diags.extend(render::render(&site, &Discard));
        return Err(diags);
    }
    let assets: Vec<(String, PathBuf)> = site
        .assets
        .iter()
        .map(|a| (format!("{}/{}", a.lang, a.key), a.path.clone()))
        .collect();
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
