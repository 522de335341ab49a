// The portal's side of the embedding protocol dutyatlas-embed/1 (docs/embedding.md): one script
// tag on a hotline or duty-desk page mounts the viewer in an iframe and turns its messages into
// events on the host element. Not the viewer's side (embed-host.js) and no part of the viewer's
// own page. The two lines a portal copies:
//
//   <div data-dutyatlas data-complaint="楼下烧烤店油烟太大" data-height="640"></div>
//   <script src="https://duty.example.gov.cn/embed.js" async></script>
//
// Options, as data attributes or as mount(element, {…}):
//   data-src / src              the viewer's address (default: where embed.js was loaded from)
//   data-route / route          the route to open first (e.g. "#/body/sthjj")
//   data-complaint / complaint  a complaint to analyse at once (opens 谁来管; wins over route)
//   data-compact / compact      the compact layout for a side panel
//   data-height / height        CSS pixels, or "auto" (default) to follow the viewer's resize
// Events on the element (CustomEvent, detail = the message's fields): dutyatlas:ready,
// dutyatlas:route, dutyatlas:dispatch (detail.payload), dutyatlas:resize, dutyatlas:error.
// A message is read only from the mounted iframe's window and the viewer's origin.
(function () {
  'use strict';

  const PROTOCOL = 'dutyatlas-embed/1';
  const TITLE = '机构职责查询';  // the iframe's accessible name
  const scriptUrl = document.currentScript ? document.currentScript.src : document.baseURI;

  function viewerUrl(options) {
    const url = new URL(options.src || new URL('index.html', scriptUrl).href, document.baseURI);
    if (options.complaint) url.hash = `#/who?text=${encodeURIComponent(options.complaint)}`;
    else if (options.route) url.hash = options.route;
    return url;
  }

  function optionsOf(element) {
    const d = element.dataset;
    return {
      src: d.src, route: d.route, complaint: d.complaint,
      compact: d.compact !== undefined && d.compact !== 'false', height: d.height,
    };
  }

  function mount(element, options = optionsOf(element)) {
    if (element.dutyatlas) return element.dutyatlas;  // mounted once
    const url = viewerUrl(options);
    const origin = url.origin;
    const frame = document.createElement('iframe');
    frame.src = url.href;
    frame.title = TITLE;
    frame.className = 'dutyatlas-frame';
    frame.style.cssText = 'display:block;width:100%;border:0';
    const fixed = options.height && options.height !== 'auto' ? Number(options.height) : 0;
    frame.style.height = `${fixed || 600}px`;
    element.appendChild(frame);

    const stats = { accepted: 0, ignored: 0 };
    const send = (type, fields = {}) => {
      frame.contentWindow.postMessage({ protocol: PROTOCOL, type, ...fields }, origin);
    };
    window.addEventListener('message', (event) => {
      if (event.source !== frame.contentWindow) return; // another frame's business, not counted
      const m = event.data;
      if (event.origin !== origin || !m || typeof m !== 'object' || m.protocol !== PROTOCOL) {
        stats.ignored += 1;
        return;
      }
      stats.accepted += 1;
      if (m.type === 'resize' && !fixed && m.height > 0) frame.style.height = `${m.height}px`;
      if (m.type === 'ready' && options.compact) send('compact', { on: true });
      const { protocol, type, ...detail } = m;
      element.dispatchEvent(new CustomEvent(`dutyatlas:${type}`, { detail, bubbles: true }));
    });

    const controller = {
      frame,
      origin,
      stats: () => ({ ...stats }),
      send,
      navigate: (route) => send('navigate', { route }),
      analyse: (text, extra = {}) => send('analyse', { text, ...extra }),
      search: (text) => send('search', { text }),
      compact: (on = true) => send('compact', { on }),
    };
    element.dutyatlas = controller;
    return controller;
  }

  window.DutyAtlasEmbed = { mount, protocol: PROTOCOL };
  const mountAll = () => document.querySelectorAll('[data-dutyatlas]').forEach((el) => mount(el));
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();
