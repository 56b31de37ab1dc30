use super::eval::{T, U};
use super::lexer::{Tok, tokenize};
use super::parser::{parse_condition, parse_term};
use super::*;
use crate::engine::answers::Answer;
use crate::engine::date::{Date, PartialDate};
use crate::engine::definition::{Kind, Question};

fn question(id: &str, kind: Kind, choices: &[&str]) -> Question {
    Question {
        id: id.to_string(),
        kind,
        choices: choices.iter().map(|c| c.to_string()).collect(),
        show_if: None,
        help: false,
        unsure: true,
        min: None,
        max: None,
        at: Loc::default(),
    }
}

/// detained (yes/no), relationship (choice), arrival_date (date), age (number).
fn questions() -> Vec<Question> {
    vec![
        question("detained", Kind::YesNo, &[]),
        question("relationship", Kind::Choice, &["spouse", "parent", "in_us"]),
        question("arrival_date", Kind::Date, &[]),
        question("age", Kind::Number, &[]),
    ]
}

fn compile(src: &str) -> Result<Expr, Vec<ConditionError>> {
    let qs = questions();
    let idx = index(&qs);
    let scope = Scope {
        questions: &qs,
        index: &idx,
        usable: qs.len(),
        owner: None,
    };
    compile_condition(src, &scope)
}

/// The first error as `offset: message`.
fn error(src: &str) -> (usize, String) {
    let errors = compile(src).expect_err("should not compile");
    (errors[0].at, errors[0].message.clone())
}

fn today() -> Date {
    Date::parse("2025-06-15").unwrap()
}

/// Evaluates with the answers given in question order (`None` = not asked).
fn eval_with(src: &str, answers: [Option<Answer>; 4]) -> u8 {
    let expr = compile(src).unwrap();
    let slots: Vec<Slot> = answers
        .iter()
        .map(|a| a.as_ref().map_or(Slot::Hidden, Slot::Given))
        .collect();
    eval(&expr, &slots, today())
}

fn yes() -> Option<Answer> {
    Some(Answer::Choice("yes".into()))
}

fn no() -> Option<Answer> {
    Some(Answer::Choice("no".into()))
}

fn date(s: &str) -> Option<Answer> {
    Some(Answer::Date(PartialDate::parse(s).unwrap()))
}

#[test]
fn tokens_carry_byte_ranges() {
    let toks = tokenize("detained == yes").unwrap();
    let spans: Vec<(Tok, usize, usize)> = toks.iter().map(|t| (t.tok, t.start, t.end)).collect();
    assert_eq!(
        spans,
        vec![
            (Tok::Ident, 0, 8),
            (Tok::Eq, 9, 11),
            (Tok::Ident, 12, 15),
            (Tok::End, 15, 15)
        ]
    );
}

#[test]
fn dates_and_subtraction_are_told_apart() {
    let toks: Vec<Tok> = tokenize("today - 1 year")
        .unwrap()
        .iter()
        .map(|t| t.tok)
        .collect();
    assert_eq!(
        toks,
        vec![Tok::Ident, Tok::Minus, Tok::Int(1), Tok::Ident, Tok::End]
    );
    let toks = tokenize("2024-03-01 2024-03").unwrap();
    assert!(matches!(toks[0].tok, Tok::Date(d) if d.to_string() == "2024-03-01"));
    assert!(matches!(toks[1].tok, Tok::Date(d) if d.is_month_only()));
    assert_eq!((toks[1].start, toks[1].end), (11, 18));
    let e = tokenize("x > 2023-02-30").unwrap_err();
    assert_eq!((e.at, e.message.as_str()), (4, "this date does not exist"));
}

#[test]
fn syntax_errors_point_at_the_offending_token() {
    let cases = [
        ("detained = yes", 9, "write `==` to compare"),
        ("detained == yes && age < 3", 16, "write `and`"),
        (
            "detained ==",
            11,
            "expected a question id, a value or `today`, but the condition ends here",
        ),
        (
            "(detained == yes",
            16,
            "expected `)`, but the condition ends here",
        ),
        (
            "relationship in [spouse parent]",
            24,
            "expected `,` or `]`, found `parent`",
        ),
        (
            "arrival_date + 1 fortnight < today",
            17,
            "expected `days`, `weeks`, `months` or `years`, found `fortnight`",
        ),
        (
            "detained",
            8,
            "expected a comparison (`==`, `!=`, `<`, `<=`, `>`, `>=` or `in`), but the condition ends here",
        ),
        (
            "detained == yes yes",
            16,
            "expected `and`, `or` or the end of the condition, found `yes`",
        ),
        (
            "detained == \"yes\"",
            12,
            "values are written without quotes, e.g. `detained == yes`",
        ),
    ];
    for (src, at, msg) in cases {
        assert_eq!(error(src), (at, msg.to_string()), "{src}");
    }
}

