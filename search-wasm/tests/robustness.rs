//! The index survives its own round trip, rejects foreign bytes without panicking, and no
//! query or document text makes the engine panic.

mod support;

use proptest::prelude::*;
use search_wasm::engine::{Document, Index, Phrase, Section, Synonyms, build_index, index};

fn doc(url: &str, lang: &str, title: &str, body: &str) -> Document {
    Document {
        url: url.into(),
        title: title.into(),
        lang: lang.into(),
        summary: format!("About {title}."),
        sections: vec![Section {
            heading: "Details".into(),
            text: body.into(),
        }],
    }
}

#[test]
fn the_index_reads_back_as_it_was_built() {
    for lang in support::LANGS {
        let built = index(lang, &support::documents(lang), &support::synonyms(lang));
        let read = Index::from_bytes(&built.to_bytes()).expect("reads back");
        assert_eq!(read, built, "{lang}");
        assert_eq!(read.to_bytes(), built.to_bytes(), "{lang}");
    }
}

#[test]
fn foreign_or_damaged_bytes_are_an_error() {
    assert!(Index::from_bytes(b"").is_err());
    assert!(Index::from_bytes(b"<!doctype html><title>404</title>").is_err());
    let bytes = build_index("en", &support::documents("en"), &Synonyms::default());
    for cut in [5, bytes.len() / 3, bytes.len() - 1] {
        assert!(Index::from_bytes(&bytes[..cut]).is_err(), "cut at {cut}");
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(Index::from_bytes(&longer).is_err());
    let mut other_version = bytes.clone();
    other_version[4] = 99;
    let e = Index::from_bytes(&other_version).expect_err("another version");
    assert!(e.0.contains("build the site again"), "{e}");
}

#[test]
fn fallback_pages_are_found_and_labelled_with_their_language() {
    let docs = vec![
        doc(
            "/prs/court/detention/",
            "prs",
            "بازداشت",
            "اگر کسی بازداشت شده است",
        ),
        doc(
            "/prs/asylum/who-can-apply/",
            "en",
            "Who can apply for asylum",
            "Asylum protects people.",
        ),
    ];
    let mut synonyms = Synonyms::default();
    synonyms.groups.push(vec![
        Phrase {
            lang: "en".into(),
            text: "asylum".into(),
        },
        Phrase {
            lang: "prs".into(),
            text: "پناهندگی".into(),
        },
    ]);
    let index = Index::from_bytes(&build_index("prs", &docs, &synonyms)).expect("valid");
    let hits = index.search("پناهندگی", 5);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].url, "/prs/asylum/who-can-apply/");
    assert_eq!(hits[0].lang, "en");
    let hits = index.search("بازداشت", 5);
    assert_eq!((hits[0].lang.as_str(), hits.len()), ("prs", 1));
}

#[test]
fn typos_accents_and_synonym_phrases_are_forgiven() {
    let docs = vec![
        doc(
            "/es/a/",
            "es",
            "Deportación y audiencias",
            "La audiencia en la corte de inmigración.",
        ),
        doc(
            "/es/b/",
            "es",
            "Ayuda legal gratuita",
            "Un abogado puede ayudarle.",
        ),
    ];
    let mut synonyms = Synonyms::default();
    synonyms.groups.push(vec![
        Phrase {
            lang: "es".into(),
            text: "fecha de corte".into(),
        },
        Phrase {
            lang: "es".into(),
            text: "audiencia".into(),
        },
    ]);
    let index = Index::from_bytes(&build_index("es", &docs, &synonyms)).expect("valid");
    for q in [
        "deportacion",
        "DEPORTACIÓN",
        "deportasion",
        "audiensia",
        "fecha de corte",
        "audien",
    ] {
        let hits = index.search(q, 1);
        assert_eq!(hits.first().map(|h| h.url.as_str()), Some("/es/a/"), "{q}");
    }
    assert_eq!(index.search("abogada", 1)[0].url, "/es/b/");
    assert!(index.search("zzzz qqqq", 5).is_empty());
    assert!(index.search("", 5).is_empty());
    assert!(index.search("deportacion", 0).is_empty());
}

#[test]
fn titles_outrank_passing_mentions() {
    let docs = vec![
        doc(
            "/en/a/",
            "en",
            "Family petitions",
            "Detention is mentioned once here.",
        ),
        doc(
            "/en/b/",
            "en",
            "If someone is in detention",
            "How to find a detained person.",
        ),
    ];
    let index = Index::from_bytes(&build_index("en", &docs, &Synonyms::default())).expect("valid");
    let hits = index.search("detention", 5);
    assert_eq!(hits[0].url, "/en/b/");
    assert_eq!(hits.len(), 2);
}

/// The Arabic reader's index of the shipped site (Arabic pages, English words, synonyms).
fn shipped_arabic() -> &'static Index {
    static INDEX: std::sync::OnceLock<Index> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| index("ar", &support::documents("ar"), &support::synonyms("ar")))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn no_query_panics(q in "\\PC{0,40}", limit in 0usize..20) {
        let hits = shipped_arabic().search(&q, limit);
        prop_assert!(hits.len() <= limit);
    }

    #[test]
    fn no_document_panics(
        title in "\\PC{0,30}",
        body in "(\\PC|[-'’\u{200C}\u{0640}\u{064B}ةىیک]){0,200}",
        lang in "(en|es|fr|ht|ar|prs|zh-Hans|xx)",
        q in "\\PC{0,20}",
    ) {
        let docs = vec![doc("/x/", &lang, &title, &body), doc("/y/", "en", "Asylum", "Asylum.")];
        let bytes = build_index(&lang, &docs, &Synonyms::default());
        let index = Index::from_bytes(&bytes).expect("an index written here reads back");
        let _ = index.search(&q, 5);
        let _ = index.search(&title, 5);
    }

    #[test]
    fn no_bytes_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = Index::from_bytes(&bytes);
        let mut real = build_index("en", &[doc("/a/", "en", "A hearing", "Court.")], &Synonyms::default());
        let at = bytes.first().map_or(0, |b| *b as usize % real.len());
        real[at] ^= bytes.get(1).copied().unwrap_or(1) | 1;
        if let Ok(index) = Index::from_bytes(&real) {
            let _ = index.search("hearing court", 5);
        }
    }
}
