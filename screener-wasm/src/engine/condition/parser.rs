//! Recursive-descent parser: tokens to an untyped syntax tree whose names still are text.
//!
//! ```text
//! condition  = or
//! or         = and { "or" and }
//! and        = unary { "and" unary }
//! unary      = "not" unary | "(" condition ")" | "answered" "(" NAME ")" | comparison
//! comparison = term ( ("==" | "!=" | "<" | "<=" | ">" | ">=") term
//!                   | ["not"] "in" "[" NAME { "," NAME } [","] "]" )
//! term       = (NAME | INTEGER | DATE | "today") { ("+" | "-") INTEGER UNIT }
//! UNIT       = day | days | week | weeks | month | months | year | years
//! ```

use super::SyntaxError;
use super::lexer::{Tok, Token, tokenize};
use crate::engine::date::PartialDate;

/// How deeply `not` and parentheses may nest. Every later pass (compiling, evaluating,
/// explaining, the validator's search) recurses over the tree, so this bound is what keeps all
/// of them off the end of the stack, natively and in the browser's smaller wasm stack. Real
/// conditions nest three or four deep.
pub(crate) const MAX_DEPTH: usize = 64;

/// Days, weeks, months and years are capped so that date arithmetic can never overflow: a
/// shift moves a date by at most about 10,000 years, and a term has at most a few shifts.
const MAX_SHIFT_DAYS: i64 = 3_660_000;
const MAX_SHIFT_MONTHS: i64 = 120_000;
const MAX_SHIFTS: usize = 8;

/// A name as written, with its byte range.
#[derive(Clone, Debug)]
pub(crate) struct Name {
    pub text: String,
    pub start: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    Days,
    Months,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Shift {
    /// Signed: `- 1 year` is -12 months.
    pub amount: i64,
    pub unit: Unit,
}

#[derive(Clone, Debug)]
pub(crate) enum BaseAst {
    Name(Name),
    Int(i64),
    Date(PartialDate),
    Today,
}

#[derive(Clone, Debug)]
pub(crate) struct TermAst {
    pub base: BaseAst,
    pub shifts: Vec<Shift>,
    pub start: usize,
}

#[derive(Clone, Debug)]
pub(crate) enum Ast {
    Not(Box<Ast>),
    And(Vec<Ast>),
    Or(Vec<Ast>),
    Answered(Name),
    Cmp {
        left: TermAst,
        op: Op,
        op_at: usize,
        right: TermAst,
    },
    In {
        left: TermAst,
        values: Vec<Name>,
        negate: bool,
    },
}

/// Parses a whole condition.
pub(crate) fn parse_condition(src: &str) -> Result<Ast, SyntaxError> {
    let mut p = Parser::new(src)?;
    let ast = p.or()?;
    p.end()?;
    Ok(ast)
}

/// Parses a lone term, the form of a deadline's date (`arrival_date + 1 year`).
pub(crate) fn parse_term(src: &str) -> Result<TermAst, SyntaxError> {
    let mut p = Parser::new(src)?;
    let term = p.term()?;
    p.end()?;
    Ok(term)
}

struct Parser<'a> {
    src: &'a str,
    tokens: Vec<Token>,
    pos: usize,
    /// Open `not`s and parentheses around the current position.
    depth: usize,
}

impl<'a> Parser<'a> {
    fn new(src: &'a str) -> Result<Self, SyntaxError> {
        Ok(Parser {
            src,
            tokens: tokenize(src)?,
            pos: 0,
            depth: 0,
        })
    }

    fn peek(&self) -> Token {
        self.tokens[self.pos]
    }

    fn peek_at(&self, ahead: usize) -> Token {
        self.tokens[(self.pos + ahead).min(self.tokens.len() - 1)]
    }

