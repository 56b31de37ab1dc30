//! Liquid in Jekyll files: `{% tag … %}` and `{{ expression }}` (also Vue's and Jinja's
//! `{{ … }}` in VitePress and mkdocs-macros pages, which read the same way).
//!
//! Converted where the meaning is safe: `{% raw %}` (its text, literally), `{% comment %}`
//! (removed silently), `{% highlight %}` (a fenced code block), `{% link %}` and
//! `{% post_url %}` (`@/` links), `{{ page.x }}` and `{{ site.x }}` (the value, when it is a
//! plain value), `{{ "/path" | relative_url }}` (the path). Everything else — includes,
//! conditions, loops, assignments — is removed with a warning; the text between block tags
//! stays.

use std::ops::Range;

use super::code::{code_ranges, inside};
use super::map::{Doc, Out};
use super::{Context, Flavour, scalar_text};

pub(super) fn convert(doc: &mut Doc, text: &str, cx: &Context, flavour: Flavour) -> Out {
    let code = code_ranges(text);
    let mut out = Out::default();
    let mut pos = 0;
    let mut i = 0;
    while let Some(found) = text[i..].find('{') {
        let at = i + found;
        let next = text.as_bytes().get(at + 1).copied();
        let is_tag = next == Some(b'%');
        let is_output =
            next == Some(b'{') && !matches!(text.as_bytes().get(at + 2), Some(b'<' | b'%'));
        if !is_tag && !is_output {
            i = at + 1;
            continue;
        }
        let Some((inner, end)) = delimited(text, at, if is_tag { "%}" } else { "}}" }) else {
            i = at + 2;
            continue;
        };
        let in_code = inside(&code, at);
        if is_tag {
            let (name, args) = split_name(inner);
            if name == "raw" {
                // Shown literally, in code too: that is what `raw` is for.
                let (body, close) = match find_end(text, end, "endraw") {
                    Some(r) => r,
                    None => (end..text.len(), text.len()..text.len()),
                };
                out.copy(text, pos..at);
                out.copy(text, body.clone());
                pos = close.end;
                i = pos.max(at + 2);
                continue;
            }
            if name == "endraw" && in_code.is_some() {
                out.copy(text, pos..at);
                pos = end;
                i = end;
                continue;
            }
            if let Some(code_end) = in_code {
                i = code_end.max(at + 2);
                continue;
            }
            out.copy(text, pos..at);
            pos = end;
            i = end;
            match name {
                "comment" => {
                    if let Some((_, close)) = find_end(text, end, "endcomment") {
                        pos = close.end;
                        i = pos;
                    }
                }
                "capture" => {
                    // Captured text is stored for the template, never shown where it is.
                    doc.warn(
                        at,
                        "Liquid `{% capture %}` removed with the text it stored for the template",
                        None,
                    );
                    if let Some((_, close)) = find_end(text, end, "endcapture") {
                        pos = close.end;
                        i = pos;
                    }
                }
                "highlight" => match find_end(text, end, "endhighlight") {
                    Some((body, close)) => {
                        highlight(&mut out, text, args, body, at, flavour);
                        pos = close.end;
                        i = pos;
                    }
                    None => doc.warn(
                        at,
                        "`highlight` has no `{% endhighlight %}`: it was removed",
                        None,
                    ),
                },
                "link" | "post_url" => {
                    let target = args.split_whitespace().next().unwrap_or("");
                    match cx.link(target) {
                        Some(l) => out.put(&l, at),
                        None => {
                            doc.warn(
                                at,
                                format!(
                                    "`{{% {name} %}}` names a page that was not found: `{target}`"
                                ),
                                Some("link to the page with @/<section>/<page>.md"),
                            );
                            out.put(target, at);
                        }
                    }
                }
                _ => {
                    let why = match name {
                        "include" | "include_relative" | "include_cached" => {
                            "includes are templates of the old site; write their text into the page"
                        }
                        "if" | "elsif" | "else" | "endif" | "unless" | "endunless" | "case"
                        | "when" | "endcase" => {
                            "conditions cannot be evaluated here: the text of every branch is kept"
                        }
                        "for" | "endfor" | "tablerow" | "endtablerow" => {
                            "loops cannot be run here: their text is kept once"
                        }
                        _ => "Liquid templates cannot be run here",
                    };
                    doc.warn(
                        at,
                        format!("Liquid tag `{{% {name} %}}` removed: {why}"),
                        None,
                    );
                }
            }
            continue;
        }
        if let Some(code_end) = in_code {
            i = code_end.max(at + 2);
            continue;
        }
        out.copy(text, pos..at);
        pos = end;
        i = end;
        match output_value(inner, cx) {
            Some(v) => out.put(&v, at),
            None => doc.warn(
                at,
                format!(
                    "template expression `{{{{ {} }}}}` removed: its value is not known here",
                    inner.trim()
                ),
                Some("write the text itself into the page"),
            ),
        }
    }
    out.copy(text, pos..text.len());
    out
}

