// The screener page script. It shows what the engine (WebAssembly) decides and passes the
// reader's answers back to it. It holds no rules and no wording: decisions come from the
// engine, texts from the rules file written by site-gen.
//
// Privacy: answers live in this module's memory only. Nothing is sent, stored (no cookies,
// localStorage, sessionStorage, IndexedDB), or written to the URL or history. The only
// requests are the page's own files, made before the first question is shown.
//
// For tests (tests/tests/browser_screener.rs) and styling, the rendered markup names what it
// shows: the question form has `data-question="<question id>"`, and each notice and outcome in
// the result has `data-id="<rule id>"` (`urgent`, `safety`, a deadline, area or flag id).
//
// Direction: texts from the rules file already isolate Latin runs in right-to-left languages
// (site-gen does it); what this script inserts itself, dates and phone numbers, goes into
// <bdi> (numbers with dir="ltr").

import init, { Screener } from "./screener_wasm.js";

const app = document.getElementById("screener-app");
const fallback = document.getElementById("screener-static");
const lang = document.documentElement.lang;

let rules = null;
let screener = null;
let answers = {};
let who = "self";

// --- texts -------------------------------------------------------------------------------

function text(id, vars) {
  const entry = rules.text[id];
  let s = entry === undefined ? id : typeof entry === "string" ? entry : entry[who] ?? entry.self;
  for (const [k, v] of Object.entries(vars || {})) s = s.split("{$" + k + "}").join(String(v));
  return s;
}

// US phone numbers in running text (1-800-799-7233, 555-0100, 911): each becomes a tel: link,
// isolated left to right so that it reads in order in Arabic and Dari.
const PHONE = /(?:\b1-)?\b\d{3}-\d{3}-\d{4}\b|\b\d{3}-\d{4}\b|\b911\b/g;

function withPhoneLinks(s) {
  const parts = [];
  let last = 0;
  for (const m of s.matchAll(PHONE)) {
    parts.push(s.slice(last, m.index));
    const a = document.createElement("a");
    a.href = "tel:" + m[0];
    a.append(el("bdi", { dir: "ltr", text: m[0] }));
    parts.push(a);
    last = m.index + m[0].length;
  }
  parts.push(s.slice(last));
  return parts;
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === false || v === null || v === undefined) continue;
    if (k === "text" && tag === "p") node.append(...withPhoneLinks(String(v)));
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) if (c) node.append(c);
  return node;
}

// --- dates -------------------------------------------------------------------------------

function today() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

// Gregorian dates with the month names and order of the page's language, from the rules
// file (no Intl calendar: some locales default to another calendar).
function formatDate(iso, approximate) {
  const [y, m, d] = iso.split("-").map(Number);
  if (!y || !m) return iso;
  const month = text("month-" + m);
  return approximate || !d
    ? text("screener-date-month", { month, year: y })
    : text("screener-date-day", { month, day: d, year: y });
}

function dateNode(iso, approximate) {
  return el("bdi", { class: "date-value", text: formatDate(iso, approximate) });
}

function monthNames() {
  return Array.from({ length: 12 }, (_, i) => text("month-" + (i + 1)));
}

// --- the flow ----------------------------------------------------------------------------

function question(id) {
  return rules.definition.questions.find((q) => q.id === id);
}

function step() {
  const s = JSON.parse(screener.next(JSON.stringify(answers), today()));
  who = s.who || "self";
  // Keep only the answers on the current path: an answer to a question that is no longer
  // asked should not linger in memory or in the printed summary.
  const kept = {};
  for (const id of s.answered) kept[id] = answers[id];
  answers = kept;
  return s;
}

// Focus moves to each new question or the result, but not on the first one: a reader who
// just opened the page should start at its top.
function show(moveFocus = true) {
  const s = step();
  app.replaceChildren(s.step === "question" ? questionView(s) : resultView(s));
  const focus = app.querySelector("[data-focus]");
  if (focus && moveFocus) focus.focus();
}

function answer(id, value) {
  answers[id] = value;
  show();
}

function back(s) {
  const last = s.answered[s.answered.length - 1];
  if (last !== undefined) delete answers[last];
  show();
}

function restart() {
  answers = {};
  who = "self";
  show();
}

// --- a question --------------------------------------------------------------------------

function choiceValues(q) {
  const values = q.kind === "yes_no" ? ["yes", "no"] : q.choices.slice();
  if (q.unsure !== false) values.push("unsure");
  return values;
}

