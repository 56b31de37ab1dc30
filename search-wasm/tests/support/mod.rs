//! The shipped site's guides as search documents, read straight from `content/<lang>/` (front
//! matter and Markdown), the way site-gen will hand them over: for each reader language, every
//! guide of the default language, in the reader's language where translated, else the English
//! page with `lang = "en"`. Section and home pages (`_index.md`) are not search results.

#![allow(dead_code)] // each test file uses part of it

use std::fs;
use std::path::{Path, PathBuf};

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use search_wasm::engine::{Document, Section, Synonyms};

/// The reader languages of the shipped site, in `site.toml` order.
pub const LANGS: [&str; 7] = ["en", "es", "ar", "zh-Hans", "fr", "ht", "prs"];

pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("search-wasm sits in the workspace")
        .to_path_buf()
}

/// Guide paths under `content/en/`, without `.md` ("court/notice-to-appear"), sorted.
pub fn guide_paths() -> Vec<String> {
    let root = workspace().join("content/en");
    let mut out = Vec::new();
    for section in fs::read_dir(&root).expect("content/en exists") {
        let section = section.expect("readable content/en").path();
        if !section.is_dir() {
            continue;
        }
        for page in fs::read_dir(&section).expect("readable section") {
            let page = page.expect("readable section").path();
            let name = page.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name.ends_with(".md") && name != "_index.md" {
                let rel = page.strip_prefix(&root).expect("under content/en");
                out.push(
                    rel.to_string_lossy()
                        .trim_end_matches(".md")
                        .replace('\\', "/"),
                );
            }
        }
    }
    out.sort();
    out
}

/// The documents a reader of `lang` searches.
pub fn documents(lang: &str) -> Vec<Document> {
    guide_paths()
        .iter()
        .map(|path| {
            let own = workspace().join(format!("content/{lang}/{path}.md"));
            let (text_lang, file) = if own.exists() {
                (lang, own)
            } else {
                ("en", workspace().join(format!("content/en/{path}.md")))
            };
            let src = fs::read_to_string(&file).expect("readable guide");
            document(&format!("/{lang}/{path}/"), text_lang, &src)
        })
        .collect()
}

#[derive(serde::Deserialize)]
struct FrontMatter {
    title: String,
    #[serde(default)]
    summary: String,
}

/// One guide: YAML front matter, then Markdown split into sections at its headings.
pub fn document(url: &str, lang: &str, src: &str) -> Document {
    let rest = src.strip_prefix("---\n").expect("front matter");
    let (front, body) = rest.split_once("\n---\n").expect("closed front matter");
    let fm: FrontMatter = serde_yaml_ng::from_str(front).expect("valid front matter");
    Document {
        url: url.to_string(),
        title: fm.title,
        lang: lang.to_string(),
        summary: fm.summary,
        sections: sections(body),
    }
}

/// Plain text per heading. Link targets, `{#id}` attributes and `[!NOTE]` markers are not text.
pub fn sections(markdown: &str) -> Vec<Section> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_GFM
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH;
    let mut out = vec![Section::default()];
    let mut in_heading = false;
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(Tag::Heading { level, .. }) if level as u8 >= 2 => {
                out.push(Section::default());
                in_heading = true;
            }
            Event::End(TagEnd::Heading(_)) => in_heading = false,
            Event::Text(t) | Event::Code(t) => {
                let current = out.last_mut().expect("starts with one section");
                let target = if in_heading {
                    &mut current.heading
                } else {
                    &mut current.text
                };
                target.push_str(&t);
            }
            Event::SoftBreak | Event::HardBreak | Event::End(_) => {
                let current = out.last_mut().expect("starts with one section");
                if !in_heading && !current.text.ends_with(' ') {
                    current.text.push(' ');
                }
            }
            _ => {}
        }
    }
    for s in &mut out {
        s.text = s.text.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    out.retain(|s| !s.heading.is_empty() || !s.text.is_empty());
    out
}

/// The synonyms of a reader language: its `synonyms.toml`, its glossary's term pairs, and
/// those of its fallback (English) when it has fallback pages.
pub fn synonyms(lang: &str) -> Synonyms {
    let mut all = Synonyms::default();
    let mut langs = vec![lang];
    if lang != "en" {
        langs.push("en");
    }
    for l in langs {
        let dir = workspace().join("locales").join(l);
        if let Ok(src) = fs::read_to_string(dir.join("synonyms.toml")) {
            let s = Synonyms::from_toml(l, &src).unwrap_or_else(|e| panic!("{l}: {e:?}"));
            all.extend(s);
        }
        if let Ok(src) = fs::read_to_string(dir.join("glossary.md")) {
            all.extend(Synonyms::from_glossary(l, &src));
        }
    }
    all
}
