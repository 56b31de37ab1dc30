//! Runs the flow: the next question to ask, or the result once nothing is left to ask.
//!
//! Questions are asked in definition order. A question is asked when its `show_if` holds (true
//! or unknown, see `condition`); the next question is the first one asked but not answered yet.
//! Answers to questions that are not asked (any more) are ignored, so a person can go back and
//! change an early answer without clearing the rest.

use crate::engine::answers::{Answer, Answers};
use crate::engine::condition::{Slot, date_range, eval, explain, holds};
use crate::engine::date::Date;
use crate::engine::definition::{Definition, Rule};
use serde::Serialize;
use std::collections::BTreeMap;

/// What the browser shows next. JSON: `{"step": "question", ...}` or `{"step": "result", ...}`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum Step {
    /// Ask this question next.
    Question {
        /// The question to ask.
        id: String,
        /// Its number in this person's flow (1 for the first).
        number: usize,
        /// About how many questions this flow will have in all: `number` plus the later
        /// questions that may still be asked (see [`estimate_total`]).
        total: usize,
        /// The Fluent variable `$who`.
        who: String,
        /// The questions asked and answered so far, in order (for "back" and for a summary).
        answered: Vec<String>,
    },
    /// Every question needed is answered: the result.
    Result {
        /// The Fluent variable `$who`.
        who: String,
        /// The questions answered on the way, in order.
        answered: Vec<String>,
        /// What the answers lead to.
        result: Outcome,
    },
}

impl Step {
    /// The question id when this step asks one.
    pub fn question_id(&self) -> Option<&str> {
        match self {
            Step::Question { id, .. } => Some(id),
            Step::Result { .. } => None,
        }
    }
}

/// The result. Areas and flags are in definition order; every raised area, flag, `urgent` and
/// `safety` has an entry in `reasons` (the fallback area's is empty).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Outcome {
    /// Area ids: "may need help with"; the fallback area when no other applies.
    pub areas: Vec<String>,
    /// Show the urgent notice.
    pub urgent: bool,
    /// The urgent rules that hold, in definition order (the page offers the detention and
    /// court hotline for those in [`Definition::hotline_for`]).
    pub urgent_rules: Vec<String>,
    /// Show the safety notice.
    pub safety: bool,
    /// Flag ids: other options for a lawyer to look at.
    pub flags: Vec<String>,
    /// Deadlines that apply and could be computed.
    pub deadlines: Vec<DeadlineDate>,
    /// For each area id, flag id, `urgent` and `safety`: the answers that led to it, in
    /// question order.
    pub reasons: BTreeMap<String, Vec<Reason>>,
}

/// A computed deadline. A month-only answer gives the earliest possible day and `approximate`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DeadlineDate {
    /// The deadline's id in the definition.
    pub id: String,
    /// The day it falls on; when `approximate`, the earliest day it can.
    pub date: Date,
    /// True when an answer gave only a month, so the exact day is not known.
    pub approximate: bool,
    /// Days from today to `date`; negative once it has passed.
    pub days_left: i64,
    /// True when `date` is before today.
    pub passed: bool,
}

/// One answer that led to an outcome.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Reason {
    /// The question's id.
    pub question: String,
    /// The answer given to it.
    pub answer: Answer,
}

/// The state of a flow: what each question contributes and where it stopped.
pub(crate) struct Walk<'a> {
    pub slots: Vec<Slot<'a>>,
    /// Asked and answered, in order.
    pub path: Vec<usize>,
    /// The first question asked but not answered.
    pub pending: Option<usize>,
}

pub(crate) fn walk<'a>(def: &Definition, answers: &'a Answers, today: Date) -> Walk<'a> {
    let mut walk = Walk {
        slots: vec![Slot::Hidden; def.questions.len()],
        path: Vec::new(),
        pending: None,
    };
    for (i, q) in def.questions.iter().enumerate() {
        // Invariant: a show_if refers only to earlier questions, whose slots are final here.
        let asked = q
            .show_if
            .as_ref()
            .is_none_or(|c| holds(eval(&c.expr, &walk.slots, today)));
        if !asked {
            continue;
        }
        match answers.values.get(i).and_then(Option::as_ref) {
            Some(answer) => {
                walk.slots[i] = Slot::Given(answer);
                walk.path.push(i);
            }
            None => {
                walk.pending = Some(i);
                break;
            }
        }
    }
    walk
}

/// The next step for these answers on `today` (the reader's local date).
pub fn evaluate(def: &Definition, answers: &Answers, today: Date) -> Step {
    let w = walk(def, answers, today);
    let who = who(def, &w.slots);
    let answered = w
        .path
        .iter()
        .map(|&i| def.questions[i].id.clone())
        .collect();
    match w.pending {
        Some(i) => Step::Question {
            id: def.questions[i].id.clone(),
            number: w.path.len() + 1,
            total: w.path.len() + 1 + later_possible(def, &w.slots, i, today),
            who,
            answered,
        },
        None => Step::Result {
            who,
            answered,
            result: outcome(def, &w.slots, today),
        },
    }
}

