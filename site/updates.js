// Updates: a publication newer than the one on screen is downloaded and checked in the
// background, and the reader decides when to switch (有新数据 · 点击更新). Not for the first load
// (site/loader.js, which asks this file which manifest to load) nor for caching (site/sw.js).
//
// The last publication that loaded on this device is remembered (localStorage, per data
// folder). A page opens with it while a newer one is checked, so a new bundle that fails its
// checks never replaces the last good one: the reader keeps working and is told. When storage
// is refused (private windows, quota) or that publication's files are no longer at hand (not in
// the service worker's cache), the newest one loads, exactly as without this file.
//
// Checked once after loading, then every 30 minutes and whenever the page comes back into view;
// `dutyatlas.checkForUpdate()` checks at once (tests, a portal's own button).
(function () {
  'use strict';

  const CHECK_EVERY_MS = 30 * 60 * 1000;
  let storageKey = null;
  let base = null;
  let shown = null;       // the manifest on screen
  let pendingText = null; // a newer manifest found while choosing, checked once ready
  const verdicts = new Map(); // bundle SHA-256 (or the text, when unreadable) → the verdict, once

  function remembered() {
    try {
      return localStorage.getItem(storageKey);
    } catch (error) {
      return null;
    }
  }
  function remember(text) {
    try {
      localStorage.setItem(storageKey, text);
    } catch (error) { /* storage refused: the next visit loads the newest */ }
  }

  // Only what this file needs to compare and fetch; the client checks everything else.
  function parse(text) {
    try {
      const m = JSON.parse(text);
      const named = (entry) => entry && typeof entry.file === 'string' && typeof entry.sha256 === 'string';
      return m && named(m.bundle) && named(m.font) ? m : null;
    } catch (error) {
      return null;
    }
  }

  async function inCache(file) {
    try {
      return Boolean(await caches.match(new URL(file, base).href, { ignoreSearch: true }));
    } catch (error) {
      return false;
    }
  }

  // Called by loader.js with the manifest the network gave: the text to load now.
  async function chooseManifest(networkText, dataBase) {
    base = dataBase;
    storageKey = `dutyatlas:publication:${dataBase.href}`;
    const last = remembered();
    const lastManifest = last && parse(last);
    const network = parse(networkText);
    if (!lastManifest || (network && network.bundle.sha256 === lastManifest.bundle.sha256)) return networkText;
    if (!('caches' in window) || !(await inCache(lastManifest.bundle.file)) || !(await inCache(lastManifest.font.file))) {
      return networkText;
    }
    pendingText = networkText;
    return last;
  }

  // Called by loader.js once the client is ready with `text`: it is the last good publication.
  function loaded(text) {
    shown = parse(text);
    remember(text);
    if (pendingText !== null) {
      const text = pendingText;
      pendingText = null;
      check(text);
    }
    setInterval(checkNow, CHECK_EVERY_MS);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') checkNow();
    });
  }

  // Fetches manifest.json and checks what it names. Resolves with the verdict:
  // {state: 'current' | 'offered' | 'refused' | 'unreachable', dataDate, reason}.
  async function checkNow() {
    if (!shown) return { state: 'current' };
    let text;
    try {
      const response = await fetch(new URL('manifest.json', base), { cache: 'no-cache' });
      if (!response.ok) return { state: 'unreachable', reason: `HTTP ${response.status}` };
      text = await response.text();
    } catch (error) {
      return { state: 'unreachable', reason: error.message };
    }
    return check(text);
  }

  async function check(text) {
    const manifest = parse(text);
    if (manifest && manifest.bundle.sha256 === shown.bundle.sha256) return { state: 'current' };
    const key = manifest ? manifest.bundle.sha256 : text;
    if (!verdicts.has(key)) verdicts.set(key, verify(text, manifest).then(show));
    return verdicts.get(key);
  }

  // Downloads the bundle and font (the service worker keeps them: the switch is then instant,
  // and offline) and has the client check them without touching the data on screen.
  async function verify(text, manifest) {
    const dataDate = manifest && typeof manifest.data_date === 'string' ? manifest.data_date : '';
    let reason;
    try {
      if (!manifest) throw new Error('数据清单 manifest.json 无法读取。');
      const fetchIntoHeap = Module.dutyatlasFetchIntoHeap;
      const quiet = () => {};
      const bundle = await fetchIntoHeap(new URL(manifest.bundle.file, base), manifest.bundle.compressed_bytes, quiet);
      let font;
      try {
        font = await fetchIntoHeap(new URL(manifest.font.file, base), manifest.font.bytes, quiet);
      } catch (error) {
        Module._free(bundle.pointer);
        throw error;
      }
      reason = Module.dutyatlasCallWithText('da_check_update', 'string', text, 'manifest',
        bundle.pointer, bundle.size, font.pointer, font.size);
    } catch (error) {
      reason = error.message;
    }
    return reason === '' ? { state: 'offered', dataDate, text } : { state: 'refused', dataDate, reason };
  }

  // --- the notice ---------------------------------------------------------------------------
  function show(verdict) {
    const old = document.getElementById('update-bar');
    if (old) old.remove();
    const bar = document.createElement('div');
    bar.id = 'update-bar';
    bar.className = `update-bar ${verdict.state}`;
    bar.setAttribute('role', 'status');
    const message = document.createElement('span');
    message.className = 'update-text';
    // A date never breaks across lines at its hyphens.
    const date = (text) => Object.assign(document.createElement('span'), { className: 'update-date', textContent: text });
    const button = document.createElement('button');
    button.type = 'button';
    if (verdict.state === 'offered') {
      message.append('有新数据');
      if (verdict.dataDate) message.append(' · 数据日期 ', date(verdict.dataDate));
      button.textContent = '点击更新';
      button.addEventListener('click', () => {
        remember(verdict.text);
        window.location.reload();
      });
    } else {
      message.append('新数据未通过校验，继续使用');
      if (shown.data_date) message.append(' ', date(shown.data_date), ' ');
      else message.append('现有');
      message.append('的数据。');
      message.title = verdict.reason;
      button.textContent = '知道了';
      button.addEventListener('click', () => bar.remove());
    }
    bar.append(message, button);
    document.body.appendChild(bar);
    const { text, ...told } = verdict;  // the manifest text stays here
    window.dispatchEvent(new CustomEvent('dutyatlas:update', { detail: told }));
    return told;
  }

  window.dutyatlasUpdates = { chooseManifest, loaded, checkNow };
})();
