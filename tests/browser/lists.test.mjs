// 清单查询 in the browser: the lists at a glance, the power list filtered to one body and one type
// through its facets (counts checked against the native engine), sorted by a header, columns
// chosen and reordered, exported as CSV (byte for byte the native `query --list … --csv`),
// printed (the document the print dialog gets, rendered and screenshotted), an item opened in
// full, the links other modules use, a bookmarked view reopened, and the phone layout.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import {
  ROOT, SITE_DIR, launch, openClient, serve, showScreen, clickItem, waitForItem, drawnItems, screenshot,
} from './harness.mjs';

const CLI = path.join(ROOT, 'build/builder/dutyatlas');
const DATA = path.join(SITE_DIR, 'data');
let server;
let browser;

before(async () => {
  server = await serve(SITE_DIR);
  browser = await launch();
  assert.deepEqual(await openClient(browser.page, `${server.url}#/lists`), { ok: true });
});
after(async () => {
  await browser?.close();
  server?.close();
});
// A page error fails the test that caused it (and is not reported again by the next one).
afterEach(() => {
  assert.deepEqual(browser.errors.splice(0), []);
});

function native(request) {
  const answer = JSON.parse(execFileSync(CLI, ['query', DATA, JSON.stringify(request)], { encoding: 'utf8' }));
  assert.equal(answer.ok, true, JSON.stringify(answer));
  return answer.result;
}

function nativeCsv(args) {
  return execFileSync(CLI, ['query', DATA, '--list', ...args, '--csv'], { encoding: 'utf8' });
}

// The power list as the facet test narrows it: the body with the most powers, then that body's
// largest type (asked of the native engine once).
let narrowed;
function narrowedPowers() {
  if (!narrowed) {
    const body = native({ query: 'list', kind: 'powers', limit: 0 }).facets.body[0].value;
    const type = native({ query: 'list', kind: 'powers', filters: { body: [body] }, limit: 0 }).facets.type[0].value;
    narrowed = `#/lists/powers?body=${encodeURIComponent(body)}&type=${encodeURIComponent(type)}`;
  }
  return narrowed;
}
// A reader's own view of it — sorted by name, descending, four columns in an order of their
// own: what export, print and a bookmark must keep.
const customizedPowers = () => `${narrowedPowers()}&sort=name&desc=1&cols=code%2Ctype%2Cname%2Cbasis`;

// The count a facet chip shows ("行政处罚 812" → 812).
const chipCount = (item) => Number(item.text.split(' ').pop());
const totalOf = (item) => Number(item.text.match(/\d+/)[0]);

async function waitForRoute(page, predicate, arg) {
  await page.waitForFunction(predicate, arg);
  return page.evaluate(() => window.dutyatlas.route());
}

// Rows drawn in the table (visible ones), in screen order.
async function drawnRows(page) {
  const items = await page.evaluate(() => window.dutyatlas.drawnItems());
  return items.filter((i) => i.key.startsWith('row:') && i.visible).sort((a, b) => a.y - b.y)
    .map((i) => ({ key: i.key.slice(4), cells: i.text.split('\t') }));
}

test('the lists at a glance: every kind with its count, the power types one click away', async () => {
  const { page } = browser;
  await showScreen(page, server.url, '#/lists');
  await waitForItem(page, 'title', { text: '清单查询' });
  const kinds = native({ query: 'lists' });
  assert.ok(kinds.length >= 4, 'powers, responsibilities, task lists, division');
  for (const kind of kinds) {
    const row = await waitForItem(page, `list:${kind.kind}`);
    assert.equal(row.text, kind.name);
  }
  const types = native({ query: 'list', kind: 'powers', limit: 0 }).facets.type;
  for (const type of types) {
    const chip = await waitForItem(page, `chip:type:${type.value}`);
    assert.equal(chipCount(chip), type.count, type.value);
  }
  await screenshot(page, 'lists-overview-1366x768');
});

