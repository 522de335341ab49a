// 历史沿革 and 新旧对照 end to end in headless Chromium on the demo publication: a body's
// timeline, its duties on a past date (chips and a typed date, a wrong date refused), the
// comparison of a body with a transfer — rows and kinds checked against the query API — the
// transfer followed to the other body, changes-only, CSV and print exports, the district change
// log with its filters, and the stacked table on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  ROOT, SITE_DIR, launch, openClient, serve, showScreen, drawnItems, waitForItem, clickItem, typeKeys, pressKey,
  screenshot,
} from './harness.mjs';

let server;
let browser;

before(async () => {
  server = await serve(SITE_DIR);
  browser = await launch({ width: 1366, height: 900 });
  assert.deepEqual(await openClient(browser.page, server.url), { ok: true });
});
after(async () => {
  await browser?.close();
  server?.close();
});

const query = (page, request) => page.evaluate((r) => window.dutyatlas.query(r), request);
async function answer(page, request) {
  const reply = await query(page, request);
  assert.equal(reply.ok, true, JSON.stringify(reply));
  return reply.result;
}
async function waitForRoute(page, route) {
  try {
    await page.waitForFunction((r) => window.dutyatlas.route() === r, route, { timeout: 5000 });
  } catch (error) {
    assert.equal(await page.evaluate(() => window.dutyatlas.route()), route);
    throw error;
  }
}
// Scrolls a drawn item into view with the mouse wheel, as a reader would (for screenshots).
async function scrollTo(page, key) {
  const box = await page.locator('#canvas').boundingBox();
  let item = await waitForItem(page, key);
  for (let tries = 0; tries < 20 && (item.y < 80 || item.y + item.height > box.height); ++tries) {
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, item.y - box.height / 3);
    await page.waitForTimeout(80);
    item = await waitForItem(page, key);
  }
  return item;
}
// Empties a date field key by key (ImGui 1.86 sees keys only when they last a frame).
async function clearDateField(page, key) {
  await clickItem(page, key);
  await pressKey(page, 'End');
  for (let i = 0; i < 16; ++i) await pressKey(page, 'Backspace');
  await page.waitForFunction((k) => window.dutyatlas.drawnItems().find((i) => i.key === k)?.text === '', key);
}
const clauseLabel = (clause) => (clause ? `${clause.label}${clause.text}` : '');

// The first transfer in the data: the body it left and the body it joined, and when.
async function firstTransfer(page) {
  const changes = await answer(page, { query: 'changes', kind: 'transferred' });
  assert.ok(changes.rows.length > 0, 'the demo has a transfer');
  return changes.rows[0];
}

// Every row the comparison view drew, in order: {kind, old, new}.
async function drawnRows(page) {
  const items = await drawnItems(page);
  const rows = [];
  for (let n = 1; items.has(`row:${n}`); ++n) {
    rows.push({ kind: items.get(`row:${n}`).text, old: items.get(`row-old:${n}`).text, new: items.get(`row-new:${n}`).text });
  }
  return rows;
}

function expectedRows(comparison) {
  return comparison.rows.map((r) => ({ kind: r.label, old: clauseLabel(r.old), new: clauseLabel(r.new) }));
}

test('the body page links to 历史沿革: every document that set or changed its duties, in order', async () => {
  const { page } = browser;
  const transfer = await firstTransfer(page);
  const body = transfer.body.id;
  await showScreen(page, server.url, `#/body/${body}`);
  await clickItem(page, 'body-link:history');
  await waitForRoute(page, `#/history/${body}`);
  await waitForItem(page, 'title', { text: `${transfer.body.name}历史沿革` });
  const timeline = await answer(page, { query: 'timeline', body });
  assert.ok(timeline.entries.length >= 2, 'a 三定 and the transfer');
  const items = await drawnItems(page);
  timeline.entries.forEach((entry, i) => {
    assert.equal(items.get(`timeline-doc:${i + 1}`).text, entry.document.doc_no);
    assert.equal(items.get(`timeline-date:${i + 1}`).text, entry.document.effective);
  });
  assert.equal(items.has(`timeline-doc:${timeline.entries.length + 1}`), false);
  // Oldest first, and the transfer's document says what it did to this body.
  const dates = timeline.entries.map((e) => e.document.effective);
  assert.deepEqual(dates, [...dates].sort());
  const i = timeline.entries.findIndex((e) => e.document.doc_no === transfer.document.doc_no);
  assert.match(items.get(`timeline-summary:${i + 1}`).text, new RegExp(`划出 ${timeline.entries[i].counts.transferred_out} 项`));
  // Without a date, the banner shows the data date.
  const info = await answer(page, { query: 'info' });
  assert.match(items.get('banner').text, new RegExp(info.data_date));
  await screenshot(page, 'history-timeline-1366x900');
});

