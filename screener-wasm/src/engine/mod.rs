//! The screener engine: plain Rust with no I/O, no clock and no browser types.
//!
//! Data flow: TOML text → [`load_definition`] (feature `load`) → [`Definition`] (checked and
//! compiled; its JSON is what the browser loads) → [`validate`] at build time → for each set of
//! answers, [`parse_answers`] → [`evaluate`] → [`Step`] (the next question, or the result).
//!
//! * `date` — civil dates with day and month arithmetic.
//! * `condition` — the condition language and its three-valued evaluation (read its module
//!   comment for how "I don't know" and unasked questions are handled).
//! * `definition` — the definition types, structural checks, the messages and guides it needs;
//!   `json` — reading it back from the JSON the browser loads.
//! * `ids` — the Fluent message naming scheme.
//! * `answers`, `evaluate` — the flow and its result with reasons.
//! * `validate`, `search` — build-time checks, including a bounded search over flows.
//! * `testcase` — test cases as data; `load` — the TOML loader.

mod answers;
mod condition;
mod date;
mod definition;
mod evaluate;
pub mod ids;
mod json;
#[cfg(feature = "load")]
mod load;
mod search;
mod testcase;
mod validate;

pub use answers::{Answer, Answers, parse_answers};
pub use condition::{Condition, DateFormula};
pub use date::{Date, PartialDate};
pub use definition::{
    Deadline, Definition, Guide, GuideRef, Kind, MessageRef, Notice, Question, Rule,
};
pub use evaluate::{DeadlineDate, Outcome, Reason, Step, estimate_total, evaluate, next_possible};
#[cfg(feature = "load")]
pub use load::{load_definition, load_test_cases};
pub use testcase::{Expect, TestCase, run_case};
pub use validate::{ValidationContext, validate};

use std::fmt;

/// A place in a source file; `line` and `column` are 1-based (column in characters). Line 0
/// means "no position" (a definition read from JSON).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Loc {
    /// The file's path as the loader was given it, e.g. `content/screener/screener.toml`;
    /// empty for a definition read from JSON.
    pub file: String,
    /// 1-based line; 0 when there is no position.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
}

/// An error stops the build; a warning is shown and the build goes on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The definition or a test case is wrong: the site is not built.
    Error,
    /// Worth fixing, but the screener works.
    Warning,
}

/// A problem in the screener's files, with its place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The file the problem is in, as in [`Loc::file`].
    pub file: String,
    /// 1-based line; 0 when there is no position.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
    /// Whether the problem stops the build.
    pub severity: Severity,
    /// What is wrong, in one sentence for an editor.
    pub message: String,
}

impl Finding {
    pub(crate) fn error(at: &Loc, message: impl Into<String>) -> Self {
        Self::new(at, Severity::Error, message.into())
    }

    pub(crate) fn warning(at: &Loc, message: impl Into<String>) -> Self {
        Self::new(at, Severity::Warning, message.into())
    }

    fn new(at: &Loc, severity: Severity, message: String) -> Self {
        Finding {
            file: at.file.clone(),
            line: at.line,
            column: at.column,
            severity,
            message,
        }
    }

    /// True for [`Severity::Error`].
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// In file order (stable), so an editor can work down the list.
    pub fn sort(found: &mut [Finding]) {
        found.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
    }
}

/// `content/screener/screener.toml:12:9: error: unknown question `detaned``
impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{}:{}:{}: {level}: {}",
            self.file, self.line, self.column, self.message
        )
    }
}
