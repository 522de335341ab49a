// DutyAtlas multi-line text boxes (the 谁来管 complaint): the page's half of
// web/views/text_area.h. Loaded after a11y.js, whose layer makes the real <textarea> for each
// box the client draws (role "textarea") and places it over the box.
//
// The <textarea> is the editor: the browser keeps the text, caret, selection, undo and IME
// composition, and every paste path lands in it exactly once by the browser's own means —
// Ctrl+V, Shift+Insert, ⌘V, the context menu's 粘贴, a drop of dragged text. After each change
// this file sends the whole value and the selection to the client (da_text_area_edit), which
// draws them wrapped on the canvas. A paste, drop or typed character that would pass the box's
// limit is refused before it lands (da_text_area_fits: the client says so under the box).
// The other way, a click or drag on the canvas places the selection here (select()).
//
// Keys typed into the box are the browser's: they are kept from GLFW (the client's keyboard
// listener, which would cancel Backspace and feed ImGui keys for a field it does not have).
// A right-click on a box (this one or a one-line field) opens the browser's menu for a text box
// (粘贴 …), and text dragged onto one is dropped into it: the layer's element takes that one
// click or drop, as the layer takes no pointer otherwise.
// Not for: one-line fields (loader.js's text input), or drawing anything.
(function () {
  'use strict';

  const Module = window.Module;
  const canvas = document.getElementById('canvas');
  if (!Module || !canvas) return;

  const areas = new WeakSet();
  const composing = new WeakSet();
  const chars = (text) => {
    let n = 0;
    for (const _ of text) ++n; // code points, as the client counts
    return n;
  };

  // ccall copies strings onto the wasm stack (5 MiB): whatever put a longer value in the box (a
  // script, a drop the browser did not announce), it is cut here first. The box's own limit
  // (kComplaintMaxChars) is far below; the client then cuts to it and says so.
  const MAX_VALUE_UNITS = 1 << 16;

  function send(area, withValue) {
    if (!Module.calledRun || !area.dataset.key) return;
    if (withValue && area.value.length > MAX_VALUE_UNITS) area.value = area.value.slice(0, MAX_VALUE_UNITS);
    Module.ccall('da_text_area_edit', null, ['string', 'string', 'number', 'number', 'number'], [
      area.dataset.key, withValue ? area.value : null, area.selectionStart, area.selectionEnd,
      document.activeElement === area ? 1 : 0,
    ]);
  }

  // Whether `inserted`, replacing the selection, keeps the box within its limit; if not, the
  // client shows why and the insertion is refused whole (never cut without a word).
  function fits(area, inserted) {
    if (!Module.calledRun || !area.dataset.key) return true;
    const selected = area.value.slice(area.selectionStart, area.selectionEnd);
    // A textarea keeps line breaks as \n, whatever the clipboard had.
    const total = chars(area.value) - chars(selected) + chars(inserted.replace(/\r\n?/g, '\n'));
    return Module.ccall('da_text_area_fits', 'number', ['string', 'number'], [area.dataset.key, total]) === 1;
  }

  function adopt(area) {
    areas.add(area);
    area.addEventListener('input', () => {
      if (!composing.has(area)) send(area, true);
    });
    area.addEventListener('compositionstart', () => composing.add(area));
    area.addEventListener('compositionend', () => {
      composing.delete(area);
      send(area, true);
    });
    area.addEventListener('paste', (event) => {
      const text = event.clipboardData ? event.clipboardData.getData('text/plain') : '';
      if (!fits(area, text)) event.preventDefault();
    });
    area.addEventListener('drop', (event) => {
      const text = event.dataTransfer ? event.dataTransfer.getData('text/plain') : '';
      if (!fits(area, text)) event.preventDefault();
    });
    area.addEventListener('beforeinput', (event) => {
      // Typing past the limit; a composition cannot be refused (the client cuts it, and says so).
      if (event.isComposing || (event.inputType !== 'insertText' && event.inputType !== 'insertLineBreak')) return;
      if (!fits(area, event.data || '\n')) event.preventDefault();
    });
    area.addEventListener('focus', () => send(area, false));
    area.addEventListener('blur', () => send(area, false));
    area.addEventListener('select', () => send(area, false));
  }
  // Arrows, Home/End, Shift+arrows and the like move the selection without an input event.
  document.addEventListener('selectionchange', () => {
    const active = document.activeElement;
    if (areas.has(active)) send(active, false);
  });

  // The browser's keys for the box, not GLFW's (registered after a11y.js, which sees Tab and
  // Esc first; GLFW's listeners come later still).
  for (const type of ['keydown', 'keypress', 'keyup']) {
    window.addEventListener(type, (event) => {
      if (areas.has(document.activeElement)) event.stopImmediatePropagation();
    }, true);
  }

  function areaFor(key) {
    const area = document.querySelector(`textarea[data-key="${CSS.escape(key)}"]`);
    return area && areas.has(area) ? area : null;
  }

  // The layer's text box under a pointer event on the canvas, if any (one-line ones too).
  function entryAt(event) {
    if (!window.dutyatlas || !Module.calledRun) return null;
    const rect = canvas.getBoundingClientRect();
    const x = event.clientX - rect.left;
    const y = event.clientY - rect.top;
    const hit = window.dutyatlas.drawnItems().find((item) => (item.role === 'textarea' || item.role === 'textbox') &&
      x >= item.x && x < item.x + item.width && y >= item.y && y < item.y + item.height);
    return hit ? document.querySelector(`#a11y-layer [data-key="${CSS.escape(hit.key)}"]`) : null;
  }

  // The layer takes no pointer; for a right-click or a drop on a box, its element takes the
  // pointer until `ends` happens (or a second has passed), so the browser does what it does
  // for a text box: opens the menu with 粘贴, or inserts the dropped text.
  function lendPointer(entry, ends) {
    if (entry.style.pointerEvents === 'auto') return;
    entry.style.pointerEvents = 'auto';
    let timer = 0;
    const release = () => {
      entry.style.pointerEvents = '';
      clearTimeout(timer);
      for (const type of ends) window.removeEventListener(type, release, true);
    };
    for (const type of ends) window.addEventListener(type, release, true);
    timer = setTimeout(release, 1000);
  }

  canvas.addEventListener('mousedown', (event) => {
    const entry = event.button === 2 && entryAt(event);
    if (!entry) return;
    entry.focus({ preventScroll: true });
    lendPointer(entry, ['contextmenu']);
  }, true);
  canvas.addEventListener('dragover', (event) => {
    const entry = entryAt(event);
    if (entry) lendPointer(entry, ['drop', 'dragend']);
  }, true);

  Module.dutyatlasTextArea = {
    adopt,
    /** Shows the client's text, unless it is what the box holds or an IME is composing. */
    setValue(area, text) {
      if (composing.has(area) || area.value === text) return;
      area.value = text;
    },
    /** A click or drag on the canvas: the selection (UTF-16 offsets) of box `key`. */
    select(key, start, end) {
      const area = areaFor(key);
      if (area) area.setSelectionRange(start, end);
    },
  };
})();
