use crate::engine::{Finding, Severity, load_definition, load_test_cases};

const FILE: &str = "content/screener/screener.toml";

fn load(toml: &str) -> Vec<Finding> {
    load_definition(&[(FILE.to_string(), toml.to_string())]).1
}

/// Findings as `line:column: message`, errors only.
fn errors(toml: &str) -> Vec<String> {
    load(toml)
        .into_iter()
        .filter(|f| f.severity == Severity::Error)
        .inspect(|f| assert_eq!(f.file, FILE))
        .map(|f| format!("{}:{}: {}", f.line, f.column, f.message))
        .collect()
}

const AREAS: &str = r#"
[[area]]
id = "x"
when = "a == yes"

[[area]]
id = "rest"
fallback = true
"#;

#[test]
fn a_clean_definition_loads() {
    let toml = format!(
        "[screener]\nwho = \"a\"\n[[question]]\nid = \"a\"\nkind = \"choice\"\nchoices = [\"self\", \"other\"]\n{}",
        AREAS.replace("a == yes", "a == self")
    );
    let (def, findings) = load_definition(&[(FILE.to_string(), toml)]);
    assert_eq!(findings, vec![]);
    let def = def.unwrap();
    assert_eq!(def.questions[0].at.line, 4);
    assert_eq!(def.areas[1].at.line, 13);
}

#[test]
fn toml_syntax_errors_have_positions() {
    let found = errors("[[question]]\nid = \"a\"\nkind = yes_no\n");
    assert!(
        found.contains(&"3:8: string values must be quoted, expected literal string".to_string()),
        "{found:?}"
    );
}

#[test]
fn every_broken_item_is_reported() {
    let toml = format!(
        r#"
[[question]]
id = "a"
kind = "yes_no"
colour = "red"

[[question]]
id = "b"
kind = "maybe"

[[question]]
id = "c"
kind = "yes_no"

[[outcome]]
id = "y"
{AREAS}"#
    );
    let found = errors(&toml);
    assert_eq!(found.len(), 4, "{found:?}");
    assert!(
        found[0].starts_with("5:1: unknown field `colour`"),
        "{found:?}"
    );
    assert!(
        found[1].starts_with("9:8: unknown variant `maybe`"),
        "{found:?}"
    );
    assert!(
        found[2].starts_with("15:3: unknown section `outcome`"),
        "{found:?}"
    );
    // `a` could not be read, so the area that uses it is reported as well.
    assert_eq!(found[3], "20:9: unknown question `a`");
}

#[test]
fn condition_errors_point_inside_the_string() {
    let toml = format!(
        r#"[[question]]
id = "a"
kind = "yes_no"

[[question]]
id = "b"
kind = "yes_no"
show_if = "a == maybe"

[[question]]
id = "c"
kind = "date"
show_if = """
a == yes
and c < today"""

[[question]]
id = "d"
kind = "yes_no"
show_if = 'b == yes and e == yes'

[[question]]
id = "e"
kind = "yes_no"
show_if = "detaned == ye\u0073"
{AREAS}"#
    );
    assert_eq!(
        errors(&toml),
        vec![
            "8:17: `maybe` is not an answer to `a`; expected one of: yes, no, unsure",
            "15:5: the `show_if` of `c` refers to `c` itself",
            "20:25: the `show_if` of `d` uses `e`, which is asked later; a question may only depend on questions asked before it (this also rules out cycles)",
            // An escape in the string: the position falls back to the start of the condition.
            "25:12: unknown question `detaned`",
        ]
    );
}

