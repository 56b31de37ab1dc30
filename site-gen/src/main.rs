//! The `site-gen` command line: argument parsing, printing diagnostics, exit codes.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Screener(cmd) => screener(cmd),
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
            match site_gen::build(&opts) {
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
            let text = match std::fs::read_to_string(&answers) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("error: cannot read {}: {e}", answers.display());
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
