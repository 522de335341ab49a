// Chinese text entry through the page's hidden input: a pinyin IME composition, typed ASCII,
// Backspace and pasted text reach an ImGui field (the bodies filter) and filter the tree; a
// paste lands once by every keyboard path, Ctrl held the way a person holds it; characters
// committed one at a time (handwriting, IME) reach the search box without a navigation
// mid-word, and a search opened by the address bar replaces the box's text — and an idle page
// draws no frames.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  SITE_DIR, launch, openClient, serve, showScreen, clickItem, waitForItem, drawnItems, screenshot, pressKey, typeKeys,
  putOnClipboard, pressHeld,
} from './harness.mjs';

let server;
let browser;

before(async () => {
  server = await serve(SITE_DIR);
  browser = await launch();
  assert.deepEqual(await openClient(browser.page, server.url), { ok: true });
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function filterText(page) {
  return (await waitForItem(page, 'input:body-filter')).text;
}

// The filter shows 应急 — once, also a moment later — and the bodies follow; then emptied.
async function expectPastedOnce(page) {
  await waitForItem(page, 'input:body-filter', { text: '应急' });
  await waitForItem(page, 'nav-body:yjglj');
  await page.waitForTimeout(300);
  assert.equal(await filterText(page), '应急', 'pasted exactly once');
  await clearFilter(page);
}

async function clearFilter(page) {
  await clickItem(page, 'input:body-filter');
  for (let i = [...(await filterText(page))].length; i > 0; --i) await pressKey(page, 'Backspace');
  await page.waitForFunction(() => window.dutyatlas.drawnItems().find((i) => i.key === 'input:body-filter').text === '');
}

test('a pinyin IME composition commits Chinese into the filter and filters the bodies', async () => {
  const { page } = browser;
  await showScreen(page, server.url, '#/');
  await clearFilter(page);
  await page.waitForFunction(() => document.activeElement && ['INPUT', 'TEXTAREA'].includes(document.activeElement.tagName));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'sheng', selectionStart: 5, selectionEnd: 5 });
  await cdp.send('Input.imeSetComposition', { text: 'shengtai', selectionStart: 8, selectionEnd: 8 });
  await cdp.send('Input.insertText', { text: '生态' });
  await waitForItem(page, 'input:body-filter', { text: '生态' });
  await waitForItem(page, 'nav-body:sthjj');
  const items = await drawnItems(page);
  const shown = [...items.keys()].filter((k) => k.startsWith('nav-body:')).map((k) => k.slice(9));
  assert.ok(shown.length >= 1);
  for (const id of shown) {
    const body = (await page.evaluate((i) => window.dutyatlas.query({ query: 'body', id: i }), id)).result;
    assert.ok(`${body.name}${body.short_name}`.includes('生态'), `${body.name} contains 生态`);
  }
  assert.equal(items.has('nav-body:zfb'), false, 'bodies without 生态 are filtered out');
  await screenshot(page, 'ime-filter-1366x768');
});

test('typed ASCII arrives once, Backspace deletes, pasted text is inserted', async () => {
  const { page } = browser;
  await showScreen(page, server.url, '#/');
  await clearFilter(page);
  await typeKeys(page, 'zfb');
  assert.equal(await filterText(page), 'zfb', 'each key typed exactly once');
  await waitForItem(page, 'nav-body:zfb');
  await pressKey(page, 'Backspace');
  await waitForItem(page, 'input:body-filter', { text: 'zf' });
  await clearFilter(page);
  await page.keyboard.insertText('应急'); // what a paste or a phone keyboard delivers
  await waitForItem(page, 'input:body-filter', { text: '应急' });
  await waitForItem(page, 'nav-body:yjglj');
  const items = await drawnItems(page);
  assert.equal(items.has('nav-body:sthjj'), false);
});

test('Ctrl+V with Ctrl held down, Shift+Insert and the edit menu paste command (⌘ held) paste once', async () => {
  const { page } = browser;
  await showScreen(page, server.url, '#/');
  await putOnClipboard(page, '应急');
  for (const [modifier, key] of [['Control', 'v'], ['Shift', 'Insert']]) {
    await clearFilter(page);
    await pressHeld(page, modifier, key);
    await expectPastedOnce(page);
  }
  // The context menu's 粘贴 runs the browser's paste command on the focused box; Playwright
  // cannot open the native menu, so the command is sent as the menu sends it (CDP), here with
  // ⌘ (Meta) held as on a Mac's ⌘V.
  const cdp = await page.context().newCDPSession(page);
  await page.keyboard.down('Meta');
  await page.waitForTimeout(80);
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'v', code: 'KeyV', windowsVirtualKeyCode: 86, modifiers: 4, commands: ['paste'] });
  await page.waitForTimeout(80);
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'v', code: 'KeyV', windowsVirtualKeyCode: 86, modifiers: 4 });
  await page.waitForTimeout(80);
  await page.keyboard.up('Meta');
  await expectPastedOnce(page);
});

