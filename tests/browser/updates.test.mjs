// Updates in the background (issue 13, site/updates.js): a publication that appears while the
// page is open is downloaded and checked, then offered (有新数据 · 点击更新) and taken only when the
// reader accepts; one that fails its checks never replaces the last good one, even on reload.
//   * The site is a copy of out/site served from a temp folder; the "second publication" is
//     tests/broken/_valid with data_date 2026-12-01, built into the same data/ folder as a
//     publisher would (the builder removes the old bundle: the service worker still has it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, SITE_DIR, launch, openClient, serve, screenshot } from './harness.mjs';

const NEW_DATE = '2026-12-01';
let work;
before(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'dutyatlas-updates-'));
});
after(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const oldDate = () => JSON.parse(fs.readFileSync(path.join(SITE_DIR, 'data/manifest.json'), 'utf8')).data_date;

function copySite(name) {
  const site = path.join(work, name);
  fs.cpSync(SITE_DIR, site, { recursive: true });
  return site;
}

// Publishes a second, smaller publication into `site`/data, as `dutyatlas build` does.
function publishSecond(site) {
  const source = path.join(work, `source-${path.basename(site)}`);
  fs.cpSync(path.join(ROOT, 'tests/broken/_valid'), source, { recursive: true });
  const dataset = JSON.parse(fs.readFileSync(path.join(source, 'dataset.json'), 'utf8'));
  fs.writeFileSync(path.join(source, 'dataset.json'), JSON.stringify({ ...dataset, data_date: NEW_DATE }));
  execFileSync(path.join(ROOT, 'build/builder/dutyatlas'),
               ['build', source, '-o', path.join(site, 'data'), '--ui-text', path.join(ROOT, 'web/ui_text')],
               { stdio: 'ignore' });
  return JSON.parse(fs.readFileSync(path.join(site, 'data/manifest.json'), 'utf8'));
}

// A phone that has visited once: the client ready and the offline copy complete.
async function visitedPhone(server) {
  const phone = await launch({ width: 390, height: 844, deviceScaleFactor: 2, isMobile: true });
  assert.deepEqual(await openClient(phone.page, server.url), { ok: true });
  await phone.page.waitForFunction(() => window.dutyatlas.offlineReady?.() === true, null, { timeout: 20000 });
  return phone;
}

const shownDate = (page) => page.evaluate(() => window.dutyatlas.manifest().data_date);
const barText = (page) => page.locator('#update-bar .update-text').textContent({ timeout: 20000 });

test('a new publication is checked in the background, offered, and taken only when the reader accepts', async () => {
  const site = copySite('accepted');
  const server = await serve(site);
  const phone = await visitedPhone(server);
  try {
    const { page } = phone;
    assert.deepEqual(await page.evaluate(() => window.dutyatlas.checkForUpdate()), { state: 'current' });
    assert.equal(await page.locator('#update-bar').count(), 0);

    publishSecond(site);
    const verdict = await page.evaluate(() => window.dutyatlas.checkForUpdate());
    assert.equal(verdict.state, 'offered');
    assert.equal(verdict.dataDate, NEW_DATE);
    assert.equal(await barText(page), `有新数据 · 数据日期 ${NEW_DATE}`);
    assert.equal(await shownDate(page), oldDate(), 'the reader keeps the data on screen until accepting');
    // The notice sits inside the phone's width, above the bottom edge.
    const box = await page.locator('#update-bar').boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 390 && box.y + box.height <= 844, JSON.stringify(box));
    await screenshot(page, 'update-notice-phone-390x844');

    // A reload before accepting opens the same data again, and offers the update again.
    assert.deepEqual(await openClient(page, `${server.url}#/`), { ok: true });
    assert.equal(await shownDate(page), oldDate());
    assert.equal(await barText(page), `有新数据 · 数据日期 ${NEW_DATE}`);

    await Promise.all([page.waitForEvent('load'), page.click('#update-bar button')]);
    await page.waitForFunction(() => window.dutyatlas?.isReady?.() === true, null, { timeout: 30000 });
    assert.equal(await shownDate(page), NEW_DATE);
    assert.equal(await page.locator('#update-bar').count(), 0);
    assert.deepEqual(await page.evaluate(() => window.dutyatlas.checkForUpdate()), { state: 'current' });
  } finally {
    await phone.close();
    server.close();
  }
});

test('a new publication that fails its checks never replaces the last good one, also after a reload', async () => {
  const site = copySite('corrupt');
  const server = await serve(site);
  const phone = await visitedPhone(server);
  try {
    const { page } = phone;
    const second = publishSecond(site);
    const bundle = path.join(site, 'data', second.bundle.file);
    const bytes = fs.readFileSync(bundle);
    bytes[Math.floor(bytes.length / 2)] ^= 0x20;
    fs.writeFileSync(bundle, bytes);
    for (const stale of ['.gz', '.br']) fs.rmSync(bundle + stale, { force: true });

    const verdict = await page.evaluate(() => window.dutyatlas.checkForUpdate());
    assert.equal(verdict.state, 'refused');
    assert.match(verdict.reason, /SHA-256/);
    assert.equal(await barText(page), `新数据未通过校验，继续使用 ${oldDate()} 的数据。`);
    assert.equal(await shownDate(page), oldDate());
    await screenshot(page, 'update-refused-phone-390x844');

    // The next visit still opens the last good data (from the offline copy: the builder removed
    // its files from the server) and says again why the new one is not used.
    assert.deepEqual(await openClient(page, `${server.url}#/`), { ok: true });
    assert.equal(await shownDate(page), oldDate());
    assert.equal(await barText(page), `新数据未通过校验，继续使用 ${oldDate()} 的数据。`);
    await page.click('#update-bar button');
    assert.equal(await page.locator('#update-bar').count(), 0, '知道了 closes the notice');
  } finally {
    await phone.close();
    server.close();
  }
});
