//! The shipped site: every required guide and UI string in every required language, legal
//! freshness on every guide, the screener's size budget and its command line.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::sync::OnceLock;

use site_gen::load::LoadOptions;
use tests::{repo_root, snapshot};

const LANGUAGES: &[&str] = &["en", "es", "ar", "zh-Hans", "fr", "ht", "prs"];
const FULL: &[&str] = &["en", "es", "ar", "zh-Hans", "fr", "ht"];

const GUIDES: &[&str] = &[
    "start-here/about.md",
    "legal-help/find-free-help.md",
    "legal-help/notario-fraud.md",
    "asylum/who-can-apply.md",
    "asylum/one-year-deadline.md",
    "asylum/withholding-and-cat.md",
    "asylum/credible-fear.md",
    "family/petitions-for-relatives.md",
    "family/follow-to-join.md",
    "court/notice-to-appear.md",
    "court/detention.md",
    "court/missed-hearings-and-old-orders.md",
    "know-your-rights/officers-at-the-door.md",
    "know-your-rights/registration.md",
    "other-options/other-options.md",
    "safety/safety-and-privacy.md",
];

/// The shipped site, built once for this test binary.
fn built() -> &'static (tempfile::TempDir, BTreeMap<String, Vec<u8>>) {
    static SITE: OnceLock<(tempfile::TempDir, BTreeMap<String, Vec<u8>>)> = OnceLock::new();
    SITE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let report = site_gen::build(&site_gen::BuildOptions {
            load: LoadOptions {
                root: repo_root(),
                base_url: None,
                drafts: false,
            },
            out: out.clone(),
        })
        .unwrap_or_else(|d| panic!("the shipped site must build: {d:#?}"));
        assert!(report.diagnostics.iter().all(|d| !d.is_error()));
        let files = snapshot(&out);
        (dir, files)
    })
}

fn page(path: &str) -> String {
    let files = &built().1;
    String::from_utf8(
        files
            .get(path)
            .unwrap_or_else(|| panic!("{path} was not built"))
            .clone(),
    )
    .unwrap()
}

#[test]
fn every_required_guide_is_translated() {
    for lang in LANGUAGES {
        for key in GUIDES {
            let file = repo_root().join("content").join(lang).join(key);
            assert!(file.exists(), "{lang}: {key} is missing");
            let html = page(&format!(
                "{lang}/{}/index.html",
                key.trim_end_matches(".md")
            ));
            assert!(
                !html.contains("notice-fallback"),
                "{lang}/{key} shows the fallback notice"
            );
            assert!(html.contains(&format!("<html lang=\"{lang}\"")));
        }
    }
}

#[test]
fn every_guide_has_review_date_and_sources() {
    let (site, diags) = site_gen::load::load(&LoadOptions {
        root: repo_root(),
        ..Default::default()
    });
    assert!(diags.iter().all(|d| !d.is_error()), "{diags:#?}");
    let site = site.unwrap();
    let guides: Vec<_> = site.pages.iter().filter(|p| !p.is_section()).collect();
    assert!(guides.len() >= GUIDES.len() * FULL.len());
    for p in guides {
        assert!(
            p.meta.reviewed.is_some(),
            "{} has no `reviewed` date",
            p.file
        );
        assert!(!p.meta.sources.is_empty(), "{} has no `sources`", p.file);
        assert!(
            p.body.contains("not legal advice") || p.lang != "en",
            "{} lacks the not-legal-advice line",
            p.file
        );
    }
    // And the reader sees the date and the sources.
    let html = page("es/asylum/one-year-deadline/index.html");
    assert!(html.contains("<time datetime=\"2026-12-02\" dir=\"ltr\">"));
    assert!(html.contains("id=\"sg-sources\""));
}

fn message_ids(lang: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for entry in std::fs::read_dir(repo_root().join("locales").join(lang))
        .unwrap()
        .flatten()
    {
        if entry.path().extension().is_some_and(|x| x == "ftl") {
            let text = std::fs::read_to_string(entry.path()).unwrap();
            for line in text.lines() {
                if let Some((id, _)) = line.split_once(" =")
                    && id.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                    && id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                {
                    ids.insert(id.to_string());
                }
            }
        }
    }
    ids
}

