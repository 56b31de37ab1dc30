//! A bounded search over possible flows, for the validator: can this condition ever hold, can a
//! flow end with no area?
//!
//! Answers are finite once dates and numbers are reduced to representative values: yes / no /
//! unsure, each choice, and for dates and numbers the values just around every constant they
//! are compared with (solved against a fixed "today"), plus far past, today and far future.
//! Only the questions a goal depends on (and, transitively, the questions their `show_if` uses)
//! are branched on, in question order, and a branch stops as soon as three-valued evaluation
//! over the undecided questions settles the goal. The search uses the same evaluator as the
//! browser, so its verdicts are about the real flow.

use std::cell::Cell;

use crate::engine::answers::Answer;
use crate::engine::condition::{
    Base, Expr, F, Op, QuestionSet, Slot, Unit, date_range, eval, holds, questions, size,
};
use crate::engine::date::{Date, PartialDate};
use crate::engine::definition::{Definition, Kind, Question};

/// Nodes one search may visit before it gives up (and the validator says it could not check).
pub(crate) const BUDGET: usize = 200_000;

/// Work for all searches of one validation together, counted in condition nodes evaluated.
/// It bounds the time a huge definition can take (a few seconds at most); past it, the
/// validator says what it could not check instead of running on.
pub(crate) const TOTAL_WORK: usize = 60_000_000;

/// A multiple-choice question whose conditions name at most this many of its choices is
/// searched with every combination of them; beyond, with each one, each pair and all of them.
const EXACT_MULTI: usize = 6;

pub(crate) enum Verdict {
    /// Undecided: branch on the next question.
    Keep,
    /// This branch can never reach the goal.
    Prune,
    /// Reached.
    Hit,
}

pub(crate) enum Found {
    /// A flow that reaches the goal: the answers given on the questions that matter.
    Example(Vec<(usize, Answer)>),
    Never,
    GaveUp,
}

pub(crate) struct Space<'d> {
    def: &'d Definition,
    pub today: Date,
    candidates: Vec<Vec<Answer>>,
    /// What is left of [`TOTAL_WORK`].
    work: Cell<usize>,
}

impl<'d> Space<'d> {
    pub(crate) fn new(def: &'d Definition) -> Self {
        // Any fixed day works; mid-month avoids month-end clamping at the boundaries.
        let today = Date::new(2025, 6, 15).unwrap_or(Date::from_days(20_254));
        let candidates = representatives(def, today);
        Space {
            def,
            today,
            candidates,
            work: Cell::new(TOTAL_WORK),
        }
    }

    /// True once the work budget for the whole validation is spent.
    pub(crate) fn exhausted(&self) -> bool {
        self.work.get() == 0
    }

    /// The questions `roots` depend on, closed over `show_if`, in question order.
    pub(crate) fn cone(&self, roots: &[&Expr]) -> Vec<usize> {
        let mut set = QuestionSet::new(self.def.questions.len());
        roots.iter().for_each(|e| questions(e, &mut set));
        let mut i = 0;
        while i < set.list.len() {
            if let Some(c) = &self.def.questions[set.list[i]].show_if {
                questions(&c.expr, &mut set);
            }
            i += 1;
        }
        let mut list = set.list;
        list.sort_unstable();
        list
    }

    /// Searches with every representative answer, "I don't know" included. `roots` are the
    /// conditions the goal evaluates (they set the cost of a step).
    pub(crate) fn search(
        &self,
        cone: &[usize],
        roots: &[&Expr],
        goal: &dyn Fn(&[Slot]) -> Verdict,
    ) -> Found {
        self.run(cone, roots, goal, &|_| true)
    }

    /// Searches with definite answers for dates and numbers ("I don't know" only where `e` names
    /// it), so that a contradiction such as `age < 10 and age > 20` is not hidden by the
    /// cautious reading of an unknown age.
    pub(crate) fn search_definite(
        &self,
        cone: &[usize],
        goal: &dyn Fn(&[Slot]) -> Verdict,
        e: &Expr,
    ) -> Found {
        let mut named = Vec::new();
        unsure_named(e, &mut named);
        let def = self.def;
        let allowed = |q: usize| def.questions[q].kind.is_symbolic() || named.contains(&q);
        self.run(cone, &[e], goal, &allowed)
    }

    fn run(
        &self,
        cone: &[usize],
        roots: &[&Expr],
        goal: &dyn Fn(&[Slot]) -> Verdict,
        unsure_ok: &dyn Fn(usize) -> bool,
    ) -> Found {
        let mut slots = vec![Slot::Free; self.def.questions.len()];
        let mut budget = BUDGET;
        let shown = cone
            .iter()
            .filter_map(|&q| self.def.questions[q].show_if.as_ref())
            .map(|c| size(&c.expr));
        let step = roots.iter().map(|e| size(e)).chain(shown).sum::<usize>() + 1;
        let cx = Dfs {
            goal,
            unsure_ok,
            step,
        };
        self.dfs(cone, &mut slots, &cx, &mut budget)
    }

