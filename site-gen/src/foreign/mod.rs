//! Foreign syntax: what other generators' files contain that this project's Markdown does not
//! mean, converted where a safe meaning exists and otherwise left out with a warning at its
//! line and column in the original file.
//!
//! Pure: text in, text and diagnostics out; no file system. The conversions run one after the
//! other, each on the previous one's output, and each keeps a map back to its input
//! ([`map`]), so every warning points into the file the editor wrote:
//!
//! 1. Hugo shortcodes ([`shortcodes`]): `{{< … >}}`, `{{% … %}}`, paired, self-closing,
//!    nested, and `{{</* … */>}}` escapes.
//! 2. Liquid ([`liquid`]): `{% … %}` tags and `{{ … }}` output in Jekyll files.
//! 3. MDX ([`mdx`]): `import`/`export` lines, JSX components, `{/* … */}` comments.
//! 4. Blocks ([`blocks`]), always: `:::` containers (VitePress, Docusaurus, markdown-it), MkDocs
//!    `!!!`/`???` admonitions and `===` tabs, kramdown/Hugo attribute lines.
//!
//! The earlier conversions express admonitions and collapsible blocks as `:::` containers, so
//! one piece of code ([`blocks`]) decides how every admonition looks.
//!
//! Invariant: the contents of fenced code blocks are never changed; the only exceptions are
//! the generators' own escapes (`{{</* */>}}`, `{% raw %}`), whose one purpose is to show
//! their text literally.

mod blocks;
mod code;
mod liquid;
mod map;
mod mdx;
mod shortcodes;

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::diag::Diagnostic;
use map::Doc;

/// Which generators' inline syntax to look for. Block constructs (`:::` containers, MkDocs
/// admonitions, attribute lines) are always converted: they cannot be mistaken for prose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Syntax {
    /// Hugo shortcodes.
    pub(crate) hugo: bool,
    /// Liquid tags and output (Jekyll).
    pub(crate) liquid: bool,
    /// MDX: `import`/`export`, JSX components, `{/* */}` comments (Docusaurus, Nuxt content).
    pub(crate) mdx: bool,
}

impl Syntax {
    /// Only the block constructs.
    pub(crate) const PLAIN: Syntax = Syntax {
        hugo: false,
        liquid: false,
        mdx: false,
    };
    pub(crate) const HUGO: Syntax = Syntax {
        hugo: true,
        ..Syntax::PLAIN
    };
    pub(crate) const JEKYLL: Syntax = Syntax {
        liquid: true,
        ..Syntax::PLAIN
    };
    pub(crate) const MDX: Syntax = Syntax {
        mdx: true,
        ..Syntax::PLAIN
    };

    /// For a file whose origin is not known (`build` on a folder of Markdown): Hugo and
    /// Liquid in every file, MDX in `.mdx` files.
    pub(crate) fn for_file(path: &str) -> Syntax {
        Syntax {
            hugo: true,
            liquid: true,
            mdx: path.ends_with(".mdx"),
        }
    }
}

/// The pages a file can link to, by the paths the other generator knew them by, and the key
/// each has in this project (its path under `content/<lang>/`: `asylum/deadline.md`,
/// `asylum/_index.md`).
#[derive(Debug, Clone, Default)]
pub(crate) struct Pages {
    /// Normalised source path (no extension, no `index`) → key.
    by_path: BTreeMap<String, String>,
    /// Last segment of the normalised source path → keys.
    by_name: BTreeMap<String, Vec<String>>,
}

