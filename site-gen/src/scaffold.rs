//! `site-gen new`: a new guide with its front matter filled in, or a new language with its
//! folders and a Fluent file per default-language file, ready to translate.
//!
//! Nothing is ever overwritten, and a new language is validated by parsing the `site.toml` it
//! would produce before anything is written: a language that `build` would reject is refused
//! here with the same message.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use screener_wasm::engine::Date;

use crate::config::{self, Config};
use crate::diag::Diagnostic;
use crate::load::content;

/// `asylum/one-year-deadline` → `content/<lang>/asylum/one-year-deadline.md`, with a title
/// from the name, today's `reviewed` and empty `sources` and `summary`. Returns the new file,
/// relative to the root, and warnings.
pub fn new_guide(
    root: &Path,
    config: &Config,
    path: &str,
    lang: Option<&str>,
    today: Date,
) -> Result<(String, Vec<Diagnostic>), Diagnostic> {
    let lang = match lang {
        Some(l) => config.language(l).map(|l| &l.code).ok_or_else(|| {
            Diagnostic::error(format!("`{l}` is not a language of this site")).hint(format!(
                "add it first with `site-gen new language {l} --name …`"
            ))
        })?,
        None => &config.default_language().code,
    };
    let path = path.trim_matches('/').trim_end_matches(".md");
    let (section, name) = path.rsplit_once('/').unwrap_or(("", path));
    let segments_ok = path.split('/').all(|s| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
    });
    if section.is_empty() || !segments_ok || name.starts_with('_') {
        return Err(Diagnostic::error(format!(
            "`{path}` is not a guide path: write <section>/<name>, like asylum/one-year-deadline"
        ))
        .hint("use letters, digits and hyphens: they become the page's address"));
    }
    let file = format!("content/{lang}/{path}.md");
    let text = guide_text(&content::humanise(name), today);
    let full = root.join(&file);
    // Every folder on the way that already exists must lie inside the site: a linked section
    // folder would otherwise have the guide written somewhere else.
    let fs = crate::load::SiteFs::new(root)?;
    let mut dir = root.to_path_buf();
    for part in Path::new(&file)
        .parent()
        .into_iter()
        .flat_map(|p| p.components())
    {
        dir.push(part);
        if fs.kind(&dir)?.is_none() {
            break;
        }
    }
    if let Some(dir) = full.parent() {
        fs::create_dir_all(dir)
            .map_err(|e| Diagnostic::error(format!("cannot create {}: {e}", dir.display())))?;
    }
    let mut f = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&full)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => {
                Diagnostic::error(format!("{file} already exists; it was left as it was"))
                    .in_file(&file)
            }
            _ => Diagnostic::error(format!("cannot create {file}: {e}")),
        })?;
    f.write_all(text.as_bytes())
        .map_err(|e| Diagnostic::error(format!("cannot write {file}: {e}")))?;
    let mut warnings = Vec::new();
    let default = &config.default_language().code;
    let section_page = ["_index.md", "index.md"].iter().any(|i| {
        root.join(format!("content/{default}/{section}/{i}"))
            .exists()
    });
    if !section_page {
        warnings.push(
            Diagnostic::warning(format!(
                "section `{section}` has no page of its own, so no menu leads to it"
            ))
            .hint(format!(
                "create content/{default}/{section}/_index.md with a `title:`"
            )),
        );
    }
    Ok((file, warnings))
}

/// A new guide's text. The title is quoted for YAML (it may hold `:` or `#`).
pub(crate) fn guide_text(title: &str, today: Date) -> String {
    let title = serde_json::to_string(title).expect("a string serialises");
    format!(
        "---\ntitle: {title}\nsummary: \"\"\nreviewed: {today}\nsources: []\n---\n\
         Who this page is for, in one or two plain sentences.\n\n## What to know\n\n"
    )
}

/// What `new language` made, relative to the root.
#[derive(Debug)]
pub struct NewLanguage {
    /// The language code added to `site.toml`.
    pub code: String,
    /// `ltr` or `rtl`, derived from the code; `site.toml` only notes it in a comment.
    pub dir: &'static str,
    /// The folders and files created, relative to the root.
    pub created: Vec<String>,
}

