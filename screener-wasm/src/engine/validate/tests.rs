use crate::engine::{
    Definition, Finding, Severity, ValidationContext, load_definition, run_case, validate,
};

const FILE: &str = "content/screener/screener.toml";

fn definition(toml: &str) -> Definition {
    let (def, findings) = load_definition(&[(FILE.to_string(), toml.to_string())]);
    assert_eq!(findings, vec![], "the fixture itself loads");
    def.unwrap()
}

/// Findings with every message and guide present, as `E|W line:column: message`.
fn check(toml: &str) -> Vec<String> {
    let languages = vec!["en".to_string()];
    let cx = ValidationContext {
        languages: &languages,
        has_message: &|_, _| true,
        guide_exists: &|_| true,
    };
    show(validate(&definition(toml), &cx))
}

fn show(findings: Vec<Finding>) -> Vec<String> {
    findings
        .into_iter()
        .inspect(|f| assert_eq!(f.file, FILE))
        .map(|f| {
            let level = if f.severity == Severity::Error {
                "E"
            } else {
                "W"
            };
            format!("{level} {}:{}: {}", f.line, f.column, f.message)
        })
        .collect()
}

const BASE: &str = r#"[[question]]
id = "a"
kind = "yes_no"

[[question]]
id = "age"
kind = "number"
min = 0
max = 120

[[question]]
id = "arrival"
kind = "date"

[[area]]
id = "x"
when = "a == yes or age < 18 or arrival + 1 year <= today"

[[area]]
id = "rest"
fallback = true
guides = ["legal-help/find-free-help.md"]
"#;

#[test]
fn a_sound_definition_has_no_findings() {
    assert_eq!(check(BASE), Vec::<String>::new());
}

#[test]
fn missing_messages_are_errors_in_every_language() {
    let def = definition(BASE);
    let languages = vec!["en".to_string(), "es".to_string()];
    let has_message = |lang: &str, id: &str| {
        id != "screener-help-a"
            && !(lang == "es" && id == "screener-question-age")
            && id != "screener-area-x-next"
    };
    let cx = ValidationContext {
        languages: &languages,
        has_message: &has_message,
        guide_exists: &|_| true,
    };
    assert_eq!(
        show(validate(&def, &cx)),
        vec![
            "W 6:6: Fluent message `screener-question-age` is missing in: es",
            "E 16:6: Fluent message `screener-area-x-next` is missing in: en, es",
        ]
    );
    // Turning help on for `a` adds its message to what is needed.
    let with_help =
        definition(&BASE.replacen("kind = \"yes_no\"", "kind = \"yes_no\"\nhelp = true", 1));
    assert!(
        with_help
            .messages()
            .iter()
            .any(|m| m.id == "screener-help-a" && m.at.line == 2)
    );
}

#[test]
fn links_to_missing_guides_are_errors() {
    let def = definition(BASE);
    let languages = vec!["en".to_string()];
    let cx = ValidationContext {
        languages: &languages,
        has_message: &|_, _| true,
        guide_exists: &|path| path != "legal-help/find-free-help.md",
    };
    assert_eq!(
        show(validate(&def, &cx)),
        vec!["E 22:11: there is no guide `legal-help/find-free-help.md`"]
    );
    let guides: Vec<String> = def.guide_links().into_iter().map(|g| g.path).collect();
    assert_eq!(guides, vec!["legal-help/find-free-help.md"]);
}

/// BASE plus a question `b` with this `show_if`, used by area `x` so it is not unused.
fn with_b(show_if: &str) -> String {
    let toml =
        format!("{BASE}\n[[question]]\nid = \"b\"\nkind = \"yes_no\"\nshow_if = \"{show_if}\"\n");
    toml.replace("a == yes or", "b == yes or a == yes or")
}

#[test]
fn questions_that_can_never_be_asked_are_errors() {
    assert_eq!(
        check(&with_b("a == yes and a == no")),
        vec!["E 27:12: `b` is never asked: no answers make its `show_if` hold"]
    );
    // Within a year of arrival and more than a year after it at once: only an unknown arrival
    // date (which leans to "may hold") would show the question, so this is a contradiction.
    assert_eq!(
        check(&with_b(
            "arrival > today - 1 year and arrival + 1 year < today"
        )),
        vec![
            "E 27:12: `b` is never asked: no definite answers make its `show_if` hold; it only holds when a date or a number is \"I don't know\" (a contradiction?)"
        ]
    );
    assert_eq!(
        check(&with_b(
            "arrival > today - 1 year and arrival + 1 year > today"
        )),
        Vec::<String>::new()
    );
    // Naming `unsure` says it is meant.
    assert_eq!(check(&with_b("arrival == unsure")), Vec::<String>::new());
}

