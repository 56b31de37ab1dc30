//! `site-gen bundle`.

use std::path::PathBuf;
use std::process::ExitCode;

use site_gen::load::LoadOptions;

use super::{Status, print_diagnostics};

pub fn run(
    root: PathBuf,
    lang: String,
    out: Option<PathBuf>,
    base_url: Option<String>,
) -> ExitCode {
    let out = match out {
        Some(o) if o.is_absolute() => o,
        Some(o) => root.join(o),
        None => root.join(format!("site-{lang}.zip")),
    };
    // The zip's files sit in one folder named like the zip, as unzipping tools expect.
    let folder = out.file_stem().map_or_else(
        || format!("site-{lang}"),
        |s| s.to_string_lossy().into_owned(),
    );
    let opts = LoadOptions {
        root: root.clone(),
        base_url,
        drafts: false,
    };
    let status = Status::show("bundling");
    let result = site_gen::bundle::bundle(&opts, &lang, &folder);
    drop(status);
    match result {
        Ok(bundle) => {
            print_diagnostics(&root, &bundle.diagnostics);
            if let Err(d) = site_gen::bundle::write(&out, &bundle.zip) {
                print_diagnostics(&root, &[d]);
                return ExitCode::FAILURE;
            }
            eprintln!(
                "wrote {} ({} files, {} KB): unzip it and open {folder}/index.html",
                out.display(),
                bundle.files.len(),
                bundle.zip.len().div_ceil(1024)
            );
            ExitCode::SUCCESS
        }
        Err(diags) => {
            print_diagnostics(&root, &diags);
            eprintln!("no bundle written");
            ExitCode::FAILURE
        }
    }
}