test('the power list filtered to one body and one type through the facets, counts as native', async () => {
  const { page } = browser;
  await showScreen(page, server.url, '#/lists');
  await clickItem(page, 'list:powers');
  await waitForRoute(page, () => window.dutyatlas.route() === '#/lists/powers');
  const all = native({ query: 'list', kind: 'powers', limit: 0 });
  assert.equal(totalOf(await waitForItem(page, 'list-total')), all.total);

  // The body with the most powers: its chip shows its count, and choosing it gives that many rows.
  const body = all.facets.body[0];
  const bodyChip = await waitForItem(page, `chip:facet:body:${body.value}`);
  assert.equal(chipCount(bodyChip), body.count);
  await clickItem(page, `chip:facet:body:${body.value}`);
  await waitForRoute(page, (id) => window.dutyatlas.route() === `#/lists/powers?body=${id}`, body.value);
  await waitForItem(page, 'list-total', { text: `共 ${body.count} 项` });

  // The type facet now counts within that body (更多 shows all its values); choose its largest type.
  await clickItem(page, 'facet-more:type');
  await waitForItem(page, 'facet-more:type', { text: '收起' });
  const byBody = native({ query: 'list', kind: 'powers', filters: { body: [body.value] }, limit: 0 });
  for (const type of byBody.facets.type.filter((t) => t.count > 0)) {
    assert.equal(chipCount(await waitForItem(page, `chip:facet:type:${type.value}`)), type.count, type.value);
  }
  const type = byBody.facets.type[0];
  assert.ok(type.count > 1 && type.count < body.count, 'a type that narrows the body down');
  await clickItem(page, `chip:facet:type:${type.value}`);
  await page.waitForFunction(() => window.dutyatlas.route().includes('type='));
  const both = native({ query: 'list', kind: 'powers', filters: { body: [body.value], type: [type.value] }, limit: 5 });
  assert.equal(both.total, type.count);
  await waitForItem(page, 'list-total', { text: `共 ${both.total} 项` });
  // The chosen filters show as removable chips; the body's chip still counts under the type.
  await waitForItem(page, `chip:remove:body:${body.value}`);
  await waitForItem(page, `chip:remove:type:${type.value}`);
  const bodyUnderType = both.facets.body.find((b) => b.value === body.value);
  assert.equal(chipCount(await waitForItem(page, `chip:facet:body:${body.value}`)), bodyUnderType.count);
  // The rows drawn are the native rows, in list order.
  await page.waitForFunction((n) => window.dutyatlas.drawnItems().filter((i) => i.key.startsWith('row:')).length >= n,
    Math.min(both.total, 3));
  const rows = await drawnRows(page);
  assert.deepEqual(rows.slice(0, both.rows.length).map((r) => r.key), both.rows.slice(0, rows.length).map((r) => r.key));
  await screenshot(page, 'lists-powers-filtered-1366x768');
});

test('a header click sorts ascending, then descending, as the native engine does', async () => {
  const { page } = browser;
  const route = await showScreen(page, server.url, narrowedPowers());
  const params = new URLSearchParams(route.split('?')[1]);
  const filters = { body: [params.get('body')], type: [params.get('type')] };
  await clickItem(page, 'sort:name');
  await page.waitForFunction(() => window.dutyatlas.route().includes('sort=name') && !window.dutyatlas.route().includes('desc='));
  await waitForItem(page, 'sort:name', { text: '事项名称 ↑' });
  const up = native({ query: 'list', kind: 'powers', filters, sort: 'name', limit: 8 });
  let rows = await drawnRows(page);
  assert.deepEqual(rows.slice(0, 5).map((r) => r.key), up.rows.slice(0, 5).map((r) => r.key));

  await clickItem(page, 'sort:name');
  await page.waitForFunction(() => window.dutyatlas.route().includes('desc=1'));
  await waitForItem(page, 'sort:name', { text: '事项名称 ↓' });
  const down = native({ query: 'list', kind: 'powers', filters, sort: 'name', desc: true, limit: 8 });
  await page.waitForFunction((key) => window.dutyatlas.drawnItems().some((i) => i.key === `row:${key}` && i.visible), down.rows[0].key);
  rows = await drawnRows(page);
  assert.deepEqual(rows.slice(0, 5).map((r) => r.key), down.rows.slice(0, 5).map((r) => r.key));
  assert.notDeepEqual(up.rows.map((r) => r.key), down.rows.map((r) => r.key), 'the two directions differ');
});