test('a past date shows the duties then in force, with the date and the last document in a banner', async () => {
  const { page } = browser;
  const transfer = await firstTransfer(page);
  const body = transfer.body.id;
  await showScreen(page, server.url, `#/history/${body}`);
  const timeline = await answer(page, { query: 'timeline', body });
  const first = timeline.entries[0].document;
  await clickItem(page, `chip:date:${first.effective}`);
  await waitForRoute(page, `#/history/${body}?date=${first.effective}`);
  const banner = await waitForItem(page, 'banner');
  assert.match(banner.text, new RegExp(first.effective));
  const then = await answer(page, { query: 'body', id: body, date: first.effective });
  const items = await drawnItems(page);
  assert.match(items.get('banner-document').text, new RegExp(then.profile.last_document.doc_no.replace(/[〔〕]/g, '.')));
  const clauses = [...items.keys()].filter((k) => k.startsWith('clause:'));
  assert.equal(clauses.length, then.profile.clauses.length);
  assert.equal(items.get('clause:1').text, `（一）${then.profile.clauses[0].text}`);
  // The transferred clause was still this body's before the transfer.
  assert.ok(then.profile.clauses.some((c) => c.text === transfer.text || c.text === transfer.old_text));

  // A typed date that is not a date is refused with a message; a real one is shown.
  await clearDateField(page, 'input:date');
  await typeKeys(page, '2021-13-01');
  await pressKey(page, 'Enter');
  const error = await waitForItem(page, 'error:date');
  assert.match(error.text, /2021-13-01/);
  assert.equal(await page.evaluate(() => window.dutyatlas.route()), `#/history/${body}?date=${first.effective}`);
  await screenshot(page, 'history-bad-date-1366x900');
  await clearDateField(page, 'input:date');
  const after = transfer.date;
  await typeKeys(page, after);
  await clickItem(page, 'button:date');
  await waitForRoute(page, `#/history/${body}?date=${after}`);
  await page.waitForFunction((d) => window.dutyatlas.drawnItems().find((i) => i.key === 'banner')?.text.includes(d), after);
  const later = await answer(page, { query: 'body', id: body, date: after });
  const drawn = [...(await drawnItems(page)).keys()].filter((k) => k.startsWith('clause:'));
  assert.equal(drawn.length, later.profile.clauses.length);
  // On the transfer's day the clause has left.
  assert.equal(later.profile.clauses.some((c) => c.text === transfer.text), false);
});

test('新旧对照 of a body with a transfer: the rows and their kinds as the comparison says', async () => {
  const { page } = browser;
  const transfer = await firstTransfer(page);
  const body = transfer.body.id;
  await showScreen(page, server.url, `#/history/${body}`);
  await clickItem(page, 'link:compare');
  await waitForRoute(page, `#/compare/${body}`);
  await waitForItem(page, 'title', { text: `${transfer.body.name}新旧对照` });
  const comparison = await answer(page, { query: 'compare', body });
  assert.ok(comparison.summary.transferred_out >= 1);
  await waitForItem(page, 'row:1');
  assert.deepEqual(await drawnRows(page), expectedRows(comparison));
  const items = await drawnItems(page);
  assert.equal(items.get('summary:transferred_out').text, `划出 ${comparison.summary.transferred_out}`);
  assert.equal(items.get('summary:unchanged').text, `未变 ${comparison.summary.unchanged}`);
  assert.match(items.get('dates:from').text, new RegExp(comparison.from));
  assert.match(items.get('dates:to').text, new RegExp(comparison.to));
  // Desktop: old and new side by side.
  assert.equal(Math.round(items.get('row-old:1').y), Math.round(items.get('row-new:1').y));
  assert.ok(items.get('row-new:1').x > items.get('row-old:1').x + items.get('row-old:1').width);
  const out = comparison.rows.findIndex((r) => r.kind === 'transferred_out');
  assert.equal(items.get(`row-other:${out + 1}`).text, comparison.rows[out].other_body.name);
  assert.equal(items.get('title').y > 0 && items.get('title').visible, true, 'a new view starts at its top');
  await screenshot(page, 'compare-top-1366x900');
  await scrollTo(page, `row:${out + 1}`);
  await screenshot(page, 'compare-transfer-1366x900');

  // Another 原 date picked by its chip (a document's effective date): the URL and the table follow.
  const timeline = await answer(page, { query: 'timeline', body });
  const second = timeline.entries[1].document.effective;
  await clickItem(page, `chip:from:${second}`);
  await waitForRoute(page, `#/compare/${body}?from=${second}&to=${comparison.to}`);
  await page.waitForFunction((d) => window.dutyatlas.drawnItems().find((i) => i.key === 'dates:from')?.text.includes(d), second);
  const later = await answer(page, { query: 'compare', body, from: second, to: comparison.to });
  await waitForItem(page, 'row:1');
  assert.deepEqual(await drawnRows(page), expectedRows(later));
});