// A multiple-choice question: checkboxes, with "I don't know" exclusive of the others.
function multiField(q, name, fieldset) {
  const prev = answers[q.id];
  const chosen = Array.isArray(prev) ? prev : prev === "unsure" ? ["unsure"] : [];
  const boxes = choiceValues(q).map((v, i) => {
    const id = `${name}-${i}`;
    const input = el("input", { type: "checkbox", name, id, value: v, checked: chosen.includes(v) });
    input.addEventListener("change", () => {
      if (!input.checked) return;
      for (const other of fieldset.querySelectorAll("input[type=checkbox]")) {
        if (other !== input && (v === "unsure" || other.value === "unsure")) other.checked = false;
      }
    });
    return el("div", { class: "option" }, input, el("label", { for: id, text: choiceLabel(q, v) }));
  });
  fieldset.append(el("p", { class: "help", text: text("screener-choose-all") }), el("div", { class: "options" }, boxes));
  return () => {
    const picked = [...fieldset.querySelectorAll("input:checked")].map((i) => i.value);
    if (!picked.length) return { error: text("screener-choose-some") };
    return { value: picked.includes("unsure") ? "unsure" : picked };
  };
}

function choiceLabel(q, v) {
  if (v === "yes" || v === "no" || v === "unsure") return text("screener-answer-" + v);
  return text(`screener-choice-${q.id}-${v}`);
}

function questionView(s) {
  const q = question(s.id);
  const name = "q-" + q.id;
  const error = el("p", { class: "error", id: name + "-error", role: "alert" });
  const legend = el("legend", { tabindex: "-1", "data-focus": true },
    el("span", { class: "progress", text: text("screener-progress", { number: s.number, total: Math.max(s.total, s.number) }) }),
    el("span", { class: "question", text: text("screener-question-" + q.id) }));
  const help = q.help ? el("p", { class: "help", id: name + "-help", text: text("screener-help-" + q.id) }) : null;
  const fieldset = el("fieldset", { "aria-describedby": help ? name + "-help" : null }, legend, help);
  let read;
  if (q.kind === "multi") {
    read = multiField(q, name, fieldset);
  } else if (q.kind === "yes_no" || q.kind === "choice") {
    const options = choiceValues(q).map((v, i) => {
      const id = `${name}-${i}`;
      const checked = answers[q.id] === v;
      return el("div", { class: "option" },
        el("input", { type: "radio", name, id, value: v, checked }),
        el("label", { for: id, text: choiceLabel(q, v) }));
    });
    fieldset.append(el("div", { class: "options" }, options));
    read = () => {
      const picked = fieldset.querySelector("input:checked");
      return picked ? { value: picked.value } : { error: text("screener-choose-one") };
    };
  } else if (q.kind === "number") {
    const input = el("input", { type: "number", inputmode: "numeric", id: name + "-n", min: q.min, max: q.max, "aria-describedby": name + "-error" });
    if (typeof answers[q.id] === "number") input.value = answers[q.id];
    fieldset.append(el("div", { class: "field" }, el("label", { for: name + "-n", text: text("screener-number") }), input));
    read = () => {
      const n = Number(input.value);
      const ok = input.value.trim() !== "" && Number.isInteger(n) && (q.min === undefined || n >= q.min) && (q.max === undefined || n <= q.max);
      return ok ? { value: n } : { error: text("screener-enter-number") };
    };
  } else {
    const month = el("select", { id: name + "-m" }, el("option", { value: "", text: "—" }),
      monthNames().map((m, i) => el("option", { value: String(i + 1).padStart(2, "0"), text: m })));
    const year = el("input", { type: "number", inputmode: "numeric", id: name + "-y", min: 1900, max: 2200, "aria-describedby": name + "-error" });
    const day = el("input", { type: "number", inputmode: "numeric", id: name + "-d", min: 1, max: 31 });
    const prev = typeof answers[q.id] === "string" && answers[q.id] !== "unsure" ? answers[q.id].split("-") : null;
    if (prev) {
      year.value = prev[0];
      month.value = prev[1];
      if (prev[2]) day.value = Number(prev[2]);
    }
    fieldset.append(el("div", { class: "date" },
      el("div", { class: "field" }, el("label", { for: name + "-m", text: text("screener-month") }), month),
      el("div", { class: "field" }, el("label", { for: name + "-y", text: text("screener-year") }), year),
      el("div", { class: "field" }, el("label", { for: name + "-d", text: text("screener-day") }), day)));
    read = () => {
      const y = Number(year.value);
      if (!month.value || !Number.isInteger(y) || y < 1900 || y > 2200) return { error: text("screener-enter-date") };
      const d = Number(day.value);
      if (day.value.trim() === "") return { value: `${y}-${month.value}` };
      // The day must exist in that month (31 February would be refused by the engine).
      const days = new Date(Date.UTC(y, Number(month.value), 0)).getUTCDate();
      if (!Number.isInteger(d) || d < 1 || d > days) return { error: text("screener-enter-date") };
      return { value: `${y}-${month.value}-${String(d).padStart(2, "0")}` };
    };
  }
  const unsure = (q.kind === "number" || q.kind === "date") && q.unsure !== false
    ? el("button", { type: "button", class: "secondary", onclick: () => answer(q.id, "unsure"), text: text("screener-answer-unsure") })
    : null;
  const form = el("form", { class: "question-form", "data-question": q.id, novalidate: true, onsubmit: (e) => {
    e.preventDefault();
    const r = read();
    if (r.error) {
      error.textContent = r.error;
      return;
    }
    answer(q.id, r.value);
  } }, fieldset, error,
  el("div", { class: "actions" },
    el("button", { type: "submit", text: text("screener-next") }),
    unsure,
    s.answered.length ? el("button", { type: "button", class: "secondary", onclick: () => back(s), text: text("screener-back") }) : null,
    s.answered.length ? el("button", { type: "button", class: "secondary", onclick: restart, text: text("screener-start-over") }) : null));
  return form;
}