#[test]
fn outcomes_that_can_never_be_reached_are_errors() {
    let toml = format!(
        "{BASE}\n[[flag]]\nid = \"young_and_old\"\nwhen = \"age < 10 and age > 20\"\n\n[urgent]\n[[urgent.rule]]\nid = \"late\"\nwhen = \"arrival + 1 year < today and arrival >= today\"\n\n[[deadline]]\nid = \"d\"\ndate = \"arrival + 1 year\"\nwhen = \"answered(arrival) and a == yes and a != yes\"\n"
    );
    let unknown_only = "no definite answers make its `when` hold; it only holds when a date or a number is \"I don't know\" (a contradiction?)";
    assert_eq!(
        check(&toml),
        vec![
            format!("E 25:6: flag `young_and_old` can never be reached: {unknown_only}"),
            format!("E 30:6: urgent `late` can never be reached: {unknown_only}"),
            "E 34:6: deadline `d` can never be reached: no answers make its `when` hold"
                .to_string(),
        ]
    );
}

#[test]
fn a_flow_without_any_area_needs_a_fallback() {
    let toml = BASE.replace(
        "[[area]]\nid = \"rest\"\nfallback = true\nguides = [\"legal-help/find-free-help.md\"]\n",
        "",
    );
    assert_eq!(
        check(&toml),
        vec![
            "E 1:1: a flow can end with no area at all (for example a = no, age = 18, arrival = 2024-06-16); add an area with `fallback = true` so every result offers a next step"
        ]
    );
    // When every flow raises an area, the fallback is never used: a warning.
    let toml = BASE.replace(
        "when = \"a == yes or age < 18 or arrival + 1 year <= today\"",
        "when = \"a in [yes, no, unsure] or age < 18 or arrival + 1 year <= today\"",
    );
    assert_eq!(
        check(&toml),
        vec!["W 20:6: the fallback area `rest` is never used: every flow raises another area"]
    );
}

#[test]
fn questions_whose_answers_are_never_used_are_warnings() {
    let toml = format!(
        "{BASE}\n[[question]]\nid = \"color\"\nkind = \"choice\"\nchoices = [\"red\", \"blue\"]\n"
    );
    assert_eq!(
        check(&toml),
        vec!["W 25:6: `color` is asked, but no condition uses its answer"]
    );
}

#[test]
fn run_case_reports_every_difference() {
    let def = definition(BASE);
    let case = |answers: serde_json::Value, expect: serde_json::Value| {
        let mut case = crate::engine::TestCase {
            name: "t".into(),
            today: crate::engine::Date::parse("2025-06-01").unwrap(),
            answers,
            expect: Default::default(),
            at: Default::default(),
        };
        let e = &mut case.expect;
        e.next = expect["next"].as_str().map(str::to_string);
        e.areas = expect
            .get("areas")
            .map(|v| serde_json::from_value(v.clone()).unwrap());
        e.flags = expect
            .get("flags")
            .map(|v| serde_json::from_value(v.clone()).unwrap());
        e.urgent = expect["urgent"].as_bool();
        e.safety = expect["safety"].as_bool();
        run_case(&def, &case)
    };
    use serde_json::json;
    let done = json!({"a": "no", "age": 40, "arrival": "2025-01-01"});
    assert_eq!(
        case(
            done.clone(),
            json!({"areas": ["rest"], "flags": [], "urgent": false, "safety": false})
        ),
        Ok(())
    );
    assert_eq!(
        case(done.clone(), json!({"areas": ["x"], "flags": ["f"], "urgent": true, "safety": false})),
        Err("areas: expected [x], got [rest]; flags: expected [f], got []; expected urgent = true, got false".into())
    );
    assert_eq!(case(json!({"a": "no"}), json!({"next": "age"})), Ok(()));
    assert_eq!(
        case(json!({"a": "no"}), json!({"areas": []})),
        Err("the flow still asks `age`: a case must answer every question it is shown".into())
    );
    assert_eq!(
        case(done, json!({"next": "age"})),
        Err("expected the next question to be `age`, but the flow ends with a result".into())
    );
    assert_eq!(
        case(json!({"a": "perhaps"}), json!({"next": "a"})),
        Err("`a`: not an answer to this question; expected yes, no, unsure".into())
    );
}
