// Links that behave like links, touch that feels like a phone's, and tiles that fit their text
// (issue 20, items 7–9): the pointer cursor over what is clickable; Ctrl-click and the middle
// button open a link's route in a new tab; right-click finds a real link under the pointer; a
// drag over clause text selects it and Ctrl+C copies it; a flick on a phone glides on after the
// finger lifts; lists on a phone scroll with the page; the sidebar filter says when it hides
// everything and clears in one click; every tile and chip holds its text at every text size
// and screen width.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  clientForTests, launch, openClient, showScreen, waitForItem, drawnItems, screenshot, clickItem, pressKey, typeKeys,
  scrollIntoView,
} from './harness.mjs';

const session = clientForTests({ width: 1366, height: 768 });

const centre = (item) => ({ x: item.x + item.width / 2, y: item.y + item.height / 2 });

// Shows `route` and rests the mouse on the item `key` (a frame draws the hover); returns where.
async function pointAt(route, key) {
  const { page } = session.browser;
  await showScreen(page, session.server.url, route);
  const item = await waitForItem(page, key);
  const { x, y } = centre(item);
  await page.mouse.move(x, y);
  await page.waitForTimeout(60);
  return { page, item, x, y };
}

// The canvas's CSS cursor once the frames after a pointer move are drawn.
async function cursorOver(page, item) {
  const { x, y } = centre(item);
  await page.mouse.move(x, y);
  await page.waitForTimeout(120);
  return page.evaluate(() => getComputedStyle(document.getElementById('canvas')).cursor);
}

// Opens the new page a click makes, and returns its URL's hash once it has loaded.
async function newPageFrom(page, click) {
  const [opened] = await Promise.all([page.context().waitForEvent('page', { timeout: 5000 }), click()]);
  await opened.waitForLoadState('domcontentloaded');
  const hash = new URL(opened.url()).hash;
  await opened.close();
  return hash;
}

test('the pointer is a hand over links, cards and rows, an I-beam over text, not a hand', async () => {
  const { page } = session.browser;
  await showScreen(page, session.server.url, '#/');
  assert.equal(await cursorOver(page, await waitForItem(page, 'category:government')), 'pointer', 'a category card');
  assert.equal(await cursorOver(page, await waitForItem(page, 'module:documents')), 'pointer', 'a module tile');
  await showScreen(page, session.server.url, '#/body/sthjj');
  assert.equal(await cursorOver(page, await waitForItem(page, 'link:category')), 'pointer', 'a text link');
  assert.equal(await cursorOver(page, await waitForItem(page, 'nav-body:sthjj')), 'pointer', 'a sidebar entry');
  // Below the body's contact block: scrolled into view first.
  const clause = await scrollIntoView(page, 'clause:1');
  await page.waitForTimeout(400);  // the wheel's scroll settles
  const overText = await cursorOver(page, { ...clause, width: 40 });
  assert.notEqual(overText, 'pointer', 'plain text is no link');
  assert.equal(overText, 'text', 'text that a drag selects shows the I-beam');
});

test('Ctrl-click opens the link\'s route in a new tab and leaves this page where it was', async () => {
  const { page, item: card, x, y } = await pointAt('#/', 'category:government');
  assert.equal(card.href, '#/category/government', 'the card says where it leads');
  const hash = await newPageFrom(page, async () => {
    await page.keyboard.down('Control');
    await page.mouse.click(x, y);
    await page.keyboard.up('Control');
  });
  assert.equal(hash, '#/category/government');
  await page.waitForTimeout(150);
  assert.equal(await page.evaluate(() => window.dutyatlas.route()), '#/', 'this page did not follow the link');
});

test('the middle button opens a sidebar body in a new tab', async () => {
  const { page, x, y } = await pointAt('#/body/sthjj', 'nav-body:sthjj');
  const hash = await newPageFrom(page, () => page.mouse.click(x, y, { button: 'middle' }));
  assert.equal(hash, '#/body/sthjj');
  assert.equal(await page.evaluate(() => window.dutyatlas.route()), '#/body/sthjj');
});

test('right-click over a link finds a real link there: the browser offers its link menu', async () => {
  const { page } = await pointAt('#/', 'category:government');
  await page.evaluate(() => {
    window.contextMenuTarget = null;
    window.addEventListener('contextmenu', (e) => { window.contextMenuTarget = e.target.closest('a')?.href || e.target.tagName; e.preventDefault(); }, { once: true });
  });
  await page.mouse.down({ button: 'right' });
  await page.mouse.up({ button: 'right' });
  const target = await page.evaluate(() => window.contextMenuTarget);
  assert.ok(String(target).endsWith('#/category/government'), `the menu opens on a link to the route, got ${target}`);
  // Over plain text there is no link to offer.
  const title = await waitForItem(page, 'title');
  await page.mouse.move(title.x + 10, title.y + title.height / 2);
  await page.waitForTimeout(60);
  const linkThere = await page.evaluate(([px, py]) => document.elementFromPoint(px, py)?.tagName, [title.x + 10, title.y + title.height / 2]);
  assert.equal(linkThere, 'CANVAS', 'the link is gone once the pointer left it');
});

