//! The screener in the site: the compiled engine (wasm and its glue, built by `build.rs`), one
//! rules file per language with every text already looked up in Fluent, and the page's data
//! (also used for the version that works without JavaScript).
//!
//! Architecture invariant: the browser gets texts only from the rules file and decisions only
//! from the engine; the page script holds no rules and no wording.

use std::collections::BTreeMap;

use fluent_bundle::{FluentArgs, FluentValue};
use screener_wasm::engine::{Answer, Date, Definition, Kind, ids, next_possible};
use serde::Serialize;

use super::plan::Plan;
use crate::config::{Direction, Language};
use crate::model::{PageKey, Site};

/// The engine compiled to WebAssembly, and wasm-bindgen's glue for it.
pub(crate) const WASM: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/pkg/screener_wasm_bg.wasm"));
pub(crate) const GLUE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/pkg/screener_wasm.js"));

/// The key of the generated screener page: its URL is `<lang>/screener/`.
pub(crate) const KEY: &str = "screener/_index.md";

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
    "screener-what-now",
    "screener-call",
    "screener-call-hotline",
    "screener-no-phone",
    "screener-areas-heading",
    "screener-dates-heading",
    "screener-why-details",
    "screener-choose-all",
    "screener-choose-some",
    "screener-date-day",
    "screener-date-month",
    "month-1",
    "month-2",
    "month-3",
    "month-4",
    "month-5",
    "month-6",
    "month-7",
    "month-8",
    "month-9",
    "month-10",
    "month-11",
    "month-12",
];

/// Placeables the page script fills in (`{ $date }` ...): left in the rules file as `{$name}`.
const MARKERS: &[&str] = &[
    "date", "number", "total", "name", "month", "day", "year", "answer",
];

/// The Unicode isolates that keep a left-to-right run in logical order inside right-to-left
/// text (LEFT-TO-RIGHT ISOLATE ... POP DIRECTIONAL ISOLATE).
const LRI: char = '\u{2066}';
const PDI: char = '\u{2069}';

/// A text in every form the reader may need: `self` and, when it differs, `someone_else`.
#[derive(Serialize, Clone)]
#[serde(untagged)]
pub(crate) enum Text {
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
    /// The numbers the result offers to call.
    call: Call,
}

/// "What to do now": the organisation's own number (`[contact]` in site.toml) and the
/// detention and court hotline of the legal-help directory, when the site has them.
#[derive(Serialize, Default)]
pub(crate) struct Call {
    /// `null` when the site has no number of its own (templates test it; the page script too).
    pub(crate) org: Option<Phone>,
    pub(crate) hotline: Option<Phone>,
}

/// A number to call: its name, the number as written, and the `tel:` link.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub(crate) struct Phone {
    pub(crate) name: String,
    pub(crate) number: String,
    pub(crate) href: String,
}

impl Phone {
    /// `None` when the number has no digit at all (an empty or placeholder setting).
    pub(crate) fn new(name: &str, number: &str) -> Option<Phone> {
        let number = number.trim();
        if !number.chars().any(|c| c.is_ascii_digit()) {
            return None;
        }
        // RFC 3966 allows `-`, `.`, `(` and `)` as visual separators; drop anything else.
        let href: String = number
            .chars()
            .filter(|c| c.is_ascii_digit() || "+-.()".contains(*c))
            .collect();
        Some(Phone {
            name: name.trim().to_string(),
            number: number.to_string(),
            href: format!("tel:{href}"),
        })
    }
}

