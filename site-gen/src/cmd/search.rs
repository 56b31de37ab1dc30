//! `site-gen search`.

use std::path::Path;
use std::process::ExitCode;

use site_gen::load::LoadOptions;

use super::print_diagnostics;

pub fn run(root: &Path, lang: &str, query: &str, limit: usize) -> ExitCode {
    let opts = LoadOptions {
        root: root.to_path_buf(),
        base_url: None,
        drafts: false,
    };
    match site_gen::search::run(&opts, lang, query, limit) {
        Ok(results) => {
            println!(
                "{}",
                serde_json::to_string_pretty(&results).expect("results serialise")
            );
            ExitCode::SUCCESS
        }
        Err(diags) => {
            print_diagnostics(root, &diags);
            ExitCode::FAILURE
        }
    }
}
