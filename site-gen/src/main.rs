//! The `site-gen` command line: arguments (`cli`), one thin handler per command (`cmd/`),
//! printing diagnostics and choosing exit codes. Everything else is the library's.

mod cli;
mod cmd;

use std::process::ExitCode;

use clap::Parser;

// Rendering allocates many small strings on every core; mimalloc does that faster than the
// system allocator (measured in BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    cmd::run(cli::Cli::parse().command)
}
