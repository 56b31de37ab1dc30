// The search page script. It draws what the engine (WebAssembly, the same Rust code as
// `site-gen search`) returns; it holds no ranking rule and no wording (texts come from the
// page, written by site-gen in the reader's language).
//
// Privacy: the query lives in this module's memory only. It is never sent (the only requests
// are the page's own files, made when the page opens, before anything is typed), never stored
// (no cookies, localStorage, sessionStorage, IndexedDB), never put in the URL or the history,
// and there is no form to submit. Without JavaScript the page lists every guide instead.

import init, { Search } from "./search_wasm.js";

const app = document.getElementById("search-app");
const input = document.getElementById("search-q");
const status = document.getElementById("search-status");
const results = document.getElementById("search-results");
const readerLang = app.dataset.lang;
const languages = new Map(
  [...document.querySelectorAll("#search-languages li")].map((li) => [li.dataset.code, { name: li.textContent, dir: li.dataset.dir }]),
);
const LIMIT = 10;

let search = null;
let timer = 0;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v) node.setAttribute(k, v);
  node.append(...children.filter(Boolean));
  return node;
}

function show() {
  const query = input.value;
  if (!query.trim()) {
    results.replaceChildren();
    status.textContent = "";
    return;
  }
  const hits = search.search(query, LIMIT);
  const items = [];
  for (let i = 0; i < hits.len(); i++) {
    const lang = hits.lang(i);
    const other = lang !== readerLang ? languages.get(lang) : null;
    // A fallback page's text is in another language: mark it, and label it for the reader.
    const textAttrs = other ? { lang, dir: other.dir } : {};
    items.push(
      el(
        "li",
        {},
        el("a", { href: hits.url(i), ...textAttrs }, hits.title(i)),
        other ? el("span", { class: "lang-label", lang, dir: other.dir }, other.name) : null,
        el("p", textAttrs, hits.excerpt(i)),
      ),
    );
  }
  hits.free();
  results.replaceChildren(...items);
  status.textContent = items.length ? `${app.dataset.found} ${items.length}` : app.dataset.none;
}

async function start() {
  const [, bytes] = await Promise.all([
    init(),
    fetch(app.dataset.index).then((r) => {
      if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
      return r.arrayBuffer();
    }),
  ]);
  search = new Search(new Uint8Array(bytes));
  // Typing searches; Enter does nothing more (there is no form to submit).
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(show, 120);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      clearTimeout(timer);
      show();
    }
  });
  app.hidden = false;
}

start().catch((e) => {
  // The A–Z list stays: the page still works as it does without JavaScript.
  console.error(e);
});
