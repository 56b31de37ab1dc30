//! The site's search engine ([`engine`]) and its WebAssembly bindings.
//!
//! The bindings only convert between JavaScript values and engine types; every rule lives in
//! the engine, which `site-gen` also runs natively (`site-gen search`), so the command line
//! and the browser rank alike.
//!
//! At build time, for each reader language (with the `load` feature):
//!
//! ```
//! use search_wasm::engine::{Document, Index, Section, Synonyms, build_index};
//!
//! // Every guide a reader of `prs` gets: translated ones, and fallback pages with the
//! // fallback's `lang` (their hits are labelled with it).
//! let docs = vec![Document {
//!     url: "/prs/asylum/who-can-apply/".into(),
//!     title: "Who can apply for asylum".into(),
//!     lang: "en".into(),
//!     summary: "Asylum can protect people who fear serious harm.".into(),
//!     sections: vec![Section { heading: "What asylum is".into(), text: "…".into() }],
//! }];
//! // locales/<lang>/synonyms.toml and glossary.md of the language and of its fallbacks.
//! let mut synonyms = Synonyms::default();
//! synonyms.extend(Synonyms::from_toml("prs", "groups = [[\"وکیل\", \"وکیل مدافع\"]]").unwrap());
//! synonyms.extend(Synonyms::from_glossary("prs", "- **asylum** ← **پناهندگی**: …"));
//! let bytes = build_index("prs", &docs, &synonyms); // → /prs/search/index.bin
//!
//! // `site-gen search --lang prs QUERY`: the same bytes, the same ranking as the browser.
//! let hits = Index::from_bytes(&bytes).unwrap().search("پناهندگی", 10);
//! assert_eq!(hits[0].lang, "en");
//! ```
//!
//! In the browser:
//!
//! ```js
//! const search = new Search(new Uint8Array(await (await fetch("index.bin")).arrayBuffer()));
//! const hits = search.search("court date", 10);   // Hits
//! for (let i = 0; i < hits.len(); i++) hits.url(i), hits.title(i), hits.excerpt(i), hits.lang(i);
//! ```

#![warn(missing_docs)]

pub mod engine;

/// The engine allocates an index once and a little per query, on one thread: a free-list
/// allocator does that in a fraction of dlmalloc's code.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: wasm32-unknown-unknown without atomics runs the module on a single thread.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

#[cfg(target_arch = "wasm32")]
mod bindings {
    use crate::engine::{Hit, Index};
    use wasm_bindgen::prelude::*;

    /// A reader language's index, read once.
    #[wasm_bindgen]
    pub struct Search {
        index: Index,
    }

    #[wasm_bindgen]
    impl Search {
        /// Reads the index bytes written by site-gen.
        #[wasm_bindgen(constructor)]
        pub fn new(bytes: &[u8]) -> Result<Search, JsError> {
            let index = Index::from_bytes(bytes).map_err(|e| JsError::new(e.0))?;
            Ok(Search { index })
        }

        /// The best `limit` results for `query`, best first.
        pub fn search(&self, query: &str, limit: usize) -> Hits {
            Hits(self.index.search(query, limit))
        }
    }

    /// Results, read one field at a time (no JSON encoder in the wasm).
    #[wasm_bindgen]
    pub struct Hits(Vec<Hit>);

    #[wasm_bindgen]
    impl Hits {
        /// How many results there are.
        pub fn len(&self) -> usize {
            self.0.len()
        }
        /// The address of result `i` (base path included); `undefined` past the end.
        pub fn url(&self, i: usize) -> Option<String> {
            self.0.get(i).map(|h| h.url.clone())
        }
        /// The page title of result `i`.
        pub fn title(&self, i: usize) -> Option<String> {
            self.0.get(i).map(|h| h.title.clone())
        }
        /// The summary or heading shown under result `i`'s title.
        pub fn excerpt(&self, i: usize) -> Option<String> {
            self.0.get(i).map(|h| h.excerpt.clone())
        }
        /// The language of the page's text: not the reader's on a fallback page.
        pub fn lang(&self, i: usize) -> Option<String> {
            self.0.get(i).map(|h| h.lang.clone())
        }
    }
}
