//! `site-gen new guide` and `site-gen new language`.

use std::path::Path;
use std::process::ExitCode;

use super::{load_site, print_diagnostics};

pub fn guide(root: &Path, path: &str, lang: Option<String>) -> ExitCode {
    let (site, _) = match load_site(root, true) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let today = site_gen::screener::today_utc();
    match site_gen::scaffold::new_guide(root, &site.config, path, lang.as_deref(), today) {
        Ok((file, warnings)) => {
            print_diagnostics(root, &warnings);
            eprintln!("created {file}");
            ExitCode::SUCCESS
        }
        Err(d) => {
            print_diagnostics(root, &[d]);
            ExitCode::FAILURE
        }
    }
}

pub fn language(root: &Path, code: &str, name: &str) -> ExitCode {
    match site_gen::scaffold::new_language(root, code, name) {
        Ok(n) => {
            eprintln!(
                "added `{}` to site.toml (written {}); created {}",
                n.code,
                if n.dir == "rtl" {
                    "right to left"
                } else {
                    "left to right"
                },
                n.created.join(", ")
            );
            eprintln!(
                "next: translate the messages in locales/{0}/ and put translated guides under content/{0}/; `site-gen translations` shows what is left",
                n.code
            );
            ExitCode::SUCCESS
        }
        Err(diags) => {
            print_diagnostics(root, &diags);
            ExitCode::FAILURE
        }
    }
}
