//! The legal-help directory: `content/directory.toml`, a list of organisations as data.
//! The format is documented at the top of the shipped file.
//!
//! Every problem is reported with the line of the key at fault; an organisation with a
//! problem is still listed when it can be (a wrong state code does not hide a hotline).

use std::collections::BTreeMap;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::config::Config;
use crate::diag::{Diagnostic, line_col};

pub(crate) const FILE: &str = "content/directory.toml";

/// The areas of help, in the order the directory page shows them. Their ids match the
/// screener's areas, so results can link to `directory/#<area>`.
pub(crate) const AREAS: &[&str] = &["removal_defense", "asylum", "family", "general"];

/// What `states` may hold besides state codes: the organisation serves the whole country.
pub(crate) const NATIONAL: &str = "national";

/// The two-letter postal codes of the states, the District of Columbia and the territories,
/// in the order of their English names (the directory's order before a translation sorts).
pub(crate) const STATES: &[&str] = &[
    "AL", "AK", "AS", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "GU", "HI", "ID", "IL",
    "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
    "NJ", "NM", "NY", "NC", "ND", "MP", "OH", "OK", "OR", "PA", "PR", "RI", "SC", "SD", "TN", "TX",
    "UT", "VT", "VI", "VA", "WA", "WV", "WI", "WY",
];

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Org {
    pub(crate) name: String,
    /// The language the name is written in (a BCP 47 code); the site's default language
    /// when not given. Marked on the page when it differs from the reader's.
    #[serde(default)]
    pub(crate) name_lang: Option<String>,
    pub(crate) areas: Vec<String>,
    /// Languages the organisation says it serves (BCP 47 codes).
    #[serde(default)]
    pub(crate) languages: Vec<String>,
    /// Where it helps: two-letter state codes, or `national`.
    #[serde(default)]
    pub(crate) states: Vec<String>,
    pub(crate) url: String,
    #[serde(default)]
    pub(crate) phone: Option<String>,
    #[serde(default)]
    pub(crate) detained: bool,
    /// Language code → one or two plain sentences.
    #[serde(default)]
    pub(crate) about: BTreeMap<String, String>,
}

impl Org {
    /// Whether the organisation serves the whole country.
    pub(crate) fn is_national(&self) -> bool {
        self.states.iter().any(|s| s == NATIONAL)
    }
}

#[derive(Deserialize)]
struct Raw {
    #[serde(default)]
    org: Vec<toml::Spanned<Org>>,
}

/// Parses the directory; every problem is located.
pub(crate) fn parse(text: &str, config: &Config) -> (Vec<Org>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let raw: Raw = match toml::from_str(text) {
        Ok(r) => r,
        Err(e) => {
            let (l, c) = e.span().map_or((0, 0), |s| line_col(text, s.start));
            return (
                Vec::new(),
                vec![Diagnostic::error(e.message().to_string()).at(FILE, l, c)],
            );
        }
    };
    let mut orgs = Vec::new();
    for spanned in raw.org {
        let span = spanned.span();
        let org = spanned.into_inner();
        check(&org, text, span, config, &mut diags);
        orgs.push(org);
    }
    (orgs, diags)
}

fn check(org: &Org, text: &str, span: Range<usize>, config: &Config, diags: &mut Vec<Diagnostic>) {
    let name = &org.name;
    let mut error = |key: &str, msg: String| {
        diags.push(Diagnostic::error(msg).at(FILE, key_line(text, &span, key), 1));
    };
    for a in &org.areas {
        if !AREAS.contains(&a.as_str()) {
            error(
                "areas",
                format!("`{name}`: unknown area `{a}` (use {})", AREAS.join(", ")),
            );
        }
    }
    if org.areas.is_empty() {
        error("areas", format!("`{name}` lists no areas"));
    }
    if !org.url.starts_with("https://") {
        error("url", format!("`{name}`: the url must start with https://"));
    }
    for code in org.languages.iter().chain(&org.name_lang) {
        if !is_language_code(code) {
            let key = if org.name_lang.as_ref() == Some(code) {
                "name_lang"
            } else {
                "languages"
            };
            error(
                key,
                format!("`{name}`: `{code}` is not a language code (BCP 47, like es or zh-Hant)"),
            );
        }
    }
    for s in &org.states {
        if s != NATIONAL && !STATES.contains(&s.as_str()) {
            let hint = if STATES.contains(&s.to_ascii_uppercase().as_str()) {
                format!(" (write `{}`)", s.to_ascii_uppercase())
            } else {
                String::new()
            };
            error(
                "states",
                format!("`{name}`: `{s}` is not a two-letter state code or `{NATIONAL}`{hint}"),
            );
        }
    }
    if org.is_national() && org.states.len() > 1 {
        error(
            "states",
            format!("`{name}`: `{NATIONAL}` already means every state; list nothing else"),
        );
    }
    for code in org.about.keys() {
        if config.language(code).is_none() {
            error(
                "about",
                format!("`{name}`: about.{code} is not a language of this site"),
            );
        }
    }
    if !org.about.contains_key(&config.default_language().code) {
        error(
            "about",
            format!(
                "`{name}` has no about.{} text in the default language",
                config.default_language().code
            ),
        );
    }
    if org.states.is_empty() {
        diags.push(
            Diagnostic::warning(format!(
                "`{name}` lists no states: readers who look by state will not find it"
            ))
            .at(FILE, key_line(text, &span, "name"), 1)
            .hint("add `states = [\"CA\"]` (two-letter codes) or `states = [\"national\"]`"),
        );
    }
}

