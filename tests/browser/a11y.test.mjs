// The live client for people who do not use a mouse or do not see the screen: the accessibility
// layer (site/a11y.js) and keyboard operation (web/keyboard_focus.h). axe-core finds no serious
// or critical violation on the home, a body page, a 谁来管 answer and a list; a person with only
// Tab, Enter and an IME reaches a body's 主要职责 and reads its third clause from the
// accessibility tree, and gets a 谁来管 answer; Esc, arrows, the skip link and the 文字版 link
// work; the layer follows the drawn rectangles and costs nothing while the page is idle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { clientForTests, launch, openClient, waitForItem, clickItem, screenshot } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const BODY = 'sthjj';

const session = clientForTests();
async function go(page, route, key = 'title') {
  await page.evaluate((r) => window.dutyatlas.navigate(r), route);
  await waitForItem(page, key);
  await layerShows(page, key);
}

// Waits until the layer mirrors the item of `key` (it updates in the microtask after a frame).
async function layerShows(page, key) {
  await page.waitForFunction((k) => document.querySelector(`#a11y-layer [data-id="${CSS.escape(`${k}\u0001${0}`)}"]`), key);
}

// The home in a newly loaded page: nothing focused, nothing typed.
async function freshHome(page) {
  await page.goto('about:blank');
  assert.deepEqual(await openClient(page, `${session.server.url}#/`), { ok: true });
  await layerShows(page, 'title');
}

async function axeViolations(page) {
  // Evaluated through DevTools, not as a <script>: the site runs under a Content-Security-Policy
  // without 'unsafe-inline' (scripts/serve.mjs), which would block an injected inline script.
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

// Presses a key with the keyboard alone, slowly enough for ImGui 1.86 (no input queue).
async function press(page, key) {
  await page.keyboard.press(key, { delay: 30 });
  await page.waitForTimeout(60);
}

function activeKey(page) {
  return page.evaluate(() => document.activeElement && document.activeElement.dataset.key);
}

// Tabs until the focused element's key matches, at most `limit` times; returns that key.
async function tabTo(page, pattern, limit = 80) {
  for (let i = 0; i < limit; ++i) {
    await press(page, 'Tab');
    const key = await activeKey(page);
    if (key && pattern.test(key)) return key;
  }
  throw new Error(`no element matching ${pattern} within ${limit} presses of Tab`);
}

// Text typed the way a pinyin IME commits it (CDP), into whatever has the focus.
async function typeThroughIme(page, text) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'x', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.insertText', { text });
  await cdp.detach();
}

// The accessibility tree as Chromium gives it to screen readers.
async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.filter((n) => !n.ignored).map((n) => ({
    id: n.nodeId, parent: n.parentId, role: n.role?.value, name: n.name?.value ?? '',
    children: n.childIds || [],
  }));
}

test('axe-core: no serious or critical violation on the home, a body, a 谁来管 answer and a list', async () => {
  const { page } = session.browser;
  const found = {};
  await go(page, '#/');
  found.home = await axeViolations(page);
  await go(page, `#/body/${BODY}`, 'clause:3');
  found.body = await axeViolations(page);
  await go(page, '#/who', 'input:complaint');
  await clickItem(page, 'input:complaint');
  await page.waitForFunction(() => document.activeElement.tagName === 'TEXTAREA');
  await typeThroughIme(page, '楼下烧烤店油烟太大，晚上还很吵');
  await waitForItem(page, 'input:complaint', { text: '楼下烧烤店油烟太大，晚上还很吵' });
  await clickItem(page, 'button:analyse');
  await layerShows(page, 'who-answers');
  found.who = await axeViolations(page);
  await go(page, '#/lists/powers', 'list-total');
  await page.waitForFunction(() => document.querySelector('#a11y-layer [role="table"] [role="row"][data-key]'));
  found.list = await axeViolations(page);
  console.log('axe serious/critical violations:', JSON.stringify(found));
  assert.deepEqual(found, { home: [], body: [], who: [], list: [] });
});

