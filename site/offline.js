// Installs the service worker (site/sw.js) so the site works offline after one visit, and once
// the client is ready tells it which files this page used: those are cached, older hash-named
// files dropped. Not for loading or checking data (site/loader.js, the client).
//
// Storage refused (private windows, quota, no service workers at all) is not an error: the
// site then works online exactly as without this file.
(function () {
  'use strict';

  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  const script = document.currentScript;
  const worker = new URL('sw.js', script.src);

  // What the page fetched from its own origin: the page, scripts, wasm, manifest, data.
  function usedFiles() {
    const urls = [window.location.href.split('#')[0]];
    for (const entry of performance.getEntriesByType('resource')) {
      const url = new URL(entry.name);
      if (url.origin === window.location.origin) urls.push(url.href.split('#')[0]);
    }
    return urls;
  }

  // The publication's hash-named files, whether fetched yet or not: from the manifest the page
  // just used (data/manifest.json, beside the bundle). `pieces` are the typing font's (fetched
  // when a character in them is typed, web/fonts.h).
  async function publicationFiles() {
    const base = new URL(window.Module.dutyatlasDataBase);
    const named = (file) => file && typeof file.file === 'string';
    const urls = (files) => files.filter(named).map((file) => new URL(file.file, base).href);
    try {
      const manifest = await (await fetch(new URL('manifest.json', base))).json();
      const pieces = Array.isArray(manifest.typing_fonts) ? manifest.typing_fonts : [manifest.typing_font];
      return { data: urls([manifest.bundle, manifest.font]), pieces: urls(pieces) };
    } catch (error) {
      return { data: [], pieces: [] };
    }
  }

  // The app on the home screen is expected to work with no network, typing included: it caches
  // every piece of the typing font. A visit in the browser caches only the pieces it fetched (the
  // worker stores each as it passes), so a reader on a weak link pays only for what they typed.
  function installed() {
    return window.matchMedia('(display-mode: standalone)').matches || navigator.standalone === true;
  }

  async function register() {
    try {
      await navigator.serviceWorker.register(worker.href, { scope: new URL('.', worker).href });
    } catch (error) {
      console.info('dutyatlas: no offline copy (service worker refused):', error.message);
      return;
    }
    try {
      await window.dutyatlas.ready;
    } catch (error) {
      return;  // a failed load keeps nothing: the last good copy stays as it was
    }
    const active = (await navigator.serviceWorker.ready).active;
    const files = await publicationFiles();
    if (active) {
      active.postMessage({
        type: 'keep',
        urls: usedFiles().concat(files.data, installed() ? files.pieces : []),
        alsoKeep: files.pieces,
      });
    }
  }

  // The worker's answer to 'keep': the offline copy is complete. Shown to automation as
  // dutyatlas.offlineReady() and the window event "dutyatlas:offline-ready".
  navigator.serviceWorker.addEventListener('message', (event) => {
    if (!event.data || event.data.type !== 'kept') return;
    offlineReady = true;
    window.dispatchEvent(new CustomEvent('dutyatlas:offline-ready'));
  });
  let offlineReady = false;

  // After the loader (window.dutyatlas exists once loader.js has run).
  if (window.dutyatlas) window.dutyatlas.offlineReady = () => offlineReady;
  window.addEventListener('load', () => {
    if (window.dutyatlas) register();
  });
})();
