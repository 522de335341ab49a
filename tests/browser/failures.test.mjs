// Failures that show: a publication that passes every manifest check (sizes, SHA-256) but whose
// database is not what the builder wrote is never a blank view or an empty answer.
//   * A table one view needs made unreadable (clause_versions: a body's 三定 clauses): the client
//     gets ready; that view shows a message naming SQLite's error instead of its rows, error()
//     says the same, query() answers {ok: false}; other views keep working and the message goes.
//   * A schema drift (bodies.short_name dropped): the bundle is refused at open (its schema is
//     not the builder's) with the message on the status card; dutyatlas.ready rejects with it and
//     error() says it.
// The drifted publications are written by tests/tools/drift_publication (built with the native
// tools in build/) from the demo publication in out/site/data.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, SITE_DIR, launch, openClient, serve, waitForItem, screenshot } from './harness.mjs';

const DRIFT = path.join(ROOT, 'build/tests/drift_publication');
const made = [];

after(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

// A copy of the built site whose publication has `sql` run on its database.
function driftedSite(...change) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dutyatlas-drift-'));
  made.push(dir);
  for (const name of fs.readdirSync(SITE_DIR)) {
    if (name !== 'data') fs.cpSync(path.join(SITE_DIR, name), path.join(dir, name), { recursive: true });
  }
  execFileSync(DRIFT, [path.join(SITE_DIR, 'data'), ...change, path.join(dir, 'data')]);
  return dir;
}

// Opens `site` in a fresh browser; the caller closes both.
async function open(site) {
  const server = await serve(site);
  const browser = await launch();
  const loaded = await openClient(browser.page, server.url);
  return { server, browser, page: browser.page, loaded };
}

test('a view whose data cannot be read shows why, and the other views still work', async () => {
  const { server, browser, page, loaded } = await open(driftedSite('--corrupt', 'clause_versions'));
  try {
    assert.deepEqual(loaded, { ok: true });
    assert.equal(await page.evaluate(() => window.dutyatlas.error()), '');

    await page.evaluate(() => window.dutyatlas.navigate('#/body/sthjj'));
    const message = await waitForItem(page, 'error:view');
    assert.match(message.text, /^读取数据时出错：SQLite: database disk image is malformed in: SELECT /);
    assert.equal((await waitForItem(page, 'title')).text, '本页无法显示');
    assert.equal(await page.evaluate(() => window.dutyatlas.error()), message.text);
    await screenshot(page, 'failures-view');

    const answer = await page.evaluate(() => window.dutyatlas.query({ query: 'body', id: 'sthjj' }));
    assert.equal(answer.ok, false);
    assert.match(answer.error, /malformed/);

    // Home reads no clause: it is drawn as always and the message is gone.
    await page.evaluate(() => window.dutyatlas.navigate('#/'));
    await waitForItem(page, 'category:government');
    assert.equal(await page.evaluate(() => window.dutyatlas.error()), '');
    assert.deepEqual(browser.errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

test('data every view needs that cannot be read fails the loading with a message', async () => {
  const { server, browser, page, loaded } = await open(driftedSite('ALTER TABLE bodies DROP COLUMN short_name'));
  try {
    assert.equal(loaded.ok, false);
    assert.match(loaded.error, /不认识的对象（table bodies）/);
    assert.equal(await page.evaluate(() => window.dutyatlas.error()), loaded.error);
    assert.equal(await page.locator('#status').isVisible(), true);
    assert.equal(await page.locator('#status-detail').textContent(), loaded.error);
    await screenshot(page, 'failures-load');
    assert.deepEqual(browser.errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});
