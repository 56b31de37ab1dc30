//! `site-gen check`: everything `build` validates, without writing anything, plus what an
//! editor wants to know before publishing: links and `#anchors` as readers of every language
//! follow them, images, heading levels, legal reviews that are due, and translations that are
//! outdated or missing.
//!
//! Pure after loading: the site and its rendered output in, diagnostics out. Today's date is
//! passed in by the caller, never read here.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use pulldown_cmark::{Event, LinkType, Parser, Tag, TagEnd};
use rayon::prelude::*;
use screener_wasm::engine::Date;

use crate::diag::{Diagnostic, line_col};
use crate::load::LoadOptions;
use crate::model::link::{self, Link};
use crate::model::{Page, PageKey, Site};
use crate::pipeline;
use crate::render::{Layout, Output, Plan, markdown, output_path};
use crate::translations::{self, State};

/// Records a finding about a reference: (ref, file, reader language, message, hint).
type NoteFn<'a> = dyn FnMut(&Ref, &str, &str, String, Option<String>) + 'a;

/// What `site-gen check` looks at: the site to load and the date that decides which legal
/// reviews are due and which screener data is out of date.
pub struct CheckOptions {
    /// Where the site is and how to load it, as for `build`.
    pub load: LoadOptions,
    /// The date reviews and dated screener data are measured against: today, or `--today`.
    pub today: Date,
}

/// Every problem of the site, in file and line order.
/// (The screener's definition and test cases are checked while loading, as in `build`.)
pub fn check(opts: &CheckOptions) -> Vec<Diagnostic> {
    let (prepared, mut diags) = pipeline::prepare(&opts.load);
    if let Some((site, output)) = prepared {
        // A site must not be published with sample contact details: `build` only warns.
        let warned = site
            .config
            .placeholder_diagnostics(crate::diag::Severity::Warning);
        diags.retain(|d| !warned.contains(d));
        diags.extend(
            site.config
                .placeholder_diagnostics(crate::diag::Severity::Error),
        );
        diags.extend(site_problems(&site, &output, opts.today));
    }
    diags.sort_by(|a, b| {
        (&a.file, a.line, a.column, a.severity, &a.message)
            .cmp(&(&b.file, b.line, b.column, b.severity, &b.message))
    });
    diags.dedup();
    diags
}

/// The checks `build` does not make.
pub(crate) fn site_problems(site: &Site, output: &Output, today: Date) -> Vec<Diagnostic> {
    let facts: HashMap<&str, Facts> = site
        .pages
        .par_iter()
        .map(|p| (p.file.as_str(), Facts::of(p)))
        .collect();
    let layout = Layout::new(site, &crate::render::reserved(site));
    let plan = Plan::new(site, &layout);
    let mut diags = references(site, &plan, output, &facts);
    for page in &site.pages {
        let f = &facts[page.file.as_str()];
        diags.extend(headings(page, f));
        diags.extend(alt_texts(page, f));
        diags.extend(review(site, page, today));
    }
    diags.extend(translation_status(site));
    if let Some(screener) = &site.screener {
        diags.extend(screener.stale_data(today, site.config.review_interval_days));
    }
    diags
}

/// What `check` needs to know about one Markdown file.
struct Facts {
    /// Heading ids, exactly as the renderer makes them.
    ids: HashSet<String>,
    /// Heading levels with their position.
    headings: Vec<(u8, u32, u32)>,
    refs: Vec<Ref>,
}

/// A link or image in a page's Markdown.
struct Ref {
    image: bool,
    dest: String,
    alt: String,
    line: u32,
    column: u32,
}

struct NoResolve;

impl markdown::Context for NoResolve {
    fn resolve(&self, _: &PageKey) -> Option<String> {
        Some(String::new())
    }
    fn label(&self, kind: &str) -> String {
        kind.to_string()
    }
    fn external_hint(&self) -> String {
        String::new()
    }
}

