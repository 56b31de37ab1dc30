//! Answers, checked once at the boundary: after [`parse_answers`], every answer belongs to a
//! known question and fits its kind, so evaluation never has to check again.

use crate::engine::date::PartialDate;
use crate::engine::definition::{Definition, Kind, Question};
use serde::{Serialize, Serializer};
use serde_json::Value;

/// One answer. Its JSON form is the one the browser sends: `"yes"`, `"no"`, `"unsure"`, a choice
/// id, a whole number, or `"YYYY-MM"` / `"YYYY-MM-DD"`.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    /// "I don't know".
    Unsure,
    /// `yes` or `no` for a yes/no question, a choice id for a choice question.
    Choice(String),
    /// A whole number (number questions).
    Number(i64),
    /// A day or a month (date questions).
    Date(PartialDate),
}

impl Answer {
    /// The value `==` and `in` compare with; dates and numbers have none unless unsure.
    pub(crate) fn symbol(&self) -> Option<&str> {
        match self {
            Answer::Unsure => Some("unsure"),
            Answer::Choice(c) => Some(c),
            _ => None,
        }
    }
}

impl Serialize for Answer {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Answer::Unsure => s.serialize_str("unsure"),
            Answer::Choice(c) => s.serialize_str(c),
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

/// Reads an answers object (`{"detained": "yes", "age": 17, "arrival_date": "2024-03"}`).
/// Unknown question ids and values that do not fit the question are errors, all reported.
pub fn parse_answers(def: &Definition, json: &Value) -> Result<Answers, Vec<String>> {
    let Some(map) = json.as_object() else {
        return Err(vec![
            "answers must be an object from question id to answer".to_string(),
        ]);
    };
    let mut answers = Answers {
        values: vec![None; def.questions.len()],
    };
    let mut errors = Vec::new();
    for (id, value) in map {
        let Some(i) = def.question_index(id) else {
            errors.push(format!("`{id}` is not a question"));
            continue;
        };
        match parse_answer(&def.questions[i], value) {
            Ok(a) => answers.values[i] = Some(a),
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok(answers)
    } else {
        Err(errors)
    }
}

fn parse_answer(q: &Question, value: &Value) -> Result<Answer, String> {
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
        Kind::Number => value
            .as_i64()
            .filter(|n| q.min.is_none_or(|min| *n >= min) && q.max.is_none_or(|max| *n <= max))
            .map(Answer::Number),
        Kind::Date => text.and_then(PartialDate::parse).map(Answer::Date),
    };
    parsed.ok_or_else(|| {
        let expected = match q.kind {
            Kind::YesNo | Kind::Choice => q.values().join(", "),
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