/// The text between `{%`/`{{` at `at` and `close` (whitespace-control dashes removed) and
/// the end of the closing delimiter; quotes are respected.
fn delimited<'t>(text: &'t str, at: usize, close: &str) -> Option<(&'t str, usize)> {
    let bytes = text.as_bytes();
    let mut quote = None;
    let mut j = at + 2;
    while j < bytes.len() {
        let b = bytes[j];
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if bytes[j..].starts_with(close.as_bytes()) => {
                let inner = text[at + 2..j]
                    .trim_start_matches('-')
                    .trim_end_matches('-');
                return Some((inner.trim(), j + close.len()));
            }
            None if b == b'\n' && bytes.get(j + 1) == Some(&b'\n') => return None,
            None => {}
        }
        j += 1;
    }
    None
}

fn split_name(inner: &str) -> (&str, &str) {
    match inner.find(char::is_whitespace) {
        Some(i) => (&inner[..i], inner[i..].trim()),
        None => (inner, ""),
    }
}

/// The body up to `{% name %}` after `from`, and the closing tag's range.
fn find_end(text: &str, from: usize, name: &str) -> Option<(Range<usize>, Range<usize>)> {
    let mut i = from;
    while let Some(f) = text[i..].find("{%") {
        let at = i + f;
        if let Some((inner, end)) = delimited(text, at, "%}")
            && split_name(inner).0 == name
        {
            return Some((from..at, at..end));
        }
        i = at + 2;
    }
    None
}

fn highlight(
    out: &mut Out,
    text: &str,
    args: &str,
    body: Range<usize>,
    at: usize,
    flavour: Flavour,
) {
    let lang = args.split_whitespace().next().unwrap_or("");
    let code = text[body.clone()].trim_start_matches('\n');
    let start = body.end - code.len();
    let code = code.strip_suffix('\n').unwrap_or(code);
    match flavour {
        Flavour::Markdown => {
            out.start_line(at);
            out.put(&format!("```{lang}\n"), at);
            out.copy(text, start..start + code.len());
            out.put("\n```", body.end);
        }
        Flavour::Html => {
            let e = crate::render::markdown::escape;
            let class = if lang.is_empty() {
                String::new()
            } else {
                format!(" class=\"language-{}\"", e(lang))
            };
            out.put(&format!("<pre><code{class}>{}</code></pre>", e(code)), at);
        }
    }
}

/// Filters that do not change what a plain value means here.
const PLAIN_FILTERS: &[&str] = &[
    "relative_url",
    "absolute_url",
    "strip",
    "escape",
    "xml_escape",
    "markdownify",
    "smartify",
];

/// The value of `{{ expression }}` when it is a literal or a page or site value with
/// harmless filters.
fn output_value(expr: &str, cx: &Context) -> Option<String> {
    let mut parts = split_filters(expr).into_iter();
    let head = parts.next()?.trim();
    let mut case: Option<fn(&str) -> String> = None;
    for f in parts {
        let name = f.trim().split([':', ' ']).next().unwrap_or("");
        match name {
            "upcase" => case = Some(str::to_uppercase),
            "downcase" => case = Some(str::to_lowercase),
            _ if PLAIN_FILTERS.contains(&name) => {}
            _ => return None,
        }
    }
    let value = literal_or_value(head, cx)?;
    Some(case.map_or(value.clone(), |c| c(&value)))
}

/// A quoted literal, or a plain `page.x`/`site.x` value.
fn literal_or_value(head: &str, cx: &Context) -> Option<String> {
    if let Some(s) = head
        .strip_prefix('"')
        .and_then(|h| h.strip_suffix('"'))
        .or_else(|| head.strip_prefix('\'').and_then(|h| h.strip_suffix('\'')))
    {
        return Some(s.to_string());
    }
    let (scope, path) = head.split_once('.')?;
    let map = match scope {
        // `$frontmatter` is VitePress' name for the page's front matter.
        "page" | "$frontmatter" | "frontmatter" => cx.front_matter,
        "site" => cx.site,
        _ => return None,
    };
    let mut keys = path.split('.');
    let mut v = map.get(keys.next()?)?;
    for k in keys {
        v = v.get(k)?;
    }
    match v {
        serde_json::Value::Array(_) | serde_json::Value::Object(_) => None,
        v => scalar_text(v),
    }
}

fn split_filters(expr: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut quote = None;
    let mut start = 0;
    for (i, c) in expr.char_indices() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '\'' => quote = Some(c),
            None if c == '|' => {
                parts.push(&expr[start..i]);
                start = i + 1;
            }
            None => {}
        }
    }
    parts.push(&expr[start..]);
    parts
}
