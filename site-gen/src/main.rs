//! The `site-gen` command line: argument parsing, printing diagnostics, exit codes.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

// Rendering allocates many small strings on every core; mimalloc does that faster than the
// system allocator (measured in BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use codespan_reporting::diagnostic as cs;
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, termcolor};
use site_gen::diag::Severity;
use site_gen::load::LoadOptions;
use site_gen::{BuildOptions, Diagnostic};

#[derive(Parser)]
#[command(
    name = "site-gen",
    version,
    about = "Build multilingual plain-language rights guides into a small static site"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum ScreenerCommand {
    /// Print the screener's result for a file of answers, as JSON.
    Run {
        /// A JSON object from question id to answer ("yes", "no", "unsure", a choice id, a
        /// number, or "YYYY-MM" / "YYYY-MM-DD").
        #[arg(long)]
        answers: PathBuf,
        /// The date to evaluate on, YYYY-MM-DD (default: today).
        #[arg(long)]
        today: Option<String>,
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Play every test case in content/screener/tests/.
    Test {
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
}

#[derive(Subcommand)]
enum Command {
    /// Run the screener natively: its result for a set of answers, or its test cases.
    #[command(subcommand)]
    Screener(ScreenerCommand),
    /// Build the site into the output folder (replaced whole, only when the build succeeds).
    Build {
        /// The site's folder (with site.toml, content/, locales/, theme/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site.
        #[arg(long, default_value = "public")]
        out: PathBuf,
        /// Where the site will be served from, e.g. https://example.org/rights/ (overrides site.toml).
        #[arg(long)]
        base_url: Option<String>,
        /// Include pages marked `draft: true`.
        #[arg(long)]
        drafts: bool,
    },
    /// Check the site without writing it: everything `build` checks, plus links and anchors in
    /// every language, images, heading levels, review dates and translations.
    Check {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where the site will be served from (overrides site.toml), for links written as paths.
        #[arg(long)]
        base_url: Option<String>,
        /// Include pages marked `draft: true`.
        #[arg(long)]
        drafts: bool,
        /// The date reviews are measured against, YYYY-MM-DD (default: today, UTC).
        #[arg(long)]
        today: Option<String>,
        /// `json` prints every problem as a JSON array on stdout, for CI.
        #[arg(long, value_enum, default_value_t = DiagFormat::Text)]
        format: DiagFormat,
    },
    /// Serve the site on this computer, rebuilding it and reloading open pages on every change.
    Serve {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The port to listen on (0: any free port).
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// The address to listen on. Only this computer by default; give this computer's
        /// network address (or 0.0.0.0) to try the site on a phone on the same network.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Include pages marked `draft: true`.
        #[arg(long)]
        drafts: bool,
    },
    /// How far each language's translation is: pages up to date, outdated and missing, and
    /// interface messages. `translations mark` records translations as up to date.
    Translations {
        #[command(subcommand)]
        action: Option<TranslationsCommand>,
        #[arg(long, default_value = ".", global = true)]
        root: PathBuf,
        #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
        format: ReportFormat,
        /// Write the report to this file instead of stdout.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Start a new guide or a new language.
    #[command(subcommand)]
    New(NewCommand),
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum DiagFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ReportFormat {
    Table,
    Json,
    Html,
}

#[derive(Subcommand)]
enum TranslationsCommand {
    /// Record that translations match their source as it is now (writes `translation_of` in
    /// their front matter). Run it after checking a translation against its source.
    Mark {
        /// Translations, like content/es/asylum/one-year-deadline.md.
        #[arg(required_unless_present = "all")]
        files: Vec<PathBuf>,
        /// Mark every existing translation of this language.
        #[arg(long, value_name = "LANG")]
        all: Option<String>,
    },
}

#[derive(Subcommand)]
enum NewCommand {
    /// Write content/<lang>/<section>/<name>.md with its front matter filled in.
    Guide {
        /// <section>/<name>, like asylum/one-year-deadline.
        path: String,
        /// The language (default: the site's default language).
        #[arg(long)]
        lang: Option<String>,
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Add a language to site.toml, with content/<code>/ and Fluent files to translate.
    Language {
        /// A BCP 47 code, like uk, fa or zh-Hant.
        code: String,
        /// The language's name in itself, like Українська.
        #[arg(long)]
        name: String,
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Screener(cmd) => screener(cmd),
        Command::Check {
            root,
            base_url,
            drafts,
            today,
            format,
        } => check(root, base_url, drafts, today, format),
        Command::Serve {
            root,
            port,
            bind,
            drafts,
        } => serve(root, std::net::SocketAddr::new(bind, port), drafts),
        Command::Translations {
            action,
            root,
            format,
            out,
        } => match action {
            None => translations(&root, format, out),
            Some(TranslationsCommand::Mark { files, all }) => mark(&root, &files, all),
        },
        Command::New(NewCommand::Guide { path, lang, root }) => new_guide(&root, &path, lang),
        Command::New(NewCommand::Language { code, name, root }) => {
            new_language(&root, &code, &name)
        }
        Command::Build {
            root,
            out,
            base_url,
            drafts,
        } => {
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
            let result = site_gen::build(&opts);
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
    }
}

fn screener(cmd: ScreenerCommand) -> ExitCode {
    match cmd {
        ScreenerCommand::Run {
            answers,
            today,
            root,
        } => {
            let today = match today.as_deref().map(screener_wasm::engine::Date::parse) {
                None => site_gen::screener::today_utc(),
                Some(Some(d)) => d,
                Some(None) => {
                    eprintln!("error: --today must be a date written YYYY-MM-DD");
                    return ExitCode::from(2);
                }
            };
            let text = match site_gen::screener::read_answers(&answers) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(2);
                }
            };
            match site_gen::screener::run(&root, &text, today) {
                Ok(v) => {
                    println!(
                        "{}",
                        serde_json::to_string_pretty(&v).expect("JSON values print")
                    );
                    ExitCode::SUCCESS
                }
                Err(diags) => {
                    print_diagnostics(&root, &diags);
                    ExitCode::FAILURE
                }
            }
        }
        ScreenerCommand::Test { root } => match site_gen::screener::test(&root) {
            Ok(n) => {
                println!("{n} passed, 0 failed");
                ExitCode::SUCCESS
            }
            Err(diags) => {
                print_diagnostics(&root, &diags);
                let failed = diags
                    .iter()
                    .filter(|d| d.message.starts_with("screener test"))
                    .count();
                println!("screener: {failed} failed");
                ExitCode::FAILURE
            }
        },
    }
}

fn check(
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
    if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn serve(root: PathBuf, addr: std::net::SocketAddr, drafts: bool) -> ExitCode {
    use site_gen::serve::Event;
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

/// Loads the site for the editor tools; errors are printed and end the command.
fn load_site(root: &std::path::Path, drafts: bool) -> Result<site_gen::load::Site, ExitCode> {
    let (site, diags) = site_gen::load::load(&LoadOptions {
        root: root.to_path_buf(),
        base_url: None,
        drafts,
    });
    let errors: Vec<Diagnostic> = diags.into_iter().filter(|d| d.is_error()).collect();
    print_diagnostics(root, &errors);
    site.ok_or(ExitCode::FAILURE)
}

fn translations(root: &std::path::Path, format: ReportFormat, out: Option<PathBuf>) -> ExitCode {
    use site_gen::translations as tr;
    let site = match load_site(root, false) {
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
    ExitCode::SUCCESS
}

fn mark(root: &std::path::Path, files: &[PathBuf], all: Option<String>) -> ExitCode {
    use site_gen::translations as tr;
    let site = match load_site(root, true) {
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
    if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn new_guide(root: &std::path::Path, path: &str, lang: Option<String>) -> ExitCode {
    let site = match load_site(root, true) {
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

fn new_language(root: &std::path::Path, code: &str, name: &str) -> ExitCode {
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

fn parse_today(today: Option<String>) -> Option<screener_wasm::engine::Date> {
    match today.as_deref().map(screener_wasm::engine::Date::parse) {
        None => Some(site_gen::screener::today_utc()),
        Some(Some(d)) => Some(d),
        Some(None) => {
            eprintln!("error: --today must be a date written YYYY-MM-DD");
            None
        }
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

/// Prints diagnostics like a compiler: severity, message, location, the line itself with a
/// marker, and a hint. Colour only on a terminal.
fn print_diagnostics(root: &std::path::Path, diags: &[Diagnostic]) {
    let choice = if std::io::stderr().is_terminal() {
        termcolor::ColorChoice::Auto
    } else {
        termcolor::ColorChoice::Never
    };
    let writer = termcolor::StandardStream::stderr(choice);
    let config = term::Config::default();
    let mut files = SimpleFiles::new();
    for d in diags {
        let severity = match d.severity {
            Severity::Error => cs::Severity::Error,
            Severity::Warning => cs::Severity::Warning,
        };
        let mut out = cs::Diagnostic::new(severity).with_message(&d.message);
        let source = d.file.as_ref().filter(|_| d.line > 0).and_then(|f| {
            std::fs::read_to_string(root.join(f))
                .ok()
                .map(|text| (f, text))
        });
        match source {
            Some((file, text)) => {
                let start = offset_of(&text, d.line, d.column);
                let end = text[start..]
                    .find('\n')
                    .map_or(text.len(), |e| start + e)
                    .max(start);
                let end = if d.column > 0 {
                    next_char(&text, start).min(end.max(start + 1))
                } else {
                    end
                };
                let id = files.add(file.display().to_string(), text);
                out = out.with_labels(vec![cs::Label::primary(id, start..end)]);
            }
            None => {
                if let Some(loc) = d.location() {
                    out = out.with_notes(vec![format!("in {loc}")]);
                }
            }
        }
        if let Some(h) = &d.hint {
            out.notes.push(format!("hint: {h}"));
        }
        let _ = term::emit_to_write_style(&mut writer.lock(), &config, &files, &out);
    }
}

fn offset_of(text: &str, line: u32, column: u32) -> usize {
    let mut offset = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line as usize {
            let col = column.saturating_sub(1) as usize;
            return offset
                + l.char_indices()
                    .nth(col)
                    .map_or(l.trim_end_matches('\n').len(), |(b, _)| b);
        }
        offset += l.len();
    }
    text.len()
}

fn next_char(text: &str, at: usize) -> usize {
    text[at..].chars().next().map_or(at, |c| at + c.len_utf8())
}