impl Facts {
    fn of(page: &Page) -> Facts {
        let rendered = markdown::render(
            &page.file,
            &page.body,
            page.body_line,
            page.format,
            &NoResolve,
        );
        let at = |offset: usize| {
            let (l, c) = line_col(&page.body, offset);
            (page.body_line + l - 1, c)
        };
        let mut headings = Vec::new();
        let mut refs: Vec<Ref> = Vec::new();
        let mut open_images = Vec::new();
        for (event, range) in Parser::new_ext(&page.body, markdown::options()).into_offset_iter() {
            match event {
                Event::Start(Tag::Heading { level, .. }) => {
                    let (l, c) = at(range.start);
                    headings.push((level as u8, l, c));
                }
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    ..
                }) if link_type != LinkType::Email => {
                    let (line, column) = at(range.start);
                    refs.push(Ref {
                        image: false,
                        dest: dest_url.to_string(),
                        alt: String::new(),
                        line,
                        column,
                    });
                }
                Event::Start(Tag::Image { dest_url, .. }) => {
                    let (line, column) = at(range.start);
                    open_images.push(refs.len());
                    refs.push(Ref {
                        image: true,
                        dest: dest_url.to_string(),
                        alt: String::new(),
                        line,
                        column,
                    });
                }
                Event::End(TagEnd::Image) => {
                    open_images.pop();
                }
                Event::Text(t) | Event::Code(t) => {
                    if let Some(&i) = open_images.last() {
                        refs[i].alt.push_str(&t);
                    }
                }
                _ => {}
            }
        }
        Facts {
            ids: rendered.toc.into_iter().map(|t| t.id).collect(),
            headings,
            refs,
        }
    }
}

/// A problem found in one place of a source file, collected over the languages whose readers
/// meet it.
type Finding = (String, u32, u32, String);

