// Hostile input at the page's boundaries (issue 14): each ends in a message on the page or a
// refused input, never a dead page.
//   * A 1.4-million-character URL hash: the client gets ready on the home page (a route that
//     long is refused, site/loader.js TEXT_LIMITS, web/route.cpp) and keeps answering.
//   * The same text pasted into the search box: the box holds at most its limit, the page lives.
//   * A manifest claiming a 2³²+16-byte bundle: refused before any download, with a message.
//   * A font with one byte flipped: its SHA-256 no longer matches, a message says so.
//   * A typing-font piece replaced by other bytes: never drawn from, the character stays a box,
//     the page keeps working, and a piece that is sound still arrives.
//   * A bundle holding a view (written with a correct manifest by tests/tools/drift_publication):
//     the schema is not the builder's, refused at open with a message.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ROOT, SITE_DIR, launch, openClient, serve, clickItem, waitForItem, pressKey, putOnClipboard, screenshot,
} from './harness.mjs';

const HUGE = '噪'.repeat(700000) + 'a'.repeat(700000);  // 1.4 million characters, to paste
// In a URL: ASCII, so the 1.4 million characters stay under Chromium's 2 MB URL limit.
const HUGE_HASH = `#/search/${'a'.repeat(1400000)}`;
const made = [];
after(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

// A copy of the built site (its data too, unless `data` is false) to break one thing in.
function siteCopy({ data = true } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dutyatlas-hostile-'));
  made.push(dir);
  for (const name of fs.readdirSync(SITE_DIR)) {
    if (name === 'text' || (name === 'data' && !data) || /\.(br|gz)$/.test(name)) continue;
    fs.cpSync(path.join(SITE_DIR, name), path.join(dir, name), { recursive: true });
  }
  return dir;
}

/** Opens `site` in a fresh browser, runs `check(page, loaded)`, closes both. */
async function withSite(site, check, { url = '' } = {}) {
  const server = await serve(site);
  const browser = await launch();
  try {
    const loaded = await openClient(browser.page, server.url + url, { timeout: 60000 });
    await check(browser.page, loaded, browser);
  } finally {
    await browser.close();
    server.close();
  }
}

/** A refused publication: ready rejects with `pattern`, the status card shows it, no script error. */
async function refusedWith(page, loaded, browser, pattern, shot) {
  assert.equal(loaded.ok, false);
  assert.match(loaded.error, pattern);
  assert.equal(await page.locator('#status').isVisible(), true);
  assert.equal(await page.locator('#status-detail').textContent(), loaded.error);
  assert.equal(await page.evaluate(() => window.dutyatlas.error()), loaded.error);
  await screenshot(page, shot);
  assert.deepEqual(browser.errors, []);
}

test('a 1.4-million-character hash opens the home page, and the page keeps answering', async () => {
  await withSite(SITE_DIR, async (page, loaded, browser) => {
    assert.deepEqual(loaded, { ok: true });
    assert.equal(await page.evaluate(() => window.dutyatlas.route()), '#/');
    const info = await page.evaluate(() => window.dutyatlas.query({ query: 'info' }));
    assert.equal(info.ok, true);
    // The first frame after a huge hash can take seconds on a loaded CI machine.
    await waitForItem(page, 'input:search', { timeout: 20000 });
    assert.deepEqual(browser.errors, []);
  }, { url: HUGE_HASH });
});

test('the same text pasted into the search box is cut to the box, and the page lives', async () => {
  await withSite(SITE_DIR, async (page, loaded) => {
    assert.deepEqual(loaded, { ok: true });
    await putOnClipboard(page, HUGE);
    await clickItem(page, 'input:search');
    await page.waitForFunction(() => document.activeElement.tagName === 'INPUT');
    await pressKey(page, 'Control+V');
    await page.waitForTimeout(500);
    const box = await waitForItem(page, 'input:search');
    const bytes = Buffer.byteLength(box.text);
    assert.ok(bytes > 0 && bytes <= 8192 && HUGE.startsWith(box.text), `the box holds ${bytes} bytes of the text`);
    const info = await page.evaluate(() => window.dutyatlas.query({ query: 'info' }));
    assert.equal(info.ok, true, 'the client still answers');
    // The results page quotes the query cut to one line, not the page of text back.
    const count = await waitForItem(page, 'result-count');
    assert.ok([...count.text].length < 60, count.text.slice(0, 80));
    await screenshot(page, 'hostile-paste');
  });
});

test('a manifest claiming a 2^32+16-byte bundle is refused with a message', async () => {
  const site = siteCopy();
  const file = path.join(site, 'data/manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  manifest.bundle.compressed_bytes = 2 ** 32 + 16;
  fs.writeFileSync(file, JSON.stringify(manifest));
  await withSite(site, (page, loaded, browser) => refusedWith(page, loaded, browser, /大小|清单|manifest/, 'hostile-manifest-size'));
});

test('a font with one byte flipped is refused with a message', async () => {
  const site = siteCopy();
  const manifest = JSON.parse(fs.readFileSync(path.join(site, 'data/manifest.json'), 'utf8'));
  const font = path.join(site, 'data', manifest.font.file);
  const bytes = fs.readFileSync(font);
  bytes[Math.floor(bytes.length / 2)] ^= 0x01;
  fs.writeFileSync(font, bytes);
  await withSite(site, (page, loaded, browser) => refusedWith(page, loaded, browser, /字体|font|校验/, 'hostile-font-flipped'));
});

test('a typing-font piece replaced by other bytes is not drawn from, and the page keeps working', async () => {
  const site = siteCopy();
  const manifest = JSON.parse(fs.readFileSync(path.join(site, 'data/manifest.json'), 'utf8'));
  const holding = (ch) => manifest.typing_fonts.find((p) => p.first <= ch.codePointAt(0) && ch.codePointAt(0) <= p.last);
  const bad = holding('熏');
  // Same size, other bytes: a font that would parse, but not the one the manifest names.
  const bytes = fs.readFileSync(path.join(site, 'data', bad.file));
  bytes[Math.floor(bytes.length / 2)] ^= 0x01;
  fs.writeFileSync(path.join(site, 'data', bad.file), bytes);
  const good = manifest.typing_fonts.find((p) => p.first > bad.last && p.first >= 0x4E00);
  const other = String.fromCodePoint(good.first);
  await withSite(site, async (page, loaded, browser) => {
    assert.deepEqual(loaded, { ok: true });
    await page.evaluate((t) => window.dutyatlas.navigate(`#/search/${encodeURIComponent(t)}`), `熏${other}`);
    await page.waitForFunction((t) => window.dutyatlas.missingGlyphs(t) === '', other, { timeout: 10000 });
    assert.equal(await page.evaluate(() => window.dutyatlas.missingGlyphs('熏')), '熏', 'the replaced piece is refused');
    assert.equal(await page.evaluate(() => window.dutyatlas.stats().typingFontPieces), 1);
    assert.equal(await page.evaluate(() => window.dutyatlas.error()), '', 'no message: only a box');
    await waitForItem(page, 'result-count');
    assert.deepEqual(browser.errors, []);
  });
});

test('a bundle holding a view is refused at open with a message', async () => {
  const site = siteCopy({ data: false });
  execFileSync(path.join(ROOT, 'build/tests/drift_publication'),
    [path.join(SITE_DIR, 'data'), 'CREATE VIEW reader_view AS SELECT id FROM bodies', path.join(site, 'data')]);
  await withSite(site, (page, loaded, browser) => refusedWith(page, loaded, browser, /view|视图|不认识/, 'hostile-bundle-view'));
});
