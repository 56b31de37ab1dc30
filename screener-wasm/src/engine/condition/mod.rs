//! The condition language of `show_if`, `when` and deadline `date` fields.
//!
//! ```text
//! detained == yes or court_papers in [yes, unsure]
//! relationship in [spouse, child_under_21] and not (status == us_citizen)
//! age < 21 and answered(child_abused_neglected)
//! arrival_date + 1 year <= today + 90 days
//! status_grant_date + 2 years >= today
//! ```
//!
//! Names are question ids, answer values (`yes`, `no`, `unsure`, a choice id), `today`, whole
//! numbers and dates (`2024-03-14`, or `2024-03` for a whole month). Dates move with `+`/`-` and
//! `days`, `weeks`, `months` or `years`. The answer value is always on the right of `==`, `!=`
//! and `in`; a yes/no or choice question can only be compared with its own values, a date with
//! a date and a number with a number. All of this is checked when the definition is loaded,
//! with the file, line and column of the offending word.
//!
//! ## Not asked, "I don't know", and the cautious side
//!
//! Evaluation is three-valued (true, false, **unknown**), with Kleene's rules for `and`, `or`,
//! `not` (false and unknown = false, true or unknown = true, not unknown = unknown).
//!
//! * A question that was **not asked** (its `show_if` did not hold) makes every comparison on it
//!   false: `==`, `!=`, `in`, `not in`, `<`, ... Only `not` turns that around. So `x != yes`
//!   means "was asked, and said something else"; write `not (x == yes)` to include people who
//!   were never asked. `answered(x)` is true when `x` was asked and answered.
//! * **"I don't know"** on a yes/no or choice question is a value of its own: `x == unsure` is
//!   true and `x == yes` is false. Definitions say what it leads to by naming it, as in
//!   `detained in [yes, unsure]`; that keeps each cautious choice visible in the data.
//! * "I don't know" on a **date or number** question makes any comparison on it *unknown*, and so
//!   does a month-only date whose month straddles the boundary (`2024-03` against `2024-03-15`).
//!
//! A question is shown, and an outcome (area, flag, urgent, safety, deadline) is raised, when its
//! condition is **true or unknown**. An unknown date therefore always leans to the cautious side:
//! "hearing within 30 days" with an unknown hearing date raises the urgent notice. Comparing a
//! date or a number with `x == unsure` is still allowed when a definition wants to say more.

mod compile;
mod eval;
mod lexer;
mod parser;

pub(crate) use compile::{MAX_ERRORS, Scope, compile_condition, compile_date, index};
pub(crate) use eval::{F, QuestionSet, Slot, date_range, eval, explain, holds, questions, size};
pub(crate) use parser::{Op, Shift, Unit};

use crate::engine::Loc;
use crate::engine::date::PartialDate;
use serde::{Serialize, Serializer};

/// A problem at a byte offset of a condition's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ConditionError {
    pub at: usize,
    pub message: String,
}

impl ConditionError {
    pub(crate) fn new(at: usize, message: impl Into<String>) -> Self {
        ConditionError {
            at,
            message: message.into(),
        }
    }
}

pub(crate) type SyntaxError = ConditionError;

/// A compiled condition: question names resolved to indices, types checked.
#[derive(Clone, Debug)]
pub(crate) enum Expr {
    /// Read but not compiled yet; `Definition::compile` replaces it before a definition is
    /// handed out, so evaluation never meets this.
    Uncompiled,
    Not(Box<Expr>),
    And(Vec<Expr>),
    Or(Vec<Expr>),
    /// The answer is (or with `negate`, is not) one of `values`.
    Is {
        q: usize,
        values: Vec<String>,
        negate: bool,
    },
    Answered(usize),
    Cmp {
        left: Term,
        op: Op,
        right: Term,
    },
}

#[derive(Clone, Debug)]
pub(crate) struct Term {
    pub base: Base,
    pub shifts: Vec<Shift>,
}

#[derive(Clone, Copy, Debug)]
pub(crate) enum Base {
    Question(usize),
    Today,
    Date(PartialDate),
    Int(i64),
}

/// Where a condition's text starts in its file. `exact` is false when the TOML string used
/// escapes, so offsets inside it no longer map to columns; findings then point at its start.
#[derive(Clone, Debug, Default)]
pub(crate) struct Origin {
    pub loc: Loc,
    pub exact: bool,
}

impl Origin {
    /// The file position of byte `offset` of `text` (the condition as written in this origin).
    pub(crate) fn locate(&self, text: &str, offset: usize) -> Loc {
        let mut loc = self.loc.clone();
        if !self.exact {
            return loc;
        }
        let before = &text[..offset.min(text.len())];
        match before.rfind('\n') {
            Some(nl) => {
                loc.line += before.matches('\n').count() as u32;
                loc.column = before[nl + 1..].chars().count() as u32 + 1;
            }
            None => loc.column += before.chars().count() as u32,
        }
        loc
    }
}

/// A condition as written (`source`, which is also its JSON form) and compiled.
#[derive(Clone, Debug)]
pub struct Condition {
    /// The condition as written, e.g. `detained in [yes, unsure] or court_papers == yes`.
    pub source: String,
    pub(crate) expr: Expr,
    pub(crate) origin: Origin,
}

/// A deadline's date: a date question or `today`, moved by days, months or years.
#[derive(Clone, Debug)]
pub struct DateFormula {
    /// The formula as written, e.g. `arrival_date + 1 year`.
    pub source: String,
    pub(crate) term: Option<Term>,
    pub(crate) origin: Origin,
}

impl Condition {
    pub(crate) fn new(source: String, origin: Origin) -> Self {
        Condition {
            source,
            expr: Expr::Uncompiled,
            origin,
        }
    }
}

impl DateFormula {
    pub(crate) fn new(source: String, origin: Origin) -> Self {
        DateFormula {
            source,
            term: None,
            origin,
        }
    }
}

impl Serialize for Condition {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.source)
    }
}

impl Serialize for DateFormula {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.source)
    }
}

#[cfg(test)]
mod tests;
