//! The one scheme allow-list: every URL an editor writes (Markdown links and images, raw
//! HTML, front matter `sources`, `site.toml`, the directory) is classified here, where it
//! enters, so nothing downstream has to wonder whether a `javascript:` slipped through.
//!
//! Browsers ignore tabs and newlines inside URLs and leading or trailing spaces and control
//! characters, so `java\tscript:` is `javascript:`: the classification parses URLs the way
//! browsers do (WHATWG, through the `url` crate).

use std::fmt;

use super::PageKey;

/// The schemes a link may use. Everything else (`javascript:`, `data:`, `file:`,
/// `vbscript:`, app schemes) is refused.
pub(crate) const SCHEMES: &[&str] = &["http", "https", "mailto", "tel"];

/// Where a link written by an editor leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Link<'a> {
    /// `@/section/page.md#anchor`: another page, in the reader's language.
    Page(PageKey, Option<&'a str>),
    /// `#anchor` on the same page.
    Here(&'a str),
    /// A path without scheme, relative to the page (`img.png`, `../x/`) or to the host
    /// (`/style.css`), with its fragment.
    Path(&'a str, Option<&'a str>),
    /// `https://…`, `http://…` or `//host/…`.
    External,
    /// `mailto:` or `tel:`.
    Contact,
}

/// Why a URL is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum LinkError {
    /// A scheme outside [`SCHEMES`].
    Scheme(String),
    /// `@/…` naming no possible page (`@/../x.md`).
    Page(String),
    /// Not a URL at all (`https://exa mple.org`).
    Malformed(String),
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::Scheme(s) => write!(
                f,
                "`{s}:` links are not allowed (only {})",
                SCHEMES
                    .iter()
                    .map(|s| format!("{s}:"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            LinkError::Page(p) => write!(f, "`@/{p}` cannot name a page"),
            LinkError::Malformed(why) => write!(f, "not a valid URL: {why}"),
        }
    }
}

/// Classifies `url` as written in content or configuration.
pub(crate) fn classify(url: &str) -> Result<Link<'_>, LinkError> {
    let trimmed = url.trim_matches(|c: char| c <= ' ');
    if let Some(target) = trimmed.strip_prefix("@/") {
        let (path, fragment) = split_fragment(target);
        return PageKey::from_link(path)
            .map(|k| Link::Page(k, fragment))
            .ok_or_else(|| LinkError::Page(path.to_string()));
    }
    if let Some(f) = trimmed.strip_prefix('#') {
        return Ok(Link::Here(f));
    }
    // What a browser would see: tabs and newlines inside a URL are dropped.
    let seen: String = trimmed
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    if seen.starts_with("//") || seen.starts_with("\\\\") {
        return Ok(Link::External);
    }
    match url::Url::parse(&seen) {
        Ok(u) => match u.scheme() {
            "http" | "https" => Ok(Link::External),
            "mailto" | "tel" => Ok(Link::Contact),
            other => Err(LinkError::Scheme(other.to_string())),
        },
        Err(url::ParseError::RelativeUrlWithoutBase) => {
            let (path, fragment) = split_fragment(trimmed);
            Ok(Link::Path(path, fragment))
        }
        Err(e) => match scheme_of(&seen) {
            Some(s) if !SCHEMES.contains(&s.to_ascii_lowercase().as_str()) => {
                Err(LinkError::Scheme(s.to_ascii_lowercase()))
            }
            _ => Err(LinkError::Malformed(e.to_string())),
        },
    }
}

/// An absolute `http:` or `https:` URL (configuration, official sources).
pub(crate) fn check_web(url: &str) -> Result<(), LinkError> {
    match classify(url)? {
        Link::External if !url.trim_start().starts_with("//") => Ok(()),
        _ => Err(LinkError::Malformed(
            "give a full address starting with https://".into(),
        )),
    }
}

fn split_fragment(s: &str) -> (&str, Option<&str>) {
    match s.split_once('#') {
        Some((p, f)) => (p, Some(f).filter(|f| !f.is_empty())),
        None => (s, None),
    }
}

/// The scheme of a URL the `url` crate refused, as a browser would read it.
fn scheme_of(s: &str) -> Option<&str> {
    let i = s.find(':')?;
    let scheme = &s[..i];
    let mut chars = scheme.chars();
    (chars.next()?.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)))
    .then_some(scheme)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allowed_links() {
        assert!(
            matches!(classify("@/a/b.md#x"), Ok(Link::Page(k, Some("x"))) if k.as_str() == "a/b.md")
        );
        assert_eq!(classify("#top"), Ok(Link::Here("top")));
        assert_eq!(classify("https://uscis.gov/"), Ok(Link::External));
        assert_eq!(classify("HTTPS://uscis.gov/"), Ok(Link::External));
        assert_eq!(classify("//cdn.example.org/x"), Ok(Link::External));
        assert_eq!(classify("mailto:a@b.org"), Ok(Link::Contact));
        assert_eq!(classify("tel:+18008987180"), Ok(Link::Contact));
        assert_eq!(
            classify("../a.png#m"),
            Ok(Link::Path("../a.png", Some("m")))
        );
        assert_eq!(classify("/style.css"), Ok(Link::Path("/style.css", None)));
        assert_eq!(classify("a b.png"), Ok(Link::Path("a b.png", None)));
    }

    #[test]
    fn dangerous_schemes_are_refused_however_written() {
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "\u{1}javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:x",
            "file:///etc/passwd",
            "whatsapp://send?text=x",
        ] {
            assert!(
                matches!(classify(bad), Err(LinkError::Scheme(_))),
                "{bad:?}: {:?}",
                classify(bad)
            );
        }
        assert!(matches!(classify("@/../x.md"), Err(LinkError::Page(_))));
        assert!(check_web("https://example.org/").is_ok());
        assert!(check_web("example.org").is_err());
        assert!(check_web("javascript:alert(1)").is_err());
        assert!(check_web("//example.org").is_err());
    }
}