test('the column chooser hides, shows and reorders columns, kept in the URL', async () => {
  const { page } = browser;
  await showScreen(page, server.url, narrowedPowers());
  await clickItem(page, 'button:columns');
  await waitForItem(page, 'column:basis');
  await clickItem(page, 'column:basis');
  await page.waitForFunction(() => window.dutyatlas.route().includes('cols='));
  await page.waitForFunction(() => !window.dutyatlas.drawnItems().some((i) => i.key === 'sort:basis'));
  await clickItem(page, 'column:time_limit');
  await page.waitForFunction(() => !window.dutyatlas.drawnItems().some((i) => i.key === 'sort:time_limit'));
  // Shown again, a column comes back at the end.
  await clickItem(page, 'column:basis');
  await page.waitForFunction(() => window.dutyatlas.drawnItems().some((i) => i.key === 'sort:basis'));
  await clickItem(page, 'button:column-up:type');
  await page.waitForFunction(() => window.dutyatlas.route().includes('cols=code%2Cname%2Ctype'));
  await clickItem(page, 'button:column-up:type');
  await page.waitForFunction(() => {
    const cols = new URLSearchParams(window.dutyatlas.route().split('?')[1]).get('cols') || '';
    return cols.split(',').indexOf('type') === 1;
  });
  const route = await page.evaluate(() => window.dutyatlas.route());
  const cols = new URLSearchParams(route.split('?')[1]).get('cols').split(',');
  assert.deepEqual(cols.slice(0, 3), ['code', 'type', 'name']);
  assert.ok(!cols.includes('time_limit') && cols.at(-1) === 'basis', cols.join(','));
  // The header draws the columns in that order.
  const items = await page.evaluate(() => window.dutyatlas.drawnItems());
  const headers = items.filter((i) => i.key.startsWith('sort:')).sort((a, b) => a.x - b.x).map((i) => i.key.slice(5));
  assert.deepEqual(headers.slice(0, 3), cols.slice(0, 3));
  await screenshot(page, 'lists-columns-1366x768');
  await clickItem(page, 'button:columns-done');
});

test('export: the view as CSV with BOM, the same bytes as the native query --csv', async () => {
  const { page } = browser;
  const route = await showScreen(page, server.url, customizedPowers());
  const params = new URLSearchParams(route.split('?')[1]);
  await clickItem(page, 'button:export-csv');
  await page.waitForFunction(() => window.dutyatlas.lastDownload() !== null);
  const download = await page.evaluate(() => window.dutyatlas.lastDownload());
  assert.ok(download.filename.endsWith('.csv') && download.filename.startsWith('权力清单'), download.filename);
  assert.match(download.type, /^text\/csv/);
  assert.equal(download.text.charCodeAt(0), 0xfeff, 'UTF-8 with a byte-order mark');
  const expected = nativeCsv(['powers', '--filter', `body=${params.get('body')}`, '--filter', `type=${params.get('type')}`,
    '--sort', `${params.get('sort')}${params.get('desc') === '1' ? ':desc' : ''}`, '--columns', params.get('cols')]);
  assert.equal(download.text, expected);
  // Header row in the chosen order; one record per row of the view.
  const lines = download.text.slice(1).split('\r\n').filter((l) => l.length > 0);
  assert.equal(lines[0].split(',')[0], '事项编码');
  assert.equal(lines[0].split(',')[1], '事项类型');
  const total = totalOf(await waitForItem(page, 'list-total'));
  assert.ok(lines.length >= total + 1);
});

test('print: an A4 document with title, filters, data date and page numbers', async () => {
  const { page } = browser;
  await showScreen(page, server.url, customizedPowers());
  await clickItem(page, 'button:print');
  await page.waitForFunction(() => window.dutyatlas.lastPrint() !== null);
  const html = await page.evaluate(() => window.dutyatlas.lastPrint());
  const info = native({ query: 'info' });
  assert.match(html, /@page/);
  assert.match(html, /A4/);
  assert.ok(html.includes('权力清单'), 'title');
  assert.ok(html.includes(info.data_date), 'data date');
  assert.ok(html.includes('事项类型'), 'the filters in words');
  assert.match(html, /counter\(page\)/);
  // The print preview content: render the document as the print dialog would and look at it.
  const preview = await page.context().newPage();
  await preview.setContent(html);
  await preview.emulateMedia({ media: 'print' });
  const rows = await preview.locator('tbody tr').count();
  assert.equal(rows, totalOf(await waitForItem(page, 'list-total')));
  // The first printed page (A4 landscape at 96 dpi), and the whole document as the browser
  // prints it, as a PDF to look at.
  await preview.setViewportSize({ width: 1123, height: 794 });
  await preview.screenshot({ path: path.join(ROOT, 'out/screenshots/lists-print-preview.png') });
  const pdf = await preview.pdf({ preferCSSPageSize: true, path: path.join(ROOT, 'out/screenshots/lists-print-preview.pdf') });
  assert.ok(pdf.length > 1000);
  await preview.close();
});

