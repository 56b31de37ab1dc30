//! `site-gen screener run` and `site-gen screener test`.

use std::process::ExitCode;

use super::{parse_today, print_diagnostics};
use crate::cli::ScreenerCommand;

/// The largest answers file read: a full set of answers is a few hundred bytes.
const MAX_ANSWERS: u64 = 1024 * 1024;

pub fn run(cmd: ScreenerCommand) -> ExitCode {
    match cmd {
        ScreenerCommand::Run {
            answers,
            today,
            root,
        } => {
            let Some(today) = parse_today(today) else {
                return ExitCode::from(2);
            };
            let text = match read_answers(&answers) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("error: {}: {e}", answers.display());
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

/// The answers file, refused when it is not a regular file (a FIFO would block) or larger
/// than any real set of answers.
fn read_answers(path: &std::path::Path) -> Result<String, String> {
    use std::io::Read;
    let meta = std::fs::metadata(path).map_err(|e| e.to_string())?;
    if !meta.is_file() {
        return Err("not a regular file".into());
    }
    if meta.len() > MAX_ANSWERS {
        return Err(format!(
            "{} KB; an answers file has at most {} KB",
            meta.len() / 1024,
            MAX_ANSWERS / 1024
        ));
    }
    let mut text = String::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_ANSWERS).read_to_string(&mut text))
        .map_err(|e| e.to_string())?;
    Ok(text)
}
