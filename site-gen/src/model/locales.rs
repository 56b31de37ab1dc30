//! UI strings: one Fluent bundle per language from `locales/<lang>/*.ftl`.
//!
//! Architecture invariant: every message lookup in the project goes through
//! [`Locales::message`], which walks the language's fallback chain. Nothing formats Fluent
//! messages anywhere else.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;

use crate::config::Config;
use crate::diag::{Diagnostic, line_col};

/// Where a message is defined.
#[derive(Debug, Clone)]
pub(crate) struct MessageDef {
    pub(crate) file: String,
    pub(crate) line: u32,
    /// Variables the message uses (`$who`), for the translation report.
    pub(crate) variables: BTreeSet<String>,
}

/// How the name of a built-in Fluent file starts (`(built-in) locales/en/main.ftl`).
pub(crate) const BUILTIN_PREFIX: &str = "(built-in) ";

pub(crate) struct Locales {
    bundles: HashMap<String, FluentBundle<FluentResource>>,
    /// lang → message id → where it is defined.
    pub(crate) defined: HashMap<String, BTreeMap<String, MessageDef>>,
    chains: HashMap<String, Vec<String>>,
    /// lang → id → the message formatted without arguments, for the many lookups that need
    /// no arguments (every page's chrome).
    plain: HashMap<String, HashMap<String, String>>,
}

/// The result of looking up a message.
pub(crate) struct Lookup {
    pub(crate) text: String,
}

impl Locales {
    /// Builds bundles from `(language, file, text)` triples. Syntax errors are located.
    pub(crate) fn new(
        config: &Config,
        files: Vec<(String, String, String)>,
    ) -> (Locales, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        let mut bundles = HashMap::new();
        let mut defined: HashMap<String, BTreeMap<String, MessageDef>> = HashMap::new();
        for lang in &config.languages {
            let id: unic_langid::LanguageIdentifier = lang.code.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Isolation marks (U+2068/9) would end up in attributes and URLs; the templates
            // mark direction explicitly instead.
            bundle.set_use_isolating(false);
            bundles.insert(lang.code.clone(), bundle);
            defined.insert(lang.code.clone(), BTreeMap::new());
        }
        for (lang, file, text) in files {
            let Some(bundle) = bundles.get_mut(&lang) else {
                continue;
            };
            let resource = match FluentResource::try_new(text.clone()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        // Point at the entry that is broken; the parser's own position is
                        // often the start of the next line.
                        let at = e.slice.as_ref().map_or(e.pos.start, |s| s.start);
                        let (l, c) = line_col(&text, at);
                        diags.push(
                            Diagnostic::error(format!("Fluent syntax: {}", e.kind)).at(&file, l, c),
                        );
                    }
                    r
                }
            };
            let defs = defined.get_mut(&lang).expect("every language has a map");
            for entry in resource.entries() {
                if let ast::Entry::Message(m) = entry {
                    let offset = m.id.name.as_ptr() as usize - text_ptr(&resource);
                    let (l, _) = line_col(resource.source(), offset);
                    // A site's own message replaces the built-in one of the same id; two
                    // of the site's own files defining one id is a mistake.
                    if let Some(prev) = defs
                        .get(m.id.name)
                        .filter(|prev| !prev.file.starts_with(BUILTIN_PREFIX))
                    {
                        diags.push(
                            Diagnostic::error(format!(
                                "message `{}` is defined twice (first at {}:{})",
                                m.id.name, prev.file, prev.line
                            ))
                            .at(&file, l, 1),
                        );
                        continue;
                    }
                    defs.insert(
                        m.id.name.to_string(),
                        MessageDef {
                            file: file.clone(),
                            line: l,
                            variables: variables_of(m),
                        },
                    );
                }
            }
            // A site's files come after the built-in ones and override them message by
            // message; duplicates among a site's own files were reported above.
            bundle.add_resource_overriding(resource);
        }
        // A name set in site.toml replaces the `site-name` message, so a nonprofit renames
        // the site without editing every language's Fluent files.
        for lang in &config.languages {
            let name = config
                .names
                .get(&lang.code)
                .or_else(|| config.names.get("*"));
            if let (Some(name), Some(bundle)) = (name, bundles.get_mut(&lang.code)) {
                let escaped = name.replace('{', "{\"{\"}").replace('}', "{\"}\"}");
                if let Ok(r) = FluentResource::try_new(format!("site-name = {escaped}\n")) {
                    bundle.add_resource_overriding(r);
                }
            }
        }
        let chains = config
            .languages
            .iter()
            .map(|l| {
                let mut chain = vec![l.code.clone()];
                chain.extend(l.fallback.iter().cloned());
                (l.code.clone(), chain)
            })
            .collect();
        let mut locales = Locales {
            bundles,
            defined,
            chains,
            plain: HashMap::new(),
        };
        let ids: BTreeSet<String> = locales
            .defined
            .values()
            .flat_map(|d| d.keys().cloned())
            .collect();
        let plain = config
            .languages
            .iter()
            .map(|l| {
                let texts = ids
                    .iter()
                    .filter_map(|id| Some((id.clone(), locales.message(&l.code, id, None)?.text)))
                    .collect();
                (l.code.clone(), texts)
            })
            .collect();
        locales.plain = plain;
        diags.extend(locales.coverage(config));
        (locales, diags)
    }

    /// Warnings for messages a language lacks (they fall back), and errors for messages the
    /// default language lacks while a translation has them.
    fn coverage(&self, config: &Config) -> Vec<Diagnostic> {
        let mut diags = Vec::new();
        let default = &config.default_language().code;
        let base = &self.defined[default];
        for lang in &config.languages {
            if &lang.code == default {
                continue;
            }
            let own = &self.defined[&lang.code];
            let missing: Vec<&str> = base
                .keys()
                .filter(|id| !own.contains_key(*id))
                .map(String::as_str)
                .collect();
            if !missing.is_empty() {
                let shown: Vec<&str> = missing.iter().take(8).copied().collect();
                diags.push(
                    Diagnostic::warning(format!(
                        "{} message(s) not translated into `{}`, shown in a fallback language: {}{}",
                        missing.len(),
                        lang.code,
                        shown.join(", "),
                        if missing.len() > shown.len() { ", …" } else { "" }
                    ))
                    .in_file(format!("locales/{}", lang.code)),
                );
            }
            for (id, def) in own {
                if !base.contains_key(id) {
                    diags.push(
                        Diagnostic::error(format!(
                            "message `{id}` is not in the default language `{default}`"
                        ))
                        .at(&def.file, def.line, 1)
                        .hint(format!("add `{id}` to a file in locales/{default}/")),
                    );
                }
            }
        }
        diags
    }

    /// Formats message `id` for `lang`, walking the fallback chain. `None` when no language
    /// in the chain has it.
    pub(crate) fn message(
        &self,
        lang: &str,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Option<Lookup> {
        let chain = self.chains.get(lang)?;
        for code in chain {
            let bundle = &self.bundles[code];
            if let Some(msg) = bundle.get_message(id)
                && let Some(pattern) = msg.value()
            {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                return Some(Lookup {
                    text: text.into_owned(),
                });
            }
        }
        None
    }

    /// The message formatted without arguments, walking the fallback chain (precomputed).
    pub(crate) fn plain(&self, lang: &str, id: &str) -> Option<&str> {
        self.plain.get(lang)?.get(id).map(String::as_str)
    }

    pub(crate) fn has(&self, lang: &str, id: &str) -> bool {
        self.defined.get(lang).is_some_and(|d| d.contains_key(id))
    }
}