// --- the result --------------------------------------------------------------------------

function answerLabel(id, value) {
  const q = question(id);
  if (Array.isArray(value)) return value.map((v) => choiceLabel(q, v)).join(text("screener-list-separator"));
  if (value === "unsure" || q.kind === "yes_no" || q.kind === "choice" || q.kind === "multi") return choiceLabel(q, value);
  if (q.kind === "date") return formatDate(value, value.length === 7);
  return String(value);
}

function answerNode(id, value) {
  const q = question(id);
  if (q.kind === "date" && value !== "unsure") return dateNode(value, value.length === 7);
  return answerLabel(id, value);
}

// The answers that led to an outcome, collapsed: the reader sees what to do first.
function reasonsList(reasons) {
  if (!reasons || !reasons.length) return null;
  return el("details", { class: "reasons" },
    el("summary", { text: text("screener-why-details") }),
    el("ul", {}, reasons.map((r) => el("li", {},
      el("span", { text: text("screener-question-" + r.question) + " " }),
      el("strong", {}, answerNode(r.question, r.answer))))));
}

function guideLinks(paths) {
  const links = (paths || []).map((p) => rules.guides[p]).filter(Boolean);
  if (!links.length) return null;
  return el("p", {}, text("screener-guides") + " ",
    links.flatMap((g, i) => [i ? ", " : null, el("a", { href: g.url, text: g.title })]));
}

function outcomeBlock(kind, rule, reasons, level) {
  const prefix = `screener-${kind}-${rule.id}`;
  return el("section", { class: `outcome outcome-${kind}`, "data-id": rule.id },
    el(level, { text: text(prefix) }),
    el("p", { text: text(prefix + "-text") }),
    el("p", { class: "next", text: text(prefix + "-next") }),
    guideLinks(rule.guides),
    kind === "area" && rules.directory_links[rule.id] ? el("p", {}, el("a", { href: rules.directory_links[rule.id], text: text("screener-directory") })) : null,
    reasonsList(reasons));
}

function callButton(phone, labelId, extra) {
  return el("a", { class: "call" + (extra ? " " + extra : ""), href: phone.href },
    text(labelId, { name: phone.name }), " ", el("bdi", { dir: "ltr", text: phone.number }));
}

// One or two large call buttons: the organisation's own number, and the detention and court
// hotline when an urgent rule in `hotline_for` holds. Without a number, a link to the directory.
function callBlock(r) {
  const call = rules.call || {};
  const hotlineFor = rules.definition.hotline_for || [];
  const wantHotline = call.hotline && (r.urgent_rules || []).some((id) => hotlineFor.includes(id));
  const buttons = [];
  if (call.org) buttons.push(callButton(call.org, "screener-call"));
  if (wantHotline) buttons.push(callButton(call.hotline, "screener-call-hotline", "call-hotline"));
  if (!call.org && rules.directory) {
    buttons.push(el("a", { class: "call call-link", href: rules.directory, text: text("screener-no-phone") }));
  }
  return buttons.length ? el("div", { class: "call-buttons" }, buttons) : null;
}

