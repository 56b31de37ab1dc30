//! Screener test cases as data: answers in, expected result (or next question) out. The same
//! cases are run here natively and replayed in a real browser, so each must be a complete flow:
//! it answers every question the flow asks and nothing it does not.

use crate::engine::Loc;
use crate::engine::answers::parse_answers;
use crate::engine::date::Date;
use crate::engine::definition::Definition;
use crate::engine::evaluate::{outcome, walk};
use serde::Serialize;

/// One case. JSON (for the browser test): `{"name", "today", "answers", "expect"}`.
#[derive(Clone, Debug, Serialize)]
pub struct TestCase {
    /// The case's name, unique among the cases; a failure names the case by it.
    pub name: String,
    /// The reader's date for this case, so deadlines are the same on every run.
    pub today: Date,
    /// The answers object, exactly as the browser sends it.
    pub answers: serde_json::Value,
    /// What the flow must lead to.
    pub expect: Expect,
    /// Where the case is written.
    #[serde(skip)]
    pub at: Loc,
}

/// Either `next` (the flow must stop at this question) or the full result: `areas`, `urgent`,
/// `safety` and `flags` as exact sets, and optionally the ids of the `deadlines` shown.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Expect {
    /// The question the flow must stop at; the result fields are then not checked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// The exact set of areas raised; `None`: not checked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub areas: Option<Vec<String>>,
    /// Whether the urgent notice is shown; `None`: not checked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub urgent: Option<bool>,
    /// Whether the safety notice is shown; `None`: not checked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub safety: Option<bool>,
    /// The exact set of flags raised; `None`: not checked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flags: Option<Vec<String>>,
    /// The exact set of deadlines shown, by id; `None`: not checked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadlines: Option<Vec<String>>,
}

/// Runs one case; the error says every way the result differs from the expectation.
pub fn run_case(def: &Definition, case: &TestCase) -> Result<(), String> {
    let answers = parse_answers(def, &case.answers).map_err(|e| e.join("; "))?;
    let w = walk(def, &answers, case.today);
    let mut problems = Vec::new();
    let unused: Vec<&str> = answers
        .values
        .iter()
        .enumerate()
        .filter(|(i, a)| a.is_some() && !w.path.contains(i))
        .map(|(i, _)| def.questions[i].id.as_str())
        .collect();
    if !unused.is_empty() {
        problems.push(format!(
            "answers to questions the flow never asks: {} (remove them)",
            unused.join(", ")
        ));
    }
    let pending = w.pending.map(|i| def.questions[i].id.as_str());
    match (&case.expect.next, pending) {
        (Some(want), Some(got)) if want != got => problems.push(format!(
            "expected the next question to be `{want}`, but it is `{got}`"
        )),
        (Some(want), None) => problems.push(format!(
            "expected the next question to be `{want}`, but the flow ends with a result"
        )),
        (None, Some(got)) => problems.push(format!(
            "the flow still asks `{got}`: a case must answer every question it is shown"
        )),
        (None, None) => {
            let got = outcome(def, &w.slots, case.today);
            let e = &case.expect;
            compare_set("areas", e.areas.as_deref(), &got.areas, &mut problems);
            compare_set("flags", e.flags.as_deref(), &got.flags, &mut problems);
            let shown: Vec<String> = got.deadlines.iter().map(|d| d.id.clone()).collect();
            compare_set("deadlines", e.deadlines.as_deref(), &shown, &mut problems);
            for (name, want, got) in [
                ("urgent", e.urgent, got.urgent),
                ("safety", e.safety, got.safety),
            ] {
                if want.is_some_and(|w| w != got) {
                    problems.push(format!("expected {name} = {}, got {got}", !got));
                }
            }
        }
        _ => {}
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}

fn compare_set(name: &str, want: Option<&[String]>, got: &[String], problems: &mut Vec<String>) {
    let Some(want) = want else { return };
    let missing: Vec<&str> = want
        .iter()
        .filter(|w| !got.contains(w))
        .map(String::as_str)
        .collect();
    let extra: Vec<&str> = got
        .iter()
        .filter(|g| !want.contains(g))
        .map(String::as_str)
        .collect();
    if !missing.is_empty() || !extra.is_empty() {
        problems.push(format!(
            "{name}: expected [{}], got [{}]",
            want.join(", "),
            got.join(", ")
        ));
    }
}
