//! Type-checks a syntax tree against the questions and resolves names to question indices.
//! Collects every problem in a condition, not only the first.

use std::collections::HashMap;

use super::parser::{Ast, BaseAst, Name, Op, TermAst, parse_condition, parse_term};
use super::{Base, ConditionError, Expr, Term};
use crate::engine::definition::{Kind, Question};

/// Question id → position, so that resolving a name costs the same however many questions a
/// definition has.
pub(crate) type Index<'a> = HashMap<&'a str, usize>;

/// Builds the [`Index`] of `questions` (the first of two equal ids wins; duplicates are
/// reported elsewhere).
pub(crate) fn index(questions: &[Question]) -> Index<'_> {
    let mut map = HashMap::with_capacity(questions.len());
    for (i, q) in questions.iter().enumerate() {
        map.entry(q.id.as_str()).or_insert(i);
    }
    map
}

/// At most this many problems are reported for one condition: a machine-made condition with
/// thousands of unknown names must not turn into thousands of findings (each located by
/// scanning the text, which would make the whole quadratic).
pub(crate) const MAX_ERRORS: usize = 20;

/// What a condition may refer to.
pub(crate) struct Scope<'a> {
    pub questions: &'a [Question],
    pub index: &'a Index<'a>,
    /// Only `questions[..usable]` may be used: a `show_if` sees the questions asked before it.
    pub usable: usize,
    /// The question whose `show_if` this is, for messages.
    pub owner: Option<&'a str>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ty {
    Number,
    Date,
}

pub(crate) fn compile_condition(src: &str, scope: &Scope) -> Result<Expr, Vec<ConditionError>> {
    let ast = parse_condition(src).map_err(|e| vec![e])?;
    let mut errors = Vec::new();
    let expr = scope.expr(&ast, &mut errors);
    errors.truncate(MAX_ERRORS);
    match expr {
        Some(expr) if errors.is_empty() => Ok(expr),
        _ => Err(errors),
    }
}

pub(crate) fn compile_date(src: &str, scope: &Scope) -> Result<Term, Vec<ConditionError>> {
    let ast = parse_term(src).map_err(|e| vec![e])?;
    let (term, ty) = scope.value_term(&ast).map_err(|e| vec![e])?;
    if ty != Ty::Date {
        return Err(vec![ConditionError::new(ast.start, "expected a date")]);
    }
    Ok(term)
}