test('keyboard only: Tab and Enter reach a body and its third clause is in the accessibility tree', async () => {
  const { page } = session.browser;
  await freshHome(page);
  // The first stop of Tab from the top of the page is the skip link, which leads to the main
  // content's heading. From the top: once in CI (1 of ~3 runs, never in 11 here) the first Tab
  // reached a layer node, as if the browser's starting point for Tab had been left further down
  // (by the loading preview, which is removed?) — not understood; the page's top is set here.
  await page.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
  await press(page, 'Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  await press(page, 'Enter');
  assert.equal(await activeKey(page), 'title', 'the skip link moved the focus to the view heading');
  // The bodies of the first category, then a body.
  const category = await tabTo(page, /^category:/);
  await press(page, 'Enter');
  await page.waitForFunction((c) => window.dutyatlas.route() === `#/category/${c}`, category.slice(9));
  await page.waitForFunction(() => document.activeElement?.dataset.key === 'title');
  const bodyKey = await tabTo(page, /^body:/);
  await press(page, 'Enter');
  const id = bodyKey.slice(5);
  await page.waitForFunction((b) => window.dutyatlas.route() === `#/body/${b}`, id);
  await page.waitForFunction(() => document.activeElement?.dataset.key === 'title');
  await layerShows(page, 'clause:3');

  const body = (await page.evaluate((b) => window.dutyatlas.query({ query: 'body', id: b }), id)).result;
  const third = body.profile.clauses.find((c) => c.number === 3);
  assert.ok(third, 'the body has a third clause');
  const tree = await axTree(page);
  const heading = tree.find((n) => n.role === 'heading' && n.name === '主要职责');
  assert.ok(heading, '主要职责 is a heading in the accessibility tree');
  const h1 = tree.find((n) => n.role === 'heading' && n.name === body.name);
  assert.ok(h1, 'the body name is the view heading');
  const texts = tree.filter((n) => n.role === 'paragraph' || n.role === 'StaticText').map((n) => n.name);
  const clause = texts.find((t) => t.startsWith('（三）'));
  assert.ok(clause, 'the third clause is text in the tree');
  assert.ok(clause.endsWith(third.text), `${clause} ends with the clause text`);
  // The browser's find (Ctrl+F) finds it too.
  assert.ok(await page.evaluate((t) => window.find(t), third.text.slice(0, 12)));
});

test('keyboard only: a complaint typed through the IME gets a 谁来管 answer', async () => {
  const { page } = session.browser;
  await freshHome(page);
  await tabTo(page, /^module:who$/);
  await press(page, 'Enter');
  await page.waitForFunction(() => window.dutyatlas.route() === '#/who');
  await tabTo(page, /^input:complaint$/);
  // The text box takes the typing: the client made its field the active one.
  await page.waitForFunction(() => document.activeElement.tagName === 'TEXTAREA');
  await page.waitForTimeout(200);
  await typeThroughIme(page, '小区门口烧烤店油烟很大');
  await waitForItem(page, 'input:complaint', { text: '小区门口烧烤店油烟很大' });
  await tabTo(page, /^button:analyse$/);
  await press(page, 'Enter');
  await layerShows(page, 'who-answers');
  const tree = await axTree(page);
  const list = tree.find((n) => n.role === 'list' && n.name === '建议的处理机构');
  assert.ok(list, 'the answers are a list');
  const items = tree.filter((n) => n.parent === list.id && n.role === 'listitem');
  const expected = (await page.evaluate(() => window.dutyatlas.query({ query: 'who', text: '小区门口烧烤店油烟很大', top: 5 }))).result;
  assert.equal(items.length, expected.length);
  const firstLink = await page.evaluate(() => document.querySelector('#a11y-layer ul li [role="link"]').textContent);
  assert.equal(firstLink, expected[0].name);
});

test('the focus ring: desktop and phone screenshots with the ring on a link', async () => {
  const { page } = session.browser;
  await go(page, `#/body/${BODY}`, 'clause:3');
  await page.evaluate(() => document.querySelector('#a11y-layer [data-key="link:category"]').focus());
  await page.waitForTimeout(300);
  await screenshot(page, 'a11y-focus-ring-1366x768');
  const phone = await launch({ width: 375, height: 812, deviceScaleFactor: 2, isMobile: true });
  try {
    assert.deepEqual(await openClient(phone.page, `${session.server.url}#/body/${BODY}`), { ok: true });
    await layerShows(phone.page, 'link:category');
    await phone.page.evaluate(() => document.querySelector('#a11y-layer [data-key="link:category"]').focus());
    await phone.page.waitForTimeout(300);
    await screenshot(phone.page, 'a11y-focus-ring-375x812');
  } finally {
    await phone.close();
  }
});

test('the layer sits over the drawn rectangles, takes no pointer, and costs nothing at rest', async () => {
  const { page } = session.browser;
  await go(page, `#/body/${BODY}`, 'clause:3');
  const item = await waitForItem(page, 'clause:1');
  const rect = await page.evaluate(() => {
    const r = document.querySelector('#a11y-layer [data-key="link:category"]').getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
  const link = await waitForItem(page, 'link:category');
  for (const k of ['x', 'y', 'width', 'height']) assert.ok(Math.abs(rect[k] - link[k]) < 1.5, `${k}: ${rect[k]} vs ${link[k]}`);
  assert.ok(item.width > 0);
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('a11y-layer')).pointerEvents), 'none');
  // A frame that draws the same items updates nothing; a page at rest draws no frame at all.
  const before = await page.evaluate(() => window.dutyatlas.a11y.stats().updates);
  await page.evaluate(() => window.Module._da_request_redraw());
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.dutyatlas.a11y.stats().updates), before);
});

