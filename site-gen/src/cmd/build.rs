//! `site-gen build`.

use std::path::PathBuf;
use std::process::ExitCode;

use site_gen::BuildOptions;
use site_gen::load::LoadOptions;

use super::{Status, print_diagnostics};

pub fn run(
    root: PathBuf,
    out: PathBuf,
    base_url: Option<String>,
    drafts: bool,
    relative_urls: bool,
) -> ExitCode {
    let out = if out.is_absolute() {
        out
    } else {
        root.join(out)
    };
    let opts = BuildOptions {
        load: LoadOptions {
            root: root.clone(),
            base_url,
            drafts,
        },
        out: out.clone(),
    };
    let started = std::time::Instant::now();
    let status = Status::show("building");
    let result = site_gen::pipeline::build_with(&opts, relative_urls);
    drop(status);
    match result {
        Ok(report) => {
            print_diagnostics(&root, &report.diagnostics);
            eprintln!(
                "built {} pages ({} files) into {} in {:.2} s",
                report.pages,
                report.files,
                out.display(),
                started.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(diags) => {
            print_diagnostics(&root, &diags);
            let errors = diags.iter().filter(|d| d.is_error()).count();
            eprintln!(
                "build failed with {errors} error(s); {} was left as it was",
                out.display()
            );
            ExitCode::FAILURE
        }
    }
}