impl Scope<'_> {
    fn expr(&self, ast: &Ast, errors: &mut Vec<ConditionError>) -> Option<Expr> {
        let mut collect = |r: Result<Expr, ConditionError>| r.map_err(|e| errors.push(e)).ok();
        match ast {
            Ast::Not(inner) => Some(Expr::Not(Box::new(self.expr(inner, errors)?))),
            Ast::And(items) => self.all(items, errors).map(Expr::And),
            Ast::Or(items) => self.all(items, errors).map(Expr::Or),
            Ast::Answered(name) => collect(self.question(name).map(Expr::Answered)),
            Ast::Cmp {
                left,
                op,
                op_at,
                right,
            } => collect(self.comparison(left, *op, *op_at, right)),
            Ast::In {
                left,
                values,
                negate,
            } => collect(self.is(left, values, *negate)),
        }
    }

    fn all(&self, items: &[Ast], errors: &mut Vec<ConditionError>) -> Option<Vec<Expr>> {
        let compiled: Vec<_> = items.iter().map(|a| self.expr(a, errors)).collect();
        compiled.into_iter().collect()
    }

    fn question(&self, name: &Name) -> Result<usize, ConditionError> {
        let found = self.index.get(name.text.as_str()).copied();
        let Some(index) = found else {
            let msg = if matches!(name.text.as_str(), "yes" | "no" | "unsure") {
                format!(
                    "`{}` is a value: put the question first, e.g. `detained == yes`",
                    name.text
                )
            } else {
                format!("unknown question `{}`", name.text)
            };
            return Err(ConditionError::new(name.start, msg));
        };
        if index < self.usable {
            return Ok(index);
        }
        let owner = self.owner.unwrap_or("this question");
        let msg = if index == self.usable {
            format!("the `show_if` of `{owner}` refers to `{owner}` itself")
        } else {
            format!(
                "the `show_if` of `{owner}` uses `{}`, which is asked later; a question may only \
                 depend on questions asked before it (this also rules out cycles)",
                name.text
            )
        };
        Err(ConditionError::new(name.start, msg))
    }

    /// `q == v`, `q != v`, `q in [..]`: the answer's own value.
    fn is(&self, left: &TermAst, values: &[Name], negate: bool) -> Result<Expr, ConditionError> {
        let BaseAst::Name(name) = &left.base else {
            return Err(ConditionError::new(left.start, "expected a question id"));
        };
        if !left.shifts.is_empty() {
            return Err(ConditionError::new(
                left.start,
                "compare the answer itself here, without adding days, months or years",
            ));
        }
        let q = self.question(name)?;
        let question = &self.questions[q];
        let allowed = question.values();
        let mut checked = Vec::with_capacity(values.len());
        for v in values {
            if !allowed.contains(&v.text.as_str()) {
                let msg = if allowed.is_empty() {
                    format!(
                        "`{}` cannot be `{}`: it has no `I don't know` answer",
                        question.id, v.text
                    )
                } else {
                    format!(
                        "`{}` is not an answer to `{}`; expected one of: {}",
                        v.text,
                        question.id,
                        allowed.join(", ")
                    )
                };
                return Err(ConditionError::new(v.start, msg));
            }
            checked.push(v.text.clone());
        }
        Ok(Expr::Is {
            q,
            values: checked,
            negate,
        })
    }

    fn comparison(
        &self,
        left: &TermAst,
        op: Op,
        op_at: usize,
        right: &TermAst,
    ) -> Result<Expr, ConditionError> {
        let symbolic_left = match &left.base {
            BaseAst::Name(n) => self
                .index
                .get(n.text.as_str())
                .is_some_and(|&q| self.questions[q].kind.is_symbolic()),
            _ => false,
        };
        let unsure_right = matches!(&right.base, BaseAst::Name(n) if n.text == "unsure");
        if matches!(op, Op::Eq | Op::Ne) && (symbolic_left || unsure_right) {
            let BaseAst::Name(value) = &right.base else {
                return Err(ConditionError::new(
                    right.start,
                    "expected a value such as `yes`",
                ));
            };
            if !right.shifts.is_empty() {
                return Err(ConditionError::new(
                    right.start,
                    "expected a value such as `yes`",
                ));
            }
            return self.is(left, std::slice::from_ref(value), op == Op::Ne);
        }
        let (left_term, left_ty) = self.value_term(left)?;
        if let BaseAst::Name(value) = &right.base
            && !self.index.contains_key(value.text.as_str())
        {
            let what = if left_ty == Ty::Date {
                "a date, e.g. `today - 1 year`,"
            } else {
                "a whole number"
            };
            return Err(ConditionError::new(
                value.start,
                format!(
                    "`{}` is not a date or a number: compare with {what} or `unsure`",
                    value.text
                ),
            ));
        }
        let (right_term, right_ty) = self.value_term(right)?;
        if left_ty != right_ty {
            let what = |t| if t == Ty::Date { "a date" } else { "a number" };
            return Err(ConditionError::new(
                op_at,
                format!("cannot compare {} with {}", what(left_ty), what(right_ty)),
            ));
        }
        Ok(Expr::Cmp {
            left: left_term,
            op,
            right: right_term,
        })
    }

    /// A term that stands for a number or a date.
    fn value_term(&self, t: &TermAst) -> Result<(Term, Ty), ConditionError> {
        let (base, ty) = match &t.base {
            BaseAst::Int(n) => (Base::Int(*n), Ty::Number),
            BaseAst::Date(d) => (Base::Date(*d), Ty::Date),
            BaseAst::Today => (Base::Today, Ty::Date),
            BaseAst::Name(name) => {
                let q = self.question(name)?;
                let question = &self.questions[q];
                let ty = match question.kind {
                    Kind::Date => Ty::Date,
                    Kind::Number => Ty::Number,
                    Kind::YesNo | Kind::Choice | Kind::Multi => {
                        let kind = match question.kind {
                            Kind::YesNo => "yes/no",
                            Kind::Choice => "choice",
                            _ => "multiple-choice",
                        };
                        return Err(ConditionError::new(
                            name.start,
                            format!(
                                "`{}` is a {kind} question: compare it with `==`, `!=` or `in`, \
                                 e.g. `{} == {}`",
                                question.id,
                                question.id,
                                question.values().first().unwrap_or(&"unsure")
                            ),
                        ));
                    }
                };
                (Base::Question(q), ty)
            }
        };
        if ty != Ty::Date && !t.shifts.is_empty() {
            return Err(ConditionError::new(
                t.start,
                "only dates can be moved by days, weeks, months or years",
            ));
        }
        Ok((
            Term {
                base,
                shifts: t.shifts.clone(),
            },
            ty,
        ))
    }
}