test('a reworded clause is marked character by character, and the kinds are counted', async () => {
  const { page } = browser;
  // A body whose comparison has a rewording (found through the change log, not hard-coded).
  const reworded = (await answer(page, { query: 'changes', kind: 'reworded' })).rows[0];
  const comparison = await answer(page, { query: 'compare', body: reworded.body.id });
  await showScreen(page, server.url, `#/compare/${reworded.body.id}`);
  await waitForItem(page, 'title', { text: `${reworded.body.name}新旧对照` });
  await waitForItem(page, 'row:1');
  assert.deepEqual(await drawnRows(page), expectedRows(comparison));
  const i = comparison.rows.findIndex((r) => r.kind === 'reworded');
  assert.ok(i >= 0);
  assert.ok(comparison.rows[i].spans.some((s) => s.kind !== 'equal'));
  await scrollTo(page, `row:${i + 1}`);
  await screenshot(page, 'compare-reworded-1366x900');
});

test('a second 三定: split and merged clauses are shown in groups, the rest aligned by content', async () => {
  const { page } = browser;
  // A body with two 三定 (found through the change log): its default comparison is the first
  // 三定 against today.
  const sandings = (await answer(page, { query: 'changes', kind: 'sanding' })).rows;
  const counts = new Map();
  for (const r of sandings) counts.set(r.body.id, (counts.get(r.body.id) || 0) + 1);
  const body = [...counts].find(([, n]) => n >= 2)?.[0];
  assert.ok(body, 'the demo has a body with a second 三定');
  const comparison = await answer(page, { query: 'compare', body });
  assert.ok(comparison.summary.split + comparison.summary.merged >= 1);
  await showScreen(page, server.url, `#/compare/${body}`);
  await waitForItem(page, 'row:1');
  assert.deepEqual(await drawnRows(page), expectedRows(comparison));
  const items = await drawnItems(page);
  const grouped = comparison.rows.findIndex((r) => r.kind === 'split' || r.kind === 'merged');
  assert.equal(items.get(`row:${grouped + 1}`).text, comparison.rows[grouped].label);
  if (comparison.summary.split) assert.equal(items.get('summary:split').text, `拆分 ${comparison.summary.split}`);
  if (comparison.summary.merged) assert.equal(items.get('summary:merged').text, `合并 ${comparison.summary.merged}`);
  await scrollTo(page, `row:${grouped + 1}`);
  await screenshot(page, 'compare-second-sanding-1366x900');
});

test('the transfer, followed to the other body, shows there as 划入 from the first', async () => {
  const { page } = browser;
  const transfer = await firstTransfer(page);
  await showScreen(page, server.url, `#/compare/${transfer.body.id}`);
  const comparison = await answer(page, { query: 'compare', body: transfer.body.id });
  const out = comparison.rows.findIndex((r) => r.kind === 'transferred_out');
  await clickItem(page, `row-other:${out + 1}`);
  const other = transfer.other_body.id;
  await waitForRoute(page, `#/compare/${other}?from=${comparison.from}&to=${comparison.to}`);
  await waitForItem(page, 'title', { text: `${transfer.other_body.name}新旧对照` });
  const theirs = await answer(page, { query: 'compare', body: other, from: comparison.from, to: comparison.to });
  await waitForItem(page, 'row:1');
  assert.deepEqual(await drawnRows(page), expectedRows(theirs));
  const j = theirs.rows.findIndex((r) => r.kind === 'transferred_in' && r.other_body.id === transfer.body.id);
  assert.ok(j >= 0, 'the other body shows the transfer in');
  const items = await drawnItems(page);
  assert.equal(items.get(`row:${j + 1}`).text, '划入');
  assert.equal(items.get(`row-other:${j + 1}`).text, transfer.body.name);
  assert.equal(items.get(`row-old:${j + 1}`).text, '', 'nothing on the old side');
  assert.equal(theirs.rows[j].document.doc_no, comparison.rows[out].document.doc_no, 'the same document');
  await scrollTo(page, `row:${j + 1}`);
  await screenshot(page, 'compare-transfer-in-1366x900');
  // And back.
  await clickItem(page, `row-other:${j + 1}`);
  await waitForRoute(page, `#/compare/${transfer.body.id}?from=${comparison.from}&to=${comparison.to}`);
});

