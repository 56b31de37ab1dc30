//! Ranking against the shipped guides: every query of `queries.toml`, per reader language,
//! through the same index bytes the browser gets. Prints the hit rates (top 1, top 3) and the
//! time per query; fails below 75% in the top 3 in any language or 85% overall.

mod support;

use std::collections::BTreeMap;
use std::time::Instant;

use search_wasm::engine::{Index, build_index};

#[derive(serde::Deserialize)]
struct Queries {
    query: Vec<Query>,
}

#[derive(serde::Deserialize)]
struct Query {
    lang: String,
    q: String,
    expect: Vec<String>,
}

fn queries() -> Vec<Query> {
    let src = include_str!("queries.toml");
    let q: Queries = toml::from_str(src).expect("queries.toml is valid");
    q.query
}

#[test]
fn the_right_guide_is_in_the_top_three() {
    let queries = queries();
    let mut by_lang: BTreeMap<&str, Vec<&Query>> = BTreeMap::new();
    for q in &queries {
        by_lang.entry(q.lang.as_str()).or_default().push(q);
    }
    let (mut top1_all, mut top3_all, mut n_all) = (0, 0, 0);
    let mut failures = Vec::new();
    let mut report = String::new();
    let mut elapsed = 0f64;
    for lang in support::LANGS {
        let qs = by_lang.get(lang).map(Vec::as_slice).unwrap_or_default();
        assert!(
            qs.len() >= 20,
            "{lang}: {} queries, want at least 20",
            qs.len()
        );
        let bytes = build_index(lang, &support::documents(lang), &support::synonyms(lang));
        let index = Index::from_bytes(&bytes).expect("the index reads back");
        let (mut top1, mut top3) = (0, 0);
        for q in qs {
            let start = Instant::now();
            let hits = index.search(&q.q, 3);
            elapsed += start.elapsed().as_secs_f64();
            let urls: Vec<String> = q.expect.iter().map(|p| format!("/{lang}/{p}/")).collect();
            let rank = hits.iter().position(|h| urls.contains(&h.url));
            top1 += usize::from(rank == Some(0));
            top3 += usize::from(rank.is_some());
            if rank.is_none() {
                let got: Vec<&str> = hits.iter().map(|h| h.url.as_str()).collect();
                failures.push(format!(
                    "{lang} {:?}: want {:?}, got {got:?}",
                    q.q, q.expect
                ));
            }
        }
        report += &format!(
            "{lang:8} {:2} queries  top 1 {:5.1}%  top 3 {:5.1}%\n",
            qs.len(),
            100.0 * top1 as f64 / qs.len() as f64,
            100.0 * top3 as f64 / qs.len() as f64
        );
        assert!(
            top3 * 4 >= qs.len() * 3,
            "{lang}: {top3}/{} in the top 3\n{report}{}",
            qs.len(),
            failures.join("\n")
        );
        top1_all += top1;
        top3_all += top3;
        n_all += qs.len();
    }
    report += &format!(
        "all      {n_all} queries  top 1 {:5.1}%  top 3 {:5.1}%  {:.2} ms a query\n",
        100.0 * top1_all as f64 / n_all as f64,
        100.0 * top3_all as f64 / n_all as f64,
        1000.0 * elapsed / n_all as f64
    );
    println!("{report}{}", failures.join("\n"));
    assert!(
        top3_all * 100 >= n_all * 85,
        "{top3_all}/{n_all} in the top 3\n{report}"
    );
}