    fn dfs<'s>(
        &'s self,
        cone: &[usize],
        slots: &mut Vec<Slot<'s>>,
        cx: &Dfs,
        budget: &mut usize,
    ) -> Found {
        let work = self.work.get();
        if *budget == 0 || work == 0 {
            return Found::GaveUp;
        }
        *budget -= 1;
        self.work.set(work.saturating_sub(cx.step));
        match (cx.goal)(slots) {
            Verdict::Prune => return Found::Never,
            Verdict::Hit => return Found::Example(self.example(slots)),
            Verdict::Keep => {}
        }
        let Some((&q, rest)) = cone.split_first() else {
            return Found::Never;
        };
        let question = &self.def.questions[q];
        let asked = question
            .show_if
            .as_ref()
            .is_none_or(|c| holds(eval(&c.expr, slots, self.today)));
        let options: Vec<Slot<'s>> = if asked {
            let unsure_ok = (cx.unsure_ok)(q);
            self.candidates[q]
                .iter()
                .filter(|a| unsure_ok || **a != Answer::Unsure)
                .map(Slot::Given)
                .collect()
        } else {
            vec![Slot::Hidden]
        };
        let mut gave_up = false;
        for option in options {
            slots[q] = option;
            match self.dfs(rest, slots, cx, budget) {
                Found::Never => {}
                Found::GaveUp => gave_up = true,
                found => {
                    slots[q] = Slot::Free;
                    return found;
                }
            }
        }
        slots[q] = Slot::Free;
        if gave_up { Found::GaveUp } else { Found::Never }
    }

    fn example(&self, slots: &[Slot]) -> Vec<(usize, Answer)> {
        slots
            .iter()
            .enumerate()
            .filter_map(|(i, s)| match s {
                Slot::Given(a) => Some((i, (*a).clone())),
                _ => None,
            })
            .collect()
    }

    /// `in_us = no, age = 30` for a finding's message.
    pub(crate) fn describe(&self, example: &[(usize, Answer)]) -> String {
        let parts: Vec<String> = example
            .iter()
            .map(|(q, a)| {
                let value = serde_json::to_string(a).unwrap_or_default();
                format!(
                    "{} = {}",
                    self.def.questions[*q].id,
                    value.trim_matches('"')
                )
            })
            .collect();
        if parts.is_empty() {
            "any answers".to_string()
        } else {
            parts.join(", ")
        }
    }
}

struct Dfs<'a> {
    goal: &'a dyn Fn(&[Slot]) -> Verdict,
    unsure_ok: &'a dyn Fn(usize) -> bool,
    /// The work one node costs: the size of everything it evaluates.
    step: usize,
}

/// Questions that `e` compares with `unsure` by name.
fn unsure_named(e: &Expr, out: &mut Vec<usize>) {
    match e {
        Expr::Not(inner) => unsure_named(inner, out),
        Expr::And(items) | Expr::Or(items) => items.iter().for_each(|i| unsure_named(i, out)),
        Expr::Is { q, values, .. } if values.iter().any(|v| v == "unsure") => out.push(*q),
        _ => {}
    }
}

/// A goal reached when `e` may hold.
pub(crate) fn may_hold<'e>(e: &'e Expr, today: Date) -> impl Fn(&[Slot]) -> Verdict + 'e {
    move |slots| {
        let t = eval(e, slots, today);
        if !holds(t) {
            Verdict::Prune
        } else if t & F == 0 {
            Verdict::Hit
        } else {
            Verdict::Keep
        }
    }
}

/// A goal reached when none of `conditions` holds.
pub(crate) fn none_holds<'e>(
    conditions: Vec<&'e Expr>,
    today: Date,
) -> impl Fn(&[Slot]) -> Verdict + 'e {
    move |slots| {
        let mut settled = true;
        for e in &conditions {
            let t = eval(e, slots, today);
            if t & F == 0 {
                return Verdict::Prune;
            }
            settled &= t == F;
        }
        if settled { Verdict::Hit } else { Verdict::Keep }
    }
}

