// 职责体检 (#/audit) end to end in headless Chromium on the demo publication: the client's audit
// equals the native CLI's (`dutyatlas audit out/site/data --json`, run here); the view lists
// every finding shown by the JSON, grouped and in its order; a finding opens both bodies' texts
// side by side with a shared term, each body a link to its page; the body page links to the
// findings of that body; 导出 saves the CSV the CLI writes; on a phone the texts stack. No
// count of the demo's findings is assumed: the demo data may gain overlaps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  ROOT, SITE_DIR, clientForTests, launch, openClient, showScreen, drawnItems, waitForItem, clickUntil,
  scrollIntoView, screenshot,
} from './harness.mjs';

const session = clientForTests({ width: 1366, height: 900 });
const CLI = path.join(ROOT, 'build/builder/dutyatlas');
const cliAudit = (...args) => execFileSync(CLI, ['audit', path.join(SITE_DIR, 'data'), ...args],
  { encoding: 'utf8', maxBuffer: 256 << 20 });

async function answer(page, request) {
  const reply = await page.evaluate((r) => window.dutyatlas.query(r), request);
  assert.equal(reply.ok, true, JSON.stringify(reply));
  return reply.result;
}

// The first finding with two references to bodies and shared terms (an overlap), and its
// number in the report (1-based, as the view's keys and finding= use).
function firstOverlap(report) {
  const index = report.findings.findIndex((f) => f.refs.length >= 2 && f.shared_terms.length > 0
    && f.refs.every((r) => r.body_id));
  assert.ok(index >= 0, 'the demo has an overlap with shared terms');
  return { finding: report.findings[index], n: index + 1 };
}

test('the client answers {query: "audit"} with exactly the CLI\'s --json', async () => {
  const { page } = session.browser;
  await showScreen(page, session.server.url, '#/');
  const client = await answer(page, { query: 'audit' });
  assert.deepEqual(client, JSON.parse(cliAudit('--json')));
  assert.ok(client.findings.length > 0, 'the demo gives findings');
  const csv = await answer(page, { query: 'audit', format: 'csv' });
  assert.equal(csv, cliAudit('--csv'));
});

test('#/audit lists every finding of the report, grouped by kind, in its order', async () => {
  const { page } = session.browser;
  await showScreen(page, session.server.url, '#/audit');
  const report = await answer(page, { query: 'audit' });
  const items = await drawnItems(page);
  assert.equal(items.get('title').text, '职责体检');
  assert.match(items.get('audit-intro').text, /不作结论/);
  assert.ok(items.get('audit-intro').text.includes(report.data_date));
  // Every finding a row — up to the view's 100 a kind, the rest counted under it — keyed by its
  // number, showing core's sentence; drawn in the report's order.
  let lastY = -Infinity;
  const ofKind = {};
  report.findings.forEach((f, i) => {
    ofKind[f.kind] = (ofKind[f.kind] || 0) + 1;
    if (ofKind[f.kind] > 100) {
      assert.ok(items.get(`more:${f.kind}`), `${f.kind}: the findings past 100 are counted`);
      return;
    }
    const row = items.get(`finding:${i + 1}`);
    assert.ok(row, `finding ${i + 1} is drawn`);
    assert.equal(row.text, f.summary);
    assert.equal(row.role, 'link');
    assert.ok(row.y > lastY, `finding ${i + 1} comes after the one before`);
    lastY = row.y;
  });
  for (const [code, count] of Object.entries(report.counts)) {
    const heading = items.get(`kind:${code}`);
    if (count.findings === 0) assert.equal(heading, undefined, code);
    else assert.ok(heading.text.includes(`${count.findings} 项`), `${code}: ${heading.text}`);
  }
  // The three groups, as headings, where they have findings.
  const headings = [...items.values()].filter((i) => i.role === 'heading' && i.level === 2).map((i) => i.text);
  assert.ok(headings.includes('可能交叉'), headings.join(' '));
  // The list of findings as the accessibility layer mirrors it: a list of links.
  const list = await page.evaluate(() => {
    const ul = document.querySelector('#a11y-layer ul');
    return ul ? { label: ul.getAttribute('aria-label'), links: ul.querySelectorAll('li a').length } : null;
  });
  assert.ok(list && list.links > 0, JSON.stringify(list));
});