/// The numbers for [`Call`], read from the site's settings and directory.
pub(crate) fn call(site: &Site) -> Call {
    let contact = &site.config.public_contact();
    let org = contact
        .phone
        .as_deref()
        .filter(|_| !contact.name.trim().is_empty())
        .and_then(|n| Phone::new(&contact.name, n));
    let hotline = site.directory.iter().flatten().find_map(|o| {
        let court = o.detained && o.areas.iter().any(|a| a == "removal_defense");
        o.phone
            .as_deref()
            .filter(|_| court)
            .and_then(|n| Phone::new(&o.name, n))
    });
    Call { org, hotline }
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

/// The variables every screener message receives, besides `$who`: the data lists
/// (`$tps`, `$tps_as_of`, ...) and the page script's markers.
fn variables(site: &Site, lang: &Language) -> Vec<(String, String)> {
    let mut vars: Vec<(String, String)> = MARKERS
        .iter()
        .map(|m| (m.to_string(), format!("{{${m}}}")))
        .collect();
    let default = &site.config.default_language().code;
    let separator = site
        .locales
        .message(&lang.code, "screener-list-separator", None)
        .map_or_else(|| ", ".to_string(), |l| l.text);
    for list in site.screener.iter().flat_map(|s| &s.data) {
        let names: Vec<&str> = list
            .items
            .iter()
            .filter_map(|i| i.get(&lang.code).or_else(|| i.get(default)))
            .map(String::as_str)
            .collect();
        vars.push((list.name.clone(), names.join(&separator)));
        vars.push((
            format!("{}_as_of", list.name),
            format_date(site, &lang.code, list.as_of),
        ));
    }
    vars
}

/// A date in the reader's language with Gregorian month names (see [`super::dates`]).
pub(crate) fn format_date(site: &Site, lang: &str, date: Date) -> String {
    super::dates::format(&site.locales, lang, date)
}

/// In right-to-left text, wraps each run of Latin letters and digits (a form name such as
/// I-589, a phone number, a citation) in LRI ... PDI so that it reads in logical order.
/// `{$marker}` placeholders are left alone. Text direction is the generator's job, so every
/// screener text is isolated here, whatever its source.
pub(crate) fn isolate_ltr_runs(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let latin = |c: char| c.is_ascii_alphanumeric();
    let joiner = |c: char| "-./:+#,'()".contains(c) || c == ' ';
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' && chars.get(i + 1) == Some(&'$') {
            let end = chars[i..]
                .iter()
                .position(|&c| c == '}')
                .map_or(chars.len(), |p| i + p + 1);
            out.extend(&chars[i..end]);
            i = end;
            continue;
        }
        if !latin(c) {
            out.push(c);
            i += 1;
            continue;
        }
        // The run ends at its last Latin letter or digit, or at a `)` that closes one it holds.
        let mut end = i + 1;
        let mut j = i + 1;
        let mut open = 0usize;
        while j < chars.len() && (latin(chars[j]) || joiner(chars[j])) {
            match chars[j] {
                '(' => open += 1,
                ')' if open > 0 => {
                    open -= 1;
                    if open == 0 {
                        end = j + 1;
                    }
                }
                ')' => break,
                c if latin(c) && open == 0 => end = j + 1,
                _ => {}
            }
            j += 1;
        }
        out.push(LRI);
        out.extend(&chars[i..end]);
        out.push(PDI);
        i = end;
    }
    out
}

/// Looks a message up for every value of `$who`, with the [`variables`]; in right-to-left
/// languages, Latin runs are isolated ([`isolate_ltr_runs`]).
fn text(
    site: &Site,
    lang: &Language,
    vars: &[(String, String)],
    id: &str,
    who: &[String],
) -> Option<Text> {
    let mut by_who = BTreeMap::new();
    for w in who {
        let mut args = FluentArgs::new();
        args.set("who", FluentValue::from(w.as_str()));
        for (name, value) in vars {
            args.set(name.clone(), FluentValue::from(value.clone()));
        }
        let t = site.locales.message(&lang.code, id, Some(&args))?.text;
        let t = match lang.dir {
            Direction::Rtl => isolate_ltr_runs(&t),
            Direction::Ltr => t,
        };
        by_who.insert(w.clone(), t);
    }
    let first = by_who.values().next().cloned().unwrap_or_default();
    Some(if by_who.values().all(|t| *t == first) {
        Text::Same(first)
    } else {
        Text::ByWho(by_who)
    })
}

/// The rules file for one language, as JSON.
pub(crate) fn rules(site: &Site, plan: &Plan, lang: &Language, def: &Definition) -> String {
    let who = who_values(def);
    let vars = variables(site, lang);
    let ids = def
        .messages()
        .into_iter()
        .map(|m| m.id)
        .chain(UI.iter().map(|s| s.to_string()));
    let text = ids
        .filter_map(|id| Some((id.clone(), text(site, lang, &vars, &id, &who)?)))
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
        call: call(site),
    };
    serde_json::to_string(&rules).expect("rules are plain data")
}

/// Data for the page's version without JavaScript: every question with its answers and skip
/// hints, and what each result means, worded for the reader themself, urgent things first.
/// A piece of text; a phone number in it becomes a `tel:` link (`tel` is the number).
#[derive(Serialize, Debug, PartialEq)]
pub(crate) struct Segment {
    pub(crate) text: String,
    pub(crate) tel: Option<String>,
}

