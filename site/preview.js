// Something to read at once (issue 13): while the client (2–3 MB) is still arriving, the page
// shows the HTML edition's page for the route being opened — a few kB of plain text the builder
// wrote beside the data (docs/edition.md) — and the canvas takes over, at the same place, when
// the client is ready. On a slow phone link the reader reads the answer in well under a second
// instead of watching a progress bar. If the client never becomes ready (a broken bundle, a
// browser without WebAssembly) the text stays, under the failure message.
//
// Not for: the accessibility layer of the running client (site/a11y.js) — this text is gone
// once the client runs, so a screen reader never meets the same page twice.
//
// The route → page mapping mirrors web/edition_link.cpp and core/edition/edition_paths.cpp (the
// client's 文字版 link); tests/browser/preview.test.mjs holds the two equal for every kind of route.
// The page is our own publication's, but it is treated as any fetched text: parsed inertly
// (DOMParser runs no script), only <main>'s content kept, scripts, styles, frames, forms and
// event attributes dropped, links kept only to http(s) and tel:.
(function () {
  'use strict';

  const loader = document.querySelector('script[data-base]');
  if (!loader || !window.fetch || !window.DOMParser) return;
  const edition = new URL((loader.dataset.base || 'data/') + 'text/', document.baseURI);
  const MAX_PAGE_BYTES = 2 * 1024 * 1024; // the edition's pages are kB; a list page at most ~300 kB
  let shown = null;      // the <div> holding the page, while the client is not ready
  let wanted = 0;        // the latest request: an older answer arriving late is dropped
  let clientReady = false;

  // ASCII letters, digits, - _ . (≤ 64 bytes, not starting with '.') name themselves; anything
  // else the first 16 hex digits of its SHA-256 (edition_file_key).
  async function fileKey(key) {
    if (/^[A-Za-z0-9_.-]{1,64}$/.test(key) && key[0] !== '.') return key;
    if (!window.crypto || !crypto.subtle) return null; // not a secure context: no hashing
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key));
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('').slice(0, 16);
  }

  function decode(text) {
    try {
      return decodeURIComponent(text);
    } catch {
      return null;
    }
  }

  // The edition page of a hash route, relative to the edition's folder (web/edition_link.cpp).
  async function pageOf(hash) {
    let rest = hash.replace(/^#?\/?/, '');
    const question = rest.indexOf('?');
    const query = question < 0 ? '' : rest.slice(question + 1);
    if (question >= 0) rest = rest.slice(0, question);
    const slash = rest.indexOf('/');
    const head = slash < 0 ? rest : rest.slice(0, slash);
    let id = decode(slash < 0 ? '' : rest.slice(slash + 1)) || '';
    if (['category', 'body', 'history', 'compare'].includes(head)) id = id.replace(/\/+$/, '');
    const params = {};
    for (const pair of query.split('&')) {
      const eq = pair.indexOf('=');
      const name = decode(eq < 0 ? pair : pair.slice(0, eq));
      const value = decode(eq < 0 ? '' : pair.slice(eq + 1));
      if (name && value) params[name] = value;
    }
    const key = async (text) => (text ? fileKey(text) : null);
    const page = async (folder, text, suffix = '.html') => {
      const k = await key(text);
      return k ? `${folder}/${k}${suffix}` : null;
    };
    switch (head) {
      case 'category': return id ? page('category', id) : 'index.html';
      case 'body': case 'history': case 'compare': return id ? page('body', id) : 'index.html';
      case 'documents': return 'documents/index.html';
      case 'document': return id ? page('document', id) : 'index.html';
      case 'changes': return id ? page('changes', id) : 'documents/index.html';
      case 'lists': return id ? page('lists', id, '/1.html') : 'lists/index.html';
      case 'item': {
        if (!params.key) return id ? page('lists', id, '/1.html') : 'lists/index.html';
        const kind = await key(id);
        const item = await key(params.key);
        return kind && item ? `item/${kind}/${item}.html` : null;
      }
      default: return 'index.html'; // the home, search, 谁来管, 职责体检, and what is not a route
    }
  }

  // <main>'s content of `html`, inert and with its links made absolute to where the page lives.
  function readableContent(html, pageUrl) {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const main = doc.querySelector('main');
    if (!main) return null;
    main.querySelectorAll('script, style, link, iframe, frame, object, embed, form, input, button, textarea, select, img, svg, video, audio')
      .forEach((node) => node.remove());
    for (const node of main.querySelectorAll('*')) {
      for (const attribute of Array.from(node.attributes)) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on') || name === 'style' || name === 'id' || name === 'src') node.removeAttribute(attribute.name);
      }
      if (node.hasAttribute('href')) {
        let target = null;
        try {
          target = new URL(node.getAttribute('href'), pageUrl);
        } catch { /* not a URL: dropped below */ }
        if (target && /^(https?|tel):$/.test(target.protocol)) node.setAttribute('href', target.href);
        else node.removeAttribute('href');
      }
    }
    const holder = document.createElement('div');
    holder.className = 'preview-page';
    holder.append(...Array.from(main.childNodes, (n) => document.importNode(n, true)));
    return holder;
  }

  function remove() {
    if (shown) shown.remove();
    shown = null;
    document.body.classList.remove('has-preview');
  }

  async function show(hash) {
    const request = ++wanted;
    const relative = await pageOf(hash);
    if (!relative || clientReady || request !== wanted) return;
    const pageUrl = new URL(relative, edition);
    let html;
    try {
      // High priority: a few kB that would otherwise share the link with the 3 MB behind them.
      const response = await fetch(pageUrl, { credentials: 'same-origin', priority: 'high' });
      const type = response.headers.get('content-type') || '';
      if (!response.ok || !type.startsWith('text/html')) return;
      if (Number(response.headers.get('content-length') || 0) > MAX_PAGE_BYTES) return;
      html = await response.text();
    } catch {
      return; // offline or no edition published (--no-edition): the loading card alone, as before
    }
    if (clientReady || request !== wanted || html.length > MAX_PAGE_BYTES) return;
    const content = readableContent(html, pageUrl);
    if (!content) return;
    remove();
    shown = document.createElement('div');
    shown.className = 'preview';
    shown.id = 'preview';
    shown.append(content);
    document.body.insertBefore(shown, document.body.firstChild);
    document.body.classList.add('has-preview');
    // For bench/first_visit.mjs and the test: when text was readable, and which page it was.
    performance.mark('dutyatlas:preview', { detail: { page: relative } });
  }

  // For tests/browser/preview.test.mjs: the mapping, to hold it equal to the client's 文字版 link.
  window.dutyatlasPreviewPage = (hash) => pageOf(hash).then((page) => (page ? new URL(page, edition).href : null));

  function onHashChange() {
    if (!clientReady) show(location.hash);
  }
  window.addEventListener('hashchange', onHashChange);
  show(location.hash);

  // The canvas takes over once the client runs; a failed load keeps the text to read.
  const whenApi = () => {
    if (!window.dutyatlas) return;
    window.dutyatlas.ready.then(() => {
      clientReady = true;
      window.removeEventListener('hashchange', onHashChange);
      remove();
    }, () => {});
  };
  if (window.dutyatlas) whenApi();
  else window.addEventListener('DOMContentLoaded', whenApi);
})();
