//! `site-gen import` and `site-gen init`.

use std::path::PathBuf;
use std::process::ExitCode;

use site_gen::{import, init};

use super::print_diagnostics;

pub fn import(generator: &str, source: PathBuf, to: PathBuf) -> ExitCode {
    let generator = match generator.parse::<import::Generator>() {
        Ok(g) => g,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let opts = import::Options {
        generator,
        source: source.clone(),
        target: to.clone(),
    };
    match import::run(&opts) {
        Ok(report) => {
            // Problems are named by their place in the source.
            print_diagnostics(&source, &report.diagnostics);
            eprintln!("{report}");
            eprintln!("next: `site-gen check --root {}`", to.display());
            ExitCode::SUCCESS
        }
        Err(diags) => {
            print_diagnostics(&source, &diags);
            ExitCode::FAILURE
        }
    }
}

pub fn init(dir: PathBuf, languages: Vec<String>) -> ExitCode {
    match init::run(&init::Options {
        dir: dir.clone(),
        languages,
    }) {
        Ok(report) => {
            print_diagnostics(&dir, &report.diagnostics);
            eprintln!("{report}");
            ExitCode::SUCCESS
        }
        Err(diags) => {
            print_diagnostics(&dir, &diags);
            ExitCode::FAILURE
        }
    }
}
