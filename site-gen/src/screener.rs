//! `site-gen screener run` and `site-gen screener test`: the engine run natively on a site's
//! screener definition, for editors and scripts.

use std::path::Path;

use screener_wasm::engine::{self, Date, Step};

use crate::diag::Diagnostic;
use crate::load::screener;

fn read(root: &Path) -> Result<screener::Screener, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let s = screener::read(root, &mut diags);
    if diags.iter().any(Diagnostic::is_error) {
        return Err(diags);
    }
    s.ok_or_else(|| {
        vec![
            Diagnostic::error("this site has no screener (content/screener/)")
                .in_file(screener::DIR),
        ]
    })
}

/// The largest answers file `screener run` reads. A complete set of answers is a few hundred
/// bytes; anything this large is a mistake, and reading it whole would only waste memory.
pub(crate) const MAX_ANSWERS_BYTES: u64 = 1024 * 1024;

/// Reads an answers file for `screener run`, refusing one larger than `MAX_ANSWERS_BYTES`
/// without reading it (and never reading more than that, should it grow meanwhile).
pub fn read_answers(path: &Path) -> Result<String, String> {
    use std::io::Read;
    let cannot = |e: std::io::Error| format!("cannot read {}: {e}", path.display());
    let too_large = || {
        format!(
            "{} is larger than {} KB; an answers file holds one JSON object of answers",
            path.display(),
            MAX_ANSWERS_BYTES / 1024
        )
    };
    // Looked at before opening: opening a FIFO would wait for a writer forever.
    let meta = std::fs::metadata(path).map_err(cannot)?;
    if !meta.is_file() {
        return Err(format!("{} is not a regular file", path.display()));
    }
    if meta.len() > MAX_ANSWERS_BYTES {
        return Err(too_large());
    }
    let file = std::fs::File::open(path).map_err(cannot)?;
    let mut bytes = Vec::new();
    file.take(MAX_ANSWERS_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    if bytes.len() as u64 > MAX_ANSWERS_BYTES {
        return Err(too_large());
    }
    String::from_utf8(bytes).map_err(|_| format!("{} is not UTF-8 text", path.display()))
}

/// The result for a JSON object of answers: `{"areas", "urgent", "safety", "flags",
/// "deadlines", "reasons"}`, or `{"complete": false, "next": "<question>"}` when the answers
/// stop before the end. Unknown question ids or answer values are errors.
pub fn run(
    root: &Path,
    answers_json: &str,
    today: Date,
) -> Result<serde_json::Value, Vec<Diagnostic>> {
    let s = read(root)?;
    let value: serde_json::Value = serde_json::from_str(answers_json).map_err(|e| {
        vec![Diagnostic::error(format!(
            "the answers are not valid JSON: {e}"
        ))]
    })?;
    let answers = engine::parse_answers(&s.definition, &value).map_err(|errs| {
        errs.into_iter()
            .map(|e| Diagnostic::error(format!("answers: {e}")))
            .collect::<Vec<_>>()
    })?;
    Ok(match engine::evaluate(&s.definition, &answers, today) {
        Step::Result { result, .. } => {
            serde_json::to_value(result).expect("an outcome is plain data")
        }
        Step::Question { id, .. } => serde_json::json!({ "complete": false, "next": id }),
    })
}

/// Plays every test case; returns how many passed, or every failure.
pub fn test(root: &Path) -> Result<usize, Vec<Diagnostic>> {
    let s = read(root)?;
    let failures = s.run_cases();
    if failures.is_empty() {
        Ok(s.cases.len())
    } else {
        Err(failures)
    }
}

/// Today's date in UTC from the system clock (the CLI's default for `--today`).
pub fn today_utc() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_days((secs / 86_400) as i64)
}
