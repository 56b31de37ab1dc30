// The home page's "Keep this language on this phone" box (theme/templates/offline.html).
// Nothing is registered or stored until the reader presses the button; "Remove" unregisters
// the worker and deletes everything it saved. The box stays hidden where a browser cannot
// keep a copy (no service workers, or the page opened from a file).

"use strict";

(() => {
  const box = document.getElementById("offline");
  if (!box || !("serviceWorker" in navigator) || !window.caches || !window.isSecureContext
      || location.protocol === "file:") return;
  const keep = box.querySelector(".offline-keep");
  const remove = box.querySelector(".offline-remove");
  const status = box.querySelector(".offline-status");
  const worker = new URL(box.dataset.worker, document.baseURI);
  const scope = new URL(".", worker).href;
  const list = new URL("offline.json", worker).href;
  const prefix = `site-gen-offline ${scope} `;
  // The messages are in the page (hidden), in its language; isolation marks or <bdi> around
  // a placeholder's name are allowed for.
  const message = (key) => (box.querySelector(`[data-say="${key}"]`) || {}).textContent || "";
  const say = (key, values = {}) => {
    let text = message(key);
    for (const [k, v] of Object.entries(values)) {
      text = text.replace(new RegExp(`\\{[\u2066-\u2069]*${k}[\u2066-\u2069]*\\}`), v);
    }
    status.textContent = text;
  };
  const show = (kept) => {
    keep.hidden = kept;
    remove.hidden = !kept;
  };
  const megabytes = (n) => (Math.max(n, 100000) / 1e6).toLocaleString(document.documentElement.lang, { maximumFractionDigits: 1 });

  // "Kept", with the size of the copy, read from the copy itself: nothing is fetched for it.
  async function saidSaved() {
    let size = "";
    for (const name of await caches.keys()) {
      const saved = name.startsWith(prefix) && await (await caches.open(name)).match(list);
      if (saved) size = megabytes((await saved.json()).bytes);
    }
    say("saved");
    if (size) {
      const said = status.textContent;
      say("size", { size });
      status.textContent = said + " " + status.textContent;
    }
  }

  async function isKept() {
    for (const name of await caches.keys()) {
      if (name.startsWith(prefix) && await (await caches.open(name)).match(list)) return true;
    }
    return false;
  }

  navigator.serviceWorker.addEventListener("message", (event) => {
    const m = event.data || {};
    if (m.offline === "progress") say("saving", { done: m.done, total: m.total });
    if (m.offline === "saved") { saidSaved(); show(true); }
    if (m.offline === "failed") { say("failed"); show(false); }
  });

  keep.addEventListener("click", async () => {
    keep.disabled = true;
    say("starting");
    try {
      const reg = await navigator.serviceWorker.register(worker.href, { scope });
      const w = reg.installing || reg.waiting || reg.active;
      await new Promise((resolve, reject) => {
        if (w.state === "activated") return resolve();
        w.addEventListener("statechange", () => {
          if (w.state === "activated") resolve();
          if (w.state === "redundant") reject(new Error("not saved"));
        });
      });
      if (await isKept()) { await saidSaved(); show(true); } else throw new Error("not saved");
    } catch (_) {
      say("failed");
      const reg = await navigator.serviceWorker.getRegistration(scope);
      if (reg && new URL(reg.scope).href === scope) await reg.unregister();
      show(false);
    } finally {
      keep.disabled = false;
    }
  });

  remove.addEventListener("click", async () => {
    remove.disabled = true;
    const reg = await navigator.serviceWorker.getRegistration(scope);
    if (reg && reg.scope === scope) await reg.unregister();
    for (const name of await caches.keys()) {
      if (name.startsWith(prefix)) await caches.delete(name);
    }
    remove.disabled = false;
    show(false);
    say("removed");
  });

  (async () => {
    const kept = await isKept();
    show(kept);
    if (kept) await saidSaved();
    box.hidden = false;
  })();
})();
