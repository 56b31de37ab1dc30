//! The legal-help directory: `content/directory.toml`, a list of organisations as data.
//! The format is documented at the top of the shipped file.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::config::Config;
use crate::diag::{Diagnostic, line_col};

pub const FILE: &str = "content/directory.toml";

/// The areas of help, in the order the directory page shows them. Their ids match the
/// screener's areas, so results can link to `directory/#<area>`.
pub const AREAS: &[&str] = &["removal_defense", "asylum", "family", "general"];

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Org {
    pub name: String,
    pub areas: Vec<String>,
    #[serde(default)]
    pub languages: Vec<String>,
    pub url: String,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub detained: bool,
    /// Language code → one or two plain sentences.
    #[serde(default)]
    pub about: BTreeMap<String, String>,
}

#[derive(Deserialize)]
struct Raw {
    #[serde(default)]
    org: Vec<toml::Spanned<Org>>,
}

/// Parses the directory; every problem is located.
pub fn parse(text: &str, config: &Config) -> (Vec<Org>, Vec<Diagnostic>) {
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
        let (line, _) = line_col(text, spanned.span().start);
        let org = spanned.into_inner();
        let mut problem = |msg: String| diags.push(Diagnostic::error(msg).at(FILE, line, 1));
        for a in &org.areas {
            if !AREAS.contains(&a.as_str()) {
                problem(format!(
                    "`{}`: unknown area `{a}` (use {})",
                    org.name,
                    AREAS.join(", ")
                ));
            }
        }
        if org.areas.is_empty() {
            problem(format!("`{}` lists no areas", org.name));
        }
        if !org.url.starts_with("https://") {
            problem(format!("`{}`: the url must start with https://", org.name));
        }
        for code in org.about.keys() {
            if config.language(code).is_none() {
                problem(format!(
                    "`{}`: about.{code} is not a language of this site",
                    org.name
                ));
            }
        }
        if !org.about.contains_key(&config.default_language().code) {
            problem(format!(
                "`{}` has no about.{} text in the default language",
                org.name,
                config.default_language().code
            ));
        }
        orgs.push(org);
    }
    (orgs, diags)
}
