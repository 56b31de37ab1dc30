//! `site-gen init [DIR] [--lang en,es,ar]`: a new site for an organisation.
//!
//! It writes `site.toml` with the organisation's details as placeholders, the shipped guides
//! in the chosen languages that have them (the default language must: the screener links to
//! its guides), the shipped screener definition and legal-help directory, and deploy files
//! for GitHub Pages, Netlify, Cloudflare Pages and S3. Everything comes from this
//! repository's `content/`, embedded in the binary, so the new site builds at once; the
//! screener's words come from the built-in locales.
//!
//! Placeholder convention: a value the organisation must replace is a text starting with
//! `PLACEHOLDER` (`"REPLACE: your organisation's phone"`); [`is_placeholder`] tells one.
//! A URL the site links to is never a placeholder (it would be a broken link): the contact
//! URL is written commented out.
//!
//! Nothing is ever overwritten: the folder must be new or empty.

use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

use crate::config::Config;
use crate::diag::Diagnostic;

/// The start of every value `init` and `import` leave for the organisation to fill in.
pub(crate) use crate::config::PLACEHOLDER;
pub use crate::config::is_placeholder;

/// This repository's `content/`: guides per language, `screener/`, `directory.toml`.
static SHIPPED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../content");

const GITHUB_WORKFLOW: &str = include_str!("init/deploy-github-pages.yml");
const NETLIFY: &str = include_str!("init/netlify.toml");
const DEPLOY: &str = include_str!("init/DEPLOY.md");

/// `site-gen init DIR --lang …`: where to create a new site and in which languages.
#[derive(Debug, Clone)]
pub struct Options {
    /// The new site's folder: new, or empty.
    pub dir: PathBuf,
    /// Language codes, the default language first. Empty: English only.
    pub languages: Vec<String>,
}

/// What `init` did: the files it wrote and the problems it met on the way.
#[derive(Debug)]
pub struct Report {
    /// The files written, relative to the folder.
    pub written: Vec<String>,
    /// The new site's language codes, the default language first.
    pub languages: Vec<String>,
    /// Warnings (a language without shipped guides, or without built-in UI strings).
    pub diagnostics: Vec<Diagnostic>,
}

impl std::fmt::Display for Report {
    /// What `init` made and what to do next.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "created a site in {} with {} files; next: replace every \"{PLACEHOLDER}\" value in site.toml, then see DEPLOY.md",
            self.languages.join(", "),
            self.written.len()
        )
    }
}

/// The languages whose guides ship with site-gen.
pub(crate) fn shipped_languages() -> Vec<&'static str> {
    let mut langs: Vec<&str> = SHIPPED
        .dirs()
        .filter_map(|d| d.path().to_str())
        .filter(|d| !crate::load::RESERVED.contains(d))
        .collect();
    langs.sort_by_key(|l| (*l != "en", *l));
    langs
}

/// Creates the site. Nothing is written when a language is not valid or the folder is not
/// empty.
pub fn run(opts: &Options) -> Result<Report, Vec<Diagnostic>> {
    let (languages, diags) = languages(&opts.languages)?;
    let files = files(&languages);
    check_empty(&opts.dir)?;
    let mut written = Vec::new();
    for (rel, bytes) in files {
        let path = opts.dir.join(&rel);
        let io = |e: std::io::Error| {
            vec![Diagnostic::error(format!(
                "cannot write {}: {e}",
                path.display()
            ))]
        };
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io)?;
        }
        std::fs::write(&path, bytes).map_err(io)?;
        written.push(rel);
    }
    Ok(Report {
        written,
        languages: languages.iter().map(|(c, _)| c.clone()).collect(),
        diagnostics: diags,
    })
}

/// Language codes with their names in themselves.
type Languages = Vec<(String, String)>;

