//! `site.toml`: the site's languages, base URL and the organisation's details.
//!
//! Architecture invariant: after `Config::parse` succeeds, every language code is a valid
//! BCP 47 tag, the default language is listed, and every fallback chain names listed
//! languages and ends in the default language.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::diag::{Diagnostic, line_col};
use crate::model::link;

pub(crate) const FILE: &str = "site.toml";

/// Folders at the output's root that are not languages.
pub(crate) const RESERVED_ROOT_NAMES: &[&str] =
    &["screener", "search", "static", "assets", "offline"];

/// The writing direction of a language, written in the `dir` attribute of its pages.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right (`ltr`).
    Ltr,
    /// Right to left (`rtl`): Arabic, Dari, Farsi, Pashto, Urdu and others.
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute: `ltr` or `rtl`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// A configured language. `code` is the folder name under `content/` and `locales/`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Language {
    /// The language code (`es`, `ar`, `prs`), as written in `site.toml`.
    pub code: String,
    /// The language's name in itself ("Español", "العربية").
    pub(crate) name: String,
    /// `dir` in `site.toml`, else the usual direction of the language's script.
    pub dir: Direction,
    /// Languages to borrow from when a page or message is missing, in order, ending with the
    /// default language. Does not include `code` itself.
    pub(crate) fallback: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Contact {
    #[serde(default)]
    pub(crate) name: String,
    #[serde(default)]
    pub(crate) phone: Option<String>,
    #[serde(default)]
    pub(crate) email: Option<String>,
    #[serde(default)]
    pub(crate) url: Option<String>,
    #[serde(default)]
    pub(crate) address: Option<String>,
}