fn text_ptr(r: &FluentResource) -> usize {
    r.source().as_ptr() as usize
}

fn variables_of(m: &ast::Message<&str>) -> BTreeSet<String> {
    fn walk(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                expr(expression, out);
            }
        }
    }
    fn expr(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Inline(i) => inline(i, out),
            ast::Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    walk(&v.value, out);
                }
            }
        }
    }
    fn inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            ast::InlineExpression::Placeable { expression } => expr(expression, out),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, out);
                }
            }
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    if let Some(v) = &m.value {
        walk(v, &mut out);
    }
    for a in &m.attributes {
        walk(&a.value, &mut out);
    }
    out
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn fluent_like() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("\n".to_string()),
            Just("msg = ".to_string()),
            Just("-term = ".to_string()),
            Just("    .attr = ".to_string()),
            Just("{ $who ->\n".to_string()),
            Just("   *[other] x\n".to_string()),
            Just("}".to_string()),
            Just("{".to_string()),
            Just("{ -term }".to_string()),
            Just("{ msg }".to_string()),
            Just("# comment\n".to_string()),
            Just("   ".to_string()),
            "[a-z0-9 -]{0,10}",
            "\\PC{0,6}",
        ];
        proptest::collection::vec(piece, 0..50).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]
        #[test]
        fn loading_never_panics_and_locates_every_problem(text in fluent_like()) {
            let config = Config::from_language_folders(vec!["en".into()]).unwrap();
            let files = vec![("en".to_string(), "locales/en/main.ftl".to_string(), text.clone())];
            let (locales, diags) = Locales::new(&config, files);
            let lines = text.split('\n').count() as u32;
            for d in &diags {
                prop_assert!(d.line >= 1 && d.line <= lines, "{d:?} in {text:?}");
            }
            // Formatting every defined message never panics either.
            for id in locales.defined["en"].keys() {
                let _ = locales.message("en", id, None);
            }
        }
    }
}
