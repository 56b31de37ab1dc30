//! The screener's definition (`content/screener/*.toml`) and its test cases
//! (`content/screener/tests/*.toml`), read here and handed to the engine, which parses,
//! compiles and validates them. The same engine runs in the reader's browser.

use std::path::Path;

use screener_wasm::engine::{self, Definition, Finding, TestCase, ValidationContext};

use crate::diag::Diagnostic;

pub const DIR: &str = "content/screener";

pub struct Screener {
    pub definition: Definition,
    pub cases: Vec<TestCase>,
}

pub fn diagnostic(f: Finding) -> Diagnostic {
    let d = if f.is_error() {
        Diagnostic::error(format!("screener: {}", f.message))
    } else {
        Diagnostic::warning(format!("screener: {}", f.message))
    };
    d.at(f.file, f.line, f.column)
}

/// Reads `content/screener/`; `None` when the site has no screener.
pub fn read(root: &Path, diags: &mut Vec<Diagnostic>) -> Option<Screener> {
    let dir = root.join(DIR);
    if !dir.is_dir() {
        return None;
    }
    let definition_files = toml_files(root, &dir, diags);
    let case_files = toml_files(root, &dir.join("tests"), diags);
    if definition_files.is_empty() {
        diags.push(
            Diagnostic::error("content/screener/ has no .toml definition files").in_file(DIR),
        );
        return None;
    }
    let (definition, findings) = engine::load_definition(&definition_files);
    diags.extend(findings.into_iter().map(diagnostic));
    let (cases, findings) = engine::load_test_cases(&case_files);
    diags.extend(findings.into_iter().map(diagnostic));
    Some(Screener {
        definition: definition?,
        cases,
    })
}

fn toml_files(root: &Path, dir: &Path, diags: &mut Vec<Diagnostic>) -> Vec<(String, String)> {
    let fs = match super::SiteFs::new(root) {
        Ok(fs) => fs,
        Err(d) => {
            diags.push(d);
            return Vec::new();
        }
    };
    let mut out = Vec::new();
    for found in fs.walk(dir, diags) {
        // Only the folder's own files: `tests/` is read on its own.
        if !found
            .rel
            .as_deref()
            .is_some_and(|r| r.ends_with(".toml") && !r.contains('/'))
        {
            continue;
        }
        match fs.read_text(&found.path) {
            Ok(Some(text)) => out.push((fs.rel(&found.path), text)),
            Ok(None) => {}
            Err(d) => diags.push(d),
        }
    }
    out
}

impl Screener {
    /// Validates the definition against the site (its languages' Fluent messages, its
    /// guides) and plays every test case. Pure.
    pub fn check(
        &self,
        languages: &[String],
        has_message: &dyn Fn(&str, &str) -> bool,
        guide_exists: &dyn Fn(&str) -> bool,
    ) -> Vec<Diagnostic> {
        let cx = ValidationContext {
            languages,
            has_message,
            guide_exists,
        };
        let mut diags: Vec<Diagnostic> = engine::validate(&self.definition, &cx)
            .into_iter()
            .map(diagnostic)
            .collect();
        diags.extend(self.run_cases());
        diags
    }

    /// Every failing test case, as an error at the case.
    pub fn run_cases(&self) -> Vec<Diagnostic> {
        self.cases
            .iter()
            .filter_map(|case| {
                engine::run_case(&self.definition, case).err().map(|why| {
                    Diagnostic::error(format!("screener test `{}` failed: {why}", case.name)).at(
                        &case.at.file,
                        case.at.line,
                        case.at.column,
                    )
                })
            })
            .collect()
    }
}
