mod support;
use search_wasm::engine::build_index;
use std::io::Write;

fn brotli_len(bytes: &[u8]) -> usize {
    let mut out = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        w.write_all(bytes).unwrap();
    }
    out.len()
}

#[test]
fn print_sizes() {
    for lang in support::LANGS {
        let docs = support::documents(lang);
        let bytes = build_index(lang, &docs, &support::synonyms(lang));
        let idx = search_wasm::engine::Index::from_bytes(&bytes).unwrap();
        let np: usize = idx.postings.iter().map(|p| p.len()).sum();
        println!("{lang}: docs {} terms {} postings {} bytes {} brotli {}", docs.len(), idx.terms.len(), np, bytes.len(), brotli_len(&bytes));
    }
}

