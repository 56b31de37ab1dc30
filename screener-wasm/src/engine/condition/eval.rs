//! Three-valued evaluation, computed over *sets* of truth values.
//!
//! A normal evaluation produces a single value. The validator's search also evaluates with some
//! questions still undecided ([`Slot::Free`]); a set then holds every value the condition could
//! still take, which tells the search when a branch can be cut. One evaluator serves both, so the
//! validator can never disagree with what the browser will do.

use super::parser::{Op, Unit};
use super::{Base, Expr, Term};
use crate::engine::answers::Answer;
use crate::engine::date::Date;

/// A set of truth values: bits [`F`], [`U`] (unknown) and [`T`].
pub(crate) type Truth = u8;
pub(crate) const F: Truth = 1;
pub(crate) const U: Truth = 2;
pub(crate) const T: Truth = 4;

/// What a condition sees of one question.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Slot<'a> {
    /// Not asked (its `show_if` did not hold) or not answered yet.
    Hidden,
    /// Undecided: only during the validator's search.
    Free,
    Given(&'a Answer),
}

/// True when the set allows "true" or "unknown": the condition *may* hold, and the screener
/// leans to the cautious side.
pub(crate) fn holds(t: Truth) -> bool {
    t & (T | U) != 0
}

pub(crate) fn eval(e: &Expr, slots: &[Slot], today: Date) -> Truth {
    match e {
        Expr::Uncompiled => F,
        Expr::Not(inner) => not(eval(inner, slots, today)),
        Expr::And(items) => items.iter().fold(T, |acc, i| {
            if acc == F {
                F
            } else {
                combine(acc, eval(i, slots, today), u8::min)
            }
        }),
        Expr::Or(items) => items.iter().fold(F, |acc, i| {
            if acc == T {
                T
            } else {
                combine(acc, eval(i, slots, today), u8::max)
            }
        }),
        Expr::Answered(q) => match slots[*q] {
            Slot::Hidden => F,
            Slot::Free => F | T,
            Slot::Given(_) => T,
        },
        Expr::Is { q, values, negate } => match slots[*q] {
            Slot::Hidden => F,
            Slot::Free => F | T,
            Slot::Given(a) => {
                if a.matches(values) != *negate {
                    T
                } else {
                    F
                }
            }
        },
        Expr::Cmp { left, op, right } => {
            compare(value(left, slots, today), *op, value(right, slots, today))
        }
    }
}

/// The questions whose answers made `e` come out the way it did: the atoms that agree with the
/// result. For `a or b` that is true, the true ones; for `a and b` that is true, both; for an
/// `and` that is false (under `not`), its first false part, which alone decides it. Hidden
/// questions are never reasons.
pub(crate) fn explain(e: &Expr, slots: &[Slot], today: Date, out: &mut Vec<usize>) {
    match e {
        Expr::Uncompiled => {}
        Expr::Not(inner) => explain(inner, slots, today, out),
        Expr::And(items) | Expr::Or(items) => {
            let whole = eval(e, slots, today);
            let is_and = matches!(e, Expr::And(_));
            for item in items {
                let part = eval(item, slots, today);
                match (is_and, whole == F) {
                    (true, true) if part == F => {
                        explain(item, slots, today, out);
                        return;
                    }
                    (true, true) => {}
                    (true, false) | (false, true) => explain(item, slots, today, out),
                    (false, false) if part == whole => explain(item, slots, today, out),
                    (false, false) => {}
                }
            }
        }
        atom => {
            for q in atom_questions(atom) {
                if matches!(slots[q], Slot::Given(_)) && !out.contains(&q) {
                    out.push(q);
                }
            }
        }
    }
}

/// The number of nodes in `e`: what one evaluation costs, for the validator's work budget.
pub(crate) fn size(e: &Expr) -> usize {
    match e {
        Expr::Not(inner) => 1 + size(inner),
        Expr::And(items) | Expr::Or(items) => 1 + items.iter().map(size).sum::<usize>(),
        _ => 1,
    }
}

/// A set of question indices that keeps insertion order; membership costs O(1), so collecting
/// the questions of a large definition stays linear.
pub(crate) struct QuestionSet {
    member: Vec<bool>,
    pub list: Vec<usize>,
}

impl QuestionSet {
    /// An empty set over `n` questions.
    pub(crate) fn new(n: usize) -> Self {
        QuestionSet {
            member: vec![false; n],
            list: Vec::new(),
        }
    }