/// Links and images, followed as a reader of each language follows them: a page shown in a
/// fallback language resolves `@/` links and relative paths from the reader's language.
fn references(
    site: &Site,
    plan: &Plan,
    output: &Output,
    facts: &HashMap<&str, Facts>,
) -> Vec<Diagnostic> {
    let config = &site.config;
    let base = config.base_path();
    // Assets `write` copies (the output in memory has only what render made).
    let assets: HashSet<String> = site
        .assets
        .iter()
        .map(|a| a.output_path())
        .chain(
            crate::render::moved::bundle_copies(site, plan)
                .into_iter()
                .map(|(p, _)| p),
        )
        .collect();
    let by_output: HashMap<String, &crate::render::Entry> = plan
        .entries
        .iter()
        .map(|e| (output_path(config, e.url), e))
        .collect();
    let exists = |p: &str| output.files.contains_key(p) || assets.contains(p);
    let mut found: BTreeMap<Finding, (BTreeSet<String>, Option<String>)> = BTreeMap::new();
    let mut note = |r: &Ref, file: &str, lang: &str, message: String, hint: Option<String>| {
        let e = found
            .entry((file.to_string(), r.line, r.column, message))
            .or_default();
        e.0.insert(lang.to_string());
        if e.1.is_none() {
            e.1 = hint;
        }
    };
    let anchor_hint = |ids: &HashSet<String>, other_page: bool| {
        let mut ids: Vec<&String> = ids.iter().collect();
        ids.sort();
        let shown: Vec<String> = ids.iter().take(6).map(|i| format!("#{i}")).collect();
        let more = if ids.len() > shown.len() { ", …" } else { "" };
        match (shown.is_empty(), other_page) {
            (true, _) => "that page has no headings".to_string(),
            (false, false) => format!("its headings are {}{more}", shown.join(", ")),
            (false, true) => format!(
                "its headings are {}{more}; a heading keeps one id in every language with `{{#id}}`, e.g. `## Título {{#deadline}}`",
                shown.join(", ")
            ),
        }
    };
    // A link to `#fragment` on page `t`, which has no heading with that id.
    let missing_anchor = |note: &mut NoteFn,
                          r: &Ref,
                          file: &str,
                          reader: &str,
                          t: &crate::render::Entry,
                          fragment: &str| {
        let ids = &facts[t.source.file.as_str()].ids;
        if !ids.contains(fragment) {
            note(
                r,
                file,
                reader,
                format!(
                    "link `{}`: {} has no heading with the id `{fragment}`",
                    r.dest, t.source.file
                ),
                Some(anchor_hint(ids, true)),
            );
        }
    };
    for entry in &plan.entries {
        let src = entry.source;
        let reader = entry.lang.code.as_str();
        let Some(f) = facts.get(src.file.as_str()) else {
            continue;
        };
        for r in &f.refs {
            // Links the allow-list refuses are reported (and removed) by `render`.
            let Ok(target) = link::classify(&r.dest) else {
                continue;
            };
            match target {
                Link::Page(key, fragment) => {
                    // A page that does not exist is reported by `render`.
                    let (Some(fragment), Some(t)) = (fragment, plan.get(reader, key.as_str()))
                    else {
                        continue;
                    };
                    missing_anchor(&mut note, r, &src.file, reader, t, fragment);
                }
                Link::Here("") => {}
                Link::Here(fragment) => {
                    if !f.ids.contains(fragment) {
                        note(
                            r,
                            &src.file,
                            reader,
                            format!("link `{}`: this page has no heading with that id", r.dest),
                            Some(anchor_hint(&f.ids, false)),
                        );
                    }
                }
                Link::Path(path, fragment) => {
                    let url = join_url(entry.url, path);
                    let Some(rel) = url.strip_prefix(base) else {
                        note(
                            r,
                            &src.file,
                            reader,
                            format!("`{}` leads outside the site ({base})", r.dest),
                            None,
                        );
                        continue;
                    };
                    let file = if rel.is_empty() || rel.ends_with('/') {
                        format!("{rel}index.html")
                    } else {
                        rel.to_string()
                    };
                    let file = if !exists(&file) && exists(&format!("{file}/index.html")) {
                        format!("{file}/index.html")
                    } else {
                        file
                    };
                    if !exists(&file) {
                        let what = if r.image { "image" } else { "link target" };
                        let hint = if r.image {
                            format!(
                                "readers of `{reader}` see this page at {}; the image resolves to {url}: put the file at content/{rel} or use a path that works from every language",
                                entry.url
                            )
                        } else {
                            "link to guides with @/<section>/<page>.md, which works in every language".to_string()
                        };
                        note(
                            r,
                            &src.file,
                            reader,
                            format!("{what} `{}` not found", r.dest),
                            Some(hint),
                        );
                    } else if let (Some(fragment), Some(t)) = (fragment, by_output.get(&file)) {
                        missing_anchor(&mut note, r, &src.file, reader, t, fragment);
                    }
                }
                Link::External if r.image => note(
                    r,
                    &src.file,
                    reader,
                    format!(
                        "image `{}` is on another website: the site's Content-Security-Policy blocks it",
                        r.dest
                    ),
                    Some("save the image under content/<language>/ next to the page".into()),
                ),
                Link::External | Link::Contact => {}
            }
        }
    }
    found
        .into_iter()
        .map(|((file, line, column, message), (langs, hint))| {
            let langs: Vec<String> = langs.into_iter().collect();
            let mut d =
                Diagnostic::error(format!("{message} (for readers of {})", langs.join(", ")))
                    .at(file, line, column);
            d.hint = hint;
            d
        })
        .collect()
}

/// Resolves `href` against the page URL `base` like a browser does, and gives the path it
/// leads to with percent-encoding undone: `../img.png` from `/es/asylum/x/` is
/// `/es/asylum/img.png`.
fn join_url(base: &str, href: &str) -> String {
    // Any origin will do: only the path is compared.
    let origin = url::Url::parse("http://site.invalid/").expect("a valid URL");
    let joined = origin
        .join(base)
        .and_then(|b| b.join(href))
        .map_or_else(|_| href.to_string(), |u| u.path().to_string());
    percent_encoding::percent_decode_str(&joined)
        .decode_utf8_lossy()
        .to_string()
}

/// Images need a text alternative (WCAG 1.1.1): readers on screen readers or with images
/// off get nothing else.
fn alt_texts(page: &Page, facts: &Facts) -> Vec<Diagnostic> {
    facts
        .refs
        .iter()
        .filter(|r| r.image && r.alt.trim().is_empty())
        .map(|r| {
            Diagnostic::error(format!("image `{}` has no alt text", r.dest))
                .at(&page.file, r.line, r.column)
                .hint("describe what the image shows between the brackets: ![a map of the court building](map.png)")
        })
        .collect()
}

