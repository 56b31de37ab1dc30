//! The screener's definition (`content/screener/*.toml`) and its test cases
//! (`content/screener/tests/*.toml`), read here and handed to the engine, which parses,
//! compiles and validates them. The same engine runs in the reader's browser.

use std::collections::BTreeMap;
use std::path::Path;

use screener_wasm::engine::{self, Date, Definition, Finding, TestCase, ValidationContext, ids};
use serde::Deserialize;

use crate::diag::{Diagnostic, line_col};

pub(crate) const DIR: &str = "content/screener";

/// The largest screener file read: far above any real definition or test file, and small
/// enough that a generated or corrupted one is refused before it is parsed.
pub(crate) const MAX_FILE_BYTES: u64 = 2 * 1024 * 1024;

pub(crate) struct Screener {
    pub(crate) definition: Definition,
    pub(crate) cases: Vec<TestCase>,
    /// Dated lists from `content/screener/data/`, in file order.
    pub(crate) data: Vec<DataList>,
}

/// A dated list that the screener's messages show, such as the TPS countries
/// (`content/screener/data/<name>.toml`). Every message receives `$<name>` (the item names in
/// the reader's language) and `$<name>_as_of` (the date), see `render::screener`.
#[derive(Debug, Clone)]
pub(crate) struct DataList {
    /// The file stem: lowercase letters, digits and `_`.
    pub(crate) name: String,
    /// When the list was last checked against `source`.
    pub(crate) as_of: Date,
    pub(crate) source: String,
    /// Each item's name by language code.
    pub(crate) items: Vec<BTreeMap<String, String>>,
    /// Where `as_of` is written, for the "too old" warning.
    pub(crate) file: String,
    pub(crate) line: u32,
    pub(crate) column: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DataToml {
    as_of: toml::Spanned<toml::Value>,
    source: String,
    #[serde(default)]
    item: Vec<toml::Spanned<ItemToml>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemToml {
    name: BTreeMap<String, String>,
}

pub(crate) fn diagnostic(f: Finding) -> Diagnostic {
    let d = if f.is_error() {
        Diagnostic::error(format!("screener: {}", f.message))
    } else {
        Diagnostic::warning(format!("screener: {}", f.message))
    };
    d.at(f.file, f.line, f.column)
}

/// Reads `content/screener/`; `None` when the site has no screener.
pub(crate) fn read(root: &Path, diags: &mut Vec<Diagnostic>) -> Option<Screener> {
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
    let data = toml_files(root, &dir.join("data"), diags)
        .iter()
        .filter_map(|(file, text)| data_list(file, text, diags))
        .collect();
    Some(Screener {
        definition: definition?,
        cases,
        data,
    })
}

/// Reads one data file; every problem is reported at its place.
fn data_list(file: &str, text: &str, diags: &mut Vec<Diagnostic>) -> Option<DataList> {
    let name = Path::new(file).file_stem()?.to_string_lossy().into_owned();
    if !ids::is_valid(&name) {
        diags.push(
            Diagnostic::error(format!("screener data file name `{name}`: {}", ids::RULE))
                .in_file(file),
        );
        return None;
    }
    let raw: DataToml = match toml::from_str(text) {
        Ok(r) => r,
        Err(e) => {
            let (l, c) = e.span().map_or((0, 0), |s| line_col(text, s.start));
            diags.push(Diagnostic::error(e.message().to_string()).at(file, l, c));
            return None;
        }
    };
    let (line, column) = line_col(text, raw.as_of.span().start);
    let as_of = match raw.as_of.get_ref() {
        toml::Value::Datetime(d) if d.time.is_none() => Date::parse(&d.to_string()),
        toml::Value::String(s) => Date::parse(s),
        _ => None,
    };
    let Some(as_of) = as_of else {
        diags.push(
            Diagnostic::error("`as_of` must be a date like 2026-08-15").at(file, line, column),
        );
        return None;
    };
    if !raw.source.starts_with("https://") {
        diags.push(
            Diagnostic::error("`source` must be an https:// address to check the list against")
                .at(file, line, column),
        );
    }
    Some(DataList {
        name,
        as_of,
        source: raw.source,
        items: raw.item.into_iter().map(|i| i.into_inner().name).collect(),
        file: file.to_string(),
        line,
        column,
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
        // Only the folder's own files: `tests/` and `data/` are read on their own.
        if !found
            .rel
            .as_deref()
            .is_some_and(|r| r.ends_with(".toml") && !r.contains('/'))
        {
            continue;
        }
        let file = fs.rel(&found.path);
        match fs.read(&found.path, MAX_FILE_BYTES) {
            Ok(Some(bytes)) => match String::from_utf8(bytes) {
                Ok(text) => out.push((file, super::fs::normalise(&text))),
                Err(e) => diags.push(super::fs::not_utf8(&file, e)),
            },
            Ok(None) => {}
            Err(d) => diags.push(d),
        }
    }
    out
}

impl Screener {
    /// Validates the definition against the site (its languages' Fluent messages, its
    /// guides) and plays every test case. Pure.
    pub(crate) fn check(
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
        diags.extend(self.data_problems(languages));
        diags
    }

    /// Items without a name in the default language, and names in codes that are no language.
    fn data_problems(&self, languages: &[String]) -> Vec<Diagnostic> {
        let mut diags = Vec::new();
        let Some(default) = languages.first() else {
            return diags;
        };
        for list in &self.data {
            for (n, item) in list.items.iter().enumerate() {
                let at =
                    |msg: String| Diagnostic::error(msg).at(&list.file, list.line, list.column);
                if !item.contains_key(default) {
                    diags.push(at(format!(
                        "item {} of `{}` has no name.{default} (the default language)",
                        n + 1,
                        list.name
                    )));
                }
                // A name in a language the site does not publish (a site made with
                // `init` for fewer languages) is unused; one in no known language is a typo.
                for lang in item
                    .keys()
                    .filter(|l| !languages.contains(l) && crate::config::autonym(l).is_none())
                {
                    diags.push(at(format!(
                        "item {} of `{}`: name.{lang} is not a language of this site",
                        n + 1,
                        list.name
                    )));
                }
            }
        }
        diags
    }

    /// Warnings for data lists last checked more than `interval_days` before `today` (the
    /// same interval as guides' legal review). `site-gen check` shows them.
    pub(crate) fn stale_data(&self, today: Date, interval_days: u32) -> Vec<Diagnostic> {
        self.data
            .iter()
            .filter_map(|list| {
                let age = list.as_of.days_until(today);
                (age > i64::from(interval_days)).then(|| {
                    Diagnostic::warning(format!(
                        "screener data `{}` was last checked on {}, {age} days ago \
                         (review_interval_days = {interval_days})",
                        list.name, list.as_of
                    ))
                    .at(&list.file, list.line, list.column)
                    .hint(format!(
                        "check it against {} and update `as_of`",
                        list.source
                    ))
                })
            })
            .collect()
    }

    /// Every failing test case, as an error at the case.
    pub(crate) fn run_cases(&self) -> Vec<Diagnostic> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn screener(data: &str) -> (Screener, Vec<Diagnostic>) {
        let def = "[[question]]\nid = \"a\"\nkind = \"yes_no\"\n[[area]]\nid = \"x\"\nwhen = \"a == yes\"\n[[area]]\nid = \"rest\"\nfallback = true\n";
        let (definition, _) = engine::load_definition(&[("q.toml".into(), def.into())]);
        let mut diags = Vec::new();
        let list = data_list("content/screener/data/tps.toml", data, &mut diags);
        let s = Screener {
            definition: definition.expect("a definition"),
            cases: Vec::new(),
            data: list.into_iter().collect(),
        };
        (s, diags)
    }

    #[test]
    fn data_lists_warn_when_older_than_the_review_interval() {
        let text = "as_of = 2026-01-10\nsource = \"https://www.uscis.gov/tps\"\n[[item]]\nname.en = \"Sudan\"\nname.xx = \"?\"\n[[item]]\nname.es = \"Sudán\"\n";
        let (s, diags) = screener(text);
        assert!(diags.is_empty(), "{diags:?}");
        let today = Date::parse("2026-12-02").unwrap();
        let stale = s.stale_data(today, 180);
        assert_eq!(stale.len(), 1);
        assert!(
            stale[0]
                .message
                .contains("`tps` was last checked on 2026-01-10, 326 days ago"),
            "{}",
            stale[0].message
        );
        assert_eq!(stale[0].line, 1);
        assert!(s.stale_data(today, 400).is_empty());
        // The default language is required; unknown languages are named.
        let problems = s.data_problems(&["en".to_string(), "es".to_string()]);
        let messages: Vec<&str> = problems.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "item 1 of `tps`: name.xx is not a language of this site",
                "item 2 of `tps` has no name.en (the default language)",
            ]
        );
    }

    #[test]
    fn a_data_list_without_a_date_is_an_error_at_its_place() {
        let (_, diags) = screener("source = \"https://x.org\"\nas_of = \"soon\"\n");
        assert_eq!(diags.len(), 1);
        assert_eq!((diags[0].line, diags[0].column), (2, 9));
        assert!(diags[0].message.contains("`as_of` must be a date"));
    }
}
