//! Compiles the browser engines — the screener and search — to WebAssembly and generates
//! their JavaScript glue, so that the `site-gen` binary carries both and a nonprofit needs
//! nothing else. Outputs: `$OUT_DIR/pkg/screener_wasm{.js,_bg.wasm}` and
//! `$OUT_DIR/search-pkg/search_wasm{.js,_bg.wasm}`.
//!
//! Both crates are built by one nested cargo in its own target folder (`<target>/wasm-engines`,
//! shared by every profile), so it never waits on the outer build's lock. The wasm32 target is added with rustup when it is
//! missing: rustup on these machines does not add targets by itself.

use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;

const TARGET: &str = "wasm32-unknown-unknown";

fn main() {
    let manifest =
        PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let workspace = manifest
        .parent()
        .expect("site-gen sits in the workspace")
        .to_path_buf();
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    for p in [
        "screener-wasm/src",
        "screener-wasm/Cargo.toml",
        "search-wasm/src",
        "search-wasm/Cargo.toml",
        "Cargo.toml",
        "Cargo.lock",
    ] {
        println!("cargo:rerun-if-changed={}", workspace.join(p).display());
    }
    ensure_target();
    // One folder for every profile of the outer build (`$OUT_DIR` is
    // `<target>/<profile>/build/site-gen-<hash>/out`): `cargo clippy`, `cargo build` and
    // `cargo test` then share one compiled engine instead of each building it again.
    let target_dir = out
        .ancestors()
        .nth(4)
        .map_or_else(|| out.join("wasm-target"), |t| t.join("wasm-engines"));
    let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .current_dir(&workspace)
        .args([
            "build",
            "--quiet",
            "-p",
            "screener-wasm",
            "-p",
            "search-wasm",
            "--lib",
            "--target",
            TARGET,
        ])
        .args(["--profile", "wasm-release", "--target-dir"])
        .arg(&target_dir)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_BUILD_RUSTFLAGS")
        .env_remove("RUSTC_WORKSPACE_WRAPPER")
        .status()
        .expect("cannot run cargo to build the screener's and search's WebAssembly");
    if !status.success() {
        panic!("building screener-wasm and search-wasm for {TARGET} failed (see the errors above)");
    }
    let wasm_dir = target_dir.join(TARGET).join("wasm-release");
    bindgen(&wasm_dir.join("screener_wasm.wasm"), &out.join("pkg"));
    bindgen(&wasm_dir.join("search_wasm.wasm"), &out.join("search-pkg"));
}

fn bindgen(wasm: &Path, pkg: &Path) {
    let mut b = wasm_bindgen_cli_support::Bindgen::new();
    b.input_path(wasm)
        .web(true)
        .and_then(|b| {
            b.omit_default_module_path(false)
                .typescript(false)
                .remove_name_section(true)
                .remove_producers_section(true)
                .generate(pkg)
        })
        .unwrap_or_else(|e| panic!("wasm-bindgen failed on {}: {e}", wasm.display()));
}

fn ensure_target() {
    let sysroot = Command::new(env::var_os("RUSTC").unwrap_or_else(|| "rustc".into()))
        .args(["--print", "sysroot"])
        .output()
        .ok()
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()));
    let installed = sysroot.is_some_and(|s| s.join("lib/rustlib").join(TARGET).exists());
    if installed {
        return;
    }
    // Only the target is added: a build never changes a global setting of the user's machine
    // (such as rustup's self-update policy).
    println!(
        "cargo:warning=the {TARGET} target is missing; adding it with `rustup target add {TARGET}`"
    );
    let ok = Command::new("rustup")
        .args(["target", "add", TARGET])
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        panic!(
            "the {TARGET} target is missing and `rustup target add {TARGET}` failed; run it by hand"
        );
    }
}
