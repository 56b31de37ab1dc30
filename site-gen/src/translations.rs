//! `site-gen translations`: where each language stands, and marking translations as up to date.
//!
//! A translation is up to date when its `translation_of` is the hash of the default-language
//! file as it is now ([`crate::load::content::source_hash`], the same hash the renderer compares
//! to show the outdated notice). The report is computed from a loaded `Site` (pure); the only
//! I/O here is at the edges: asking git (or the file's mtime) when a source last changed, and
//! rewriting one front-matter line in `mark`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::diag::Diagnostic;
use crate::load::content;
use crate::model::{Page, PageKey, Site, TranslationState};

/// Where one page of one language stands, as the report names it: the model's
/// `TranslationState` seen from a translator's side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    /// `translation_of` matches the source as it is now.
    UpToDate,
    /// The source changed after the translation was made.
    Outdated,
    /// Translated, but without `translation_of`: nobody can tell whether it is current.
    Untracked,
    /// No translation: readers get the page in a fallback language.
    Missing,
}

impl State {
    pub(crate) fn label(self) -> &'static str {
        match self {
            State::UpToDate => "up to date",
            State::Outdated => "outdated",
            State::Untracked => "not tracked",
            State::Missing => "missing",
        }
    }
}

/// One default-language page as seen from one other language.
pub struct PageState<'s> {
    pub(crate) lang: &'s str,
    /// The default-language page.
    pub source: &'s Page,
    pub(crate) translation: Option<&'s Page>,
    /// Where its translation stands.
    pub state: State,
}

impl State {
    /// How a translation of a default-language page stands; `None` for the page itself.
    pub(crate) fn of(state: TranslationState) -> Option<State> {
        match state {
            TranslationState::UpToDate => Some(State::UpToDate),
            TranslationState::Outdated => Some(State::Outdated),
            TranslationState::Untracked => Some(State::Untracked),
            TranslationState::Fallback | TranslationState::Absent => Some(State::Missing),
            TranslationState::Original => None,
        }
    }
}

/// Every default-language page in every other language, in language then key order, read
/// from the site's index (computed once, when the site was loaded).
pub fn page_states(site: &Site) -> Vec<PageState<'_>> {
    let default = &site.config.default_language().code;
    let mut out = Vec::new();
    for lang in site.config.languages.iter().filter(|l| &l.code != default) {
        for key in site.index.keys() {
            // A section page site-gen made has nothing to translate.
            let Some(source) = site.page(default, key.as_str()).filter(|p| !p.generated) else {
                continue;
            };
            let Some(cell) = site.index.cell(&lang.code, key.as_str()) else {
                continue;
            };
            let Some(state) = State::of(cell.state) else {
                continue;
            };
            out.push(PageState {
                lang: &lang.code,
                source,
                translation: cell.own.map(|i| &site.pages[i]),
                state,
            });
        }
    }
    out
}

/// The translation status of a site: every other language against the default language.
/// Printed as a table, JSON or HTML by `site-gen translations`.
#[derive(Debug, Serialize)]
pub struct Report {
    pub(crate) default_language: String,
    /// One report per language other than the default, in the configuration's order.
    pub languages: Vec<LanguageReport>,
}

/// How far one language's translation is: pages by state, extra pages, Fluent messages.
#[derive(Debug, Serialize)]
pub struct LanguageReport {
    pub(crate) code: String,
    pub(crate) name: String,
    pub(crate) dir: &'static str,
    pub(crate) counts: Counts,
    /// Every page of the default language, with its state in this language.
    pub(crate) pages: Vec<PageReport>,
    /// Pages this language has and the default language does not.
    pub(crate) extra: Vec<String>,
    pub(crate) messages: MessageReport,
}

#[derive(Debug, Default, Serialize)]
pub(crate) struct Counts {
    pub(crate) up_to_date: usize,
    pub(crate) outdated: usize,
    pub(crate) untracked: usize,
    pub(crate) missing: usize,
}

