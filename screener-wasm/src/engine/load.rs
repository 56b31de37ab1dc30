//! Reads the definition and the test cases from TOML text (feature `load`). No file access: the
//! caller passes `(relative path, text)` pairs, and every finding names that path.
//!
//! Each `[[question]]`, `[[area]]`, rule or case is read on its own, so one mistake does not hide
//! the next; every problem is reported with its file, line and column.

use crate::engine::condition::{Condition, DateFormula, Origin};
use crate::engine::date::Date;
use crate::engine::definition::{Deadline, Definition, Guide, Kind, Notice, Question, Rule};
use crate::engine::testcase::{Expect, TestCase};
use crate::engine::{Finding, Loc};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

/// One TOML file with a line index for turning byte offsets into lines and columns.
struct Source<'a> {
    path: &'a str,
    text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> Source<'a> {
    fn new(path: &'a str, text: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Source {
            path,
            text,
            line_starts,
        }
    }

    fn loc(&self, offset: usize) -> Loc {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        let column = self
            .text
            .get(start..offset)
            .map_or(0, |s| s.chars().count());
        Loc {
            file: self.path.to_string(),
            line: line as u32 + 1,
            column: column as u32 + 1,
        }
    }

    /// Where the *content* of a TOML string starts, and whether offsets inside the value map
    /// one to one onto the file (no escapes).
    fn origin(&self, s: &Spanned<String>) -> Origin {
        let span = s.span();
        let raw = self.text.get(span.clone()).unwrap_or("");
        let triple = raw.starts_with("\"\"\"") || raw.starts_with("'''");
        let quote = if triple { 3 } else { 1 };
        let mut start = span.start + quote.min(raw.len());
        // TOML drops a newline right after an opening triple quote.
        if triple {
            for nl in ["\r\n", "\n"] {
                if self.text[start..].starts_with(nl) {
                    start += nl.len();
                    break;
                }
            }
        }
        let end = span.end.saturating_sub(quote).max(start);
        let exact = self.text.get(start..end) == Some(s.get_ref().as_str());
        Origin {
            loc: self.loc(start),
            exact,
        }
    }

    fn error(&self, offset: usize, message: impl Into<String>) -> Finding {
        Finding::error(&self.loc(offset), message)
    }

    /// Parses the file, reporting syntax errors.
    fn parse(&self, found: &mut Vec<Finding>) -> Spanned<DeTable<'a>> {
        let (table, errors) = DeTable::parse_recoverable(self.text);
        for e in errors {
            let at = e.span().map_or(0, |s| s.start);
            found.push(self.error(at, e.message().to_string()));
        }
        table
    }

    /// Reads one item into `T`, reporting a problem at its position.
    fn read<T: DeserializeOwned>(
        &self,
        value: &Spanned<DeValue<'a>>,
        found: &mut Vec<Finding>,
    ) -> Option<T> {
        match T::deserialize(ValueDeserializer::from(value.clone())) {
            Ok(t) => Some(t),
            Err(e) => {
                let at = e.span().unwrap_or(value.span()).start;
                found.push(self.error(at, e.message().to_string()));
                None
            }
        }
    }

    /// The items of an array of tables (`[[question]]`).
    fn items<'v>(
        &self,
        key: &str,
        value: &'v Spanned<DeValue<'a>>,
        found: &mut Vec<Finding>,
    ) -> &'v [Spanned<DeValue<'a>>] {
        match value.get_ref() {
            DeValue::Array(items) => items,
            _ => {
                found.push(self.error(
                    value.span().start,
                    format!("write `[[{key}]]` for each entry"),
                ));
                &[]
            }
        }
    }

    fn guides(&self, list: Vec<Spanned<String>>) -> Vec<Guide> {
        list.into_iter()
            .map(|g| Guide {
                at: self.loc(g.span().start),
                path: g.into_inner(),
            })
            .collect()
    }

    fn condition(&self, s: Spanned<String>) -> Condition {
        let origin = self.origin(&s);
        Condition::new(s.into_inner(), origin)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SettingsToml {
    who: Option<String>,
    #[serde(default)]
    guides: Vec<Spanned<String>>,
    #[serde(default)]
    hotline_for: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionToml {
    id: Spanned<String>,
    kind: Kind,
    #[serde(default)]
    choices: Vec<String>,
    show_if: Option<Spanned<String>>,
    #[serde(default)]
    help: bool,
    #[serde(default = "yes")]
    unsure: bool,
    min: Option<i64>,
    max: Option<i64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleToml {
    id: Spanned<String>,
    when: Option<Spanned<String>>,
    #[serde(default)]
    fallback: bool,
    #[serde(default)]
    guides: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DeadlineToml {
    id: Spanned<String>,
    date: Spanned<String>,
    when: Spanned<String>,
    #[serde(default)]
    guides: Vec<Spanned<String>>,
}

fn yes() -> bool {
    true
}

/// Loads the screener definition from the TOML files of `content/screener/` (not its `tests/`).
///
/// Files are read in path order; questions are asked in the order they appear. Sections:
/// `[screener]` (`who`, `guides`, `hotline_for`), `[[question]]`, `[[area]]`, `[[flag]]`, `[[deadline]]`,
/// `[urgent]` / `[safety]` (`guides`) with `[[urgent.rule]]` / `[[safety.rule]]`. Returns the
/// definition when it has no errors, and every finding (errors and warnings) either way.
pub fn load_definition(files: &[(String, String)]) -> (Option<Definition>, Vec<Finding>) {
    let mut found = Vec::new();
    let mut order: Vec<&(String, String)> = files.iter().collect();
    order.sort_by(|a, b| a.0.cmp(&b.0));
    let mut def = Definition {
        who: None,
        guides: Vec::new(),
        hotline_for: Vec::new(),
        questions: Vec::new(),
        areas: Vec::new(),
        flags: Vec::new(),
        urgent: Notice::default(),
        safety: Notice::default(),
        deadlines: Vec::new(),
        at: Loc::default(),
    };
    let mut settings_seen = false;
    for (path, text) in order {
        let src = Source::new(path, text);
        if def.at.line == 0 {
            def.at = src.loc(0);
        }
        let table = src.parse(&mut found);
        for (key, value) in table.get_ref() {
            let key_at = key.span().start;
            match key.get_ref().as_ref() {
                "screener" => {
                    if settings_seen {
                        found.push(src.error(key_at, "`[screener]` is set more than once"));
                    }
                    settings_seen = true;
                    def.at = src.loc(key_at);
                    if let Some(s) = src.read::<SettingsToml>(value, &mut found) {
                        def.who = s.who;
                        def.guides = src.guides(s.guides);
                        def.hotline_for = s.hotline_for;
                    }
                }
                "question" => {
                    for item in src.items("question", value, &mut found) {
                        if let Some(q) = src.read::<QuestionToml>(item, &mut found) {
                            def.questions.push(question(&src, q));
                        }
                    }
                }
                section @ ("area" | "flag") => {
                    for item in src.items(section, value, &mut found) {
                        if let Some(r) = src.read::<RuleToml>(item, &mut found) {
                            let list = if section == "area" {
                                &mut def.areas
                            } else {
                                &mut def.flags
                            };
                            list.push(rule(&src, r));
                        }
                    }
                }
                "deadline" => {
                    for item in src.items("deadline", value, &mut found) {
                        if let Some(d) = src.read::<DeadlineToml>(item, &mut found) {
                            def.deadlines.push(Deadline {
                                at: src.loc(d.id.span().start),
                                id: d.id.into_inner(),
                                date: DateFormula::new(
                                    d.date.get_ref().clone(),
                                    src.origin(&d.date),
                                ),
                                when: src.condition(d.when),
                                guides: src.guides(d.guides),
                            });
                        }
                    }
                }
                name @ ("urgent" | "safety") => {
                    let notice = if name == "urgent" {
                        &mut def.urgent
                    } else {
                        &mut def.safety
                    };
                    notice.at = src.loc(key_at);
                    read_notice(&src, name, value, notice, &mut found);
                }
                other => found.push(src.error(
                    key_at,
                    format!(
                        "unknown section `{other}`; expected screener, question, area, flag, \
                         deadline, urgent or safety"
                    ),
                )),
            }
        }
    }
    if def.urgent.at.line == 0 {
        def.urgent.at = def.at.clone();
    }
    if def.safety.at.line == 0 {
        def.safety.at = def.at.clone();
    }
    found.extend(def.compile());
    Finding::sort(&mut found);
    let usable = !found.iter().any(Finding::is_error);
    (usable.then_some(def), found)
}

fn question(src: &Source, q: QuestionToml) -> Question {
    Question {
        at: src.loc(q.id.span().start),
        id: q.id.into_inner(),
        kind: q.kind,
        choices: q.choices,
        show_if: q.show_if.map(|s| src.condition(s)),
        help: q.help,
        unsure: q.unsure,
        min: q.min,
        max: q.max,
    }
}

fn rule(src: &Source, r: RuleToml) -> Rule {
    Rule {
        at: src.loc(r.id.span().start),
        id: r.id.into_inner(),
        when: r.when.map(|s| src.condition(s)),
        fallback: r.fallback,
        guides: src.guides(r.guides),
    }
}

fn read_notice<'a>(
    src: &Source<'a>,
    name: &str,
    value: &Spanned<DeValue<'a>>,
    notice: &mut Notice,
    found: &mut Vec<Finding>,
) {
    let DeValue::Table(table) = value.get_ref() else {
        found.push(src.error(value.span().start, format!("write `[{name}]` as a table")));
        return;
    };
    for (key, value) in table {
        match key.get_ref().as_ref() {
            "guides" => {
                if let Some(list) = src.read::<Vec<Spanned<String>>>(value, found) {
                    notice.guides.extend(src.guides(list));
                }
            }
            "rule" => {
                for item in src.items(&format!("{name}.rule"), value, found) {
                    if let Some(r) = src.read::<RuleToml>(item, found) {
                        notice.rules.push(rule(src, r));
                    }
                }
            }
            other => found.push(src.error(
                key.span().start,
                format!("unknown key `{other}` in `[{name}]`; expected guides or [[{name}.rule]]"),
            )),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseToml {
    name: Spanned<String>,
    today: Spanned<toml::Value>,
    #[serde(default)]
    answers: toml::Table,
    next: Option<String>,
    areas: Option<Vec<String>>,
    urgent: Option<bool>,
    safety: Option<bool>,
    flags: Option<Vec<String>>,
    deadlines: Option<Vec<String>>,
}

/// Loads test cases from `content/screener/tests/*.toml`: `[[case]]` tables with `name`,
/// `today`, `[case.answers]`, and either `next = "<question>"` or `areas`, `urgent`, `safety`,
/// `flags` (and optionally `deadlines`).
pub fn load_test_cases(files: &[(String, String)]) -> (Vec<TestCase>, Vec<Finding>) {
    let mut found = Vec::new();
    let mut cases: Vec<TestCase> = Vec::new();
    let mut order: Vec<&(String, String)> = files.iter().collect();
    order.sort_by(|a, b| a.0.cmp(&b.0));
    for (path, text) in order {
        let src = Source::new(path, text);
        let table = src.parse(&mut found);
        for (key, value) in table.get_ref() {
            if key.get_ref() != "case" {
                found.push(src.error(key.span().start, "a test file holds only `[[case]]` tables"));
                continue;
            }
            for item in src.items("case", value, &mut found) {
                let Some(c) = src.read::<CaseToml>(item, &mut found) else {
                    continue;
                };
                if let Some(case) = test_case(&src, c, &mut found) {
                    if cases.iter().any(|other| other.name == case.name) {
                        found.push(Finding::error(
                            &case.at,
                            format!("duplicate case name `{}`", case.name),
                        ));
                    }
                    cases.push(case);
                }
            }
        }
    }
    Finding::sort(&mut found);
    (cases, found)
}

fn test_case(src: &Source, c: CaseToml, found: &mut Vec<Finding>) -> Option<TestCase> {
    let at = src.loc(c.name.span().start);
    let today_at = src.loc(c.today.span().start);
    let today = match c.today.get_ref() {
        toml::Value::String(s) => Date::parse(s),
        toml::Value::Datetime(d) => Date::parse(&d.to_string()),
        _ => None,
    };
    let Some(today) = today else {
        found.push(Finding::error(
            &today_at,
            "`today` must be a date like 2025-06-01",
        ));
        return None;
    };
    let mut answers = serde_json::Map::new();
    for (id, value) in c.answers {
        let json = match value {
            toml::Value::String(s) => serde_json::Value::String(s),
            toml::Value::Integer(n) => serde_json::Value::from(n),
            toml::Value::Datetime(d) if d.time.is_none() => {
                serde_json::Value::String(d.to_string())
            }
            toml::Value::Array(items) if items.iter().all(toml::Value::is_str) => {
                let ids = items.iter().filter_map(toml::Value::as_str);
                serde_json::Value::from(ids.collect::<Vec<_>>())
            }
            _ => {
                found.push(Finding::error(
                    &at,
                    format!("answer `{id}`: write \"yes\", \"no\", \"unsure\", a choice id, a list of choice ids, a whole number or a date"),
                ));
                continue;
            }
        };
        answers.insert(id, json);
    }
    let expect = Expect {
        next: c.next,
        areas: c.areas,
        urgent: c.urgent,
        safety: c.safety,
        flags: c.flags,
        deadlines: c.deadlines,
    };
    let full = expect.areas.is_some()
        && expect.urgent.is_some()
        && expect.safety.is_some()
        && expect.flags.is_some();
    let partial = expect.areas.is_some()
        || expect.urgent.is_some()
        || expect.safety.is_some()
        || expect.flags.is_some()
        || expect.deadlines.is_some();
    let shape_ok = if expect.next.is_some() {
        !partial
    } else {
        full
    };
    if !shape_ok {
        found.push(Finding::error(
            &at,
            "a case expects either `next` alone, or all of `areas`, `urgent`, `safety` and `flags`",
        ));
    }
    Some(TestCase {
        name: c.name.into_inner(),
        today,
        answers: serde_json::Value::Object(answers),
        expect,
        at,
    })
}

#[cfg(test)]
mod tests;
