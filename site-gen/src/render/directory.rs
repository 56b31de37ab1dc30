//! The legal-help directory page's data: organisations grouped by area (the cards), by
//! language spoken and by state (lists that lead to the cards), texts in the reader's language
//! or its fallback (marked with their own language). The groups are plain anchors
//! (`#lang-es`, `#state-CA`), so the page filters without JavaScript, and the screener's
//! results and the fallback notice can link to them.

use serde::Serialize;

use crate::config::{Config, Direction, Language};
use crate::load::directory::{AREAS, NATIONAL, Org, STATES};
use crate::model::Site;
use crate::render::markdown::slugify;

/// The anchor of the part of the directory that lists organisations speaking `code`.
pub(crate) fn language_anchor(code: &str) -> String {
    format!("lang-{code}")
}

/// The anchor of the part of the directory that lists organisations in a state (`CA`) or
/// the national ones (`national`).
pub(crate) fn state_anchor(code: &str) -> String {
    format!("state-{code}")
}

/// The name of language `code` in language `reader` (the `language-name` message), or the
/// language's name in itself (or its code) when the reader's Fluent files lack it.
pub(crate) fn language_name(site: &Site, reader: &str, code: &str) -> String {
    let autonym = site.config.language(code).map_or(code, |l| l.name.as_str());
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("code", code);
    args.set("name", autonym);
    site.locales
        .message(reader, "language-name", Some(&args))
        .map_or_else(|| autonym.to_string(), |l| l.text)
}

#[derive(Serialize)]
struct OrgCx<'a> {
    /// The card's anchor; only on the organisation's first card (it may be listed under
    /// several areas).
    id: Option<String>,
    name: &'a str,
    /// `(code, dir)` of the name when it is not in the page's language.
    name_lang: Option<(String, &'static str)>,
    url: &'a str,
    phone: Option<&'a str>,
    detained: bool,
    languages: Vec<LangCx>,
    /// State codes, or empty when national.
    states: Vec<&'a str>,
    national: bool,
    about: Option<&'a str>,
    /// `(code, dir)` of `about` when it is in another language than the page.
    about_lang: Option<(&'a str, &'static str)>,
}

/// A language by code: its name in the reader's language, and in itself when the site has
/// the language and the two differ (so a reader of any language recognises theirs).
#[derive(Serialize)]
struct LangCx {
    code: String,
    name: String,
    autonym: Option<String>,
    dir: &'static str,
}

/// An organisation in a language's or a state's list: a link to its card, and its phone.
#[derive(Serialize)]
struct EntryCx<'a> {
    card: String,
    name: &'a str,
    name_lang: Option<(String, &'static str)>,
    phone: Option<&'a str>,
}

#[derive(Serialize)]
struct AreaCx<'a> {
    id: &'a str,
    orgs: Vec<OrgCx<'a>>,
}

#[derive(Serialize)]
struct LanguageGroupCx<'a> {
    anchor: String,
    language: LangCx,
    orgs: Vec<EntryCx<'a>>,
}

#[derive(Serialize)]
struct StateGroupCx<'a> {
    anchor: String,
    /// A state code, or `national`.
    code: &'a str,
    orgs: Vec<EntryCx<'a>>,
}

#[derive(Serialize)]
struct DirectoryCx<'a> {
    areas: Vec<AreaCx<'a>>,
    languages: Vec<LanguageGroupCx<'a>>,
    states: Vec<StateGroupCx<'a>>,
    /// The anchor of the national list, when there is one.
    national: Option<String>,
}