/// Representative answers for every question.
fn representatives(def: &Definition, today: Date) -> Vec<Vec<Answer>> {
    let mut atoms = Vec::new();
    let mut named = vec![Vec::new(); def.questions.len()];
    let conditions = def.questions.iter().filter_map(|q| q.show_if.as_ref());
    let conditions = conditions.chain(def.rules().filter_map(|(_, r)| r.when.as_ref()));
    let conditions = conditions.chain(def.deadlines.iter().map(|d| &d.when));
    for c in conditions {
        collect_comparisons(&c.expr, &mut atoms, &mut named);
    }
    let mut out = Vec::with_capacity(def.questions.len());
    for (i, q) in def.questions.iter().enumerate() {
        let mut values: Vec<Answer> = match q.kind {
            Kind::Multi => multi_candidates(q, &named[i]),
            Kind::YesNo | Kind::Choice => q
                .values()
                .into_iter()
                .filter(|v| *v != "unsure")
                .map(|v| Answer::Choice(v.to_string()))
                .collect(),
            Kind::Number => {
                let mut n: Vec<i64> = q.min.into_iter().chain(q.max).collect();
                for (nearby, _) in atoms.iter().filter_map(|a| against(a, i, today)) {
                    if let Boundary::Number(b) = nearby {
                        n.extend([b.saturating_sub(1), b, b.saturating_add(1)]);
                    }
                }
                if n.is_empty() {
                    n.push(0);
                }
                n.retain(|v| q.min.is_none_or(|m| *v >= m) && q.max.is_none_or(|m| *v <= m));
                n.sort_unstable();
                n.dedup();
                n.into_iter().map(Answer::Number).collect()
            }
            Kind::Date => {
                let mut d = vec![today.add_years(-60), today, today.add_years(60)];
                for (nearby, _) in atoms.iter().filter_map(|a| against(a, i, today)) {
                    if let Boundary::Day(b) = nearby {
                        d.extend([b.add_days(-1), b, b.add_days(1)]);
                    }
                }
                d.sort_unstable();
                d.dedup();
                d.into_iter()
                    .map(|day| Answer::Date(PartialDate::from(day)))
                    .collect()
            }
        };
        if q.unsure {
            values.push(Answer::Unsure);
        }
        out.push(values);
    }
    out
}

/// The comparisons of `e` (into `out`) and, per question, the values its `==` / `in` name.
fn collect_comparisons<'e>(e: &'e Expr, out: &mut Vec<&'e Expr>, named: &mut [Vec<&'e str>]) {
    match e {
        Expr::Not(inner) => collect_comparisons(inner, out, named),
        Expr::And(items) | Expr::Or(items) => items
            .iter()
            .for_each(|i| collect_comparisons(i, out, named)),
        Expr::Cmp { .. } => out.push(e),
        Expr::Is { q, values, .. } => {
            if let Some(list) = named.get_mut(*q) {
                for v in values {
                    if !list.contains(&v.as_str()) {
                        list.push(v);
                    }
                }
            }
        }
        _ => {}
    }
}

/// Representative answers of a multiple-choice question. Conditions only ask whether some
/// named choice is among the chosen, so the answers that matter are the subsets of the named
/// choices (and one unnamed choice alone, standing for "none of those"). With up to
/// [`EXACT_MULTI`] named choices every subset is tried; with more, each alone, each pair and
/// all together, which covers any condition that needs at most two of them at once.
fn multi_candidates(q: &Question, named: &[&str]) -> Vec<Answer> {
    let in_order = |pick: &dyn Fn(&str) -> bool| -> Vec<String> {
        q.choices.iter().filter(|c| pick(c)).cloned().collect()
    };
    let mentioned = in_order(&|c| named.contains(&c));
    let mut sets: Vec<Vec<String>> = Vec::new();
    if mentioned.len() <= EXACT_MULTI {
        for mask in 1..(1u32 << mentioned.len()) {
            let set = mentioned
                .iter()
                .enumerate()
                .filter(|(i, _)| mask & (1 << i) != 0)
                .map(|(_, c)| c.clone())
                .collect();
            sets.push(set);
        }
    } else {
        for (i, a) in mentioned.iter().enumerate() {
            sets.push(vec![a.clone()]);
            for b in &mentioned[i + 1..] {
                sets.push(vec![a.clone(), b.clone()]);
            }
        }
        sets.push(mentioned.clone());
    }
    if let Some(other) = q.choices.iter().find(|c| !named.contains(&c.as_str())) {
        sets.push(vec![other.clone()]);
    }
    sets.into_iter().map(Answer::Choices).collect()
}

enum Boundary {
    Number(i64),
    Day(Date),
}

/// Where question `q` meets a constant in comparison `atom`: the value of `q` at which the
/// comparison changes (the other side solved for `q`).
fn against(atom: &Expr, q: usize, today: Date) -> Option<(Boundary, Op)> {
    let Expr::Cmp { left, op, right } = atom else {
        return None;
    };
    let (mine, other) = match (left.base, right.base) {
        (Base::Question(a), _) if a == q => (left, right),
        (_, Base::Question(b)) if b == q => (right, left),
        _ => return None,
    };
    match other.base {
        Base::Question(_) => None,
        Base::Int(n) => Some((Boundary::Number(n), *op)),
        Base::Today | Base::Date(_) => {
            let (first, _) = date_range(other, &[], today)?;
            // Undo my own shifts, last first: q + 1 year <= X  =>  q <= X - 1 year.
            let day = mine.shifts.iter().rev().fold(first, |d, s| match s.unit {
                Unit::Days => d.add_days(-s.amount),
                Unit::Months => d.add_months(-s.amount),
            });
            Some((Boundary::Day(day), *op))
        }
    }
}
