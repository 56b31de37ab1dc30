//! `cargo xtask`: the project's own tasks (the alias is in `.cargo/config.toml`).
//!
//! - `cargo xtask test [ARGS…]` makes sure this machine has what the tests need, saying what it
//!   does: the `wasm32-unknown-unknown` target (the screener is compiled to WebAssembly),
//!   Debian's Chromium and chromedriver (the real-browser tests), the pinned axe-core
//!   (`npm ci --prefix tests`). Then it runs `cargo test --workspace ARGS…`. With `CI=true`
//!   the browser tests never skip and every test binary runs (`--no-fail-fast`).
//! - `cargo xtask lint` installs the same, then runs `cargo fmt --check` and `cargo clippy`.
//!
//! `.ci/run` runs `cargo xtask lint`, then the README's test command, `cargo xtask test`,
//! with `CI=true`.
//!
//! It installs only what the tests need and changes no global setting (rustup's included).
//! System packages need root: without it, the exact command is printed and nothing is run.
//! Looking is kept apart from doing: [`plan`] turns what was found into steps, so every case
//! is tested without a machine that lacks anything.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

const WASM: &str = "wasm32-unknown-unknown";
/// Where the browser tests look for the browser and its driver (`tests/src/browser.rs`).
const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

const USAGE: &str = "\
usage: cargo xtask <task> [ARGS…]

tasks:
  test [ARGS…]  install what the tests need (wasm target, Chromium and chromedriver,
                axe-core), then run `cargo test --workspace ARGS…`
  lint          install the same, then `cargo fmt --check` and `cargo clippy -D warnings`

