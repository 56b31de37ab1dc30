//! The shipped screener (`content/screener/`): it loads without findings, validates against the
//! shipped English messages and guide list, and every test case passes.
#![cfg(feature = "load")]

use screener_wasm::engine::{
    Definition, Finding, ValidationContext, load_definition, load_test_cases, run_case, validate,
};
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// `(relative path, text)` for every `*.toml` directly in `dir`.
fn toml_files(dir: &str) -> Vec<(String, String)> {
    let mut files = Vec::new();
    for entry in fs::read_dir(root().join(dir)).expect("screener content folder") {
        let path = entry.expect("directory entry").path();
        if path.extension().is_some_and(|e| e == "toml") {
            let name = path.file_name().expect("file name").to_string_lossy();
            let text = fs::read_to_string(&path).expect("readable toml");
            files.push((format!("{dir}/{name}"), text));
        }
    }
    files
}

fn shipped() -> Definition {
    let (def, findings) = load_definition(&toml_files("content/screener"));
    assert_eq!(show(&findings), "", "the shipped definition loads cleanly");
    def.expect("no errors")
}

fn show(findings: &[Finding]) -> String {
    findings.iter().map(|f| format!("{f}\n")).collect()
}

/// The message ids defined in an FTL file (lines starting with an identifier and ` =`).
fn ftl_ids(text: &str) -> Vec<String> {
    text.lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_string()))
        .collect()
}

#[test]
fn shipped_definition_validates() {
    let def = shipped();
    let languages: Vec<String> = ["en", "es", "ar", "zh-Hans", "fr", "ht", "prs"]
        .map(String::from)
        .to_vec();
    let defined: Vec<(String, Vec<String>)> = languages
        .iter()
        .map(|lang| {
            let path = root().join(format!("locales/{lang}/screener.ftl"));
            let ftl = fs::read_to_string(path).expect("screener.ftl");
            (lang.clone(), ftl_ids(&ftl))
        })
        .collect();
    let has_message = |lang: &str, id: &str| {
        defined
            .iter()
            .any(|(l, ids)| l == lang && ids.iter().any(|d| d == id))
    };
    // The guides the results link to must exist in the shipped content.
    let guide_exists = |path: &str| root().join("content/en").join(path).is_file();
    let cx = ValidationContext {
        languages: &languages,
        has_message: &has_message,
        guide_exists: &guide_exists,
    };
    assert_eq!(show(&validate(&def, &cx)), "");
    // Every question or outcome message in the FTL files is one the definition needs: no
    // stale leftovers. (The page's own words, such as `screener-what-now`, live there too.)
    let needed: Vec<String> = def.messages().into_iter().map(|m| m.id).collect();
    let outcome_shaped = |id: &str| {
        ["question", "help", "choice", "area", "flag", "deadline"]
            .iter()
            .any(|kind| id.starts_with(&format!("screener-{kind}-")))
    };
    for (lang, ids) in &defined {
        let stale: Vec<&String> = ids
            .iter()
            .filter(|d| outcome_shaped(d) && !needed.contains(d))
            .collect();
        assert!(
            stale.is_empty(),
            "unused messages in {lang}/screener.ftl: {stale:?}"
        );
    }
}

#[test]
fn shipped_cases_pass() {
    let def = shipped();
    let (cases, findings) = load_test_cases(&toml_files("content/screener/tests"));
    assert_eq!(show(&findings), "");
    assert!(cases.len() >= 30, "only {} cases", cases.len());
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|c| {
            run_case(&def, c)
                .err()
                .map(|e| format!("{}:{}: {}: {e}", c.at.file, c.at.line, c.name))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "failing cases:\n{}",
        failures.join("\n")
    );
}

#[test]
fn shipped_definition_round_trips_through_json() {
    let def = shipped();
    let json = serde_json::to_string(&def).expect("serializes");
    let back: Definition = serde_json::from_str(&json).expect("reads back");
    assert_eq!(serde_json::to_string(&back).expect("serializes"), json);
}