/// Splits `text` at US phone numbers (`1-800-799-7233`, `555-0100`, `911`), the same numbers
/// the page script turns into links, so the version without JavaScript links them too.
pub(crate) fn phone_segments(text: &str) -> Vec<Segment> {
    let b = text.as_bytes();
    let word = |i: usize| {
        b.get(i)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
    };
    let shape = |at: usize, pattern: &str| {
        let p = pattern.as_bytes();
        let fits = p.iter().enumerate().all(|(k, c)| match (c, b.get(at + k)) {
            (b'd', Some(x)) => x.is_ascii_digit(),
            (c, Some(x)) => c == x,
            _ => false,
        });
        fits && !word(at + p.len())
    };
    let mut out = Vec::new();
    let (mut plain, mut i) = (0, 0);
    while i < b.len() {
        let len = if i > 0 && word(i - 1) {
            None
        } else {
            ["1-ddd-ddd-dddd", "ddd-ddd-dddd", "ddd-dddd", "911"]
                .iter()
                .find(|p| shape(i, p))
                .map(|p| p.len())
        };
        match len {
            Some(len) => {
                if plain < i {
                    out.push(Segment {
                        text: text[plain..i].to_string(),
                        tel: None,
                    });
                }
                let number = &text[i..i + len];
                out.push(Segment {
                    text: number.to_string(),
                    tel: Some(number.to_string()),
                });
                i += len;
                plain = i;
            }
            None => i += 1,
        }
    }
    if plain < text.len() {
        out.push(Segment {
            text: text[plain..].to_string(),
            tel: None,
        });
    }
    out
}

#[derive(Serialize)]
struct StaticQuestion {
    text: String,
    help: Option<Vec<Segment>>,
    answers: Vec<String>,
    /// A multiple-choice question ("more than one can fit").
    multi: bool,
    /// "If you answered No, go to question 9." for answers that skip questions.
    skips: Vec<String>,
}

#[derive(Serialize)]
struct StaticOutcome {
    title: String,
    text: Vec<Segment>,
    next: Vec<Segment>,
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
    /// The urgent and safety notices and the deadlines: what cannot wait.
    urgent: Vec<StaticOutcome>,
    areas: Vec<StaticOutcome>,
    flags: Vec<StaticOutcome>,
    call: Call,
    court_line: Vec<Segment>,
}

pub(crate) fn page_data(
    site: &Site,
    plan: &Plan,
    lang: &Language,
    def: &Definition,
) -> minijinja::Value {
    let vars = variables(site, lang);
    let who = ["self".to_string()];
    let msg = |id: &str| -> String {
        match text(site, lang, &vars, id, &who) {
            Some(Text::Same(t)) => t,
            Some(Text::ByWho(m)) => m.into_values().next().unwrap_or_default(),
            None => String::new(),
        }
    };
    let with = |id: &str, args: &[(&str, String)]| -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, FluentValue::from(v.clone()));
        }
        let t = site
            .locales
            .message(&lang.code, id, Some(&fa))
            .map(|l| l.text)
            .unwrap_or_default();
        match lang.dir {
            Direction::Rtl => isolate_ltr_runs(&t),
            Direction::Ltr => t,
        }
    };
    let base = site.config.base_path();
    let label = |q: &screener_wasm::engine::Question, v: &str| match v {
        "yes" | "no" | "unsure" => msg(&ids::answer(v)),
        c => msg(&ids::choice(&q.id, c)),
    };
    let questions = def
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let answers: Vec<String> = match q.kind {
                Kind::YesNo | Kind::Choice | Kind::Multi => {
                    q.values().iter().map(|v| label(q, v)).collect()
                }
                Kind::Date => {
                    let mut a = vec![format!(
                        "{} / {}",
                        msg("screener-month"),
                        msg("screener-year")
                    )];
                    a.extend(q.unsure.then(|| msg(&ids::answer("unsure"))));
                    a
                }
                Kind::Number => {
                    let mut a = vec![msg("screener-number")];
                    a.extend(q.unsure.then(|| msg(&ids::answer("unsure"))));
                    a
                }
            };
            StaticQuestion {
                text: msg(&ids::question(&q.id)),
                help: q.help.then(|| phone_segments(&msg(&ids::help(&q.id)))),
                answers,
                multi: q.kind == Kind::Multi,
                skips: skip_hints(def, i, &label, &with),
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
        text: phone_segments(&msg(&ids::outcome(kind, id, "text"))),
        next: if kind == "deadline" {
            Vec::new()
        } else {
            phone_segments(&msg(&ids::outcome(kind, id, "next")))
        },
        guides: guides(gs),
    };
    let notice = |name: &str, n: &screener_wasm::engine::Notice| StaticOutcome {
        title: msg(&ids::notice(name, "")),
        text: phone_segments(&msg(&ids::notice(name, "text"))),
        next: phone_segments(&msg(&ids::notice(name, "next"))),
        guides: guides(&n.guides),
    };
    let mut urgent = vec![notice("urgent", &def.urgent), notice("safety", &def.safety)];
    urgent.extend(
        def.deadlines
            .iter()
            .map(|d| outcome("deadline", &d.id, &d.guides)),
    );
    let data = PageData {
        rules_url: format!("{base}screener/rules.{}.json", lang.code),
        assets: format!("{base}screener/"),
        questions,
        urgent,
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
        call: call(site),
        court_line: phone_segments(&msg("screener-court-line")),
    };
    minijinja::Value::from(minijinja::value::Serde(&data))
}

