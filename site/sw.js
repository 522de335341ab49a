// The service worker: after one visit the whole site works with no network (issue 13).
// Not for deciding what to load or checking data: the loader and the client do that.
//
//   * Hash-named files (dutyatlas-<16 hex>.db.zst, font-<16 hex>.ttf, …) never change: served from
//     the cache first, kept for good, dropped only when the page says nothing refers to them.
//   * Everything else (the page, its scripts, the wasm, data/manifest.json, the HTML edition):
//     the network first — a reader online always gets today's files — and the cached copy when
//     the network fails. Requests go through the HTTP cache, so an unchanged file is a 304.
//   * Storage refused (private mode, quota): every cache call may fail; then the answer is the
//     network's, exactly as without a service worker.
// The page (site/offline.js) posts {type: 'keep', urls, alsoKeep} once the client is ready: the
// files it used, cached now (the first visit ran before this worker controlled it), and with
// alsoKeep (the typing font's pieces, cached only once fetched) the hash-named set that stays.
'use strict';

const CACHE = 'dutyatlas-v1';
const HASH_NAMED = /-[0-9a-f]{16}\.[a-z.]+$/;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

async function store(request, response) {
  if (!response.ok || response.status !== 200) return;
  try {
    const cache = await caches.open(CACHE);
    await cache.put(request, response);
  } catch (error) { /* storage refused: online as without a worker */ }
}

async function cached(request) {
  try {
    return await caches.match(request, { ignoreSearch: true });
  } catch (error) {
    return undefined;
  }
}

async function cacheFirst(request) {
  const hit = await cached(request);
  if (hit) return hit;
  const response = await fetch(request);
  await store(request, response.clone());
  return response;
}

async function networkFirst(request) {
  try {
    const response = await fetch(request);
    await store(request, response.clone());
    return response;
  } catch (error) {
    const hit = await cached(request);
    if (hit) return hit;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(HASH_NAMED.test(url.pathname) ? cacheFirst(request) : networkFirst(request));
});

// The page's list of files in use: each cached (from the HTTP cache: no second download), and
// every cached hash-named file in neither list deleted — an old bundle or font nothing refers to.
async function keep(urls, alsoKeep) {
  let cache;
  try {
    cache = await caches.open(CACHE);
  } catch (error) {
    return;
  }
  const absolute = (list) => list.map((u) => new URL(u, self.location.href).href);
  const wanted = new Set(absolute(urls));
  const kept = new Set([...wanted, ...absolute(alsoKeep)]);
  for (const url of wanted) {
    if (new URL(url).origin !== self.location.origin) continue;
    try {
      if (!(await cache.match(url, { ignoreSearch: true }))) await cache.add(url);
    } catch (error) { /* offline or refused: the next visit tries again */ }
  }
  for (const request of await cache.keys()) {
    if (HASH_NAMED.test(new URL(request.url).pathname) && !kept.has(request.url)) await cache.delete(request);
  }
}

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'keep' && Array.isArray(event.data.urls)) {
    const alsoKeep = Array.isArray(event.data.alsoKeep) ? event.data.alsoKeep : [];
    event.waitUntil(keep(event.data.urls, alsoKeep).then(() => event.source && event.source.postMessage({ type: 'kept' })));
  }
});