With CI=true (as `.ci/run` sets it) no browser test skips and every test binary runs.
SKIP_BROWSER_TESTS=1 leaves Chromium and axe-core alone (the browser tests then skip,
except with CI=true). XTASK_CHROMIUM and XTASK_CHROMEDRIVER name other paths to check.
";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let task = args.next();
    let rest: Vec<String> = args.collect();
    let started = Instant::now();
    let result = match task.as_deref() {
        Some("test") => setup().and_then(|()| cargo_test(&rest)),
        Some("lint") if rest.is_empty() => lint(),
        Some("lint") => Err(format!("`lint` takes no arguments\n\n{USAGE}")),
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        None => Err(format!("which task?\n\n{USAGE}")),
        Some(other) => Err(format!("unknown task `{other}`\n\n{USAGE}")),
    };
    let took = started.elapsed().as_secs();
    match result {
        Ok(()) => {
            eprintln!("xtask: done in {}:{:02}", took / 60, took % 60);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `CI=true` (or `1`) in the environment: a CI machine, where nothing may be skipped.
fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// Formatting and lints, after installing what the build needs (clippy builds the screener's
/// WebAssembly, so the wasm target must be there).
fn lint() -> Result<(), String> {
    setup()?;
    section("formatting");
    run(cargo().args(["fmt", "--all", "--", "--check"]))?;
    section("lints");
    run(cargo().args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))
}

/// Runs the tests: `cargo test --workspace ARGS…` (without `--workspace` when ARGS name a
/// package).
fn cargo_test(args: &[String]) -> Result<(), String> {
    section("tests");
    let mut cmd = cargo();
    cmd.arg("test");
    let ours = args.split(|a| a == "--").next().unwrap_or_default();
    let picks = ours
        .iter()
        .any(|a| a.starts_with("-p") || a.starts_with("--package") || a == "--workspace");
    if !picks {
        cmd.arg("--workspace");
    }
    if in_ci() {
        // Every failing test binary reported in one run, not only the first.
        cmd.arg("--no-fail-fast");
    }
    cmd.args(args);
    run(&mut cmd)
}

/// Looks at the machine, installs what is missing, and looks again.
fn setup() -> Result<(), String> {
    section("what the tests need");
    let found = look();
    found.report();
    let steps = plan(&found);
    let stops: Vec<&String> = steps
        .iter()
        .filter_map(|s| match s {
            Step::Stop(why) => Some(why),
            Step::Run { .. } => None,
        })
        .collect();
    if !stops.is_empty() {
        let all: Vec<&str> = stops.iter().map(|s| s.as_str()).collect();
        return Err(format!("cannot run the tests yet:\n\n{}", all.join("\n\n")));
    }
    if steps.is_empty() {
        return Ok(());
    }
    for step in &steps {
        if let Step::Run { args, why, env } = step {
            eprintln!("xtask: {why}");
            let mut cmd = Command::new(&args[0]);
            cmd.args(&args[1..]).current_dir(root());
            for (k, v) in env {
                cmd.env(k, v);
            }
            run(&mut cmd)?;
        }
    }
    let after = look();
    let left = plan(&after);
    if !left.is_empty() {
        after.report();
        return Err(format!(
            "still missing after installing: {}",
            after.missing().join(", ")
        ));
    }
    Ok(())
}

/// What the tests need, as found on this machine.
#[derive(Debug, Clone)]
struct Found {
    /// The toolchain in use has the wasm32 target.
    wasm: bool,
    rustup: bool,
    /// The browser tests skip here (`SKIP_BROWSER_TESTS=1` without `CI`): leave them alone.
    skip_browser: bool,
    chromium: Tool,
    chromedriver: Tool,
    /// Running as root (system packages can be installed).
    root: bool,
    apt: bool,
    npm: bool,
    /// axe-core's version in `tests/node_modules`, and the one pinned in the lock file.
    axe: Option<String>,
    axe_pinned: Option<String>,
}

/// A program the tests run: where it is looked for, and its version when it is there.
#[derive(Debug, Clone)]
struct Tool {
    path: PathBuf,
    version: Option<String>,
}

impl Tool {
    fn look(path: PathBuf) -> Tool {
        let version = path
            .is_file()
            .then(|| output(Command::new(&path).arg("--version")))
            .flatten()
            .map(|v| v.trim().to_string());
        Tool { path, version }
    }

    /// The major version (`Chromium 131.0.6778.85 built on Debian…` → 131).
    fn major(&self) -> Option<u32> {
        let v = self.version.as_deref()?;
        v.split_whitespace()
            .find_map(|w| w.split('.').next()?.parse().ok())
    }
}

/// One thing to do before the tests can run.
#[derive(Debug, PartialEq)]
enum Step {
    /// A command, run with its reason shown.
    Run {
        args: Vec<String>,
        why: String,
        env: Vec<(String, String)>,
    },
    /// Something only the user can do, in words (with the exact command when there is one).
    Stop(String),
}

fn cmd(args: &[&str], why: &str) -> Step {
    Step::Run {
        args: args.iter().map(|a| a.to_string()).collect(),
        why: why.to_string(),
        env: Vec::new(),
    }
}

const APT_INSTALL: &str = "apt-get install -y chromium chromium-driver";

/// What to do, given what was found.
fn plan(f: &Found) -> Vec<Step> {
    let mut steps = Vec::new();
    if !f.wasm {
        if f.rustup {
            steps.push(cmd(
                &["rustup", "target", "add", WASM],
                &format!("adding the {WASM} target (the screener is compiled to WebAssembly)"),
            ));
        } else {
            steps.push(Step::Stop(format!(
                "The {WASM} target is missing and rustup is not installed: add the target to your Rust toolchain."
            )));
        }
    }
    if f.skip_browser {
        return steps;
    }
    let missing = f.missing_browser();
    let mismatch = match (f.chromium.major(), f.chromedriver.major()) {
        (Some(a), Some(b)) => a != b,
        _ => false,
    };
    let skip_hint =
        "Or skip the real-browser tests on this machine: SKIP_BROWSER_TESTS=1 cargo xtask test";
    if !missing.is_empty() || mismatch {
        let what = if mismatch {
            format!(
                "Chromium ({}) and chromedriver ({}) differ",
                f.chromium.version.as_deref().unwrap_or_default(),
                f.chromedriver.version.as_deref().unwrap_or_default()
            )
        } else {
            format!("missing {}", missing.join(" and "))
        };
        if !f.apt {
            steps.push(Step::Stop(format!(
                "The real-browser tests need Chromium and chromedriver of the same version at {CHROMIUM} and {CHROMEDRIVER}: {what}. This is not a Debian system (no apt-get): install them with your system's packages.\n{skip_hint}"
            )));
        } else if !f.root {
            steps.push(Step::Stop(format!(
                "The real-browser tests need Debian's Chromium and chromedriver: {what}. Installing them needs root; run this, then `cargo xtask test` again:\n\n    sudo apt-get update && sudo {APT_INSTALL}\n\n{skip_hint}"
            )));
        } else {
            steps.push(cmd(
                &["apt-get", "update"],
                &format!("{what}: installing Debian's chromium and chromium-driver"),
            ));
            steps.push(Step::Run {
                args: APT_INSTALL.split(' ').map(String::from).collect(),
                why: "installing chromium and chromium-driver".to_string(),
                env: vec![("DEBIAN_FRONTEND".into(), "noninteractive".into())],
            });
        }
    }
    let current = matches!((&f.axe, &f.axe_pinned), (Some(a), Some(p)) if a == p);
    if !current {
        if f.npm {
            let why = match (&f.axe, &f.axe_pinned) {
                (Some(a), Some(p)) => format!("axe-core {a} is installed, {p} is pinned"),
                _ => "axe-core is not installed".to_string(),
            };
            steps.push(cmd(
                &["npm", "ci", "--prefix", "tests", "--no-audit", "--no-fund"],
                &format!("{why}: installing the pinned version (tests/package-lock.json)"),
            ));
        } else {
            steps.push(Step::Stop(format!(
                "The real-browser tests need the pinned axe-core, installed with npm, which is missing: install Node.js 20 with npm (Debian: apt-get install -y nodejs npm), then run `cargo xtask test` again.\n{skip_hint}"
            )));
        }
    }
    steps
}

impl Found {
    fn missing_browser(&self) -> Vec<String> {
        [&self.chromium, &self.chromedriver]
            .into_iter()
            .filter(|t| t.version.is_none())
            .map(|t| t.path.display().to_string())
            .collect()
    }

    /// What is still missing, in words.
    fn missing(&self) -> Vec<String> {
        let mut out = Vec::new();
        if !self.wasm {
            out.push(format!("the {WASM} target"));
        }
        if !self.skip_browser {
            out.extend(self.missing_browser());
            if self.axe.is_none() || self.axe != self.axe_pinned {
                out.push("axe-core in tests/node_modules".into());
            }
        }
        out
    }

    /// One line per thing the tests need, found or not.
    fn report(&self) {
        let mark = |ok: bool| if ok { "ok     " } else { "missing" };
        eprintln!("  {} {WASM} target", mark(self.wasm));
        if self.skip_browser {
            eprintln!(
                "  skipped Chromium, chromedriver and axe-core (SKIP_BROWSER_TESTS=1: the real-browser tests will not run)"
            );
            return;
        }
        for t in [&self.chromium, &self.chromedriver] {
            let v = t.version.as_deref().unwrap_or_default();
            eprintln!("  {} {} {v}", mark(t.version.is_some()), t.path.display());
        }
        let axe = self.axe.as_deref().unwrap_or("not installed");
        let pinned = self.axe_pinned.as_deref().unwrap_or("?");
        eprintln!(
            "  {} axe-core {axe} (pinned: {pinned})",
            mark(self.axe.is_some() && self.axe == self.axe_pinned)
        );
    }
}

/// Looks at this machine.
fn look() -> Found {
    let env = |k: &str| std::env::var(k).ok();
    let ci = in_ci();
    let (chromium, chromedriver) = browser_paths(env);
    let tests = root().join("tests");
    let sysroot = output(Command::new("rustc").args(["--print", "sysroot"]));
    Found {
        wasm: sysroot.is_some_and(|s| Path::new(s.trim()).join("lib/rustlib").join(WASM).is_dir()),
        rustup: output(Command::new("rustup").arg("--version")).is_some(),
        skip_browser: !ci && env("SKIP_BROWSER_TESTS").is_some_and(|v| v == "1"),
        chromium: Tool::look(chromium),
        chromedriver: Tool::look(chromedriver),
        root: output(Command::new("id").arg("-u")).is_some_and(|u| u.trim() == "0"),
        apt: output(Command::new("apt-get").arg("--version")).is_some(),
        npm: output(Command::new("npm").arg("--version")).is_some(),
        axe: std::fs::read_to_string(tests.join("node_modules/axe-core/package.json"))
            .ok()
            .and_then(|t| json_string_after(&t, "{", "version")),
        axe_pinned: std::fs::read_to_string(tests.join("package-lock.json"))
            .ok()
            .and_then(|t| json_string_after(&t, "\"node_modules/axe-core\"", "version")),
    }
}

/// Where to look for Chromium and chromedriver: where the browser tests look, unless
/// `XTASK_CHROMIUM` / `XTASK_CHROMEDRIVER` say otherwise (to try this check).
fn browser_paths(env: impl Fn(&str) -> Option<String>) -> (PathBuf, PathBuf) {
    let path = |var: &str, default: &str| PathBuf::from(env(var).unwrap_or(default.to_string()));
    (
        path("XTASK_CHROMIUM", CHROMIUM),
        path("XTASK_CHROMEDRIVER", CHROMEDRIVER),
    )
}

/// The string value of the first `"key"` after `anchor` in a JSON text. Enough for
/// `package.json` and `package-lock.json`, whose layout npm fixes; this crate has no
/// dependencies, so that it builds in seconds on a fresh machine.
fn json_string_after(text: &str, anchor: &str, key: &str) -> Option<String> {
    let rest = &text[text.find(anchor)? + anchor.len()..];
    let rest = &rest[rest.find(&format!("\"{key}\""))? + key.len() + 2..];
    let rest = rest
        .trim_start()
        .strip_prefix(':')?
        .trim_start()
        .strip_prefix('"')?;
    Some(rest[..rest.find('"')?].to_string())
}

/// The repository root.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask/ is inside the repository")
        .to_path_buf()
}

