//! Pages that moved: each `aliases` entry of a page becomes a small page at the old address
//! that sends the reader on (a meta refresh, which needs no script, and a canonical link),
//! and a line of `_redirects` for hosts that read one (Netlify, Cloudflare Pages), so a site
//! moved from another generator keeps its old links. Assets that sit beside a section's page
//! are also published for the languages that show that page as a fallback copy.

use super::markdown::escape;
use super::plan::{Plan, absolute};
use crate::model::Site;

/// One old address: its output file, where it leads, in which language.
pub(crate) struct Alias {
    /// `old/path/index.html`, relative to the output folder.
    pub(crate) path: String,
    /// The address as a reader typed it (`/rights/old/path/`).
    pub(crate) from: String,
    /// The page's address.
    pub(crate) to: String,
    pub(crate) lang: String,
    /// The page's file and the line of its `aliases`, for messages.
    pub(crate) file: String,
    pub(crate) line: u32,
}

/// Every alias of every page, in the language of the page that declares it.
pub(crate) fn aliases(site: &Site, plan: &Plan) -> Vec<Alias> {
    let base = site.config.base_path();
    let mut out = Vec::new();
    for e in plan.entries.iter().filter(|e| !e.is_fallback()) {
        for a in &e.source.meta.aliases {
            out.push(Alias {
                path: format!("{a}/index.html"),
                from: format!("{base}{}/", super::plan::encode_path(a)),
                to: e.url.to_string(),
                lang: e.lang.code.clone(),
                file: e.source.file.clone(),
                line: e.source.meta.line_of("aliases"),
            });
        }
    }
    out
}

/// The page at an old address.
pub(crate) fn page(site: &Site, alias: &Alias) -> String {
    let to = escape(&alias.to);
    let canonical = escape(&absolute(&site.config, &alias.to));
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n<title>{to}</title>\n<meta name=\"robots\" content=\"noindex\">\n<link rel=\"canonical\" href=\"{canonical}\">\n<meta http-equiv=\"refresh\" content=\"0; url={to}\">\n</head>\n<body>\n<p><a href=\"{to}\">{to}</a></p>\n</body>\n</html>\n",
        lang = escape(&alias.lang),
        csp = escape(super::CSP),
    )
}

/// `_redirects`: one permanent redirect per old address.
pub(crate) fn redirects(aliases: &[Alias]) -> String {
    aliases
        .iter()
        .map(|a| format!("{} {} 301\n", a.from, a.to))
        .collect()
}

/// Assets beside a section's own page (a page bundle) published again for each language that
/// shows that page as a fallback copy and has no file of its own there: (output path, the
/// asset's index in `site.assets`).
pub(crate) fn bundle_copies(site: &Site, plan: &Plan) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    for (i, asset) in site.assets.iter().enumerate() {
        let dir = asset.key.rsplit_once('/').map_or("", |(d, _)| d);
        let section = crate::model::PageKey::section(dir);
        for lang in &site.config.languages {
            if lang.code == asset.lang
                || site
                    .assets
                    .iter()
                    .any(|a| a.lang == lang.code && a.key == asset.key)
            {
                continue;
            }
            let shows_it = plan
                .get(&lang.code, section.as_str())
                .is_some_and(|e| e.is_fallback() && e.source.lang == asset.lang);
            if shows_it {
                out.push((format!("{}/{}", lang.code, asset.key), i));
            }
        }
    }
    out
}