/// `site.toml`, read and checked: the languages, the base URL and the site-wide settings
/// every page needs.
#[derive(Debug, Clone)]
pub struct Config {
    /// Where the site is served from. Either a full URL (`https://example.org/rights/`) or a
    /// path (`/rights/`). Always ends with `/`.
    pub(crate) base_url: String,
    /// The configured languages, in the order of `site.toml`; never empty.
    pub languages: Vec<Language>,
    /// Index into `languages`.
    pub(crate) default: usize,
    pub(crate) contact: Contact,
    /// Shown in every footer, e.g. a hotline; the label comes from Fluent (`footer-hotline`).
    pub(crate) hotline: Option<String>,
    /// Where "Quick exit" sends the reader.
    pub(crate) quick_exit_url: String,
    /// Guides whose `reviewed` date is older than this many days are reported by `check`.
    pub(crate) review_interval_days: u32,
    /// Write every link relative to its page (`relative_urls = true`, or `build
    /// --relative-urls`), so the output works from `file://`, a zip or any folder.
    pub(crate) relative_urls: bool,
    /// The site's name per language (`name = "…"` or `[name] en = "…"`), replacing the
    /// `site-name` message; `"*"` holds a name for every language.
    pub(crate) names: BTreeMap<String, String>,
    /// `site.toml` values that are still samples or placeholders (see [`is_placeholder`]):
    /// (key, value, line). They are never shown on the site.
    pub(crate) placeholders: Vec<(&'static str, String, u32)>,
    /// Files under `content/` left out of the site: glob patterns relative to `content/`
    /// (`"*/drafts/**"`, `"en/old-*.md"`).
    pub(crate) exclude: Vec<glob::Pattern>,
    /// Keys of `site.toml` that site-gen does not know, reachable from templates as `site.extra`.
    pub(crate) extra: BTreeMap<String, serde_json::Value>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawName {
    One(String),
    PerLanguage(BTreeMap<String, String>),
}

#[derive(Deserialize)]
struct RawConfig {
    #[serde(default)]
    name: Option<RawName>,
    #[serde(default)]
    base_url: Option<String>,
    #[serde(default)]
    default_language: Option<String>,
    #[serde(default)]
    languages: Vec<toml::Spanned<RawLanguage>>,
    #[serde(default)]
    contact: Contact,
    #[serde(default)]
    hotline: Option<String>,
    #[serde(default)]
    quick_exit_url: Option<String>,
    #[serde(default)]
    review_interval_days: Option<u32>,
    #[serde(default)]
    relative_urls: bool,
    #[serde(default)]
    exclude: Vec<String>,
    #[serde(flatten)]
    extra: BTreeMap<String, serde_json::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    code: String,
    /// Optional: CLDR's name of the language in itself when absent.
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    dir: Option<String>,
    #[serde(default)]
    fallback: Vec<String>,
}

pub(crate) const DEFAULT_QUICK_EXIT: &str = "https://www.google.com/search?q=weather";

impl Config {
    pub(crate) fn default_language(&self) -> &Language {
        &self.languages[self.default]
    }

    /// The configured language with this code, if there is one.
    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    /// The path part of the base URL: `/` or `/rights/`.
    pub(crate) fn base_path(&self) -> &str {
        match self.base_url.find("://") {
            Some(i) => match self.base_url[i + 3..].find('/') {
                Some(j) => &self.base_url[i + 3 + j..],
                None => "/",
            },
            None => &self.base_url,
        }
    }

    /// The scheme and host when the base URL is absolute (`https://example.org`).
    pub(crate) fn origin(&self) -> Option<&str> {
        let i = self.base_url.find("://")?;
        let end = self.base_url[i + 3..]
            .find('/')
            .map_or(self.base_url.len(), |j| i + 3 + j);
        Some(&self.base_url[..end])
    }

    /// A configuration for a folder of Markdown with no `site.toml`: one language per folder
    /// under `content/`, English first when present.
    pub(crate) fn from_language_folders(mut codes: Vec<String>) -> Result<Config, Vec<Diagnostic>> {
        codes.sort_by_key(|c| (c != "en", c.clone()));
        let mut errors = Vec::new();
        let mut languages = Vec::new();
        for code in &codes {
            match parse_tag(code) {
                Ok(tag) => languages.push(Language {
                    code: code.clone(),
                    name: autonym(code).unwrap_or_else(|| code.clone()),
                    dir: direction_of(&tag),
                    fallback: Vec::new(),
                }),
                Err(e) => errors.push(
                    Diagnostic::error(format!("`content/{code}/` is not a language folder: {e}"))
                        .in_file(format!("content/{code}")),
                ),
            }
        }
        if languages.is_empty() && errors.is_empty() {
            errors.push(
                Diagnostic::error("no site.toml and no language folders under content/")
                    .hint("create content/en/ (one folder per language) or a site.toml"),
            );
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let default_code = languages[0].code.clone();
        for l in languages.iter_mut().skip(1) {
            l.fallback = vec![default_code.clone()];
        }
        Ok(Config {
            base_url: "/".into(),
            languages,
            default: 0,
            contact: Contact::default(),
            hotline: None,
            quick_exit_url: DEFAULT_QUICK_EXIT.into(),
            review_interval_days: 365,
            relative_urls: false,
            names: BTreeMap::new(),
            placeholders: Vec::new(),
            exclude: Vec::new(),
            extra: BTreeMap::new(),
        })
    }

    /// Parses `site.toml`. Every problem is reported, located in the file.
    pub(crate) fn parse(text: &str) -> Result<Config, Vec<Diagnostic>> {
        let at = |span: std::ops::Range<usize>| {
            let (l, c) = line_col(text, span.start);
            (l, c)
        };
        let raw: RawConfig = match toml::from_str(text) {
            Ok(r) => r,
            Err(e) => {
                let (l, c) = e.span().map_or((0, 0), at);
                return Err(vec![
                    Diagnostic::error(e.message().to_string()).at(FILE, l, c),
                ]);
            }
        };
        let mut errors = Vec::new();
        let mut languages: Vec<(Language, (u32, u32))> = Vec::new();
        for spanned in &raw.languages {
            let pos = at(spanned.span());
            let raw_lang = spanned.get_ref();
            let tag = match parse_tag(&raw_lang.code) {
                Ok(t) => t,
                Err(e) => {
                    errors.push(
                        Diagnostic::error(format!(
                            "language code `{}` is not a valid BCP 47 tag: {e}",
                            raw_lang.code
                        ))
                        .at(FILE, pos.0, pos.1),
                    );
                    continue;
                }
            };
            if languages.iter().any(|(l, _)| l.code == raw_lang.code) {
                errors.push(
                    Diagnostic::error(format!("language `{}` is listed twice", raw_lang.code))
                        .at(FILE, pos.0, pos.1),
                );
                continue;
            }
            let dir = match raw_lang.dir.as_deref() {
                None => direction_of(&tag),
                Some("ltr") => Direction::Ltr,
                Some("rtl") => Direction::Rtl,
                Some(other) => {
                    errors.push(
                        Diagnostic::error(format!(
                            "`dir = \"{other}\"` for `{}`: use \"ltr\" or \"rtl\"",
                            raw_lang.code
                        ))
                        .at(FILE, pos.0, pos.1),
                    );
                    Direction::Ltr
                }
            };
            let Some(name) = raw_lang.name.clone().or_else(|| autonym(&raw_lang.code)) else {
                errors.push(
                    Diagnostic::error(format!(
                        "language `{}` needs a `name`: its name in itself, as readers look for it",
                        raw_lang.code
                    ))
                    .at(FILE, pos.0, pos.1),
                );
                continue;
            };
            languages.push((
                Language {
                    code: raw_lang.code.clone(),
                    name,
                    dir,
                    fallback: raw_lang.fallback.clone(),
                },
                pos,
            ));
        }
        if languages.is_empty() && errors.is_empty() {
            errors.push(
                Diagnostic::error("site.toml lists no languages")
                    .at(FILE, 1, 1)
                    .hint("add a [[languages]] table with code = \"en\" and name = \"English\""),
            );
        }
        let default_code = raw
            .default_language
            .clone()
            .or_else(|| languages.first().map(|(l, _)| l.code.clone()));
        let default = default_code
            .as_ref()
            .and_then(|c| languages.iter().position(|(l, _)| &l.code == c));
        if default.is_none() && !languages.is_empty() {
            errors.push(
                Diagnostic::error(format!(
                    "default_language `{}` is not one of the [[languages]]",
                    default_code.unwrap_or_default()
                ))
                .at(FILE, key_line(text, "default_language"), 1),
            );
        }
        // Fallback chains: known languages, no self-reference, always ending in the default.
        let codes: Vec<String> = languages.iter().map(|(l, _)| l.code.clone()).collect();
        if let Some(d) = default {
            let default_code = codes[d].clone();
            for (lang, pos) in languages.iter_mut() {
                for f in &lang.fallback {
                    if !codes.contains(f) || f == &lang.code {
                        errors.push(
                            Diagnostic::error(format!(
                                "fallback `{f}` of language `{}` is not another listed language",
                                lang.code
                            ))
                            .at(FILE, pos.0, pos.1),
                        );
                    }
                }
                if lang.code != default_code && !lang.fallback.contains(&default_code) {
                    lang.fallback.push(default_code.clone());
                }
            }
        }
        let base_url = match check_base_url(raw.base_url.as_deref().unwrap_or("/")) {
            Ok(u) => u,
            Err(why) => {
                errors.push(Diagnostic::error(format!("base_url: {why}")).at(
                    FILE,
                    key_line(text, "base_url"),
                    1,
                ));
                "/".into()
            }
        };
        let placeholders: Vec<(&'static str, String, u32)> = [
            ("contact.name", Some(raw.contact.name.as_str()), "name"),
            ("contact.phone", raw.contact.phone.as_deref(), "phone"),
            ("contact.email", raw.contact.email.as_deref(), "email"),
            ("contact.url", raw.contact.url.as_deref(), "url"),
            ("contact.address", raw.contact.address.as_deref(), "address"),
            ("hotline", raw.hotline.as_deref(), "hotline"),
        ]
        .into_iter()
        .filter_map(|(key, v, line_key)| {
            let v = v?;
            is_placeholder(v).then(|| (key, v.to_string(), key_line(text, line_key)))
        })
        .collect();
        let shown = |key: &str| !placeholders.iter().any(|(k, _, _)| *k == key);
        let mut check_url = |key: &str, url: Option<&str>| {
            if let Some(e) = url.and_then(|u| link::check_web(u).err()) {
                errors.push(Diagnostic::error(format!("{key}: {e}")).at(
                    FILE,
                    key_line(text, key.rsplit('.').next().unwrap_or(key)),
                    1,
                ));
            }
        };
        check_url("quick_exit_url", raw.quick_exit_url.as_deref());
        if shown("contact.url") {
            check_url("contact.url", raw.contact.url.as_deref());
        }
        if let Some(email) = raw
            .contact
            .email
            .as_deref()
            .filter(|_| shown("contact.email"))
            && (email.contains([':', '/', '?', '<', '>', '"']) || !email.contains('@'))
        {
            errors.push(
                Diagnostic::error(format!("contact.email `{email}` is not an email address")).at(
                    FILE,
                    key_line(text, "email"),
                    1,
                ),
            );
        }
        let mut exclude = Vec::new();
        for pattern in &raw.exclude {
            match glob::Pattern::new(pattern) {
                Ok(p) => exclude.push(p),
                Err(e) => errors.push(
                    Diagnostic::error(format!("exclude pattern `{pattern}`: {e}")).at(
                        FILE,
                        key_line(text, "exclude"),
                        1,
                    ),
                ),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Config {
            base_url,
            languages: languages.into_iter().map(|(l, _)| l).collect(),
            default: default.unwrap_or(0),
            contact: raw.contact,
            hotline: raw.hotline,
            quick_exit_url: raw
                .quick_exit_url
                .unwrap_or_else(|| DEFAULT_QUICK_EXIT.into()),
            review_interval_days: raw.review_interval_days.unwrap_or(365),
            relative_urls: raw.relative_urls,
            placeholders,
            exclude,
            names: match raw.name {
                None => BTreeMap::new(),
                Some(RawName::One(n)) => BTreeMap::from([("*".to_string(), n)]),
                Some(RawName::PerLanguage(m)) => m,
            },
            extra: raw.extra,
        })
    }

    /// Overrides the base URL (from `--base-url`).
    pub(crate) fn set_base_url(&mut self, url: &str) -> Result<(), Diagnostic> {
        self.base_url = check_base_url(url).map_err(|why| {
            Diagnostic::error(format!("--base-url {url}: {why}"))
                .hint("give a full address (https://example.org/rights/) or a path (/rights/)")
        })?;
        Ok(())
    }

    /// The organisation's contact details as readers see them: without placeholder values,
    /// and without a name when the name is one (then nothing of the block is shown).
    pub(crate) fn public_contact(&self) -> Contact {
        let keep = |key: &str, v: &Option<String>| {
            v.clone()
                .filter(|_| !self.placeholders.iter().any(|(k, _, _)| *k == key))
        };
        let name = keep("contact.name", &Some(self.contact.name.clone())).unwrap_or_default();
        if name.trim().is_empty() {
            return Contact::default();
        }
        Contact {
            name,
            phone: keep("contact.phone", &self.contact.phone),
            email: keep("contact.email", &self.contact.email),
            url: keep("contact.url", &self.contact.url),
            address: keep("contact.address", &self.contact.address),
        }
    }

    /// The hotline as readers see it (`None` while it is a placeholder).
    pub(crate) fn public_hotline(&self) -> Option<&str> {
        self.hotline
            .as_deref()
            .filter(|_| !self.placeholders.iter().any(|(k, _, _)| *k == "hotline"))
    }

    /// One diagnostic per placeholder value: a warning from `build` (the site is built
    /// without them), an error from `check` (a site must not be published with them).
    pub(crate) fn placeholder_diagnostics(
        &self,
        severity: crate::diag::Severity,
    ) -> Vec<Diagnostic> {
        self.placeholders
            .iter()
            .map(|(key, value, line)| {
                let d = Diagnostic::warning(format!(
                    "`{key}` still holds a sample value (`{value}`); it is not shown on the site"
                ))
                .at(FILE, *line, 1)
                .hint("put your organisation's real details here, or remove the line");
                Diagnostic { severity, ..d }
            })
            .collect()
    }

    /// Whether `path` (relative to `content/`, `/`-separated) matches an `exclude` pattern.
    pub(crate) fn is_excluded(&self, path: &str) -> bool {
        let opts = glob::MatchOptions {
            case_sensitive: true,
            require_literal_separator: true,
            require_literal_leading_dot: false,
        };
        self.exclude.iter().any(|p| p.matches_with(path, opts))
    }
}

/// The prefix of values `site-gen init` and `import` write for the organisation to replace.
pub(crate) const PLACEHOLDER: &str = "REPLACE:";

/// Whether a configuration value is a placeholder or a sample rather than real details: a
/// `REPLACE: …` value, an address at a domain reserved for examples (`example.org`), a
/// fictional 555-01xx phone number, or "Your organisation's name".
pub fn is_placeholder(value: &str) -> bool {
    let v = value.trim().to_ascii_lowercase();
    let digits: String = v.chars().filter(char::is_ascii_digit).collect();
    v.starts_with(&PLACEHOLDER.to_ascii_lowercase())
        || ["example.org", "example.com", "example.net"]
            .iter()
            .any(|d| v.contains(d))
        || v.starts_with("your organisation")
        || v.starts_with("your organization")
        || (digits.len() >= 7 && digits[digits.len() - 7..].starts_with("55501"))
}

/// A base URL as links are built from it: a full `http(s)` URL with a host, or a path
/// starting with `/`; always ending with `/`.
pub(crate) fn check_base_url(url: &str) -> Result<String, String> {
    let url = url.trim();
    let mut out = if url.contains("://") {
        let u = url::Url::parse(url).map_err(|e| format!("`{url}` is not a valid URL: {e}"))?;
        if !matches!(u.scheme(), "http" | "https") || u.host_str().is_none() {
            return Err(format!(
                "`{url}` must start with https:// or http:// and name a host"
            ));
        }
        if u.query().is_some() || u.fragment().is_some() || !u.username().is_empty() {
            return Err(format!("`{url}` must not hold `?`, `#` or a user name"));
        }
        u.to_string()
    } else if url.starts_with('/') && !url.starts_with("//") {
        if url.contains(['?', '#', '\\']) || url.chars().any(char::is_control) {
            return Err(format!("`{url}` must be a plain path"));
        }
        if url.split('/').any(|s| s == ".." || s == ".") || url.contains("//") {
            return Err(format!("`{url}` must not hold `.`, `..` or `//`"));
        }
        url.to_string()
    } else {
        return Err(format!(
            "`{url}` must be a full URL (https://example.org/rights/) or a path starting with `/` (/rights/)"
        ));
    };
    if !out.ends_with('/') {
        out.push('/');
    }
    Ok(out)
}

fn key_line(text: &str, key: &str) -> u32 {
    text.lines()
        .position(|l| l.trim_start().starts_with(key))
        .map_or(1, |i| i as u32 + 1)
}

fn parse_tag(code: &str) -> Result<unic_langid::LanguageIdentifier, String> {
    // Folder names are also URL segments: keep them to letters, digits and hyphens.
    if code.is_empty() || !code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err("use letters, digits and hyphens only, like `es` or `zh-Hans`".into());
    }
    // The output has folders of its own beside the languages'.
    if RESERVED_ROOT_NAMES
        .iter()
        .any(|r| r.eq_ignore_ascii_case(code))
        || code.len() > 35
    {
        return Err(format!(
            "`{code}` is a folder site-gen writes itself, or too long"
        ));
    }
    code.parse::<unic_langid::LanguageIdentifier>()
        .map_err(|e| e.to_string())
}

/// The writing direction of a language: from its script subtag when given, else from the
/// language's usual script.
pub(crate) fn direction_of(tag: &unic_langid::LanguageIdentifier) -> Direction {
    const RTL_SCRIPTS: &[&str] = &[
        "Arab", "Aran", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg", "Mand", "Samr", "Mend",
        "Yezi",
    ];
    if let Some(script) = tag.script {
        return if RTL_SCRIPTS.contains(&script.as_str()) {
            Direction::Rtl
        } else {
            Direction::Ltr
        };
    }
    // Languages whose usual script is right-to-left.
    const RTL_LANGUAGES: &[&str] = &[
        "ar", "arc", "ckb", "dv", "fa", "prs", "pbt", "pbu", "ps", "he", "yi", "ur", "sd", "ug",
        "ks", "lrc", "mzn", "glk", "syr", "nqo", "ff-Adlm", "azb", "bal", "bqi", "khw", "skr",
        "ota", "ydd", "apc", "arz", "ary", "acm", "ajp", "ars", "aeb", "arq", "apd",
    ];
    if RTL_LANGUAGES.contains(&tag.language.as_str()) {
        Direction::Rtl
    } else {
        Direction::Ltr
    }
}

/// Each language's name in itself, from Unicode CLDR (see `data/gen_autonyms.py`).
const AUTONYMS: &str = include_str!("../data/autonyms.tsv");

/// The name of the language `code` (a BCP 47 tag) in itself, from CLDR, capitalised as a menu
/// item: `es` → "Español", `prs` → "دری", `zh-TW` → "繁體中文". Chinese without a script
/// (`zh`) is named Traditional, as in the U.S. communities that write it most; regions that
/// write Traditional (`TW`, `HK`, `MO`) or Simplified (`CN`, `SG`, `MY`) are named so.
pub(crate) fn autonym(code: &str) -> Option<String> {
    let find = |c: &str| {
        AUTONYMS
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .find(|(k, _)| k.eq_ignore_ascii_case(c))
            .map(|(_, v)| v)
    };
    let tag: unic_langid::LanguageIdentifier = code.parse().ok()?;
    let lang = tag.language.as_str();
    let script = tag.script.map(|s| s.as_str().to_string()).or_else(|| {
        let region = tag.region.map(|r| r.as_str().to_string());
        match (lang, region.as_deref()) {
            ("zh", None | Some("TW" | "HK" | "MO")) => Some("Hant".into()),
            ("zh", Some("CN" | "SG" | "MY")) => Some("Hans".into()),
            _ => None,
        }
    });
    let name = find(code)
        .filter(|_| lang != "zh")
        .or_else(|| script.and_then(|s| find(&format!("{lang}-{s}"))))
        .or_else(|| find(lang))?;
    let mut chars = name.chars();
    let first = chars.next()?;
    Some(first.to_uppercase().chain(chars).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_named_in_themselves() {
        let n = |c: &str| autonym(c).unwrap_or_default();
        assert_eq!(n("es"), "Español");
        assert_eq!(n("fr"), "Français");
        assert_eq!(n("ar"), "العربية");
        assert_eq!(n("prs"), "دری");
        assert_eq!(n("fa-AF"), "دری");
        assert_eq!(n("ht"), "Kreyòl Ayisyen");
        assert_eq!(n("uk"), "Українська");
        for traditional in ["zh", "zh-TW", "zh-Hant", "zh-HK", "zh-Hant-TW"] {
            assert_eq!(n(traditional), "繁體中文", "{traditional}");
        }
        for simplified in ["zh-CN", "zh-Hans", "zh-Hans-CN", "zh-SG"] {
            assert_eq!(n(simplified), "简体中文", "{simplified}");
        }
        for code in [
            "ps", "so", "ti", "am", "my", "km", "rw", "sw", "ckb", "pa", "quc", "tl", "yue",
            "pt-BR", "es-419", "ne", "bn", "uz",
        ] {
            let name = n(code);
            assert!(!name.is_empty() && name != code, "{code}: {name}");
        }
        assert_eq!(autonym("xx"), None);
    }

    #[test]
    fn directions_come_from_script_or_language() {
        let d = |s: &str| direction_of(&s.parse().unwrap());
        assert_eq!(d("ar"), Direction::Rtl);
        assert_eq!(d("prs"), Direction::Rtl);
        assert_eq!(d("he"), Direction::Rtl);
        assert_eq!(d("dv"), Direction::Rtl);
        assert_eq!(d("zh-Hans"), Direction::Ltr);
        assert_eq!(d("az-Arab"), Direction::Rtl);
        assert_eq!(d("ku-Latn"), Direction::Ltr);
        assert_eq!(d("es"), Direction::Ltr);
    }

    #[test]
    fn fallback_chains_end_in_the_default() {
        let c = Config::parse(
            r#"
default_language = "en"
[[languages]]
code = "en"
name = "English"
[[languages]]
code = "fa"
name = "فارسی"
[[languages]]
code = "prs"
name = "دری"
fallback = ["fa"]
"#,
        )
        .unwrap();
        assert_eq!(c.language("prs").unwrap().fallback, vec!["fa", "en"]);
        assert_eq!(c.language("prs").unwrap().dir, Direction::Rtl);
        assert!(c.language("en").unwrap().fallback.is_empty());
    }

    #[test]
    fn configured_urls_pass_the_allow_list() {
        let base = "[[languages]]\ncode = \"en\"\nname = \"English\"\n";
        for (line, bad) in [
            (
                "quick_exit_url",
                "quick_exit_url = \"javascript:alert(1)\"\n",
            ),
            ("url", "[contact]\nurl = \"javascript:alert(1)\"\n"),
            ("base_url", "base_url = \"rights\"\n"),
        ] {
            let errs = Config::parse(&format!("{bad}{base}")).unwrap_err();
            assert!(
                errs[0].message.contains(line.trim_end_matches("_url"))
                    || errs[0].message.contains(line),
                "{errs:?}"
            );
            assert!(errs[0].line >= 1);
        }
        assert!(
            Config::parse(&format!(
                "{base}[[languages]]\ncode = \"screener\"\nname = \"x\"\n"
            ))
            .is_err()
        );
    }

    #[test]
    fn bad_config_is_located() {
        let errs = Config::parse(
            "[[languages]]\ncode = \"en\"\nname = \"English\"\nfallback = [\"xx\"]\n",
        )
        .unwrap_err();
        assert_eq!(errs[0].line, 1);
        assert!(errs[0].message.contains("fallback `xx`"));
    }

    #[test]
    fn base_path_and_origin() {
        let mut c = Config::from_language_folders(vec!["en".into()]).unwrap();
        c.set_base_url("https://example.org/rights").unwrap();
        assert_eq!(c.base_path(), "/rights/");
        assert_eq!(c.origin(), Some("https://example.org"));
        c.set_base_url("/sub/").unwrap();
        assert_eq!(c.base_path(), "/sub/");
        assert_eq!(c.origin(), None);
        for bad in [
            "rights",
            "rights/",
            "//evil.org/",
            "javascript:alert(1)",
            "ftp://x.org/",
            "/a/../b/",
            "/a?x",
            "https://",
        ] {
            assert!(c.set_base_url(bad).is_err(), "{bad}");
        }
        assert_eq!(c.base_path(), "/sub/");
    }
}
