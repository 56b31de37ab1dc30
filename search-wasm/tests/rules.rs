//! The ranking rules, each on a few made-up pages where it decides the order: common words,
//! synonym phrases whose words stand side by side, titles that spell the question, and the
//! forms of a word kept as endings of its term.

use search_wasm::engine::{Document, Index, Phrase, Section, Synonyms, build_index};

fn doc(url: &str, title: &str, sections: &[(&str, &str)]) -> Document {
    Document {
        url: url.into(),
        title: title.into(),
        lang: "en".into(),
        summary: String::new(),
        sections: sections
            .iter()
            .map(|(h, t)| Section {
                heading: (*h).into(),
                text: (*t).into(),
            })
            .collect(),
    }
}

fn phrases(lang: &str, words: &[&str]) -> Vec<Phrase> {
    words
        .iter()
        .map(|w| Phrase {
            lang: lang.into(),
            text: (*w).into(),
        })
        .collect()
}

fn urls(index: &Index, q: &str) -> Vec<String> {
    index.search(q, 5).into_iter().map(|h| h.url).collect()
}

/// A page that quotes what to say ("I want a lawyer. My name is…") has "my" and "I", which
/// the guides' other pages never use; a reader's "my" must not send them there.
fn quoting_and_topic_pages() -> Vec<Document> {
    vec![
        doc(
            "/en/door/",
            "If officers come to your door",
            &[(
                "What to say",
                "Say: I do not consent. My lawyer will call. I want to remain silent. My \
                 papers are with my lawyer. Ask if they have a warrant for a hearing.",
            )],
        ),
        doc(
            "/en/hearing/",
            "Your hearing date",
            &[(
                "Check your hearing date",
                "Call the court to check the date of your hearing.",
            )],
        ),
        doc("/en/other/", "Other options", &[("", "Visas for victims.")]),
    ]
}

#[test]
fn common_words_do_not_decide() {
    let docs = quoting_and_topic_pages();
    let mut synonyms = Synonyms::default();
    let plain = Index::from_bytes(&build_index("en", &docs, &synonyms)).expect("valid");
    // Without the list, "my" is the rarest word of the query, and the quoting page wins.
    assert_eq!(urls(&plain, "my hearing")[0], "/en/door/");
    synonyms.common = phrases("en", &["my", "I", "how", "do"]);
    let index = Index::from_bytes(&build_index("en", &docs, &synonyms)).expect("valid");
    assert_eq!(urls(&index, "my hearing")[0], "/en/hearing/");
    assert_eq!(urls(&index, "How do I check MY hearing")[0], "/en/hearing/");
    // A query of common words alone still finds the pages that have them.
    assert_eq!(urls(&index, "my"), ["/en/door/"]);
}

#[test]
fn a_synonym_phrase_counts_where_its_words_stand_together() {
    let docs = vec![
        doc(
            "/en/apart/",
            "Court fees and their due date",
            &[(
                "",
                "The court sets a fee. Pay it before the date on the letter.",
            )],
        ),
        doc(
            "/en/together/",
            "Your case file",
            &[("", "Write down your court date. Bring the letter.")],
        ),
        doc(
            "/en/hearing/",
            "Hearings",
            &[("", "At a hearing, a judge listens.")],
        ),
    ];
    let mut synonyms = Synonyms::default();
    synonyms
        .groups
        .push(phrases("en", &["court date", "hearing"]));
    let index = Index::from_bytes(&build_index("en", &docs, &synonyms)).expect("valid");
    // "hearing" finds the page that says "court date", not the one with the words apart.
    assert_eq!(urls(&index, "hearing"), ["/en/hearing/", "/en/together/"]);
    // "court date" finds the page about hearings too; the phrase counts where its words
    // stand together, above a title with both words apart.
    let got = urls(&index, "court date");
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got.contains(&"/en/hearing/".to_string()), "{got:?}");
    let at = |u: &str| got.iter().position(|g| g == u);
    assert!(at("/en/together/") < at("/en/apart/"), "{got:?}");
}

#[test]
fn a_title_that_spells_the_question_comes_first() {
    let mut deadline = doc(
        "/en/deadline/",
        "Asylum: the deadline to apply",
        &[(
            "Apply in time",
            "Apply for asylum within a year. Apply soon: asylum forms, asylum fees.",
        )],
    );
    deadline.summary = "Apply for asylum within a year of arriving.".into();
    let docs = vec![
        deadline,
        doc(
            "/en/who/",
            "Who can apply for asylum",
            &[("", "Protection for people who fear harm at home.")],
        ),
        doc(
            "/en/court/",
            "Court",
            &[("", "Who can come with you to court.")],
        ),
        doc(
            "/en/help/",
            "Free help",
            &[("", "Lawyers for people who can not pay.")],
        ),
    ];
    let synonyms = Synonyms {
        common: phrases("en", &["who", "can", "for"]),
        ..Synonyms::default()
    };
    let index = Index::from_bytes(&build_index("en", &docs, &synonyms)).expect("valid");
    assert_eq!(urls(&index, "apply asylum")[0], "/en/deadline/");
    assert_eq!(urls(&index, "who can apply for asylum")[0], "/en/who/");
}

#[test]
fn the_forms_of_a_word_are_found_as_endings_of_its_term() {
    let docs = vec![
        Document {
            url: "/es/a/".into(),
            title: "Deportaciones".into(),
            lang: "es".into(),
            summary: "Órdenes de deportación.".into(),
            sections: Vec::new(),
        },
        Document {
            url: "/es/b/".into(),
            title: "Ayuda".into(),
            lang: "es".into(),
            summary: "Abogados.".into(),
            sections: Vec::new(),
        },
    ];
    let index = Index::from_bytes(&build_index("es", &docs, &Synonyms::default())).expect("valid");
    let stem = index.term_id("deport").expect("the stem is a term");
    assert!(index.endings[stem].contains(&"aciones".to_string()));
    assert!(index.aliases.iter().all(|(a, _)| !a.starts_with("deport")));
    for q in ["deportaciones", "deportacion", "Deportación"] {
        assert_eq!(
            index.lookup(&q.to_lowercase().replace('ó', "o")),
            [stem],
            "{q}"
        );
        assert_eq!(urls(&index, q), ["/es/a/"], "{q}");
    }
}

#[test]
fn a_page_about_one_subject_beats_one_that_mentions_both_in_passing() {
    let docs = vec![
        doc(
            "/en/family/",
            "Petitions for relatives",
            &[(
                "Who can petition",
                "A citizen can petition for a husband, a wife or a child. Talk to a lawyer \
                 first if you were ever arrested.",
            )],
        ),
        doc(
            "/en/detention/",
            "If someone is detained",
            &[(
                "Find a detained person",
                "Use the locator to find a detained person. People who are detained have \
                 rights.",
            )],
        ),
        doc(
            "/en/help/",
            "Free legal help",
            &[("", "Lawyers who do not charge.")],
        ),
        doc("/en/court/", "Court", &[("", "Go to every hearing.")]),
    ];
    let synonyms = Synonyms {
        groups: vec![phrases("en", &["detained", "arrested"])],
        common: phrases("en", &["my", "was"]),
    };
    let index = Index::from_bytes(&build_index("en", &docs, &synonyms)).expect("valid");
    assert_eq!(urls(&index, "my husband was detained")[0], "/en/detention/");
    assert_eq!(urls(&index, "petition for my husband")[0], "/en/family/");
}
