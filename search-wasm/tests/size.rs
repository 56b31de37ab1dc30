//! The size budget of a first search: what a reader's phone downloads when they open the
//! search page of their language — engine wasm, its glue, the page script and style, and that
//! language's index — at most 40 KB with brotli, in every language of the shipped site.
//!
//! The wasm is built as site-gen/build.rs builds it (same profile, same wasm-bindgen
//! settings), into this test's own target folder.

mod support;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use search_wasm::engine::build_index;

const BUDGET: usize = 40_000;
const TARGET: &str = "wasm32-unknown-unknown";

fn brotli_len(bytes: &[u8]) -> usize {
    let mut out = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        w.write_all(bytes).expect("writing to a Vec cannot fail");
    }
    out.len()
}

/// Builds the engine's wasm and glue; returns (wasm, glue).
fn engine() -> (Vec<u8>, Vec<u8>) {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("search-size");
    let status = Command::new(env!("CARGO"))
        .current_dir(support::workspace())
        .args([
            "build",
            "--quiet",
            "-p",
            "search-wasm",
            "--lib",
            "--target",
            TARGET,
        ])
        .args(["--profile", "wasm-release", "--target-dir"])
        .arg(&dir)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .status()
        .expect("cargo runs");
    assert!(status.success(), "building search-wasm for {TARGET} failed");
    let wasm = dir
        .join(TARGET)
        .join("wasm-release")
        .join("search_wasm.wasm");
    let pkg = dir.join("pkg");
    let mut b = wasm_bindgen_cli_support::Bindgen::new();
    b.input_path(&wasm)
        .web(true)
        .and_then(|b| {
            b.omit_default_module_path(false)
                .typescript(false)
                .remove_name_section(true)
                .remove_producers_section(true)
                .generate(&pkg)
        })
        .expect("wasm-bindgen runs");
    let read = |p: &Path| std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    (
        read(&pkg.join("search_wasm_bg.wasm")),
        read(&pkg.join("search_wasm.js")),
    )
}

#[test]
fn a_first_search_downloads_at_most_40_kb() {
    let (wasm, glue) = engine();
    let theme = support::workspace().join("theme/static/search");
    let script = std::fs::read(theme.join("app.js")).expect("app.js");
    let style = std::fs::read(theme.join("search.css")).expect("search.css");
    let shared = brotli_len(&wasm) + brotli_len(&glue) + brotli_len(&script) + brotli_len(&style);
    let mut report = format!(
        "shared: wasm {} + glue {} + app.js {} + search.css {} = {shared} bytes (brotli)\n",
        brotli_len(&wasm),
        brotli_len(&glue),
        brotli_len(&script),
        brotli_len(&style)
    );
    let mut over = Vec::new();
    for lang in support::LANGS {
        let index = build_index(lang, &support::documents(lang), &support::synonyms(lang));
        let total = shared + brotli_len(&index);
        report += &format!(
            "{lang:8} index {:6} bytes, brotli {:6}; first search {total}\n",
            index.len(),
            brotli_len(&index)
        );
        if total > BUDGET {
            over.push(lang);
        }
    }
    println!("{report}");
    assert!(over.is_empty(), "over {BUDGET} bytes: {over:?}\n{report}");
}
