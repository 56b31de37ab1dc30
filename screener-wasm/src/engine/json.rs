//! Reading a definition back from its JSON, the form the browser loads.
//!
//! Hand-written over `serde_json::Value` rather than derived: derived struct visitors pull
//! serde's error formatting (floats, escaped strings) into the wasm, roughly a sixth of it. The
//! result is compiled exactly like a loaded definition, so a broken rules file is refused.

use crate::engine::condition::{Condition, DateFormula, Origin};
use crate::engine::definition::{Deadline, Definition, Guide, Kind, Notice, Question, Rule};
use crate::engine::{Finding, Loc};
use serde::de::{Deserialize, Deserializer, Error};
use serde_json::{Map, Value};

type Object = Map<String, Value>;

impl<'de> Deserialize<'de> for Definition {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(d)?;
        from_json(&value).map_err(D::Error::custom)
    }
}

fn from_json(v: &Value) -> Result<Definition, String> {
    let o = object(v, "the definition")?;
    let mut def = Definition {
        who: opt_string(o, "who")?,
        guides: guides(o)?,
        hotline_for: strings(o, "hotline_for")?,
        questions: list(o, "questions", question)?,
        areas: list(o, "areas", rule)?,
        flags: list(o, "flags", rule)?,
        urgent: notice(o, "urgent")?,
        safety: notice(o, "safety")?,
        deadlines: list(o, "deadlines", deadline)?,
        at: Loc::default(),
    };
    let errors: Vec<String> = def
        .compile()
        .into_iter()
        .filter(Finding::is_error)
        .map(|f| f.message)
        .collect();
    if errors.is_empty() {
        Ok(def)
    } else {
        Err(errors.join("; "))
    }
}

fn bad(key: &str) -> String {
    format!("invalid `{key}` in the screener definition")
}

fn object<'a>(v: &'a Value, key: &str) -> Result<&'a Object, String> {
    v.as_object().ok_or_else(|| bad(key))
}

fn string(o: &Object, key: &str) -> Result<String, String> {
    opt_string(o, key)?.ok_or_else(|| bad(key))
}

fn opt_string(o: &Object, key: &str) -> Result<Option<String>, String> {
    match o.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(bad(key)),
    }
}

fn flag(o: &Object, key: &str, default: bool) -> Result<bool, String> {
    match o.get(key) {
        None => Ok(default),
        Some(v) => v.as_bool().ok_or_else(|| bad(key)),
    }
}

fn number(o: &Object, key: &str) -> Result<Option<i64>, String> {
    match o.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => v.as_i64().map(Some).ok_or_else(|| bad(key)),
    }
}

fn strings(o: &Object, key: &str) -> Result<Vec<String>, String> {
    list(o, key, |v| {
        v.as_str().map(str::to_string).ok_or_else(|| bad(key))
    })
}

fn list<T>(
    o: &Object,
    key: &str,
    item: impl Fn(&Value) -> Result<T, String>,
) -> Result<Vec<T>, String> {
    match o.get(key) {
        None => Ok(Vec::new()),
        Some(Value::Array(items)) => items.iter().map(item).collect(),
        Some(_) => Err(bad(key)),
    }
}

fn guides(o: &Object) -> Result<Vec<Guide>, String> {
    let paths = strings(o, "guides")?;
    Ok(paths
        .into_iter()
        .map(|path| Guide {
            path,
            at: Loc::default(),
        })
        .collect())
}

fn condition(o: &Object, key: &str) -> Result<Option<Condition>, String> {
    Ok(opt_string(o, key)?.map(|s| Condition::new(s, Origin::default())))
}

fn question(v: &Value) -> Result<Question, String> {
    let o = object(v, "questions")?;
    let kind = match o.get("kind").and_then(Value::as_str) {
        Some("yes_no") => Kind::YesNo,
        Some("choice") => Kind::Choice,
        Some("multi") => Kind::Multi,
        Some("date") => Kind::Date,
        Some("number") => Kind::Number,
        _ => return Err(bad("kind")),
    };
    Ok(Question {
        id: string(o, "id")?,
        kind,
        choices: strings(o, "choices")?,
        show_if: condition(o, "show_if")?,
        help: flag(o, "help", false)?,
        unsure: flag(o, "unsure", true)?,
        min: number(o, "min")?,
        max: number(o, "max")?,
        at: Loc::default(),
    })
}

fn rule(v: &Value) -> Result<Rule, String> {
    let o = object(v, "rule")?;
    Ok(Rule {
        id: string(o, "id")?,
        when: condition(o, "when")?,
        fallback: flag(o, "fallback", false)?,
        guides: guides(o)?,
        at: Loc::default(),
    })
}

fn notice(o: &Object, key: &str) -> Result<Notice, String> {
    let Some(v) = o.get(key) else {
        return Ok(Notice::default());
    };
    let o = object(v, key)?;
    Ok(Notice {
        guides: guides(o)?,
        rules: list(o, "rules", rule)?,
        at: Loc::default(),
    })
}

fn deadline(v: &Value) -> Result<Deadline, String> {
    let o = object(v, "deadlines")?;
    Ok(Deadline {
        id: string(o, "id")?,
        date: DateFormula::new(string(o, "date")?, Origin::default()),
        when: condition(o, "when")?.ok_or_else(|| bad("when"))?,
        guides: guides(o)?,
        at: Loc::default(),
    })
}
