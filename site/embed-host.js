// The viewer's side of the embedding protocol dutyatlas-embed/1 (docs/embedding.md): when this
// page runs in an iframe of a portal (a 12345 hotline work system, a duty desk), it talks to that
// portal by postMessage — and only to a portal whose origin the publisher allowed in
// dataset.json's embed_origins (carried in manifest.json). Not the portal's side (embed.js), not
// the automation API it drives (loader.js), and nothing the public site needs: on a page that is
// not framed, it does nothing.
//
// Security, in three rules:
//   • a message is read only if it comes from window.parent, from an allowed origin, and carries
//     the protocol's name; everything else is ignored and counted (dutyatlas.embedStats());
//   • a message is sent only with an allowed origin as targetOrigin, never "*": until the portal
//     has spoken, ready is offered to each allowed origin in turn, and the browser delivers it only
//     to the one the parent really has — a page of any other origin receives nothing;
//   • no allowed origin (older manifests, or none listed): embedding is off.
(function () {
  'use strict';

  const PROTOCOL = 'dutyatlas-embed/1';
  const api = window.dutyatlas;
  if (!api || window.parent === window) return;

  const stats = { received: 0, accepted: 0, ignored: 0, sent: 0 };
  let allowed = [];          // from the manifest, once the client has checked it
  let portalOrigin = null;   // pinned by the first accepted message
  let settled = false;       // the client is ready (or failed): `allowed` is final
  const early = [];          // [origin, source, data] of messages that came before

  api.embedStats = () => ({ ...stats, allowed: allowed.slice(), portalOrigin });

  function send(type, fields) {
    const message = { protocol: PROTOCOL, type, ...fields };
    const targets = portalOrigin ? [portalOrigin] : allowed;
    for (const origin of targets) window.parent.postMessage(message, origin);
    if (targets.length) stats.sent += 1;
  }

  // --- portal → viewer -----------------------------------------------------------------------
  // Each handler gets the message and returns an error text, or '' when done.
  const handlers = {
    hello: () => '', // the portal's first word: pins its origin; ready follows when loaded
    navigate: (m) => {
      if (typeof m.route !== 'string' || !m.route.startsWith('#/')) return 'navigate: route 须以 "#/" 开头';
      api.navigate(m.route);
      return '';
    },
    analyse: (m) => {
      if (typeof m.text !== 'string' || !m.text.trim()) return 'analyse: text 不能为空';
      // An address is part of what the complaint says: a street or town it names keeps its
      // rank in 谁来管 (core/search/who.h, step 5). The work system's category (城乡建设/物业管理)
      // is the operator's reading of it: its words count like the complaint's own.
      const part = (label, v) => (typeof v === 'string' && v.trim() ? `（${label}：${v.trim().slice(0, 60)}）` : '');
      const text = m.text.trim() + part('地址', m.address) + part('诉求分类', m.category);
      api.navigate(`#/who?text=${encodeURIComponent(text)}`);
      return '';
    },
    search: (m) => {
      if (typeof m.text !== 'string' || !m.text.trim()) return 'search: text 不能为空';
      api.navigate(`#/search/${encodeURIComponent(m.text.trim())}`);
      return '';
    },
    compact: (m) => {
      document.documentElement.classList.toggle('embed-compact', m.on !== false);
      api.setCompact(m.on !== false);
      return '';
    },
  };

  function handle(message) {
    const handler = Object.prototype.hasOwnProperty.call(handlers, message.type) ? handlers[message.type] : null;
    const problem = handler ? handler(message) : `未知的消息类型：${String(message.type)}`;
    if (problem) send('error', { message: problem, request: message.type });
  }

  // A message is judged once the manifest says who may talk: until then it waits with its origin.
  function receive(origin, source, m) {
    const fromPortal = source === window.parent && allowed.includes(origin) &&
      (!portalOrigin || origin === portalOrigin);
    if (!fromPortal || !m || typeof m !== 'object' || m.protocol !== PROTOCOL) {
      stats.ignored += 1;
      return;
    }
    stats.accepted += 1;
    if (!portalOrigin) {  // the portal has spoken: 派单 now has a receiver, and the buttons show
      portalOrigin = origin;
      api.onDispatch((payload) => send('dispatch', { payload }));
    }
    handle(m);
  }

  window.addEventListener('message', (event) => {
    if (event.source === window) return;  // the page's own plumbing (the runtime's scheduling), not a caller
    stats.received += 1;
    if (settled) receive(event.origin, event.source, event.data);
    else early.push([event.origin, event.source, event.data]);
  });

  // --- viewer → portal -----------------------------------------------------------------------
  function reportSize() {
    send('resize', { height: Math.ceil(document.documentElement.scrollHeight) });
  }

  api.ready.then(() => {
    const manifest = api.manifest();
    allowed = api.embedOrigins();
    settled = true;
    if (!allowed.length) { // embedding is off: say nothing, read nothing
      for (const args of early.splice(0)) receive(...args);
      return;
    }
    send('ready', {
      data_date: manifest.data_date || '',
      version: manifest.bundle ? manifest.bundle.sha256.slice(0, 16) : '',
      title: manifest.title || '',
      route: api.route(),
    });
    reportSize();
    new ResizeObserver(reportSize).observe(document.documentElement);
    window.addEventListener('hashchange', () => send('route', { route: api.route() }));
    for (const args of early.splice(0)) receive(...args);
  }, (error) => {
    // The publication did not load: tell an allowed portal, if the manifest was read at all.
    allowed = api.embedOrigins();
    settled = true;
    handlers.navigate = handlers.analyse = handlers.search = () => '数据未能加载，无法查询';
    for (const args of early.splice(0)) receive(...args);
    send('error', { message: String(error && error.message || error) });
  });
})();