/// Validated codes with their names in themselves, and warnings; the default language must
/// have shipped guides.
fn languages(codes: &[String]) -> Result<(Languages, Vec<Diagnostic>), Vec<Diagnostic>> {
    let codes: Vec<String> = if codes.is_empty() {
        vec!["en".into()]
    } else {
        codes
            .iter()
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty())
            .collect()
    };
    let shipped = shipped_languages();
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let mut out: Vec<(String, String)> = Vec::new();
    for code in &codes {
        if out.iter().any(|(c, _)| c == code) {
            continue;
        }
        match Config::from_language_folders(vec![code.clone()]) {
            Ok(c) => out.push((code.clone(), c.languages[0].name.clone())),
            Err(_) => errors.push(
                Diagnostic::error(format!("`{code}` is not a language code"))
                    .hint("use BCP 47 codes such as en, es, ar, zh-Hans, fr, ht, prs"),
            ),
        }
    }
    if let Some((default, _)) = out.first()
        && !shipped.contains(&default.as_str())
    {
        errors.push(
            Diagnostic::error(format!("no guides ship in `{default}`, so it cannot be the default language"))
                .hint(format!(
                    "put a language with guides first ({}); add `{default}` after it and translate the guides",
                    shipped.join(", ")
                )),
        );
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    for (code, _) in out.iter().skip(1) {
        if !shipped.contains(&code.as_str()) {
            warnings.push(
                Diagnostic::warning(format!(
                    "no guides ship in `{code}`: its readers see the {} guides, marked as such, until they are translated",
                    out[0].1
                ))
                .hint(format!("translate a guide by copying it from content/{}/ to content/{code}/", out[0].0)),
            );
        }
    }
    Ok((out, warnings))
}

fn check_empty(dir: &Path) -> Result<(), Vec<Diagnostic>> {
    match std::fs::read_dir(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(vec![Diagnostic::error(format!(
            "cannot use {}: {e}",
            dir.display()
        ))]),
        Ok(mut entries) => match entries.next() {
            None => Ok(()),
            Some(_) => Err(vec![
                Diagnostic::error(format!(
                    "{} is not empty: nothing was written",
                    dir.display()
                ))
                .hint("choose a new folder: `site-gen init my-site`"),
            ]),
        },
    }
}

/// Every file of the new site, in memory.
fn files(languages: &[(String, String)]) -> Vec<(String, Vec<u8>)> {
    let mut out = vec![
        ("site.toml".to_string(), site_toml(languages).into_bytes()),
        (".gitignore".to_string(), b"/public\n".to_vec()),
        (
            ".github/workflows/deploy.yml".to_string(),
            GITHUB_WORKFLOW.as_bytes().to_vec(),
        ),
        ("netlify.toml".to_string(), NETLIFY.as_bytes().to_vec()),
        (
            "DEPLOY.md".to_string(),
            DEPLOY.replace("{{CSP}}", crate::render::CSP).into_bytes(),
        ),
    ];
    let mut wanted: Vec<&str> = vec!["screener", "directory.toml"];
    wanted.extend(languages.iter().map(|(c, _)| c.as_str()));
    let mut stack: Vec<&Dir> = vec![&SHIPPED];
    while let Some(dir) = stack.pop() {
        for f in dir.files() {
            let rel = f.path().to_string_lossy().replace('\\', "/");
            let top = rel.split('/').next().unwrap_or("");
            if rel == "directory.toml" {
                let text = String::from_utf8_lossy(f.contents());
                out.push((
                    "content/directory.toml".into(),
                    directory_for(&text, languages).into_bytes(),
                ));
            } else if wanted.contains(&top) {
                out.push((format!("content/{rel}"), f.contents().to_vec()));
            }
        }
        stack.extend(dir.dirs());
    }
    out.sort();
    out
}

/// The shipped directory with the descriptions (`about.<code> = …`) in the site's languages
/// only: a description in a language the site does not have is an error.
fn directory_for(text: &str, languages: &[(String, String)]) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let code = line
            .strip_prefix("about.")
            .and_then(|r| r.split_once('='))
            .map(|(c, _)| c.trim().trim_matches('"'));
        if code.is_some_and(|c| !languages.iter().any(|(l, _)| l == c)) {
            continue;
        }
        out.push_str(line);
    }
    out
}