function resultView(s) {
  const r = s.result;
  const def = rules.definition;
  const parts = [];
  if (r.urgent) {
    parts.push(el("section", { class: "urgent", "data-id": "urgent" },
      el("p", { class: "urgency", tabindex: "-1", "data-focus": true, text: text("screener-urgent") }),
      el("p", { text: text("screener-urgent-text") }),
      reasonsList(r.reasons.urgent)));
  }
  parts.push(el("h2", { tabindex: "-1", "data-focus": !r.urgent, text: text("screener-what-now") }));
  parts.push(callBlock(r));
  if (r.urgent) {
    parts.push(el("p", { class: "next", text: text("screener-urgent-next") }), guideLinks(def.urgent.guides));
  }
  if (r.safety) {
    parts.push(el("div", { class: "admonition admonition-important", role: "note", "data-id": "safety" },
      el("p", { class: "admonition-title", text: text("screener-safety") }),
      el("p", { text: text("screener-safety-text") }),
      el("p", { text: text("screener-safety-next") }),
      guideLinks(def.safety.guides),
      reasonsList(r.reasons.safety)));
  }
  if (r.deadlines.length) {
    parts.push(el("h2", { text: text("screener-dates-heading") }));
    for (const d of r.deadlines) {
      const rule = def.deadlines.find((x) => x.id === d.id);
      const date = dateNode(d.date, d.approximate);
      const marker = "\u0000";
      const [before, after] = text(d.approximate ? "screener-deadline-approximate" : "screener-deadline-date", { date: marker }).split(marker);
      parts.push(el("section", { class: "outcome outcome-deadline", "data-id": d.id },
        el("h3", { text: text("screener-deadline-" + d.id) }),
        el("p", { class: "date" }, el("strong", {}, before, date, after || "")),
        d.passed ? el("p", { text: text("screener-deadline-passed") }) : null,
        el("p", { text: text(`screener-deadline-${d.id}-text`) }),
        guideLinks(rule && rule.guides)));
    }
  }
  parts.push(el("h2", { text: text("screener-areas-heading") }));
  parts.push(el("p", { text: text("screener-result-intro") }));
  for (const id of r.areas) parts.push(outcomeBlock("area", def.areas.find((a) => a.id === id), r.reasons[id], "h3"));
  if (r.flags.length) {
    parts.push(el("h3", { text: text("screener-flags-heading") }));
    for (const id of r.flags) parts.push(outcomeBlock("flag", def.flags.find((f) => f.id === id), r.reasons[id], "h4"));
  }
  parts.push(guideLinks(def.guides));
  parts.push(el("p", { text: text("screener-court-line") }));
  parts.push(el("div", { class: "admonition admonition-warning", role: "note" },
    el("p", { text: text("directory-notario-warning") })));
  parts.push(el("p", { class: "disclaimer", text: text("screener-result-disclaimer") }));
  parts.push(el("details", { class: "summary" },
    el("summary", { text: text("screener-your-answers") }),
    el("dl", {}, s.answered.flatMap((id) => [
      el("dt", { text: text("screener-question-" + id) }),
      el("dd", {}, answerNode(id, answers[id]))]))));
  parts.push(el("div", { class: "actions" },
    el("button", { type: "button", onclick: () => {
      for (const d of app.querySelectorAll("details")) d.open = true;
      window.print();
    }, text: text("screener-print") }),
    el("button", { type: "button", class: "secondary", onclick: () => back(s), text: text("screener-back") }),
    el("button", { type: "button", class: "secondary", onclick: restart, text: text("screener-start-over") })));
  return el("div", { class: "result" }, parts);
}

// --- quick exit --------------------------------------------------------------------------

// Leave at once: clear the answers, empty the page, and replace this history entry so that
// Back does not return here.
for (const link of document.querySelectorAll(".quick-exit")) {
  link.addEventListener("click", (e) => {
    e.preventDefault();
    answers = {};
    app.replaceChildren();
    window.location.replace(link.href);
  });
}

// --- start -------------------------------------------------------------------------------

async function start() {
  try {
    const [, r] = await Promise.all([init(), fetch(app.dataset.rules, { credentials: "omit" }).then((res) => {
      if (!res.ok) throw new Error(res.status);
      return res.json();
    })]);
    rules = r;
    screener = new Screener(JSON.stringify(rules.definition));
  } catch (e) {
    // The readable version below stays visible.
    console.error("screener could not start", e);
    return;
  }
  fallback.hidden = true;
  app.hidden = false;
  show(false);
}

start();