test('只看变化 hides the unchanged rows; the choice is in the URL and survives reload', async () => {
  const { page } = browser;
  const transfer = await firstTransfer(page);
  const body = transfer.body.id;
  const comparison = await answer(page, { query: 'compare', body });
  const changed = await answer(page, { query: 'compare', body, changes_only: true });
  assert.ok(changed.rows.length < comparison.rows.length, 'the demo body has unchanged clauses');
  await showScreen(page, server.url, `#/compare/${body}?from=${comparison.from}&to=${comparison.to}`);
  await clickItem(page, 'chip:changes-only');
  await waitForRoute(page, `#/compare/${body}?changes=1&from=${comparison.from}&to=${comparison.to}`);
  await page.waitForFunction(() => !window.dutyatlas.drawnItems().some((i) => i.key.startsWith('row:') && i.text === '未变'));
  assert.deepEqual(await drawnRows(page), expectedRows(changed));
  assert.equal((await drawnItems(page)).get('summary:unchanged').text, `未变 ${comparison.summary.unchanged}`);
  await page.reload();
  await page.evaluate(() => window.dutyatlas.ready);
  await waitForItem(page, 'row:1');
  assert.deepEqual(await drawnRows(page), expectedRows(changed));
  await screenshot(page, 'compare-changes-only-1366x900');
});

test('导出 CSV gives the table as the CSV export, 打印 a complete escaped page', async () => {
  const { page } = browser;
  const body = (await firstTransfer(page)).body.id;
  const comparison = await answer(page, { query: 'compare', body, changes_only: true });
  await showScreen(page, server.url, `#/compare/${body}?changes=1&from=${comparison.from}&to=${comparison.to}`);
  await clickItem(page, 'button:csv');
  await page.waitForFunction(() => window.dutyatlas.lastDownload() !== null);
  const download = await page.evaluate(() => window.dutyatlas.lastDownload());
  assert.match(download.filename, /新旧对照.*\.csv$/);
  assert.ok(download.filename.includes(comparison.from) && download.filename.includes(comparison.to));
  assert.match(download.type, /text\/csv/);
  const csv = await answer(page, { query: 'compare', body, changes_only: true, format: 'csv' });
  assert.equal(download.text, csv);
  assert.equal(download.text.trimEnd().split('\r\n').length, comparison.rows.length + 1);

  await clickItem(page, 'button:print');
  await page.waitForFunction(() => window.dutyatlas.lastPrint() !== null);
  const html = await page.evaluate(() => window.dutyatlas.lastPrint());
  assert.ok(html.startsWith('<!DOCTYPE html>'));
  assert.match(html, /size: A4/);
  assert.match(html, /counter\(page\)/);
  assert.ok(html.includes(`<h1>${comparison.body.name}主要职责新旧对照</h1>`));
  assert.ok(html.includes(comparison.from) && html.includes(comparison.to));
  assert.ok(html.includes('本表仅列出有变化的条款'), 'the page says only the changes are listed');
  for (const row of comparison.rows) assert.ok(html.includes(`<b>${row.label}</b>`));
  const out = comparison.rows.find((r) => r.kind === 'transferred_out');
  assert.ok(html.includes(`至 ${out.other_body.name}`));
  // How the printed page looks (A4 at 96 dpi).
  const sheet = await page.context().newPage();
  await sheet.setViewportSize({ width: 794, height: 1123 });
  await sheet.setContent(html);
  await screenshot(sheet, 'compare-print-a4');
  await sheet.close();
});

