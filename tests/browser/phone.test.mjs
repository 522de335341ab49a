// The phone layout at 375×812, device scale 3, touch only: one column, taps open views, a
// finger drag scrolls, the text stays crisp (the canvas has 3 device pixels per CSS pixel), and
// the keyboard's 搜索 key searches.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SITE_DIR, launch, openClient, serve, showScreen, waitForItem, drawnItems, screenshot } from './harness.mjs';

let server;
let browser;

before(async () => {
  server = await serve(SITE_DIR);
  browser = await launch({ width: 375, height: 812, deviceScaleFactor: 3, isMobile: true });
  assert.deepEqual(await openClient(browser.page, server.url), { ok: true });
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function tapItem(page, key) {
  const item = await waitForItem(page, key);
  await page.touchscreen.tap(item.x + item.width / 2, item.y + item.height / 2);
  return item;
}

test('one column, drawn at device resolution', async () => {
  const { page } = browser;
  await showScreen(page, server.url, '#/');
  const items = await drawnItems(page);
  assert.equal([...items.keys()].some((k) => k.startsWith('nav-category:')), false, 'no sidebar');
  const card = items.get('category:government');
  assert.ok(card.x >= 0 && card.x + card.width <= 375, 'cards fit the width');
  const canvas = await page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { width: c.width, cssWidth: c.getBoundingClientRect().width };
  });
  assert.equal(canvas.width, canvas.cssWidth * 3);
  await screenshot(page, 'phone-home-375x812');
});

test('taps go home → category → body', async () => {
  const { page } = browser;
  await showScreen(page, server.url, '#/');
  await tapItem(page, 'category:government');
  await page.waitForFunction(() => window.dutyatlas.route() === '#/category/government');
  await tapItem(page, 'body:sthjj');
  await page.waitForFunction(() => window.dutyatlas.route() === '#/body/sthjj');
  await waitForItem(page, 'title', { text: '示例区生态环境局' });
  await screenshot(page, 'phone-body-375x812');
});

// A phone keyboard sends the 搜索 key's press and release back to back, often before the page
// draws its next frame; ImGui 1.86 reads keys once a frame (web/key_input.h).
test('the keyboard’s 搜索 key searches, pressed and released between two frames', async () => {
  const { page } = browser;
  await showScreen(page, server.url, '#/');
  await tapItem(page, 'input:search');
  await page.waitForFunction(() => document.activeElement?.dataset.key === 'input:search');
  await page.keyboard.insertText('低保');
  await waitForItem(page, 'input:search', { text: '低保' });
  await page.waitForTimeout(1200);
  assert.equal(await page.evaluate(() => window.dutyatlas.route()), '#/', 'on a phone only 搜索 searches');
  const frames = await page.evaluate(() => {
    const before = window.dutyatlas.framesDrawn();
    for (const type of ['keydown', 'keyup']) {
      const event = new KeyboardEvent(type, { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true });
      Object.defineProperty(event, 'keyCode', { get: () => 13 });  // what GLFW reads
      document.activeElement.dispatchEvent(event);
    }
    return window.dutyatlas.framesDrawn() - before;
  });
  assert.equal(frames, 0, 'no frame between the press and the release');
  await page.waitForFunction(() => decodeURIComponent(window.dutyatlas.route()) === '#/search/低保');
  await waitForItem(page, 'input:search', { text: '低保' });
  await waitForItem(page, 'result-count');
});

test('a finger drag scrolls the page', async () => {
  const { page } = browser;
  await showScreen(page, server.url, '#/body/sthjj');
  const before = await waitForItem(page, 'clause:1');
  const cdp = await page.context().newCDPSession(page);
  const point = (y) => [{ x: 200, y }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(600) });
  for (let y = 580; y >= 200; y -= 20) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(y) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await page.waitForFunction((y0) => {
    const item = window.dutyatlas.drawnItems().find((i) => i.key === 'clause:1');
    return item && item.y < y0 - 200;
  }, before.y);
  assert.equal(await page.evaluate(() => window.dutyatlas.route()), '#/body/sthjj', 'a drag is not a tap');
  await screenshot(page, 'phone-body-scrolled-375x812');
});
