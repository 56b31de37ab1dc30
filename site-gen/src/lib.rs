//! site-gen: multilingual plain-language rights guides in, a small static site out.
//!
//! The pipeline is `load` (read every input, collect every problem) → `render` (pure,
//! parallel) → `write` (atomic swap of the output folder). See ARCHITECTURE.md.

#![warn(missing_docs)]

pub mod bundle;
pub mod check;
pub mod config;
pub mod diag;
mod foreign;
pub mod import;
pub mod init;
pub mod load;
pub mod model;
pub mod pipeline;
pub mod render;
pub mod scaffold;
pub mod screener;
pub mod search;
pub mod serve;
pub mod translations;
mod write;

pub use diag::{Diagnostic, Severity};
pub use pipeline::{BuildOptions, Report, build};
