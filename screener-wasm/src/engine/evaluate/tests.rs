use crate::engine::{
    Date, Definition, Step, estimate_total, evaluate, next_possible, parse_answers,
};
use serde_json::json;

/// A small screener in its JSON form, as the browser receives it.
fn definition() -> Definition {
    let json = json!({
        "who": "answering_for",
        "questions": [
            {"id": "answering_for", "kind": "choice", "choices": ["self", "someone_else"], "unsure": false},
            {"id": "detained", "kind": "yes_no"},
            {"id": "court_date", "kind": "date", "show_if": "detained == no"},
            {"id": "age", "kind": "number", "min": 0, "max": 120},
            {"id": "arrival", "kind": "date"}
        ],
        "areas": [
            {"id": "removal", "when": "detained in [yes, unsure] or court_date <= today + 30 days"},
            {"id": "general", "fallback": true}
        ],
        "flags": [{"id": "child", "when": "age < 18"}],
        "urgent": {"rules": [
            {"id": "held", "when": "detained == yes"},
            {"id": "soon", "when": "court_date <= today + 30 days"}
        ]},
        "safety": {"rules": []},
        "deadlines": [{"id": "one_year", "date": "arrival + 1 year", "when": "answered(arrival)"}]
    });
    serde_json::from_value(json).expect("a valid definition")
}

fn today() -> Date {
    Date::parse("2025-06-01").unwrap()
}

fn step(answers: serde_json::Value) -> Step {
    let def = definition();
    let answers = parse_answers(&def, &answers).expect("valid answers");
    evaluate(&def, &answers, today())
}

fn result_json(answers: serde_json::Value) -> serde_json::Value {
    match step(answers) {
        Step::Result { result, .. } => serde_json::to_value(result).unwrap(),
        other => panic!("expected a result, got {other:?}"),
    }
}

#[test]
fn asks_the_first_unanswered_question_that_is_shown() {
    let s = serde_json::to_value(step(json!({}))).unwrap();
    assert_eq!(
        s,
        json!({"step": "question", "id": "answering_for", "number": 1, "total": 5, "who": "self",
               "answered": []})
    );
    // Detained: the court date is not asked; `who` follows the answer.
    let s = serde_json::to_value(step(
        json!({"answering_for": "someone_else", "detained": "yes"}),
    ))
    .unwrap();
    assert_eq!(
        s,
        json!({"step": "question", "id": "age", "number": 3, "total": 4, "who": "someone_else",
               "answered": ["answering_for", "detained"]})
    );
    assert_eq!(
        step(json!({"answering_for": "self", "detained": "no"})).question_id(),
        Some("court_date")
    );
}

#[test]
fn result_has_the_documented_shape() {
    let r = result_json(json!({
        "answering_for": "self", "detained": "yes", "age": 16, "arrival": "2024-09-10"
    }));
    assert_eq!(
        r,
        json!({
            "areas": ["removal"],
            "urgent": true,
            "urgent_rules": ["held"],
            "safety": false,
            "flags": ["child"],
            "deadlines": [{"id": "one_year", "date": "2025-09-10", "approximate": false,
                           "days_left": 101, "passed": false}],
            "reasons": {
                "removal": [{"question": "detained", "answer": "yes"}],
                "child": [{"question": "age", "answer": 16}],
                "urgent": [{"question": "detained", "answer": "yes"}]
            }
        })
    );
}

#[test]
fn answers_to_hidden_questions_are_ignored() {
    // A court date left over from an earlier path must not make the result urgent for it.
    let with = result_json(json!({
        "answering_for": "self", "detained": "yes", "court_date": "2025-06-05", "age": 40, "arrival": "unsure"
    }));
    assert_eq!(
        with["reasons"]["urgent"],
        json!([{"question": "detained", "answer": "yes"}])
    );
    let Step::Result { answered, .. } = step(json!({
        "answering_for": "self", "detained": "yes", "court_date": "2025-06-05", "age": 40, "arrival": "unsure"
    })) else {
        panic!("a result")
    };
    assert_eq!(
        answered,
        vec!["answering_for", "detained", "age", "arrival"]
    );
}

#[test]
fn an_unknown_date_leans_to_the_cautious_side() {
    let r = result_json(json!({
        "answering_for": "self", "detained": "no", "court_date": "unsure", "age": 40, "arrival": "unsure"
    }));
    assert_eq!(r["areas"], json!(["removal"]));
    assert_eq!(r["urgent"], json!(true));
    assert_eq!(
        r["reasons"]["urgent"],
        json!([{"question": "court_date", "answer": "unsure"}])
    );
    // An arrival date the person does not know gives no deadline rather than a wrong one.
    assert_eq!(r["deadlines"], json!([]));
}