#[test]
fn parses_precedence_and_lists() {
    // `and` binds tighter than `or`; `not in` is one operator.
    let ast = parse_condition("a == yes or b == yes and not c == no").unwrap();
    let parser::Ast::Or(items) = ast else {
        panic!("or at the top")
    };
    assert!(
        matches!(&items[1], parser::Ast::And(parts) if matches!(parts[1], parser::Ast::Not(_)))
    );
    let ast = parse_condition("x not in [a, b,]").unwrap();
    assert!(matches!(ast, parser::Ast::In { negate: true, ref values, .. } if values.len() == 2));
    let term = parse_term("status_grant_date + 2 years - 3 weeks").unwrap();
    assert_eq!(
        term.shifts,
        vec![
            Shift {
                amount: 24,
                unit: Unit::Months
            },
            Shift {
                amount: -21,
                unit: Unit::Days
            }
        ]
    );
}

#[test]
fn type_errors_name_the_problem_and_its_position() {
    let cases = [
        ("detaned == yes", 0, "unknown question `detaned`"),
        (
            "detained == maybe",
            12,
            "`maybe` is not an answer to `detained`; expected one of: yes, no, unsure",
        ),
        (
            "relationship in [spouse, cousin]",
            25,
            "`cousin` is not an answer to `relationship`; expected one of: spouse, parent, in_us, unsure",
        ),
        (
            "arrival_date == yes",
            16,
            "`yes` is not a date or a number: compare with a date, e.g. `today - 1 year`, or `unsure`",
        ),
        (
            "age > old",
            6,
            "`old` is not a date or a number: compare with a whole number or `unsure`",
        ),
        (
            "detained < 3",
            0,
            "`detained` is a yes/no question: compare it with `==`, `!=` or `in`, e.g. `detained == yes`",
        ),
        ("age < today", 4, "cannot compare a number with a date"),
        (
            "age + 1 year > 3",
            0,
            "only dates can be moved by days, weeks, months or years",
        ),
        (
            "yes == detained",
            0,
            "`yes` is a value: put the question first, e.g. `detained == yes`",
        ),
        ("answered(nobody)", 9, "unknown question `nobody`"),
    ];
    for (src, at, msg) in cases {
        assert_eq!(error(src), (at, msg.to_string()), "{src}");
    }
    // Every error in a condition is reported, not only the first.
    let errors = compile("detaned == yes or age == maybe").unwrap_err();
    assert_eq!(errors.len(), 2);
    // A choice id that is also a question id is read as the choice on the right of `==`.
    assert!(compile("relationship == in_us").is_ok());
}

#[test]
fn show_if_may_only_look_back() {
    let qs = questions();
    let idx = index(&qs);
    let scope = Scope {
        questions: &qs,
        index: &idx,
        usable: 2,
        owner: Some("arrival_date"),
    };
    let errors = compile_condition("detained == yes and age < 18", &scope).unwrap_err();
    assert_eq!(errors[0].at, 20);
    assert!(
        errors[0]
            .message
            .contains("uses `age`, which is asked later"),
        "{}",
        errors[0].message
    );
    let errors = compile_condition("arrival_date < today", &scope).unwrap_err();
    assert_eq!(
        errors[0].message,
        "the `show_if` of `arrival_date` refers to `arrival_date` itself"
    );
}

#[test]
fn unasked_questions_make_every_comparison_false() {
    let none = [None, None, None, None];
    for src in [
        "detained == yes",
        "detained != yes",
        "detained in [yes, no]",
        "detained not in [yes]",
        "age < 3",
        "age != 3",
        "arrival_date < today",
        "answered(detained)",
    ] {
        assert_eq!(eval_with(src, none.clone()), F, "{src}");
    }
    assert_eq!(eval_with("not (detained == yes)", none), T);
}

