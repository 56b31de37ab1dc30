//! The screener in the site: the compiled engine (wasm and its glue, built by `build.rs`), one
//! rules file per language with every text already looked up in Fluent, and the page's data
//! (also used for the version that works without JavaScript).
//!
//! Architecture invariant: the browser gets texts only from the rules file and decisions only
//! from the engine; the page script holds no rules and no wording.

use std::collections::BTreeMap;

use fluent_bundle::{FluentArgs, FluentValue};
use screener_wasm::engine::{Definition, Kind, ids};
use serde::Serialize;

use super::plan::Plan;
use crate::config::Language;
use crate::model::{PageKey, Site};

/// The engine compiled to WebAssembly, and wasm-bindgen's glue for it.
pub const WASM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/pkg/screener_wasm_bg.wasm"));
pub const GLUE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/pkg/screener_wasm.js"));

/// The key of the generated screener page: its URL is `<lang>/screener/`.
pub const KEY: &str = "screener/_index.md";

/// Texts of the page script that are not part of the definition.
const UI: &[&str] = &[
    "screener-next",
    "screener-back",
    "screener-start-over",
    "screener-print",
    "screener-progress",
    "screener-choose-one",
    "screener-enter-number",
    "screener-enter-date",
    "screener-month",
    "screener-year",
    "screener-day",
    "screener-number",
    "screener-failed",
    "screener-why",
    "screener-your-answers",
    "screener-guides",
    "screener-directory",
    "screener-deadline-date",
    "screener-deadline-approximate",
    "screener-deadline-passed",
    "screener-flags-heading",
    "screener-court-line",
    "directory-notario-warning",
    "screener-answer-yes",
    "screener-answer-no",
    "screener-answer-unsure",
];

/// A text in every form the reader may need: `self` and, when it differs, `someone_else`.
#[derive(Serialize, Clone)]
#[serde(untagged)]
pub enum Text {
    Same(String),
    ByWho(BTreeMap<String, String>),
}

#[derive(Serialize)]
struct GuideLink {
    url: String,
    title: String,
}

#[derive(Serialize)]
struct Rules<'a> {
    lang: &'a str,
    definition: &'a Definition,
    text: BTreeMap<String, Text>,
    guides: BTreeMap<String, GuideLink>,
    directory: Option<String>,
    /// Each area's part of the directory page (areas the directory does not list lead to
    /// its general part).
    directory_links: BTreeMap<String, String>,
}

/// The values `$who` can take.
fn who_values(def: &Definition) -> Vec<String> {
    def.who
        .as_deref()
        .and_then(|id| def.questions.iter().find(|q| q.id == id))
        .map(|q| q.choices.clone())
        .filter(|c| !c.is_empty())
        .unwrap_or_else(|| vec!["self".to_string()])
}

/// Looks a message up for every value of `$who`. Placeables other than `$who` (the page
/// script fills `{ $date }` and `{ $number }`) are left as `{$name}` markers.
fn text(site: &Site, lang: &str, id: &str, who: &[String]) -> Option<Text> {
    let mut by_who = BTreeMap::new();
    for w in who {
        let mut args = FluentArgs::new();
        args.set("who", FluentValue::from(w.as_str()));
        for marker in ["date", "number"] {
            args.set(marker, FluentValue::from(format!("{{${marker}}}")));
        }
        by_who.insert(w.clone(), site.locales.message(lang, id, Some(&args))?.text);
    }
    let first = by_who.values().next().cloned().unwrap_or_default();
    Some(if by_who.values().all(|t| *t == first) {
        Text::Same(first)
    } else {
        Text::ByWho(by_who)
    })
}

