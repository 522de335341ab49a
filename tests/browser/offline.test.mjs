// The site as a phone app (issue 13): installable, and working with no network after one visit.
//   * Install criteria: the page links a valid web app manifest (name 职责通 + the district's
//     title, standalone, start URL, theme colour, 192 and 512 px PNG icons that exist at those
//     sizes) and a service worker controls the page.
//   * Offline: after one visit the browser goes offline; a reload still reaches ready, and
//     navigating, searching and 谁来管 all answer — from the service worker's copy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { SITE_DIR, launch, openClient, serve, waitForItem, clickItem, screenshot } from './harness.mjs';

const FUMES = '楼下烧烤店每天晚上油烟很大，熏得窗户都不敢开。';

let server;
let browser;
before(async () => {
  server = await serve(SITE_DIR);
  browser = await launch({ width: 390, height: 844, deviceScaleFactor: 2, isMobile: true });
  const loaded = await openClient(browser.page, server.url);
  assert.equal(loaded.ok, true, loaded.error);
  await browser.page.waitForFunction(() => window.dutyatlas.offlineReady?.() === true, null, { timeout: 20000 });
});
after(async () => {
  await browser?.close();
  server?.close();
});

// PNG width and height, from the IHDR chunk.
const pngSize = (bytes) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];

test('install criteria: a valid manifest with its icons, and a service worker in control', async () => {
  const { page } = browser;
  const href = await page.getAttribute('link[rel="manifest"]', 'href');
  const response = await page.request.get(new URL(href, server.url).href);
  assert.match(response.headers()['content-type'], /application\/manifest\+json/);
  const manifest = await response.json();
  const title = JSON.parse(fs.readFileSync(path.join(SITE_DIR, 'data/manifest.json'), 'utf8')).title;
  assert.equal(manifest.name, `职责通 · ${title}`);
  assert.equal(manifest.short_name, '职责通');
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.start_url, './');
  assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/);
  for (const size of [192, 512]) {
    const icon = manifest.icons.find((i) => i.sizes === `${size}x${size}` && i.purpose === 'any');
    assert.ok(icon, `a ${size} px icon`);
    const png = await (await page.request.get(new URL(icon.src, server.url).href)).body();
    assert.deepEqual(pngSize(png), [size, size]);
  }
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller !== null), true);
});

test('offline after one visit: reload, navigate, search and 谁来管 all work', async () => {
  const { page, context } = browser;
  await context.setOffline(true);
  try {
    const loaded = await openClient(page, `${server.url}#/`);
    assert.equal(loaded.ok, true, loaded.error);
    const offline = await page.evaluate(() => navigator.onLine);
    assert.equal(offline, false);
    // Navigate: a body from the home page's first category.
    const body = await page.evaluate(() => window.dutyatlas.query({ query: 'bodies' }));
    assert.equal(body.ok, true);
    const first = body.result[0].id;
    await page.evaluate((id) => window.dutyatlas.navigate(`#/body/${id}`), first);
    await waitForItem(page, 'title');
    // Search: grouped results drawn.
    await page.evaluate(() => window.dutyatlas.navigate('#/search/%E5%99%AA%E5%A3%B0'));
    await page.waitForFunction(() => window.dutyatlas.drawnItems().some((i) => i.key.startsWith('result:')));
    await screenshot(page, 'offline-search-phone');
    // 谁来管: a complaint typed and analysed gets its lead body drawn.
    const who = await page.evaluate((t) => window.dutyatlas.query({ query: 'who', text: t }), FUMES);
    assert.equal(who.ok, true);
    await page.evaluate(() => window.dutyatlas.navigate('#/who'));
    await clickItem(page, 'input:complaint');
    await page.waitForFunction(() => ['INPUT', 'TEXTAREA'].includes(document.activeElement.tagName));
    await page.keyboard.insertText(FUMES);
    await waitForItem(page, 'input:complaint', { text: FUMES });
    await clickItem(page, 'button:analyse');
    await waitForItem(page, `who-lead:${who.result[0].body_id}`);
    await screenshot(page, 'offline-who-phone');
  } finally {
    await context.setOffline(false);
  }
});

// The names of the typing font's pieces in the worker's cache.
async function cachedTypingPieces(page) {
  return page.evaluate(async () => {
    const pieces = new Set(window.dutyatlas.manifest().typing_fonts.map((p) => p.file));
    const cache = await caches.open('dutyatlas-v1');
    return (await cache.keys()).map((r) => new URL(r.url).pathname.split('/').pop()).filter((n) => pieces.has(n));
  });
}

test('the typing font offline: a visit keeps the pieces it fetched, not the others', async () => {
  const { page, context } = browser;
  await openClient(page, `${server.url}#/`);
  await page.waitForFunction(() => window.dutyatlas.offlineReady?.() === true, null, { timeout: 20000 });
  const manifest = await page.evaluate(() => window.dutyatlas.manifest());
  const pieceOf = (ch) => manifest.typing_fonts.find((p) => p.first <= ch.codePointAt(0) && ch.codePointAt(0) <= p.last);
  assert.deepEqual(await cachedTypingPieces(page), [], 'nothing typed: no piece fetched or kept');
  // A search for a character the data never uses fetches its piece, which the worker keeps.
  await page.evaluate(() => window.dutyatlas.navigate('#/search/%E7%86%8F'));  // 熏
  await page.waitForFunction(() => window.dutyatlas.missingGlyphs('熏') === '', null, { timeout: 10000 });
  await page.waitForFunction(async (file) => (await caches.open('dutyatlas-v1')).keys()
    .then((keys) => keys.some((r) => r.url.endsWith(file))), pieceOf('熏').file, { timeout: 10000 });
  assert.deepEqual(await cachedTypingPieces(page), [pieceOf('熏').file]);
  await context.setOffline(true);
  try {
    const loaded = await openClient(page, `${server.url}#/search/%E7%86%8F`);
    assert.equal(loaded.ok, true, loaded.error);
    await page.waitForFunction(() => window.dutyatlas.missingGlyphs('熏') === '', null, { timeout: 10000 });
  } finally {
    await context.setOffline(false);
  }
});

test('the installed app keeps every piece of the typing font, to type anything offline', async () => {
  const app = await launch({ width: 390, height: 844, deviceScaleFactor: 2, isMobile: true });
  try {
    // Opened from the home screen, the page matches (display-mode: standalone). Headless
    // Chromium has no home screen, and CDP's media emulation does not cover display-mode: the
    // page is told so before its scripts run.
    await app.page.addInitScript(() => {
      const matchMedia = window.matchMedia.bind(window);
      window.matchMedia = (query) => (/display-mode:\s*standalone/.test(query)
        ? { matches: true, media: query, addEventListener() {}, removeEventListener() {} } : matchMedia(query));
    });
    const loaded = await openClient(app.page, server.url);
    assert.equal(loaded.ok, true, loaded.error);
    assert.equal(await app.page.evaluate(() => matchMedia('(display-mode: standalone)').matches), true);
    await app.page.waitForFunction(() => window.dutyatlas.offlineReady?.() === true, null, { timeout: 30000 });
    const pieces = await app.page.evaluate(() => window.dutyatlas.manifest().typing_fonts.length);
    assert.equal((await cachedTypingPieces(app.page)).length, pieces);
  } finally {
    await app.close();
  }
});
