// DutyAtlas accessibility layer: a DOM mirror of what the canvas shows, for screen readers,
// keyboards, touch exploration and the browser's find (Ctrl+F). Loaded after loader.js.
//
// What it is: the items the client recorded for the frame (dutyatlas.drawnItems(), each with
// its role — web/automation.h) become real elements in reading order — headings, links,
// buttons, toggle buttons, text boxes, tables with rows and cells, lists, landmarks — each
// placed over the rectangle the canvas drew it in, so a screen reader's focus box and a phone's
// touch exploration land on the right place. The layer is invisible (opacity 0) and takes no
// pointer events: the canvas keeps every click and the mouse behaves as before.
//
// When it works: only when a frame drew other items than the frame before (the client calls
// Module.dutyatlasOnItemsChanged), in a microtask after that frame; a page at rest costs
// nothing. Elements are kept by key across updates, so the focused one stays focused.
//
// Keyboard: the layer owns keyboard focus. Tab / Shift+Tab are the browser's own through the
// layer's elements (reading order); the client draws the focus ring and scrolls the item into
// view (web/keyboard_focus.h). Enter and Space click — as does a screen reader's activation —
// and the client plays a real click on the item. Esc presses the open panel's closing button;
// arrows move through table rows and through a run of chips. A skip link leads to the main
// content; after a navigation the focus goes to the new view's heading and a live region reads
// its title. Not for: drawing anything (the client draws), or deciding roles (the client does).
(function () {
  'use strict';

  const Module = window.Module;
  const api = window.dutyatlas;
  if (!Module || !api) return; // loader.js did not run: nothing to mirror

  const canvas = document.getElementById('canvas');
  const dataBase = new URL(Module.dutyatlasDataBase || 'data/', document.baseURI);
  const textInput = Module.dutyatlasTextInput;
  let enabled = new URLSearchParams(window.location.search).get('a11y') !== 'off';

  // --- the page's fixed parts ------------------------------------------------------------------
  const layer = document.createElement('div');
  layer.id = 'a11y-layer';
  layer.className = 'a11y-layer';
  canvas.after(layer);
  // Announcements (a view's title, status messages): one region that exists from the start, so
  // every change is read.
  const announcer = document.createElement('div');
  announcer.className = 'a11y-announcer';
  announcer.setAttribute('role', 'status');
  announcer.setAttribute('aria-live', 'polite');
  document.body.appendChild(announcer);
  // The view's page in the HTML edition, for crawlers and reading tools.
  const alternate = document.createElement('link');
  alternate.rel = 'alternate';
  alternate.type = 'text/html';
  document.head.appendChild(alternate);
  let skipLink = null; // made with the first update, when the client's words are known

  let words = null;
  function loadWords() {
    if (!words) words = JSON.parse(Module.ccall('da_a11y_words', 'string', [], []));
    return words;
  }

  Module.dutyatlasOpenTextEdition = (path) => {
    window.location.href = new URL(path, dataBase).href;
  };

  // --- from items to elements -----------------------------------------------------------------
  const INTERACTIVE = new Set(['link', 'button', 'toggle', 'textbox', 'textarea', 'row', 'columnheader']);
  const LANDMARK_WORD = { banner: 'header', navigation: 'navigation', main: 'content' };
  const TAGS = {
    heading: null, text: 'p', status: 'p', link: 'a', button: 'button', toggle: 'button',
    textbox: 'input', textarea: 'textarea', banner: 'header', navigation: 'nav', main: 'main',
    list: 'ul', listitem: 'li', table: 'div', row: 'div', columnheader: 'div',
  };

  /** @type {Map<string, {el: HTMLElement, role: string, level: number, text: string}>} */
  let nodes = new Map();
  const statusTexts = new Map(); // key → the text last announced for a status item
  let lastPage = null; // the route without parameters: a new page moves the focus
  let lastRoute = null;
  let focusHeadingNext = false; // an activation from the layer: the next view takes the focus
  const stats = { updates: 0, totalMs: 0, lastMs: 0, elements: 0 };

  function tagFor(item) {
    return item.role === 'heading' ? `h${Math.min(Math.max(item.level || 2, 1), 6)}` : TAGS[item.role] || 'p';
  }

  function create(item, id) {
    const el = document.createElement(tagFor(item));
    el.className = 'a11y-node';
    el.dataset.id = id;
    switch (item.role) {
      case 'heading': el.tabIndex = -1; break; // focusable by script: where a new view starts
      case 'link': el.setAttribute('role', 'link'); el.tabIndex = 0; break;
      case 'button': case 'toggle': el.type = 'button'; break;
      case 'textbox': el.type = 'text'; el.autocomplete = 'off'; el.spellcheck = false; break;
      case 'textarea': el.spellcheck = false; break;
      case 'table': el.setAttribute('role', 'table'); break;
      case 'row': el.setAttribute('role', 'row'); el.tabIndex = 0; break;
      case 'columnheader': {
        el.setAttribute('role', 'columnheader');
        el.appendChild(Object.assign(document.createElement('button'), { type: 'button', className: 'a11y-inner' }));
        break;
      }
      default: break;
    }
    // A one-line box commits typed text to the client's field; a multi-line one is the
    // client's editor itself (site/text_area.js).
    if (item.role === 'textbox') textInput.adopt(el);
    if (item.role === 'textarea') Module.dutyatlasTextArea.adopt(el);
    return el;
  }

  // The element that takes focus and clicks for an item (a column header's button).
  function target(node) {
    return node.role === 'columnheader' ? node.el.firstChild : node.el;
  }

  function setText(node, item) {
    const { el } = node;
    if (item.role === 'textbox' || item.role === 'textarea') {
      (item.role === 'textarea' ? Module.dutyatlasTextArea : textInput).setValue(el, item.text);
      if (el.getAttribute('aria-label') !== item.label) el.setAttribute('aria-label', item.label || '');
      return;
    }
    if (node.text === item.text && node.label === item.label) return;
    node.text = item.text;
    node.label = item.label;
    if (item.role === 'row') {
      // A row's text is its cells joined by tabs (web/automation.h).
      el.replaceChildren(...item.text.split('\t').map((cell) => {
        const div = document.createElement('div');
        div.setAttribute('role', 'cell');
        div.className = 'a11y-cell';
        div.textContent = cell;
        return div;
      }));
    } else if (item.role === 'columnheader') {
      el.firstChild.textContent = item.text;
    } else if (LANDMARK_WORD[item.role]) {
      el.setAttribute('aria-label', loadWords()[LANDMARK_WORD[item.role]]);
    } else if (item.role === 'table' || item.role === 'list') {
      if (item.label) el.setAttribute('aria-label', item.label);
    } else if (item.role !== 'listitem') {
      el.textContent = item.text;
      // A row of a list that says more than its title (文号, dates): the whole as its name.
      if (item.label) el.setAttribute('aria-label', item.label);
      else el.removeAttribute('aria-label');
    }
  }

  // A link that leads to a route gets it as its href (site/links.js): screen readers list it
  // with its address, and Ctrl+Enter opens it in a new tab as on any page.
  // A route of the client (#/…), or a link out of it that loader.js judges safe (a contact's
  // tel: or http(s)); anything else gets no href.
  function setHref(el, href) {
    const safe = href && (href.startsWith('#/') || Module.dutyatlasIsSafeHref(href));
    const url = safe ? new URL(href, window.location.href).href : '';
    if (url && el.href !== url) el.href = url;
    else if (!url && el.hasAttribute('href')) el.removeAttribute('href');
  }

  function place(el, item, origin) {
    const s = el.style;
    const left = `${item.x - origin.x}px`;
    const top = `${item.y - origin.y}px`;
    const width = `${Math.max(item.width, 1)}px`;
    const height = `${Math.max(item.height, 1)}px`;
    if (s.left !== left) s.left = left;
    if (s.top !== top) s.top = top;
    if (s.width !== width) s.width = width;
    if (s.height !== height) s.height = height;
  }

  // Items as a tree: each item's children in drawing order; a table's column headers gathered
  // into one header row (ARIA wants header cells inside a row).
  function buildTree(items) {
    const seen = new Map();
    const unkeyed = new Map();
    const children = new Map([[-1, []]]);
    items.forEach((item, index) => {
      const parent = item.parent ?? -1;
      if (item.key) {
        item.occurrence = seen.get(item.key) || 0;
        seen.set(item.key, item.occurrence + 1);
        item.id = `${item.key}\u0001${item.occurrence}`;
      } else {
        const n = unkeyed.get(parent) || 0;
        unkeyed.set(parent, n + 1);
        item.id = `~${parent}/${n}`;
      }
      if (!children.has(parent)) children.set(parent, []);
      children.get(parent).push(item);
      children.set(index, children.get(index) || []);
      item.index = index;
    });
    for (const item of items) {
      if (item.role !== 'table') continue;
      const list = children.get(item.index);
      const headers = list.filter((c) => c.role === 'columnheader');
      if (headers.length === 0) continue;
      const x0 = Math.min(...headers.map((h) => h.x));
      const y0 = Math.min(...headers.map((h) => h.y));
      const headerRow = {
        id: `${item.id}/header`, role: 'header-row', key: '', text: '', index: `${item.index}h`,
        x: x0, y: y0,
        width: Math.max(...headers.map((h) => h.x + h.width)) - x0,
        height: Math.max(...headers.map((h) => h.y + h.height)) - y0,
      };
      children.set(headerRow.index, headers);
      children.set(item.index, [headerRow, ...list.filter((c) => c.role !== 'columnheader')]);
    }
    return children;
  }

  function update() {
    if (!enabled) return;
    const start = performance.now();
    const items = api.drawnItems();
    if (items.length === 0) return; // a navigation: the new view's frame comes next
    const route = api.route();
    const page = route.split('?')[0];
    const newPage = page !== lastPage;
    // The focused element may leave with the old view: whether the layer had the focus is
    // known only now.
    const hadFocus = layer.contains(document.activeElement) || (skipLink && document.activeElement === skipLink);
    const typedIn = isTextEntry(document.activeElement) && layer.contains(document.activeElement)
      ? document.activeElement.dataset.key : null;
    ensureSkipLink();

    const tree = buildTree(items);
    const next = new Map();
    const origin0 = { x: 0, y: 0 };
    const fill = (parentEl, parentKey, origin) => {
      const list = tree.get(parentKey) || [];
      let i = 0;
      for (const item of list) {
        let node = nodes.get(item.id);
        const role = item.role === 'header-row' ? 'row' : item.role;
        if (node && (node.role !== item.role || node.level !== (item.level || 0))) node = null;
        if (!node) {
          const el = item.role === 'header-row' ? document.createElement('div') : create(item, item.id);
          if (item.role === 'header-row') {
            el.className = 'a11y-node';
            el.setAttribute('role', 'row');
          }
          node = { el, role: item.role, level: item.level || 0, text: null, label: null };
        }
        next.set(item.id, node);
        const { el } = node;
        if (item.role !== 'header-row') setText(node, item);
        if (INTERACTIVE.has(item.role) && role !== 'textbox' && role !== 'textarea') {
          const t = target(node);
          t.dataset.key = item.key;
          t.dataset.n = String(item.occurrence || 0);
        } else if (role === 'textbox' || role === 'textarea' || role === 'heading') {
          el.dataset.key = item.key;
          el.dataset.n = String(item.occurrence || 0);
        }
        if (item.role === 'toggle') el.setAttribute('aria-pressed', item.pressed ? 'true' : 'false');
        if (item.role === 'link') setHref(el, item.href);
        if (item.dismiss) el.dataset.dismiss = '1';
        else delete el.dataset.dismiss;
        place(el, item, origin);
        if (parentEl.children[i] !== el) parentEl.insertBefore(el, parentEl.children[i] || null);
        ++i;
        if (tree.has(item.index) && tree.get(item.index).length > 0) fill(el, item.index, item);
        if (item.role === 'status') announceStatus(item, newPage);
      }
      while (parentEl.children.length > i) parentEl.lastElementChild.remove();
    };
    fill(layer, -1, origin0);
    nodes = next;
    stats.elements = next.size;

    if (route !== lastRoute) {
      alternate.href = new URL(Module.ccall('da_edition_page', 'string', [], []), dataBase).href;
      lastRoute = route;
    }
    if (newPage) {
      lastPage = page;
      // A search box that shows results as you type stays the place you type in.
      let typing = isTextEntry(document.activeElement) && layer.contains(document.activeElement);
      if (!typing && typedIn) {
        // The box typed in may be drawn elsewhere in the new view (the header's search box is
        // the results page's own box there): the focus follows it.
        const same = Array.from(layer.querySelectorAll('input, textarea')).find((e) => e.dataset.key === typedIn);
        if (same) {
          same.focus({ preventScroll: true });
          typing = true;
        }
      }
      arrive((hadFocus && !typing) || focusHeadingNext);
    } else if (hadFocus && !layer.contains(document.activeElement)) {
      // The focused item is gone from the view (a panel closed): start again at the heading.
      focusHeading();
    }
    focusHeadingNext = false;
    if (pendingRowMove) finishRowMove();
    stats.lastMs = performance.now() - start;
    stats.totalMs += stats.lastMs;
    stats.updates += 1;
  }

  function mainHeading() {
    const main = layer.querySelector('main');
    return (main && main.querySelector('h1, h2')) || layer.querySelector('h1');
  }

  function focusHeading() {
    const heading = mainHeading();
    if (heading) heading.focus({ preventScroll: true });
  }

  // A new view: its title is read out; a keyboard or screen reader user continues from it.
  function arrive(moveFocus) {
    const heading = layer.querySelector('main h1') || layer.querySelector('h1');
    if (heading) announce(heading.textContent);
    if (moveFocus) focusHeading();
  }

  function announce(text) {
    // Cleared first: the same words twice in a row are read twice.
    announcer.textContent = '';
    setTimeout(() => { announcer.textContent = text; }, 50);
  }

  function announceStatus(item, newPage) {
    const before = statusTexts.get(item.key);
    statusTexts.set(item.key, item.text);
    if (!newPage && before !== item.text && item.text) announce(item.text);
  }

  function ensureSkipLink() {
    if (skipLink) return;
    skipLink = document.createElement('button');
    skipLink.type = 'button';
    skipLink.className = 'skip-link';
    skipLink.textContent = loadWords().skipToContent;
    skipLink.addEventListener('click', () => {
      focusHeading();
    });
    document.body.insertBefore(skipLink, document.body.firstChild);
  }

  // --- focus and activation -------------------------------------------------------------------
  function keyed(el) {
    return el && el.closest ? el.closest('[data-key]') : null;
  }

  function isTextEntry(el) {
    return el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA');
  }

  let focusFromClient = false; // the client focused a text box (a click on it): no second click
  layer.addEventListener('focusin', (event) => {
    const el = keyed(event.target);
    if (!el || !Module.calledRun) return;
    const enterText = isTextEntry(el) && !focusFromClient;
    Module.dutyatlasCallWithText('da_a11y_focus', null, el.dataset.key, 'message', Number(el.dataset.n), enterText ? 1 : 0);
  });
  layer.addEventListener('focusout', (event) => {
    if (layer.contains(event.relatedTarget) || !Module.calledRun) return;
    Module.dutyatlasCallWithText('da_a11y_focus', null, '', 'message', 0, 0);
  });
  // Clicks come only from the keyboard and assistive technology: the layer takes no pointer.
  layer.addEventListener('click', (event) => {
    const el = keyed(event.target);
    if (!el || isTextEntry(el) || /^H\d$/.test(el.tagName) || !Module.calledRun) return;
    event.preventDefault();
    focusHeadingNext = true;
    Module.dutyatlasCallWithText('da_a11y_activate', null, el.dataset.key, 'message', Number(el.dataset.n));
  });

  // The item the client's text cursor is in, if the layer mirrors it (loader.js focuses it
  // rather than its own hidden field, so Tab goes on from there).
  Module.dutyatlasA11y = {
    textEntryAt(x, y) {
      if (!enabled) return null;
      for (const node of nodes.values()) {
        const el = node.el;
        if (!isTextEntry(el)) continue;
        const r = el.getBoundingClientRect();
        const c = canvas.getBoundingClientRect();
        if (x + c.left >= r.left && x + c.left <= r.right && y + c.top >= r.top && y + c.top <= r.bottom) return el;
      }
      return null;
    },
    ownsFocus: () => layer.contains(document.activeElement),
    focusFromClient(el) {
      focusFromClient = true;
      try {
        el.focus({ preventScroll: true });
      } finally {
        focusFromClient = false;
      }
    },
  };

  // --- keys -----------------------------------------------------------------------------------
  // Registered before the client's GLFW listeners (same phase, same target: in order), so Tab is
  // the browser's (GLFW would cancel it) and the keys the layer handles reach no ImGui widget.
  let pendingRowMove = null;
  window.addEventListener('keydown', (event) => {
    if (!enabled) return;
    if (event.key === 'Tab') {
      event.stopImmediatePropagation(); // the browser moves the focus through the layer
      return;
    }
    const active = document.activeElement;
    if (!layer.contains(active)) return;
    const handled = () => {
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    if (event.key === 'Escape') {
      const dismiss = layer.querySelector('[data-dismiss]');
      if (dismiss) {
        handled();
        dismiss.click();
      }
      return;
    }
    if (isTextEntry(active)) return; // typing and its editing keys belong to the text box
    const role = active.getAttribute('role') || active.tagName.toLowerCase();
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && active.href) {
      handled();
      window.open(active.href, '_blank', 'noopener');
      return;
    }
    if ((event.key === 'Enter' || event.key === ' ') && (role === 'link' || role === 'row')) {
      handled();
      active.click();
      return;
    }
    if (role === 'row' && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      handled();
      moveRow(active, event.key === 'ArrowDown' ? 1 : -1);
      return;
    }
    if (active.hasAttribute('aria-pressed') && /^Arrow(Left|Right|Up|Down)$/.test(event.key)) {
      handled();
      moveChip(active, event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : -1);
    }
  }, true);

  function rowsOf(row) {
    return [...row.parentElement.children].filter((el) => el.getAttribute('role') === 'row' && el.dataset.key);
  }

  // The next row, or, past the last one drawn, the table scrolled by a row and the row after.
  function moveRow(row, step) {
    const rows = rowsOf(row);
    const next = rows[rows.indexOf(row) + step];
    if (next) {
      next.focus({ preventScroll: true });
      return;
    }
    pendingRowMove = { key: row.dataset.key, step, tries: 0 };
    Module._da_wheel(step * row.offsetHeight);
  }

  function finishRowMove() {
    const move = pendingRowMove;
    const from = layer.querySelector(`[role="row"][data-key="${CSS.escape(move.key)}"]`);
    if (!from) {
      pendingRowMove = null;
      return;
    }
    const rows = rowsOf(from);
    const next = rows[rows.indexOf(from) + move.step];
    if (next || ++move.tries > 3) {
      pendingRowMove = null;
      if (next) next.focus({ preventScroll: true });
    }
  }

  // Chips side by side: the arrows move along the run of toggles the focused one is in.
  function moveChip(chip, step) {
    const focusable = [...layer.querySelectorAll('a[role="link"], button, input, textarea, [role="row"]')];
    const next = focusable[focusable.indexOf(chip) + step];
    if (next && next.hasAttribute('aria-pressed')) next.focus({ preventScroll: true });
  }

  // A pointer on the canvas ends keyboard use: a later navigation leaves the focus alone.
  canvas.addEventListener('pointerdown', () => {
    focusHeadingNext = false;
  }, true);

  // --- switching the layer off (benchmarks) ------------------------------------------------------
  Module.dutyatlasOnItemsChanged = () => {
    if (!enabled || scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      update();
    });
  };
  let scheduled = false;

  api.a11y = {
    /** Whether the layer mirrors the frames (?a11y=off in the URL starts it off). */
    enabled: () => enabled,
    /** Turns the layer on or off; off removes its elements. */
    setEnabled(on) {
      enabled = Boolean(on);
      if (!enabled) {
        layer.replaceChildren();
        nodes = new Map();
      } else if (Module.calledRun) {
        Module._da_request_redraw();
        lastPage = null;
        update();
      }
    },
    /** Updates made, their total and last time in ms, and the elements the layer holds. */
    stats: () => ({ ...stats }),
  };
})();
