//! The screener definition: questions in the order they are asked, and the outcomes (areas,
//! flags, the urgent and safety notices, deadlines) with their conditions and guides.
//!
//! Invariant: a `Definition` handed out by [`crate::engine::load_definition`] or by
//! deserializing its JSON has been checked and compiled ([`Definition::compile`]): ids are
//! unique and well formed, every condition is parsed and typed, and every `show_if` refers only
//! to questions asked before its own. Evaluation relies on this and never re-checks.
//!
//! Source positions (`at` fields) are filled by the TOML loader and are not part of the JSON.

use crate::engine::condition::{
    Condition, DateFormula, MAX_ERRORS, Scope, compile_condition, compile_date, index,
};
use crate::engine::{Finding, Loc, ids};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The most questions a definition may have. A flow people finish on a phone has a few dozen;
/// the bound keeps validation and every page that lists the questions small.
pub(crate) const MAX_QUESTIONS: usize = 1_000;
/// The most areas, flags, notice rules and deadlines together.
pub(crate) const MAX_OUTCOMES: usize = 2_000;
/// The most choices one question may offer.
pub(crate) const MAX_CHOICES: usize = 100;

/// A whole screener. Its JSON (`serde_json::to_string`) is what the browser loads; reading it
/// back (`Deserialize`, see `json`) checks and compiles it again. Unknown keys are ignored, so a
/// rules file may carry texts next to it.
#[derive(Clone, Debug, Serialize)]
pub struct Definition {
    /// The choice question whose answer is the Fluent variable `$who` (`self` when unanswered).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub who: Option<String>,
    /// Guides every result links to (free legal help, the notario-fraud warning).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub guides: Vec<Guide>,
    /// Urgent rules for which the result offers the detention and court hotline (from the
    /// site's legal-help directory) next to the organisation's own number.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub hotline_for: Vec<String>,
    /// In the order they are asked.
    pub questions: Vec<Question>,
    /// Areas of help ("you may need help with ..."); at most one is the fallback.
    pub areas: Vec<Rule>,
    /// Other options a lawyer should look at.
    pub flags: Vec<Rule>,
    /// The urgent notice and the rules that raise it.
    pub urgent: Notice,
    /// The safety notice (danger at home) and the rules that raise it.
    pub safety: Notice,
    /// Dates computed for the reader.
    pub deadlines: Vec<Deadline>,
    /// Where the `[screener]` settings are (or the first file), for findings about the whole.
    #[serde(skip)]
    pub at: Loc,
}

/// What a question asks for; its JSON form is `yes_no`, `choice`, `multi`, `date` or `number`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Answers `yes`, `no` (and `unsure`).
    YesNo,
    /// Answers one of `choices` (and `unsure`).
    Choice,
    /// Answers one or more of `choices`, or `unsure` alone. In a condition, `q == c` means "c
    /// is among the chosen", `q in [a, b]` "any of the chosen is a or b", and `!=` / `not in`
    /// "none of the chosen is".
    Multi,
    /// Answers `YYYY-MM-DD` or `YYYY-MM` (and `unsure`).
    Date,
    /// Answers a whole number within `min..=max` (and `unsure`).
    Number,
}

/// One question. Its text is the message `screener-question-<id>` (see [`ids`]).
#[derive(Clone, Debug, Serialize)]
pub struct Question {
    /// Its id: lowercase letters, digits and `_`, unique among the questions. Answers and
    /// conditions name the question by it.
    pub id: String,
    /// What it asks for, and so which answers it accepts.
    pub kind: Kind,
    /// The choice ids of a choice question, in the order shown.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<String>,
    /// Asked only when this holds; may only use questions asked earlier.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub show_if: Option<Condition>,
    /// Has a help text (`screener-help-<id>`).
    #[serde(skip_serializing_if = "is_false")]
    pub help: bool,
    /// Offers "I don't know" (the default; only "who are you answering for" turns it off).
    #[serde(skip_serializing_if = "is_true")]
    pub unsure: bool,
    /// The smallest and largest answers a number question accepts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<i64>,
    /// The largest answer a number question accepts; `None`: no bound.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<i64>,
    /// Where its `id` is written.
    #[serde(skip)]
    pub at: Loc,
}