/// The cargo that runs this task, in the repository root.
fn cargo() -> Command {
    let mut c = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    c.current_dir(root());
    c
}

fn section(name: &str) {
    eprintln!("\n== {name}");
}

/// Runs a command, showing it first; its failure is an error naming it.
fn run(cmd: &mut Command) -> Result<(), String> {
    // `cargo`, not the full path of the toolchain's cargo.
    let program = Path::new(cmd.get_program());
    let shown = std::iter::once(program.file_name().unwrap_or(program.as_os_str()))
        .chain(cmd.get_args())
        .map(|a| a.to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join(" ");
    eprintln!("xtask: running `{shown}`");
    let started = Instant::now();
    let status = cmd
        .status()
        .map_err(|e| format!("cannot run `{shown}`: {e}"))?;
    eprintln!(
        "xtask: `{shown}` {} in {:.0} s",
        if status.success() {
            "finished"
        } else {
            "failed"
        },
        started.elapsed().as_secs_f64()
    );
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{shown}` failed ({status})"))
    }
}

/// A command's standard output when it ran and succeeded.
fn output(cmd: &mut Command) -> Option<String> {
    let out = cmd.stderr(std::process::Stdio::null()).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tool(path: &str, version: Option<&str>) -> Tool {
        Tool {
            path: PathBuf::from(path),
            version: version.map(String::from),
        }
    }

    /// A machine with everything.
    fn ready() -> Found {
        Found {
            wasm: true,
            rustup: true,
            skip_browser: false,
            chromium: tool(
                CHROMIUM,
                Some("Chromium 131.0.6778.85 built on Debian GNU/Linux 12"),
            ),
            chromedriver: tool(CHROMEDRIVER, Some("ChromeDriver 131.0.6778.85 (3e9f1cb)")),
            root: false,
            apt: true,
            npm: true,
            axe: Some("4.14.1".into()),
            axe_pinned: Some("4.14.1".into()),
        }
    }

    fn commands(steps: &[Step]) -> Vec<String> {
        steps
            .iter()
            .map(|s| match s {
                Step::Run { args, .. } => args.join(" "),
                Step::Stop(why) => format!("STOP {why}"),
            })
            .collect()
    }

    #[test]
    fn nothing_to_do_on_a_ready_machine() {
        assert_eq!(plan(&ready()), []);
    }

    #[test]
    fn a_missing_browser_is_installed_as_root_and_named_otherwise() {
        let mut f = ready();
        f.chromium = tool("/nonexistent/chromium", None);
        let stop = commands(&plan(&f));
        assert_eq!(stop.len(), 1);
        assert!(stop[0].starts_with("STOP "), "{stop:?}");
        assert!(
            stop[0].contains("missing /nonexistent/chromium"),
            "{}",
            stop[0]
        );
        assert!(
            stop[0].contains(
                "sudo apt-get update && sudo apt-get install -y chromium chromium-driver"
            ),
            "{}",
            stop[0]
        );
        assert!(stop[0].contains("SKIP_BROWSER_TESTS=1 cargo xtask test"));

        f.root = true;
        let steps = plan(&f);
        assert_eq!(
            commands(&steps),
            [
                "apt-get update",
                "apt-get install -y chromium chromium-driver"
            ]
        );
        assert!(matches!(&steps[1], Step::Run { env, .. }
            if env == &[("DEBIAN_FRONTEND".to_string(), "noninteractive".to_string())]));

        f.apt = false;
        let stop = commands(&plan(&f));
        assert!(stop[0].contains("not a Debian system"), "{}", stop[0]);
    }

    #[test]
    fn a_driver_of_another_version_is_replaced() {
        let mut f = ready();
        f.chromedriver = tool(CHROMEDRIVER, Some("ChromeDriver 120.0.6099.224"));
        f.root = true;
        assert_eq!(
            commands(&plan(&f)),
            [
                "apt-get update",
                "apt-get install -y chromium chromium-driver"
            ]
        );
    }

    #[test]
    fn the_wasm_target_and_axe_core_are_added() {
        let mut f = ready();
        f.wasm = false;
        f.axe = None;
        assert_eq!(
            commands(&plan(&f)),
            [
                "rustup target add wasm32-unknown-unknown",
                "npm ci --prefix tests --no-audit --no-fund"
            ]
        );
        f.axe = Some("4.10.0".into());
        assert!(matches!(&plan(&f)[1], Step::Run { why, .. }
            if why.starts_with("axe-core 4.10.0 is installed, 4.14.1 is pinned")));
        f.npm = false;
        f.rustup = false;
        let stops = commands(&plan(&f));
        assert!(stops[0].contains("rustup is not installed"), "{stops:?}");
        assert!(stops[1].contains("install Node.js 20"), "{stops:?}");
    }

    #[test]
    fn skipping_the_browser_tests_leaves_the_browser_alone() {
        let mut f = ready();
        f.skip_browser = true;
        f.chromium = tool(CHROMIUM, None);
        f.npm = false;
        f.axe = None;
        assert_eq!(plan(&f), []);
    }

    #[test]
    fn the_browser_paths_can_be_pointed_elsewhere() {
        let none = |_: &str| None;
        assert_eq!(
            browser_paths(none),
            (PathBuf::from(CHROMIUM), PathBuf::from(CHROMEDRIVER))
        );
        let elsewhere =
            |k: &str| (k == "XTASK_CHROMIUM").then(|| "/nonexistent/chromium".to_string());
        let (chromium, _) = browser_paths(elsewhere);
        let found = Tool::look(chromium);
        assert_eq!(found.version, None);
        assert_eq!(found.path, Path::new("/nonexistent/chromium"));
    }

    #[test]
    fn versions_are_read_from_npm_files() {
        let lock = r#"{ "packages": { "": { "devDependencies": { "axe-core": "4.14.1" } },
            "node_modules/axe-core": { "version": "4.14.1", "integrity": "sha512-x" } } }"#;
        assert_eq!(
            json_string_after(lock, "\"node_modules/axe-core\"", "version").as_deref(),
            Some("4.14.1")
        );
        let package = "{\n  \"name\": \"axe-core\",\n  \"version\": \"4.14.1\",\n}";
        assert_eq!(
            json_string_after(package, "{", "version").as_deref(),
            Some("4.14.1")
        );
        assert_eq!(json_string_after(package, "{", "missing"), None);
        assert_eq!(
            tool("x", Some("Chromium 131.0.6778.85 built on Debian")).major(),
            Some(131)
        );
        assert_eq!(
            tool("x", Some("ChromeDriver 131.0.6778.85 (abc)")).major(),
            Some(131)
        );
    }

    #[test]
    fn the_shipped_lock_file_pins_axe_core() {
        let lock = std::fs::read_to_string(root().join("tests/package-lock.json")).unwrap();
        let pinned = json_string_after(&lock, "\"node_modules/axe-core\"", "version").unwrap();
        assert!(
            pinned.split('.').all(|n| n.parse::<u32>().is_ok()),
            "{pinned}"
        );
    }
}