/// Adds `[[languages]]` to `site.toml`, creates `content/<code>/` and `locales/<code>/` with
/// one Fluent file per default-language file, every message commented out with the default
/// text, ready to translate.
pub fn new_language(root: &Path, code: &str, name: &str) -> Result<NewLanguage, Vec<Diagnostic>> {
    let toml_path = root.join(config::FILE);
    let text = fs::read_to_string(&toml_path).map_err(|e| {
        vec![
            Diagnostic::error(format!("cannot read {}: {e}", toml_path.display()))
                .hint("`new language` adds the language to the site's site.toml; create one first"),
        ]
    })?;
    let before = Config::parse(&content::normalise(&text)).map_err(|mut d| {
        d.insert(
            0,
            Diagnostic::error("fix site.toml before adding a language").in_file(config::FILE),
        );
        d
    })?;
    let default = before.default_language().code.clone();
    let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let table = |dir_comment: &str| {
        let quote = |s: &str| serde_json::to_string(s).expect("a string serialises");
        let lead = match () {
            _ if text.is_empty() => String::new(),
            _ if text.ends_with('\n') => eol.to_string(),
            _ => format!("{eol}{eol}"),
        };
        format!(
            "{lead}[[languages]]{eol}code = {}{eol}name = {}{eol}{dir_comment}{eol}fallback = [{}]{eol}",
            quote(code),
            quote(name),
            quote(&default)
        )
    };
    let candidate = format!("{text}{}", table("# dir: derived from the code"));
    let after = Config::parse(&content::normalise(&candidate)).map_err(|d| {
        d.into_iter()
            .map(|d| Diagnostic {
                message: format!("cannot add `{code}`: {}", d.message),
                file: None,
                line: 0,
                column: 0,
                ..d
            })
            .collect::<Vec<_>>()
    })?;
    let dir = after.language(code).map_or("ltr", |l| l.dir.as_str());
    let new_text = format!(
        "{text}{}",
        table(&format!(
            "# dir = \"{dir}\" is derived from the code; set it only to override"
        ))
    );

    let fail = |what: &str, p: &Path, e: std::io::Error| {
        vec![Diagnostic::error(format!(
            "cannot {what} {}: {e}",
            p.display()
        ))]
    };
    let mut created = Vec::new();
    let content_dir = root.join("content").join(code);
    fs::create_dir_all(&content_dir).map_err(|e| fail("create", &content_dir, e))?;
    created.push(format!("content/{code}/"));
    let locales_dir = root.join("locales").join(code);
    fs::create_dir_all(&locales_dir).map_err(|e| fail("create", &locales_dir, e))?;
    for (file_name, source) in default_fluent_files(root, &default).map_err(|e| vec![e])? {
        let target = locales_dir.join(&file_name);
        let text = commented_fluent(&source, &default, code);
        match fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&target)
        {
            Ok(mut f) => {
                f.write_all(text.as_bytes())
                    .map_err(|e| fail("write", &target, e))?;
                created.push(format!("locales/{code}/{file_name}"));
            }
            // A translator's own file is never replaced.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(fail("create", &target, e)),
        }
    }
    fs::write(&toml_path, new_text).map_err(|e| fail("write", &toml_path, e))?;
    Ok(NewLanguage {
        code: code.to_string(),
        dir,
        created,
    })
}

fn default_fluent_files(root: &Path, default: &str) -> Result<Vec<(String, String)>, Diagnostic> {
    let dir = root.join("locales").join(default);
    let Ok(entries) = fs::read_dir(&dir) else {
        return Ok(Vec::new());
    };
    let mut paths: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            fs::read_to_string(&p)
                .map(|t| (name, content::normalise(&t)))
                .map_err(|e| Diagnostic::error(format!("cannot read {}: {e}", p.display())))
        })
        .collect()
}

/// A default-language Fluent file turned into a file to translate: comments kept, every
/// message and term commented out with its default text. (An empty `id =` would be a syntax
/// error; a commented-out message falls back to the default language until translated.)
pub(crate) fn commented_fluent(source: &str, default: &str, code: &str) -> String {
    let mut out = format!(
        "# Messages for `{code}`, from the `{default}` file of the same name. To translate a\n\
         # message, remove the `# ` before its id and replace the {default} text after `=`. Keep\n\
         # ids and {{ $variables }} unchanged. Messages left commented out show in {default}.\n\n"
    );
    for line in source.lines() {
        if line.is_empty() || line.starts_with('#') {
            out.push_str(line);
        } else {
            out.push_str("# ");
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_guide_parses_with_its_front_matter() {
        let text = guide_text("Dates: what counts", Date::parse("2026-01-02").unwrap());
        let (p, d) = content::parse("x.md", &text);
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(p.meta.title, "Dates: what counts");
        assert_eq!(p.meta.reviewed, Date::parse("2026-01-02"));
        assert!(p.meta.sources.is_empty());
        // `summary: ""` is there to be filled in; empty, it is no summary.
        assert_eq!(p.meta.summary, None);
    }

    #[test]
    fn commented_fluent_parses_and_defines_nothing() {
        let src = "## Section\nquick-exit = Quick exit\nmulti =\n    line one\n    line two\n    .title = T\n-brand = B\n";
        let out = commented_fluent(src, "en", "uk");
        assert!(out.contains("# quick-exit = Quick exit\n"));
        assert!(out.contains("#     .title = T\n"));
        let res = fluent_bundle::FluentResource::try_new(out).expect("parses");
        assert!(
            res.entries()
                .all(|e| !matches!(e, fluent_syntax::ast::Entry::Message(_)))
        );
    }
}