/// An area, a flag, or one rule of the urgent or safety notice.
#[derive(Clone, Debug, Serialize)]
pub struct Rule {
    /// Its id, unique among its kind: the area's or flag's texts are the messages
    /// `screener-area-<id>` or `screener-flag-<id>` (see [`ids`]).
    pub id: String,
    /// Raised when this holds (true or unknown). Absent only on the fallback area.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub when: Option<Condition>,
    /// The area raised when no other area is: "talk to someone about your situation".
    #[serde(skip_serializing_if = "is_false")]
    pub fallback: bool,
    /// Guides shown with it, by content path.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub guides: Vec<Guide>,
    /// Where its `id` is written.
    #[serde(skip)]
    pub at: Loc,
}

/// The urgent or the safety notice: shown when any of its rules holds.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Notice {
    /// Guides shown with the notice.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub guides: Vec<Guide>,
    /// Each way the notice can be raised; in the JSON, `rules`.
    pub rules: Vec<Rule>,
    /// Where `[urgent]` / `[safety]` is written.
    #[serde(skip)]
    pub at: Loc,
}

/// A date computed for the reader, shown when `when` holds and the date can be computed.
#[derive(Clone, Debug, Serialize)]
pub struct Deadline {
    /// Its id: its texts are the messages `screener-deadline-<id>` and `…-text`.
    pub id: String,
    /// E.g. `arrival_date + 1 year`; no date is shown when its question was answered "unsure".
    pub date: DateFormula,
    /// Shown only when this holds (true or unknown).
    pub when: Condition,
    /// Guides shown with the deadline.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub guides: Vec<Guide>,
    /// Where its `id` is written.
    #[serde(skip)]
    pub at: Loc,
}

/// A link to a guide by content path, e.g. `asylum/one-year-deadline.md`.
#[derive(Clone, Debug, Serialize)]
#[serde(transparent)]
pub struct Guide {
    /// The guide's path under a language's `content/` folder, e.g. `asylum/one-year-deadline.md`.
    pub path: String,
    /// Where the path is written.
    #[serde(skip)]
    pub at: Loc,
}

/// A Fluent message the definition needs, and where it is referenced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MessageRef {
    /// The message id, e.g. `screener-question-detained`.
    pub id: String,
    /// Where the question, choice or outcome that needs it is written.
    pub at: Loc,
}

/// A guide a result links to, and where it is referenced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GuideRef {
    /// The guide's path under a language's `content/` folder.
    pub path: String,
    /// Where the link is written.
    pub at: Loc,
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_true(b: &bool) -> bool {
    *b
}

impl Kind {
    /// Answered with words (`yes`, a choice id), compared with `==`, `!=` and `in`.
    pub fn is_symbolic(self) -> bool {
        matches!(self, Kind::YesNo | Kind::Choice | Kind::Multi)
    }

    /// Offers a list of `choices`.
    pub fn has_choices(self) -> bool {
        matches!(self, Kind::Choice | Kind::Multi)
    }
}

impl Question {
    /// The values `==` and `in` accept: `yes`/`no` or the choices, and `unsure` if offered.
    pub fn values(&self) -> Vec<&str> {
        let mut v: Vec<&str> = match self.kind {
            Kind::YesNo => vec!["yes", "no"],
            Kind::Choice | Kind::Multi => self.choices.iter().map(String::as_str).collect(),
            Kind::Date | Kind::Number => Vec::new(),
        };
        if self.unsure {
            v.push("unsure");
        }
        v
    }
}