impl Pages {
    /// Pages whose source paths are their keys (the site is already in this project's layout).
    pub(crate) fn from_keys<'k>(keys: impl IntoIterator<Item = &'k str>) -> Pages {
        let mut p = Pages::default();
        for k in keys {
            p.insert(k, k);
        }
        p
    }

    /// Adds the page that the other generator knew as `source` (relative to its content
    /// folder, `posts/2020-01-02-x.md`, `docs/intro/index.md`) and this project calls `key`.
    pub(crate) fn insert(&mut self, source: &str, key: &str) {
        let stem = stem(source);
        let name = stem.rsplit('/').next().unwrap_or(&stem).to_string();
        let keys = self.by_name.entry(name).or_default();
        if !keys.iter().any(|k| k == key) {
            keys.push(key.to_string());
        }
        self.by_path.insert(stem, key.to_string());
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.by_path.is_empty()
    }

    /// The key of the page `target` names, written in the page whose source path is `from`:
    /// relative to `from`'s folder first, then from the content root, then by its last
    /// segment when only one page has it (as Hugo's `ref` does). With no pages known, the
    /// target's path itself.
    pub(crate) fn resolve(&self, target: &str, from: &str) -> Option<String> {
        let target = target.trim();
        if target.is_empty() {
            return None;
        }
        let dir = from.rsplit_once('/').map_or("", |(d, _)| d);
        let mut candidates = Vec::new();
        if !target.starts_with('/') {
            candidates.push(join(dir, target)?);
        }
        candidates.push(stem(target));
        if self.is_empty() {
            // Nothing to look in: `./x`, `../x` and a bare name are relative to the page,
            // a path with folders is from the content root (as most sites write them).
            let relative = target.starts_with("./")
                || target.starts_with("../")
                || !target.trim_end_matches('/').contains('/');
            let pick = if relative {
                candidates.first()
            } else {
                candidates.last()
            };
            return pick.map(|s| key_of_stem(s));
        }
        for c in &candidates {
            if let Some(k) = self.by_path.get(c) {
                return Some(k.clone());
            }
        }
        let s = stem(target);
        let name = s.rsplit('/').next().unwrap_or(&s);
        match self.by_name.get(name).map(Vec::as_slice) {
            Some([one]) => Some(one.clone()),
            _ => None,
        }
    }
}

/// `a/b.md`, `/a/b/`, `a/b/index.md`, `a/b/_index.md`, `a/b.html` → `a/b`; the root is ``.
fn stem(path: &str) -> String {
    let mut p = path.trim().trim_matches('/');
    for ext in [".md", ".mdx", ".markdown", ".html", ".htm"] {
        if let Some(s) = p.strip_suffix(ext) {
            p = s;
            break;
        }
    }
    for index in ["index", "_index", "README", "readme"] {
        if p == index {
            return String::new();
        }
        if let Some(d) = p.strip_suffix(index).and_then(|d| d.strip_suffix('/')) {
            return d.to_string();
        }
    }
    p.to_string()
}

/// The key a stem has when nothing else is known: a page file, or the home.
fn key_of_stem(stem: &str) -> String {
    if stem.is_empty() {
        "_index.md".into()
    } else {
        format!("{stem}.md")
    }
}

/// `dir` + `rel` with `.` and `..` resolved; `None` when `..` leaves the root.
fn join(dir: &str, rel: &str) -> Option<String> {
    let mut parts: Vec<&str> = dir.split('/').filter(|s| !s.is_empty()).collect();
    let trailing = rel.ends_with('/');
    for seg in rel.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    let joined = parts.join("/");
    Some(stem(&if trailing {
        format!("{joined}/")
    } else {
        joined
    }))
}

#[cfg(test)]
static EMPTY_MAP: std::sync::LazyLock<Map<String, Value>> = std::sync::LazyLock::new(Map::new);
#[cfg(test)]
static NO_PAGES: std::sync::LazyLock<Pages> = std::sync::LazyLock::new(Pages::default);

/// What a conversion needs to know about the file and the site around it.
#[derive(Clone, Copy)]
pub(crate) struct Context<'a> {
    /// The page's path as the other generator knew it (or its key), for relative links.
    pub(crate) page: &'a str,
    /// The page's front matter, for Hugo's `param` and Liquid's `{{ page.x }}`.
    pub(crate) front_matter: &'a Map<String, Value>,
    /// The site's parameters (Hugo `params`, Jekyll `_config.yml`), for `{{ site.x }}`
    /// and Hugo's `param` when the page has no such key.
    pub(crate) site: &'a Map<String, Value>,
    /// The pages links may lead to.
    pub(crate) pages: &'a Pages,
    pub(crate) syntax: Syntax,
}

