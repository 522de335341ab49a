// 新旧对照 by meaning, end to end in headless Chromium on the demo publication: a pairing's
// quiet line 共同要点：… (the distinctive terms both clauses share) on wide screens and phones,
// and a 疑似划转 — a clause gone from one body and a similar one appearing in another on the
// same date with no document — named on both sides with its similarity, its link opening the
// other body's comparison. The answers are the query API's (the same JSON as the CLI's).
//
// The demo has no reform in which a clause moves without a document, so the test serves a copy
// of it in which 水利局 and 自然资源局 both get a new 三定 on 2026-06-01 and 河道采砂 moves
// from the first to the second, reworded, with no document saying so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ROOT, SITE_DIR, launch, openClient, serve, showScreen, drawnItems, waitForItem, clickItem, scrollIntoView,
  screenshot,
} from './harness.mjs';

let server;
let browser;
let work;

const FROM = 'slj', TO = 'zrzyj';
const MOVED = '负责河道采砂的统一监督管理，组织编制河道采砂规划，审批河道采砂许可。';

// The demo with the undocumented move (above), built into a copy of the site.
function buildMovedSite() {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'dutyatlas-moved-'));
  const source = path.join(work, 'source');
  fs.cpSync(path.join(ROOT, 'assets/demo'), source, { recursive: true });
  const read = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
  const write = (file, value) => fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
  for (const [body, docNo] of [[FROM, '示编〔2026〕91号'], [TO, '示编〔2026〕92号']]) {
    const sanding = read(path.join(source, 'sanding', `${body}.json`));
    const duties = body === FROM ? sanding.duties.filter((d) => !d.includes('负责河道采砂的统一管理'))
                                 : [...sanding.duties, MOVED];
    assert.equal(duties.length, sanding.duties.length + (body === FROM ? -1 : 1));
    write(path.join(source, 'documents', `moved-${body}.json`), {
      doc_no: docNo, title: `测试用三定${docNo}`, issuer: '中共示例区委机构编制委员会', kind: 'sanding',
      issued: '2026-05-20', effective: '2026-06-01', text: '测试。',
    });
    write(path.join(source, 'sanding', `${body}-2026.json`), { ...sanding, document: docNo, duties });
  }
  // Keywords point at clauses by key; the new 三定 renumber both bodies' clauses.
  const keywords = path.join(source, 'keywords.csv');
  const lines = fs.readFileSync(keywords, 'utf8').split('\n');
  fs.writeFileSync(keywords, lines.filter((l) => !l.includes(`${FROM}#`) && !l.includes(`${TO}#`)).join('\n'));
  const site = path.join(work, 'site');
  fs.cpSync(SITE_DIR, site, { recursive: true, filter: (f) => !f.startsWith(path.join(SITE_DIR, 'data')) });
  execFileSync(path.join(ROOT, 'build/builder/dutyatlas'),
               ['build', source, '-o', path.join(site, 'data'), '--ui-text', path.join(ROOT, 'web/ui_text')]);
  return site;
}