/// About how many questions the flow for these answers will have in all: those answered so
/// far, the one asked now, and every later question whose `show_if` can still hold, counting
/// each unanswered question (and each later answer, which may still change) as able to take
/// any value. It is an upper estimate that shrinks as answers close off branches; once the
/// flow ends it is the number of questions answered.
pub fn estimate_total(def: &Definition, answers: &Answers, today: Date) -> usize {
    let w = walk(def, answers, today);
    match w.pending {
        Some(i) => w.path.len() + 1 + later_possible(def, &w.slots, i, today),
        None => w.path.len(),
    }
}

/// Where the readable list of questions (the page without JavaScript) sends a reader who gave
/// `answer` to question `q`: the first later question that may still be asked, counting
/// every other answer as unknown, or `None` for the results. Used for skip hints such as "If
/// you answered No, go to question 9".
pub fn next_possible(def: &Definition, q: usize, answer: &Answer) -> Option<usize> {
    let mut slots = vec![Slot::Free; def.questions.len()];
    let given = slots.get_mut(q)?;
    *given = Slot::Given(answer);
    for (i, later) in def.questions.iter().enumerate().skip(q + 1) {
        let possible = later
            .show_if
            .as_ref()
            .is_none_or(|c| holds(eval(&c.expr, &slots, today_for_hints())));
        if possible {
            return Some(i);
        }
        slots[i] = Slot::Hidden;
    }
    None
}

/// Skip hints must not depend on the day the site was built. Only yes/no and choice answers
/// get hints, and `show_if` conditions on those never depend on the date; a condition that
/// compares a date with an undecided (`Free`) answer is "possible" whatever the day.
fn today_for_hints() -> Date {
    Date::from_days(20_000)
}

/// The questions after `pending` that may still be asked.
fn later_possible(def: &Definition, slots: &[Slot], pending: usize, today: Date) -> usize {
    let mut slots = slots.to_vec();
    slots[pending] = Slot::Free;
    let mut count = 0;
    for (i, q) in def.questions.iter().enumerate().skip(pending + 1) {
        // Earlier questions are final or `Free`; a question that cannot be asked is `Hidden`
        // for the ones after it, exactly as in the real flow.
        let possible = q
            .show_if
            .as_ref()
            .is_none_or(|c| holds(eval(&c.expr, &slots, today)));
        slots[i] = if possible { Slot::Free } else { Slot::Hidden };
        count += usize::from(possible);
    }
    count
}

fn who(def: &Definition, slots: &[Slot]) -> String {
    let answer = def
        .who
        .as_deref()
        .and_then(|id| def.question_index(id))
        .map(|i| slots[i]);
    match answer {
        Some(Slot::Given(Answer::Choice(c))) => c.clone(),
        _ => "self".to_string(),
    }
}

pub(crate) fn outcome(def: &Definition, slots: &[Slot], today: Date) -> Outcome {
    let mut reasons = BTreeMap::new();
    let mut raise = |key: &str, rules: &[&Rule]| -> bool {
        let mut why = Vec::new();
        let mut any = false;
        for r in rules {
            if let Some(c) = &r.when
                && holds(eval(&c.expr, slots, today))
            {
                any = true;
                explain(&c.expr, slots, today, &mut why);
            }
        }
        if any {
            why.sort_unstable();
            let list = why
                .into_iter()
                .filter_map(|q| reason(def, slots, q))
                .collect();
            reasons.insert(key.to_string(), list);
        }
        any
    };
    let mut areas: Vec<String> = def
        .areas
        .iter()
        .filter(|r| raise(&r.id, &[r]))
        .map(|r| r.id.clone())
        .collect();
    let flags = def
        .flags
        .iter()
        .filter(|r| raise(&r.id, &[r]))
        .map(|r| r.id.clone())
        .collect();
    let urgent = raise("urgent", &def.urgent.rules.iter().collect::<Vec<_>>());
    let urgent_rules = def
        .urgent
        .rules
        .iter()
        .filter(|r| {
            r.when
                .as_ref()
                .is_some_and(|c| holds(eval(&c.expr, slots, today)))
        })
        .map(|r| r.id.clone())
        .collect();
    let safety = raise("safety", &def.safety.rules.iter().collect::<Vec<_>>());
    if areas.is_empty()
        && let Some(fallback) = def.areas.iter().find(|r| r.fallback)
    {
        areas.push(fallback.id.clone());
        reasons.insert(fallback.id.clone(), Vec::new());
    }
    let deadlines = def
        .deadlines
        .iter()
        .filter(|d| holds(eval(&d.when.expr, slots, today)))
        .filter_map(|d| {
            let (first, last) = date_range(d.date.term.as_ref()?, slots, today)?;
            let days_left = today.days_until(first);
            Some(DeadlineDate {
                id: d.id.clone(),
                date: first,
                approximate: first != last,
                days_left,
                passed: days_left < 0,
            })
        })
        .collect();
    Outcome {
        areas,
        urgent,
        urgent_rules,
        safety,
        flags,
        deadlines,
        reasons,
    }
}

fn reason(def: &Definition, slots: &[Slot], q: usize) -> Option<Reason> {
    match slots[q] {
        Slot::Given(answer) => Some(Reason {
            question: def.questions[q].id.clone(),
            answer: answer.clone(),
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
