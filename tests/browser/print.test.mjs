// Printing in the browser: Ctrl+P (the browser's own print) on a body page, a list and a document
// puts that view's printable document on the paper — the body's 三定 with its data date, the
// list's rows, the document's full text — never the blank canvas; a view without a document of
// its own (search results, home, 谁来管) prints its main text; 打印 in a view sends the same document the
// query API gives ({…, format: "html"}). Printing is checked on the PDF Chromium makes, read back
// as text with pdftotext (poppler-utils), and by looking at the page in print media.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  SCREENSHOT_DIR, clientForTests, showScreen, clickItem, waitForItem, screenshot,
} from './harness.mjs';

const session = clientForTests();

async function ask(page, request) {
  const answer = await page.evaluate((r) => window.dutyatlas.query(r), request);
  assert.equal(answer.ok, true, JSON.stringify(answer));
  return answer.result;
}

// Counts the print events the page receives, so a test can tell who fired them.
async function countPrintEvents(page) {
  await page.evaluate(() => {
    if (window.printEventsSeen) return;
    window.printEventsSeen = { before: 0, after: 0 };
    window.addEventListener('beforeprint', () => { window.printEventsSeen.before += 1; });
    window.addEventListener('afterprint', () => { window.printEventsSeen.after += 1; });
  });
  return page.evaluate(() => ({ ...window.printEventsSeen }));
}

/**
 * Prints the page as Ctrl+P does and returns the PDF's text. Chromium's page.pdf() goes the way
 * of its print dialog: it fires beforeprint, lays the page out in print media, prints, and fires
 * afterprint — checked here on every call, so a browser that stops doing so fails the test.
 */
async function printLikeCtrlP(page, name) {
  await page.emulateMedia({ media: null }); // the page's own media: page.pdf() prints in print media
  const seen = await countPrintEvents(page);
  const file = path.join(SCREENSHOT_DIR, `${name}.pdf`);
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  const after = await countPrintEvents(page);
  assert.deepEqual({ before: after.before - seen.before, after: after.after - seen.after },
    { before: 1, after: 1 }, 'page.pdf() fires beforeprint and afterprint, as the print dialog does');
  assert.equal(await page.evaluate(() => document.getElementById('print-sheet')), null, 'afterprint takes the sheet away');
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = Number(execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m)[1]);
  return { text, flat: flat(text), pages };
}

// Text without white space: a clause wraps over lines on paper.
const flat = (text) => text.replace(/\s+/g, '');

test('Ctrl+P on a body page prints its 三定: the third duty, the data date, the 文号, page numbers', async () => {
  const { page } = session.browser;
  await showScreen(page, session.server.url, '#/body/sthjj');
  await waitForItem(page, 'clause:3');
  const body = await ask(page, { query: 'body', id: 'sthjj' });
  const info = await ask(page, { query: 'info' });
  const { text, flat: printed, pages } = await printLikeCtrlP(page, 'body-print');

  assert.ok(printed.includes(flat(body.name)), 'the body\'s name');
  assert.ok(printed.includes(flat(body.profile.clauses[2].label + body.profile.clauses[2].text)), 'the third duty');
  assert.ok(text.includes(info.data_date), 'the data date');
  assert.ok(printed.includes(flat(body.profile.sanding.doc_no)), 'the 三定\'s 文号');
  for (const clause of body.profile.clauses) assert.ok(printed.includes(flat(clause.text)), clause.label);
  assert.ok(pages >= 2, `a 三定 runs over pages (${pages})`);
  assert.ok(printed.includes(`第1页/共${pages}页`), 'page numbers at the foot');
  assert.ok(!printed.includes('跳到正文'), 'nothing of the page around the canvas');

  // What the paper looks like: the page in print media, A4 wide, with the sheet laid out.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  await screenshot(page, 'body-print-a4');
  await page.emulateMedia({ media: null });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
});

