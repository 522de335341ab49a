// The HTML edition (文字版, out/site/data/text/): a crawler with plain HTTP (node's fetch, no
// browser) follows every internal link from the home and finds no broken one and every body and
// document; axe-core finds no serious or critical violation on the home, a body page, a document,
// a list page and a power; for a sample of bodies the edition shows exactly the clauses the live
// client's query shows on the same date; screenshots of a body page at desktop and phone width.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT, SITE_DIR, launch, openClient, serve, screenshot } from './harness.mjs';

const CLI = path.join(ROOT, 'build/builder/dutyatlas');
const DATA = path.join(SITE_DIR, 'data');
const EDITION = 'data/text/';
let server;

before(async () => {
  server = await serve(SITE_DIR);
});
after(() => server?.close());

function native(request) {
  const answer = JSON.parse(execFileSync(CLI, ['query', DATA, JSON.stringify(request)], { encoding: 'utf8' }));
  assert.equal(answer.ok, true, JSON.stringify(answer));
  return answer.result;
}

// The page name of a key (core/edition/edition_paths.h): itself when plain ASCII, else the first
// 16 hex digits of its SHA-256.
function fileKey(key) {
  if (/^[A-Za-z0-9_\-][A-Za-z0-9_.\-]{0,63}$/.test(key)) return key;
  return createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 16);
}

const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const unescapeHtml = (text) => text.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]);

const editionUrl = (page) => new URL(EDITION + page, server.url).href;

test('crawler: every internal link from the home works, every body and document is reached', async () => {
  const root = editionUrl('');
  const seen = new Set([editionUrl('index.html')]);
  const queue = [...seen];
  const outside = new Set();
  const broken = [];
  const pages = [];
  while (queue.length > 0) {
    const batch = queue.splice(0, 16);
    await Promise.all(batch.map(async (url) => {
      const response = await fetch(url);
      if (!response.ok) {
        broken.push(`${url}: HTTP ${response.status}`);
        return;
      }
      const body = await response.text();
      if (!url.endsWith('.html')) return;
      pages.push(url);
      for (const match of body.matchAll(/(?:href|src)="([^"]*)"/g)) {
        const target = new URL(unescapeHtml(match[1]), url);
        target.hash = '';
        if (!target.href.startsWith(root)) {
          outside.add(target.href);
        } else if (!seen.has(target.href)) {
          seen.add(target.href);
          queue.push(target.href);
        }
      }
    }));
  }
  assert.deepEqual(broken, []);
  // The only way out of the edition within the site: 打开交互版, the site's index.html (a hash
  // route after it). Every other way out is a body's contact: a tel: number or its website.
  const site = [...outside].filter((href) => href.startsWith(server.url));
  assert.deepEqual(site, [new URL('index.html', server.url).href]);
  assert.equal((await fetch(site[0])).status, 200);
  for (const href of outside) assert.ok(href.startsWith(server.url) || /^(tel:|https:)/.test(href), href);

  const reached = new Set(pages.map((url) => url.slice(root.length)));
  const missingBodies = native({ query: 'bodies' }).map((b) => b.id)
    .filter((id) => !reached.has(`body/${fileKey(id)}.html`));
  assert.deepEqual(missingBodies, []);
  const documents = native({ query: 'documents' }).documents;
  const missingDocuments = documents.map((d) => d.doc_no)
    .filter((doc) => !reached.has(`document/${fileKey(doc)}.html`));
  assert.deepEqual(missingDocuments, []);
  console.log(`edition: ${pages.length} pages crawled, ${documents.length} documents`);
});

// axe-core from tests/browser/node_modules (package.json), or from NODE_PATH.
function axeSource() {
  const require = createRequire(import.meta.url);
  return fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
}

test('axe-core: no serious or critical violation on the edition\'s kinds of page', async () => {
  const firstPower = native({ query: 'list', kind: 'powers', limit: 1 }).rows[0].key;
  const firstDocument = native({ query: 'documents' }).documents[0].doc_no;
  const pages = {
    home: 'index.html',
    body: 'body/sthjj.html',
    document: `document/${fileKey(firstDocument)}.html`,
    list: 'lists/powers/2.html',
    power: `item/powers/${fileKey(firstPower)}.html`,
  };
  const source = axeSource();
  const browser = await launch();
  try {
    const report = {};
    for (const [name, page] of Object.entries(pages)) {
      const response = await browser.page.goto(editionUrl(page));
      assert.equal(response.status(), 200, page);
      await browser.page.evaluate(source);  // not a <script>: the site's CSP blocks inline ones
      const result = await browser.page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      report[name] = result.violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`);
      assert.deepEqual(serious.map((v) => `${v.id}: ${v.nodes[0].target} ${v.help}`), [], `${name}: ${page}`);
    }
    console.log(`axe-core ${JSON.parse(fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/package.json'), 'utf8')).version} violations (any impact):`, JSON.stringify(report));
    assert.deepEqual(browser.errors, []);
  } finally {
    await browser.close();
  }
});

// (一) 负责… → {number, label, text} from a body page of the edition.
function editionClauses(html) {
  const clauses = [];
  const pattern = /<li id="clause-(\d+)"><span class="num">([^<]*)<\/span><span class="text">([^<]*)<\/span><\/li>/g;
  for (const match of html.matchAll(pattern)) {
    clauses.push({ number: Number(match[1]), label: match[2], text: unescapeHtml(match[3]) });
  }
  return clauses;
}

test('a sample of bodies: the edition shows exactly the clauses the live client shows', async () => {
  const bodies = native({ query: 'bodies' });
  // Every 25th body, and the ones whose duties were changed (transfers, rewordings) by name.
  const sample = bodies.filter((_, i) => i % 25 === 0).map((b) => b.id);
  for (const id of ['sthjj', 'slj', 'scjgj', 'zhzfj']) if (!sample.includes(id)) sample.push(id);
  const browser = await launch();
  try {
    assert.deepEqual(await openClient(browser.page, server.url), { ok: true });
    const info = await browser.page.evaluate(() => window.dutyatlas.query({ query: 'info' }).result);
    let compared = 0;
    for (const id of sample) {
      const live = await browser.page.evaluate((body) => window.dutyatlas.query({ query: 'body', id: body }), id);
      assert.equal(live.ok, true, id);
      assert.equal(live.result.profile.date, info.data_date);
      const html = await (await fetch(editionUrl(`body/${fileKey(id)}.html`))).text();
      assert.ok(html.includes(`数据日期 ${info.data_date}`), id);
      const expected = live.result.profile.clauses.map((c) => ({ number: c.number, label: c.label, text: c.text }));
      assert.deepEqual(editionClauses(html), expected, id);
      compared += expected.length;
    }
    assert.ok(compared > 100, `only ${compared} clauses compared`);
    console.log(`clauses: ${sample.length} bodies, ${compared} clauses identical`);
  } finally {
    await browser.close();
  }
});

test('screenshots: a body page at desktop and phone width', async () => {
  for (const [name, options] of [
    ['edition-body-1366x768', { width: 1366, height: 768 }],
    ['edition-body-375x812', { width: 375, height: 812, deviceScaleFactor: 2, isMobile: true }],
  ]) {
    const browser = await launch(options);
    try {
      await browser.page.goto(editionUrl('body/sthjj.html'));
      // At phone width nothing may stick out sideways (the page scrolls only down).
      const overflow = await browser.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${name}: ${overflow}px wider than the screen`);
      await screenshot(browser.page, name);
    } finally {
      await browser.close();
    }
  }
});
