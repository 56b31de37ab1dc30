//! Checks that need more than the definition itself (translations, guides) or that need a
//! search over flows (questions never shown, outcomes never reached, flows with no result).
//! Structural problems (ids, types, forward references) are found earlier, when the definition
//! is compiled; `validate` assumes a compiled definition.

use crate::engine::Finding;
use crate::engine::condition::{Expr, QuestionSet, questions};
use crate::engine::definition::Definition;
use crate::engine::search::{Found, Space, may_hold, none_holds};

/// What the validator may ask about the site around the definition.
pub struct ValidationContext<'a> {
    /// The site's languages, the default language first. A message missing in any of them is
    /// an error.
    pub languages: &'a [String],
    /// Whether the Fluent files of language `lang` define message `id`.
    pub has_message: &'a dyn Fn(&str, &str) -> bool,
    /// Whether a guide exists at this content path (e.g. `asylum/one-year-deadline.md`).
    pub guide_exists: &'a dyn Fn(&str) -> bool,
}

/// Every problem found, each with the file and line it is about.
pub fn validate(def: &Definition, cx: &ValidationContext) -> Vec<Finding> {
    let mut found = Vec::new();
    check_messages(def, cx, &mut found);
    for g in def.guide_links() {
        if !(cx.guide_exists)(&g.path) {
            found.push(Finding::error(
                &g.at,
                format!("there is no guide `{}`", g.path),
            ));
        }
    }
    check_unused(def, &mut found);
    check_reachable(def, &mut found);
    Finding::sort(&mut found);
    found
}

fn check_messages(def: &Definition, cx: &ValidationContext, found: &mut Vec<Finding>) {
    for m in def.messages() {
        let missing: Vec<&str> = cx
            .languages
            .iter()
            .filter(|lang| !(cx.has_message)(lang, &m.id))
            .map(String::as_str)
            .collect();
        if missing.is_empty() {
            continue;
        }
        let msg = format!(
            "Fluent message `{}` is missing in: {}",
            m.id,
            missing.join(", ")
        );
        // Missing in the default language, the text is missing for everyone: an error.
        // Missing in another, readers get the default language's text, as they get an
        // untranslated page (a language being added): a warning, which `check` lists.
        let default_missing = cx.languages.first().map(String::as_str) == missing.first().copied();
        found.push(if default_missing {
            Finding::error(&m.at, msg)
        } else {
            Finding::warning(&m.at, msg)
        });
    }
}

fn check_unused(def: &Definition, found: &mut Vec<Finding>) {
    let mut used = QuestionSet::new(def.questions.len());
    for e in all_conditions(def) {
        questions(e, &mut used);
    }
    for d in &def.deadlines {
        if let Some(t) = &d.date.term
            && let crate::engine::condition::Base::Question(q) = t.base
        {
            used.insert(q);
        }
    }
    for (i, q) in def.questions.iter().enumerate() {
        if !used.contains(i) && def.who.as_deref() != Some(q.id.as_str()) {
            found.push(Finding::warning(
                &q.at,
                format!("`{}` is asked, but no condition uses its answer", q.id),
            ));
        }
    }
}

fn all_conditions(def: &Definition) -> impl Iterator<Item = &Expr> {
    let shown = def.questions.iter().filter_map(|q| q.show_if.as_ref());
    let rules = def.rules().filter_map(|(_, r)| r.when.as_ref());
    let deadlines = def.deadlines.iter().map(|d| &d.when);
    shown.chain(rules).chain(deadlines).map(|c| &c.expr)
}

fn check_reachable(def: &Definition, found: &mut Vec<Finding>) {
    let space = Space::new(def);
    let shown = def.questions.iter().filter_map(|q| {
        let c = q.show_if.as_ref()?;
        let what = format!(
            "`{}` is never asked: no answers make its `show_if` hold",
            q.id
        );
        Some((what, &c.expr, &c.origin.loc))
    });
    let rules = def.rules().filter_map(|(kind, r)| {
        let what = format!(
            "{kind} `{}` can never be reached: no answers make its `when` hold",
            r.id
        );
        Some((what, &r.when.as_ref()?.expr, &r.at))
    });
    let deadlines = def.deadlines.iter().map(|d| {
        let what = format!(
            "deadline `{}` can never be reached: no answers make its `when` hold",
            d.id
        );
        (what, &d.when.expr, &d.at)
    });
    let mut unchecked = 0;
    for (never, e, at) in shown.chain(rules).chain(deadlines) {
        if space.exhausted() {
            unchecked += 1;
            continue;
        }
        let cone = space.cone(&[e]);
        let goal = may_hold(e, space.today);
        let finding = match space.search_definite(&cone, &goal, e) {
            Found::Example(_) => continue,
            Found::GaveUp if space.exhausted() => {
                unchecked += 1;
                continue;
            }
            Found::GaveUp => Finding::warning(
                at,
                format!("could not check this condition (too many combinations): {never}"),
            ),
            Found::Never => match space.search(&cone, &[e], &goal) {
                Found::Example(_) => Finding::error(
                    at,
                    format!(
                        "{}; it only holds when a date or a number is \"I don't know\" (a \
                         contradiction?)",
                        never.replace("no answers make", "no definite answers make")
                    ),
                ),
                _ => Finding::error(at, never),
            },
        };
        found.push(finding);
    }
    let areas: Vec<&Expr> = def
        .areas
        .iter()
        .filter_map(|r| r.when.as_ref())
        .map(|c| &c.expr)
        .collect();
    let fallback = def.areas.iter().find(|r| r.fallback);
    if unchecked > 0 {
        found.push(Finding::warning(
            &def.at,
            format!(
                "the screener is too large to check completely: {unchecked} conditions were not \
                 checked for whether they can ever hold"
            ),
        ));
    }
    let cone = space.cone(&areas);
    let goal = none_holds(areas.clone(), space.today);
    match (space.search(&cone, &areas, &goal), fallback) {
        (Found::Example(example), None) => found.push(Finding::error(
            &def.at,
            format!(
                "a flow can end with no area at all (for example {}); add an area with \
                 `fallback = true` so every result offers a next step",
                space.describe(&example)
            ),
        )),
        (Found::Never, Some(f)) => found.push(Finding::warning(
            &f.at,
            format!("the fallback area `{}` is never used: every flow raises another area", f.id),
        )),
        (Found::GaveUp, None) => found.push(Finding::warning(
            &def.at,
            "could not check whether every flow ends with an area; add an area with `fallback = true`",
        )),
        _ => {}
    }
}

#[cfg(all(test, feature = "load"))]
mod tests;