impl<'a> Context<'a> {
    /// A context that knows only the page's path: links are converted by their path alone.
    /// Only the tests convert without a page and a site around them.
    #[cfg(test)]
    pub(crate) fn new(page: &'a str, syntax: Syntax) -> Context<'a> {
        Context {
            page,
            front_matter: &EMPTY_MAP,
            site: &EMPTY_MAP,
            pages: &NO_PAGES,
            syntax,
        }
    }

    /// The value of `name` (dotted: `a.b`) in the page's front matter (also under its
    /// `params`), else in the site's parameters; scalars as text, lists joined by commas.
    fn param(&self, name: &str) -> Option<String> {
        let lookup = |map: &Map<String, Value>| {
            let mut parts = name.split('.');
            let mut v = map.get(parts.next()?)?;
            for p in parts {
                v = v.get(p)?;
            }
            scalar_text(v)
        };
        lookup(self.front_matter)
            .or_else(|| {
                self.front_matter
                    .get("params")?
                    .as_object()
                    .and_then(lookup)
            })
            .or_else(|| lookup(self.site))
            .or_else(|| self.site.get("params")?.as_object().and_then(lookup))
    }

    /// `@/key#fragment` for a link target written in this page, or `None` when it names no
    /// known page. A bare `#fragment` stays as it is.
    fn link(&self, target: &str) -> Option<String> {
        let (path, fragment) = match target.split_once('#') {
            Some((p, f)) => (p, Some(f)),
            None => (target, None),
        };
        if path.is_empty() {
            return fragment.map(|f| format!("#{f}"));
        }
        let key = self.pages.resolve(path, self.page)?;
        Some(match fragment {
            Some(f) if !f.is_empty() => format!("@/{key}#{f}"),
            _ => format!("@/{key}"),
        })
    }
}

fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Array(a) => Some(
            a.iter()
                .filter_map(scalar_text)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        _ => None,
    }
}

/// Converts a Markdown body that starts on line `first_line` of `file`: returns this project's
/// Markdown and a warning for every construct that was left out or only partly converted.
pub(crate) fn convert(
    file: &str,
    body: &str,
    first_line: u32,
    cx: &Context,
) -> (String, Vec<Diagnostic>) {
    let mut doc = Doc::new(file, body, first_line);
    let mut text = body.to_string();
    if cx.syntax.hugo && text.contains("{{") {
        let out = shortcodes::convert(&mut doc, &text, cx, Flavour::Markdown);
        text = doc.finish(out);
    }
    if cx.syntax.liquid && (text.contains("{%") || text.contains("{{")) {
        let out = liquid::convert(&mut doc, &text, cx, Flavour::Markdown);
        text = doc.finish(out);
    }
    if cx.syntax.mdx {
        let out = mdx::convert(&mut doc, &text);
        text = doc.finish(out);
    }
    if blocks::has_any(&text) {
        let out = blocks::convert(&mut doc, &text);
        text = doc.finish(out);
    }
    (text, sorted(doc.diags))
}

/// Warnings in the order of the file, whichever conversion found them.
fn sorted(mut diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
    diags.sort_by_key(|d| (d.line, d.column));
    diags
}

/// Converts the body of an HTML content file (Hugo and Jekyll allow front matter + HTML):
/// shortcodes and Liquid become HTML, links to pages become `@/key` in `href`. The result
/// still has to pass the HTML sanitiser, and its `href="@/…"` resolved, as raw HTML in
/// Markdown does.
pub(crate) fn convert_html(
    file: &str,
    body: &str,
    first_line: u32,
    cx: &Context,
) -> (String, Vec<Diagnostic>) {
    let mut doc = Doc::new(file, body, first_line);
    let mut text = body.to_string();
    if cx.syntax.hugo {
        let out = shortcodes::convert(&mut doc, &text, cx, Flavour::Html);
        text = doc.finish(out);
    }
    if cx.syntax.liquid {
        let out = liquid::convert(&mut doc, &text, cx, Flavour::Html);
        text = doc.finish(out);
    }
    (text, sorted(doc.diags))
}

/// What converted constructs are written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Flavour {
    Markdown,
    Html,
}

/// This project's admonition kinds, and the collapsible block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Note,
    Tip,
    Important,
    Warning,
    Caution,
    Details,
}

impl Kind {
    /// The kind another generator's admonition name stands for (VitePress, Docusaurus,
    /// MkDocs Material, Hugo themes, Bootstrap colours).
    fn of(name: &str) -> Option<Kind> {
        Some(match name.to_ascii_lowercase().as_str() {
            "note" | "info" | "information" | "abstract" | "summary" | "tldr" | "todo"
            | "question" | "help" | "faq" | "example" | "quote" | "cite" | "primary"
            | "secondary" | "light" | "dark" | "default" | "notice" | "callout" | "neutral"
            | "alert" => Kind::Note,
            "tip" | "hint" | "success" | "check" | "done" => Kind::Tip,
            "important" => Kind::Important,
            "warning" | "warn" | "caution" | "attention" => Kind::Warning,
            "danger" | "error" | "failure" | "fail" | "missing" | "bug" | "red" => Kind::Caution,
            "details" | "spoiler" | "collapse" | "expand" => Kind::Details,
            _ => return None,
        })
    }

