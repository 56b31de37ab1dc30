//! `site-gen screener run` and `site-gen screener test`.

use std::process::ExitCode;

use super::{parse_today, print_diagnostics};
use crate::cli::ScreenerCommand;

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