test('a drag over clause text selects it and Ctrl+C copies exactly that', async () => {
  const { page } = session.browser;
  await showScreen(page, session.server.url, '#/body/sthjj');
  await scrollIntoView(page, 'clause:1');
  await page.waitForTimeout(400);  // the wheel's scroll settles
  const clause = await waitForItem(page, 'clause:1');
  const body = await page.evaluate(() => window.dutyatlas.query({ query: 'body', id: 'sthjj' }));
  const y = clause.y + 14;
  await page.mouse.move(clause.x + 60, y);
  await page.waitForTimeout(50);
  await page.mouse.down();
  for (let x = clause.x + 60; x <= clause.x + 300; x += 40) {
    await page.mouse.move(x, y);
    await page.waitForTimeout(30);
  }
  await page.mouse.up();
  await page.waitForTimeout(60);
  await page.keyboard.down('Control');
  await pressKey(page, 'c');
  await page.keyboard.up('Control');
  const copied = await page.evaluate(() => window.dutyatlas.lastCopied());
  assert.ok(copied && [...copied].length >= 8, `some characters were copied: ${copied}`);
  assert.ok(clause.text.includes(copied), `what was copied is a piece of the clause: ${copied}`);
  assert.ok(JSON.stringify(body).includes(copied));
  await screenshot(page, 'links-text-selected-1366x768');
  // The same with the 复制 button beside the selection, for those who do not know Ctrl+C.
  await page.evaluate(() => window.Module.dutyatlasTextInput.copy(''));
  await clickItem(page, 'button:copy-selection');
  await page.waitForFunction((c) => window.dutyatlas.lastCopied() === c, copied);
  // A click on nothing clears the selection, and its button with it.
  await page.mouse.click(clause.x + 30, clause.y - 30);
  await page.waitForFunction(() => !window.dutyatlas.drawnItems().some((i) => i.key === 'button:copy-selection'));
});

test('a mistyped sidebar filter says it hides every body and clears in one click', async () => {
  const { page } = session.browser;
  await showScreen(page, session.server.url, '#/');
  await clickItem(page, 'input:body-filter');
  await typeKeys(page, 'qqzz');
  const notice = await waitForItem(page, 'no-match');
  assert.equal(notice.text, '没有匹配“qqzz”的机构');
  const items = await drawnItems(page);
  assert.equal([...items.keys()].some((k) => k.startsWith('nav-category:')), false, 'nothing left to show');
  assert.ok(items.has('button:clear-filter'), 'a × in the box');
  await screenshot(page, 'links-filter-no-match-1366x768');
  await clickItem(page, 'button:clear-filter');
  await waitForItem(page, 'input:body-filter', { text: '' });
  await waitForItem(page, 'nav-category:government');
  const after = await drawnItems(page);
  assert.equal(after.has('no-match'), false);
  assert.equal(after.has('button:clear-filter'), false, 'the × goes with the text');
});

// Tiles, cards and chips: their text inside their own rectangle, and they inside the screen.
function spills(items, width) {
  const out = [];
  for (const item of items) {
    if (!item.textBox || !item.visible) continue;
    const t = item.textBox;
    const inside = t.x >= item.x - 0.5 && t.y >= item.y - 0.5 && t.x + t.width <= item.x + item.width + 0.5 &&
      t.y + t.height <= item.y + item.height + 0.5;
    if (!inside) out.push(`${item.key}: text ${JSON.stringify(t)} outside ${JSON.stringify({ x: item.x, y: item.y, width: item.width, height: item.height })}`);
    if (item.x < -0.5 || item.x + item.width > width + 0.5) out.push(`${item.key}: outside the screen`);
  }
  return out;
}

async function setTextScale(page, scale) {
  await page.evaluate((s) => window.Module.ccall('da_set_text_scale', null, ['number'], [s]), scale);
  await page.waitForFunction((s) => window.dutyatlas.stats().textScale === s, scale);
  await page.waitForTimeout(150); // the atlas is rebuilt, then the view is laid out again
}