#[test]
fn every_ui_string_is_translated() {
    let en = message_ids("en");
    assert!(en.len() > 150, "English has {} messages", en.len());
    for lang in LANGUAGES.iter().filter(|l| **l != "en") {
        let theirs = message_ids(lang);
        let missing: Vec<_> = en.difference(&theirs).collect();
        assert!(
            missing.is_empty(),
            "{lang} lacks {} messages: {missing:?}",
            missing.len()
        );
    }
}

#[test]
fn no_page_shows_a_message_id() {
    let ids = message_ids("en");
    for (path, bytes) in &built().1 {
        if !path.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8_lossy(bytes);
        for id in &ids {
            assert!(
                !html.contains(&format!(">{id}<")),
                "{path} shows the message id {id}"
            );
        }
    }
    // The screener's texts are resolved in every language: no id falls through.
    for lang in LANGUAGES {
        let rules: serde_json::Value =
            serde_json::from_slice(&built().1[&format!("screener/rules.{lang}.json")]).unwrap();
        let text = rules["text"].as_object().unwrap();
        for q in rules["definition"]["questions"].as_array().unwrap() {
            let id = format!("screener-question-{}", q["id"].as_str().unwrap());
            assert!(text.contains_key(&id), "{lang}: {id} unresolved");
        }
        assert!(text.contains_key("screener-next") && text.contains_key("screener-result-intro"));
    }
}

#[test]
fn directory_lists_every_area_with_anchors_in_every_language() {
    for lang in LANGUAGES {
        let html = page(&format!("{lang}/directory/index.html"));
        for area in ["removal_defense", "asylum", "family", "general"] {
            assert!(
                html.contains(&format!("<h2 id=\"{area}\">")),
                "{lang} directory lacks {area}"
            );
            assert!(html.contains(&format!("<a href=\"#{area}\">")));
        }
        assert!(
            html.contains("https://www.justice.gov/eoir/list-pro-bono-legal-service-providers")
        );
    }
    // The screener links to those anchors.
    let rules: serde_json::Value =
        serde_json::from_slice(&built().1["screener/rules.es.json"]).unwrap();
    assert_eq!(rules["directory"], "/es/directory/");
}

fn brotli_len(bytes: &[u8]) -> usize {
    let mut out = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        w.write_all(bytes).unwrap();
    }
    out.len()
}

#[test]
fn screener_wasm_and_glue_fit_the_budget() {
    let files = &built().1;
    let wasm = brotli_len(&files["screener/screener_wasm_bg.wasm"]);
    let glue = brotli_len(&files["screener/screener_wasm.js"]);
    eprintln!("screener wasm {wasm} B + glue {glue} B after brotli");
    assert!(
        wasm + glue <= 60 * 1024,
        "wasm {wasm} + glue {glue} bytes after brotli exceed 60 KB"
    );
}

#[test]
fn screener_page_has_a_no_script_version_and_no_inline_script() {
    let html = page("ar/screener/index.html");
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(html.contains("<section id=\"screener-static\""));
    assert!(html.contains("<script type=\"module\" src=\"/screener/app.js\"></script>"));
    assert_eq!(
        html.matches("<script").count(),
        1,
        "only the page script, no inline code"
    );
    let questions = html.matches("<p class=\"q\">").count();
    assert!(
        questions >= 35,
        "the static version lists every question ({questions})"
    );
}

#[test]
fn every_screener_area_links_to_a_part_of_the_directory_that_exists() {
    let html = page("es/directory/index.html");
    let rules: serde_json::Value =
        serde_json::from_slice(&built().1["screener/rules.es.json"]).unwrap();
    let links = rules["directory_links"].as_object().unwrap();
    assert!(!links.is_empty());
    for area in rules["definition"]["areas"].as_array().unwrap() {
        let id = area["id"].as_str().unwrap();
        let link = links[id].as_str().unwrap();
        let anchor = link.split_once('#').unwrap().1;
        assert!(link.starts_with("/es/directory/#"), "{link}");
        assert!(
            html.contains(&format!("<h2 id=\"{anchor}\">")),
            "{id} links to a missing part: {link}"
        );
    }
}

