// Contacts (联系方式) in the browser: a body page shows its phones as tel: links beside their
// labels, its address, hours and website, and the note that the demo's are fictional; the
// accessibility layer holds real <a href="tel:…"> links; clicking a number follows its tel:
// link through the page; a 谁来管 answer shows the lead body's contact first and each body's
// first phone under its name. Screenshots of both, to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  clientForTests, showScreen, clickItem, waitForItem, drawnItems, screenshot,
} from './harness.mjs';

const session = clientForTests();

test('a 谁来管 answer shows the lead body\'s contact first, and each body\'s with it', async () => {
  const { page } = session.browser;
  await showScreen(page, session.server.url, '#/who');
  const complaint = '楼上卫生间漏水渗到我家天花板，物业不管，房子是新建的商品房，想问住建部门能不能管。';
  await waitForItem(page, 'title', { text: '谁来管' });
  await clickItem(page, 'input:complaint');
  // The layer's text box takes the typing (site/a11y.js): wait until it has the focus.
  await page.waitForFunction(() => ['INPUT', 'TEXTAREA'].includes(document.activeElement.tagName));
  await page.keyboard.insertText(complaint);
  await waitForItem(page, 'input:complaint', { text: complaint });
  // ImGui 1.86 can lose the first click after typing (harness.mjs): press 分析 until it answers.
  for (let tries = 0; tries < 3; ++tries) {
    await clickItem(page, 'button:analyse');
    const answered = await waitForItem(page, 'who-answers', { timeout: 8000 }).then(() => true, () => false);
    if (answered) break;
  }
  await waitForItem(page, 'who-lead-contact');
  const answer = (await page.evaluate((t) => window.dutyatlas.query({ query: 'who', text: t }), complaint)).result;
  assert.ok(answer.length > 0);
  const items = await drawnItems(page);
  const lead = items.get('who-lead-contact');
  const firstPhone = items.get('who-lead-contact:phone:0');
  assert.ok(firstPhone && firstPhone.href.startsWith('tel:'), 'the lead\'s phone is a tel: link');
  const firstAnswer = [...items.keys()].find((k) => k.startsWith('who-body:'));
  assert.ok(lead.y < items.get(firstAnswer).y, 'the lead\'s contact comes before the suggestions');
  for (const c of answer.filter((a) => a.contact)) {
    const line = items.get(`who-contact:${c.body_id}:phone`);
    assert.ok(line, `a phone under ${c.name}`);
    assert.equal(line.text, c.contact.phones[0].number);
  }
  await page.waitForFunction(() => document.querySelector('#a11y-layer a[href^="tel:"]'));
  await screenshot(page, 'contacts-who-1366x768');
});

test('a body page shows its contact, each number a tel: link in the DOM layer', async () => {
  const { page } = session.browser;
  await showScreen(page, session.server.url, '#/body/zjj');
  const expected = (await page.evaluate(() => window.dutyatlas.query({ query: 'body', id: 'zjj' }))).result.contact;
  assert.ok(expected && expected.phones.length === 3, 'the demo gives 住建局 three numbers');
  const phone = await waitForItem(page, 'contact:phone:0', { text: expected.phones[0].number });
  assert.equal(phone.role, 'link');
  assert.equal(phone.href, expected.phones[0].tel);
  assert.equal((await waitForItem(page, 'contact:address')).text, expected.address);
  assert.equal((await waitForItem(page, 'contact:website')).href, expected.website);
  await waitForItem(page, 'contact:sample');
  // The layer mirrors them as real links: a screen reader reads the number, a phone dials it.
  await page.waitForFunction((tel) => document.querySelector(`#a11y-layer a[href="${tel}"]`), expected.phones[1].tel);
  const hrefs = await page.$$eval('#a11y-layer a[href]', (links) => links.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.every((h) => /^(tel:|https?:)/.test(h)), `only tel: and http(s) links: ${hrefs}`);
  // The contact comes before the duties.
  const items = await drawnItems(page);
  assert.ok(items.get('contact:phone:0').y < items.get('setup').y, 'contact above 机构设置');
  await screenshot(page, 'contacts-body-1366x768');

  await clickItem(page, 'contact:phone:0');
  await page.waitForFunction((tel) => window.dutyatlas.lastExternal() === tel, expected.phones[0].tel);
  await clickItem(page, 'contact:copy');
  await page.waitForFunction(() => (window.dutyatlas.lastCopied() || '').includes('办公室'));
  // Last in this file: following tel: hands the number to the system's dialler, which in
  // headless Chromium leaves the page unable to take keyboard focus again.
});