/// The `[contact]` table with placeholders, shared with `import`.
pub(crate) fn contact_toml() -> String {
    format!(
        "\n# Shown in every footer. Replace each \"{PLACEHOLDER} …\" value: `site-gen check` fails\n\
         # while one is left. A wrong number can put a person in danger: check it.\n\
         [contact]\n\
         name = \"{PLACEHOLDER} your organisation's name\"\n\
         phone = \"{PLACEHOLDER} your organisation's phone\"\n\
         email = \"{PLACEHOLDER} your organisation's email\"\n\
         # Your organisation's website (https://…); it becomes a link, so it has no placeholder.\n\
         # url = \"https://example.org/\"\n"
    )
}

fn site_toml(languages: &[(String, String)]) -> String {
    let toml_str = |s: &str| toml::Value::String(s.to_string()).to_string();
    let mut t = format!(
        "# The site's configuration, written by `site-gen init`. Replace every value that starts\n\
         # with \"{PLACEHOLDER}\" (`site-gen check` fails while one is left). DEPLOY.md says how to\n\
         # publish the site.\n\
         \n\
         # Where the site is served from: a full URL (https://example.org/rights/) or a path\n\
         # (/rights/). The deploy files pass the host's address with --base-url.\n\
         base_url = \"/\"\n\
         default_language = {}\n\
         \n\
         # The site's name. Without it, each language's built-in name (\"Know your rights\") is used.\n\
         # name = \"Our Rights\"\n\
         \n\
         # `site-gen check` warns about guides whose `reviewed` date is older than this.\n\
         review_interval_days = 180\n\
         \n\
         # Where \"Quick exit\" sends the reader: an everyday, neutral page.\n\
         quick_exit_url = \"https://www.google.com/search?q=weather+today\"\n\
         \n\
         # Shown in every footer with the `footer-hotline` message. Delete the line to show none.\n\
         hotline = \"{PLACEHOLDER} your hotline number\"\n",
        toml_str(&languages[0].0)
    );
    t.push_str(&contact_toml());
    t.push_str(
        "\n# One table per language: `code` is the folder under content/, `name` the language's\n\
         # name in itself. Languages without a translation of a page show the default language's.\n",
    );
    for (code, name) in languages {
        t.push_str(&format!(
            "\n[[languages]]\ncode = {}\nname = {}\n",
            toml_str(code),
            toml_str(name)
        ));
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_written_configuration_parses_and_marks_its_placeholders() {
        let langs = vec![
            ("en".to_string(), "English".to_string()),
            ("ar".to_string(), "العربية".to_string()),
        ];
        let text = site_toml(&langs);
        let config = Config::parse(&text).expect("site.toml parses");
        assert_eq!(config.languages.len(), 2);
        assert!(is_placeholder(config.contact.phone.as_deref().unwrap()));
        assert!(is_placeholder(&config.contact.name));
        assert!(is_placeholder(config.hotline.as_deref().unwrap()));
        assert!(config.contact.url.is_none());
        // Every one of them is reported, and none is shown.
        assert_eq!(config.placeholders.len(), 4, "{:?}", config.placeholders);
        assert_eq!(config.public_contact(), crate::config::Contact::default());
        assert!(!is_placeholder("1-800-898-7180"));
        assert!(
            is_placeholder("555-0100"),
            "the fictional 555-01xx numbers are samples"
        );
    }

    #[test]
    fn the_default_language_must_have_guides() {
        let err = languages(&["de".into(), "en".into()]).unwrap_err();
        assert!(err[0].message.contains("no guides ship in `de`"), "{err:?}");
        let (ok, warnings) = languages(&["es".into(), "de".into(), "es".into()]).unwrap();
        assert_eq!(
            ok.iter().map(|(c, _)| c.as_str()).collect::<Vec<_>>(),
            ["es", "de"]
        );
        assert_eq!(warnings.len(), 1);
        assert!(languages(&["not a code".into()]).is_err());
        assert_eq!(shipped_languages()[0], "en");
    }
}
