//! Answers, checked once at the boundary: after [`parse_answers`], every answer belongs to a
//! known question and fits its kind, so evaluation never has to check again.

use crate::engine::date::PartialDate;
use crate::engine::definition::{Definition, Kind, Question};
use serde::{Serialize, Serializer};
use serde_json::Value;

/// One answer. Its JSON form is the one the browser sends: `"yes"`, `"no"`, `"unsure"`, a choice
/// id, an array of choice ids (multiple choice), a whole number, or `"YYYY-MM"` /
/// `"YYYY-MM-DD"`.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    /// "I don't know".
    Unsure,
    /// `yes` or `no` for a yes/no question, a choice id for a choice question.
    Choice(String),
    /// The choices picked in a multiple-choice question: at least one, each once, in the
    /// question's order.
    Choices(Vec<String>),
    /// A whole number (number questions).
    Number(i64),
    /// A day or a month (date questions).
    Date(PartialDate),
}

impl Answer {
    /// Whether `==` / `in` with these values holds: the answer is one of them, or for a
    /// multiple-choice answer, any of the chosen is. Dates and numbers never match a value
    /// unless the answer is "I don't know" (`unsure`).
    pub(crate) fn matches(&self, values: &[String]) -> bool {
        match self {
            Answer::Unsure => values.iter().any(|v| v == "unsure"),
            Answer::Choice(c) => values.contains(c),
            Answer::Choices(cs) => cs.iter().any(|c| values.contains(c)),
            Answer::Number(_) | Answer::Date(_) => false,
        }
    }
}

impl Serialize for Answer {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Answer::Unsure => s.serialize_str("unsure"),
            Answer::Choice(c) => s.serialize_str(c),
            Answer::Choices(cs) => cs.serialize(s),
            Answer::Number(n) => s.serialize_i64(*n),
            Answer::Date(d) => d.serialize(s),
        }
    }
}

/// Answers keyed by question: `values[i]` answers `definition.questions[i]`.
#[derive(Clone, Debug, Default)]
pub struct Answers {
    pub(crate) values: Vec<Option<Answer>>,
}

impl Answers {
    /// The answer to question `id`, if any.
    pub fn get<'a>(&'a self, def: &Definition, id: &str) -> Option<&'a Answer> {
        let i = def.question_index(id)?;
        self.values.get(i)?.as_ref()
    }
}

/// At most this many problems are reported for one answers object.
const MAX_ERRORS: usize = 20;

/// Reads an answers object (`{"detained": "yes", "age": 17, "arrival_date": "2024-03",
/// "status": ["tps", "pending_asylum"]}`). A multiple-choice answer is an array of choice ids,
/// or one id, or `"unsure"` alone. Unknown question ids and values that do not fit the
/// question are errors, all reported (up to twenty).
pub fn parse_answers(def: &Definition, json: &Value) -> Result<Answers, Vec<String>> {
    let Some(map) = json.as_object() else {
        return Err(vec![
            "answers must be an object from question id to answer".to_string(),
        ]);
    };
    let mut answers = Answers {
        values: vec![None; def.questions.len()],
    };
    let index = crate::engine::condition::index(&def.questions);
    let mut errors = Vec::new();
    for (id, value) in map {
        let result = match index.get(id.as_str()) {
            None => Err(format!("`{}` is not a question", short(id))),
            Some(&i) => parse_answer(&def.questions[i], value).map(|a| answers.values[i] = Some(a)),
        };
        if let Err(e) = result {
            errors.push(e);
            if errors.len() == MAX_ERRORS {
                errors.push("(more problems not shown)".to_string());
                break;
            }
        }
    }
    if errors.is_empty() {
        Ok(answers)
    } else {
        Err(errors)
    }
}

/// An id as shown in a message: a machine-made answers file may hold very long keys.
fn short(id: &str) -> String {
    match id.char_indices().nth(60) {
        Some((cut, _)) => format!("{}…", &id[..cut]),
        None => id.to_string(),
    }
}

fn parse_answer(q: &Question, value: &Value) -> Result<Answer, String> {
    if q.kind == Kind::Multi
        && let Value::Array(items) = value
    {
        return parse_choices(q, items);
    }
    let text = value.as_str();
    if text == Some("unsure") {
        return if q.unsure {
            Ok(Answer::Unsure)
        } else {
            Err(format!("`{}` has no \"I don't know\" answer", q.id))
        };
    }
    let parsed = match q.kind {
        Kind::YesNo | Kind::Choice => text
            .filter(|t| q.values().contains(t))
            .map(|t| Answer::Choice(t.to_string())),
        Kind::Multi => text
            .filter(|t| q.choices.iter().any(|c| c == t))
            .map(|t| Answer::Choices(vec![t.to_string()])),
        Kind::Number => value
            .as_i64()
            .filter(|n| q.min.is_none_or(|min| *n >= min) && q.max.is_none_or(|max| *n <= max))
            .map(Answer::Number),
        Kind::Date => text.and_then(PartialDate::parse).map(Answer::Date),
    };
    parsed.ok_or_else(|| {
        let expected = match q.kind {
            Kind::YesNo | Kind::Choice => q.values().join(", "),
            Kind::Multi => format!(
                "a list of one or more of: {}, or \"unsure\" alone",
                q.choices.join(", ")
            ),
            Kind::Number => match (q.min, q.max) {
                (Some(min), Some(max)) => format!("a whole number from {min} to {max}"),
                _ => "a whole number".to_string(),
            },
            Kind::Date => "a date like 2024-03 or 2024-03-14".to_string(),
        };
        format!(
            "`{}`: not an answer to this question; expected {expected}",
            q.id
        )
    })
}

/// A multiple-choice answer: a non-empty list of distinct choice ids, or `["unsure"]`.
fn parse_choices(q: &Question, items: &[Value]) -> Result<Answer, String> {
    let mut picked = vec![false; q.choices.len()];
    let mut unsure = false;
    for item in items {
        let text = item.as_str().unwrap_or_default();
        if text == "unsure" && q.unsure {
            unsure = true;
            continue;
        }
        match q.choices.iter().position(|c| c == text) {
            Some(i) if !picked[i] => picked[i] = true,
            Some(_) => return Err(format!("`{}`: `{text}` is chosen twice", q.id)),
            None => {
                return Err(format!(
                    "`{}`: `{}` is not one of its choices ({})",
                    q.id,
                    short(text),
                    q.choices.join(", ")
                ));
            }
        }
    }
    let chosen: Vec<String> = q
        .choices
        .iter()
        .zip(&picked)
        .filter(|(_, p)| **p)
        .map(|(c, _)| c.clone())
        .collect();
    match (unsure, chosen.is_empty()) {
        (true, true) => Ok(Answer::Unsure),
        (true, false) => Err(format!(
            "`{}`: \"I don't know\" cannot be chosen together with other answers",
            q.id
        )),
        (false, true) => Err(format!("`{}`: choose at least one answer", q.id)),
        (false, false) => Ok(Answer::Choices(chosen)),
    }
}
