// The search index is not in the download (bundle schema 5): the client builds it after its
// first frame, a slice per frame (web/main.cpp). The page is drawn, and dutyatlas.ready
// resolves, before the index is ready; meanwhile the search results say 正在准备检索… and a
// query of the index answers {ok: false, not_ready: true}; then dutyatlas.searchReady resolves,
// the window event dutyatlas:search-ready fires, the results appear by themselves and search
// answers as the native engine does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, SITE_DIR, launch, openClient, serve, waitForItem, screenshot } from './harness.mjs';

const CLI = path.join(ROOT, 'build/builder/dutyatlas');
const DATA = path.join(SITE_DIR, 'data');

test('the page is drawn before the search index is ready, and search works after', { timeout: 120000 }, async () => {
  const server = await serve(SITE_DIR);
  const browser = await launch({ serviceWorkers: 'block' });
  try {
    const { page } = browser;
    await page.addInitScript(() => {
      window.addEventListener('dutyatlas:search-ready', () => {
        window.searchReadyEvent = performance.now();
      });
    });
    const route = `#/search/${encodeURIComponent('噪声')}`;
    const loaded = await openClient(page, server.url + route, { search: false });
    assert.deepEqual(loaded, { ok: true });
    // What the page was at ready, read in the same task that resolved it.
    const atReady = await page.evaluate(() => window.dutyatlas.ready.then((api) => ({
      searchReady: api.isSearchReady(),
      items: api.drawnItems().map((item) => [item.key, item.text]),
      query: api.query({ query: 'search', text: '噪声' }),
      who: api.query({ query: 'who', text: '楼下烧烤店油烟太大' }),
      body: api.query({ query: 'body', id: 'sthjj' }).ok,
    })));
    const seen = new Map(atReady.items);
    if (!atReady.searchReady) {
      assert.equal(seen.get('search-preparing'), '正在准备检索…', [...seen.keys()].join(' '));
      assert.equal(seen.get('title'), '搜索结果');
      assert.deepEqual(atReady.query, { ok: false, error: '正在准备检索…', not_ready: true });
      assert.equal(atReady.who.not_ready, true);
      await screenshot(page, 'search-preparing-1366x768');
    }
    assert.equal(atReady.body, true, 'everything but search answers at ready');

    await page.evaluate(() => window.dutyatlas.searchReady);
    const stats = await page.evaluate(() => ({
      ...window.dutyatlas.stats(), event: window.searchReadyEvent, searchReady: window.dutyatlas.isSearchReady(),
    }));
    assert.equal(stats.searchReady, true);
    assert.ok(stats.firstFrameMs < stats.searchReadyMs, `first frame ${stats.firstFrameMs} ms, search ready ${stats.searchReadyMs} ms`);
    assert.ok(stats.readyMs <= stats.searchReadyMs);
    assert.ok(Math.abs(stats.event - stats.searchReadyMs) < 50, 'the event fires with searchReady');
    assert.ok(stats.searchBuild.frames > 1, 'built over several frames');
    console.log(`search index: ready ${Math.round(stats.readyMs)} ms, search ready ${Math.round(stats.searchReadyMs)} ms; `
      + `built in ${Math.round(stats.searchBuild.build_ms)} ms over ${stats.searchBuild.frames} frames, `
      + `longest frame ${stats.searchBuild.longest_frame_ms.toFixed(1)} ms (slices ${stats.searchBuild.slices_ms.join(" ")} ms); `
      + `wasm heap ${(stats.heapBytes / 1048576).toFixed(1)} MB`);

    // The results come by themselves, and answer as the native engine does.
    await waitForItem(page, 'result-count', { timeout: 10000 });
    const inPage = await page.evaluate(() => window.dutyatlas.query({ query: 'search', text: '噪声', limit: 20 }));
    const native = JSON.parse(execFileSync(CLI, ['query', DATA, JSON.stringify({ query: 'search', text: '噪声', limit: 20 })], { encoding: 'utf8' }));
    const round = (x) => JSON.parse(JSON.stringify(x, (k, v) => (k === 'score' ? Math.round(v * 1e6) / 1e6 : v)));
    assert.equal(inPage.ok, true);
    assert.deepEqual(round(inPage), round(native));
    const pangolin = await page.evaluate(() => window.dutyatlas.query({ query: 'search', text: '穿山甲' }));
    assert.ok(pangolin.ok && pangolin.result.hits.length > 0, 'a word only the general lexicon gives is found');
    const who = await page.evaluate(() => window.dutyatlas.query({ query: 'who', text: '楼下烧烤店油烟太大，晚上还很吵' }));
    assert.ok(who.ok && who.result.length > 0);
  } finally {
    await browser.close();
    server.close();
  }
});
