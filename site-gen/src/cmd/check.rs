//! `site-gen check`.

use std::path::PathBuf;
use std::process::ExitCode;

use site_gen::load::LoadOptions;

use super::{Status, exit, parse_today, print_diagnostics};
use crate::cli::DiagFormat;

pub fn run(
    root: PathBuf,
    base_url: Option<String>,
    drafts: bool,
    today: Option<String>,
    format: DiagFormat,
) -> ExitCode {
    let Some(today) = parse_today(today) else {
        return ExitCode::from(2);
    };
    let status = Status::show("checking");
    let opts = site_gen::check::CheckOptions {
        load: LoadOptions {
            root: root.clone(),
            base_url,
            drafts,
        },
        today,
    };
    let diags = site_gen::check::check(&opts);
    drop(status);
    let errors = diags.iter().filter(|d| d.is_error()).count();
    match format {
        DiagFormat::Json => println!(
            "{}",
            serde_json::to_string_pretty(&diags).expect("diagnostics serialise")
        ),
        DiagFormat::Text => {
            print_diagnostics(&root, &diags);
            eprintln!(
                "check: {errors} error(s), {} warning(s)",
                diags.len() - errors
            );
        }
    }
    exit(errors > 0)
}