#[test]
fn the_fallback_area_appears_only_alone() {
    let r = result_json(json!({
        "answering_for": "self", "detained": "no", "court_date": "2025-12-01", "age": 40, "arrival": "2025-03"
    }));
    assert_eq!(r["areas"], json!(["general"]));
    assert_eq!(r["urgent"], json!(false));
    assert_eq!(r["reasons"]["general"], json!([]));
    // A month-only arrival: the earliest possible day, marked approximate.
    assert_eq!(
        r["deadlines"],
        json!([{"id": "one_year", "date": "2026-03-01", "approximate": true, "days_left": 273, "passed": false}])
    );
}

#[test]
fn answers_are_checked_against_the_questions() {
    let def = definition();
    let errors = parse_answers(
        &def,
        &json!({
            "answering_for": "unsure",
            "detained": "maybe",
            "age": 130,
            "arrival": "March 2024",
            "nickname": "x"
        }),
    )
    .unwrap_err();
    assert_eq!(
        errors,
        vec![
            "`age`: not an answer to this question; expected a whole number from 0 to 120",
            "`answering_for` has no \"I don't know\" answer",
            "`arrival`: not an answer to this question; expected a date like 2024-03 or 2024-03-14",
            "`detained`: not an answer to this question; expected yes, no, unsure",
            "`nickname` is not a question",
        ]
    );
    assert!(parse_answers(&def, &json!(["yes"])).is_err());
    assert!(parse_answers(&def, &json!({"age": 17.5})).is_err());
    assert!(parse_answers(&def, &json!({"age": "unsure", "arrival": "2024-02-29"})).is_ok());
}

#[test]
fn a_broken_definition_json_is_refused() {
    let json = json!({
        "questions": [{"id": "a", "kind": "yes_no", "show_if": "b == yes"}, {"id": "b", "kind": "yes_no"}],
        "areas": [{"id": "x", "when": "a == maybe"}],
        "urgent": {"rules": []},
        "safety": {"rules": []}
    });
    let err = serde_json::from_value::<Definition>(json)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("the `show_if` of `a` uses `b`, which is asked later"),
        "{err}"
    );
    assert!(err.contains("`maybe` is not an answer to `a`"), "{err}");
    let err =
        serde_json::from_value::<Definition>(json!({"questions": [{"id": "a", "kind": "colour"}]}))
            .unwrap_err()
            .to_string();
    assert_eq!(err, "invalid `kind` in the screener definition");
}

#[test]
fn the_definition_round_trips_through_json() {
    let def = definition();
    let json = serde_json::to_value(&def).unwrap();
    assert_eq!(
        json["questions"][0],
        json!({"id": "answering_for", "kind": "choice", "choices": ["self", "someone_else"], "unsure": false})
    );
    assert_eq!(json["questions"][2]["show_if"], json!("detained == no"));
    let back: Definition = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(serde_json::to_value(&back).unwrap(), json);
}

#[test]
fn the_estimate_counts_what_may_still_be_asked() {
    let def = definition();
    let total = |answers: serde_json::Value| {
        let answers = parse_answers(&def, &answers).expect("valid answers");
        estimate_total(&def, &answers, today())
    };
    // Nothing answered: every question may still be asked.
    assert_eq!(total(json!({})), 5);
    // "I don't know" keeps the court date possible (its show_if says `detained == no`).
    assert_eq!(total(json!({"answering_for": "self"})), 5);
    // Detained: the court date is closed off.
    assert_eq!(
        total(json!({"answering_for": "self", "detained": "yes"})),
        4
    );
    assert_eq!(total(json!({"answering_for": "self", "detained": "no"})), 5);
    // At the end it is the number answered.
    let done = json!({"answering_for": "self", "detained": "yes", "age": 30, "arrival": "unsure"});
    assert_eq!(total(done), 4);
    // A later answer kept from an earlier path does not hide what it would have closed off.
    assert_eq!(total(json!({"answering_for": "self", "age": 30})), 5);
}