/// An answer's label in the reader's language.
type Label<'a> = dyn Fn(&screener_wasm::engine::Question, &str) -> String + 'a;
/// A message with arguments in the reader's language.
type WithArgs<'a> = dyn Fn(&str, &[(&str, String)]) -> String + 'a;

/// "If you answered No, go to question 9." for each answer of a yes/no or choice question
/// after which the next question that may be asked is not the next one in the list (answers
/// with the same destination share a hint). Dates, numbers and multiple choice get none: where
/// they lead depends on more than one value.
fn skip_hints(def: &Definition, i: usize, label: &Label, with: &WithArgs) -> Vec<String> {
    let q = &def.questions[i];
    if !matches!(q.kind, Kind::YesNo | Kind::Choice) {
        return Vec::new();
    }
    let mut groups: Vec<(Option<usize>, Vec<String>)> = Vec::new();
    for v in q.values() {
        let answer = if v == "unsure" {
            Answer::Unsure
        } else {
            Answer::Choice(v.to_string())
        };
        let target = next_possible(def, i, &answer);
        if target == Some(i + 1) {
            continue;
        }
        match groups.iter_mut().find(|(t, _)| *t == target) {
            Some((_, labels)) => labels.push(label(q, v)),
            None => groups.push((target, vec![label(q, v)])),
        }
    }
    groups
        .into_iter()
        .map(|(target, labels)| {
            let answer = labels.join(" / ");
            match target {
                Some(j) => with(
                    "screener-static-skip",
                    &[("answer", answer), ("number", (j + 1).to_string())],
                ),
                None => with("screener-static-skip-results", &[("answer", answer)]),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_runs_are_isolated_in_right_to_left_text() {
        let t = isolate_ltr_runs("قدّم النموذج I-589 واتصل بـ 1-800-898-7180 (8 CFR 1003.38(b)).");
        // Adjacent Latin pieces form one run; Arabic text and the final full stop stay out.
        assert_eq!(
            t,
            "قدّم النموذج \u{2066}I-589\u{2069} واتصل بـ \
             \u{2066}1-800-898-7180 (8 CFR 1003.38(b))\u{2069}."
        );
        assert_eq!(
            isolate_ltr_runs("(TPS) دارند"),
            "(\u{2066}TPS\u{2069}) دارند",
            "a run never takes a bracket it did not open"
        );
        // Placeholders for the page script stay whole.
        assert_eq!(isolate_ltr_runs("تاريخ: {$date}"), "تاريخ: {$date}");
        assert_eq!(isolate_ltr_runs("بدون"), "بدون");
    }

    #[test]
    fn phone_numbers_in_text_become_links() {
        let segs = phone_segments("Call 911, or 1-800-799-7233 (text 88788). Office: 555-0100.");
        let tel: Vec<&str> = segs.iter().filter_map(|s| s.tel.as_deref()).collect();
        assert_eq!(tel, ["911", "1-800-799-7233", "555-0100"]);
        let whole: String = segs.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(
            whole,
            "Call 911, or 1-800-799-7233 (text 88788). Office: 555-0100."
        );
        // Not a phone number: a form, a year, a longer number.
        for text in ["Form I-589", "2026-08-15", "12345-6789", "x911", "9110"] {
            assert!(
                phone_segments(text).iter().all(|s| s.tel.is_none()),
                "{text}"
            );
        }
    }

    #[test]
    fn phone_links_keep_digits_and_separators_only() {
        let p = Phone::new(" Legal Aid ", "1-800-898-7180 ext").unwrap();
        assert_eq!(p.href, "tel:1-800-898-7180");
        assert_eq!(p.name, "Legal Aid");
        assert!(Phone::new("Org", "").is_none());
        assert!(Phone::new("Org", "none").is_none());
    }
}
