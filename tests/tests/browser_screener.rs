//! The screener in a real browser (Debian's headless Chromium, see `tests::browser`): every test
//! case of `content/screener/tests/` played by clicking through the page in several languages
//! and compared with what the engine expects natively; Back, Start over and the wording for
//! someone else; a keyboard-only run; privacy (requests, storage, URL and history, quick exit);
//! accessibility (axe-core); the version without JavaScript; page weight; the CSP.
//!
//! The page takes "today" from the reader's clock. The cases fix their own date, so each run
//! replaces the page's `Date` (from WebDriver, before the first answer) with one whose "now" is
//! the case's `today`; the page itself has no test hook. The page marks what it renders:
//! `form[data-question]` for the question shown, `[data-id]` on each notice and outcome.
//!
//! Needs `/usr/bin/chromium`, `/usr/bin/chromedriver` and `npm ci --prefix tests` (axe-core).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::Write;
use std::time::{Duration, Instant};

use fantoccini::key::Key;
use screener_wasm::engine::{TestCase, load_test_cases};
use serde_json::{Value, json};
use tests::browser::{self, Browser, Js, LogEntry, browser, shipped_site};

/// How long the page may take to start (WebAssembly and rules) or to show a step.
const WAIT: Duration = Duration::from_secs(15);
/// The page weight budget: the screener page and everything it loads, after brotli.
const BUDGET: usize = 100 * 1024;

// ---------------------------------------------------------------------------------------------
// The cases and the rules file.

/// Every case of `content/screener/tests/`, read by the engine's own loader.
fn cases() -> Vec<TestCase> {
    let dir = tests::repo_root().join("content/screener/tests");
    let mut files: Vec<(String, String)> = fs::read_dir(&dir)
        .expect("content/screener/tests/")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .map(|p| {
            let name = format!(
                "content/screener/tests/{}",
                p.file_name().unwrap().to_string_lossy()
            );
            (name, fs::read_to_string(&p).expect("read a case file"))
        })
        .collect();
    files.sort();
    let (cases, findings) = load_test_cases(&files);
    let errors: Vec<String> = findings
        .iter()
        .filter(|f| f.is_error())
        .map(|f| f.to_string())
        .collect();
    assert!(errors.is_empty(), "the test cases do not load: {errors:#?}");
    assert!(cases.len() >= 30, "only {} cases", cases.len());
    cases
}

/// `screener/rules.<lang>.json` as the site serves it.
struct Rules(Value);

impl Rules {
    fn read(lang: &str) -> Rules {
        let path = shipped_site().join(format!("screener/rules.{lang}.json"));
        let text = fs::read_to_string(&path).expect("read the rules file");
        Rules(serde_json::from_str(&text).expect("the rules file is JSON"))
    }

    /// A text as the page words it for `who` (`self` or `someone_else`), like app.js's `text`.
    fn text(&self, id: &str, who: &str) -> String {
        match &self.0["text"][id] {
            Value::String(s) => s.clone(),
            Value::Object(m) => m
                .get(who)
                .or_else(|| m.get("self"))
                .and_then(Value::as_str)
                .unwrap_or_else(|| panic!("text {id} has no `{who}` or `self` form"))
                .to_string(),
            _ => panic!("the rules file has no text {id}"),
        }
    }

    /// Whether `id` is worded differently for someone else.
    fn by_who(&self, id: &str) -> bool {
        self.0["text"][id].is_object()
    }

    fn kind(&self, question: &str) -> String {
        self.questions()
            .iter()
            .find(|q| q["id"] == question)
            .and_then(|q| q["kind"].as_str())
            .unwrap_or_else(|| panic!("no question {question} in the definition"))
            .to_string()
    }

    fn questions(&self) -> &Vec<Value> {
        self.0["definition"]["questions"]
            .as_array()
            .expect("definition.questions")
    }

    fn who_question(&self) -> String {
        self.0["definition"]["who"]
            .as_str()
            .unwrap_or("")
            .to_string()
    }

    /// The labels the state script finds buttons by.
    fn labels(&self) -> Value {
        json!({
            "next": self.text("screener-next", "self"),
            "back": self.text("screener-back", "self"),
            "startOver": self.text("screener-start-over", "self"),
            "unsure": self.text("screener-answer-unsure", "self"),
        })
    }
}

// ---------------------------------------------------------------------------------------------
// Driving the page.

/// Replaces the page's `Date` so that "now" is noon (local time) on `today`; dates built from
/// arguments are untouched. Returns what the page now thinks today is.
const SET_TODAY: &str = r#"
const today = arguments[0];
if (!window.__screenerTestRealDate) {
  const Real = Date;
  window.__screenerTestRealDate = Real;
  const now = () => Real.parse(window.__screenerTestToday + 'T12:00:00');
  window.Date = class extends Real {
    constructor(...a) { if (a.length) super(...a); else super(now()); }
    static now() { return now(); }
  };
}
window.__screenerTestToday = today;
const d = new Date(), p = n => String(n).padStart(2, '0');
return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
"#;

/// What the screener shows, with the elements to act on (WebDriver element references).
/// Arguments: the case's answers, the button labels.
const STATE: &str = r#"
const [answers, labels] = arguments;
const app = document.getElementById('screener-app');
const button = (root, label) => [...root.querySelectorAll('button')].find(b => b.textContent === label) || null;
const base = { href: location.href, history: history.length,
  appHidden: app.hidden, staticHidden: document.getElementById('screener-static').hidden };
const result = app.querySelector('.result');
if (result) {
  const h2 = result.querySelector('h2');
  const ids = sel => [...result.querySelectorAll(sel)].map(e => e.dataset.id);
  const headings = {};
  for (const e of result.querySelectorAll('[data-id]')) {
    const h = e.matches('.admonition') ? e.querySelector('.admonition-title')
      : e.matches('.urgent') ? e.querySelector('.urgency') : e.querySelector('h3, h4');
    headings[e.dataset.id] = h ? h.textContent : null;
  }
  const first = result.firstElementChild;
  // What to do now comes before the areas: the call buttons (or the directory link), when the
  // site has a number, precede the first area.
  const calls = result.querySelector('.call-buttons');
  const area = result.querySelector('section.outcome-area');
  const before = (a, b) => !!a && !!b && !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
  return { ...base, result: {
    urgent: !!result.querySelector('section.urgent[data-id=urgent]'),
    safety: !!result.querySelector('.admonition[data-id=safety]'),
    urgentFirst: !!first && first.dataset.id === 'urgent',
    callsBeforeAreas: before(calls, area),
    calls: calls ? [...calls.querySelectorAll('a.call')].map(a => a.getAttribute('href')) : [],
    reasonsOpen: [...result.querySelectorAll('details.reasons')].filter(d => d.open).length,
    reasonsVisible: [...result.querySelectorAll('details.reasons li')].filter(li => li.checkVisibility()).length,
    areas: ids('section.outcome-area'), flags: ids('section.outcome-flag'),
    deadlines: ids('section.outcome-deadline'), headings,
    focused: !!document.activeElement && document.activeElement === result.querySelector('[data-focus]'),
    back: button(result, labels.back), startOver: button(result, labels.startOver) } };
}
const form = app.querySelector('form.question-form');
if (!form) return { ...base, broken: app.innerHTML.slice(0, 300) };
const id = form.dataset.question;
const legend = form.querySelector('legend');
const want = answers[id];
const radio = want === undefined ? null
  : form.querySelector(`input[type=radio][value="${CSS.escape(String(want))}"]`);
const label = radio && form.querySelector(`label[for="${radio.id}"]`);
// A multiple-choice answer: the labels of its checkboxes.
const wanted = want === undefined ? [] : Array.isArray(want) ? want : [String(want)];
const boxLabels = wanted.map(v => form.querySelector(`input[type=checkbox][value="${CSS.escape(v)}"]`))
  .map(box => box && form.querySelector(`label[for="${box.id}"]`));