test('a row opens its item in full: fields, basis, responsibilities, bodies', async () => {
  const { page } = browser;
  await showScreen(page, server.url, narrowedPowers());
  await page.waitForFunction(() => window.dutyatlas.drawnItems().some((i) => i.key.startsWith('row:') && i.visible));
  const [first] = await drawnRows(page);
  await clickItem(page, `row:${first.key}`);
  await page.waitForFunction(() => window.dutyatlas.route().startsWith('#/item/powers?key='));
  const item = native({ query: 'list_item', kind: 'powers', key: first.key });
  await waitForItem(page, 'item-title', { text: item.title });
  for (const field of item.fields.filter((f) => f.value && f.id !== 'basis')) {
    await waitForItem(page, `field:${field.id}`, { text: field.value });
  }
  if (item.basis) await waitForItem(page, 'basis', { text: item.basis });
  assert.ok(item.responsibilities.length > 0, 'a power of the demo has responsibility items');
  for (const r of item.responsibilities) await waitForItem(page, `responsibility:${r.key}`);
  await screenshot(page, 'lists-item-1366x768');
  // Its body opens the body's page.
  const body = item.bodies[0];
  await clickItem(page, `item-body:${body.role}:${body.id}`);
  await waitForRoute(page, (id) => window.dutyatlas.route() === `#/body/${id}`, body.id);
  // Back returns to the item, and its list link to the filtered table as it was left.
  await page.goBack();
  await waitForItem(page, 'item-title', { text: item.title });
  await clickItem(page, 'link:list');
  await page.waitForFunction(() => window.dutyatlas.route().startsWith('#/lists/powers?') &&
    window.dutyatlas.route().includes('type='));
});

test('a bookmarked view reopens as it was: filters, sort, columns', async () => {
  const { page } = browser;
  const route = await showScreen(page, server.url, customizedPowers());
  const total = totalOf(await waitForItem(page, 'list-total'));
  await page.reload();
  await page.waitForFunction(() => window.dutyatlas?.isReady?.());
  assert.equal(await page.evaluate(() => window.dutyatlas.route()), route);
  assert.equal(totalOf(await waitForItem(page, 'list-total')), total);
  await clickItem(page, 'link:clear-filters');
  await page.waitForFunction(() => !window.dutyatlas.route().includes('body='));
  const all = native({ query: 'list', kind: 'powers', limit: 0 });
  await waitForItem(page, 'list-total', { text: `共 ${all.total} 项` });
});

test('the text filter uses the project tokenizer, as the native query', async () => {
  const { page } = browser;
  await showScreen(page, server.url, '#/lists/powers');
  await clickItem(page, 'input:list-text');
  await page.waitForFunction(() => ['INPUT', 'TEXTAREA'].includes(document.activeElement.tagName));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'youyan', selectionStart: 6, selectionEnd: 6 });
  await cdp.send('Input.insertText', { text: '油烟' });
  await page.waitForFunction(() => window.dutyatlas.route().includes('q=%E6%B2%B9%E7%83%9F'));
  // The view keeps its sort and columns; the native query is asked for the same.
  const params = new URLSearchParams((await page.evaluate(() => window.dutyatlas.route())).split('?')[1]);
  const found = native({ query: 'list', kind: 'powers', text: '油烟', sort: params.get('sort') || '',
    desc: params.get('desc') === '1', limit: 3 });
  assert.ok(found.total > 0);
  await waitForItem(page, 'list-total', { text: `共 ${found.total} 项` });
  const rows = await drawnRows(page);
  assert.equal(rows[0].key, found.rows[0].key);
});

test('the links of other modules open what they name: body lists, task and division items', async () => {
  const { page } = browser;
  // The body page's 权责清单 link.
  const body = native({ query: 'list', kind: 'powers', limit: 0 }).facets.body[1];
  await showScreen(page, server.url, `#/body/${body.value}`);
  await clickItem(page, 'body-link:lists');
  await waitForRoute(page, (id) => window.dutyatlas.route() === `#/lists/powers?body=${id}`, body.value);
  await waitForItem(page, 'list-total', { text: `共 ${body.count} 项` });
  // Search results open items by their refs: a task ("list#seq") and a matter (bare 编号).
  const kinds = native({ query: 'lists' });
  const taskKind = kinds.find((k) => k.kind.startsWith('tasks:'));
  const task = native({ query: 'list', kind: taskKind.kind, limit: 1 }).rows[0];
  await page.evaluate(([kind, key]) => window.dutyatlas.navigate(`#/item/${encodeURIComponent(kind)}?key=${encodeURIComponent(key)}`),
    [taskKind.kind, task.key]);
  const taskItem = native({ query: 'list_item', kind: taskKind.kind, key: task.key });
  await waitForItem(page, 'item-title', { text: taskItem.title });
  await waitForItem(page, 'title', { text: taskKind.name });
  const matter = native({ query: 'list', kind: 'division', limit: 1 }).rows[0];
  const code = matter.key.split('#')[0];
  await page.evaluate((c) => window.dutyatlas.navigate(`#/item/division?key=${encodeURIComponent(c)}`), code);
  const matterItem = native({ query: 'list_item', kind: 'division', key: code });
  await waitForItem(page, 'item-title', { text: matterItem.title });
  for (const stage of matterItem.stages) await waitForItem(page, `stage:${stage.key}`);
  await screenshot(page, 'lists-division-item-1366x768');
  // An unknown key says so instead of showing an empty page.
  await page.evaluate(() => window.dutyatlas.navigate('#/item/powers?key=NO-SUCH-CODE'));
  await waitForItem(page, 'not-found');
});

