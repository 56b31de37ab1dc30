// The offline copy of one language: a service worker that a reader registers from the
// language's home page ("Keep this language on this phone"), never before. site-gen writes
// it into each language folder, so its scope is that folder (/<base>/<lang>/).
//
// It saves exactly the files listed in offline.json beside it (made at build time: the
// language's pages, the shared CSS and scripts, the screener and search files), and nothing
// else: never an answer, a search or a cross-origin file. While the network works, pages
// come from the network as before; when it fails or hangs, they come from the copy. When a
// new build changes any listed file, the list's version changes and the copy is fetched
// again. Removing the copy (the home page's button) unregisters this worker and deletes its
// caches.

"use strict";

const SCOPE = self.registration.scope;
const LIST = new URL("offline.json", SCOPE).href;
// One cache per copy: "site-gen-offline <scope> <version>". Another language's copy has
// another scope, so it is never touched here.
const PREFIX = `site-gen-offline ${SCOPE} `;
// How long a page waits for the network before the saved copy is shown (slow data).
const PATIENCE_MS = 6000;
// How often, at most, the list is checked for a new version while the worker runs.
const CHECK_EVERY_MS = 10 * 60 * 1000;
let lastCheck = 0;

async function tell(message) {
  for (const client of await self.clients.matchAll({ includeUncontrolled: true })) {
    client.postMessage(message);
  }
}

async function fetchList() {
  const res = await fetch(LIST, { cache: "no-store", credentials: "omit" });
  if (!res.ok) throw new Error(`offline.json: ${res.status}`);
  const list = await res.json();
  const files = list.files.map((f) => new URL(f, LIST).href);
  if (files.some((f) => new URL(f).origin !== self.location.origin)) {
    throw new Error("offline.json lists a file of another site");
  }
  return { version: String(list.version), files, bytes: list.bytes };
}

// Saves every listed file into a new cache, then marks it complete by saving the list
// itself; only then are older copies deleted.
async function save(list) {
  const name = PREFIX + list.version;
  const cache = await caches.open(name);
  let done = 0;
  try {
    for (const url of list.files) {
      const res = await fetch(url, { cache: "no-store", credentials: "omit" });
      if (!res.ok) throw new Error(`${url}: ${res.status}`);
      await cache.put(url, res);
      done += 1;
      await tell({ offline: "progress", done, total: list.files.length });
    }
    await cache.put(LIST, new Response(JSON.stringify(list), {
      headers: { "Content-Type": "application/json" },
    }));
  } catch (e) {
    await caches.delete(name);
    throw e;
  }
  for (const old of await caches.keys()) {
    if (old.startsWith(PREFIX) && old !== name) await caches.delete(old);
  }
  await tell({ offline: "saved", version: list.version });
}

// The complete copy, if there is one.
async function currentCache() {
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX)) continue;
    const cache = await caches.open(name);
    if (await cache.match(LIST)) return cache;
  }
  return null;
}

async function checkForUpdate() {
  lastCheck = Date.now();
  try {
    const list = await fetchList();
    const cache = await currentCache();
    const saved = cache && await (await cache.match(LIST)).json();
    if (!saved || saved.version !== list.version) await save(list);
  } catch (_) {
    // Offline or a broken list: keep the copy there is.
  }
}

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    try {
      await save(await fetchList());
    } catch (e) {
      await tell({ offline: "failed" });
      throw e;
    }
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil(self.clients.claim());
});

// The saved response for a URL: folders and their index.html are the same page.
async function saved(url) {
  const cache = await currentCache();
  if (!cache) return null;
  const u = new URL(url);
  u.hash = "";
  u.search = "";
  const tries = [u.href];
  if (u.pathname.endsWith("/")) tries.push(u.href + "index.html");
  else if (u.pathname.endsWith("/index.html")) tries.push(u.href.slice(0, -"index.html".length));
  for (const t of tries) {
    const hit = await cache.match(t);
    if (hit) return hit;
  }
  return null;
}

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET" || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const copy = saved(req.url).catch(() => null);
    const network = fetch(req);
    network.catch(() => {});
    if (req.mode === "navigate" && Date.now() - lastCheck > CHECK_EVERY_MS) {
      event.waitUntil(network.then(checkForUpdate, () => {}));
    }
    // The network first; the copy when it fails, or when it is slow and there is a copy.
    const slow = new Promise((resolve) => setTimeout(resolve, PATIENCE_MS, "slow"));
    try {
      const first = await Promise.race([network, slow]);
      if (first !== "slow") return first;
      return (await copy) || await network;
    } catch (e) {
      const hit = await copy;
      if (hit) return hit;
      throw e;
    }
  })());
});