test('a finding opens both texts side by side, a shared term on each, both bodies linked', async () => {
  const { page } = session.browser;
  await showScreen(page, session.server.url, '#/audit');
  const report = await answer(page, { query: 'audit' });
  const { finding, n } = firstOverlap(report);
  await clickUntil(page, `finding:${n}`, `finding-text:${n}:2`);
  assert.equal(await page.evaluate(() => window.dutyatlas.route()), `#/audit?finding=${n}`);
  const items = await drawnItems(page);
  const [a, b] = [items.get(`finding-text:${n}:1`), items.get(`finding-text:${n}:2`)];
  assert.equal(a.text, finding.refs[0].text);
  assert.equal(b.text, finding.refs[1].text);
  assert.ok(Math.abs(a.y - b.y) < 2 && b.x > a.x + a.width, 'side by side on a wide screen');
  // A shared term (or, where the second text splits it, its first two characters) in both.
  const term = finding.shared_terms[0];
  const piece = [...term].slice(0, 2).join('');
  for (const side of [a, b]) assert.ok(side.text.includes(term) || side.text.includes(piece), `${term} in ${side.text}`);
  assert.ok(items.get(`finding-legend:${n}`));
  for (const [i, ref] of finding.refs.slice(0, 2).entries()) {
    const link = items.get(`finding-body:${n}:${i + 1}`);
    assert.equal(link.text, ref.body_name);
    assert.equal(link.href, `#/body/${ref.body_id}`);
  }
  // The side-by-side text in the accessibility layer, for screen readers and Ctrl+F.
  const mirrored = await page.evaluate(() => document.querySelector('#a11y-layer').textContent);
  assert.ok(mirrored.includes(finding.refs[1].text));
  await screenshot(page, 'audit-desktop');
  // The body's link opens its page.
  await clickUntil(page, `finding-body:${n}:2`, 'body-link:audit');
  assert.equal(await page.evaluate(() => window.dutyatlas.route()), `#/body/${finding.refs[1].body_id}`);
});

test('a body page links to the findings that concern it', async () => {
  const { page } = session.browser;
  const report = await answer(page, { query: 'audit' });
  const { finding } = firstOverlap(report);
  const id = finding.refs[0].body_id;
  await showScreen(page, session.server.url, `#/body/${id}`);
  await clickUntil(page, 'body-link:audit', 'audit-body');
  assert.equal(await page.evaluate(() => window.dutyatlas.route()), `#/audit?body=${id}`);
  const mine = await answer(page, { query: 'audit', body: id });
  const items = await drawnItems(page);
  assert.ok(items.get('audit-body').text.endsWith(finding.refs[0].body_name));
  const rows = [...items.keys()].filter((k) => /^finding:\d+$/.test(k));
  assert.equal(rows.length, mine.findings.length);
  for (const key of rows) {
    const f = report.findings[Number(key.split(':')[1]) - 1];
    assert.ok(f.refs.some((r) => r.body_id === id), `${key} concerns ${id}`);
  }
  // 导出 saves the findings shown, as the CLI writes CSV.
  await clickUntil(page, 'button:export-csv', 'audit-body');
  await page.waitForFunction(() => window.dutyatlas.lastDownload() !== null);
  const download = await page.evaluate(() => window.dutyatlas.lastDownload());
  assert.match(download.filename, /^职责体检_.+\.csv$/);
  assert.equal(download.text, await answer(page, { query: 'audit', body: id, format: 'csv' }));
  // And back to the whole district.
  await clickUntil(page, 'link:audit-all', 'link:home');
  assert.equal(await page.evaluate(() => window.dutyatlas.route()), '#/audit');
});

test('axe-core: no serious or critical violation on #/audit with a finding open', async () => {
  const { page } = session.browser;
  const report = await answer(page, { query: 'audit' });
  const { n } = firstOverlap(report);
  await showScreen(page, session.server.url, `#/audit?finding=${n}`);
  await waitForItem(page, `finding-text:${n}:2`);
  await page.waitForFunction((k) => document.querySelector(`#a11y-layer [data-id="${CSS.escape(`${k}\u0001${0}`)}"]`),
    `finding-text:${n}:2`);
  // Evaluated through DevTools: the site's Content-Security-Policy blocks an inline <script>.
  const axe = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(axe);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`);
  assert.deepEqual(serious, []);
  // Headings for the view and its groups; each kind's findings a list of links.
  const shape = await page.evaluate(() => ({
    h1: document.querySelector('#a11y-layer main h1')?.textContent,
    h2: [...document.querySelectorAll('#a11y-layer main h2')].map((h) => h.textContent),
    lists: [...document.querySelectorAll('#a11y-layer main ul')].map((ul) => ul.getAttribute('aria-label')),
  }));
  assert.equal(shape.h1, '职责体检');
  assert.ok(shape.h2.includes('可能交叉'), JSON.stringify(shape));
  assert.ok(shape.lists.includes(report.findings[0].label), JSON.stringify(shape));
});

test('the home page links to 职责体检', async () => {
  const { page } = session.browser;
  await showScreen(page, session.server.url, '#/');
  const link = await waitForItem(page, 'link:audit');
  assert.equal(link.href, '#/audit');
  await clickUntil(page, 'link:audit', 'audit-intro');
  assert.equal(await page.evaluate(() => window.dutyatlas.route()), '#/audit');
});

test('on a phone the two texts stack, each as wide as the screen', async () => {
  const phone = await launch({ width: 375, height: 740, deviceScaleFactor: 2, isMobile: true });
  try {
    const report = JSON.parse(cliAudit('--json'));
    const { n } = firstOverlap(report);
    assert.deepEqual(await openClient(phone.page, `${session.server.url}#/audit?finding=${n}`), { ok: true });
    const a = await scrollIntoView(phone.page, `finding-text:${n}:1`);
    const items = await drawnItems(phone.page);
    const b = items.get(`finding-text:${n}:2`);
    assert.ok(b.y >= a.y + a.height, 'the second text under the first');
    assert.ok(a.x + a.width <= 375 && a.width > 250, `wide: ${a.width}`);
    await screenshot(phone.page, 'audit-phone');
    assert.deepEqual(phone.errors, []);
  } finally {
    await phone.close();
  }
});
