// Something to read at once (issue 13, site/preview.js): on a slow phone link the HTML edition's
// page for the route opened is readable long before the client is ready, and it is gone once the
// client runs (a screen reader never meets the page twice). The page chosen for every kind of
// route is the one the client's own 文字版 link names (web/edition_link.cpp): one mapping, two
// languages, held equal here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SITE_DIR, launch, openClient, serve, screenshot } from './harness.mjs';

test('on a slow link the body page is readable at once, and gives way to the client', { timeout: 240000 }, async () => {
  const server = await serve(SITE_DIR);
  const browser = await launch({ width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, serviceWorkers: 'block' });
  try {
    const cdp = await browser.context.newCDPSession(browser.page);
    await cdp.send('Network.enable');
    // 1.6 Mbit/s, 150 ms: the client (2–3 MB) takes many seconds; one edition page a fraction of one.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 150, downloadThroughput: 1600000 / 8, uploadThroughput: 1600000 / 8,
    });
    const started = Date.now();
    await browser.page.goto(`${server.url}#/body/sthjj`, { waitUntil: 'commit' });
    await browser.page.waitForSelector('#preview h1', { timeout: 30000 });
    const readableAfter = (Date.now() - started) / 1000;
    const early = await browser.page.evaluate(() => ({
      ready: window.dutyatlas.isReady(),
      title: document.querySelector('#preview h1').textContent,
      text: document.querySelector('#preview').textContent,
      scripts: document.querySelectorAll('#preview script').length,
      links: Array.from(document.querySelectorAll('#preview a[href]'), (a) => a.href),
      page: performance.getEntriesByName('dutyatlas:preview')[0].detail.page,
    }));
    assert.equal(early.ready, false, 'the text came before the client');
    assert.equal(early.title, '示例区生态环境局');
    assert.match(early.text, /主要职责/);
    assert.equal(early.page, 'body/sthjj.html');
    assert.equal(early.scripts, 0);
    // Links lead where the edition's own links lead (made absolute), never to script.
    assert.ok(early.links.length > 5);
    for (const href of early.links) assert.match(href, /^(https?:|tel:)/);
    assert.ok(early.links.some((href) => href.endsWith('/data/text/category/government.html')), early.links.join(' '));
    await screenshot(browser.page, 'preview-body-phone-390x844');

    const outcome = await browser.page.evaluate(() => window.dutyatlas.ready.then(() => 'ready', (e) => e.message));
    const readyAfter = (Date.now() - started) / 1000;
    assert.equal(outcome, 'ready');
    assert.ok(readyAfter > readableAfter + 1, `readable at ${readableAfter.toFixed(1)} s, ready at ${readyAfter.toFixed(1)} s`);
    const after = await browser.page.evaluate(() => ({
      preview: document.querySelectorAll('#preview, .preview').length,
      marked: document.body.classList.contains('has-preview'),
    }));
    assert.deepEqual(after, { preview: 0, marked: false });
    console.log(`preview: readable after ${readableAfter.toFixed(1)} s, client ready after ${readyAfter.toFixed(1)} s (1.6 Mbit/s, 150 ms)`);
  } finally {
    await browser.close();
    server.close();
  }
});

test('the page chosen for every kind of route is the client\'s own 文字版 page', { timeout: 120000 }, async () => {
  const server = await serve(SITE_DIR);
  const browser = await launch({ serviceWorkers: 'block' });
  try {
    assert.deepEqual(await openClient(browser.page, server.url), { ok: true });
    const routes = [
      '#/', '#/category/government', '#/body/sthjj', '#/body/sthjj/', '#/history/sthjj', '#/compare/sthjj?from=2019-01-01',
      '#/documents', `#/document/${encodeURIComponent('示编〔2019〕15号')}`, '#/changes/2021', '#/changes',
      '#/lists', '#/lists/powers', '#/item/powers?key=XZCF-QWB-0001', `#/item/powers?key=${encodeURIComponent('许可 甲')}`,
      `#/search/${encodeURIComponent('噪声')}`, `#/who?text=${encodeURIComponent('油烟')}`, '#/audit', '#/no-such-view',
    ];
    for (const route of routes) {
      const pair = await browser.page.evaluate(async (r) => {
        window.dutyatlas.navigate(r);
        await new Promise((resolve) => setTimeout(resolve, 300));
        return { client: document.querySelector('link[rel="alternate"]')?.href, preview: await window.dutyatlasPreviewPage(r) };
      }, route);
      assert.equal(pair.preview, pair.client, route);
    }
  } finally {
    await browser.close();
    server.close();
  }
});