pub(crate) fn context(site: &Site, lang: &Language) -> minijinja::Value {
    let Some(orgs) = &site.directory else {
        return minijinja::Value::UNDEFINED;
    };
    let config = &site.config;
    let cards = card_ids(orgs);
    let chain: Vec<&str> = std::iter::once(lang.code.as_str())
        .chain(lang.fallback.iter().map(String::as_str))
        .collect();
    let mut first_card = vec![true; orgs.len()];
    let areas: Vec<AreaCx> = AREAS
        .iter()
        .map(|area| AreaCx {
            id: area,
            orgs: orgs
                .iter()
                .enumerate()
                .filter(|(_, o)| o.areas.iter().any(|a| a == area))
                .map(|(i, o)| {
                    let id = std::mem::take(&mut first_card[i]).then(|| cards[i].clone());
                    org_cx(site, lang, &chain, o, id)
                })
                .collect(),
        })
        .filter(|a| !a.orgs.is_empty())
        .collect();
    let entry = |i: usize| {
        let o = &orgs[i];
        EntryCx {
            card: cards[i].clone(),
            name: &o.name,
            name_lang: name_lang(config, lang, o),
            phone: o.phone.as_deref(),
        }
    };
    let languages = language_codes(config, lang, orgs)
        .into_iter()
        .map(|code| LanguageGroupCx {
            anchor: language_anchor(&code),
            orgs: (0..orgs.len())
                .filter(|&i| orgs[i].languages.iter().any(|l| same_language(l, &code)))
                .map(entry)
                .collect(),
            language: lang_cx(site, lang, &code),
        })
        .collect();
    let states: Vec<StateGroupCx> = std::iter::once(NATIONAL)
        .chain(STATES.iter().copied())
        .map(|code| StateGroupCx {
            anchor: state_anchor(code),
            code,
            orgs: (0..orgs.len())
                .filter(|&i| orgs[i].states.iter().any(|s| s == code))
                .map(entry)
                .collect(),
        })
        .filter(|g| !g.orgs.is_empty())
        .collect();
    let national = states
        .iter()
        .find(|g| g.code == NATIONAL)
        .map(|g| g.anchor.clone());
    minijinja::Value::from(minijinja::value::Serde(&DirectoryCx {
        areas,
        languages,
        states,
        national,
    }))
}

fn org_cx<'a>(
    site: &Site,
    lang: &Language,
    chain: &[&str],
    o: &'a Org,
    id: Option<String>,
) -> OrgCx<'a> {
    let config = &site.config;
    let about = chain.iter().find_map(|c| o.about.get_key_value(*c));
    OrgCx {
        id,
        name: &o.name,
        name_lang: name_lang(config, lang, o),
        url: &o.url,
        phone: o.phone.as_deref(),
        detained: o.detained,
        languages: o.languages.iter().map(|c| lang_cx(site, lang, c)).collect(),
        states: if o.is_national() {
            Vec::new()
        } else {
            o.states.iter().map(String::as_str).collect()
        },
        national: o.is_national(),
        about: about.map(|(_, t)| t.as_str()),
        about_lang: about
            .filter(|(c, _)| **c != lang.code)
            .map(|(c, _)| (c.as_str(), direction(config, c).as_str())),
    }
}

/// The language of an organisation's name, when the page is in another one.
fn name_lang(config: &Config, page: &Language, o: &Org) -> Option<(String, &'static str)> {
    let code = o
        .name_lang
        .clone()
        .unwrap_or_else(|| config.default_language().code.clone());
    (code != page.code).then(|| {
        let dir = direction(config, &code).as_str();
        (code, dir)
    })
}

fn lang_cx(site: &Site, reader: &Language, code: &str) -> LangCx {
    let name = language_name(site, &reader.code, code);
    LangCx {
        code: code.to_string(),
        autonym: site
            .config
            .language(code)
            .map(|l| l.name.clone())
            .filter(|a| *a != name),
        name,
        dir: direction(&site.config, code).as_str(),
    }
}

/// The direction of a language: the site's setting when it has the language, else from
/// its script.
fn direction(config: &Config, code: &str) -> Direction {
    match config.language(code) {
        Some(l) => l.dir.clone(),
        None => code
            .parse::<unic_langid::LanguageIdentifier>()
            .map_or(Direction::Ltr, |id| crate::config::direction_of(&id)),
    }
}

/// `zh` and `zh-Hans` are one language for a reader looking for someone who speaks it.
fn same_language(a: &str, b: &str) -> bool {
    let primary = |c: &str| c.split('-').next().unwrap_or_default().to_ascii_lowercase();
    primary(a) == primary(b)
}

/// The languages the directory lists by: the reader's first (the fallback notice links to
/// it), then the site's languages, then any other language an organisation speaks.
fn language_codes(config: &Config, reader: &Language, orgs: &[Org]) -> Vec<String> {
    let mut codes: Vec<String> = vec![reader.code.clone()];
    let site = config.languages.iter().map(|l| l.code.clone());
    let spoken = orgs.iter().flat_map(|o| o.languages.iter().cloned());
    for code in site.chain(spoken) {
        if !codes.iter().any(|c| same_language(c, &code)) {
            codes.push(code);
        }
    }
    codes
}

/// One anchor per organisation, from its name, unique in the page.
fn card_ids(orgs: &[Org]) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    orgs.iter()
        .map(|o| {
            let base = format!("org-{}", slugify(&o.name));
            let mut id = base.clone();
            let mut n = 2;
            while !seen.insert(id.clone()) {
                id = format!("{base}-{n}");
                n += 1;
            }
            id
        })
        .collect()
}
