//! Hostile and huge input: conditions nested far too deep, machine-made definitions, answers
//! files full of junk. Each is refused with a located error or handled in time that grows with
//! its size; none panics or exhausts the stack. Property tests check the condition language on
//! arbitrary text: no panic, and every finding points inside the file.
#![cfg(feature = "load")]

use proptest::prelude::*;
use screener_wasm::engine::{
    Date, Finding, ValidationContext, evaluate, load_definition, parse_answers, validate,
};
use std::time::{Duration, Instant};

const FILE: &str = "content/screener/questions.toml";

fn load(text: &str) -> (Option<screener_wasm::engine::Definition>, Vec<Finding>) {
    load_definition(&[(FILE.to_string(), text.to_string())])
}

/// A definition with one yes/no question `a`, a question `b` shown when `show_if`, and a
/// fallback area. The condition is written as a TOML literal string on line 7.
fn with_show_if(show_if: &str) -> String {
    format!(
        "[[question]]\nid = \"a\"\nkind = \"yes_no\"\n\n[[question]]\nid = \"b\"\nshow_if = '{show_if}'\nkind = \"yes_no\"\n\n[[area]]\nid = \"x\"\nwhen = \"b == yes\"\n\n[[area]]\nid = \"rest\"\nfallback = true\n"
    )
}

fn errors(findings: &[Finding]) -> Vec<String> {
    findings
        .iter()
        .filter(|f| f.is_error())
        .map(|f| format!("{}:{}:{}: {}", f.file, f.line, f.column, f.message))
        .collect()
}

/// Runs `f` on a thread with a small stack (the browser's wasm stack is about 1 MB), so a
/// recursion that is only bounded by the input would fail here.
fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(512 * 1024)
        .spawn(f)
        .expect("spawn")
        .join()
        .expect("no panic and no stack overflow")
}

#[test]
fn five_thousand_parentheses_are_a_located_error() {
    let cond = format!("{}a == yes{}", "(".repeat(5_000), ")".repeat(5_000));
    let found = on_small_stack(move || load(&with_show_if(&cond)).1);
    // The 65th parenthesis is one too deep (the condition starts at column 12).
    assert_eq!(
        errors(&found),
        vec![format!(
            "{FILE}:7:{}: this condition nests `not` and parentheses more than 64 deep; split \
             it into simpler conditions",
            12 + 64
        )]
    );
}

#[test]
fn a_hundred_thousand_nots_are_a_located_error() {
    let cond = format!("{}a == yes", "not ".repeat(100_000));
    let found = on_small_stack(move || load(&with_show_if(&cond)).1);
    let errs = errors(&found);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].starts_with(&format!("{FILE}:7:{}: ", 12 + 64 * 4)),
        "{}",
        errs[0]
    );
}

#[test]
fn nesting_up_to_the_limit_works_everywhere() {
    // 64 levels compile, validate and evaluate, also on a small stack.
    let cond = format!("{}a == yes{}", "(not ".repeat(32), ")".repeat(32));
    on_small_stack(move || {
        let (def, found) = load(&with_show_if(&cond));
        assert_eq!(errors(&found), Vec::<String>::new());
        let def = def.expect("loads");
        let cx = ValidationContext {
            languages: &["en".to_string()],
            has_message: &|_, _| true,
            guide_exists: &|_| true,
        };
        validate(&def, &cx);
        let answers = parse_answers(&def, &serde_json::json!({"a": "yes"})).expect("answers");
        let today = Date::parse("2026-12-02").expect("date");
        assert_eq!(evaluate(&def, &answers, today).question_id(), Some("b"));
    });
}

#[test]
fn shifts_that_would_overflow_dates_are_refused() {
    let text = |shift: &str| {
        format!(
            "[[question]]\nid = \"d\"\nkind = \"date\"\n\n[[area]]\nid = \"x\"\nwhen = 'd {shift} <= today'\n\n[[area]]\nid = \"rest\"\nfallback = true\n"
        )
    };
    let errs = errors(&load(&text("+ 9223372036854775807 years")).1);
    assert_eq!(
        errs,
        vec![format!("{FILE}:7:13: this is more than 10,000 years")]
    );
    let errs = errors(&load(&text("- 99999999999999999999 days")).1);
    assert_eq!(errs, vec![format!("{FILE}:7:13: this number is too large")]);
    let many = "+ 1000 years ".repeat(9);
    let errs = errors(&load(&text(&many)).1);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].contains("at most 8 times"), "{}", errs[0]);
}

#[test]
fn a_condition_with_many_mistakes_reports_twenty() {
    let cond = (0..5_000)
        .map(|i| format!("q{i} == yes"))
        .collect::<Vec<_>>()
        .join(" or ");
    let found = load(&with_show_if(&cond)).1;
    assert_eq!(errors(&found).len(), 20);
}

/// `n` questions, each shown when the one before was answered yes, and an area per question.
fn chain(n: usize) -> String {
    let mut t = String::from("[[question]]\nid = \"q0\"\nkind = \"yes_no\"\n");
    for i in 1..n {
        t += &format!(
            "[[question]]\nid = \"q{i}\"\nkind = \"yes_no\"\nshow_if = \"q{} in [yes, unsure]\"\n",
            i - 1
        );
    }
    for i in 0..n {
        t += &format!("[[area]]\nid = \"a{i}\"\nwhen = \"q{i} == yes\"\n");
    }
    t + "[[area]]\nid = \"rest\"\nfallback = true\n"
}