test('低 then 保 as two compositions: 低保 in the search box, results for 低保, no jump mid-word', async () => {
  const { page } = browser;
  await showScreen(page, server.url, '#/');
  await clickItem(page, 'input:search');
  await page.waitForFunction(() => document.activeElement && document.activeElement.tagName === 'INPUT');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'di', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.insertText', { text: '低' });
  await waitForItem(page, 'input:search', { text: '低' });
  // Writing the second character takes a moment (a handwriting pad, the IME's candidates).
  await cdp.send('Input.imeSetComposition', { text: 'bao', selectionStart: 3, selectionEnd: 3 });
  await page.waitForTimeout(1500);
  assert.equal(await page.evaluate(() => window.dutyatlas.route()), '#/', 'no results for 低 mid-word');
  await cdp.send('Input.insertText', { text: '保' });
  await waitForItem(page, 'input:search', { text: '低保' });
  await page.waitForFunction(() => decodeURIComponent(window.dutyatlas.route()) === '#/search/低保');
  await waitForItem(page, 'result-count');
  assert.equal((await waitForItem(page, 'input:search')).text, '低保', 'the box keeps both characters');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.key), 'input:search', 'still typing there');
  await screenshot(page, 'search-dibao-1366x768');
});

// The box is still active (typing) when the page moves to another search by a link, the
// address bar or Back: the box shows the new text and keeps it — it does not put back the text
// it was editing and search that again (ImGui 1.86 writes an active field's copy back).
test('a search opened by the address bar while the box is active replaces the box’s text, and stays', async () => {
  const { page } = browser;
  await showScreen(page, server.url, `#/search/${encodeURIComponent('低保')}`);
  await clickItem(page, 'input:search');
  await page.waitForFunction(() => document.activeElement?.dataset.key === 'input:search');
  await pressKey(page, 'End');
  await page.keyboard.insertText('申请');
  await page.waitForFunction(() => decodeURIComponent(window.dutyatlas.route()) === '#/search/低保申请');
  assert.equal(await page.evaluate(() => window.dutyatlas.inputState().want_text_input), true, 'the box is active');
  await page.evaluate(() => { location.hash = `#/search/${encodeURIComponent('养老服务')}`; });
  await waitForItem(page, 'input:search', { text: '养老服务' });
  await page.waitForTimeout(1500);  // longer than the box's pause before it searches
  assert.equal(decodeURIComponent(await page.evaluate(() => window.dutyatlas.route())), '#/search/养老服务');
  assert.equal((await waitForItem(page, 'input:search')).text, '养老服务');
  await page.waitForFunction(() => window.dutyatlas.drawnItems()
    .some((i) => i.key === 'result-count' && i.text.startsWith('“养老服务”')));
});

test('a typed character the data never uses is drawn, from the one piece of the typing font that holds it', async () => {
  const { page } = browser;
  await showScreen(page, server.url, '#/');
  const fetched = [];
  const onRequest = (request) => {
    const name = new URL(request.url()).pathname.split('/').pop();
    if (name.startsWith('font-')) fetched.push(name);
  };
  page.on('request', onRequest);
  try {
    const manifest = await page.evaluate(() => window.dutyatlas.manifest());
    const holding = (ch) => manifest.typing_fonts.filter((p) => p.first <= ch.codePointAt(0) && ch.codePointAt(0) <= p.last);
    assert.equal(holding('熏').length, 1, 'one piece holds 熏');
    assert.ok(manifest.typing_fonts.length > 10, 'the typing font comes in pieces');
    const piecesBefore = await page.evaluate(() => window.dutyatlas.stats().typingFontPieces);
    assert.equal(await page.evaluate(() => window.dutyatlas.missingGlyphs('熏')), '熏', 'not in the data');
    await clearFilter(page);
    await page.keyboard.insertText('熏');
    await waitForItem(page, 'input:body-filter', { text: '熏' });
    await page.waitForFunction(() => window.dutyatlas.missingGlyphs('熏') === '');
    assert.equal(await page.evaluate(() => window.dutyatlas.missingGlyphs('生态环境')), '');
    assert.equal(await page.evaluate(() => window.dutyatlas.stats().typingFontPieces), piecesBefore + 1);
    // Only that piece crossed the network: not the other ~30.
    assert.deepEqual(fetched.filter((name) => name !== manifest.font.file), [holding('熏')[0].file]);
    // A character of another piece fetches that piece too, and nothing else.
    const other = manifest.typing_fonts.find((p) => p.first > holding('熏')[0].last && p.first >= 0x4E00);
    const second = String.fromCodePoint(other.first);
    await page.keyboard.insertText(second);
    await waitForItem(page, 'input:body-filter', { text: `熏${second}` });
    await page.waitForFunction((t) => window.dutyatlas.missingGlyphs(t) === '', `熏${second}`);
    assert.deepEqual(fetched.filter((name) => name !== manifest.font.file), [holding('熏')[0].file, other.file]);
    await screenshot(page, 'typing-font-pieces-1366x768');
  } finally {
    page.off('request', onRequest);
  }
  await clearFilter(page);
});

test('text matching no body says so', async () => {
  const { page } = browser;
  await showScreen(page, server.url, '#/');
  await clearFilter(page);
  await page.keyboard.insertText('不存在的机构');
  await waitForItem(page, 'no-match');
  await clearFilter(page);
});

test('an idle page draws no frames', async () => {
  const { page } = browser;
  await showScreen(page, server.url, '#/');
  await page.mouse.move(5, 5);
  await page.waitForTimeout(300); // let the last requested frames finish
  const before = await page.evaluate(() => window.dutyatlas.framesDrawn());
  await page.waitForTimeout(2000);
  const after = await page.evaluate(() => window.dutyatlas.framesDrawn());
  assert.equal(after, before, 'no frames while nothing changes');
  await page.mouse.move(400, 300);
  await page.waitForFunction((n) => window.dutyatlas.framesDrawn() > n, before);
});