    pub(crate) fn insert(&mut self, q: usize) {
        if let Some(m) = self.member.get_mut(q)
            && !*m
        {
            *m = true;
            self.list.push(q);
        }
    }

    pub(crate) fn contains(&self, q: usize) -> bool {
        self.member.get(q).copied().unwrap_or(false)
    }
}

/// Every question a condition refers to.
pub(crate) fn questions(e: &Expr, out: &mut QuestionSet) {
    match e {
        Expr::Uncompiled => {}
        Expr::Not(inner) => questions(inner, out),
        Expr::And(items) | Expr::Or(items) => items.iter().for_each(|i| questions(i, out)),
        atom => atom_questions(atom).into_iter().for_each(|q| out.insert(q)),
    }
}

fn atom_questions(atom: &Expr) -> Vec<usize> {
    match atom {
        Expr::Answered(q) | Expr::Is { q, .. } => vec![*q],
        Expr::Cmp { left, right, .. } => [left, right]
            .into_iter()
            .filter_map(|t| match t.base {
                Base::Question(q) => Some(q),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn not(t: Truth) -> Truth {
    ((t & F) << 2) | (t & U) | ((t & T) >> 2)
}

/// Applies a Kleene connective to every pair drawn from the two sets (F < U < T, so `and` is
/// the minimum and `or` the maximum).
fn combine(a: Truth, b: Truth, pick: fn(u8, u8) -> u8) -> Truth {
    let mut out = 0;
    for x in [F, U, T] {
        for y in [F, U, T] {
            if a & x != 0 && b & y != 0 {
                out |= pick(x, y);
            }
        }
    }
    out
}

/// A term's value: a number, or a range of days (a month-only answer covers its whole month).
enum Value {
    Hidden,
    Free,
    Unsure,
    Number(i64),
    Days(Date, Date),
}

/// Evaluates a date term to its earliest and latest day, or `None` when it has no date.
pub(crate) fn date_range(t: &Term, slots: &[Slot], today: Date) -> Option<(Date, Date)> {
    match value(t, slots, today) {
        Value::Days(first, last) => Some((first, last)),
        _ => None,
    }
}

fn value(t: &Term, slots: &[Slot], today: Date) -> Value {
    let base = match t.base {
        Base::Int(n) => return Value::Number(n),
        Base::Today => Value::Days(today, today),
        Base::Date(d) => Value::Days(d.first(), d.last()),
        Base::Question(q) => match slots[q] {
            Slot::Hidden => return Value::Hidden,
            Slot::Free => return Value::Free,
            Slot::Given(Answer::Number(n)) => return Value::Number(*n),
            Slot::Given(Answer::Date(d)) => Value::Days(d.first(), d.last()),
            Slot::Given(_) => return Value::Unsure,
        },
    };
    let Value::Days(mut first, mut last) = base else {
        return base;
    };
    for s in &t.shifts {
        first = shift(first, s.amount, s.unit);
        last = shift(last, s.amount, s.unit);
    }
    Value::Days(first, last)
}

pub(crate) fn shift(d: Date, amount: i64, unit: Unit) -> Date {
    match unit {
        Unit::Days => d.add_days(amount),
        Unit::Months => d.add_months(amount),
    }
}

fn compare(left: Value, op: Op, right: Value) -> Truth {
    use Value::*;
    let exact = |b: bool| if b { T } else { F };
    match (left, right) {
        (Hidden, _) | (_, Hidden) => F,
        (Free, _) | (_, Free) => F | U | T,
        (Unsure, _) | (_, Unsure) => U,
        (Number(a), Number(b)) => exact(match op {
            Op::Eq => a == b,
            Op::Ne => a != b,
            Op::Lt => a < b,
            Op::Le => a <= b,
            Op::Gt => a > b,
            Op::Ge => a >= b,
        }),
        // Ranges: true when it holds for every pair of days, false when for none.
        (Days(a0, a1), Days(b0, b1)) => {
            let (yes, no) = match op {
                Op::Lt => (a1 < b0, a0 >= b1),
                Op::Le => (a1 <= b0, a0 > b1),
                Op::Gt => (a0 > b1, a1 <= b0),
                Op::Ge => (a0 >= b1, a1 < b0),
                Op::Eq => (a0 == a1 && b0 == b1 && a0 == b0, a1 < b0 || b1 < a0),
                Op::Ne => (a1 < b0 || b1 < a0, a0 == a1 && b0 == b1 && a0 == b0),
            };
            if yes {
                T
            } else if no {
                F
            } else {
                U
            }
        }
        _ => F,
    }
}
