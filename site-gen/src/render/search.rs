//! Search: what each reader language's index holds, built at build time by the search engine
//! (`search-wasm`), which answers queries in the reader's browser and in `site-gen search` with
//! the same code.
//!
//! A language's index holds every guide its readers get, its own translations and the fallback
//! pages of its language (with the fallback's `lang`, so a hit says which language it is in).
//! Page text comes from the same Markdown the pages are rendered from, split at its headings.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
use search_wasm::engine::{Document, Section, Synonyms, build_index};
use serde::Serialize;

use super::plan::{Plan, permalink};
use crate::config::Language;
use crate::model::{BodyFormat, PageKey, Site};

/// The generated search page: its URL is `<lang>/search/`.
pub(crate) fn key() -> PageKey {
    PageKey::section("search")
}

/// The engine compiled to WebAssembly, and wasm-bindgen's glue for it.
pub(crate) const WASM: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/search-pkg/search_wasm_bg.wasm"));
pub(crate) const GLUE: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/search-pkg/search_wasm.js"));

/// The shared files under `/search/`, beside the theme's `search/app.js` and `search.css`.
pub(crate) const FILES: [&str; 2] = ["search/search_wasm_bg.wasm", "search/search_wasm.js"];

/// The output path of `lang`'s index.
pub(crate) fn index_path(lang: &str) -> String {
    format!("{lang}/search/index.bin")
}

/// Every guide readers of `lang` get, as the engine indexes it.
pub(crate) fn documents(plan: &Plan, lang: &str) -> Vec<Document> {
    plan.entries
        .iter()
        .filter(|e| e.lang.code == lang && !e.key.is_section())
        .map(|e| {
            let page = e.source;
            Document {
                url: e.url.to_string(),
                title: page.meta.title.clone(),
                lang: page.lang.clone(),
                summary: page.meta.summary.clone().unwrap_or_default(),
                sections: match page.format {
                    BodyFormat::Markdown => sections(&page.body),
                    BodyFormat::Html => vec![Section {
                        heading: String::new(),
                        text: html_text(&page.body),
                    }],
                },
            }
        })
        .collect()
}

/// The synonyms a reader of `lang` searches with: their language's and its fallbacks'.
pub(crate) fn synonyms(site: &Site, lang: &Language) -> Synonyms {
    let mut out = Synonyms::default();
    for code in std::iter::once(&lang.code).chain(lang.fallback.iter()) {
        if let Some(s) = site.synonyms.get(code) {
            out.extend(s.clone());
        }
    }
    out
}

/// `lang`'s index, as the bytes the browser downloads.
pub(crate) fn index(site: &Site, plan: &Plan, lang: &Language) -> Vec<u8> {
    let mut docs = documents(plan, &lang.code);
    // With relative links (`--relative-urls`, `bundle`), results link from the search page.
    if site.config.relative_urls {
        let page = format!("{}/search/index.html", lang.code);
        let target = super::relative::Target::site(&site.config);
        for d in &mut docs {
            if let Some(url) = super::relative::rewrite(&d.url, &page, &target) {
                d.url = url;
            }
        }
    }
    build_index(&lang.code, &docs, &synonyms(site, lang))
}

/// A Markdown body's plain text, split at its headings: what a reader reads, without link
/// targets, markup or HTML.
fn sections(body: &str) -> Vec<Section> {
    let mut out = vec![Section::default()];
    let mut in_heading = false;
    let mut in_html = 0usize;
    for event in Parser::new_ext(body, super::markdown::options()) {
        match event {
            Event::Start(Tag::Heading { level, .. }) if level != HeadingLevel::H1 => {
                in_heading = true;
                out.push(Section::default());
            }
            Event::End(TagEnd::Heading(_)) => in_heading = false,
            Event::Text(t) | Event::Code(t) => {
                let s = out.last_mut().expect("there is always a section");
                let target = if in_heading {
                    &mut s.heading
                } else {
                    &mut s.text
                };
                if in_html == 0 {
                    target.push_str(&t);
                }
            }
            Event::Html(h) | Event::InlineHtml(h) => {
                // Raw HTML's text is kept; its tags are not.
                let s = out.last_mut().expect("there is always a section");
                s.text.push_str(&html_text(&h));
                in_html = 0;
            }
            // Blocks end with a space; inline markup (bold, links) does not split words.
            Event::SoftBreak
            | Event::HardBreak
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock,
            ) => {
                let s = out.last_mut().expect("there is always a section");
                let target = if in_heading {
                    &mut s.heading
                } else {
                    &mut s.text
                };
                if !target.ends_with(' ') {
                    target.push(' ');
                }
            }
            _ => {}
        }
    }
    out.retain(|s| !s.heading.trim().is_empty() || !s.text.trim().is_empty());
    for s in &mut out {
        s.heading = s.heading.trim().to_string();
        s.text = s.text.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    out
}

/// The text of an HTML fragment, without its tags, scripts or styles.
fn html_text(html: &str) -> String {
    let clean = super::sanitise::clean(html);
    let mut out = String::with_capacity(clean.len());
    let mut in_tag = false;
    for c in clean.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let decoded = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[derive(Serialize)]
struct LangCx {
    code: String,
    name: String,
    dir: &'static str,
}

#[derive(Serialize)]
struct GuideCx {
    url: String,
    title: String,
    summary: Option<String>,
    lang: String,
    dir: &'static str,
}

#[derive(Serialize)]
struct PageCx {
    assets: String,
    index_url: String,
    languages: Vec<LangCx>,
    guides: Vec<GuideCx>,
}

/// The search page's data for readers of `lang`: where its files are, and every guide A–Z
/// (the page without JavaScript).
pub(crate) fn context(site: &Site, plan: &Plan, lang: &Language) -> minijinja::Value {
    let config = &site.config;
    let base = config.base_path();
    let languages = std::iter::once(&lang.code)
        .chain(lang.fallback.iter())
        .filter_map(|c| config.language(c))
        .map(|l| LangCx {
            code: l.code.clone(),
            name: l.name.clone(),
            dir: l.dir.as_str(),
        })
        .collect();
    let mut guides: Vec<GuideCx> = plan
        .entries
        .iter()
        .filter(|e| e.lang.code == lang.code && !e.key.is_section())
        .map(|e| GuideCx {
            url: e.url.to_string(),
            title: e.source.meta.title.clone(),
            summary: e.source.meta.summary.clone(),
            lang: e.source.lang.clone(),
            dir: config
                .language(&e.source.lang)
                .map_or("ltr", |l| l.dir.as_str()),
        })
        .collect();
    guides.sort_by_key(|g| g.title.to_lowercase());
    let page = permalink(config, &lang.code, &key(), None);
    minijinja::Value::from(minijinja::value::Serde(&PageCx {
        assets: format!("{base}search/"),
        index_url: format!("{page}index.bin"),
        languages,
        guides,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_become_sections_of_plain_text() {
        let s = sections(
            "Intro with a [link](https://x.org/) and `code`.\n\n## The deadline {#d}\n\n> [!WARNING]\n> Apply **soon**.\n\n<p>Raw <b>HTML</b></p>\n\n### Exceptions\n\n- one\n- two\n",
        );
        let got: Vec<(&str, &str)> = s
            .iter()
            .map(|s| (s.heading.as_str(), s.text.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("", "Intro with a link and code."),
                ("The deadline", "Apply soon. Raw HTML"),
                ("Exceptions", "one two")
            ]
        );
    }
}
