//! Fluent message ids: the one place that names every message the screener needs.
//!
//! | message | id |
//! | --- | --- |
//! | question text | `screener-question-<question>` |
//! | help under a question (`help = true`) | `screener-help-<question>` |
//! | a choice | `screener-choice-<question>-<choice>` |
//! | yes / no / I don't know | `screener-answer-yes`, `-no`, `-unsure` |
//! | area title, explanation, next step | `screener-area-<id>`, `…-text`, `…-next` |
//! | flag title, explanation, next step | `screener-flag-<id>`, `…-text`, `…-next` |
//! | deadline title, explanation | `screener-deadline-<id>`, `…-text` |
//! | urgent / safety notice | `screener-urgent`, `…-text`, `…-next`; same for `screener-safety` |
//! | result page | `screener-result-intro`, `screener-result-disclaimer` |
//!
//! Every message receives the variable `$who`: the answer to the definition's `who` question
//! (`self` or `someone_else` in the shipped screener; `self` until it is answered).
//! Definition ids are lowercase letters, digits and `_`, so every id above is a valid Fluent
//! identifier.

/// The sentence that opens the result page.
pub const RESULT_INTRO: &str = "screener-result-intro";
/// The result page's note that it is not legal advice and that no answer was sent anywhere.
pub const RESULT_DISCLAIMER: &str = "screener-result-disclaimer";

/// Why an id was refused.
pub const RULE: &str = "use lowercase letters, digits and `_`, starting with a letter";

/// Whether `id` may name a question, choice or outcome (and so be part of a message id).
pub fn is_valid(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// The text of question `id`.
pub fn question(id: &str) -> String {
    format!("screener-question-{id}")
}

/// The help text under question `id` (when it has `help = true`).
pub fn help(id: &str) -> String {
    format!("screener-help-{id}")
}

/// The label of a choice of a choice question.
pub fn choice(question: &str, choice: &str) -> String {
    format!("screener-choice-{question}-{choice}")
}

/// `yes`, `no` or `unsure`.
pub fn answer(value: &str) -> String {
    format!("screener-answer-{value}")
}

/// `kind` is `area`, `flag` or `deadline`; `part` is `""` (the title), `text` or `next`.
pub fn outcome(kind: &str, id: &str, part: &str) -> String {
    if part.is_empty() {
        format!("screener-{kind}-{id}")
    } else {
        format!("screener-{kind}-{id}-{part}")
    }
}

/// `name` is `urgent` or `safety`; `part` is `""` (the title), `text` or `next`.
pub fn notice(name: &str, part: &str) -> String {
    if part.is_empty() {
        format!("screener-{name}")
    } else {
        format!("screener-{name}-{part}")
    }
}