/// Heading levels that skip: the title is the page's only `h1`, so content starts at `##`
/// and goes down one level at a time (screen-reader users navigate by these levels).
fn headings(page: &Page, facts: &Facts) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let mut previous = 1u8;
    for &(level, line, column) in &facts.headings {
        if level == 1 {
            diags.push(
                Diagnostic::warning(
                    "a second top-level heading: the title is the page's `#` heading",
                )
                .at(&page.file, line, column)
                .hint("start the content's headings at `##`"),
            );
        } else if level > previous + 1 {
            diags.push(
                Diagnostic::warning(format!("heading level skips from h{previous} to h{level}"))
                    .at(&page.file, line, column)
                    .hint(format!(
                        "use `{} ` here (h1 is the title, so content starts at `##`)",
                        "#".repeat(previous as usize + 1)
                    )),
            );
        }
        previous = level;
    }
    diags
}

/// Guides need a legal review date and official sources; reviews fall due after
/// `review_interval_days`.
fn review(site: &Site, page: &Page, today: Date) -> Vec<Diagnostic> {
    if page.is_section() {
        return Vec::new();
    }
    let mut diags = Vec::new();
    let line = |key: &str| page.meta.line_of(key);
    match page.meta.reviewed {
        // A `reviewed` that is not a date is an error `load` reported.
        None if page.meta.lines.contains_key("reviewed") => {}
        None => diags.push(
            Diagnostic::warning("guide has no `reviewed` date")
                .at(&page.file, 1, 1)
                .hint("add `reviewed: YYYY-MM-DD` to the front matter: the day the legal content was last checked"),
        ),
        Some(reviewed) => {
            let interval = i64::from(site.config.review_interval_days);
            let age = reviewed.days_until(today);
            if age > interval {
                diags.push(
                    Diagnostic::warning(format!(
                        "legal review is overdue: last reviewed {reviewed}, {age} days ago (review_interval_days = {interval})"
                    ))
                    .at(&page.file, line("reviewed"), 1)
                    .hint("check the guide against its sources, then update `reviewed`"),
                );
            }
        }
    }
    if page.meta.sources.is_empty() {
        diags.push(
            Diagnostic::warning("guide lists no official `sources`")
                .at(&page.file, line("sources"), 1)
                .hint("add `sources:` with `- title: …` and `url: …` for the laws and official pages it relies on"),
        );
    }
    diags
}

/// Outdated translations, one warning each; missing ones, one warning per language.
fn translation_status(site: &Site) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let mut missing: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for s in translations::page_states(site) {
        match (s.state, s.translation) {
            (State::Outdated, Some(t)) => diags.push(
                Diagnostic::warning(format!(
                    "translation is outdated: {} changed after it was translated",
                    s.source.file
                ))
                .at(&t.file, t.meta.line_of("translation_of"), 1)
                .hint(format!(
                    "update the translation, then run `site-gen translations mark {}`",
                    t.file
                )),
            ),
            (State::Missing, _) => missing
                .entry(s.lang)
                .or_default()
                .push(s.source.key.as_str()),
            _ => {}
        }
    }
    for (lang, keys) in missing {
        let shown: Vec<&str> = keys.iter().take(8).copied().collect();
        diags.push(
            Diagnostic::warning(format!(
                "{} page(s) not translated into `{lang}`, shown in a fallback language: {}{}",
                keys.len(),
                shown.join(", "),
                if keys.len() > shown.len() {
                    ", …"
                } else {
                    ""
                }
            ))
            .in_file(format!("content/{lang}"))
            .hint("`site-gen translations` lists them all"),
        );
    }
    diags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_join_like_a_browser() {
        assert_eq!(
            join_url("/es/asylum/x/", "../img.png"),
            "/es/asylum/img.png"
        );
        assert_eq!(join_url("/es/asylum/x/", "a.png"), "/es/asylum/x/a.png");
        assert_eq!(join_url("/es/asylum/x/", "/style.css"), "/style.css");
        assert_eq!(join_url("/es/", "../../.."), "/");
        assert_eq!(join_url("/es/a/", "../b/"), "/es/b/");
    }

    #[test]
    fn percent_decoding() {
        assert_eq!(join_url("/ar/x/", "/ar/%D8%A7/"), "/ar/ا/");
        assert_eq!(join_url("/en/x/", "a%20b.png?v=1#m"), "/en/x/a b.png");
    }
}