test('the 责任清单 (14,000+ rows) scrolled with the wheel: rows fetched as they come into view', async () => {
  const { page } = browser;
  await showScreen(page, server.url, '#/lists/responsibilities');
  const all = native({ query: 'list', kind: 'responsibilities', limit: 0 });
  await waitForItem(page, 'list-total', { text: `共 ${all.total} 项` });
  const before = await drawnRows(page);
  const box = await page.locator('#canvas').boundingBox();
  const first = (await drawnItems(page)).get(`row:${before[0].key}`);
  // Far down: thousands of rows below, only the visible ones drawn.
  await page.mouse.move(box.x + first.x + 100, box.y + first.y + 40);
  for (let i = 0; i < 10; ++i) {
    await page.mouse.wheel(0, 4000);
    await page.waitForTimeout(60);
  }
  await page.waitForFunction((key) => !window.dutyatlas.drawnItems().some((i) => i.key === `row:${key}`), before[0].key);
  const after = await drawnRows(page);
  assert.ok(after.length > 5 && after.length < 80, `rows drawn: ${after.length}`);
  const slice = native({ query: 'list', kind: 'responsibilities', offset: 0, limit: 2000 }).rows.map((r) => r.key);
  const at = slice.indexOf(after[0].key);
  assert.ok(at > 100, `scrolled to row ${at}`);
  assert.deepEqual(after.map((r) => r.key), slice.slice(at, at + after.length), 'consecutive rows, in order');
  await screenshot(page, 'lists-responsibilities-scrolled-1366x768');
});

test('on a phone the facets fold behind 筛选 and each row is a readable card', async () => {
  const phone = await launch({ width: 375, height: 740, deviceScaleFactor: 2, isMobile: true });
  try {
    const { page } = phone;
    assert.deepEqual(await openClient(page, `${server.url}#/lists/powers?type=%E8%A1%8C%E6%94%BF%E5%A4%84%E7%BD%9A`), { ok: true });
    const expected = native({ query: 'list', kind: 'powers', filters: { type: ['行政处罚'] }, limit: 3 });
    await waitForItem(page, 'list-total', { text: `共 ${expected.total} 项` });
    let items = await drawnItems(page);
    assert.ok(![...items.keys()].some((k) => k.startsWith('chip:facet:')), 'facets folded');
    assert.ok(items.has(`row:${expected.rows[0].key}`), 'the first card is drawn');
    const card = items.get(`row:${expected.rows[0].key}`);
    assert.ok(card.x >= 0 && card.x + card.width <= 375, 'cards fit the screen');
    await screenshot(page, 'lists-phone-375');
    await clickItem(page, 'button:filters');
    await waitForItem(page, 'chip:facet:type:行政处罚');
    items = await drawnItems(page);
    for (const [key, item] of items) {
      if (key.startsWith('chip:facet:') && item.visible) assert.ok(item.x + item.width <= 375, key);
    }
    await screenshot(page, 'lists-phone-375-filters');
    await clickItem(page, 'button:filters');
    await page.waitForFunction(() => !window.dutyatlas.drawnItems().some((i) => i.key.startsWith('chip:facet:')));
    await clickItem(page, `row:${expected.rows[0].key}`);
    await page.waitForFunction(() => window.dutyatlas.route().startsWith('#/item/powers'));
    await waitForItem(page, 'item-title');
    await screenshot(page, 'lists-phone-375-item');
    assert.deepEqual(phone.errors, []);
  } finally {
    await phone.close();
  }
});