    fn text(&self, t: Token) -> &'a str {
        &self.src[t.start..t.end]
    }

    fn is_word(&self, t: Token, word: &str) -> bool {
        t.tok == Tok::Ident && self.text(t) == word
    }

    fn bump(&mut self) -> Token {
        let t = self.peek();
        if t.tok != Tok::End {
            self.pos += 1;
        }
        t
    }

    fn error(&self, t: Token, msg: &str) -> SyntaxError {
        if t.tok == Tok::End {
            SyntaxError::new(t.start, format!("{msg}, but the condition ends here"))
        } else {
            let found = self.text(t);
            SyntaxError::new(t.start, format!("{msg}, found `{found}`"))
        }
    }

    fn expect(&mut self, tok: Tok, what: &str) -> Result<Token, SyntaxError> {
        let t = self.peek();
        if t.tok == tok {
            Ok(self.bump())
        } else {
            Err(self.error(t, &format!("expected {what}")))
        }
    }

    fn end(&mut self) -> Result<(), SyntaxError> {
        let t = self.peek();
        if t.tok == Tok::End {
            Ok(())
        } else {
            Err(self.error(t, "expected `and`, `or` or the end of the condition"))
        }
    }

    fn or(&mut self) -> Result<Ast, SyntaxError> {
        let mut items = vec![self.and()?];
        while self.is_word(self.peek(), "or") {
            self.bump();
            items.push(self.and()?);
        }
        Ok(if items.len() == 1 {
            items.pop().unwrap_or(Ast::Or(Vec::new()))
        } else {
            Ast::Or(items)
        })
    }

    fn and(&mut self) -> Result<Ast, SyntaxError> {
        let mut items = vec![self.unary()?];
        while self.is_word(self.peek(), "and") {
            self.bump();
            items.push(self.unary()?);
        }
        Ok(if items.len() == 1 {
            items.pop().unwrap_or(Ast::And(Vec::new()))
        } else {
            Ast::And(items)
        })
    }

    fn unary(&mut self) -> Result<Ast, SyntaxError> {
        let t = self.peek();
        let nests = self.is_word(t, "not") || t.tok == Tok::LParen;
        if nests && self.depth >= MAX_DEPTH {
            return Err(SyntaxError::new(
                t.start,
                format!(
                    "this condition nests `not` and parentheses more than {MAX_DEPTH} deep; \
                     split it into simpler conditions"
                ),
            ));
        }
        if self.is_word(t, "not") {
            self.bump();
            self.depth += 1;
            let inner = self.unary();
            self.depth -= 1;
            return Ok(Ast::Not(Box::new(inner?)));
        }
        if t.tok == Tok::LParen {
            self.bump();
            self.depth += 1;
            let inner = self.or();
            self.depth -= 1;
            let inner = inner?;
            self.expect(Tok::RParen, "`)`")?;
            return Ok(inner);
        }
        if self.is_word(t, "answered") && self.peek_at(1).tok == Tok::LParen {
            self.bump();
            self.bump();
            let name = self.name("a question id")?;
            self.expect(Tok::RParen, "`)`")?;
            return Ok(Ast::Answered(name));
        }
        self.comparison()
    }

    fn comparison(&mut self) -> Result<Ast, SyntaxError> {
        let left = self.term()?;
        let t = self.peek();
        let op = match t.tok {
            Tok::Eq => Some(Op::Eq),
            Tok::Ne => Some(Op::Ne),
            Tok::Lt => Some(Op::Lt),
            Tok::Le => Some(Op::Le),
            Tok::Gt => Some(Op::Gt),
            Tok::Ge => Some(Op::Ge),
            _ => None,
        };
        if let Some(op) = op {
            self.bump();
            let right = self.term()?;
            return Ok(Ast::Cmp {
                left,
                op,
                op_at: t.start,
                right,
            });
        }
        let negate = self.is_word(t, "not") && self.is_word(self.peek_at(1), "in");
        if negate {
            self.bump();
        }
        if self.is_word(self.peek(), "in") {
            self.bump();
            self.expect(Tok::LBracket, "`[` to start a list")?;
            let mut values = vec![self.name("a value")?];
            while self.peek().tok == Tok::Comma {
                self.bump();
                if self.peek().tok == Tok::RBracket {
                    break;
                }
                values.push(self.name("a value")?);
            }
            self.expect(Tok::RBracket, "`,` or `]`")?;
            return Ok(Ast::In {
                left,
                values,
                negate,
            });
        }
        Err(self.error(
            t,
            "expected a comparison (`==`, `!=`, `<`, `<=`, `>`, `>=` or `in`)",
        ))
    }

    fn name(&mut self, what: &str) -> Result<Name, SyntaxError> {
        let t = self.peek();
        if t.tok != Tok::Ident || is_keyword(self.text(t)) {
            return Err(self.error(t, &format!("expected {what}")));
        }
        self.bump();
        Ok(Name {
            text: self.text(t).to_string(),
            start: t.start,
        })
    }

    fn term(&mut self) -> Result<TermAst, SyntaxError> {
        let t = self.peek();
        let base = match t.tok {
            Tok::Int(n) => BaseAst::Int(n),
            Tok::Date(d) => BaseAst::Date(d),
            Tok::Ident if self.text(t) == "today" => BaseAst::Today,
            Tok::Ident if !is_keyword(self.text(t)) => BaseAst::Name(Name {
                text: self.text(t).to_string(),
                start: t.start,
            }),
            _ => return Err(self.error(t, "expected a question id, a value or `today`")),
        };
        self.bump();
        let mut shifts = Vec::new();
        while matches!(self.peek().tok, Tok::Plus | Tok::Minus) {
            let sign = if self.bump().tok == Tok::Minus { -1 } else { 1 };
            let n = self.peek();
            let Tok::Int(amount) = n.tok else {
                return Err(self.error(n, "expected a number of days, weeks, months or years"));
            };
            self.bump();
            let u = self.peek();
            let (unit, factor) = match self.text(u) {
                "day" | "days" => (Unit::Days, 1),
                "week" | "weeks" => (Unit::Days, 7),
                "month" | "months" => (Unit::Months, 1),
                "year" | "years" => (Unit::Months, 12),
                _ => return Err(self.error(u, "expected `days`, `weeks`, `months` or `years`")),
            };
            self.bump();
            let limit = match unit {
                Unit::Days => MAX_SHIFT_DAYS,
                Unit::Months => MAX_SHIFT_MONTHS,
            };
            let amount = amount
                .checked_mul(factor)
                .filter(|a| *a <= limit)
                .ok_or_else(|| SyntaxError::new(n.start, "this is more than 10,000 years"))?;
            if shifts.len() == MAX_SHIFTS {
                return Err(SyntaxError::new(
                    n.start,
                    format!("a date can be moved at most {MAX_SHIFTS} times"),
                ));
            }
            shifts.push(Shift {
                amount: sign * amount,
                unit,
            });
        }
        Ok(TermAst {
            base,
            shifts,
            start: t.start,
        })
    }
}

fn is_keyword(word: &str) -> bool {
    matches!(word, "and" | "or" | "not" | "in" | "today")
}