#[test]
fn structural_problems_are_reported_at_their_item() {
    let toml = r#"
[screener]
who = "b"
guides = ["/etc/passwd", "asylum/../../x.md", "legal-help/find-free-help.md"]

[[question]]
id = "a"
kind = "yes_no"
choices = ["x", "y"]

[[question]]
id = "a"
kind = "choice"
choices = ["only"]

[[question]]
id = "Bad-Id"
kind = "choice"
choices = ["x", "x", "unsure"]

[[question]]
id = "n"
kind = "number"
min = 5
max = 1

[[area]]
id = "x"

[[area]]
id = "rest"
fallback = true
when = "a == yes"

[[area]]
id = "other"
fallback = true

[[flag]]
id = "x"
when = "a == yes"
fallback = true

[[deadline]]
id = "d"
date = "a + 1 year"
when = "answered(a)"
"#;
    assert_eq!(
        errors(toml),
        vec![
            "2:2: `who` must name a choice question with a `self` choice, not `b`",
            "4:11: `/etc/passwd` is not a guide path; write a path inside the content folder such as `asylum/one-year-deadline.md`",
            "4:26: `asylum/../../x.md` is not a guide path; write a path inside the content folder such as `asylum/one-year-deadline.md`",
            "7:6: `a` has choices but is not a choice question",
            "12:6: duplicate id `a`",
            "12:6: the choice question `a` needs at least two choices",
            "17:6: question id `Bad-Id`: use lowercase letters, digits and `_`, starting with a letter",
            "17:6: `Bad-Id` lists the choice `x` twice",
            "17:6: `unsure` is reserved for \"I don't know\" (choice of `Bad-Id`)",
            "22:6: `n` has `min` greater than `max`",
            "28:6: `x` needs a `when` condition",
            "31:6: the fallback area `rest` must not have `when`: it is raised when no other area is",
            "36:6: only one area can be the fallback",
            "40:6: duplicate id `x`",
            "40:6: only an area can be the fallback",
            "46:9: `a` is a yes/no question: compare it with `==`, `!=` or `in`, e.g. `a == yes`",
        ]
    );
}

#[test]
fn questions_keep_file_order() {
    let (def, findings) = load_definition(&[
        (
            "content/screener/b.toml".to_string(),
            "[[question]]\nid = \"second\"\nkind = \"yes_no\"\nshow_if = \"first == yes\"\n"
                .to_string(),
        ),
        (
            "content/screener/a.toml".to_string(),
            format!(
                "[[question]]\nid = \"first\"\nkind = \"yes_no\"\n{}",
                AREAS.replace("a ==", "second ==")
            ),
        ),
    ]);
    assert_eq!(findings, vec![]);
    let def = def.unwrap();
    assert_eq!(def.questions[1].at.file, "content/screener/b.toml");
}

#[test]
fn test_cases_load_with_their_problems() {
    let text = r#"
[[case]]
name = "complete"
today = 2025-06-01
areas = ["x"]
urgent = false
safety = false
flags = []
[case.answers]
a = "yes"
age = 17
arrival = 2024-03-01

[[case]]
name = "partial"
today = "2025-06-01"
next = "b"
[case.answers]
a = "no"

[[case]]
name = "mixed up"
today = "June"
next = "b"
areas = []

[[case]]
name = "incomplete"
today = "2025-06-01"
areas = ["x"]
[case.answers]
a = true

[[case]]
name = "partial"
today = "2025-06-01"
next = "a"
"#;
    let (cases, findings) = load_test_cases(&[(
        "content/screener/tests/t.toml".to_string(),
        text.to_string(),
    )]);
    let names: Vec<&str> = cases.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, vec!["complete", "partial", "incomplete", "partial"]);
    assert_eq!(
        cases[0].answers,
        serde_json::json!({"a": "yes", "age": 17, "arrival": "2024-03-01"})
    );
    assert_eq!(cases[0].today.to_string(), "2025-06-01");
    assert_eq!(cases[1].at.line, 15);
    let found: Vec<String> = findings
        .iter()
        .map(|f| format!("{}:{}: {}", f.line, f.column, f.message))
        .collect();
    assert_eq!(
        found,
        vec![
            "23:9: `today` must be a date like 2025-06-01",
            "28:8: answer `a`: write \"yes\", \"no\", \"unsure\", a choice id, a list of choice ids, a whole number or a date",
            "28:8: a case expects either `next` alone, or all of `areas`, `urgent`, `safety` and `flags`",
            "35:8: duplicate case name `partial`",
        ]
    );
}