/// A definition with a multiple-choice question, in its JSON form.
fn multi_definition() -> Definition {
    let json = json!({
        "questions": [
            {"id": "status", "kind": "multi", "choices": ["asylum_pending", "tps", "parole", "none"]},
            {"id": "end", "kind": "date", "show_if": "status in [tps, parole, unsure]"}
        ],
        "areas": [
            {"id": "tps", "when": "status == tps"},
            {"id": "no_asylum_yet", "when": "status != asylum_pending"},
            {"id": "general", "fallback": true}
        ],
        "flags": [{"id": "both", "when": "status == tps and status == asylum_pending"}],
        "urgent": {"rules": [{"id": "ending", "when": "end <= today + 90 days"}]},
        "safety": {"rules": []}
    });
    serde_json::from_value(json).expect("a valid definition")
}

#[test]
fn multiple_choice_answers_are_sets() {
    let def = multi_definition();
    let run = |answers: serde_json::Value| {
        let answers = parse_answers(&def, &answers).expect("valid answers");
        serde_json::to_value(evaluate(&def, &answers, today())).unwrap()
    };
    // Pending asylum and TPS: `in` and `==` mean "any of the chosen", `!=` "none of them".
    let both = run(json!({"status": ["tps", "asylum_pending"], "end": "2025-07-01"}));
    assert_eq!(both["result"]["areas"], json!(["tps"]));
    assert_eq!(both["result"]["flags"], json!(["both"]));
    assert_eq!(both["result"]["urgent"], json!(true));
    // The answer is kept in the question's order, as an array, in the reasons too.
    assert_eq!(
        both["result"]["reasons"]["tps"],
        json!([{"question": "status", "answer": ["asylum_pending", "tps"]}])
    );
    // One choice may be written alone.
    let none = run(json!({"status": "none"}));
    assert_eq!(none["result"]["areas"], json!(["no_asylum_yet"]));
    // "I don't know" alone leads on to the date question.
    assert_eq!(run(json!({"status": ["unsure"]}))["id"], json!("end"));
    assert_eq!(run(json!({"status": "unsure"}))["id"], json!("end"));
}

#[test]
fn multiple_choice_answers_are_checked() {
    let def = multi_definition();
    let errors = |answers: serde_json::Value| parse_answers(&def, &answers).unwrap_err().join("\n");
    assert!(errors(json!({"status": []})).contains("choose at least one"));
    assert!(errors(json!({"status": ["tps", "unsure"]})).contains("cannot be chosen together"));
    assert!(errors(json!({"status": ["tps", "tps"]})).contains("chosen twice"));
    assert!(errors(json!({"status": ["visa"]})).contains("`visa` is not one of its choices"));
    assert!(errors(json!({"status": [3]})).contains("not one of its choices"));
    assert!(errors(json!({"status": {"tps": true}})).contains("a list of one or more of"));
}

#[test]
fn multiple_choice_conditions_are_type_checked() {
    let json = |when: &str| {
        json!({
            "questions": [{"id": "status", "kind": "multi", "choices": ["a", "b"]}],
            "areas": [{"id": "x", "when": when}, {"id": "general", "fallback": true}],
            "safety": {"rules": []}, "urgent": {"rules": []}
        })
    };
    let refused = |when: &str| {
        serde_json::from_value::<Definition>(json(when))
            .unwrap_err()
            .to_string()
    };
    assert!(refused("status == c").contains("`c` is not an answer to `status`"));
    assert!(refused("status < 3").contains("is a multiple-choice question"));
    assert!(serde_json::from_value::<Definition>(json("status not in [a, unsure]")).is_ok());
    let one = json!({
        "questions": [{"id": "status", "kind": "multi", "choices": ["a"]}],
        "areas": [{"id": "general", "fallback": true}]
    });
    assert!(
        serde_json::from_value::<Definition>(one)
            .unwrap_err()
            .to_string()
            .contains("needs at least two choices")
    );
}

#[test]
fn skip_hints_name_the_next_question_that_may_be_asked() {
    let def = definition();
    let at = |id: &str| def.question_index(id).unwrap();
    let yes = crate::engine::Answer::Choice("yes".into());
    let no = crate::engine::Answer::Choice("no".into());
    // Detained: the court date (asked only when not detained) is skipped.
    assert_eq!(next_possible(&def, at("detained"), &yes), Some(at("age")));
    assert_eq!(
        next_possible(&def, at("detained"), &no),
        Some(at("court_date"))
    );
    // After the last question come the results.
    let date = crate::engine::Answer::Unsure;
    assert_eq!(next_possible(&def, at("arrival"), &date), None);
}