#[derive(Debug, Serialize)]
pub(crate) struct PageReport {
    pub(crate) key: PageKey,
    pub(crate) state: State,
    pub(crate) state_label: &'static str,
    /// The default-language file.
    pub(crate) source: String,
    /// The translation's file, when there is one.
    pub(crate) file: Option<String>,
    /// When the source last changed (`YYYY-MM-DD`), for outdated pages.
    pub(crate) source_changed: Option<String>,
}

#[derive(Debug, Default, Serialize)]
pub(crate) struct MessageReport {
    /// Messages of the default language.
    pub(crate) total: usize,
    pub(crate) translated: usize,
    /// In the default language, not in this one (located in the default language's file).
    pub(crate) missing: Vec<MessageAt>,
    /// In this language, not in the default one (never shown).
    pub(crate) unused: Vec<MessageAt>,
    /// Using other `$variables` than the default language's message.
    pub(crate) variables: Vec<VariableMismatch>,
}

#[derive(Debug, Serialize)]
pub(crate) struct MessageAt {
    pub(crate) id: String,
    pub(crate) file: String,
    pub(crate) line: u32,
}

#[derive(Debug, Serialize)]
pub(crate) struct VariableMismatch {
    pub(crate) id: String,
    pub(crate) file: String,
    pub(crate) line: u32,
    pub(crate) expected: Vec<String>,
    pub(crate) found: Vec<String>,
}

/// The report. `source_changed` maps a default-language file to the date it last changed
/// (see [`source_dates`]); it is only consulted for outdated pages.
pub fn report(site: &Site, source_changed: &BTreeMap<String, String>) -> Report {
    let config = &site.config;
    let default = &config.default_language().code;
    let states = page_states(site);
    let languages = config
        .languages
        .iter()
        .filter(|l| &l.code != default)
        .map(|lang| {
            let mut counts = Counts::default();
            let pages: Vec<PageReport> = states
                .iter()
                .filter(|s| s.lang == lang.code)
                .map(|s| {
                    *match s.state {
                        State::UpToDate => &mut counts.up_to_date,
                        State::Outdated => &mut counts.outdated,
                        State::Untracked => &mut counts.untracked,
                        State::Missing => &mut counts.missing,
                    } += 1;
                    PageReport {
                        key: s.source.key.clone(),
                        state: s.state,
                        state_label: s.state.label(),
                        source: s.source.file.clone(),
                        file: s.translation.map(|t| t.file.clone()),
                        source_changed: (s.state == State::Outdated)
                            .then(|| source_changed.get(&s.source.file).cloned())
                            .flatten(),
                    }
                })
                .collect();
            let extra = site
                .pages
                .iter()
                .filter(|p| p.lang == lang.code && site.page(default, p.key.as_str()).is_none())
                .map(|p| p.file.clone())
                .collect();
            LanguageReport {
                code: lang.code.clone(),
                name: lang.name.clone(),
                dir: lang.dir.as_str(),
                counts,
                pages,
                extra,
                messages: messages(site, &lang.code),
            }
        })
        .collect();
    Report {
        default_language: default.clone(),
        languages,
    }
}

fn messages(site: &Site, lang: &str) -> MessageReport {
    let default = &site.config.default_language().code;
    let empty = BTreeMap::new();
    let base = site.locales.defined.get(default).unwrap_or(&empty);
    let own = site.locales.defined.get(lang).unwrap_or(&empty);
    let mut r = MessageReport {
        total: base.len(),
        ..MessageReport::default()
    };
    for (id, def) in base {
        match own.get(id) {
            None => r.missing.push(MessageAt {
                id: id.clone(),
                file: def.file.clone(),
                line: def.line,
            }),
            Some(mine) => {
                r.translated += 1;
                if mine.variables != def.variables {
                    r.variables.push(VariableMismatch {
                        id: id.clone(),
                        file: mine.file.clone(),
                        line: mine.line,
                        expected: def.variables.iter().cloned().collect(),
                        found: mine.variables.iter().cloned().collect(),
                    });
                }
            }
        }
    }
    for (id, mine) in own {
        if !base.contains_key(id) {
            r.unused.push(MessageAt {
                id: id.clone(),
                file: mine.file.clone(),
                line: mine.line,
            });
        }
    }
    r
}