impl Definition {
    /// The position of question `id` in [`Definition::questions`].
    pub fn question_index(&self, id: &str) -> Option<usize> {
        self.questions.iter().position(|q| q.id == id)
    }

    /// Every outcome rule with the key its reasons are filed under.
    pub(crate) fn rules(&self) -> impl Iterator<Item = (&'static str, &Rule)> {
        let areas = self.areas.iter().map(|r| ("area", r));
        let flags = self.flags.iter().map(|r| ("flag", r));
        let urgent = self.urgent.rules.iter().map(|r| ("urgent", r));
        let safety = self.safety.rules.iter().map(|r| ("safety", r));
        areas.chain(flags).chain(urgent).chain(safety)
    }

    /// Every Fluent message the definition needs (see [`ids`] for the naming scheme), each once,
    /// with the place that needs it.
    pub fn messages(&self) -> Vec<MessageRef> {
        let mut out: Vec<MessageRef> = Vec::new();
        let mut seen = HashSet::new();
        let mut add = |id: String, at: &Loc| {
            if seen.insert(id.clone()) {
                out.push(MessageRef { id, at: at.clone() });
            }
        };
        add(ids::RESULT_INTRO.into(), &self.at);
        add(ids::RESULT_DISCLAIMER.into(), &self.at);
        for q in &self.questions {
            add(ids::question(&q.id), &q.at);
            if q.help {
                add(ids::help(&q.id), &q.at);
            }
            match q.kind {
                Kind::YesNo => {
                    add(ids::answer("yes"), &q.at);
                    add(ids::answer("no"), &q.at);
                }
                Kind::Choice | Kind::Multi => q
                    .choices
                    .iter()
                    .for_each(|c| add(ids::choice(&q.id, c), &q.at)),
                Kind::Date | Kind::Number => {}
            }
            if q.unsure {
                add(ids::answer("unsure"), &q.at);
            }
        }
        for (prefix, rules) in [("area", &self.areas), ("flag", &self.flags)] {
            for r in rules {
                for part in ["", "text", "next"] {
                    add(ids::outcome(prefix, &r.id, part), &r.at);
                }
            }
        }
        for (name, notice) in [("urgent", &self.urgent), ("safety", &self.safety)] {
            for part in ["", "text", "next"] {
                add(ids::notice(name, part), &notice.at);
            }
        }
        for d in &self.deadlines {
            add(ids::outcome("deadline", &d.id, ""), &d.at);
            add(ids::outcome("deadline", &d.id, "text"), &d.at);
        }
        out
    }

    /// Every guide the results link to, each time it is referenced.
    pub fn guide_links(&self) -> Vec<GuideRef> {
        let rules = self.areas.iter().chain(&self.flags);
        let rules = rules.chain(&self.urgent.rules).chain(&self.safety.rules);
        let lists = std::iter::once(&self.guides)
            .chain([&self.urgent.guides, &self.safety.guides])
            .chain(rules.map(|r| &r.guides))
            .chain(self.deadlines.iter().map(|d| &d.guides));
        lists
            .flatten()
            .map(|g| GuideRef {
                path: g.path.clone(),
                at: g.at.clone(),
            })
            .collect()
    }

    /// Checks the structure and compiles every condition, returning all problems. Called by
    /// the loader and when reading JSON; a definition with errors must not be used.
    pub(crate) fn compile(&mut self) -> Vec<Finding> {
        let mut found = Vec::new();
        if !self.check_size(&mut found) {
            return found;
        }
        self.check_structure(&mut found);
        let questions = self.questions.clone();
        let index = index(&questions);
        for (i, q) in self.questions.iter_mut().enumerate() {
            if let Some(c) = &mut q.show_if {
                let scope = Scope {
                    questions: &questions,
                    index: &index,
                    usable: i,
                    owner: Some(&q.id),
                };
                compile_into(c, &scope, &mut found);
            }
        }
        let scope = Scope {
            questions: &questions,
            index: &index,
            usable: questions.len(),
            owner: None,
        };
        let rules = self.areas.iter_mut().chain(&mut self.flags);
        let rules = rules
            .chain(&mut self.urgent.rules)
            .chain(&mut self.safety.rules);
        for c in rules.filter_map(|r| r.when.as_mut()) {
            compile_into(c, &scope, &mut found);
        }
        for d in &mut self.deadlines {
            compile_into(&mut d.when, &scope, &mut found);
            match compile_date(&d.date.source, &scope) {
                Ok(term) => d.date.term = Some(term),
                Err(errors) => report(&d.date.source, &d.date.origin, errors, &mut found),
            }
        }
        found
    }