/// A BCP 47 language tag of letters, digits and hyphens (`es`, `zh-Hant`, `prs`).
fn is_language_code(code: &str) -> bool {
    // BCP 47 also allows 5–8 letter language subtags, but none is in use: "Spanish" is a
    // mistake, not a code.
    let primary = code.split('-').next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && code.parse::<unic_langid::LanguageIdentifier>().is_ok()
}

/// The line of `key = …` inside the `[[org]]` table that starts at `span` (toml's span of
/// a table in an array may cover its header only: the table runs to the next header).
fn key_line(text: &str, span: &Range<usize>, key: &str) -> u32 {
    let mut offset = span.start;
    for (n, line) in text[span.start..].split_inclusive('\n').enumerate() {
        let t = line.trim_start();
        if n > 0 && t.starts_with('[') {
            break;
        }
        if t.starts_with(key) && t[key.len()..].trim_start().starts_with(['=', '.']) {
            return line_col(text, offset).0;
        }
        offset += line.len();
    }
    line_col(text, span.start).0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Config {
        Config::parse(
            "default_language = \"en\"\n[[languages]]\ncode = \"en\"\nname = \"English\"\n\
             [[languages]]\ncode = \"ar\"\nname = \"العربية\"\n",
        )
        .expect("a valid config")
    }

    const GOOD: &str = "[[org]]\nname = \"Legal Aid\"\nareas = [\"asylum\"]\n\
                        languages = [\"en\", \"es\", \"zh-Hant\"]\nstates = [\"CA\", \"NV\"]\n\
                        url = \"https://example.org/\"\nabout.en = \"Help.\"\n";

    #[test]
    fn reads_states_and_languages() {
        let (orgs, diags) = parse(GOOD, &config());
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(orgs[0].states, ["CA", "NV"]);
        assert_eq!(orgs[0].languages, ["en", "es", "zh-Hant"]);
        assert!(!orgs[0].is_national());
    }

    #[test]
    fn bad_values_are_reported_at_their_line() {
        let text = "[[org]]\nname = \"Legal Aid\"\nareas = [\"asylum\"]\n\
                    languages = [\"en\", \"Spanish\"]\nstates = [\"ca\", \"Texas\"]\n\
                    url = \"http://example.org/\"\nabout.en = \"Help.\"\n\n\
                    [[org]]\nname = \"Hotline\"\nareas = [\"general\"]\n\
                    states = [\"national\", \"NY\"]\nurl = \"https://example.org/\"\n\
                    about.en = \"Help.\"\n";
        let (orgs, diags) = parse(text, &config());
        assert_eq!(
            orgs.len(),
            2,
            "organisations with problems are still listed"
        );
        let got: Vec<(u32, &str)> = diags.iter().map(|d| (d.line, d.message.as_str())).collect();
        assert_eq!(
            got,
            vec![
                (6, "`Legal Aid`: the url must start with https://"),
                (
                    4,
                    "`Legal Aid`: `Spanish` is not a language code (BCP 47, like es or zh-Hant)"
                ),
                (
                    5,
                    "`Legal Aid`: `ca` is not a two-letter state code or `national` (write `CA`)"
                ),
                (
                    5,
                    "`Legal Aid`: `Texas` is not a two-letter state code or `national`"
                ),
                (
                    12,
                    "`Hotline`: `national` already means every state; list nothing else"
                ),
            ]
        );
    }

    #[test]
    fn missing_states_is_a_warning() {
        let text = GOOD.replace("states = [\"CA\", \"NV\"]\n", "");
        let (_, diags) = parse(&text, &config());
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].severity, crate::diag::Severity::Warning);
        assert_eq!(diags[0].line, 2);
    }

    #[test]
    fn the_shipped_directory_is_valid() {
        let text = include_str!("../../../content/directory.toml");
        let config = Config::parse(include_str!("../../../site.toml")).expect("site.toml");
        let (orgs, diags) = parse(text, &config);
        assert!(diags.is_empty(), "{diags:#?}");
        assert!(orgs.iter().all(|o| !o.states.is_empty()));
    }
}
