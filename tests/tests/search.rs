//! Search on the shipped site as built: every query of the search engine's query set
//! (`search-wasm/tests/queries.toml`) through `site-gen search`'s code, which builds each
//! language's index exactly as `build` writes it for the browser. The engine's own test runs
//! the same set on documents it reads itself; this one proves the wiring loses nothing.

use std::collections::BTreeMap;

use site_gen::load::LoadOptions;
use site_gen::search::Searcher;
use tests::repo_root;

#[derive(serde::Deserialize)]
struct Set {
    query: Vec<Query>,
}

#[derive(serde::Deserialize)]
struct Query {
    lang: String,
    q: String,
    expect: Vec<String>,
}

#[test]
fn the_right_guide_is_in_the_top_three_on_the_built_site() {
    let text = std::fs::read_to_string(repo_root().join("search-wasm/tests/queries.toml")).unwrap();
    let set: Set = toml::from_str(&text).unwrap();
    let searcher = Searcher::new(&LoadOptions {
        root: repo_root(),
        base_url: Some("/".into()),
        drafts: false,
    })
    .expect("the shipped site loads");
    let mut per_lang: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut misses = Vec::new();
    for q in &set.query {
        let hits = searcher.search(&q.lang, &q.q, 3).unwrap();
        let good = hits.iter().any(|h| {
            q.expect
                .iter()
                .any(|e| h.url == format!("/{}/{e}/", q.lang))
        });
        let e = per_lang.entry(&q.lang).or_default();
        e.1 += 1;
        if good {
            e.0 += 1;
        } else {
            misses.push(format!(
                "{}: {:?} → {:?}",
                q.lang,
                q.q,
                hits.iter().map(|h| &h.url).collect::<Vec<_>>()
            ));
        }
    }
    let (hit, all) = per_lang
        .values()
        .fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    println!(
        "top 3: {hit}/{all}; per language: {per_lang:?}\nmisses:\n{}",
        misses.join("\n")
    );
    assert!(
        hit * 100 >= all * 85,
        "{hit}/{all} in the top 3: {misses:#?}"
    );
    for (lang, (h, n)) in &per_lang {
        assert!(
            h * 100 >= n * 75,
            "{lang}: {h}/{n} in the top 3: {misses:#?}"
        );
    }
}

#[test]
fn a_fallback_page_is_found_and_says_its_language() {
    // A copy of the site where Dari lacks one guide: Dari readers find the English page.
    let dir = tempfile::tempdir().unwrap();
    for part in ["content", "locales"] {
        tests::copy_tree(&repo_root().join(part), &dir.path().join(part));
    }
    std::fs::copy(repo_root().join("site.toml"), dir.path().join("site.toml")).unwrap();
    std::fs::remove_file(dir.path().join("content/prs/asylum/one-year-deadline.md")).unwrap();
    let searcher = Searcher::new(&LoadOptions {
        root: dir.path().to_path_buf(),
        base_url: Some("/".into()),
        drafts: false,
    })
    .unwrap();
    let hits = searcher
        .search("prs", "one year deadline asylum", 5)
        .unwrap();
    assert!(
        hits.iter()
            .any(|h| h.url == "/prs/asylum/one-year-deadline/"),
        "{hits:#?}"
    );
}