test('a document in the timeline opens the comparison across its day', async () => {
  const { page } = browser;
  const transfer = await firstTransfer(page);
  const body = transfer.body.id;
  await showScreen(page, server.url, `#/history/${body}`);
  const timeline = await answer(page, { query: 'timeline', body });
  const i = timeline.entries.findIndex((e) => e.document.doc_no === transfer.document.doc_no);
  await clickItem(page, `timeline-compare:${i + 1}`);
  await page.waitForFunction((b) => window.dutyatlas.route().startsWith(`#/compare/${b}?`), body);
  const route = await page.evaluate(() => window.dutyatlas.route());
  const params = new URLSearchParams(route.split('?')[1]);
  assert.equal(params.get('to'), transfer.date);
  assert.ok(params.get('from') < transfer.date);
  const comparison = await answer(page, { query: 'compare', body, from: params.get('from'), to: params.get('to') });
  await waitForItem(page, 'row:1');
  assert.deepEqual(await drawnRows(page), expectedRows(comparison));
  // Only that day's change is a change.
  const changes = comparison.rows.filter((r) => r.kind !== 'unchanged');
  assert.ok(changes.length >= 1);
  assert.ok(changes.every((r) => r.document === null || r.document.doc_no === transfer.document.doc_no));
});

test('全区职责调整: a year’s changes across the district, filtered by kind and body, each opening its comparison', async () => {
  const { page } = browser;
  const year = transfer_year(await firstTransfer(page));
  await showScreen(page, server.url, `#/changes/${year}`);
  await waitForItem(page, 'title', { text: `${year} 年职责调整` });
  const all = await answer(page, { query: 'changes', from: `${year}-01-01`, to: `${year}-12-31` });
  let items = await drawnItems(page);
  const rows = () => [...items.keys()].filter((k) => k.startsWith('change:'));
  assert.equal(rows().length, all.rows.length);
  all.rows.forEach((r, i) => assert.equal(items.get(`change:${i + 1}`).text, `${r.label} ${r.body.name}`));
  await screenshot(page, 'changes-year-1366x900');

  await clickItem(page, 'chip:kind:transferred');
  await waitForRoute(page, `#/changes/${year}?kind=transferred`);
  const transfers = await answer(page, { query: 'changes', from: `${year}-01-01`, to: `${year}-12-31`, kind: 'transferred' });
  await page.waitForFunction((n) => window.dutyatlas.drawnItems().filter((i) => i.key.startsWith('change:')).length === n, transfers.rows.length);
  const t = transfers.rows[0];
  await clickItem(page, `chip:body:${t.other_body.id}`);
  await waitForRoute(page, `#/changes/${year}?body=${t.other_body.id}&kind=transferred`);
  const theirs = await answer(page, { query: 'changes', from: `${year}-01-01`, to: `${year}-12-31`, kind: 'transferred', body: t.other_body.id });
  await page.waitForFunction((n) => window.dutyatlas.drawnItems().filter((i) => i.key.startsWith('change:')).length === n, theirs.rows.length);
  await clickItem(page, 'change:1');
  await waitForRoute(page, `#/compare/${theirs.rows[0].body.id}?from=${dayBefore(theirs.rows[0].date)}&to=${theirs.rows[0].date}`);
  await waitForItem(page, 'row:1');
  items = await drawnItems(page);
  assert.ok([...items.values()].some((i) => i.key.startsWith('row:') && i.text === '划出'));
});

test('#/changes without a year shows the latest year with changes', async () => {
  const { page } = browser;
  await showScreen(page, server.url, '#/changes');
  const all = await answer(page, { query: 'changes' });
  const latest = all.rows.map((r) => r.date.slice(0, 4)).sort().at(-1);
  await waitForItem(page, 'title', { text: `${latest} 年职责调整` });
  await waitForItem(page, `chip:year:${latest}`);
});

test('a body’s 全区职责调整 link opens the latest year with changes of that body, filtered to it', async () => {
  const { page } = browser;
  const transfer = await firstTransfer(page);
  const body = transfer.body.id;
  await showScreen(page, server.url, `#/history/${body}`);
  await clickItem(page, 'link:changes');
  await waitForRoute(page, `#/changes?body=${body}`);
  const mine = await answer(page, { query: 'changes', body });
  const latest = mine.rows.map((r) => r.date.slice(0, 4)).sort().at(-1);
  await waitForItem(page, 'title', { text: `${latest} 年职责调整` });
  const inYear = mine.rows.filter((r) => r.date.startsWith(latest));
  await page.waitForFunction((n) => window.dutyatlas.drawnItems().filter((i) => i.key.startsWith('change:')).length === n, inYear.length);
  const items = await drawnItems(page);
  assert.match(items.get('changes-count').text, new RegExp(`^${transfer.body.name}：${inYear.length} 条调整`));
  inYear.forEach((r, i) => assert.equal(items.get(`change:${i + 1}`).text, `${r.label} ${r.body.name}`));
});