/// The rules file for one language, as JSON.
pub fn rules(site: &Site, plan: &Plan, lang: &Language, def: &Definition) -> String {
    let who = who_values(def);
    let ids = def
        .messages()
        .into_iter()
        .map(|m| m.id)
        .chain(UI.iter().map(|s| s.to_string()));
    let text = ids
        .filter_map(|id| Some((id.clone(), text(site, &lang.code, &id, &who)?)))
        .collect();
    let guides = def
        .guide_links()
        .into_iter()
        .filter_map(|g| {
            let key = PageKey::from_link(&g.path)?;
            let e = plan.get(&lang.code, key.as_str())?;
            Some((
                g.path,
                GuideLink {
                    url: e.url.to_string(),
                    title: e.source.meta.title.clone(),
                },
            ))
        })
        .collect();
    let directory = site
        .directory
        .as_ref()
        .map(|_| super::permalink(&site.config, &lang.code, &super::directory_key(), None));
    let directory_links = directory
        .iter()
        .flat_map(|url| {
            def.areas.iter().map(move |a| {
                let part = if crate::load::directory::AREAS.contains(&a.id.as_str()) {
                    a.id.as_str()
                } else {
                    "general"
                };
                (a.id.clone(), format!("{url}#{part}"))
            })
        })
        .collect();
    let rules = Rules {
        lang: &lang.code,
        definition: def,
        text,
        guides,
        directory,
        directory_links,
    };
    serde_json::to_string(&rules).expect("rules are plain data")
}

/// Data for the page's version without JavaScript: every question with its answers, and
/// what each result means, worded for the reader themself.
#[derive(Serialize)]
struct StaticQuestion {
    text: String,
    help: Option<String>,
    answers: Vec<String>,
}

#[derive(Serialize)]
struct StaticOutcome {
    title: String,
    text: String,
    next: String,
    guides: Vec<GuideLinkRef>,
}

#[derive(Serialize)]
struct GuideLinkRef {
    url: String,
    title: String,
}

#[derive(Serialize)]
struct PageData {
    rules_url: String,
    assets: String,
    questions: Vec<StaticQuestion>,
    notices: Vec<StaticOutcome>,
    areas: Vec<StaticOutcome>,
    flags: Vec<StaticOutcome>,
}

pub fn page_data(site: &Site, plan: &Plan, lang: &Language, def: &Definition) -> minijinja::Value {
    let msg = |id: &str| {
        site.locales
            .message(&lang.code, id, Some(&who_self()))
            .map(|l| l.text)
            .unwrap_or_default()
    };
    let base = site.config.base_path();
    let questions = def
        .questions
        .iter()
        .map(|q| {
            let mut answers: Vec<String> = match q.kind {
                Kind::YesNo => vec![msg(&ids::answer("yes")), msg(&ids::answer("no"))],
                Kind::Choice => q
                    .choices
                    .iter()
                    .map(|c| msg(&ids::choice(&q.id, c)))
                    .collect(),
                Kind::Date => vec![format!(
                    "{} / {}",
                    msg("screener-month"),
                    msg("screener-year")
                )],
                Kind::Number => vec![msg("screener-number")],
            };
            if q.unsure {
                answers.push(msg(&ids::answer("unsure")));
            }
            StaticQuestion {
                text: msg(&ids::question(&q.id)),
                help: q.help.then(|| msg(&ids::help(&q.id))),
                answers,
            }
        })
        .collect();
    let guides = |gs: &[screener_wasm::engine::Guide]| -> Vec<GuideLinkRef> {
        gs.iter()
            .filter_map(|g| {
                let e = plan.get(&lang.code, PageKey::from_link(&g.path)?.as_str())?;
                Some(GuideLinkRef {
                    url: e.url.to_string(),
                    title: e.source.meta.title.clone(),
                })
            })
            .collect()
    };
    let outcome = |kind: &str, id: &str, gs: &[screener_wasm::engine::Guide]| StaticOutcome {
        title: msg(&ids::outcome(kind, id, "")),
        text: msg(&ids::outcome(kind, id, "text")),
        next: msg(&ids::outcome(kind, id, "next")),
        guides: guides(gs),
    };
    let notice = |name: &str, n: &screener_wasm::engine::Notice| StaticOutcome {
        title: msg(&ids::notice(name, "")),
        text: msg(&ids::notice(name, "text")),
        next: msg(&ids::notice(name, "next")),
        guides: guides(&n.guides),
    };
    let data = PageData {
        rules_url: format!("{base}screener/rules.{}.json", lang.code),
        assets: format!("{base}screener/"),
        questions,
        notices: vec![notice("urgent", &def.urgent), notice("safety", &def.safety)],
        areas: def
            .areas
            .iter()
            .map(|r| outcome("area", &r.id, &r.guides))
            .collect(),
        flags: def
            .flags
            .iter()
            .map(|r| outcome("flag", &r.id, &r.guides))
            .collect(),
    };
    minijinja::Value::from(minijinja::value::Serde(&data))
}

fn who_self() -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("who", FluentValue::from("self"));
    args
}