#[test]
fn glossary_pages_define_the_terms_guides_link_on_first_use() {
    for lang in LANGUAGES {
        let glossary = page(&format!("{lang}/glossary/index.html"));
        assert!(
            glossary.contains("<dt id=\"asylum\">"),
            "{lang}: no asylum entry"
        );
        let guide = page(&format!("{lang}/asylum/one-year-deadline/index.html"));
        let link = format!("href=\"/{lang}/glossary/#asylum\"");
        assert_eq!(
            guide.matches(&link).count(),
            1,
            "{lang}: the first use of `asylum` links to the glossary, once"
        );
        // Every linked entry exists on the reader's glossary page.
        for part in guide.split(&format!("href=\"/{lang}/glossary/#")).skip(1) {
            let id = part.split('"').next().unwrap_or_default();
            assert!(
                glossary.contains(&format!("<dt id=\"{id}\">")),
                "{lang}: a guide links to #{id}, which the glossary lacks"
            );
        }
    }
}

/// The shipped site's own folders, copied with another `site.toml` on top of its own.
fn shipped_copy_with(extra_toml: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for part in ["content", "locales"] {
        tests::copy_tree(&repo_root().join(part), &dir.path().join(part));
    }
    let toml = std::fs::read_to_string(repo_root().join("site.toml")).unwrap();
    // Top-level keys must come before the first table.
    let (top, tables) = toml.split_once("[[languages]]").unwrap();
    std::fs::write(
        dir.path().join("site.toml"),
        format!("{top}\n{extra_toml}\n[[languages]]{tables}"),
    )
    .unwrap();
    dir
}

fn build_copy(dir: &std::path::Path) -> Result<site_gen::Report, Vec<site_gen::Diagnostic>> {
    site_gen::build(&site_gen::BuildOptions {
        load: LoadOptions {
            root: dir.to_path_buf(),
            base_url: None,
            drafts: false,
        },
        out: dir.join("public"),
    })
}

#[test]
fn an_organisations_number_comes_first_on_the_screeners_result() {
    let dir = shipped_copy_with(
        "[contact]\nname = \"Test Legal Aid\"\nphone = \"+1 212 000 0100\"\nurl = \"https://legal-aid.test/\"\n",
    );
    build_copy(dir.path()).expect("builds");
    let rules: serde_json::Value = serde_json::from_slice(
        &std::fs::read(dir.path().join("public/screener/rules.en.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        rules["call"]["org"]["href"], "tel:+12120000100",
        "{}",
        rules["call"]
    );
    assert_eq!(rules["call"]["hotline"]["href"], "tel:1-800-898-7180");
    let home = std::fs::read_to_string(dir.path().join("public/en/index.html")).unwrap();
    assert!(home.contains("Test Legal Aid"));
}

#[test]
fn sample_contact_details_are_never_shown_and_fail_check() {
    let dir = shipped_copy_with(
        "[contact]\nname = \"Your organisation's name\"\nphone = \"555-0100\"\nemail = \"help@example.org\"\nurl = \"https://example.org/\"\n",
    );
    let report = build_copy(dir.path()).expect("builds, with warnings");
    let warned: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.message.contains("still holds a sample value"))
        .collect();
    assert_eq!(warned.len(), 4, "{warned:#?}");
    assert!(warned.iter().all(|d| !d.is_error() && d.line > 0));
    for page in [
        "en/index.html",
        "ar/asylum/one-year-deadline/index.html",
        "en/screener/index.html",
    ] {
        let html = std::fs::read_to_string(dir.path().join("public").join(page)).unwrap();
        for sample in [
            "555-0100",
            "help@example.org",
            "\"https://example.org/\"",
            "Your organisation",
        ] {
            assert!(!html.contains(sample), "{page} shows {sample}");
        }
    }
    let rules = std::fs::read_to_string(dir.path().join("public/screener/rules.en.json")).unwrap();
    assert!(!rules.contains("555-0100"));
    let diags = site_gen::check::check(&site_gen::check::CheckOptions {
        load: LoadOptions {
            root: dir.path().to_path_buf(),
            base_url: None,
            drafts: false,
        },
        today: site_gen::model::Date::parse("2026-12-02").unwrap(),
    });
    let errors: Vec<_> = diags
        .iter()
        .filter(|d| d.is_error() && d.message.contains("sample value"))
        .collect();
    assert_eq!(errors.len(), 4, "{diags:#?}");
}
