// DutyAtlas printing: whatever starts it — 打印 in a view, Ctrl+P, the browser's print menu —
// the paper gets the view's printable document, never the canvas (a canvas prints blank).
// Loaded after loader.js.
//
// How: on `beforeprint` the client gives the current view's document (da_print_document,
// web/print_view.h: a complete A4 HTML page with its own print CSS and page numbers); its body
// goes into a print-only element (#print-sheet) and its style sheet into a print-only constructed
// style sheet,
// while @media print in style.css hides everything else. `afterprint` takes both away again.
// 打印 in a view hands its document over first (Module.dutyatlasPrintSheet.print), then opens the
// dialog. Not for: building documents (the client does) or printing the HTML edition (its pages
// are plain HTML that prints as it is).
(function () {
  'use strict';

  const Module = window.Module;
  const api = window.dutyatlas;
  if (!Module || !api) return; // loader.js did not run: the page prints as it is

  let sheet = null;
  let sheetStyle = null;
  let pageTitle = null;
  let handedOver = null; // the document 打印 gave, for the dialog it is about to open

  /** The current view's printable document from the client, or null while it cannot give one. */
  function viewDocument() {
    if (!api.isReady()) return null;
    return Module.ccall('da_print_document', 'string', [], []);
  }

  /** Before the data is there: the page's own message (loading, or why it failed). */
  function statusDocument() {
    const doc = document.implementation.createHTMLDocument(document.title);
    const heading = doc.createElement('h1');
    heading.textContent = document.title;
    const message = doc.createElement('p');
    const status = document.getElementById('status');
    message.textContent = status ? status.innerText.trim() : '';
    doc.body.append(heading, message);
    return doc;
  }

  function mount(html) {
    unmount();
    // DOMParser runs no scripts; the client escaped every text from the data anyway.
    const doc = html ? new DOMParser().parseFromString(html, 'text/html') : statusDocument();
    // A constructed style sheet, not a <style> element: the site runs under a
    // Content-Security-Policy without 'unsafe-inline' (scripts/serve.mjs), which blocks the one
    // and not the other.
    sheetStyle = new CSSStyleSheet({ media: 'print' });
    sheetStyle.replaceSync(Array.from(doc.querySelectorAll('style'), (s) => s.textContent).join('\n'));
    sheet = document.createElement('div');
    sheet.id = 'print-sheet';
    sheet.className = 'print-sheet';
    sheet.lang = 'zh-CN';
    sheet.append(...doc.body.childNodes);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheetStyle];
    document.body.appendChild(sheet);
    // The dialog suggests the title as the PDF's file name and may print it in the margin.
    pageTitle = document.title;
    if (doc.title) document.title = doc.title;
  }

  function unmount() {
    if (sheet) sheet.remove();
    if (sheetStyle) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheetStyle);
    if (pageTitle !== null) document.title = pageTitle;
    sheet = sheetStyle = pageTitle = null;
  }

  window.addEventListener('beforeprint', () => {
    const html = handedOver || viewDocument();
    handedOver = null;
    mount(html);
  });
  window.addEventListener('afterprint', unmount);

  Module.dutyatlasPrintSheet = {
    /** 打印 in a view: `html` is that view's document. The dialog opens after the frame that
        asked (window.print() blocks, and beforeprint must not call into a frame being drawn). */
    print(html) {
      handedOver = html;
      setTimeout(() => {
        window.print();
        handedOver = null; // a browser without a dialog (headless) sends no beforeprint
      }, 0);
    },
  };
})();
