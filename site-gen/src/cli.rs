//! The command line's shape: every command, argument and default, as clap types. The
//! handlers are in `cmd/`, one file per command.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "site-gen",
    version,
    about = "Build multilingual plain-language rights guides into a small static site"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum ScreenerCommand {
    /// Print the screener's result for a file of answers, as JSON.
    Run {
        /// A JSON object from question id to answer ("yes", "no", "unsure", a choice id, a
        /// number, or "YYYY-MM" / "YYYY-MM-DD").
        #[arg(long)]
        answers: PathBuf,
        /// The date to evaluate on, YYYY-MM-DD (default: today).
        #[arg(long)]
        today: Option<String>,
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Play every test case in content/screener/tests/.
    Test {
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
}

#[derive(Subcommand)]
pub enum Command {
    /// Run the screener natively: its result for a set of answers, or its test cases.
    #[command(subcommand)]
    Screener(ScreenerCommand),
    /// Build the site into the output folder (replaced whole, only when the build succeeds).
    Build {
        /// The site's folder (with site.toml, content/, locales/, theme/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site.
        #[arg(long, default_value = "public")]
        out: PathBuf,
        /// Where the site will be served from, e.g. https://example.org/rights/ (overrides site.toml).
        #[arg(long)]
        base_url: Option<String>,
        /// Include pages marked `draft: true`.
        #[arg(long)]
        drafts: bool,
        /// Write every link relative to its page, so the output works from file://, a USB
        /// stick, a zip or any folder (as `relative_urls = true` in site.toml).
        #[arg(long)]
        relative_urls: bool,
    },
    /// Write one language as a zip that works without a server (from file://, a USB stick):
    /// its pages, the pages they fall back to, the shared files, README.txt and index.html.
    Bundle {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The language to bundle, like es or zh-Hans.
        #[arg(long)]
        lang: String,
        /// The zip to write (default: site-<lang>.zip in the site's folder).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Where the site is served from (overrides site.toml): links to pages the bundle
        /// does not hold go there.
        #[arg(long)]
        base_url: Option<String>,
    },
    /// Check the site without writing it: everything `build` checks, plus links and anchors in
    /// every language, images, heading levels, review dates and translations.
    Check {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where the site will be served from (overrides site.toml), for links written as paths.
        #[arg(long)]
        base_url: Option<String>,
        /// Include pages marked `draft: true`.
        #[arg(long)]
        drafts: bool,
        /// The date reviews are measured against, YYYY-MM-DD (default: today, UTC).
        #[arg(long)]
        today: Option<String>,
        /// `json` prints every problem as a JSON array on stdout, for CI.
        #[arg(long, value_enum, default_value_t = DiagFormat::Text)]
        format: DiagFormat,
    },
    /// Serve the site on this computer, rebuilding it and reloading open pages on every change.
    Serve {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The port to listen on (0: any free port).
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// The address to listen on. Only this computer by default; give this computer's
        /// network address (or 0.0.0.0) to try the site on a phone on the same network.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Include pages marked `draft: true`.
        #[arg(long)]
        drafts: bool,
    },
    /// How far each language's translation is: pages up to date, outdated and missing, and
    /// interface messages. `translations mark` records translations as up to date.
    Translations {
        #[command(subcommand)]
        action: Option<TranslationsCommand>,
        #[arg(long, default_value = ".", global = true)]
        root: PathBuf,
        #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
        format: ReportFormat,
        /// Write the report to this file instead of stdout.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Search the site as a reader of one language does: prints the results as JSON, in the
    /// order the search page shows them.
    Search {
        /// The reader's language, like es or ar.
        #[arg(long)]
        lang: String,
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The most results to print.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// What the reader types.
        #[arg(required = true)]
        query: Vec<String>,
    },
    /// Convert a site written for another generator into this project's layout. The source is
    /// only read; the report names everything that could not be converted.
    Import {
        /// The other generator: hugo, vitepress, docusaurus, mkdocs or jekyll.
        generator: String,
        /// The other site's folder.
        source: PathBuf,
        /// Where to write this project's site (new, empty, or written by an earlier import).
        #[arg(long, default_value = "imported-site")]
        to: PathBuf,
    },
    /// Create a new site for an organisation: site.toml with placeholders to replace, the
    /// shipped guides in the chosen languages, the screener and deploy files.
    Init {
        /// The new site's folder.
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Language codes, the default language first, like en,es,ar.
        #[arg(long, value_delimiter = ',', default_value = "en")]
        lang: Vec<String>,
    },
    /// Start a new guide or a new language.
    #[command(subcommand)]
    New(NewCommand),
}

/// How `check` prints its findings.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum DiagFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum ReportFormat {
    Table,
    Json,
    Html,
}

#[derive(Subcommand)]
pub enum TranslationsCommand {
    /// Record that translations match their source as it is now (writes `translation_of` in
    /// their front matter). Run it after checking a translation against its source.
    Mark {
        /// Translations, like content/es/asylum/one-year-deadline.md.
        #[arg(required_unless_present = "all")]
        files: Vec<PathBuf>,
        /// Mark every existing translation of this language.
        #[arg(long, value_name = "LANG")]
        all: Option<String>,
    },
}

#[derive(Subcommand)]
pub enum NewCommand {
    /// Write content/<lang>/<section>/<name>.md with its front matter filled in.
    Guide {
        /// <section>/<name>, like asylum/one-year-deadline.
        path: String,
        /// The language (default: the site's default language).
        #[arg(long)]
        lang: Option<String>,
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Add a language to site.toml, with content/<code>/ and Fluent files to translate.
    Language {
        /// A BCP 47 code, like uk, fa or zh-Hant.
        code: String,
        /// The language's name in itself, like Українська.
        #[arg(long)]
        name: String,
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
}
