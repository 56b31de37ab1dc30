//! One handler per command: each turns arguments into the library's options, runs it, and
//! prints what happened. Only these files print, and only they choose exit codes: 0 for
//! success, 1 when the site has errors, 2 when the command line itself is wrong.

mod build;
mod bundle;
mod check;
mod import;
mod new;
mod report;
mod screener;
mod search;
mod serve;
mod translations;

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use site_gen::Diagnostic;
use site_gen::load::LoadOptions;
use site_gen::model::{Date, Site};

use crate::cli::{Command, NewCommand, TranslationsCommand};
pub use report::print_diagnostics;

pub fn run(command: Command) -> ExitCode {
    match command {
        Command::Build {
            root,
            out,
            base_url,
            drafts,
            relative_urls,
        } => build::run(root, out, base_url, drafts, relative_urls),
        Command::Bundle {
            root,
            lang,
            out,
            base_url,
        } => bundle::run(root, lang, out, base_url),
        Command::Check {
            root,
            base_url,
            drafts,
            today,
            format,
        } => check::run(root, base_url, drafts, today, format),
        Command::Serve {
            root,
            port,
            bind,
            drafts,
        } => serve::run(root, std::net::SocketAddr::new(bind, port), drafts),
        Command::Translations {
            action,
            root,
            format,
            out,
        } => match action {
            None => translations::report(&root, format, out),
            Some(TranslationsCommand::Mark { files, all }) => {
                translations::mark(&root, &files, all)
            }
        },
        Command::New(NewCommand::Guide { path, lang, root }) => new::guide(&root, &path, lang),
        Command::New(NewCommand::Language { code, name, root }) => {
            new::language(&root, &code, &name)
        }
        Command::Screener(cmd) => screener::run(cmd),
        Command::Import {
            generator,
            source,
            to,
        } => import::import(&generator, source, to),
        Command::Init { dir, lang } => import::init(dir, lang),
        Command::Search {
            lang,
            root,
            limit,
            query,
        } => search::run(&root, &lang, &query.join(" "), limit),
    }
}

/// Loads the site for the editor tools, printing its errors. `Err` when there is no site to
/// work on; otherwise the site and whether it had errors (the command's exit code says so).
fn load_site(root: &Path, drafts: bool) -> Result<(Site, bool), ExitCode> {
    let (site, diags) = site_gen::load::load(&LoadOptions {
        root: root.to_path_buf(),
        base_url: None,
        drafts,
    });
    let errors: Vec<Diagnostic> = diags.into_iter().filter(|d| d.is_error()).collect();
    print_diagnostics(root, &errors);
    match site {
        Some(s) => Ok((s, !errors.is_empty())),
        None => Err(ExitCode::FAILURE),
    }
}

/// `--today`, or today's date (UTC). `None` (after saying why) when it is not a date.
fn parse_today(today: Option<String>) -> Option<Date> {
    match today.as_deref().map(Date::parse) {
        None => Some(site_gen::screener::today_utc()),
        Some(Some(d)) => Some(d),
        Some(None) => {
            eprintln!("error: --today must be a date written YYYY-MM-DD");
            None
        }
    }
}

/// Success unless `failed`.
fn exit(failed: bool) -> ExitCode {
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// A one-line note of what is running, on a terminal only; erased when dropped.
struct Status(bool);

impl Status {
    fn show(what: &str) -> Status {
        let tty = std::io::stderr().is_terminal();
        if tty {
            eprint!("{what}…");
        }
        Status(tty)
    }
}

impl Drop for Status {
    fn drop(&mut self) {
        if self.0 {
            eprint!("\r\x1b[2K");
        }
    }
}
