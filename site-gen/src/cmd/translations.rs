//! `site-gen translations` and `site-gen translations mark`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use site_gen::translations as tr;

use super::{exit, load_site, print_diagnostics};
use crate::cli::ReportFormat;

pub fn report(root: &Path, format: ReportFormat, out: Option<PathBuf>) -> ExitCode {
    let (site, had_errors) = match load_site(root, false) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let outdated: Vec<&str> = tr::page_states(&site)
        .iter()
        .filter(|s| s.state == tr::State::Outdated)
        .map(|s| s.source.file.as_str())
        .collect();
    let dates = tr::source_dates(root, outdated);
    let report = tr::report(&site, &dates);
    let text = match format {
        ReportFormat::Table => tr::table(&report),
        ReportFormat::Json => {
            serde_json::to_string_pretty(&report).expect("the report serialises") + "\n"
        }
        ReportFormat::Html => {
            match tr::html(&report, &site_gen::screener::today_utc().to_string()) {
                Ok(h) => h,
                Err(e) => {
                    eprintln!("error: cannot render the report: {e}");
                    return ExitCode::FAILURE;
                }
            }
        }
    };
    match out {
        Some(path) => {
            if let Err(e) = std::fs::write(&path, text) {
                eprintln!("error: cannot write {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
            eprintln!("wrote {}", path.display());
        }
        None => print!("{text}"),
    }
    // The report is written even when some files have errors, but the errors (a broken
    // Fluent file, say) make the command fail: a coordinator's script must notice them.
    exit(had_errors)
}

pub fn mark(root: &Path, files: &[PathBuf], all: Option<String>) -> ExitCode {
    let (site, had_errors) = match load_site(root, true) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let mut files = files.to_vec();
    let mut problems = Vec::new();
    if let Some(lang) = all {
        match tr::translations_of(&site, &lang) {
            Ok(f) => files.extend(f.into_iter().map(PathBuf::from)),
            Err(d) => problems.push(d),
        }
    }
    for file in &files {
        match tr::mark(&site, file) {
            Ok(m) if m.changed => eprintln!(
                "marked {} up to date with {} ({})",
                m.file, m.source, m.hash
            ),
            Ok(m) => eprintln!("{} was already marked up to date", m.file),
            Err(d) => problems.push(d),
        }
    }
    print_diagnostics(root, &problems);
    exit(had_errors || !problems.is_empty())
}