const next = form.querySelector('button[type=submit]');
// Whether a click at the element's centre would reach it now (in view, nothing on top).
const reachable = el => {
  if (!el) return false;
  const r = el.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
  if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
  const h = document.elementFromPoint(x, y);
  return !!h && el.contains(h);
};
if (label) label.scrollIntoView({ block: 'nearest' });
if (next) next.scrollIntoView({ block: 'nearest' });
return { ...base, question: id,
  text: legend.querySelector('.question').textContent,
  progress: legend.querySelector('.progress').textContent,
  boxLabels, boxes: [...form.querySelectorAll('input[type=checkbox]')].map(b => b.value),
  focused: document.activeElement === legend,
  options: [...form.querySelectorAll('input[type=radio]')].map(r => r.value),
  checked: [...form.querySelectorAll('input:checked')].map(r => r.value),
  radio, label, bothInView: reachable(label) && reachable(next),
  number: form.querySelector('input[type=number][id$="-n"]'),
  month: form.querySelector('select[id$="-m"]'),
  year: form.querySelector('input[id$="-y"]'),
  day: form.querySelector('input[id$="-d"]'),
  next,
  unsure: button(form, labels.unsure), back: button(form, labels.back),
  startOver: button(form, labels.startOver),
  error: form.querySelector('.error').textContent };
"#;

/// One language's screener page, loaded and started.
struct Page<'a> {
    b: &'a mut Browser,
    lang: String,
    rules: Rules,
    labels: Value,
    /// The console so far (a reload empties the browser's, so it is kept here).
    console: Vec<LogEntry>,
}

