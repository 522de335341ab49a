// The spine end to end: the built demo site in headless Chromium — load, ready, browse from
// home to a category to a body, read what the page shows, reload a deep link, and refuse a
// broken or mismatched bundle with a clear message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  SITE_DIR, launch, openClient, serve, showScreen, drawnItems, waitForItem, clickItem, screenshot,
} from './harness.mjs';

const manifest = JSON.parse(fs.readFileSync(path.join(SITE_DIR, 'data/manifest.json'), 'utf8'));
let server;
let browser;

before(async () => {
  server = await serve(SITE_DIR);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

test('the page loads the demo publication and becomes ready', async () => {
  const { page, errors } = browser;
  const result = await openClient(page, server.url);
  assert.deepEqual(result, { ok: true });
  assert.equal(await page.evaluate(() => window.dutyatlas.isReady()), true);
  assert.equal(await page.locator('#status').isHidden(), true, 'the loading card is gone');
  const info = await page.evaluate(() => window.dutyatlas.query({ query: 'info' }));
  assert.equal(info.ok, true);
  assert.equal(info.result.name, manifest.dataset);
  assert.equal(info.result.sample, true);
  assert.deepEqual(errors, []);
});

test('home shows every category with its number of bodies', async () => {
  const { page } = browser;
  await showScreen(page, server.url, '#/');
  const categories = (await page.evaluate(() => window.dutyatlas.query({ query: 'categories' }))).result;
  const total = categories.reduce((n, c) => n + c.body_count, 0);
  assert.equal(total, manifest.counts.bodies);
  const items = await drawnItems(page);
  for (const category of categories.filter((c) => c.body_count > 0)) {
    const card = items.get(`category:${category.code}`);
    assert.ok(card, `a card for ${category.name}`);
    assert.equal(card.text, category.name);
    assert.ok(card.visible);
  }
  assert.equal(items.get('title').text, '全区机构概览');
  await screenshot(page, 'spine-home-1366x768');
});

test('home → category → body shows the body’s duties as numbered clauses', async () => {
  const { page } = browser;
  await showScreen(page, server.url, '#/');
  await clickItem(page, 'category:government');
  await page.waitForFunction(() => window.dutyatlas.route() === '#/category/government');
  const row = await waitForItem(page, 'body:sthjj');
  assert.equal(row.text, '示例区生态环境局');

  await clickItem(page, 'body:sthjj');
  await page.waitForFunction(() => window.dutyatlas.route() === '#/body/sthjj');
  assert.equal(new URL(page.url()).hash, '#/body/sthjj', 'the address bar follows');
  await waitForItem(page, 'title', { text: '示例区生态环境局' });

  const body = (await page.evaluate(() => window.dutyatlas.query({ query: 'body', id: 'sthjj' }))).result;
  const items = await drawnItems(page);
  const clauses = [...items.keys()].filter((key) => key.startsWith('clause:'));
  assert.equal(clauses.length, body.profile.clauses.length, 'every clause is drawn');
  assert.equal(items.get('clause:1').text, `（一）${body.profile.clauses[0].text}`);
  assert.ok(items.get('clause:2').text.startsWith('（二）'));
  assert.match(items.get('setup').text, /区生态环境局是区政府工作部门/);
  assert.match(items.get('basis').text, new RegExp(body.profile.sanding.doc_no.replace(/[〔〕]/g, '.')));
  await screenshot(page, 'spine-body-1366x768');
});

test('the mouse wheel scrolls the page down, and back up', async () => {
  const { page } = browser;
  await showScreen(page, server.url, '#/body/sthjj');
  const before = await waitForItem(page, 'clause:1');
  await page.mouse.move(700, 500);
  await page.waitForTimeout(40);
  await page.mouse.wheel(0, 300);
  await page.waitForFunction((y) => window.dutyatlas.drawnItems().find((i) => i.key === 'clause:1').y < y - 200, before.y);
  await page.mouse.wheel(0, -300);
  await page.waitForFunction((y) => window.dutyatlas.drawnItems().find((i) => i.key === 'clause:1').y === y, before.y);
});

test('复制 puts a clause on the clipboard with its body and document', async () => {
  const { page } = browser;
  await showScreen(page, server.url, '#/body/sthjj');
  const body = (await page.evaluate(() => window.dutyatlas.query({ query: 'body', id: 'sthjj' }))).result;
  await clickItem(page, 'copy:2');
  await page.waitForFunction(() => window.dutyatlas.lastCopied()?.startsWith('（二）'));
  const copied = await page.evaluate(() => window.dutyatlas.lastCopied());
  assert.ok(copied.startsWith(`（二）${body.profile.clauses[1].text}`));
  assert.ok(copied.includes('示例区生态环境局主要职责第二项'));
  assert.ok(copied.includes(body.profile.sanding.doc_no));
  await waitForItem(page, 'copy:2', { text: '已复制' });
});

test('a deep link survives reload, and back returns to the previous view', async () => {
  const { page } = browser;
  await showScreen(page, server.url, '#/category/government');
  await clickItem(page, 'body:sthjj');
  await page.waitForFunction(() => window.dutyatlas.route() === '#/body/sthjj');
  await page.reload();
  await page.evaluate(() => window.dutyatlas.ready);
  assert.equal(await page.evaluate(() => window.dutyatlas.route()), '#/body/sthjj');
  await waitForItem(page, 'title', { text: '示例区生态环境局' });
  await page.goBack();
  await page.waitForFunction(() => window.dutyatlas.route() === '#/category/government');
  await waitForItem(page, 'title', { text: '政府工作部门' });
  await page.goForward();
  await page.waitForFunction(() => window.dutyatlas.route() === '#/body/sthjj');
  await waitForItem(page, 'title', { text: '示例区生态环境局' });
});

test('大字号 makes the text larger, is remembered across visits, and 标准字号 undoes it', async () => {
  const { page } = browser;
  await showScreen(page, server.url, '#/body/sthjj');
  const title = await waitForItem(page, 'title', { text: '示例区生态环境局' });
  await clickItem(page, 'button:text-size');
  await waitForItem(page, 'button:text-size', { text: '标准字号' });
  const larger = await page.waitForFunction((h) => {
    const item = window.dutyatlas.drawnItems().find((i) => i.key === 'title');
    return item && item.height >= h * 1.2 && item;
  }, title.height).then((handle) => handle.jsonValue());
  assert.ok(larger.height >= title.height * 1.2, `title ${title.height} → ${larger.height} px high`);
  await screenshot(page, 'spine-body-large-text-1366x768');

  await page.reload();
  await page.evaluate(() => window.dutyatlas.ready);
  assert.equal((await page.evaluate(() => window.dutyatlas.stats())).textScale, 1.25);
  await waitForItem(page, 'button:text-size', { text: '标准字号' });
  await clickItem(page, 'button:text-size');
  await waitForItem(page, 'button:text-size', { text: '大字号' });
  await page.waitForFunction((h) => window.dutyatlas.drawnItems().find((i) => i.key === 'title')?.height === h,
    title.height);
});

test('navigate() and query() work through the automation API', async () => {
  const { page } = browser;
  await showScreen(page, server.url, '#/');
  const route = await page.evaluate(() => window.dutyatlas.navigate('#/body/yjglj'));
  assert.equal(route, '#/body/yjglj');
  await waitForItem(page, 'title', { text: '示例区应急管理局' });
  const unknown = await page.evaluate(() => window.dutyatlas.query({ query: 'nonsense' }));
  assert.equal(unknown.ok, false);
  assert.match(unknown.error, /未知的查询/);
});

// --- broken publications ---------------------------------------------------------------------

/** A copy of the site whose data folder `mutate` may break. */
function brokenSite(mutate) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dutyatlas-site-'));
  fs.cpSync(SITE_DIR, dir, { recursive: true });
  mutate(path.join(dir, 'data'));
  return dir;
}

async function failureMessage(siteDir) {
  const site = await serve(siteDir);
  const { page } = browser;
  try {
    const result = await openClient(page, site.url);
    assert.equal(result.ok, false, 'ready must reject');
    assert.equal(await page.locator('#status').isVisible(), true, 'the message is on the page');
    const shown = await page.locator('#status-detail').textContent();
    assert.equal(shown, result.error);
    return shown;
  } finally {
    site.close();
    fs.rmSync(siteDir, { recursive: true, force: true });
  }
}

test('a bundle whose bytes do not match the manifest is refused with a message', async () => {
  const dir = brokenSite((data) => {
    const file = path.join(data, manifest.bundle.file);
    const bytes = fs.readFileSync(file);
    bytes[bytes.length >> 1] ^= 0xff;
    fs.writeFileSync(file, bytes);
  });
  assert.match(await failureMessage(dir), /校验值（SHA-256）与清单不符/);
});

test('a manifest of another format version is refused with a message', async () => {
  const dir = brokenSite((data) => {
    const file = path.join(data, 'manifest.json');
    const m = JSON.parse(fs.readFileSync(file, 'utf8'));
    m.format_version = 99;
    fs.writeFileSync(file, JSON.stringify(m));
  });
  assert.match(await failureMessage(dir), /格式版本为 99/);
});

test('a manifest naming a file outside the data folder is refused, and nothing outside is fetched', async () => {
  // The loader fetches the bundle and font before the client has checked the manifest: a name
  // that is not a plain file name must not be fetched early, and the client's check says why.
  const dir = brokenSite((data) => {
    const file = path.join(data, 'manifest.json');
    const m = JSON.parse(fs.readFileSync(file, 'utf8'));
    m.bundle.file = '../index.html';
    m.font.file = `${'x'.repeat(200)}.ttf`;
    fs.writeFileSync(file, JSON.stringify(m));
  });
  const asked = [];
  const record = (request) => asked.push(new URL(request.url()).pathname);
  browser.page.on('request', record);
  try {
    assert.match(await failureMessage(dir), /文件名无效/);
  } finally {
    browser.page.off('request', record);
  }
  assert.ok(asked.includes('/data/manifest.json'), asked.join(' '));
  assert.ok(!asked.includes('/index.html'), `the manifest's ../index.html was fetched: ${asked.join(' ')}`);
  assert.ok(!asked.some((p) => p.includes('xxxxxxxx')), 'the over-long font name was not fetched');
});

test('a missing bundle is reported, not left spinning', async () => {
  const dir = brokenSite((data) => fs.rmSync(path.join(data, manifest.bundle.file)));
  assert.match(await failureMessage(dir), /HTTP 404/);
});

test('API calls before the data is open are refused, not run', async () => {
  // A browser of its own without service workers: the shared one's would serve the bundle from
  // its cache, past page.route, and the loader fetches it beside the program — the data would be
  // open the moment the runtime is.
  const own = await launch({ serviceWorkers: 'block' });
  const { page } = own;
  // Ask for data the moment the runtime exists, before the bundle has arrived: the bundle is
  // held until the early answer is in.
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.db.zst', async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(server.url);
  const early = await page.waitForFunction(() => {
    try {
      return window.dutyatlas.query({ query: 'categories' });
    } catch (error) {
      return null; // runtime not started yet: keep polling
    }
  });
  const answer = await early.jsonValue();
  release();
  assert.equal(answer.ok, false);
  assert.match(answer.error, /尚未加载完成/);
  await page.evaluate(() => window.dutyatlas.ready);
  const later = await page.evaluate(() => window.dutyatlas.query({ query: 'categories' }));
  assert.equal(later.ok, true);
  await own.close();
});
