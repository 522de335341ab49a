// The search results page and search that forgives, in the browser: the page's own box edits
// the query; every result row names its body; a sentence gets partial matches and the offer of
// 谁来管 (which opens with the text analysed); a typo'd body name offers the right body; excerpts
// show the word searched; the phone results page, with its box, in a screenshot.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  clientForTests, launch, openClient, nativeQuery as native, showScreen, clickItem, clickUntil, waitForItem, drawnItems, screenshot,
} from './harness.mjs';

const route = (text) => `#/search/${encodeURIComponent(text)}`;
const session = clientForTests();

const keysStartingWith = (items, prefix) => [...items.keys()].filter((k) => k.startsWith(prefix));

test('the results page has a box holding the query, and editing it replaces the query', async () => {
  const { page } = session.browser;
  await showScreen(page, session.server.url, route('低保'));
  await waitForItem(page, 'input:search', { text: '低保' });
  await waitForItem(page, 'result-count');
  const before = await page.evaluate(() => history.length);
  await clickItem(page, 'input:search');
  await page.waitForFunction(() => ['INPUT', 'TEXTAREA'].includes(document.activeElement.tagName));
  await page.keyboard.press('End');
  await page.keyboard.insertText('申请');
  await page.keyboard.press('Enter');  // a submit, whether the box searches as one types or on Enter
  await page.waitForFunction((r) => window.dutyatlas.route() === r, route('低保申请'));
  await page.waitForFunction(() => window.dutyatlas.drawnItems()
    .some((i) => i.key === 'result-count' && i.text.startsWith('“低保申请”')));
  assert.equal(await page.evaluate(() => history.length), before, 'the query is replaced, not stacked');
});

test('every result row names the body it belongs to', async () => {
  const { page } = session.browser;
  const text = '最低生活保障申请受理和入户调查';
  await showScreen(page, session.server.url, route(text) + '?kind=power');
  await waitForItem(page, 'result-count');
  const hits = native({ query: 'search', text, kinds: ['power'], limit: 50 }).hits
    .filter((h) => h.title === text);
  assert.ok(hits.length >= 10, `rows titled alike: ${hits.length}`);
  const items = await drawnItems(page);
  const names = new Set();
  for (const h of hits) {
    const body = items.get(`result-body:power:${h.ref}`);
    assert.ok(body, `row ${h.ref} names its body`);
    assert.equal(body.text, h.body_name);
    names.add(body.text);
  }
  assert.equal(names.size, hits.length, 'each row names a different street or town');
  assert.ok([...names].some((n) => n.endsWith('街道')));
  await screenshot(page, 'search-bodies-1366x768');
});

test('a sentence shows partial matches and offers 谁来管, which analyses the text', async () => {
  const { page } = session.browser;
  const sentence = '楼上卫生间漏水渗到我家天花板';
  const answer = native({ query: 'search', text: sentence });
  assert.equal(answer.partial, true);
  assert.equal(answer.strict_hits, 0);
  await showScreen(page, session.server.url, route(sentence));
  await waitForItem(page, 'partial-notice', { text: '没有同时包含全部词语的结果，以下为部分匹配。' });
  const items = await drawnItems(page);
  assert.ok(keysStartingWith(items, 'result:').length > 0, 'partial matches are listed');
  const snippets = keysStartingWith(items, 'snippet:').map((k) => items.get(k).text);
  assert.ok(snippets.some((s) => s.includes('漏水')), 'an excerpt shows 漏水');
  await screenshot(page, 'search-sentence-1366x768');

  await clickUntil(page, 'link:who', 'input:complaint');
  assert.ok((await page.evaluate(() => window.dutyatlas.route())).startsWith('#/who'));
  await waitForItem(page, 'input:complaint', { text: sentence });
  const who = native({ query: 'who', text: sentence });
  assert.ok(who.length > 0);
  await waitForItem(page, `who-body:${who[0].body_id}`);
});

test('a typo’d body name offers the right body, as a link', async () => {
  const { page } = session.browser;
  await showScreen(page, session.server.url, route('示例区生态环竟局'));
  await waitForItem(page, 'suggestion', { text: '示例区生态环境局' });
  assert.equal(await page.evaluate(() => window.dutyatlas.route()), route('示例区生态环竟局'), 'not applied by itself');
  assert.equal((await drawnItems(page)).has('link:who'), false, 'a typo is not offered to 谁来管');
  await screenshot(page, 'search-typo-1366x768');
  await clickItem(page, 'suggestion');
  await page.waitForFunction((r) => window.dutyatlas.route() === r, route('示例区生态环境局'));
  await waitForItem(page, 'result:body:sthjj');
  await waitForItem(page, 'input:search', { text: '示例区生态环境局' });
});

test('every excerpt of 漏水 shows 漏水', async () => {
  const { page } = session.browser;
  await showScreen(page, session.server.url, route('漏水'));
  await waitForItem(page, 'result-count');
  const items = await drawnItems(page);
  const snippets = keysStartingWith(items, 'snippet:').map((k) => items.get(k).text);
  assert.ok(snippets.length >= 1);
  for (const s of snippets) assert.ok(s.includes('漏水'), s);
});

test('the phone results page has its search box', async () => {
  const phone = await launch({ width: 375, height: 812, deviceScaleFactor: 3, isMobile: true });
  try {
    assert.deepEqual(await openClient(phone.page, session.server.url), { ok: true });
    await showScreen(phone.page, session.server.url, route('最低生活保障'));
    const box = await waitForItem(phone.page, 'input:search', { text: '最低生活保障' });
    assert.ok(box.x >= 0 && box.x + box.width <= 375, 'the box fits the width');
    const items = await drawnItems(phone.page);
    const bodies = keysStartingWith(items, 'result-body:');
    assert.ok(bodies.length > 0, 'rows name their body on a phone too');
    for (const k of bodies) {
      const b = items.get(k);
      assert.ok(b.x + b.width <= 375, `${k} fits the width`);
    }
    await screenshot(phone.page, 'phone-search-375x812');
  } finally {
    await phone.close();
  }
});