impl<'a> Page<'a> {
    fn open(b: &'a mut Browser, lang: &str) -> Page<'a> {
        let rules = Rules::read(lang);
        let labels = rules.labels();
        let mut p = Page {
            b,
            lang: lang.to_string(),
            rules,
            labels,
            console: Vec::new(),
        };
        p.reload();
        p
    }

    /// Loads the page and waits for the first question.
    fn reload(&mut self) {
        self.console.extend(self.b.console());
        self.b.goto(&format!("/{}/screener/", self.lang));
        self.b.wait_until(
            "document.querySelector('#screener-app form.question-form')",
            WAIT,
        );
    }

    fn set_today(&self, today: &str) {
        let got = self.b.execute(SET_TODAY, vec![json!(today)]);
        assert_eq!(got, json!(today), "the page's clock was not set");
    }

    fn state(&self, answers: &Value) -> Value {
        self.b
            .execute(STATE, vec![answers.clone(), self.labels.clone()])
    }

    fn click(&self, v: &Value, what: &str) {
        let el = self
            .b
            .element(v)
            .unwrap_or_else(|| panic!("{}: no {what} on the page", self.lang));
        self.b.click_element(&el, what);
    }

    fn type_into(&self, v: &Value, text: &str, what: &str) {
        let el = self
            .b
            .element(v)
            .unwrap_or_else(|| panic!("{}: no {what} on the page", self.lang));
        self.b.type_into(&el, text, what);
    }

    /// Answers the question shown (described by `st`) with `value`, by clicking and typing.
    fn answer(&self, st: &Value, question: &str, value: &Value) -> Result<(), String> {
        let kind = self.rules.kind(question);
        let missing = |what: &str| format!("`{question}` ({kind}) shows no {what}");
        match (kind.as_str(), value) {
            ("number" | "date", Value::String(s)) if s == "unsure" => {
                if st["unsure"].is_null() {
                    return Err(missing("\"I don't know\" button"));
                }
                self.click(&st["unsure"], "the \"I don't know\" button");
            }
            ("number", Value::Number(n)) => {
                if st["number"].is_null() {
                    return Err(missing("number input"));
                }
                self.type_into(&st["number"], &n.to_string(), "the number input");
                self.click(&st["next"], "Next");
            }
            ("date", Value::String(s)) => {
                if st["month"].is_null() || st["year"].is_null() || st["day"].is_null() {
                    return Err(missing("month, year and day fields"));
                }
                let mut parts = s.split('-');
                let (y, m, d) = (parts.next(), parts.next(), parts.next());
                let (Some(y), Some(m)) = (y, m) else {
                    return Err(format!("`{question}`: bad date {s}"));
                };
                let select = self.b.element(&st["month"]).expect("month select");
                self.b
                    .run(select.select_by_value(m))
                    .map_err(|e| format!("`{question}`: choosing month {m}: {e}"))?;
                self.type_into(&st["year"], y, "the year");
                if let Some(d) = d {
                    // The page takes the day as a number ("01" and "1" alike).
                    self.type_into(&st["day"], d.trim_start_matches('0'), "the day");
                }
                self.click(&st["next"], "Next");
            }
            ("multi", Value::String(_) | Value::Array(_)) => {
                let labels = st["boxLabels"].as_array().cloned().unwrap_or_default();
                if labels.is_empty() || labels.iter().any(Value::is_null) {
                    return Err(format!(
                        "`{question}` has no checkbox for {value} (boxes: {})",
                        st["boxes"]
                    ));
                }
                for (i, l) in labels.iter().enumerate() {
                    self.click(l, &format!("checkbox {i} of `{question}`"));
                }
                self.click(&st["next"], "Next");
            }
            ("yes_no" | "choice", Value::String(s)) => {
                if st["label"].is_null() {
                    return Err(format!(
                        "`{question}` has no option `{s}` (options: {})",
                        st["options"]
                    ));
                }
                if st["bothInView"] == true {
                    // One round trip for both clicks: this is most of the time a run takes.
                    let els: Vec<_> = [&st["label"], &st["next"]]
                        .into_iter()
                        .filter_map(|v| self.b.element(v))
                        .collect();
                    self.b.click_in_view(&els);
                } else {
                    self.click(&st["label"], &format!("the label of `{s}`"));
                    self.click(&st["next"], "Next");
                }
            }
            _ => return Err(format!("`{question}` ({kind}): cannot answer {value}")),
        }
        Ok(())
    }

    /// Answers `q`, which must be the question shown, with `value`.
    fn give(&self, q: &str, value: Value) {
        let st = self.state(&json!({ q: value }));
        assert_eq!(
            st["question"], q,
            "{}: expected the question `{q}`: {st}",
            self.lang
        );
        self.answer(&st, q, &value)
            .unwrap_or_else(|e| panic!("{}: {e}", self.lang));
    }

    /// Back at the first question with nothing answered: Start over when something is.
    fn start_over(&self) {
        let st = self.state(&json!({}));
        let button = st.get("result").unwrap_or(&st)["startOver"].clone();
        if !button.is_null() {
            self.click(&button, "Start over");
        }
        let st = self.state(&json!({}));
        let first = self.rules.questions()[0]["id"].as_str().unwrap();
        assert_eq!(
            st["question"], first,
            "{}: Start over should show the first question: {st}",
            self.lang
        );
        assert_eq!(
            st["checked"],
            json!([]),
            "{}: Start over kept an answer",
            self.lang
        );
        assert!(st["back"].is_null() && st["startOver"].is_null());
    }

    /// Plays one case from the first question, answering exactly what the page asks; checks
    /// the wording and focus of every question, then the result (or the question shown).
    fn play(&self, case: &TestCase) -> Result<Vec<String>, String> {
        self.set_today(&case.today.to_string());
        let answers = &case.answers;
        let given = answers.as_object().expect("answers are an object");
        let who_q = self.rules.who_question();
        let mut who = "self".to_string();
        let mut asked: Vec<String> = Vec::new();
        let start = self.state(answers);
        let (href, history) = (start["href"].clone(), start["history"].clone());
        for step in 0..=given.len() + 1 {
            let st = self.state(answers);
            if st["href"] != href || st["history"] != history {
                return Err(format!(
                    "the URL or history changed while answering: {} / {} → {} / {}",
                    href, history, st["href"], st["history"]
                ));
            }
            if st["appHidden"] != false || st["staticHidden"] != true {
                return Err(format!(
                    "the app is not shown instead of the static version: {st}"
                ));
            }
            if let Some(r) = st.get("result") {
                return self.check_result(case, r, &who, &asked).map(|()| asked);
            }
            let Some(q) = st["question"].as_str() else {
                return Err(format!("neither a question nor a result: {st}"));
            };
            if asked.iter().any(|a| a == q) {
                return Err(format!(
                    "`{q}` was asked again after answering it (error shown: {:?})",
                    st["error"]
                ));
            }
            let want_text = self.rules.text(&format!("screener-question-{q}"), &who);
            if st["text"] != want_text.as_str() {
                return Err(format!(
                    "`{q}` ({who}) reads {} instead of {want_text:?}",
                    st["text"]
                ));
            }
            if step > 0 && st["focused"] != true {
                return Err(format!("focus did not move to the legend of `{q}`"));
            }
            self.check_progress(&st, asked.len() + 1)?;
            let Some(value) = given.get(q) else {
                if case.expect.next.as_deref() == Some(q) {
                    return self.check_all_used(given, &asked).map(|()| asked);
                }
                return Err(format!(
                    "the page asks `{q}`, which the case does not answer (answered so far: {})",
                    asked.join(", ")
                ));
            };
            self.answer(&st, q, value)?;
            asked.push(q.to_string());
            if q == who_q {
                who = value.as_str().unwrap_or("self").to_string();
            }
        }
        Err(format!("no result after {} answers", asked.len()))
    }

    /// "Question N of about M": N is the question's place in this flow, M a whole number at
    /// least N, both in the page's wording.
    fn check_progress(&self, st: &Value, number: usize) -> Result<(), String> {
        let template = self
            .rules
            .text("screener-progress", "self")
            .replace("{$number}", &number.to_string());
        let shown = st["progress"].as_str().unwrap_or_default();
        let (head, tail) = template
            .split_once("{$total}")
            .ok_or("screener-progress has no { $total }")?;
        let total = shown
            .strip_prefix(head)
            .and_then(|r| r.strip_suffix(tail))
            .and_then(|t| t.parse::<usize>().ok());
        match total {
            Some(t) if t >= number => Ok(()),
            _ => Err(format!(
                "the progress reads {shown:?}, expected {template:?}"
            )),
        }
    }

    fn check_all_used(
        &self,
        given: &serde_json::Map<String, Value>,
        asked: &[String],
    ) -> Result<(), String> {
        let unused: Vec<&String> = given.keys().filter(|k| !asked.contains(k)).collect();
        if unused.is_empty() {
            Ok(())
        } else {
            Err(format!("the page never asked {unused:?}"))
        }
    }

    fn check_result(
        &self,
        case: &TestCase,
        r: &Value,
        who: &str,
        asked: &[String],
    ) -> Result<(), String> {
        let e = &case.expect;
        if let Some(next) = &e.next {
            return Err(format!("expected the question `{next}`, got a result: {r}"));
        }
        self.check_all_used(case.answers.as_object().unwrap(), asked)?;
        let mut problems = Vec::new();
        let set = |v: &Value| -> BTreeSet<String> {
            v.as_array()
                .into_iter()
                .flatten()
                .filter_map(|x| x.as_str().map(String::from))
                .collect()
        };
        for (name, want) in [
            ("areas", &e.areas),
            ("flags", &e.flags),
            ("deadlines", &e.deadlines),
        ] {
            let got = set(&r[name]);
            if let Some(want) = want {
                let want: BTreeSet<String> = want.iter().cloned().collect();
                if got != want {
                    problems.push(format!("{name}: expected {want:?}, the page shows {got:?}"));
                }
            }
            if got.len() != r[name].as_array().map_or(0, Vec::len) {
                problems.push(format!("{name} shown twice: {}", r[name]));
            }
        }
        for (name, want) in [("urgent", e.urgent), ("safety", e.safety)] {
            if let Some(want) = want
                && r[name] != want
            {
                problems.push(format!(
                    "{name}: expected {want}, the page shows {}",
                    r[name]
                ));
            }
        }
        if r["urgent"] == true && r["urgentFirst"] != true {
            problems.push("the urgent notice is not the first thing in the result".into());
        }
        if !r["calls"].as_array().is_none_or(Vec::is_empty) && r["callsBeforeAreas"] != true {
            problems.push("the call buttons do not come before the areas".into());
        }
        if r["reasonsOpen"] != 0 || r["reasonsVisible"] != 0 {
            problems.push("the reasons (\"Why we show this\") are not collapsed".into());
        }
        if r["focused"] != true {
            problems.push("focus did not move to the top of the result".into());
        }
        // Each block's heading is its own text from the rules file, worded for `who`.
        let headings = r["headings"].as_object().cloned().unwrap_or_default();
        let kinds = [
            ("areas", "area"),
            ("flags", "flag"),
            ("deadlines", "deadline"),
        ];
        for (list, kind) in kinds {
            for id in set(&r[list]) {
                let want = self.rules.text(&format!("screener-{kind}-{id}"), who);
                if headings.get(&id).and_then(Value::as_str) != Some(want.as_str()) {
                    problems.push(format!(
                        "the heading of {kind} {id} is {:?}, not {want:?}",
                        headings.get(&id)
                    ));
                }
            }
        }
        for notice in ["urgent", "safety"] {
            if r[notice] == true {
                let want = self.rules.text(&format!("screener-{notice}"), who);
                if headings.get(notice).and_then(Value::as_str) != Some(want.as_str()) {
                    problems.push(format!("the {notice} notice's title is not {want:?}"));
                }
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems.join("; "))
        }
    }

    /// Plays `cases`, starting over between them; every failure.
    fn play_all(&mut self, cases: &[&TestCase]) -> Vec<String> {
        let mut failures = Vec::new();
        for (i, case) in cases.iter().enumerate() {
            if i > 0 {
                self.start_over();
            }
            if let Err(why) = self.play(case) {
                failures.push(format!(
                    "[{}] {}:{}: {}: {why}",
                    self.lang, case.at.file, case.at.line, case.name
                ));
                self.reload();
            }
        }
        self.console.extend(self.b.console());
        failures
    }
}

/// Plays `cases` in `lang` and fails with every difference from the engine's expectation.
fn play_in(lang: &str, cases: &[&TestCase]) {
    let Some(mut b) = browser(Js::On) else { return };
    let started = Instant::now();
    let mut page = Page::open(&mut b, lang);
    let failures = page.play_all(cases);
    let console = std::mem::take(&mut page.console);
    println!(
        "{lang}: played {} cases in {:.1} s",
        cases.len(),
        started.elapsed().as_secs_f64()
    );
    assert!(
        failures.is_empty(),
        "{} of {} cases differ in the browser ({lang}):\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
    // No error and nothing about the Content-Security-Policy (which allows the engine through
    // 'wasm-unsafe-eval' alone) in the console.
    let bad: Vec<&LogEntry> = console
        .iter()
        .filter(|e| e.level == "SEVERE" || e.message.contains("Content Security Policy"))
        .collect();
    assert!(
        bad.is_empty(),
        "{lang}: errors or CSP messages in the console: {bad:#?}"
    );
}

// ---------------------------------------------------------------------------------------------
// 1. Every case, as natively.

#[test]
fn every_case_plays_in_english_as_natively() {
    let cases = cases();
    play_in("en", &cases.iter().collect::<Vec<_>>());
}

/// Half the cases in one other language and the other half in another: together every case
/// plays in a translated rules file as well as in English, in a left-to-right and a
/// right-to-left page, for half the browser time (the CI machine has two cores).
fn every_other_case(offset: usize) -> Vec<TestCase> {
    cases().into_iter().skip(offset).step_by(2).collect()
}

#[test]
fn half_the_cases_play_in_spanish_as_natively() {
    let cases = every_other_case(0);
    play_in("es", &cases.iter().collect::<Vec<_>>());
}

#[test]
fn the_other_half_play_in_arabic_as_natively() {
    let cases = every_other_case(1);
    play_in("ar", &cases.iter().collect::<Vec<_>>());
}

/// The checks are not blind: a case expecting something else fails, and an answer the page
/// never asks for is noticed.
#[test]
fn a_wrong_expectation_is_caught() {
    let Some(mut b) = browser(Js::On) else { return };
    let all = cases();
    let full = all
        .iter()
        .find(|c| c.expect.next.is_none() && c.expect.areas.as_ref().is_some_and(|a| !a.is_empty()))
        .expect("a case with areas");
    let mut wrong = full.clone();
    wrong.expect.areas = Some(vec!["no_such_area".into()]);
    let mut extra = full.clone();
    extra.answers["no_such_question"] = json!("yes");
    let mut short = full.clone();
    let first = full
        .answers
        .as_object()
        .unwrap()
        .keys()
        .find(|k| *k != "answering_for");
    short
        .answers
        .as_object_mut()
        .unwrap()
        .remove(first.unwrap());
    let mut page = Page::open(&mut b, "en");
    let failures = page.play_all(&[&wrong, &extra, &short]);
    assert_eq!(failures.len(), 3, "{failures:#?}");
    assert!(failures[0].contains("areas: expected"), "{}", failures[0]);
    assert!(failures[1].contains("never asked"), "{}", failures[1]);
    assert!(failures[2].contains("does not answer"), "{}", failures[2]);
}

/// The case with the most to show: areas, flags, deadlines and notices.
fn richest(cases: &[TestCase]) -> &TestCase {
    cases
        .iter()
        .filter(|c| c.expect.next.is_none())
        .max_by_key(|c| {
            let e = &c.expect;
            let n = |v: &Option<Vec<String>>| v.as_ref().map_or(0, Vec::len);
            n(&e.areas)
                + n(&e.flags)
                + n(&e.deadlines)
                + usize::from(e.urgent == Some(true))
                + usize::from(e.safety == Some(true))
        })
        .expect("a case with a result")
}

// ---------------------------------------------------------------------------------------------
// 2. Back, Start over, someone else.

#[test]
fn back_start_over_and_the_wording_for_someone_else() {
    let Some(mut b) = browser(Js::On) else { return };
    let page = Page::open(&mut b, "en");
    page.set_today("2025-06-01");
    let r = &page.rules;
    let none = json!({});
    let question = |st: &Value| st["question"].as_str().unwrap_or("(none)").to_string();
    let wording = |q: &str, who: &str| r.text(&format!("screener-question-{q}"), who);
    assert!(
        r.by_who("screener-question-in_us") && r.by_who("screener-question-detained"),
        "these questions should be worded for someone else too"
    );
    assert_ne!(wording("in_us", "self"), wording("in_us", "someone_else"));

    // The first question: no Back, no Start over.
    let st = page.state(&none);
    assert_eq!(question(&st), "answering_for");
    assert!(st["back"].is_null() && st["startOver"].is_null(), "{st}");

    page.give("answering_for", json!("self"));
    let st = page.state(&none);
    assert_eq!(question(&st), "in_us");
    assert_eq!(st["text"], wording("in_us", "self").as_str());
    assert!(!st["back"].is_null() && !st["startOver"].is_null());

    // Back returns to the question before, answer cleared, focus on its legend.
    page.click(&st["back"], "Back");
    let st = page.state(&none);
    assert_eq!(question(&st), "answering_for", "Back: {st}");
    assert_eq!(st["focused"], true, "Back: focus should move to the legend");
    assert_eq!(st["checked"], json!([]), "Back should clear the answer");

    // For someone else, every question from then on is worded for them.
    page.give("answering_for", json!("someone_else"));
    let st = page.state(&none);
    assert_eq!(question(&st), "in_us");
    assert_eq!(
        st["text"],
        wording("in_us", "someone_else").as_str(),
        "in_us for someone else"
    );
    page.give("in_us", json!("yes"));
    page.give("age", json!(30));
    let st = page.state(&none);
    assert_eq!(question(&st), "detained");
    assert_eq!(st["text"], wording("detained", "someone_else").as_str());
    // Back from the question after a number question: the number question, empty.
    page.click(&st["back"], "Back");
    let st = page.state(&none);
    assert_eq!(question(&st), "age", "Back: {st}");
    assert_eq!(st["focused"], true);
    let number = page.b.execute(
        "return document.querySelector('#screener-app input[type=number]').value",
        vec![],
    );
    assert_eq!(number, "", "Back should clear the number");
    page.give("age", json!(30));
    page.give("detained", json!("no"));
    page.give("court_papers", json!("yes"));

    // A date that does not exist (31 February) is refused with a message, and the page
    // still works: the day corrected, it goes on.
    page.give("next_hearing", json!("2026-02-31"));
    let st = page.state(&none);
    assert_eq!(
        question(&st),
        "next_hearing",
        "31 February was accepted: {st}"
    );
    assert_eq!(
        st["error"],
        r.text("screener-enter-date", "self").as_str(),
        "31 February should be refused with the date message"
    );
    let day = page.b.element(&st["day"]).unwrap();
    page.b.run(day.clear()).unwrap();
    page.b.type_into(&day, "28", "the day");
    page.click(&st["next"], "Next");
    let st = page.state(&none);
    assert_ne!(
        question(&st),
        "next_hearing",
        "28 February was not accepted: {st}"
    );
    assert_eq!(st["error"], "", "{st}");

    // Start over: the first question, nothing chosen, no Back, focus on the legend; the
    // wording is the reader's own again.
    page.click(&st["startOver"], "Start over");
    let st = page.state(&none);
    assert_eq!(question(&st), "answering_for");
    assert_eq!(st["checked"], json!([]));
    assert!(st["back"].is_null() && st["startOver"].is_null(), "{st}");
    assert_eq!(
        st["focused"], true,
        "Start over: focus should move to the legend"
    );
    page.give("answering_for", json!("self"));
    let st = page.state(&none);
    assert_eq!(st["text"], wording("in_us", "self").as_str());
    page.click(&st["startOver"], "Start over");

    // From a result: Back shows the last question answered; Start over the first.
    let cases = cases();
    let case = richest(&cases);
    let asked = page
        .play(case)
        .unwrap_or_else(|e| panic!("{}: {e}", case.name));
    let st = page.state(&case.answers);
    page.click(&st["result"]["back"], "Back (result)");
    let st = page.state(&case.answers);
    assert_eq!(
        st["question"].as_str(),
        asked.last().map(String::as_str),
        "Back from the result"
    );
    assert_eq!(st["focused"], true);
    // Answering it again gives the same result.
    let last = asked.last().unwrap();
    page.answer(&st, last, &case.answers[last]).unwrap();
    let st = page.state(&case.answers);
    assert!(
        st.get("result").is_some(),
        "no result after answering again: {st}"
    );
    page.click(&st["result"]["startOver"], "Start over (result)");
    let st = page.state(&none);
    assert_eq!(question(&st), "answering_for");
    assert_eq!(st["focused"], true);
    let csp = page.b.csp_messages();
    assert!(csp.is_empty(), "CSP messages: {csp:#?}");
}

// ---------------------------------------------------------------------------------------------
// 3. Keyboard only.

/// What has focus.
const FOCUSED: &str = r#"
const a = document.activeElement;
return { tag: a.tagName.toLowerCase(), type: a.type || null, value: a.value ?? null,
  checked: !!a.checked, id: a.id, text: a.textContent.trim().slice(0, 80),
  inApp: document.getElementById('screener-app').contains(a) };
"#;

impl Page<'_> {
    fn focused(&self) -> Value {
        self.b.execute(FOCUSED, vec![])
    }

    /// Answers the question shown with keys only, starting with focus on its legend, or on
    /// its first control when `inside`.
    fn answer_by_keyboard(
        &self,
        st: &Value,
        q: &str,
        value: &Value,
        inside: bool,
    ) -> Result<(), String> {
        let tab: char = Key::Tab.into();
        let enter: char = Key::Enter.into();
        let down: char = Key::Down.into();
        let space: char = Key::Space.into();
        let kind = self.rules.kind(q);
        // Tab into the question (from the legend, the first control is next).
        if !inside {
            self.b.press(&[tab]);
        }
        let f = self.focused();
        if f["inApp"] != true {
            return Err(format!("`{q}`: Tab from the legend left the question: {f}"));
        }
        let unsure = value == "unsure" && (kind == "number" || kind == "date");
        if unsure {
            for _ in 0..8 {
                if self.focused()["text"] == self.labels["unsure"] {
                    self.b.press(&[enter]);
                    return Ok(());
                }
                self.b.press(&[tab]);
            }
            return Err(format!("`{q}`: Tab never reached \"I don't know\""));
        }
        match kind.as_str() {
            "yes_no" | "choice" => {
                let options: Vec<&str> = st["options"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter_map(Value::as_str)
                    .collect();
                let want = value.as_str().unwrap_or_default();
                let i = options
                    .iter()
                    .position(|o| *o == want)
                    .ok_or_else(|| format!("`{q}` has no option {want}"))?;
                if f["type"] != "radio" || f["value"] != options[0] {
                    return Err(format!("`{q}`: Tab should reach the first option: {f}"));
                }
                // Arrow keys move through the options and choose; Space chooses the first.
                let keys: Vec<char> = if i == 0 { vec![space] } else { vec![down; i] };
                self.b.press(&keys);
                let f = self.focused();
                if f["value"] != want || f["checked"] != true {
                    return Err(format!("`{q}`: the keys did not choose {want}: {f}"));
                }
                self.b.press(&[tab]);
                let f = self.focused();
                if f["type"] != "submit" {
                    return Err(format!(
                        "`{q}`: Tab after the options should reach Next: {f}"
                    ));
                }
                self.b.press(&[enter]);
            }
            "number" => {
                if f["type"] != "number" {
                    return Err(format!("`{q}`: Tab should reach the number: {f}"));
                }
                let mut keys: Vec<char> = value.to_string().chars().collect();
                keys.push(enter); // Enter in the field submits the form.
                self.b.press(&keys);
            }
            "date" => {
                let s = value.as_str().unwrap_or_default();
                let mut parts = s.split('-');
                let (y, m, d) = (parts.next(), parts.next(), parts.next());
                let (Some(y), Some(m)) = (y, m) else {
                    return Err(format!("`{q}`: bad date {s}"));
                };
                if f["tag"] != "select" {
                    return Err(format!("`{q}`: Tab should reach the month: {f}"));
                }
                let month: usize = m.parse().map_err(|_| format!("bad month in {s}"))?;
                self.b.press(&vec![down; month]);
                let f = self.focused();
                if f["value"] != m {
                    return Err(format!("`{q}`: the arrow keys chose month {}", f["value"]));
                }
                let mut keys = vec![tab];
                keys.extend(y.chars());
                keys.push(tab);
                if let Some(d) = d {
                    keys.extend(d.trim_start_matches('0').chars());
                }
                keys.push(enter);
                self.b.press(&keys);
            }
            "multi" => {
                // Tab moves from checkbox to checkbox; Space ticks the ones wanted.
                let want: Vec<String> = match value {
                    Value::Array(a) => a
                        .iter()
                        .filter_map(|v| v.as_str().map(String::from))
                        .collect(),
                    v => vec![v.as_str().unwrap_or_default().to_string()],
                };
                let boxes = st["boxes"].as_array().cloned().unwrap_or_default();
                if f["type"] != "checkbox" {
                    return Err(format!("`{q}`: Tab should reach the first checkbox: {f}"));
                }
                for (i, b) in boxes.iter().enumerate() {
                    if i > 0 {
                        self.b.press(&[tab]);
                    }
                    let f = self.focused();
                    if f["type"] != "checkbox" || f["value"] != *b {
                        return Err(format!("`{q}`: Tab should reach checkbox {b}: {f}"));
                    }
                    if want.iter().any(|w| w == b) {
                        self.b.press(&[space]);
                    }
                }
                self.b.press(&[tab]);
                let f = self.focused();
                if f["type"] != "submit" {
                    return Err(format!(
                        "`{q}`: Tab after the checkboxes should reach Next: {f}"
                    ));
                }
                self.b.press(&[enter]);
            }
            _ => return Err(format!("`{q}`: unknown kind {kind}")),
        }
        Ok(())
    }
}

#[test]
fn a_keyboard_only_run_completes_and_focus_follows_the_questions() {
    let Some(mut b) = browser(Js::On) else { return };
    let cases = cases();
    // A complete flow with every kind of question: choices, a number, full dates, and
    // "I don't know" where the case has it.
    let case = cases
        .iter()
        .filter(|c| c.expect.next.is_none())
        .max_by_key(|c| {
            let a = c.answers.as_object().unwrap();
            let full_dates = a
                .values()
                .filter(|v| v.as_str().is_some_and(|s| s.len() == 10))
                .count();
            (full_dates.min(2), a.len())
        })
        .unwrap();
    let page = Page::open(&mut b, "en");
    page.set_today(&case.today.to_string());
    let tab: char = Key::Tab.into();
    // From the top of the page, Tab until focus is in the screener.
    let mut tabs = 0;
    while page.focused()["inApp"] != true {
        assert!(tabs < 60, "Tab never reached the screener");
        page.b.press(&[tab]);
        tabs += 1;
    }
    let answers = case.answers.as_object().unwrap();
    let mut asked = Vec::new();
    let mut kinds = BTreeSet::new();
    loop {
        let st = page.state(&case.answers);
        if let Some(r) = st.get("result") {
            assert_eq!(r["focused"], true, "focus should move to the result");
            let who = case.answers[page.rules.who_question()]
                .as_str()
                .unwrap_or("self");
            page.check_result(case, r, who, &asked)
                .unwrap_or_else(|e| panic!("{}: {e}", case.name));
            break;
        }
        let q = st["question"].as_str().expect("a question").to_string();
        assert!(!asked.contains(&q), "`{q}` asked again: {st}");
        // The first question keeps focus where the reader tabbed to; later ones move it.
        if !asked.is_empty() {
            assert_eq!(st["focused"], true, "focus is not on the legend of `{q}`");
        }
        let value = answers
            .get(&q)
            .unwrap_or_else(|| panic!("the page asks `{q}`, which the case does not answer"));
        kinds.insert(page.rules.kind(&q));
        page.answer_by_keyboard(&st, &q, value, asked.is_empty())
            .unwrap_or_else(|e| panic!("{}: {e}", case.name));
        asked.push(q);
    }
    assert_eq!(
        kinds.into_iter().collect::<Vec<_>>(),
        ["choice", "date", "multi", "number", "yes_no"],
        "the keyboard run should meet every kind of question"
    );
}

// ---------------------------------------------------------------------------------------------
// 4. Privacy.

/// The files the screener page loads, besides itself.
fn screener_files(lang: &str) -> BTreeSet<String> {
    [
        "/style.css".to_string(),
        "/screener/app.js".into(),
        "/screener/screener_wasm.js".into(),
        "/screener/screener_wasm_bg.wasm".into(),
        format!("/screener/rules.{lang}.json"),
    ]
    .into_iter()
    .collect()
}

/// The file of the built site a request path is served from.
fn served_file(path: &str) -> std::path::PathBuf {
    let rel = path
        .split(['?', '#'])
        .next()
        .unwrap()
        .trim_start_matches('/');
    let file = shipped_site().join(rel);
    if file.is_dir() {
        file.join("index.html")
    } else {
        file
    }
}

#[test]
fn a_full_run_asks_nothing_of_the_network_stores_nothing_and_keeps_the_url() {
    let Some(mut b) = browser(Js::On) else { return };
    let origin = b.server().origin.clone();
    let cases = cases();
    let case = cases
        .iter()
        .filter(|c| c.expect.next.is_none())
        .max_by_key(|c| c.answers.as_object().unwrap().len())
        .unwrap();
    b.server().clear();
    let page = Page::open(&mut b, "en");

    // Loading: the page and its own files, each once, all GETs of files the site has.
    let loaded = page.b.server().requests();
    let mut want = screener_files("en");
    want.insert("/en/screener/".into());
    let got: BTreeSet<String> = loaded.iter().map(|r| r.path.clone()).collect();
    assert_eq!(got, want, "the screener page loaded: {loaded:?}");
    assert_eq!(
        got.len(),
        loaded.len(),
        "a file was requested twice: {loaded:?}"
    );
    for r in &loaded {
        assert_eq!(r.method, "GET", "{r:?}");
        assert!(
            served_file(&r.path).is_file(),
            "not a file of the site: {r:?}"
        );
    }
    let resources = page.b.resources();
    let want_resources: BTreeSet<String> = screener_files("en")
        .iter()
        .map(|p| format!("{origin}{p}"))
        .collect();
    assert_eq!(
        resources.iter().cloned().collect::<BTreeSet<_>>(),
        want_resources,
        "resource timing (what the page fetched or tried to)"
    );

    // A full run: not one request, nothing stored, the same URL and history.
    page.b.server().clear();
    let before = page.state(&json!({}));
    let asked = page
        .play(case)
        .unwrap_or_else(|e| panic!("{}: {e}", case.name));
    assert!(asked.len() >= 20, "a long run: {asked:?}");
    let after = page.state(&json!({}));
    assert!(after.get("result").is_some());
    assert_eq!(
        page.b.server().requests(),
        vec![],
        "the screener made requests while answering"
    );
    assert_eq!(
        page.b.resources(),
        resources,
        "the page fetched (or tried to) something while answering"
    );
    assert_eq!(after["href"], before["href"], "the URL changed");
    assert_eq!(after["href"], format!("{origin}/en/screener/"));
    assert_eq!(after["history"], before["history"], "history grew");
    let storage = page.b.storage();
    assert!(
        storage.is_empty(),
        "the screener stored something: {storage:?}"
    );
    let csp = page.b.csp_messages();
    assert!(csp.is_empty(), "CSP messages: {csp:#?}");
}

#[test]
fn quick_exit_leaves_for_the_neutral_site_with_no_way_back() {
    let Some(mut b) = browser(Js::On) else { return };
    let origin = b.server().origin.clone();
    b.goto("/en/");
    let page = Page::open(&mut b, "en");
    page.give("answering_for", json!("self"));
    page.give("in_us", json!("yes"));
    let before = page.state(&json!({}));
    assert_eq!(before["question"], "age");
    let exit = page
        .b
        .execute("return document.querySelector('a.quick-exit').href", vec![]);
    let exit = exit.as_str().expect("a quick exit link").to_string();
    let configured = fs::read_to_string(tests::repo_root().join("site.toml"))
        .expect("site.toml")
        .lines()
        .find_map(|l| {
            let v = l.trim().strip_prefix("quick_exit_url")?.trim();
            Some(v.strip_prefix('=')?.trim().trim_matches('"').to_string())
        })
        .expect("site.toml sets quick_exit_url");
    assert_eq!(exit, configured, "the quick exit link");
    assert!(
        exit.starts_with("https://") && !exit.starts_with(&origin),
        "the quick exit should lead off the site: {exit}"
    );
    page.b.click("a.quick-exit");
    // The neutral site is unreachable here (host-resolver rules), so the browser shows an
    // error page for it; what matters is that it went there.
    let deadline = Instant::now() + WAIT;
    while !page.b.current_url().starts_with(&exit) {
        assert!(
            Instant::now() < deadline,
            "quick exit did not leave: {}",
            page.b.current_url()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let history = page.b.execute("return history.length", vec![]);
    assert_eq!(
        history, before["history"],
        "quick exit should replace the screener's history entry, not add one"
    );
    // Back leads to the page before the screener, not to the screener with its answers.
    page.b.back();
    let url = page.b.current_url();
    assert_eq!(url, format!("{origin}/en/"), "Back after quick exit");
    let requests = page.b.server().requests();
    assert!(
        requests.iter().all(|r| !r.path.contains('?')),
        "an answer went into a URL: {requests:?}"
    );
    // Nothing of the run survives: the screener, opened again, starts from the beginning.
    let mut page = page;
    page.reload();
    let st = page.state(&json!({}));
    assert_eq!(st["question"], "answering_for", "{st}");
    assert!(
        st["back"].is_null(),
        "answers survived the quick exit: {st}"
    );
}

// ---------------------------------------------------------------------------------------------
// 5. Accessibility.

#[test]
fn axe_finds_nothing_on_questions_and_results() {
    let Some(mut b) = browser(Js::On) else { return };
    let cases = cases();
    let rich = richest(&cases);
    let mut found = Vec::new();
    for lang in ["en", "ar", "zh-Hans"] {
        let page = Page::open(&mut b, lang);
        page.set_today("2025-06-01");
        let mut check = |what: &str| {
            let v = page.b.axe();
            if !v.is_empty() {
                found.push((format!("/{lang}/screener/ ({what})"), v));
            }
        };
        check("the first question");
        page.give("answering_for", json!("someone_else"));
        page.give("in_us", json!("yes"));
        // A number question, with the message for an empty answer showing.
        let st = page.state(&json!({}));
        assert_eq!(st["question"], "age");
        page.click(&st["next"], "Next");
        assert_ne!(page.state(&json!({}))["error"], "", "{lang}: no message");
        check("a number question with its error message");
        page.give("age", json!(30));
        page.give("detained", json!("no"));
        page.give("court_papers", json!("yes"));
        assert_eq!(page.state(&json!({}))["question"], "next_hearing");
        check("a date question");
        page.give("next_hearing", json!("unsure"));
        for q in [
            "removal_order",
            "missed_hearing",
            "ice_checkin",
            "unknown_letter",
            "has_agency_deadline",
        ] {
            page.give(q, json!("no"));
        }
        assert_eq!(page.state(&json!({}))["question"], "status");
        check("a multiple-choice question");
        page.start_over();
        page.play(rich)
            .unwrap_or_else(|e| panic!("{lang}: {}: {e}", rich.name));
        page.b.execute(
            "for (const d of document.querySelectorAll('#screener-app details')) d.open = true;",
            vec![],
        );
        check("a result, every detail open");
    }
    assert!(
        found.is_empty(),
        "axe-core found accessibility violations:\n{}",
        browser::report(&found)
    );
}

// ---------------------------------------------------------------------------------------------
// 6. Without JavaScript.

#[test]
fn without_javascript_the_static_version_lists_every_question() {
    let Some(mut b) = browser(Js::Off) else {
        return;
    };
    for lang in ["en", "ar"] {
        let rules = Rules::read(lang);
        b.goto(&format!("/{lang}/screener/"));
        let v = b.execute(
            r#"const seen = el => {
                 const r = el.getBoundingClientRect(), s = getComputedStyle(el);
                 return r.width > 0 && r.height > 0 && s.visibility === 'visible'
                   && s.display !== 'none';
               };
               const app = document.getElementById('screener-app');
               const st = document.getElementById('screener-static');
               const qs = [...st.querySelectorAll('ol.static-questions > li')];
               return { app: seen(app), static: !!st && seen(st),
                 questions: qs.map(li => li.querySelector('.q').textContent),
                 visible: qs.filter(li => seen(li.querySelector('.q'))).length,
                 answers: qs.map(li => li.querySelectorAll('.answers li').length),
                 skips: st.querySelectorAll('.skip-hint').length,
                 urgentBeforeAreas: !!st.querySelector('.static-urgent')
                   && !!st.querySelector('.static-urgent').nextElementSibling,
                 calls: [...st.querySelectorAll('a.call[href^="tel:"]')].map(a => a.getAttribute('href')),
                 directory: [...st.querySelectorAll('a.call-link')].map(a => a.getAttribute('href')) };"#,
            vec![],
        );
        assert_eq!(
            v["app"], false,
            "{lang}: the app shows without JavaScript: {v}"
        );
        assert_eq!(
            v["static"], true,
            "{lang}: the static version is hidden: {v}"
        );
        let want: Vec<String> = rules
            .questions()
            .iter()
            .map(|q| {
                rules.text(
                    &format!("screener-question-{}", q["id"].as_str().unwrap()),
                    "self",
                )
            })
            .collect();
        assert_eq!(v["questions"], json!(want), "{lang}: the questions listed");
        assert_eq!(
            v["visible"],
            json!(want.len()),
            "{lang}: hidden questions: {v}"
        );
        assert!(
            v["answers"]
                .as_array()
                .unwrap()
                .iter()
                .all(|n| n.as_u64() >= Some(1)),
            "{lang}: a question without its answers: {v}"
        );
        // Skip hints from `show_if`, urgent things before the areas, numbers to call.
        assert!(v["skips"].as_u64() >= Some(5), "{lang}: skip hints: {v}");
        assert_eq!(v["urgentBeforeAreas"], true, "{lang}: {v}");
        assert_eq!(v["calls"], json!(["tel:1-800-898-7180"]), "{lang}: {v}");
        // The shipped site has no number of its own: a way to free legal help instead.
        assert_eq!(
            v["directory"],
            json!([format!("/{lang}/directory/")]),
            "{lang}: {v}"
        );
        if lang == "en" {
            let page = b.execute(
                "return document.getElementById('screener-static').textContent;",
                vec![],
            );
            let text = page
                .as_str()
                .unwrap_or_default()
                .replace(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'], "");
            // Not held by immigration: the border question is skipped.
            let skip = "If you answered \"No\", go to question 6.";
            assert!(text.contains(skip), "en: no {skip:?}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 7. Page weight.

fn brotli_len(bytes: &[u8]) -> usize {
    let mut out = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        w.write_all(bytes).expect("compress");
    }
    out.len()
}

#[test]
fn the_screener_page_and_all_it_loads_weigh_at_most_100_kb_brotli() {
    let Some(mut b) = browser(Js::On) else { return };
    let langs: Vec<String> = fs::read_dir(shipped_site().join("screener"))
        .expect("screener/")
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            Some(
                name.strip_prefix("rules.")?
                    .strip_suffix(".json")?
                    .to_string(),
            )
        })
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    assert!(langs.len() >= 7, "rules files: {langs:?}");
    let mut sizes: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut report = String::new();
    let mut over = Vec::new();
    for lang in &langs {
        b.server().clear();
        let page = Page::open(&mut b, lang);
        // Everything the page will ever load is loaded by the first question (see the privacy
        // test), but take a step to be sure.
        page.give("answering_for", json!("self"));
        let requests = page.b.server().requests();
        assert!(
            requests.iter().any(|r| r.path.ends_with(".wasm")),
            "{lang}: the engine was not loaded: {requests:?}"
        );
        let mut total = (0, 0);
        let mut lines = Vec::new();
        for path in requests
            .iter()
            .map(|r| r.path.clone())
            .collect::<BTreeSet<_>>()
        {
            let (raw, br) = *sizes.entry(path.clone()).or_insert_with(|| {
                let bytes = fs::read(served_file(&path)).expect("a served file");
                (bytes.len(), brotli_len(&bytes))
            });
            total = (total.0 + raw, total.1 + br);
            lines.push(format!("    {path}: {raw} B, {br} B brotli"));
        }
        report.push_str(&format!(
            "/{lang}/screener/: {} B, {} B brotli\n{}\n",
            total.0,
            total.1,
            lines.join("\n")
        ));
        if total.1 > BUDGET {
            over.push(format!("/{lang}/screener/: {} B", total.1));
        }
    }
    println!("{report}");
    assert!(
        over.is_empty(),
        "over the {BUDGET} B brotli budget: {over:?}\n{report}"
    );
}

// ---------------------------------------------------------------------------------------------
// 8. The Content-Security-Policy.

#[test]
fn the_engine_runs_under_the_csp_with_only_wasm_unsafe_eval() {
    let Some(mut b) = browser(Js::On) else { return };
    let headers = fs::read_to_string(shipped_site().join("_headers")).expect("_headers");
    let policy = headers
        .lines()
        .find_map(|l| l.trim().strip_prefix("Content-Security-Policy:"))
        .map(str::trim)
        .expect("a Content-Security-Policy")
        .to_string();
    let script_src = policy
        .split(';')
        .map(str::trim)
        .find(|d| d.starts_with("script-src "))
        .expect("script-src");
    assert_eq!(
        script_src, "script-src 'self' 'wasm-unsafe-eval'",
        "the screener needs only 'wasm-unsafe-eval' besides the site's own scripts"
    );
    for bad in ["'unsafe-eval'", "'unsafe-inline'"] {
        assert!(
            !policy
                .split_whitespace()
                .any(|t| t.trim_end_matches(';') == bad),
            "the policy allows {bad}: {policy}"
        );
    }
    let page = Page::open(&mut b, "en");
    let meta = page.b.execute(
        "return document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content",
        vec![],
    );
    assert!(
        meta.as_str().is_some_and(|m| m.contains(script_src)),
        "the page's meta policy: {meta}"
    );
    let cases = cases();
    let case = richest(&cases);
    page.play(case)
        .unwrap_or_else(|e| panic!("{}: {e}", case.name));
    let console = page.b.console();
    let bad: Vec<&LogEntry> = console
        .iter()
        .filter(|e| e.level == "SEVERE" || e.message.contains("Content Security Policy"))
        .collect();
    assert!(
        bad.is_empty(),
        "errors or CSP messages in the console: {bad:#?}"
    );

    // Not blind: an inline script (which the policy forbids) does not run, and the console
    // says so. (WebDriver's own scripts bypass the policy, so eval cannot be tried from here.)
    let ran = page.b.execute(
        "const s = document.createElement('script'); s.textContent = 'window.inlineRan = 1';\
         document.head.append(s); return window.inlineRan === 1;",
        vec![],
    );
    assert_eq!(ran, false, "an inline script ran despite the policy");
    let csp = page.b.csp_messages();
    assert!(
        !csp.is_empty(),
        "the blocked script should be reported in the console"
    );
}

// ---------------------------------------------------------------------------------------------
// 9. What a reader sees first, progress, dates, direction.

fn case_named<'c>(cases: &'c [TestCase], start: &str) -> &'c TestCase {
    cases
        .iter()
        .find(|c| c.name.starts_with(start))
        .unwrap_or_else(|| panic!("no test case named {start:?}"))
}

/// The result in the page's markup: what comes first, the call links, the urgency label's size
/// against the headings around it.
const RESULT_LAYOUT: &str = r#"
const result = document.querySelector('#screener-app .result');
const size = el => parseFloat(getComputedStyle(el).fontSize);
const label = result.querySelector('.urgency');
const headings = [...result.querySelectorAll('h2, h3')].map(size);
const tel = [...result.querySelectorAll('a.call[href^="tel:"]')].map(a => ({ href: a.getAttribute('href'),
  bdi: !!a.querySelector('bdi[dir=ltr]'), text: a.textContent }));
const directory = [...result.querySelectorAll('a.call-link')].map(a => a.getAttribute('href'));
return { first: result.firstElementChild.className, label: label && size(label),
  biggestHeading: Math.max(...headings), tel, directory,
  height: Math.round(result.getBoundingClientRect().height) };
"#;

#[test]
fn the_result_shows_what_to_do_now_before_the_areas() {
    let Some(mut b) = browser(Js::On) else { return };
    let cases = cases();
    let page = Page::open(&mut b, "en");
    // Detained: urgent, the organisation's number and the detention and court hotline.
    let detained = case_named(&cases, "Detained parent");
    page.play(detained).expect("the case plays");
    let r = page.b.execute(RESULT_LAYOUT, vec![]);
    assert_eq!(r["first"], "urgent", "{r}");
    assert!(
        r["label"].as_f64().unwrap() > r["biggestHeading"].as_f64().unwrap(),
        "the urgency label must stand out more than the headings: {r}"
    );
    let hrefs: Vec<&str> = r["tel"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["href"].as_str().unwrap())
        .collect();
    // The shipped site has no organisation of its own: the directory's court line, and
    // (the court line gives case information, not legal help) a way to free legal help.
    assert_eq!(hrefs, ["tel:1-800-898-7180"], "{r}");
    assert_eq!(r["directory"], json!(["/en/directory/"]), "{r}");
    assert!(
        r["tel"]
            .as_array()
            .unwrap()
            .iter()
            .all(|t| t["bdi"] == true)
    );
    println!("detained result: {} px tall at 412 px", r["height"]);
    // Urgent for another reason (a USCIS appointment): not the court line; with no
    // organisation of its own, the site points to the directory instead of a number.
    page.start_over();
    let appointment = case_named(
        &cases,
        "USCIS appointment (uscis_appointment): fingerprints",
    );
    page.play(appointment).expect("the case plays");
    let r = page.b.execute(RESULT_LAYOUT, vec![]);
    assert_eq!(r["tel"].as_array().unwrap().len(), 0, "{r}");
    assert_eq!(r["directory"], json!(["/en/directory/"]), "{r}");
    let directory = page.b.execute(
        "return !!document.querySelector('#screener-app a[href*=\"/directory/\"]');",
        vec![],
    );
    assert_eq!(directory, json!(true), "no way to find help: {r}");
}

#[test]
fn the_progress_reads_question_n_of_about_m_from_the_engine() {
    let Some(mut b) = browser(Js::On) else { return };
    let files: Vec<(String, String)> = fs::read_dir(tests::repo_root().join("content/screener"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .map(|p| (p.display().to_string(), fs::read_to_string(&p).unwrap()))
        .collect();
    let def = screener_wasm::engine::load_definition(&files)
        .0
        .expect("the shipped definition");
    let today = screener_wasm::engine::Date::parse("2026-12-02").unwrap();
    let total = |answers: Value| {
        let a = screener_wasm::engine::parse_answers(&def, &answers).unwrap();
        screener_wasm::engine::estimate_total(&def, &a, today)
    };
    let page = Page::open(&mut b, "en");
    page.set_today("2026-12-02");
    // Fluent may isolate the numbers (U+2068 ... U+2069); the reader sees the same text.
    let progress = |st: &Value| {
        st["progress"]
            .as_str()
            .unwrap_or_default()
            .replace(['\u{2068}', '\u{2069}'], "")
    };
    let st = page.state(&json!({}));
    assert_eq!(
        progress(&st),
        format!("Question 1 of about {}", total(json!({})))
    );
    page.give("answering_for", json!("self"));
    page.give("in_us", json!("no"));
    let st = page.state(&json!({}));
    let outside = total(json!({"answering_for": "self", "in_us": "no"}));
    assert!(
        outside < total(json!({})),
        "leaving the US out closes questions"
    );
    assert_eq!(progress(&st), format!("Question 3 of about {outside}"));
}

#[test]
fn dates_use_gregorian_month_names_in_dari_and_haitian_creole() {
    let Some(mut b) = browser(Js::On) else { return };
    let cases = cases();
    let hearing = case_named(&cases, "Detained parent");
    for (lang, june, solar) in [("prs", "جون", "جوزا"), ("ht", "jen", "June")] {
        let page = Page::open(&mut b, lang);
        page.set_today("2025-06-01");
        page.give("answering_for", json!("self"));
        page.give("in_us", json!("yes"));
        page.give("age", json!(30));
        page.give("detained", json!("no"));
        page.give("court_papers", json!("yes"));
        let months = page.b.execute(
            "return [...document.querySelectorAll('#screener-app select option')].slice(1).map(o => o.textContent);",
            vec![],
        );
        let want: Vec<String> = (1..=12)
            .map(|m| page.rules.text(&format!("month-{m}"), "self"))
            .collect();
        assert_eq!(months, json!(want), "{lang}: the month list");
        assert_eq!(want[5], june, "{lang}: June is {june}");
        page.start_over();
        page.play(hearing).expect("the case plays");
        let date = page.b.execute(
            "const d = document.querySelector('#screener-app [data-id=hearing_date] bdi.date-value'); return d && d.textContent;",
            vec![],
        );
        let shown = date
            .as_str()
            .unwrap_or_default()
            .replace(['\u{2068}', '\u{2069}'], "");
        assert!(
            shown.contains(june) && shown.contains("2025") && shown.contains("20"),
            "{lang}: the hearing date reads {shown:?}"
        );
        assert!(!shown.contains(solar), "{lang}: {shown:?}");
    }
}

#[test]
fn right_to_left_pages_keep_numbers_and_form_names_in_order() {
    let Some(mut b) = browser(Js::On) else { return };
    let cases = cases();
    let page = Page::open(&mut b, "ar");
    page.play(case_named(&cases, "Detained parent"))
        .expect("the case plays");
    let r = page.b.execute(
        r#"const res = document.querySelector('#screener-app .result');
           const calls = [...res.querySelectorAll('a.call[href^="tel:"]')];
           return { calls: calls.map(a => [a.getAttribute('href'), a.querySelector('bdi[dir=ltr]').textContent]),
                    dates: [...res.querySelectorAll('.outcome-deadline bdi.date-value')].length,
                    court: res.textContent.includes('\u2066'),
                    // Phone numbers in running text outside a tel: link.
                    bare: (() => { const out = [], w = document.createTreeWalker(res, NodeFilter.SHOW_TEXT);
                      for (let n; (n = w.nextNode());) {
                        if (!n.parentElement.closest('a') && /\d{3}-\d{3}-\d{4}|\b911\b/.test(n.data)) out.push(n.data);
                      }
                      return out; })(),
                    links: [...res.querySelectorAll('p a[href^="tel:"] > bdi[dir=ltr]')].length };"#,
        vec![],
    );
    assert_eq!(
        r["calls"],
        json!([["tel:1-800-898-7180", "1-800-898-7180"]]),
        "{r}"
    );
    assert!(r["dates"].as_u64().unwrap() >= 1, "{r}");
    assert_eq!(
        r["court"], true,
        "Latin runs are isolated in the texts: {r}"
    );
    assert_eq!(
        r["bare"],
        json!([]),
        "every phone number is a tel: link: {r}"
    );
    assert!(r["links"].as_u64() >= Some(2), "{r}");
}

/// The result fits a 320 px phone in both directions: the call buttons' labels wrap (their
/// numbers do not break) and nothing sticks out past either edge.
#[test]
fn the_result_fits_a_320_px_phone_in_both_directions() {
    let Some(mut b) = browser(Js::On) else { return };
    let cases = cases();
    for lang in ["en", "prs"] {
        let page = Page::open(&mut b, lang);
        page.play(case_named(&cases, "Detained parent"))
            .expect("the case plays");
        page.b.set_viewport(320, 700);
        let v = page.b.execute(
            r#"const w = document.documentElement.clientWidth;
               const calls = [...document.querySelectorAll('#screener-app a.call')].map(a => {
                 const r = a.getBoundingClientRect(), n = a.querySelector('bdi');
                 // The number's own text, measured with a range (the bdi is a block).
                 let nr = r;
                 if (n) { const g = document.createRange(); g.selectNodeContents(n); nr = g.getBoundingClientRect(); }
                 return { left: r.left, right: r.right, numberLeft: nr.left, numberRight: nr.right };
               });
               return { scroll: document.documentElement.scrollWidth, width: w, calls };"#,
            vec![],
        );
        page.b.set_viewport(browser::WINDOW.0, browser::WINDOW.1);
        assert!(
            v["scroll"].as_u64() <= v["width"].as_u64(),
            "{lang}: the result scrolls sideways: {v}"
        );
        let width = v["width"].as_f64().unwrap();
        let calls = v["calls"].as_array().unwrap();
        assert!(calls.len() >= 2, "{lang}: {v}");
        for c in calls {
            assert!(
                c["left"].as_f64().unwrap() >= -1.0 && c["right"].as_f64().unwrap() <= width + 1.0,
                "{lang}: a call button sticks out: {v}"
            );
            assert!(
                c["numberLeft"].as_f64() >= c["left"].as_f64()
                    && c["numberRight"].as_f64() <= c["right"].as_f64(),
                "{lang}: a number sticks out of its button: {v}"
            );
        }
    }
}

/// Phone-size screenshots of the result in English and Dari, for people to look at:
/// `target/screenshots/screener-result-<lang>.png` (the whole page, 390 px wide) and
/// `…-top.png` (the first screen of the result on a 390 × 844 phone).
#[test]
fn phone_screenshots_of_the_result() {
    let Some(mut b) = browser(Js::On) else { return };
    let cases = cases();
    let dir = tests::repo_root().join("target/screenshots");
    fs::create_dir_all(&dir).unwrap();
    for lang in ["en", "prs"] {
        let page = Page::open(&mut b, lang);
        page.play(case_named(&cases, "Detained parent"))
            .expect("the case plays");
        let height = page
            .b
            .execute(
                "return Math.ceil(document.documentElement.scrollHeight);",
                vec![],
            )
            .as_u64()
            .unwrap();
        page.b
            .run(
                page.b
                    .client()
                    .set_window_size(390, height.min(16_000) as u32),
            )
            .unwrap();
        page.b.execute("window.scrollTo(0, 0);", vec![]);
        let png = page.b.run(page.b.client().screenshot()).unwrap();
        fs::write(dir.join(format!("screener-result-{lang}.png")), png).unwrap();
        // What a phone shows first once the result appears (the page scrolls to it).
        page.b
            .run(page.b.client().set_window_size(390, 844))
            .unwrap();
        page.b.execute(
            "document.querySelector('#screener-app .result').scrollIntoView();",
            vec![],
        );
        let png = page.b.run(page.b.client().screenshot()).unwrap();
        fs::write(dir.join(format!("screener-result-{lang}-top.png")), png).unwrap();
        page.b
            .run(
                page.b
                    .client()
                    .set_window_size(browser::WINDOW.0, browser::WINDOW.1),
            )
            .unwrap();
    }
}