    /// Refuses a definition too large to check in reasonable time (see [`MAX_QUESTIONS`]).
    /// Returns whether the rest of the checks may run.
    fn check_size(&self, found: &mut Vec<Finding>) -> bool {
        let outcomes = self.areas.len()
            + self.flags.len()
            + self.urgent.rules.len()
            + self.safety.rules.len()
            + self.deadlines.len();
        let mut ok = true;
        if self.questions.len() > MAX_QUESTIONS {
            let at = &self.questions[MAX_QUESTIONS].at;
            found.push(Finding::error(
                at,
                format!(
                    "the screener has {} questions; at most {MAX_QUESTIONS} are allowed",
                    self.questions.len()
                ),
            ));
            ok = false;
        }
        if outcomes > MAX_OUTCOMES {
            found.push(Finding::error(
                &self.at,
                format!(
                    "the screener has {outcomes} areas, flags, rules and deadlines; at most \
                     {MAX_OUTCOMES} are allowed"
                ),
            ));
            ok = false;
        }
        for q in self
            .questions
            .iter()
            .filter(|q| q.choices.len() > MAX_CHOICES)
        {
            found.push(Finding::error(
                &q.at,
                format!("`{}` has more than {MAX_CHOICES} choices", q.id),
            ));
            ok = false;
        }
        ok
    }

    fn check_structure(&self, found: &mut Vec<Finding>) {
        if self.questions.is_empty() {
            found.push(Finding::error(&self.at, "the screener has no questions"));
        }
        if self.areas.is_empty() {
            found.push(Finding::error(&self.at, "the screener has no areas"));
        }
        let mut seen = HashSet::new();
        for q in &self.questions {
            check_id(&q.id, "question", &q.at, &mut seen, found);
            self.check_question(q, found);
        }
        // Areas, flags and deadlines share one namespace: the keys of a result's `reasons`.
        let mut seen = HashSet::from(["urgent", "safety"]);
        let outcomes = self.areas.iter().map(|r| ("area", &r.id, &r.at));
        let outcomes = outcomes.chain(self.flags.iter().map(|r| ("flag", &r.id, &r.at)));
        let outcomes = outcomes.chain(self.deadlines.iter().map(|d| ("deadline", &d.id, &d.at)));
        for (what, id, at) in outcomes {
            check_id(id, what, at, &mut seen, found);
        }
        for notice in [&self.urgent, &self.safety] {
            let mut seen = HashSet::new();
            for r in &notice.rules {
                check_id(&r.id, "rule", &r.at, &mut seen, found);
            }
        }
        let fallbacks: Vec<&Rule> = self.areas.iter().filter(|r| r.fallback).collect();
        for extra in fallbacks.iter().skip(1) {
            found.push(Finding::error(
                &extra.at,
                "only one area can be the fallback",
            ));
        }
        for (kind, r) in self.rules() {
            match (r.fallback, r.when.is_some()) {
                (true, _) if kind != "area" => {
                    found.push(Finding::error(&r.at, "only an area can be the fallback"));
                }
                (true, true) => found.push(Finding::error(
                    &r.at,
                    format!("the fallback area `{}` must not have `when`: it is raised when no other area is", r.id),
                )),
                (false, false) => found.push(Finding::error(
                    &r.at,
                    format!("`{}` needs a `when` condition", r.id),
                )),
                _ => {}
            }
        }
        for g in self.guide_links() {
            let ok = g.path.ends_with(".md")
                && !g.path.starts_with('/')
                && !g.path.contains('\\')
                && g.path
                    .split('/')
                    .all(|part| !part.is_empty() && part != "." && part != "..");
            if !ok {
                found.push(Finding::error(
                    &g.at,
                    format!(
                        "`{}` is not a guide path; write a path inside the content folder such as \
                         `asylum/one-year-deadline.md`",
                        g.path
                    ),
                ));
            }
        }
        for id in &self.hotline_for {
            if !self.urgent.rules.iter().any(|r| &r.id == id) {
                found.push(Finding::error(
                    &self.at,
                    format!("`hotline_for` names `{id}`, which is not an urgent rule"),
                ));
            }
        }
        if let Some(who) = &self.who {
            let ok = self.questions.iter().any(|q| {
                &q.id == who && q.kind == Kind::Choice && q.choices.iter().any(|c| c == "self")
            });
            if !ok {
                found.push(Finding::error(
                    &self.at,
                    format!("`who` must name a choice question with a `self` choice, not `{who}`"),
                ));
            }
        }
    }