test('a link with a date that is not a date says so and shows the default instead', async () => {
  const { page } = browser;
  const transfer = await firstTransfer(page);
  const body = transfer.body.id;
  const info = await answer(page, { query: 'info' });
  await showScreen(page, server.url, `#/history/${body}?date=2021-02-30`);
  const error = await waitForItem(page, 'error:route-date');
  assert.match(error.text, /2021-02-30/);
  assert.match((await waitForItem(page, 'banner')).text, new RegExp(info.data_date));
  await page.evaluate((id) => window.dutyatlas.navigate(`#/compare/${id}?from=yesterday`), body);
  assert.match((await waitForItem(page, 'error:route-from')).text, /yesterday/);
  const comparison = await answer(page, { query: 'compare', body });
  assert.match((await waitForItem(page, 'dates:from')).text, new RegExp(comparison.from));
});

test('every word the history views draw is in the font', async () => {
  const { page } = browser;
  await showScreen(page, server.url, '#/');
  const transfer = await firstTransfer(page);
  const routes = [`#/history/${transfer.body.id}?date=${transfer.date}`, `#/compare/${transfer.body.id}?from=x`,
    `#/changes/${transfer.date.slice(0, 4)}`, `#/history/${transfer.body.id}?date=1`];
  for (const route of routes) {
    await page.evaluate((r) => window.dutyatlas.navigate(r), route);
    await waitForItem(page, 'title');
    const text = (await page.evaluate(() => window.dutyatlas.drawnItems())).map((i) => i.text).join('');
    assert.equal(await page.evaluate((t) => window.dutyatlas.missingGlyphs(t), text), '', route);
  }
  // And every string of the module's interface words, drawn or not yet.
  const header = fs.readFileSync(path.join(ROOT, 'web/ui_text/history.h'), 'utf8');
  const words = [...header.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]).join('');
  assert.ok(words.includes('新旧对照'));
  assert.equal(await page.evaluate((t) => window.dutyatlas.missingGlyphs(t), words), '');
});

function transfer_year(transfer) {
  return transfer.date.slice(0, 4);
}

function dayBefore(date) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

test('on a phone (375 px) the comparison stacks old over new, and reads', async () => {
  const phone = await launch({ width: 375, height: 812, deviceScaleFactor: 2, isMobile: true });
  try {
    const { page } = phone;
    assert.deepEqual(await openClient(page, server.url), { ok: true });
    const transfer = await firstTransfer(page);
    await page.evaluate((id) => window.dutyatlas.navigate(`#/compare/${id}`), transfer.body.id);
    const comparison = await answer(page, { query: 'compare', body: transfer.body.id });
    await waitForItem(page, 'row:1');
    assert.deepEqual(await drawnRows(page), expectedRows(comparison));
    const items = await drawnItems(page);
    const old1 = items.get('row-old:1');
    const new1 = items.get('row-new:1');
    assert.equal(Math.round(old1.x), Math.round(new1.x), 'one column');
    assert.ok(new1.y >= old1.y + old1.height, 'new under old');
    assert.ok(old1.width > 250, 'the text gets the width of the screen');
    for (const item of items.values()) {
      if (item.key.startsWith('row')) assert.ok(item.x + item.width <= 375 + 0.5, `${item.key} fits`);
    }
    await screenshot(page, 'compare-phone-375x812');
    // The date pickers are folded on a phone; 更改对照日期 unfolds them.
    assert.equal(items.has(`chip:from:${comparison.from}`), false);
    const unfold = items.get('link:change-dates');
    await page.touchscreen.tap(unfold.x + unfold.width / 2, unfold.y + unfold.height / 2);
    const chip = await waitForItem(page, `chip:from:${comparison.from}`);
    assert.ok(chip.x + chip.width <= 375);
    await screenshot(page, 'compare-phone-dates-375x812');
    await page.evaluate((id) => window.dutyatlas.navigate(`#/history/${id}`), transfer.body.id);
    await waitForItem(page, 'timeline-doc:1');
    await screenshot(page, 'history-phone-375x812');
    await page.evaluate(() => window.dutyatlas.navigate('#/changes'));
    await waitForItem(page, 'change:1');
    const phoneItems = await drawnItems(page);
    for (const item of phoneItems.values()) {
      if (item.key.startsWith('change:') || item.key.startsWith('chip:')) assert.ok(item.x + item.width <= 375 + 0.5, `${item.key} fits`);
    }
    await screenshot(page, 'changes-phone-375x812');
  } finally {
    await phone.close();
  }
});
