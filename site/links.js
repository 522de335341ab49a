// DutyAtlas links: the canvas's link-like items behave like links on any web page. Loaded after
// loader.js (before the client's own listeners, so it sees the mouse first).
//
// Which items are links: those the client recorded with an href (web/navigation.h, link_to —
// a row, a card, a tile or a text link that leads to a route); da_link_at answers for a point.
//  - Ctrl-click (⌘-click on a Mac) and the middle button open the route in a new tab; the
//    client sees no click, so the view stays as it is.
//  - Right-click gives the browser's own link menu (open in new tab or window, copy the link's
//    address): when the right button goes down over a link, a real <a href> is laid over the
//    link's rectangle, so the contextmenu event that follows lands on it. It stays while the
//    pointer is over that link — a left click on it is then an ordinary link click — and goes
//    when the pointer leaves it or the wheel turns.
// Why not the accessibility layer's elements: they exist only while the layer is on, and the
// layer must stay transparent to the pointer (site/a11y.js); one element placed on demand is
// independent of both.
// Not for: drawing, roles or hrefs (the client decides), the pointer cursor (web/main.cpp).
(function () {
  'use strict';

  const Module = window.Module;
  const api = window.dutyatlas;
  if (!Module || !api) return; // loader.js did not run

  const canvas = document.getElementById('canvas');
  const proxy = document.createElement('a');
  proxy.className = 'link-proxy';
  proxy.id = 'link-proxy';
  proxy.tabIndex = -1; // the accessibility layer already offers every link to the keyboard
  proxy.setAttribute('aria-hidden', 'true');
  proxy.hidden = true;
  document.body.appendChild(proxy);

  // The link the last frame drew under the mouse event, with its absolute URL, or null.
  function linkAt(event) {
    if (!Module.calledRun || !api.isReady()) return null;
    const rect = canvas.getBoundingClientRect();
    const json = Module.ccall('da_link_at', 'string', ['number', 'number'],
      [event.clientX - rect.left, event.clientY - rect.top]);
    if (!json) return null;
    const link = JSON.parse(json);
    // A route of the client, or a link out of it loader.js judges safe (tel:, http(s)).
    if (!link.href.startsWith('#/') && !Module.dutyatlasIsSafeHref(link.href)) return null;
    link.url = new URL(link.href, window.location.href).href;
    link.x += rect.left;
    link.y += rect.top;
    return link;
  }

  function showProxy(link) {
    proxy.href = link.url;
    proxy.textContent = link.text;
    Object.assign(proxy.style, {
      left: `${link.x}px`, top: `${link.y}px`, width: `${link.width}px`, height: `${link.height}px`,
    });
    proxy.hidden = false;
  }

  function hideProxy() {
    if (proxy.hidden) return;
    proxy.hidden = true;
    proxy.removeAttribute('href');
  }
  proxy.addEventListener('mouseleave', hideProxy);
  proxy.addEventListener('wheel', hideProxy, { passive: true });
  window.addEventListener('blur', hideProxy);

  // On a Mac ⌘-click opens a new tab and Ctrl-click is the right button (the menu).
  const MAC = /Mac|iPhone|iPad/.test(navigator.platform);
  let newTabClick = null; // {button, url}: opened when that button comes up
  window.addEventListener('mousedown', (event) => {
    if (event.target !== canvas) return;
    const menu = event.button === 2 || (MAC && event.button === 0 && event.ctrlKey);
    const newTab = event.button === 1 || (event.button === 0 && (MAC ? event.metaKey : event.ctrlKey));
    if (!newTab && !menu) return;
    const link = linkAt(event);
    if (!link) return;
    if (menu) {
      showProxy(link);
      return;
    }
    event.preventDefault(); // no autoscroll from the middle button
    event.stopImmediatePropagation(); // the client must not follow the link as well
    newTabClick = { button: event.button, url: link.url };
  }, true);
  window.addEventListener('mouseup', (event) => {
    if (!newTabClick || event.button !== newTabClick.button) return;
    event.stopImmediatePropagation();
    const { url } = newTabClick;
    newTabClick = null;
    window.open(url, '_blank', 'noopener');
  }, true);
  // Linux pastes the primary selection on a middle click and some browsers open links on
  // auxclick: neither must happen over the canvas.
  canvas.addEventListener('auxclick', (event) => event.preventDefault());
})();