    fn check_question(&self, q: &Question, found: &mut Vec<Finding>) {
        let mut err = |msg: String| found.push(Finding::error(&q.at, msg));
        match q.kind {
            Kind::Choice | Kind::Multi if q.choices.len() < 2 => {
                err(format!(
                    "the choice question `{}` needs at least two choices",
                    q.id
                ));
            }
            Kind::Choice | Kind::Multi => {}
            _ if !q.choices.is_empty() => {
                err(format!(
                    "`{}` has choices but is not a choice question",
                    q.id
                ));
            }
            _ => {}
        }
        let mut seen = HashSet::new();
        for c in &q.choices {
            if !ids::is_valid(c) {
                err(format!("choice `{c}` of `{}`: {}", q.id, ids::RULE));
            } else if c == "unsure" {
                err(format!(
                    "`unsure` is reserved for \"I don't know\" (choice of `{}`)",
                    q.id
                ));
            } else if !seen.insert(c) {
                err(format!("`{}` lists the choice `{c}` twice", q.id));
            }
        }
        if q.kind != Kind::Number && (q.min.is_some() || q.max.is_some()) {
            err(format!(
                "only a number question can have `min` or `max` (`{}`)",
                q.id
            ));
        }
        if let (Some(min), Some(max)) = (q.min, q.max)
            && min > max
        {
            err(format!("`{}` has `min` greater than `max`", q.id));
        }
    }
}

fn check_id<'a>(
    id: &'a str,
    what: &str,
    at: &Loc,
    seen: &mut HashSet<&'a str>,
    found: &mut Vec<Finding>,
) {
    if !ids::is_valid(id) {
        found.push(Finding::error(
            at,
            format!("{what} id `{id}`: {}", ids::RULE),
        ));
    } else if !seen.insert(id) {
        found.push(Finding::error(at, format!("duplicate id `{id}`")));
    }
}

fn compile_into(c: &mut Condition, scope: &Scope, found: &mut Vec<Finding>) {
    match compile_condition(&c.source, scope) {
        Ok(expr) => c.expr = expr,
        Err(errors) => report(&c.source, &c.origin, errors, found),
    }
}

fn report(
    source: &str,
    origin: &crate::engine::condition::Origin,
    errors: Vec<crate::engine::condition::ConditionError>,
    found: &mut Vec<Finding>,
) {
    for e in errors.into_iter().take(MAX_ERRORS) {
        let at = origin.locate(source, e.at);
        let msg = if at.line == 0 {
            format!("in `{source}`: {}", e.message)
        } else {
            e.message
        };
        found.push(Finding::error(&at, msg));
    }
}