/// When each file last changed, `YYYY-MM-DD`: the date of its last git commit when the site is
/// a git checkout and the file has no uncommitted changes, else its modification time (UTC).
pub fn source_dates<'a>(
    root: &Path,
    files: impl IntoIterator<Item = &'a str>,
) -> BTreeMap<String, String> {
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .arg("-C")
            .arg(root)
            .args(args)
            .stderr(std::process::Stdio::null())
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
    };
    let in_git = git(&["rev-parse", "--is-inside-work-tree"]).is_some_and(|s| s == "true");
    let mut out = BTreeMap::new();
    for file in files {
        let committed = if in_git {
            let dirty = git(&["status", "--porcelain", "--", file]).is_none_or(|s| !s.is_empty());
            if dirty {
                None
            } else {
                git(&["log", "-1", "--format=%cs", "--", file])
                    .filter(|d| crate::model::Date::parse(d).is_some())
            }
        } else {
            None
        };
        let date = committed.or_else(|| {
            let modified = std::fs::metadata(root.join(file)).ok()?.modified().ok()?;
            let secs = modified
                .duration_since(std::time::UNIX_EPOCH)
                .ok()?
                .as_secs();
            Some(screener_wasm::engine::Date::from_days((secs / 86_400) as i64).to_string())
        });
        if let Some(d) = date {
            out.insert(file.to_string(), d);
        }
    }
    out
}

/// The report as a plain-text table for a terminal.
pub fn table(report: &Report) -> String {
    let mut rows = vec![[
        "language".to_string(),
        "up to date".into(),
        "outdated".into(),
        "not tracked".into(),
        "missing".into(),
        "messages".into(),
        "unused".into(),
        "variables".into(),
    ]];
    for l in &report.languages {
        let c = &l.counts;
        rows.push([
            format!("{} {}", l.code, l.name),
            c.up_to_date.to_string(),
            c.outdated.to_string(),
            c.untracked.to_string(),
            c.missing.to_string(),
            format!("{}/{}", l.messages.translated, l.messages.total),
            l.messages.unused.len().to_string(),
            l.messages.variables.len().to_string(),
        ]);
    }
    // Columns as a terminal shows them: 简体中文 takes two columns a character.
    let cols = |s: &str| unicode_width::UnicodeWidthStr::width(s);
    let width = |i: usize| rows.iter().map(|r| cols(&r[i])).max().unwrap_or(0);
    let widths: Vec<usize> = (0..rows[0].len()).map(width).collect();
    let mut s = String::new();
    for row in &rows {
        for (i, cell) in row.iter().enumerate() {
            let pad = widths[i] - cols(cell);
            if i == 0 {
                s.push_str(cell);
                s.push_str(&" ".repeat(pad));
            } else {
                s.push_str("  ");
                s.push_str(&" ".repeat(pad));
                s.push_str(cell);
            }
        }
        s.push('\n');
    }
    for l in &report.languages {
        let mut details = Vec::new();
        let translated = l.pages.iter().filter(|p| p.file.is_some()).count();
        if l.counts.untracked > 1 && l.counts.untracked == translated {
            details.push(format!(
                "  not tracked  all {translated} translations (none records `translation_of`)"
            ));
        }
        for p in &l.pages {
            match p.state {
                State::Untracked if l.counts.untracked == translated => {}
                State::Outdated => details.push(format!(
                    "  outdated     {}  (source {} changed {})",
                    p.file.as_deref().unwrap_or(p.key.as_str()),
                    p.source,
                    p.source_changed.as_deref().unwrap_or("on an unknown date")
                )),
                State::Untracked => details.push(format!(
                    "  not tracked  {}",
                    p.file.as_deref().unwrap_or(p.key.as_str())
                )),
                State::Missing => details.push(format!(
                    "  missing      {}  (translate {})",
                    translation_path(&p.source, &report.default_language, &l.code),
                    p.source
                )),
                State::UpToDate => {}
            }
        }
        for f in &l.extra {
            details.push(format!("  no source    {f}  (not in the default language)"));
        }
        if !l.messages.missing.is_empty() {
            let mut by_file: BTreeMap<&str, usize> = BTreeMap::new();
            for m in &l.messages.missing {
                *by_file.entry(&m.file).or_default() += 1;
            }
            let files: Vec<String> = by_file
                .iter()
                .map(|(f, n)| format!("{n} from {f}"))
                .collect();
            let first: Vec<&str> = l
                .messages
                .missing
                .iter()
                .take(5)
                .map(|m| m.id.as_str())
                .collect();
            details.push(format!(
                "  messages to translate: {} ({}): {}{}",
                l.messages.missing.len(),
                files.join(", "),
                first.join(", "),
                if l.messages.missing.len() > first.len() {
                    ", …"
                } else {
                    ""
                }
            ));
        }
        for m in &l.messages.unused {
            details.push(format!(
                "  unused message `{}` at {}:{} (not in the default language)",
                m.id, m.file, m.line
            ));
        }
        for m in &l.messages.variables {
            details.push(format!(
                "  message `{}` at {}:{} uses {} where the default language uses {}",
                m.id,
                m.file,
                m.line,
                variables(&m.found),
                variables(&m.expected)
            ));
        }
        if !details.is_empty() {
            s.push_str(&format!("\n{} ({}):\n", l.name, l.code));
            for d in details {
                s.push_str(&d);
                s.push('\n');
            }
        }
    }
    if report.languages.iter().any(|l| l.counts.untracked > 0) {
        s.push_str(
            "\nA translation is tracked once it records which version of its source it was made \
             from:\nsite-gen translations mark <file>… (or --all <language>) after checking it.\n",
        );
    }
    s
}