before(async () => {
  server = await serve(buildMovedSite());
  browser = await launch({ width: 1366, height: 900 });
  assert.deepEqual(await openClient(browser.page, server.url), { ok: true });
});
after(async () => {
  await browser?.close();
  server?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

async function answer(page, request) {
  const reply = await page.evaluate((r) => window.dutyatlas.query(r), request);
  assert.equal(reply.ok, true, JSON.stringify(reply));
  return reply.result;
}

// Every body's default comparison that crosses a second 三定 (found through the change log).
async function reformedComparisons(page) {
  const sandings = (await answer(page, { query: 'changes', kind: 'sanding' })).rows;
  const counts = new Map();
  for (const r of sandings) counts.set(r.body.id, (counts.get(r.body.id) || 0) + 1);
  const out = [];
  for (const [body, n] of counts) {
    if (n >= 2) out.push(await answer(page, { query: 'compare', body }));
  }
  return out;
}

const termsLine = (terms) => `共同要点：${terms.join('、')}`;

test('a pairing by content says why: 共同要点 under the row, on a wide screen and a phone', async () => {
  const { page } = browser;
  const comparisons = await reformedComparisons(page);
  const comparison = comparisons.find((c) => c.rows.some((r) => r.matched_by === 'content' && r.shared_terms.length));
  assert.ok(comparison, 'a comparison of the demo pairs clauses by content');
  const i = comparison.rows.findIndex((r) => r.matched_by === 'content' && r.shared_terms.length);
  for (const r of comparison.rows) {
    if (r.old && r.new && r.kind !== 'unchanged') assert.ok(Array.isArray(r.shared_terms));
  }
  await showScreen(page, server.url, `#/compare/${comparison.body.id}`);
  await waitForItem(page, 'row:1');
  await scrollIntoView(page, `row-terms:${i + 1}`);
  const items = await drawnItems(page);
  assert.equal(items.get(`row-terms:${i + 1}`).text, termsLine(comparison.rows[i].shared_terms));
  // The line sits under the new clause, inside the row (above the next row's text).
  const line = items.get(`row-terms:${i + 1}`), clause = items.get(`row-new:${i + 1}`);
  assert.ok(line.y >= clause.y + clause.height - 1, 'under the new clause');
  if (items.has(`row-new:${i + 2}`)) assert.ok(line.y + line.height <= items.get(`row-new:${i + 2}`).y);
  await screenshot(page, 'compare-shared-terms-1366x900');

  await page.setViewportSize({ width: 375, height: 740 });
  await scrollIntoView(page, `row-terms:${i + 1}`);
  const phone = await drawnItems(page);
  assert.equal(phone.get(`row-terms:${i + 1}`).text, termsLine(comparison.rows[i].shared_terms));
  assert.ok(phone.get(`row-terms:${i + 1}`).x + phone.get(`row-terms:${i + 1}`).width <= 375, 'fits the phone');
  await screenshot(page, 'compare-shared-terms-375x740');
  await page.setViewportSize({ width: 1366, height: 900 });
});

test('疑似划转 is named on both sides with its similarity, apart from a documented 划转', async () => {
  const { page } = browser;
  const comparison = await answer(page, { query: 'compare', body: TO });
  const i = comparison.rows.findIndex((r) => r.suspected_transfer);
  const row = comparison.rows[i];
  const t = row.suspected_transfer;
  assert.equal(row.new.text, MOVED);
  assert.equal(t.body.id, FROM);
  assert.ok(t.clause.text.includes('河道采砂'));
  assert.ok(t.shared_terms.some((term) => term.includes('河道采砂')), t.shared_terms.join('、'));
  assert.ok(row.kind === 'added' || row.kind === 'removed', 'still 新增 / 删除: no document says 划转');
  assert.ok(!row.other_body?.id, 'not a documented transfer');
  assert.ok(t.similarity > 0 && t.similarity <= 1);
  await showScreen(page, server.url, `#/compare/${comparison.body.id}`);
  await waitForItem(page, 'row:1');
  await scrollIntoView(page, `row-suspect:${i + 1}`);
  const items = await drawnItems(page);
  const words = row.kind === 'added' ? '疑似划转自' : '疑似划转至';
  const text = items.get(`row-suspect:${i + 1}`).text;
  assert.ok(text.startsWith(`${words} ${t.body.name}`), text);
  assert.ok(text.includes(`（相似度 ${t.similarity.toFixed(2)}）`), text);
  assert.equal(items.get(`row:${i + 1}`).text, row.label);
  await screenshot(page, 'compare-suspected-transfer-1366x900');

  // The other side names this body's clause back.
  await clickItem(page, `row-suspect:${i + 1}`);
  await page.waitForFunction((id) => window.dutyatlas.route().startsWith(`#/compare/${id}?`), t.body.id);
  const theirs = await answer(page, { query: 'compare', body: t.body.id, from: comparison.from, to: comparison.to });
  const j = theirs.rows.findIndex((r) => r.suspected_transfer?.body.id === comparison.body.id);
  assert.ok(j >= 0, 'the mirror on the other body');
  assert.equal(theirs.rows[j].suspected_transfer.clause.text, (row.new ?? row.old).text);
  await waitForItem(page, 'row:1');
  await scrollIntoView(page, `row-suspect:${j + 1}`);
  assert.ok((await drawnItems(page)).get(`row-suspect:${j + 1}`).text.startsWith(row.kind === 'added' ? '疑似划转至' : '疑似划转自'));
  await screenshot(page, 'compare-suspected-transfer-other-1366x900');
});