#[test]
fn unsure_is_a_value_for_choices_and_unknown_for_dates() {
    let unsure = Some(Answer::Unsure);
    let given = [unsure.clone(), None, unsure.clone(), unsure];
    assert_eq!(eval_with("detained == unsure", given.clone()), T);
    assert_eq!(eval_with("detained == yes", given.clone()), F);
    assert_eq!(eval_with("detained in [yes, unsure]", given.clone()), T);
    assert_eq!(
        eval_with("arrival_date + 1 year <= today + 90 days", given.clone()),
        U
    );
    assert_eq!(eval_with("not (age < 18)", given.clone()), U);
    assert_eq!(eval_with("arrival_date == unsure", given.clone()), T);
    assert!(holds(U), "unknown leans to the cautious side");
    // Kleene: false and unknown is false; true or unknown is true.
    assert_eq!(eval_with("detained == yes and age < 18", given.clone()), F);
    assert_eq!(eval_with("detained == unsure or age < 18", given), T);
}

#[test]
fn month_only_dates_are_ranges() {
    // today is 2025-06-15; 2024-06 + 1 year is somewhere in June 2025.
    let straddles = [None, None, date("2024-06"), None];
    assert_eq!(
        eval_with("arrival_date + 1 year < today", straddles.clone()),
        U
    );
    assert_eq!(
        eval_with("arrival_date + 1 year < today + 30 days", straddles.clone()),
        T
    );
    assert_eq!(
        eval_with("arrival_date + 1 year > today - 30 days", straddles.clone()),
        T
    );
    assert_eq!(
        eval_with("arrival_date == 2024-06-15", straddles.clone()),
        U
    );
    assert_eq!(eval_with("arrival_date == 2024-06", straddles), U);
    let exact = [None, None, date("2024-06-14"), None];
    assert_eq!(eval_with("arrival_date + 1 year < today", exact.clone()), T);
    assert_eq!(
        eval_with("arrival_date + 1 year >= today", exact.clone()),
        F
    );
    assert_eq!(eval_with("arrival_date == 2024-06-14", exact.clone()), T);
    assert_eq!(eval_with("arrival_date <= 2024-06", exact), U);
}

#[test]
fn reasons_are_the_atoms_that_agree_with_the_result() {
    let expr = compile("(detained == yes or age < 18) and not (relationship == spouse)").unwrap();
    let answers = [
        yes(),
        Some(Answer::Choice("parent".into())),
        None,
        Some(Answer::Number(40)),
    ];
    let slots: Vec<Slot> = answers
        .iter()
        .map(|a| a.as_ref().map_or(Slot::Hidden, Slot::Given))
        .collect();
    assert_eq!(eval(&expr, &slots, today()), T);
    let mut why = Vec::new();
    explain(&expr, &slots, today(), &mut why);
    why.sort_unstable();
    // detained (the true disjunct) and relationship (false under `not`); not age (40 < 18 is false).
    assert_eq!(why, vec![0, 1]);
    // When false, the false parts explain it.
    let answers = [
        no(),
        Some(Answer::Choice("spouse".into())),
        None,
        Some(Answer::Number(40)),
    ];
    let slots: Vec<Slot> = answers
        .iter()
        .map(|a| a.as_ref().map_or(Slot::Hidden, Slot::Given))
        .collect();
    let mut why = Vec::new();
    explain(
        &compile("detained == yes and age > 18").unwrap(),
        &slots,
        today(),
        &mut why,
    );
    assert_eq!(why, vec![0]);
}

#[test]
fn positions_map_into_the_file() {
    let origin = Origin {
        loc: Loc {
            file: "q.toml".into(),
            line: 10,
            column: 12,
        },
        exact: true,
    };
    let text = "a == yes\nand bé == no";
    assert_eq!(
        origin.locate(text, 5),
        Loc {
            file: "q.toml".into(),
            line: 10,
            column: 17
        }
    );
    // Second line: columns count characters from the line start.
    let offset = text.find("no").unwrap();
    assert_eq!(
        origin.locate(text, offset),
        Loc {
            file: "q.toml".into(),
            line: 11,
            column: 11
        }
    );
    let inexact = Origin {
        exact: false,
        ..origin
    };
    assert_eq!(inexact.locate(text, 5).column, 12);
}
