// 职责文件档案库 in the browser: from the home card to the archive, narrowed with kind and year
// chips and with words typed through the IME path, a body found by name; the filtered archive
// and a document survive reload and back/forward; a document opens with its full text and the
// duties it changed, and leads to the body (and its comparison around the document). On a phone
// (375×812, scale 3) chips and rows wrap inside the width without overlapping.
// What the page shows is checked against the automation API's answers (dutyatlas.query).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  SITE_DIR, launch, openClient, serve, showScreen, clickItem, waitForItem, drawnItems, screenshot,
} from './harness.mjs';

let server;
let browser;

before(async () => {
  server = await serve(SITE_DIR);
  browser = await launch();
  assert.deepEqual(await openClient(browser.page, server.url), { ok: true });
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function ask(page, request) {
  const answer = await page.evaluate((r) => window.dutyatlas.query(r), request);
  assert.equal(answer.ok, true, JSON.stringify(answer));
  return answer.result;
}

const route = (page) => page.evaluate(() => window.dutyatlas.route());
const waitForRoute = (page, predicate, arg) => page.waitForFunction(predicate, arg);

// The 文号 of the document rows the last frame drew, top to bottom.
async function shownRows(page) {
  const items = await drawnItems(page);
  return [...items.values()]
    .filter((item) => item.key.startsWith('document:'))
    .sort((a, b) => a.y - b.y)
    .map((item) => item.key.slice('document:'.length));
}

// Waits until the rows drawn are exactly the documents the query answers for `filter`.
async function expectRows(page, filter) {
  const expected = (await ask(page, { query: 'documents', ...filter })).documents.map((d) => d.doc_no);
  await page.waitForFunction(
    (want) => {
      const rows = window.dutyatlas.drawnItems().filter((i) => i.key.startsWith('document:'));
      return rows.length === want.length && want.every((no) => rows.some((r) => r.key === `document:${no}`));
    },
    expected,
    { timeout: 5000 },
  );
  assert.deepEqual(await shownRows(page), expected, 'in the order the archive lists them');
  await waitForItem(page, 'result-count', { text: `共 ${expected.length} 件文件` });
  return expected;
}

function params(hash) {
  return Object.fromEntries(new URLSearchParams(hash.split('?')[1] || ''));
}

test('the home card opens the archive with every document, newest first', async () => {
  const { page } = browser;
  await showScreen(page, server.url, '#/');
  await clickItem(page, 'module:documents');
  await waitForRoute(page, () => window.dutyatlas.route() === '#/documents');
  await waitForItem(page, 'title', { text: '职责文件档案库' });
  const all = await ask(page, { query: 'documents' });
  assert.equal(all.total, 75);
  const rows = await expectRows(page, {});
  assert.equal(rows.length, 75);
  // Every row says what it is: its title, then kind, 文号, issuer and dates.
  const first = all.documents[0];
  const row = await waitForItem(page, `document:${first.doc_no}`);
  assert.equal(row.text, first.title);
  // Chips carry the counts of the answer.
  for (const kind of all.kinds) await waitForItem(page, `chip:kind:${kind.kind}`, { text: `${kind.label} ${kind.count}` });
  for (const year of all.years) await waitForItem(page, `chip:year:${year.year}`, { text: `${year.year}年 ${year.count}` });
  await screenshot(page, 'documents-all-1366x768');
});

test('kind chip, words typed with the IME and a year chip narrow the archive, all in the URL', async () => {
  const { page } = browser;
  await showScreen(page, server.url, '#/documents');
  await clickItem(page, 'chip:kind:adjustment');
  await waitForRoute(page, () => window.dutyatlas.route() === '#/documents?kind=adjustment');
  const adjustments = await expectRows(page, { kind: 'adjustment' });
  assert.ok(adjustments.length > 0 && adjustments.length < 75);

  // 安全 typed as pinyin and committed through the page's hidden input.
  await clickItem(page, 'input:documents-filter');
  await page.waitForFunction(() => document.activeElement && ['INPUT', 'TEXTAREA'].includes(document.activeElement.tagName));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'an', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.imeSetComposition', { text: 'anquan', selectionStart: 6, selectionEnd: 6 });
  await cdp.send('Input.insertText', { text: '安全' });
  await waitForItem(page, 'input:documents-filter', { text: '安全' });
  await waitForRoute(page, () => window.dutyatlas.route().includes('q='));
  assert.deepEqual(params(await route(page)), { kind: 'adjustment', q: '安全' });
  const safety = await expectRows(page, { kind: 'adjustment', text: '安全' });
  assert.ok(safety.length > 0 && safety.length < adjustments.length, 'the words narrow the list');
  for (const docNo of safety) {
    const doc = await ask(page, { query: 'document', doc_no: docNo });
    assert.ok(`${doc.doc_no}${doc.title}${doc.issuer}${doc.paragraphs.join('')}`.includes('安全'), `${docNo} mentions 安全`);
  }

  // A year chip of those the words left: its count is what the list then shows.
  const facets = await ask(page, { query: 'documents', kind: 'adjustment', text: '安全' });
  const year = facets.years[facets.years.length - 1];
  await clickItem(page, `chip:year:${year.year}`);
  await waitForRoute(page, (y) => window.dutyatlas.route().includes(`year=${y}`), year.year);
  const narrowed = await expectRows(page, { kind: 'adjustment', text: '安全', year: year.year });
  assert.equal(narrowed.length, year.count);
  await screenshot(page, 'documents-filtered-1366x768');
});

test('the filtered archive survives reload; back and forward step through the filters', async () => {
  const { page } = browser;
  // The history a reader makes: the whole archive, a kind chip, words typed, a year chip.
  await showScreen(page, server.url, '#/documents');
  await clickItem(page, 'chip:kind:adjustment');
  await waitForRoute(page, () => window.dutyatlas.route() === '#/documents?kind=adjustment');
  await clickItem(page, 'input:documents-filter');
  await page.waitForFunction(() => document.activeElement && ['INPUT', 'TEXTAREA'].includes(document.activeElement.tagName));
  await page.keyboard.insertText('安全');
  await waitForRoute(page, () => window.dutyatlas.route().includes('q='));
  const { years } = await ask(page, { query: 'documents', kind: 'adjustment', text: '安全' });
  await clickItem(page, `chip:year:${years[0].year}`);
  await waitForRoute(page, () => window.dutyatlas.route().includes('year='));
  const filtered = await route(page);
  const rows = await shownRows(page);
  await page.reload();
  await page.evaluate(() => window.dutyatlas.ready);
  assert.equal(await route(page), filtered);
  assert.equal(new URL(page.url()).hash, filtered, 'the address bar holds the filters');
  await waitForItem(page, 'input:documents-filter', { text: '安全' });
  await expectRows(page, { kind: 'adjustment', text: '安全', year: params(filtered).year });
  assert.deepEqual(await shownRows(page), rows);

  await page.goBack(); // before the year chip: kind and words
  await waitForRoute(page, () => !window.dutyatlas.route().includes('year='));
  assert.deepEqual(params(await route(page)), { kind: 'adjustment', q: '安全' });
  await expectRows(page, { kind: 'adjustment', text: '安全' });
  await page.goBack(); // typing replaced the kind chip's entry: back to the whole archive
  await waitForRoute(page, () => window.dutyatlas.route() === '#/documents');
  await expectRows(page, {});
  await page.goForward();
  await waitForRoute(page, () => window.dutyatlas.route().startsWith('#/documents?kind=adjustment'));
  await page.goForward();
  await waitForRoute(page, (f) => window.dutyatlas.route() === f, filtered);
  await expectRows(page, { kind: 'adjustment', text: '安全', year: params(filtered).year });
});

test('a body found by name filters the archive to the documents that concern it', async () => {
  const { page } = browser;
  await showScreen(page, server.url, '#/documents');
  await waitForItem(page, 'result-count', { text: '共 75 件文件' });
  await clickItem(page, 'input:documents-filter');
  await page.keyboard.insertText('应急管理');
  await waitForItem(page, 'input:documents-filter', { text: '应急管理' });
  await waitForItem(page, 'chip:body:yjglj');
  await screenshot(page, 'documents-body-chips-1366x768');
  await clickItem(page, 'chip:body:yjglj');
  await waitForRoute(page, () => window.dutyatlas.route() === '#/documents?body=yjglj');
  await waitForItem(page, 'chip:clear-body', { text: '示例区应急管理局 ×' });
  assert.equal(await page.evaluate(() => window.dutyatlas.missingGlyphs('示例区应急管理局 × 名称相符的机构：')), '');
  const rows = await expectRows(page, { body: 'yjglj' });
  const body = await ask(page, { query: 'body', id: 'yjglj' });
  assert.deepEqual([...rows].sort(), body.documents.map((d) => d.doc_no).sort(), 'the body page lists the same documents');
  await clickItem(page, 'chip:clear-body');
  await waitForRoute(page, () => window.dutyatlas.route() === '#/documents');
});

test('a document opens with its full text and the duties it changed, and leads to the body', async () => {
  const { page } = browser;
  await showScreen(page, server.url, '#/documents');
  const docNo = '示编〔2021〕12号';
  const doc = await ask(page, { query: 'document', doc_no: docNo });
  await clickItem(page, `document:${docNo}`);
  await waitForRoute(page, () => window.dutyatlas.route().startsWith('#/document/'));
  assert.equal(decodeURIComponent(await route(page)), `#/document/${docNo}`);
  // The row was far down the list (clickItem scrolled to it); the document opens at its top.
  const title = await waitForItem(page, 'title', { text: doc.title });
  assert.ok(title.visible && title.y >= 0 && title.y < 300, `title at the top (y ${title.y})`);
  // Back: the list where the reader left it, the row still in view.
  await page.goBack();
  await waitForRoute(page, () => window.dutyatlas.route() === '#/documents');
  // (back is a hashchange, drawn in the next frames: wait for the row, not for a time)
  await page.waitForFunction((key) => {
    const row = window.dutyatlas.drawnItems().find((i) => i.key === key);
    return row && row.visible && row.y >= 0 && row.y + row.height <= 768;
  }, `document:${docNo}`, { timeout: 3000 });
  await page.goForward();
  await waitForItem(page, 'title', { text: doc.title });
  await waitForItem(page, 'doc-facts', { text: `${docNo} · ${doc.issuer} · ${doc.issued} 印发 · ${doc.effective} 施行` });
  assert.ok(doc.paragraphs.length >= 3);
  for (let i = 0; i < doc.paragraphs.length; ++i) {
    await waitForItem(page, `paragraph:${i + 1}`, { text: doc.paragraphs[i] });
  }
  assert.ok(doc.bodies.length >= 2);
  const changed = doc.bodies.find((b) => b.changes.length > 0);
  for (let i = 0; i < changed.changes.length; ++i) {
    const c = changed.changes[i];
    const item = await waitForItem(page, `change:${changed.id}:${i + 1}`);
    assert.ok(item.text.endsWith(c.text), 'the clause as the document set it');
  }
  // Every character drawn can be drawn (the interface words are in the font subset).
  const drawn = [...(await drawnItems(page)).values()].map((i) => i.text).join('');
  assert.equal(await page.evaluate((t) => window.dutyatlas.missingGlyphs(t), drawn), '');
  await screenshot(page, 'documents-document-1366x768');
  await clickItem(page, `change:${changed.id}:${changed.changes.length}`); // read to the end (scrolls)
  await screenshot(page, 'documents-document-duties-1366x768');

  // A reload keeps the document.
  await page.reload();
  await page.evaluate(() => window.dutyatlas.ready);
  await waitForItem(page, 'title', { text: doc.title });

  // The comparison around the document: the day before it took effect → that day.
  await clickItem(page, `doc-compare:${changed.id}`);
  await waitForRoute(page, () => window.dutyatlas.route().startsWith('#/compare/'));
  assert.equal(await route(page), `#/compare/${changed.id}?from=${changed.compare_from}&to=${doc.effective}`);
  await page.goBack();
  await waitForItem(page, 'title', { text: doc.title });

  // The body whose duties it changed lists it among its documents.
  await clickItem(page, `doc-body:${changed.id}`);
  await waitForRoute(page, (id) => window.dutyatlas.route() === `#/body/${id}`, changed.id);
  await waitForItem(page, 'title', { text: changed.name });
  await waitForItem(page, `document:${docNo}`);
  await clickItem(page, `document:${docNo}`);
  await waitForItem(page, 'title', { text: doc.title });
  await page.goBack();
  await waitForRoute(page, (id) => window.dutyatlas.route() === `#/body/${id}`, changed.id);
  await page.goForward();
  await waitForItem(page, 'title', { text: doc.title });
});

test('an unknown 文号 says so', async () => {
  const { page } = browser;
  await showScreen(page, server.url, '#/document/示编〔2099〕1号');
  await waitForItem(page, 'not-found');
  await clickItem(page, 'link:documents');
  await waitForRoute(page, () => window.dutyatlas.route() === '#/documents');
});

test('filters matching nothing say so, keep their chips, and clear in one click', async () => {
  const { page } = browser;
  await showScreen(page, server.url, '#/documents?kind=sanding&q=%E6%B6%88%E9%98%B2&year=2024');
  const empty = { kind: 'sanding', year: '2024', text: '消防' };
  assert.equal((await ask(page, { query: 'documents', ...empty })).count, 0);
  await waitForItem(page, 'no-documents');
  await waitForItem(page, 'chip:kind:sanding', { text: '三定规定 0' }); // still there to turn off
  await waitForItem(page, 'chip:year:2024', { text: '2024年 0' });
  assert.deepEqual(await shownRows(page), []);
  await clickItem(page, 'link:clear-filters');
  await waitForRoute(page, () => window.dutyatlas.route() === '#/documents');
  await expectRows(page, {});
});

// Items that overlap: two rectangles sharing more than a hairline.
function overlapping(items) {
  const found = [];
  for (let i = 0; i < items.length; ++i) {
    for (let j = i + 1; j < items.length; ++j) {
      const a = items[i];
      const b = items[j];
      const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (dx > 1 && dy > 1) found.push(`${a.key} × ${b.key}`);
    }
  }
  return found;
}

test('on a phone the archive and a document fit the width, wrapped, nothing overlapping', async () => {
  const phone = await launch({ width: 375, height: 812, deviceScaleFactor: 3, isMobile: true });
  try {
    const { page } = phone;
    assert.deepEqual(await openClient(page, `${server.url}#/documents?kind=adjustment`), { ok: true });
    await expectRows(page, { kind: 'adjustment' });
    const items = [...(await drawnItems(page)).values()].filter((i) => i.visible);
    const chips = items.filter((i) => i.key.startsWith('chip:'));
    const rows = items.filter((i) => i.key.startsWith('document:'));
    assert.ok(chips.length >= 5 && rows.length >= 2);
    for (const item of [...chips, ...rows]) {
      assert.ok(item.x >= 0 && item.x + item.width <= 375 + 0.5, `${item.key} inside the width`);
    }
    assert.ok(new Set(chips.map((c) => Math.round(c.y))).size >= 2, 'chips wrap onto lines');
    assert.deepEqual(overlapping([...chips, ...rows]), []);
    const rowHeights = rows.map((r) => r.height);
    assert.ok(Math.max(...rowHeights) > 60, 'a long title wraps within its row');
    await screenshot(page, 'documents-phone-375x812');

    const docNo = (await shownRows(page))[0];
    const row = await waitForItem(page, `document:${docNo}`);
    await page.touchscreen.tap(row.x + row.width / 2, row.y + row.height / 2);
    await page.waitForFunction(() => window.dutyatlas.route().startsWith('#/document/'));
    const doc = await ask(page, { query: 'document', doc_no: docNo });
    await waitForItem(page, 'title', { text: doc.title });
    const shown = [...(await drawnItems(page)).values()].filter((i) => i.visible && (i.key.startsWith('paragraph:') || i.key === 'title' || i.key === 'doc-facts'));
    for (const item of shown) assert.ok(item.x >= 0 && item.x + item.width <= 375 + 0.5, `${item.key} inside the width`);
    assert.deepEqual(overlapping(shown), []);
    await screenshot(page, 'documents-document-phone-375x812');

    // A finger drag down to the duties it changed: body and comparison links, clauses, all
    // inside the width.
    const cdp = await page.context().newCDPSession(page);
    const body = doc.bodies[0];
    let lastY = null;
    for (let tries = 0; tries < 20; ++tries) {
      const link = (await drawnItems(page)).get(`doc-body:${body.id}`);
      // Up near the top, or as far as the page goes (the document's end: it stops moving).
      if (link && link.visible && (link.y < 300 || link.y === lastY)) break;
      lastY = link ? link.y : null;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 200, y: 700 }] });
      for (let y = 680; y >= 300; y -= 20) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: 200, y }] });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await page.waitForTimeout(50);
    }
    const duties = [...(await drawnItems(page)).values()].filter((i) => i.visible && /^(doc-body|doc-compare|change):/.test(i.key));
    assert.ok(duties.some((i) => i.key === `doc-body:${body.id}`) && duties.some((i) => i.key === `doc-compare:${body.id}`));
    for (const item of duties) assert.ok(item.x >= 0 && item.x + item.width <= 375 + 0.5, `${item.key} inside the width`);
    assert.deepEqual(overlapping(duties), []);
    await screenshot(page, 'documents-document-duties-phone-375x812');
  } finally {
    await phone.close();
  }
});
