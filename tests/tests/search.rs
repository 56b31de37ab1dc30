//! Search on the shipped site as built: every query of the search engine's query set
//! (`search-wasm/tests/queries.toml`) through `site-gen search`'s code, which builds each
//! language's index exactly as `build` writes it for the browser. The engine's own test runs
//! the same set on documents it reads itself; this one proves the wiring loses nothing.

use std::collections::BTreeMap;
use std::time::Instant;

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
    /// 1: the engine author's set; 2: written later, before looking at its results.
    #[serde(default = "first_round")]
    round: u8,
}

fn first_round() -> u8 {
    1
}

/// Queries, found at rank 1, found in the top 3.
#[derive(Clone, Copy, Default, Debug)]
struct Tally {
    n: usize,
    top1: usize,
    top3: usize,
}

impl Tally {
    fn add(&mut self, rank: Option<usize>) {
        self.n += 1;
        self.top1 += usize::from(rank == Some(0));
        self.top3 += usize::from(rank.is_some());
    }

    fn cell(&self) -> String {
        format!(
            "{:>2}/{:<2} {:>2}/{:<2}",
            self.top1, self.n, self.top3, self.n
        )
    }
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
    // Per language: round 1, round 2, both.
    let mut per_lang: BTreeMap<&str, [Tally; 3]> = BTreeMap::new();
    let mut misses = Vec::new();
    let start = Instant::now();
    for q in &set.query {
        let hits = searcher.search(&q.lang, &q.q, 3).unwrap();
        let rank = hits.iter().position(|h| {
            q.expect
                .iter()
                .any(|e| h.url == format!("/{}/{e}/", q.lang))
        });
        let t = per_lang.entry(&q.lang).or_default();
        t[usize::from(q.round >= 2)].add(rank);
        t[2].add(rank);
        if rank.is_none() {
            misses.push(format!(
                "{} (round {}): {:?} → {:?}",
                q.lang,
                q.round,
                q.q,
                hits.iter().map(|h| &h.url).collect::<Vec<_>>()
            ));
        }
    }
    let per_query = start.elapsed().as_secs_f64() * 1000.0 / set.query.len() as f64;
    let mut all = [Tally::default(); 3];
    let mut table =
        String::from("language  round 1: top1  top3  round 2: top1  top3  all: top1  top3\n");
    for (lang, t) in &per_lang {
        table += &format!(
            "{lang:8}  {}  {}  {}\n",
            t[0].cell(),
            t[1].cell(),
            t[2].cell()
        );
        for i in 0..3 {
            all[i].n += t[i].n;
            all[i].top1 += t[i].top1;
            all[i].top3 += t[i].top3;
        }
    }
    table += &format!(
        "all       {}  {}  {}\n",
        all[0].cell(),
        all[1].cell(),
        all[2].cell()
    );
    println!(
        "{table}{per_query:.2} ms a query (native, debug build)\nmisses:\n{}",
        misses.join("\n")
    );
    let both = all[2];
    assert!(
        both.top3 * 100 >= both.n * 85,
        "{}/{} in the top 3\n{table}{misses:#?}",
        both.top3,
        both.n
    );
    for (lang, t) in &per_lang {
        assert!(
            t[2].top3 * 100 >= t[2].n * 75,
            "{lang}: {}/{} in the top 3\n{table}{misses:#?}",
            t[2].top3,
            t[2].n
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

/// What the search page of each language fetches for a first search, as `build` writes it:
/// the engine (wasm and glue), the page's script and style, and that language's index.
#[test]
fn a_first_search_downloads_at_most_40_kb_on_the_built_site() {
    use std::io::Write;
    let brotli = |bytes: &[u8]| {
        let mut out = Vec::new();
        {
            let mut w = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
            w.write_all(bytes).expect("writing to a Vec cannot fail");
        }
        out.len()
    };
    let site = tests::browser::shipped_site();
    let read = |rel: &str| {
        std::fs::read(site.join(rel)).unwrap_or_else(|e| panic!("{rel} in the built site: {e}"))
    };
    let shared: usize = [
        "search/search_wasm_bg.wasm",
        "search/search_wasm.js",
        "search/app.js",
        "search/search.css",
    ]
    .iter()
    .map(|f| brotli(&read(f)))
    .sum();
    let mut report = format!("shared files: {shared} bytes (brotli)\n");
    let mut over = Vec::new();
    for lang in ["en", "es", "ar", "zh-Hans", "fr", "ht", "prs"] {
        let index = brotli(&read(&format!("{lang}/search/index.bin")));
        report += &format!(
            "{lang:8} index {index:6}, first search {}\n",
            shared + index
        );
        if shared + index > 40_000 {
            over.push(lang);
        }
    }
    println!("{report}");
    assert!(over.is_empty(), "over 40,000 bytes: {over:?}\n{report}");
}