test('Ctrl+P on a list prints its rows, on a document its full text', async () => {
  const { page } = session.browser;
  const info = await ask(page, { query: 'info' });

  await showScreen(page, session.server.url, `#/lists/powers?body=sthjj&type=${encodeURIComponent('行政处罚')}`);
  await waitForItem(page, 'list-total');
  const list = await ask(page, { query: 'list', kind: 'powers', filters: { type: ['行政处罚'], body: ['sthjj'] } });
  assert.ok(list.total > 0);
  const listed = await printLikeCtrlP(page, 'list-print');
  assert.ok(listed.flat.includes(flat(list.name)), 'the list\'s name');
  assert.ok(listed.text.includes(info.data_date), 'the data date');
  const nameColumn = list.columns.findIndex((c) => c.id === 'name');
  for (const row of list.rows.slice(0, 3)) assert.ok(listed.flat.includes(flat(row.cells[nameColumn])), row.key);

  const documents = await ask(page, { query: 'documents', kind: 'adjustment' });
  const docNo = documents.documents[0].doc_no;
  await showScreen(page, session.server.url, `#/document/${encodeURIComponent(docNo)}`);
  await waitForItem(page, 'paragraph:1');
  const document = await ask(page, { query: 'document', doc_no: docNo });
  const printed = await printLikeCtrlP(page, 'document-print');
  assert.ok(printed.flat.includes(flat(document.title)), 'the title');
  assert.ok(printed.flat.includes(flat(docNo)), 'the 文号');
  assert.ok(printed.text.includes(document.effective), 'the date it took effect');
  assert.ok(printed.text.includes(info.data_date), 'the data date');
  for (const paragraph of document.paragraphs) assert.ok(printed.flat.includes(flat(paragraph)), paragraph);
});

test('a view without a document of its own prints its main text, never a blank page', async () => {
  const { page } = session.browser;
  await showScreen(page, session.server.url, `#/search/${encodeURIComponent('噪声')}`);
  await waitForItem(page, 'result-count');
  const { hits } = await ask(page, { query: 'search', text: '噪声' });
  const results = await printLikeCtrlP(page, 'search-print');
  assert.ok(results.flat.includes(flat(hits[0].title)), 'the first result');
  assert.ok(!results.flat.includes('大字号'), 'not the header\'s buttons');

  await showScreen(page, session.server.url, '#/');
  const categories = await ask(page, { query: 'categories' });
  const home = await printLikeCtrlP(page, 'home-print');
  for (const c of categories.filter((c) => c.body_count > 0)) assert.ok(home.flat.includes(flat(c.name)), c.name);

  // 谁来管: the complaint as typed, and the bodies suggested for it.
  const complaint = '楼下烧烤店油烟太大，晚上还很吵';
  await showScreen(page, session.server.url, '#/who');
  await clickItem(page, 'input:complaint');
  await page.waitForFunction(() => document.activeElement.tagName === 'TEXTAREA');
  await page.keyboard.insertText(complaint);
  await waitForItem(page, 'input:complaint', { text: complaint });
  await clickItem(page, 'button:analyse');
  const [first] = await ask(page, { query: 'who', text: complaint });
  await waitForItem(page, `who-body:${first.body_id}`);
  const who = await printLikeCtrlP(page, 'who-print');
  assert.ok(who.flat.includes(flat(complaint)), 'the complaint');
  assert.ok(who.flat.includes(flat(first.name)), 'the first body suggested');
});

test('打印 on a body page and on a document sends the document the query API gives', async () => {
  const { page } = session.browser;
  await showScreen(page, session.server.url, '#/body/sthjj');
  await clickItem(page, 'button:print');
  await page.waitForFunction(() => window.dutyatlas.lastPrint() !== null);
  const bodyPrint = await page.evaluate(() => window.dutyatlas.lastPrint());
  const body = await ask(page, { query: 'body', id: 'sthjj' });
  assert.equal(bodyPrint, await ask(page, { query: 'body', id: 'sthjj', format: 'html' }));
  // window.print() went through the sheet, as Ctrl+P does. (Headless Chromium fires
  // beforeprint for it but never afterprint: the sheet stays, hidden on screen, until the next
  // print replaces it; nor does it open a second print while it takes the first as going on.)
  await page.waitForFunction((name) => document.querySelector('#print-sheet h1')?.textContent === name, body.name);

  const docNo = (await ask(page, { query: 'documents', kind: 'sanding' })).documents[0].doc_no;
  await showScreen(page, session.server.url, `#/document/${encodeURIComponent(docNo)}`);
  await clickItem(page, 'button:print');
  await page.waitForFunction((previous) => window.dutyatlas.lastPrint() !== previous, bodyPrint);
  assert.equal(await page.evaluate(() => window.dutyatlas.lastPrint()),
    await ask(page, { query: 'document', doc_no: docNo, format: 'html' }));

});
