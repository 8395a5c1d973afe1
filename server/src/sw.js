// Lotse's service worker: the app shell of this release for quick and offline starts, and,
// for the client or volunteer signed in on this device, the last copy of the pages the
// server marked as storable (their plan and appointments, their task list). Staff pages are
// never marked and never stored. The server fills in the placeholders (offline.rs).
"use strict";

const VERSION = "__VERSION__";
const SHELL = ["__SHELL__"];
const STORE_HEADER = "__STORE_HEADER__";
const STORABLE = ["__STORED_PAGES__"];
const SHELL_PREFIX = "lotse-shell-";
const SHELL_CACHE = SHELL_PREFIX + VERSION;
const PAGES_CACHE = "lotse-pages";
// Signing out or in (anyone, on this device) deletes the stored pages first.
const SESSION_CHANGES = [
  "/api/portal_sign_in",
  "/api/portal_sign_out",
  "/api/sign_in",
  "/api/sign_out",
];
// The placeholder in the hidden "offline, as of HH:MM" notice the pages carry.
const TIME_TOKEN = "__:__";

// Installing keeps the stylesheet; the scripts are kept as the device first uses them, so a
// client's phone (light bundle) never downloads the staff bundle and a volunteer's tablet
// not the portal's.
self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then((cache) => cache.addAll(SHELL.filter((path) => path.endsWith(".css"))))
      .then(() => self.skipWaiting()),
  );
});

// A new release: the old shell goes as a whole (pages name hashed files, so a page always
// finds the files it was built with, from the network if not here).
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith(SHELL_PREFIX) && key !== SHELL_CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => forgetIfExpired())
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === "POST" && SESSION_CHANGES.includes(url.pathname)) {
    event.respondWith(forget().then(() => fetch(request)));
    return;
  }
  if (request.method !== "GET") return;
  if (SHELL.includes(url.pathname)) {
    event.respondWith(shellFile(request));
    return;
  }
  // Other pages (staff pages among them) go to the network as if there were no worker.
  if (request.mode === "navigate" && STORABLE.includes(url.pathname)) {
    event.respondWith(page(request, url));
  }
});

// The app shows a storable page (after a page load, which stored it a moment ago, or moving
// inside the app, which the worker did not see): keep it, so that the last pages seen are
// there offline however they were reached.
self.addEventListener("message", (event) => {
  const path = event.data && event.data.store;
  if (typeof path !== "string" || !STORABLE.includes(path)) return;
  event.waitUntil(
    storedWithin(path, 10_000)
      .then((fresh) =>
        fresh
          ? undefined
          : fetch(path, { credentials: "same-origin", headers: { accept: "text/html" } }).then(
              (response) => {
                const stamp = response.ok ? response.headers.get(STORE_HEADER) : null;
                return stamp ? store(path, response, stamp) : forget();
              },
            ),
      )
      .catch(() => undefined),
  );
});

// Whether `path` was stored less than `ms` ago (a page load the worker saw just now).
async function storedWithin(path, ms) {
  const kept = await (await caches.open(PAGES_CACHE)).match(path);
  return !!kept && Date.now() - Number(kept.headers.get("x-lotse-stored-at")) < ms;
}

// Pages come from the network whenever it answers; the server marks those it may keep.
async function page(request, url) {
  let response;
  try {
    response = await fetch(request);
  } catch (offline) {
    const stored = await storedPage(url.pathname);
    if (stored) return stored;
    throw offline;
  }
  const stamp = response.ok ? response.headers.get(STORE_HEADER) : null;
  if (stamp) {
    await store(url.pathname, response.clone(), stamp);
  } else {
    // Not (or no longer) signed in as a client or volunteer: nothing stays.
    await forget();
  }
  return response;
}

// A file of this release's shell: from the cache, else from the network, then kept.
async function shellFile(request) {
  const cache = await caches.open(SHELL_CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

function parseStamp(stamp) {
  const [owner, expires] = (stamp || "").split(";");
  return { owner, expires: Number(expires) || 0 };
}

async function store(path, response, stamp) {
  const cache = await caches.open(PAGES_CACHE);
  const { owner } = parseStamp(stamp);
  for (const key of await cache.keys()) {
    const kept = await cache.match(key);
    if (!kept || parseStamp(kept.headers.get(STORE_HEADER)).owner !== owner) {
      await forget();
      break;
    }
  }
  const headers = new Headers(response.headers);
  headers.delete("content-encoding");
  headers.delete("content-length");
  headers.set("x-lotse-stored-at", String(Date.now()));
  const body = await response.text();
  await (await caches.open(PAGES_CACHE)).put(
    path,
    new Response(body, { status: 200, headers }),
  );
}

// The stored page with the offline notice shown and the time it was stored filled in;
// nothing once the session it was stored under has expired.
async function storedPage(path) {
  if (await forgetIfExpired()) return undefined;
  const cache = await caches.open(PAGES_CACHE);
  const stored = await cache.match(path);
  if (!stored) return undefined;
  const at = new Date(Number(stored.headers.get("x-lotse-stored-at")) || Date.now());
  const time =
    String(at.getHours()).padStart(2, "0") + ":" + String(at.getMinutes()).padStart(2, "0");
  const html = (await stored.text())
    .replace("<html", '<html data-offline=""')
    .split(TIME_TOKEN)
    .join(time);
  const headers = new Headers(stored.headers);
  return new Response(html, { status: 200, headers });
}

async function forgetIfExpired() {
  const cache = await caches.open(PAGES_CACHE);
  for (const key of await cache.keys()) {
    const kept = await cache.match(key);
    if (!kept || parseStamp(kept.headers.get(STORE_HEADER)).expires < Date.now()) {
      await forget();
      return true;
    }
  }
  return false;
}

function forget() {
  return caches.delete(PAGES_CACHE);
}
