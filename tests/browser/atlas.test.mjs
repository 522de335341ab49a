// The glyph atlas of the first view (web/fonts.h): from ready until search ready it holds only
// the characters drawn so far, so that the first view does not wait for the whole font's ~3,300
// glyphs to be rasterised at a phone's 3x. None of it may show: the first view drawn from that
// atlas is the same, pixel for pixel, as the same view drawn from the whole font; a view opened
// before the atlas is complete draws every character of its text; once search is ready the
// atlas holds the whole font.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SITE_DIR, launch, openClient, serve, screenshot } from './harness.mjs';

// The share of pixels of two PNG screenshots of the same size that differ visibly, outside
// `mask` (a rectangle in CSS pixels; the screenshots are at `scale`), compared in a blank page
// (the site's own page allows no data: images).
async function differingPixels(context, first, second, mask, scale) {
  const blank = await context.newPage();
  try {
    return await blank.evaluate(async ([a, b, m, k]) => {
      const pixels = async (base64) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context2d = canvas.getContext('2d');
        context2d.drawImage(image, 0, 0);
        return context2d.getImageData(0, 0, image.width, image.height);
      };
      const [p, q] = await Promise.all([pixels(a), pixels(b)]);
      if (p.width !== q.width || p.height !== q.height) return 1;
      let differ = 0;
      for (let y = 0; y < p.height; y += 1) {
        for (let x = 0; x < p.width; x += 1) {
          if (x >= m.x * k && x < (m.x + m.width) * k && y >= m.y * k && y < (m.y + m.height) * k) continue;
          const i = 4 * (y * p.width + x);
          const d = Math.abs(p.data[i] - q.data[i]) + Math.abs(p.data[i + 1] - q.data[i + 1])
            + Math.abs(p.data[i + 2] - q.data[i + 2]);
          if (d > 48) differ += 1;
        }
      }
      return differ / (p.width * p.height);
    }, [first.toString('base64'), second.toString('base64'), mask, scale]);
  } finally {
    await blank.close();
  }
}

// Every text the last frame drew, and what of it the client cannot draw now.
async function undrawable(page) {
  return page.evaluate(() => {
    const text = window.dutyatlas.drawnItems().map((item) => `${item.text}${item.label ?? ''}`).join('');
    return window.dutyatlas.missingGlyphs(text.replace(/[\t\n]/g, ''));
  });
}

test('the first view is drawn from an atlas of what it shows, and looks as drawn from the whole font', { timeout: 120000 }, async () => {
  const server = await serve(SITE_DIR);
  const browser = await launch({ width: 375, height: 812, deviceScaleFactor: 3, isMobile: true, serviceWorkers: 'block' });
  try {
    const { page } = browser;
    assert.deepEqual(await openClient(page, `${server.url}#/`, { search: false }), { ok: true });
    const atReady = await page.evaluate(() => window.dutyatlas.ready.then((api) => ({
      complete: api.stats().atlasComplete, searchReady: api.isSearchReady(),
    })));
    // At 3x the index takes over a second to build: the first view came from the small atlas.
    assert.deepEqual(atReady, { complete: false, searchReady: false });
    assert.equal(await undrawable(page), '', 'every character of the first view is in the atlas');
    const partial = await page.screenshot();
    // The search box says 正在准备检索… until search is ready: the one thing that may differ.
    const box = await page.evaluate(() => window.dutyatlas.drawnItems().find((i) => i.role === 'textbox'));
    assert.ok(box, 'the search box is drawn');

    // Another view before the atlas is complete: the atlas grows for it before it is shown.
    await page.evaluate(() => window.dutyatlas.navigate('#/body/sthjj'));
    await page.waitForFunction(() => window.dutyatlas.route() === '#/body/sthjj' && window.dutyatlas.drawnItems().length > 0);
    const body = await page.evaluate(() => ({ complete: window.dutyatlas.stats().atlasComplete, title: window.dutyatlas.drawnItems().find((i) => i.key === 'title')?.text }));
    assert.equal(body.title, '示例区生态环境局');
    assert.equal(await undrawable(page), '', `the body page's characters (atlas complete: ${body.complete})`);

    await page.evaluate(() => window.dutyatlas.navigate('#/'));
    await page.evaluate(() => window.dutyatlas.searchReady);
    assert.equal(await page.evaluate(() => window.dutyatlas.stats().atlasComplete), true, 'whole once search is ready');
    assert.equal(await page.evaluate(() => window.dutyatlas.missingGlyphs('示例区生态环境局噪声油烟')), '');
    await page.waitForFunction(() => window.dutyatlas.route() === '#/' && window.dutyatlas.drawnItems().length > 0);
    await page.waitForTimeout(300);
    const complete = await page.screenshot();
    await screenshot(page, 'atlas-home-375x812');
    const differ = await differingPixels(browser.context, partial, complete, box, 3);
    assert.ok(differ < 0.001, `${(differ * 100).toFixed(3)} % of the pixels differ between the two atlases`);
  } finally {
    await browser.close();
    server.close();
  }
});