/// `content/en/asylum/x.md` → `content/es/asylum/x.md`.
fn translation_path(source: &str, default: &str, lang: &str) -> String {
    match source.strip_prefix(&format!("content/{default}/")) {
        Some(rest) => format!("content/{lang}/{rest}"),
        None => source.to_string(),
    }
}

fn variables(v: &[String]) -> String {
    if v.is_empty() {
        "no variables".into()
    } else {
        v.iter()
            .map(|x| format!("${x}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The report as a self-contained HTML page for a coordinator: no scripts, no external
/// resources.
pub fn html(report: &Report, generated: &str) -> Result<String, minijinja::Error> {
    let mut env = minijinja::Environment::new();
    env.add_template("report.html", include_str!("translations.html"))?;
    env.get_template("report.html")?
        .render(minijinja::context! {
            report => minijinja::value::Serde(report),
            generated => generated,
        })
}

/// The result of marking one file.
#[derive(Debug)]
pub struct Marked {
    /// The translation, relative to the root.
    pub file: String,
    /// Its default-language source, relative to the root.
    pub source: String,
    /// The source's hash now recorded as `translation_of`.
    pub hash: String,
    /// False when the file already recorded this hash.
    pub changed: bool,
}

/// The translations of `lang` that exist, as files relative to the root (for `mark --all`).
pub fn translations_of(site: &Site, lang: &str) -> Result<Vec<String>, Diagnostic> {
    let default = &site.config.default_language().code;
    if site.config.language(lang).is_none() {
        return Err(Diagnostic::error(format!(
            "`{lang}` is not a language of this site"
        )));
    }
    if lang == default {
        return Err(Diagnostic::error(format!(
            "`{lang}` is the default language: its pages are the sources, not translations"
        )));
    }
    Ok(page_states(site)
        .into_iter()
        .filter(|s| s.lang == lang)
        .filter_map(|s| s.translation.map(|t| t.file.clone()))
        .collect())
}

/// Writes `translation_of: <hash of the current source>` into the front matter of a
/// translation (`file`: relative to the root, or a path that lies inside it). Everything else
/// in the file stays byte for byte.
pub fn mark(site: &Site, file: &Path) -> Result<Marked, Diagnostic> {
    let root = &site.root;
    let rel = relative_to_root(root, file).ok_or_else(|| {
        let exists = file.exists() || root.join(file).exists();
        Diagnostic::error(if exists {
            format!(
                "{} is not inside the site ({})",
                file.display(),
                root.display()
            )
        } else {
            format!("{}: no such file", file.display())
        })
    })?;
    let default = &site.config.default_language().code;
    let (lang, key) = rel
        .strip_prefix("content/")
        .and_then(|r| r.split_once('/'))
        .filter(|(l, k)| site.config.language(l).is_some() && k.ends_with(".md"))
        .ok_or_else(|| {
            Diagnostic::error(format!("{rel} is not a page under content/<language>/"))
                .hint("give the path of a translation, like content/es/asylum/one-year-deadline.md")
        })?;
    if lang == default {
        return Err(Diagnostic::error(format!(
            "{rel} is in the default language `{default}`: only translations are marked"
        ))
        .in_file(&rel));
    }
    let key = PageKey::from_file(key)
        .map_err(|e| Diagnostic::error(format!("{rel} cannot be a page: {e}")).in_file(&rel))?;
    let source = site.page(default, key.as_str()).ok_or_else(|| {
        Diagnostic::error(format!(
            "{rel} has no source: there is no content/{default}/{key} (or it has errors)"
        ))
        .in_file(&rel)
        .hint("run `site-gen check` to see problems in the source")
    })?;
    // Only a page the site loaded is marked: a file that is a link out of the site, or that
    // `load` refused, is not edited.
    if site.page(lang, key.as_str()).is_none_or(|p| p.file != rel) {
        return Err(Diagnostic::error(format!(
            "{rel} is not a page of this site (see `site-gen check`)"
        ))
        .in_file(&rel));
    }
    let path = root.join(&rel);
    let text = std::fs::read_to_string(&path)
        .map_err(|e| Diagnostic::error(format!("cannot read: {e}")).in_file(&rel))?;
    let new_text = set_translation_of(&text, &source.hash)
        .map_err(|why| Diagnostic::error(format!("cannot mark {rel}: {why}")).in_file(&rel))?;
    // The edit must leave a page that loads, with exactly this hash.
    match content::parse(&rel, &content::normalise(&new_text)) {
        (p, d)
            if !crate::diag::has_errors(&d)
                && p.meta.translation_of.as_deref() == Some(&source.hash) => {}
        (_, d) if d.iter().any(|d| d.is_error()) => {
            return Err(d
                .into_iter()
                .find(|d| d.is_error())
                .unwrap_or_else(|| Diagnostic::error(format!("cannot mark {rel}")).in_file(&rel)));
        }
        _ => {
            return Err(Diagnostic::error(format!(
                "cannot mark {rel}: its front matter could not be edited safely"
            ))
            .in_file(&rel)
            .hint(format!(
                "add `translation_of: \"{}\"` to its front matter by hand",
                source.hash
            )));
        }
    }
    let changed = new_text != text;
    if changed {
        std::fs::write(&path, &new_text)
            .map_err(|e| Diagnostic::error(format!("cannot write: {e}")).in_file(&rel))?;
    }
    Ok(Marked {
        file: rel,
        source: source.file.clone(),
        hash: source.hash.clone(),
        changed,
    })
}

/// `file` as a path relative to `root` with `/` separators, when it lies inside it. A relative
/// `file` is taken from the current folder when it exists there, else from the root.
fn relative_to_root(root: &Path, file: &Path) -> Option<String> {
    let candidates: Vec<PathBuf> = if file.is_absolute() {
        vec![file.to_path_buf()]
    } else {
        vec![file.to_path_buf(), root.join(file)]
    };
    let root = std::fs::canonicalize(root).ok()?;
    candidates.iter().find_map(|c| {
        let c = std::fs::canonicalize(c).ok()?;
        let rel = c.strip_prefix(&root).ok()?;
        Some(crate::load::fs::slash_path(rel))
    })
}

/// Sets `translation_of` in a Markdown file's front matter, keeping every other byte: the
/// line is replaced where it exists, else added at the end of the top-level keys. A file
/// without front matter gets a YAML one. Line endings and a byte-order mark are kept.
pub(crate) fn set_translation_of(text: &str, hash: &str) -> Result<String, &'static str> {
    let (bom, body) = match text.strip_prefix('\u{feff}') {
        Some(rest) => ("\u{feff}", rest),
        None => ("", text),
    };
    let first_end = body.find('\n');
    let eol = match first_end {
        Some(i) if body[..i].ends_with('\r') => "\r\n",
        _ => "\n",
    };
    let first = body[..first_end.unwrap_or(body.len())].trim_end();
    let (fence, line) = match first {
        "---" => ("---", format!("translation_of: \"{hash}\"{eol}")),
        "+++" => ("+++", format!("translation_of = \"{hash}\"{eol}")),
        _ => {
            return Ok(format!(
                "{bom}---{eol}translation_of: \"{hash}\"{eol}---{eol}{body}"
            ));
        }
    };
    let start = first_end.map_or(body.len(), |i| i + 1);
    let mut offset = start;
    let mut insert_at = None;
    let mut existing = None;
    for l in body[start..].split_inclusive('\n') {
        let content = l.trim_end_matches(['\n', '\r']);
        if content.trim_end() == fence {
            insert_at.get_or_insert(offset);
            let out = match existing {
                Some((at, len)) => {
                    format!("{bom}{}{line}{}", &body[..at], &body[at + len..])
                }
                None => {
                    let at = insert_at.unwrap_or(offset);
                    format!("{bom}{}{line}{}", &body[..at], &body[at..])
                }
            };
            return Ok(out);
        }
        let is_key = content
            .strip_prefix("translation_of")
            .is_some_and(|r| r.trim_start().starts_with([':', '=']));
        if is_key && existing.is_none() && insert_at.is_none() {
            existing = Some((offset, l.len()));
        }
        // In TOML, keys after a `[table]` header belong to that table.
        if fence == "+++" && content.starts_with('[') {
            insert_at.get_or_insert(offset);
        }
        offset += l.len();
    }
    Err("its front matter has no closing line")
}

#[cfg(test)]
mod tests {
    use super::*;

    const H: &str = "0123456789abcdef";

    #[test]
    fn yaml_line_is_replaced_in_place() {
        let text = "---\ntitle: Asilo\ntranslation_of: 0000\nweight: 3\n---\nCuerpo\n";
        assert_eq!(
            set_translation_of(text, H).unwrap(),
            format!("---\ntitle: Asilo\ntranslation_of: \"{H}\"\nweight: 3\n---\nCuerpo\n")
        );
    }

    #[test]
    fn yaml_line_is_added_keeping_crlf_and_bom() {
        let text = "\u{feff}---\r\ntitle: Asilo\r\n---\r\nCuerpo\r\n";
        assert_eq!(
            set_translation_of(text, H).unwrap(),
            format!("\u{feff}---\r\ntitle: Asilo\r\ntranslation_of: \"{H}\"\r\n---\r\nCuerpo\r\n")
        );
    }

    #[test]
    fn toml_goes_before_tables() {
        let text = "+++\ntitle = \"T\"\n[[sources]]\ntitle = \"S\"\nurl = \"u\"\n+++\nB";
        assert_eq!(
            set_translation_of(text, H).unwrap(),
            format!(
                "+++\ntitle = \"T\"\ntranslation_of = \"{H}\"\n[[sources]]\ntitle = \"S\"\nurl = \"u\"\n+++\nB"
            )
        );
        let text = "+++\ntranslation_of = \"x\"\ntitle = \"T\"\n+++\n";
        assert_eq!(
            set_translation_of(text, H).unwrap(),
            format!("+++\ntranslation_of = \"{H}\"\ntitle = \"T\"\n+++\n")
        );
    }

    #[test]
    fn no_front_matter_gets_one() {
        assert_eq!(
            set_translation_of("# Título\n\nTexto\n", H).unwrap(),
            format!("---\ntranslation_of: \"{H}\"\n---\n# Título\n\nTexto\n")
        );
        assert!(set_translation_of("---\ntitle: x\n", H).is_err());
    }
}