#[test]
fn a_huge_definition_loads_and_validates_in_time() {
    let text = chain(1_000);
    let started = Instant::now();
    let (def, found) = load(&text);
    assert_eq!(errors(&found), Vec::<String>::new());
    let def = def.expect("loads");
    let cx = ValidationContext {
        languages: &["en".to_string()],
        has_message: &|_, _| true,
        guide_exists: &|_| true,
    };
    let findings = validate(&def, &cx);
    assert!(
        findings.iter().all(|f| !f.is_error()),
        "{:?}",
        errors(&findings)
    );
    // Debug builds are slow; a quadratic or exponential step would take minutes.
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn a_definition_with_too_many_questions_is_refused() {
    let (def, found) = load(&chain(1_001));
    assert!(def.is_none());
    let errs = errors(&found);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].ends_with("the screener has 1001 questions; at most 1000 are allowed"),
        "{}",
        errs[0]
    );
}

#[test]
fn junk_answers_are_refused_briefly() {
    let (def, _) = load(&chain(3));
    let def = def.expect("loads");
    let mut junk = serde_json::Map::new();
    for i in 0..100_000 {
        junk.insert(format!("{}{i}", "x".repeat(100)), serde_json::json!([i]));
    }
    let errs = parse_answers(&def, &serde_json::Value::Object(junk)).unwrap_err();
    assert_eq!(errs.len(), 21, "twenty problems and a note");
    assert!(errs[0].len() < 100, "long ids are shortened: {}", errs[0]);
}

// --- properties -----------------------------------------------------------------------------

/// Words and symbols of the condition language, and a few that are not.
fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "a",
            "b",
            "d",
            "n",
            "yes",
            "no",
            "unsure",
            "today",
            "and",
            "or",
            "not",
            "in",
            "answered",
            "(",
            ")",
            "[",
            "]",
            ",",
            "==",
            "!=",
            "<",
            "<=",
            ">",
            ">=",
            "+",
            "-",
            "days",
            "weeks",
            "months",
            "year",
            "2024-02-29",
            "2024-13",
            "2023-02-29",
            "1",
            "99999999999999999999",
            "=",
            "!",
            "&",
            "|",
            "\"",
            "é",
            "日本",
            "\t",
        ])
        .prop_map(str::to_string),
        "[a-z_]{1,8}",
        "[0-9]{1,6}",
        "\\PC{1,3}",
    ]
}

fn condition() -> impl Strategy<Value = String> {
    prop::collection::vec(token(), 0..30).prop_map(|t| t.join(" "))
}

/// A definition whose every condition is `cond`, written as TOML literal strings.
fn definition_text(cond: &str) -> String {
    format!(
        "[[question]]\nid = \"a\"\nkind = \"yes_no\"\n[[question]]\nid = \"d\"\nkind = \"date\"\n[[question]]\nid = \"n\"\nkind = \"number\"\n[[question]]\nid = \"m\"\nkind = \"multi\"\nchoices = [\"x\", \"y\", \"z\"]\n[[question]]\nid = \"b\"\nkind = \"yes_no\"\nshow_if = '{cond}'\n[[area]]\nid = \"x\"\nwhen = '''\n{cond}'''\n[[flag]]\nid = \"f\"\nwhen = \"b == yes\"\n[[deadline]]\nid = \"dl\"\ndate = '{cond}'\nwhen = '{cond}'\n[[area]]\nid = \"rest\"\nfallback = true\n"
    )
}

/// Every finding names the file and a line and column that exist in it.
fn inside(text: &str, found: &[Finding]) -> Result<(), String> {
    let lines: Vec<&str> = text.split('\n').collect();
    for f in found {
        let ok = f.file == FILE
            && f.line >= 1
            && (f.line as usize) <= lines.len()
            && f.column >= 1
            && (f.column as usize) <= lines[f.line as usize - 1].chars().count() + 1;
        if !ok {
            return Err(format!("outside the file: {f}"));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_conditions_never_panic_and_findings_point_inside(cond in condition()) {
        let cond = cond.replace(['\'', '\n', '\r'], " ");
        let text = definition_text(&cond);
        let (def, found) = load(&text);
        prop_assert!(inside(&text, &found).is_ok(), "{:?}", inside(&text, &found));
        if let Some(def) = def {
            let cx = ValidationContext {
                languages: &["en".to_string()],
                has_message: &|_, _| true,
                guide_exists: &|_| true,
            };
            let v = validate(&def, &cx);
            prop_assert!(inside(&text, &v).is_ok(), "{:?}", inside(&text, &v));
            let today = Date::parse("2026-12-02").expect("date");
            for answers in [
                serde_json::json!({"a": "yes", "d": "0001-01", "n": i64::MAX, "m": ["x", "z"], "b": "no"}),
                serde_json::json!({"a": "unsure", "d": "9999-12-31", "n": i64::MIN, "m": "unsure"}),
            ] {
                if let Ok(a) = parse_answers(&def, &answers) {
                    evaluate(&def, &a, today);
                }
            }
        }
    }

    #[test]
    fn arbitrary_text_anywhere_in_the_file_never_panics(text in "\\PC{0,200}", at in 0usize..400) {
        let base = definition_text("a == yes");
        let cut = base.char_indices().map(|(i, _)| i).nth(at).unwrap_or(base.len());
        let mixed = format!("{}{text}{}", &base[..cut], &base[cut..]);
        let (_, found) = load(&mixed);
        prop_assert!(inside(&mixed, &found).is_ok(), "{:?}", inside(&mixed, &found));
    }
}

#[test]
fn deeply_nested_toml_is_a_located_error() {
    for open in ["[", "{a="] {
        let text = format!("[[question]]\nid = \"a\"\nkind = {}", open.repeat(100_000));
        let found = on_small_stack(move || load(&text).1);
        assert!(!errors(&found).is_empty());
        assert!(
            found.iter().all(|f| f.line >= 1 && f.line <= 3),
            "{found:?}"
        );
    }
}
