//! Helpers shared by the command-line tests: the binary, and the fixture helpers every test
//! suite shares (`test-support`).

#![allow(dead_code)] // each test binary uses its own subset

use std::path::Path;
use std::process::Command;

pub use test_support::fixture_dir as fixture;

pub fn site_gen() -> Command {
    Command::new(env!("CARGO_BIN_EXE_site-gen"))
}

/// Copies `src` into `dst` recursively, overwriting files that exist.
pub fn copy(src: &Path, dst: &Path) {
    test_support::copy_tree(src, dst);
}