test('every tile and chip holds its text at every text size and screen width', async () => {
  const { page } = session.browser;
  const problems = [];
  let checked = 0;
  try {
    for (const width of [320, 375, 414, 768, 1024, 1366]) {
      await page.setViewportSize({ width, height: 800 });
      for (const scale of [1, 1.25, 1.5]) {
        await setTextScale(page, scale);
        for (const route of ['#/', '#/documents']) {
          await showScreen(page, session.server.url, route);
          await page.waitForTimeout(80);
          const items = await page.evaluate(() => window.dutyatlas.drawnItems());
          const boxed = items.filter((i) => i.textBox && i.visible);
          assert.ok(boxed.length > 0, `${route} at ${width} px draws tiles or chips`);
          checked += boxed.length;
          for (const p of spills(items, width)) problems.push(`${route} ${width}px ×${scale}: ${p}`);
          if (route === '#/' && scale === 1.5 && (width === 375 || width === 1366)) {
            await screenshot(page, `links-home-large-text-${width}`);
          }
        }
      }
    }
  } finally {
    await page.setViewportSize({ width: 1366, height: 768 });
    await setTextScale(page, 1);
  }
  assert.deepEqual(problems, []);
  assert.ok(checked > 100, `checked ${checked} tiles and chips`);
});

// --- a phone ------------------------------------------------------------------------------------

// A finger moving `step` px a frame from `from` to `to`, then lifting. The events are sent
// `pauseMs` apart without waiting for each to be handled, as a finger does not wait for a busy
// page (a round trip per event would make a slow drag of any swipe on a loaded machine).
async function swipe(page, { x = 200, from, to, step = 20, pauseMs = 16 }) {
  const cdp = await page.context().newCDPSession(page);
  const point = (y) => [{ x, y }];
  const sent = [cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) })];
  const dir = Math.sign(to - from);
  for (let y = from + dir * step; dir * (to - y) >= 0; y += dir * step) {
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
    sent.push(cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(y) }));
  }
  sent.push(cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] }));
  await Promise.all(sent);
  await cdp.detach();
}

test('on a phone a swipe carries on after the finger lifts, slowing down, and a lone list scrolls with the page', async () => {
  const phone = await launch({ width: 375, height: 812, deviceScaleFactor: 2, isMobile: true });
  try {
    const { page } = phone;
    assert.deepEqual(await openClient(page, new URL('#/body/sthjj', session.server.url).href), { ok: true });
    const start = await waitForItem(page, 'clause:1');
    await swipe(page, { from: 600, to: 200 });
    // Where the clause is at the lift (the frame right after touchEnd), then frame by frame.
    const track = await page.evaluate(() => new Promise((resolve) => {
      const ys = [];
      const sample = () => {
        const item = window.dutyatlas.drawnItems().find((i) => i.key === 'clause:1');
        ys.push(item ? item.y : null);
        if (ys.length < 120) requestAnimationFrame(sample);
        else resolve(ys);
      };
      requestAnimationFrame(sample);
    }));
    const ys = track.filter((y) => y !== null);
    const atLift = ys[0];
    const changes = ys.filter((y, i) => i > 0 && y !== ys[i - 1]).length;
    const travelled = start.y - ys[ys.length - 1];
    assert.ok(changes >= 5, `it kept moving for ${changes} frames after the finger lifted`);
    assert.ok(travelled > 400 + 50, `the page went ${Math.round(travelled)} px for a 400-px swipe`);
    assert.ok(atLift > ys[ys.length - 1], 'further on after the lift');
    // Slowing down: the second half of the glide covers less than the first.
    const steps = ys.slice(1).map((y, i) => ys[i] - y).filter((d) => d > 0);
    const half = Math.floor(steps.length / 2);
    const sum = (a) => a.reduce((s, d) => s + d, 0);
    assert.ok(sum(steps.slice(0, half)) > sum(steps.slice(half)), 'it slows down');
    await screenshot(page, 'links-phone-after-swipe-375x812');

    // A finger put on the gliding page holds it, as on a phone.
    await showScreen(page, session.server.url, '#/body/sthjj');
    await swipe(page, { from: 700, to: 300 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 30, y: 500 }] });
    await page.waitForTimeout(100);
    const held = (await drawnItems(page)).get('clause:1').y;
    await page.waitForTimeout(400);
    assert.equal((await drawnItems(page)).get('clause:1').y, held, 'the page stands still under the finger');
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();

    // A list on a phone: the cards scroll with the page, not inside it.
    await showScreen(page, session.server.url, '#/lists/powers');
    const title = await waitForItem(page, 'title');
    await swipe(page, { from: 700, to: 400, pauseMs: 30 });
    await page.waitForTimeout(1500);
    const moved = (await drawnItems(page)).get('title');
    assert.ok(!moved || moved.y < title.y - 250, 'the page itself scrolled: the title went up with the cards');
    await screenshot(page, 'links-phone-list-scrolled-375x812');

    // 大字号 at the phone's width: the home tiles.
    await showScreen(page, session.server.url, '#/');
    await setTextScale(page, 1.5);
    const home = await page.evaluate(() => window.dutyatlas.drawnItems());
    assert.deepEqual(spills(home, 375), []);
    await screenshot(page, 'links-phone-home-large-text-375x812');
  } finally {
    await phone.close();
  }
});