    fn marker(self) -> &'static str {
        match self {
            Kind::Note => "NOTE",
            Kind::Tip => "TIP",
            Kind::Important => "IMPORTANT",
            Kind::Warning => "WARNING",
            Kind::Caution => "CAUTION",
            Kind::Details => "DETAILS",
        }
    }

    /// The word this project's `:::` container reading ([`blocks`]) maps back to this kind.
    fn word(self) -> &'static str {
        match self {
            Kind::Note => "note",
            Kind::Tip => "tip",
            Kind::Important => "important",
            Kind::Warning => "warning",
            Kind::Caution => "danger",
            Kind::Details => "details",
        }
    }
}

/// A `:::` container around `inner`, for [`blocks`] to turn into an admonition: the fence
/// is longer than any colon run inside, so it cannot be closed early.
fn container(kind: Kind, title: Option<&str>, inner: &str) -> (String, String) {
    let longest = inner
        .lines()
        .map(|l| l.trim_start().bytes().take_while(|&b| b == b':').count())
        .max()
        .unwrap_or(0);
    let fence = ":".repeat((longest + 1).max(3));
    let title = title
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|t| !t.is_empty());
    let open = match title {
        Some(t) => format!("{fence}{} {t}\n", kind.word()),
        None => format!("{fence}{}\n", kind.word()),
    };
    (open, format!("{fence}\n"))
}

/// HTML for an admonition (in HTML content files), as the Markdown renderer draws one; the
/// label comes from the title, the reader's language being unknown here.
fn html_admonition(kind: Kind, title: Option<&str>, inner: &str) -> String {
    let escape = crate::render::markdown::escape;
    match kind {
        Kind::Details => format!(
            "<details>{}\n{inner}\n</details>",
            title.map_or(String::new(), |t| format!(
                "<summary>{}</summary>",
                escape(t)
            ))
        ),
        _ => {
            let k = kind.word();
            let k = if k == "danger" { "caution" } else { k };
            format!(
                "<div class=\"admonition admonition-{k}\" role=\"note\">{}\n{inner}\n</div>",
                title.map_or(String::new(), |t| format!(
                    "<p class=\"admonition-title\">{}</p>",
                    escape(t)
                ))
            )
        }
    }
}

/// Arguments of a shortcode or a tag: positional and `name=value` pairs.
#[derive(Debug, Default, Clone)]
struct Args {
    positional: Vec<String>,
    named: Vec<(String, String)>,
}

impl Args {
    /// Splits `a "b c" key="d" k2=e` (quotes `"`, `'` and `` ` ``; `\"` inside `"…"`).
    fn parse(s: &str) -> Args {
        let mut args = Args::default();
        let mut chars = s.chars().peekable();
        loop {
            while chars.peek().is_some_and(|c| c.is_whitespace()) {
                chars.next();
            }
            let Some(&c) = chars.peek() else { break };
            let first = if matches!(c, '"' | '\'' | '`') {
                chars.next();
                quoted(&mut chars, c)
            } else {
                let mut w = String::new();
                while let Some(&c) = chars.peek() {
                    if c.is_whitespace() || c == '=' {
                        break;
                    }
                    w.push(c);
                    chars.next();
                }
                if chars.peek() == Some(&'=') {
                    chars.next();
                    let value = match chars.peek() {
                        Some(&q) if matches!(q, '"' | '\'' | '`') => {
                            chars.next();
                            quoted(&mut chars, q)
                        }
                        _ => {
                            let mut v = String::new();
                            while let Some(&c) = chars.peek() {
                                if c.is_whitespace() {
                                    break;
                                }
                                v.push(c);
                                chars.next();
                            }
                            v
                        }
                    };
                    args.named.push((w, value));
                    continue;
                }
                w
            };
            args.positional.push(first);
        }
        args
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.named
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The named argument, else the positional one at `index`.
    fn arg(&self, name: &str, index: usize) -> Option<&str> {
        self.get(name)
            .or_else(|| self.positional.get(index).map(String::as_str))
    }
}

fn quoted(chars: &mut std::iter::Peekable<std::str::Chars>, q: char) -> String {
    let mut s = String::new();
    while let Some(c) = chars.next() {
        if c == q {
            break;
        }
        if c == '\\' && q == '"' {
            if let Some(n) = chars.next() {
                s.push(n);
            }
            continue;
        }
        s.push(c);
    }
    s
}

/// Removes the indentation common to every non-blank line of `inner` (JSX children and
/// shortcode bodies are often indented, which Markdown would read as code).
fn common_indent(inner: &str) -> usize {
    inner
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start_matches([' ', '\t']).len())
        .min()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests;
