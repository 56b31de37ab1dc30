//! The build pipeline: load → render → write, stopping before `write` when anything failed.

use std::path::PathBuf;

use crate::diag::{Diagnostic, has_errors};

use crate::load::{self, LoadOptions, Site};
use crate::render::{self, Output};

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

/// Loads and renders without writing anything (used by `build` and `check`).
pub fn prepare(opts: &LoadOptions) -> (Option<(Site, Output)>, Vec<Diagnostic>) {
    let (site, mut diags) = load::load(opts);
    let Some(site) = site else {
        return (None, diags);
    };
    // Render even when some files failed to load, so that one run reports every problem
    // (a broken link elsewhere, a template typo); nothing is written when anything failed.
    let (output, render_diags) = render::render(&site);
    diags.extend(render_diags);
    (Some((site, output)), diags)
}

pub fn build(opts: &BuildOptions) -> Result<Report, Vec<Diagnostic>> {
    let (prepared, mut diags) = prepare(&opts.load);
    let Some((site, output)) = prepared else {
        return Err(diags);
    };
    if has_errors(&diags) {
        return Err(diags);
    }
    let assets: Vec<(String, PathBuf)> = site
        .assets
        .iter()
        .map(|a| (format!("{}/{}", a.lang, a.key), a.path.clone()))
        .collect();
    if let Err(e) = crate::write::write(&opts.out, &output, &assets) {
        diags.push(e);
        return Err(diags);
    }
    let pages = output
        .files
        .keys()
        .filter(|k| k.ends_with("index.html"))
        .count();
    Ok(Report {
        pages,
        files: output.files.len() + assets.len(),
        diagnostics: diags,
    })
}