test('Esc closes the column chooser; arrows move through the rows of a list', async () => {
  const { page } = session.browser;
  await go(page, '#/lists/powers', 'button:columns');
  await page.evaluate(() => document.querySelector('#a11y-layer [data-key="button:columns"]').focus());
  await press(page, 'Enter');
  await layerShows(page, 'button:columns-done');
  await page.evaluate(() => document.querySelector('#a11y-layer [data-key="button:columns-default"]').focus());
  await press(page, 'Escape');
  await page.waitForFunction(() => !window.dutyatlas.drawnItems().some((i) => i.key === 'button:columns-done'));
  // The focused button left with the panel: the focus goes back to the view's heading.
  await page.waitForFunction(() => document.activeElement?.dataset.key === 'title');

  const rows = await page.evaluate(() => [...document.querySelectorAll('#a11y-layer [role="row"][data-key]')].map((r) => r.dataset.key));
  assert.ok(rows.length > 3);
  await page.evaluate((k) => document.querySelector(`#a11y-layer [data-key="${CSS.escape(k)}"]`).focus(), rows[0]);
  await press(page, 'ArrowDown');
  await press(page, 'ArrowDown');
  assert.equal(await activeKey(page), rows[2]);
  await press(page, 'ArrowUp');
  assert.equal(await activeKey(page), rows[1]);
  // Enter on a row opens its item, as a click does.
  await press(page, 'Enter');
  await page.waitForFunction(() => window.dutyatlas.route().startsWith('#/item/powers'));
});

test('文字版: each view names its page of the HTML edition, in the header and the document head', async () => {
  const { page } = session.browser;
  await go(page, `#/body/${BODY}`, 'link:text-edition');
  const alternate = await page.evaluate(() => document.querySelector('link[rel="alternate"]').href);
  assert.equal(alternate, `${session.server.url.replace(/\/?$/, '/')}data/text/body/${BODY}.html`);
  await go(page, '#/lists/powers', 'link:text-edition');
  await page.waitForFunction(() => document.querySelector('link[rel="alternate"]').href.endsWith('/data/text/lists/powers/1.html'));
  await clickItem(page, 'link:text-edition');
  await page.waitForURL(/\/data\/text\/lists\/powers\/1\.html$/);
});
