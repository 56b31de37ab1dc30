//! `site-gen serve`.

use std::path::PathBuf;
use std::process::ExitCode;

use site_gen::Diagnostic;
use site_gen::load::LoadOptions;
use site_gen::serve::Event;

use super::{Status, print_diagnostics};

pub fn run(root: PathBuf, addr: std::net::SocketAddr, drafts: bool) -> ExitCode {
    let opts = site_gen::serve::ServeOptions {
        load: LoadOptions {
            root: root.clone(),
            base_url: None,
            drafts,
        },
        addr,
    };
    let mut status = Some(Status::show("building"));
    // Warnings are shown once, not again at every rebuild.
    let mut shown = std::collections::HashSet::new();
    let mut fresh = |diags: &[Diagnostic]| -> Vec<Diagnostic> {
        diags
            .iter()
            .filter(|d| d.is_error() || shown.insert(d.to_string()))
            .cloned()
            .collect()
    };
    let what = |changed: &[String]| match changed {
        [] => String::new(),
        [one] => format!("{one} changed: "),
        many => format!("{} files changed: ", many.len()),
    };
    let result = site_gen::serve::serve(&opts, &mut |event| match event {
        Event::Built {
            pages,
            rendered,
            took,
            changed,
            diagnostics,
        } => {
            status.take();
            print_diagnostics(&root, &fresh(diagnostics));
            if rendered == pages {
                eprintln!(
                    "{}built {pages} pages in {} ms",
                    what(changed),
                    took.as_millis()
                );
            } else {
                eprintln!(
                    "{}rendered {rendered} of {pages} pages again in {} ms",
                    what(changed),
                    took.as_millis()
                );
            }
        }
        Event::Failed {
            took,
            changed,
            diagnostics,
        } => {
            status.take();
            print_diagnostics(&root, &fresh(diagnostics));
            let errors = diagnostics.iter().filter(|d| d.is_error()).count();
            eprintln!(
                "{}build failed with {errors} error(s) in {} ms; still serving the last good build",
                what(changed),
                took.as_millis()
            );
        }
        Event::Listening { url } => {
            eprintln!("serving the site at {url} (Ctrl-C stops)");
            if addr.ip().is_unspecified() {
                eprintln!(
                    "listening on every network interface: other devices reach it at this computer's address"
                );
            }
        }
        Event::WatchError(e) => eprintln!("warning: watching files: {e}"),
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(d) => {
            print_diagnostics(&root, &[d]);
            ExitCode::FAILURE
        }
    }
}
