// A portal and the viewer on two origins (two ports of 127.0.0.1), talking dutyatlas-embed/1
// (docs/embedding.md): the portal mounts the viewer with embed.js and a complaint, hears ready and
// the route of the answer, the operator picks a lead and a cooperating body and presses 联合派单,
// and the portal receives the bodies, roles, USCC and basis. A third origin's messages are
// ignored and counted; a viewer framed by an origin the publisher did not allow says nothing.
//
// The viewer here is the built site with a manifest.json that allows the portal's origin (and
// its own, for the example portal embed.html): what `dutyatlas build` writes when dataset.json
// names them (tests/unit/bundle/manifest_test.cpp, tests/broken/bad-embed-origin). The ports are
// only known once the servers listen, so the manifest is written then.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../scripts/serve.mjs';
import { serve, launch, nativeQuery, screenshot, clickItem } from './harness.mjs';
import { PORTAL_POLICY, portalSite, viewerSite } from './portal_sites.mjs';

const COMPLAINT = '楼下烧烤店油烟太大，晚上还很吵';
const servers = {};
let browser;
let tmp;

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dutyatlas-embed-'));
  fs.mkdirSync(path.join(tmp, 'viewer'));
  viewerSite(path.join(tmp, 'viewer'));
  servers.viewer = await serve(path.join(tmp, 'viewer'));
  // The same viewer on a server that does not send `frame-ancestors`: the protocol's own origin
  // check is then all that stands between the viewer and a portal the publisher did not allow.
  servers.headerless = await serve(path.join(tmp, 'viewer'), 0, { policy: CONTENT_SECURITY_POLICY });
  servers.portal = await serve(path.join(tmp, 'portal'), 0, { policy: PORTAL_POLICY });
  servers.third = await serve(path.join(tmp, 'third'), 0, { policy: PORTAL_POLICY });
  const origin = (server) => new URL(server.url).origin;
  viewerSite(path.join(tmp, 'viewer'), {
    embed_origins: [origin(servers.portal), origin(servers.viewer)],
    // A work system that takes 派单 by URL (dataset.json's dispatch_url, checked by the builder).
    dispatch_url: `${servers.portal.url}order/new?dept={lead_uscc}&co={cooperating_ids}&text={complaint}`,
  });
  // The portal also frames a page of a third origin, which will try to drive the viewer.
  portalSite(path.join(tmp, 'portal'), servers.viewer.url, { complaint: COMPLAINT,
    extra: `<iframe id="third" src="${servers.third.url}spy.html" width="10" height="10"></iframe>` });
  // A side panel wider than a phone, in compact mode: the portal asks for one column.
  portalSite(path.join(tmp, 'portal'), servers.viewer.url, { compact: true, page: 'compact.html' });
  // A portal the publisher did not allow, framing the viewer as served (header) and headerless.
  portalSite(path.join(tmp, 'third'), servers.viewer.url, { complaint: COMPLAINT, page: 'framed.html' });
  portalSite(path.join(tmp, 'third'), servers.headerless.url, { complaint: COMPLAINT });
  fs.writeFileSync(path.join(tmp, 'third', 'spy.html'), '<!doctype html><title>spy</title>');
  browser = await launch({ width: 1366, height: 900 });
});

after(async () => {
  await browser?.close();
  for (const server of Object.values(servers)) server.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

// The viewer's frame inside the portal page, once its client is ready.
async function viewerFrame(page) {
  const handle = await page.waitForSelector('#viewer iframe');
  const frame = await handle.contentFrame();
  await frame.waitForFunction(() => window.dutyatlas?.isReady?.() === true, null, { timeout: 30000 });
  return frame;
}

const logOf = (page, type) => page.evaluate((t) => window.portalLog.filter((e) => e.type === t), type);

test('portal on another origin: complaint in, 联合派单 out with roles, USCC and basis', async () => {
  const { page } = browser;
  const started = Date.now();
  await page.goto(servers.portal.url);
  const frame = await viewerFrame(page);
  await page.waitForFunction(() => window.portalLog.some((e) => e.type === 'ready'));
  const [ready] = await logOf(page, 'ready');
  const info = nativeQuery({ query: 'info' });
  assert.equal(ready.detail.data_date, info.data_date);
  assert.match(ready.detail.version, /^[0-9a-f]{16}$/);
  assert.ok(ready.detail.route.startsWith('#/who?text='), ready.detail.route);
  console.log(`portal load → ready: ${Date.now() - started} ms`);

  // A second complaint by message: the answer's route comes back.
  const second = '小区门口占道经营，堵得没法走';
  const sentAt = Date.now();
  await page.evaluate((t) => document.getElementById('viewer').dutyatlas.analyse(t,
    { address: '示例街道', category: '城市管理/占道经营' }), second);
  await page.waitForFunction((t) => window.portalLog.some((e) => e.type === 'route'
    && decodeURIComponent(e.detail.route).includes(t)), `${second}（地址：示例街道）（诉求分类：城市管理/占道经营）`);
  console.log(`analyse message → route message: ${Date.now() - sentAt} ms`);

  // Back to the first complaint, then the operator's 联合派单 in the viewer.
  await page.evaluate((t) => document.getElementById('viewer').dutyatlas.analyse(t), COMPLAINT);
  const who = nativeQuery({ query: 'who', text: COMPLAINT });
  const [top, next] = who;
  await frame.waitForFunction((id) => window.dutyatlas.drawnItems().some((i) => i.key === `who-body:${id}`), top.body_id);
  // The groups may already count the former 牵头 as cooperating; if not, the operator ticks it.
  const formerLead = (id) => {
    const keys = window.dutyatlas.drawnItems().map((i) => i.key);
    return keys.includes(`button:uncooperate:${id}`) ? 'ticked' : keys.includes(`button:cooperate:${id}`) && 'not yet';
  };
  // Clicked again if the first press was lost. Both presses were lost in ~1 run of 10 (and in two
  // CI runs) with the button drawn, the canvas under the point, the frame focused and idle; the
  // suspect is Chromium routing the events to the portal page instead of this frame in another
  // process (clickItem now moves until the frame has seen the pointer: harness.mjs moveInto).
  // A failure says where each mousedown went, for whoever looks next.
  const recordDowns = () => {
    window.__downs = [];
    window.addEventListener('mousedown', (e) => window.__downs.push(e.target.tagName), true);
  };
  await page.evaluate(recordDowns);
  await frame.evaluate(recordDowns);
  const framesBefore = await frame.evaluate(() => window.dutyatlas.framesDrawn());
  let ticked;
  for (let attempt = 0; !ticked; ++attempt) {
    await clickItem(page, `button:lead:${next.body_id}`, frame);
    ticked = await frame.waitForFunction(formerLead, top.body_id, { timeout: 2500 }).catch(async (e) => {
      if (attempt < 1) return undefined;
      const seen = await frame.evaluate((key) => {
        const button = window.dutyatlas.drawnItems().find((i) => i.key === key);
        const canvas = document.getElementById('canvas').getBoundingClientRect();
        const under = button && document.elementFromPoint(canvas.left + button.x + button.width / 2,
          canvas.top + button.y + button.height / 2);
        const active = document.activeElement;
        return JSON.stringify({ viewport: [innerWidth, innerHeight], button, focus: document.hasFocus(),
          active: active && `${active.tagName}#${active.id}[${active.dataset ? active.dataset.key : ''}]`,
          under: under && `${under.tagName}#${under.id}.${under.className}`, frames: window.dutyatlas.framesDrawn(),
          route: window.dutyatlas.route(), input: window.dutyatlas.inputState() });
      }, `button:lead:${next.body_id}`);
      const parentDowns = await page.evaluate(() => window.__downs);
      const frameDowns = await frame.evaluate(() => window.__downs);
      throw new Error(`${e.message}: 设为牵头 not taken after two clicks; ${seen}; frames before ${framesBefore}; downs parent ${JSON.stringify(parentDowns)} frame ${JSON.stringify(frameDowns)}`);
    });
  }
  if (await ticked.jsonValue() === 'not yet') await clickItem(page, `button:cooperate:${top.body_id}`, frame);
  await frame.waitForFunction(() => window.dutyatlas.drawnItems().some((i) => i.key === 'joint-summary'));
  await clickItem(page, 'button:joint-dispatch', frame);
  await page.waitForFunction(() => window.portalLog.some((e) => e.type === 'dispatch'));
  const { payload } = (await logOf(page, 'dispatch')).at(-1).detail;
  const cooperating = payload.cooperating.map((c) => c.id);
  assert.ok(cooperating.includes(top.body_id), cooperating.join());
  const expected = nativeQuery({ query: 'dispatch', text: COMPLAINT, lead: next.body_id, cooperating });
  assert.equal(payload.joint, true);
  assert.equal(payload.complaint, COMPLAINT);
  assert.equal(payload.version, ready.detail.version);
  assert.equal(payload.lead.role, 'lead');
  assert.equal(payload.cooperating[0].role, 'cooperate');
  assert.match(payload.lead.uscc, /^[0-9A-Z]{18}$/);
  const { version, ...withoutVersion } = payload;
  assert.deepEqual(withoutVersion, expected, 'the portal gets what the CLI computes');
  assert.ok(payload.lead.basis.length > 0 && payload.cooperating[0].basis.length > 0);
  await screenshot(page, 'embedding-portal-dispatch');

  // The hand-off by URL: the publisher's template, filled with the payload's escaped values.
  const link = await frame.waitForFunction(() => window.dutyatlas.drawnItems().find((i) => i.key === 'work-system-link'));
  const href = new URL((await link.jsonValue()).href);
  assert.equal(href.origin + href.pathname, `${servers.portal.url}order/new`);
  assert.equal(href.searchParams.get('dept'), payload.lead.uscc);
  assert.equal(href.searchParams.get('co'), cooperating.join(','));
  assert.equal(href.searchParams.get('text'), COMPLAINT);

  // The 派单单 on A4: the complaint, bodies with roles and USCC, each one's basis with its 文号 / 事项编码.
  await clickItem(page, 'button:print-dispatch', frame);
  await frame.waitForFunction(() => window.dutyatlas.lastPrint() !== null);
  const slip = await frame.evaluate(() => window.dutyatlas.lastPrint());
  assert.match(slip, /<h1>联合派单单<\/h1>/);
  assert.ok(slip.includes(COMPLAINT));
  for (const body of [payload.lead, ...payload.cooperating]) {
    assert.ok(slip.includes(body.name) && slip.includes(body.uscc), body.name);
    for (const b of body.basis) {
      if (b.doc_no) assert.ok(slip.includes(b.doc_no), b.doc_no);
      if (b.item_code) assert.ok(slip.includes(`事项编码 ${b.item_code}`), b.item_code);
    }
  }
  assert.ok(slip.includes(`数据版本 ${ready.detail.version}`));

  // A third origin in the same portal page writes to the viewer: ignored and counted.
  const before = await frame.evaluate(() => window.dutyatlas.embedStats());
  const routeBefore = await frame.evaluate(() => window.dutyatlas.route());
  const third = page.frames().find((f) => f.url().startsWith(servers.third.url));
  await third.evaluate(() => {
    for (let i = 0; i < window.parent.frames.length; ++i) {  // every frame but itself: the viewer is one
      if (window.parent.frames[i] === window) continue;
      window.parent.frames[i].postMessage({ protocol: 'dutyatlas-embed/1', type: 'navigate', route: '#/body/sthjj' }, '*');
    }
  });
  await frame.waitForFunction((n) => window.dutyatlas.embedStats().ignored >= n + 1, before.ignored);
  const afterStats = await frame.evaluate(() => window.dutyatlas.embedStats());
  assert.equal(afterStats.accepted, before.accepted);
  assert.equal(await frame.evaluate(() => window.dutyatlas.route()), routeBefore);
  assert.deepEqual(afterStats.allowed.sort(), [new URL(servers.portal.url).origin, new URL(servers.viewer.url).origin].sort());
  assert.equal(afterStats.portalOrigin, new URL(servers.portal.url).origin);
});

test('a portal the publisher did not allow cannot frame the viewer, and one that does hears nothing', async () => {
  const { page } = browser;
  // As served (frame-ancestors lists the allowed portals): the browser refuses to show it.
  await page.goto(new URL('framed.html', servers.third.url).href);
  const handle = await page.waitForSelector('#viewer iframe');
  await page.waitForTimeout(1500);
  const blocked = await handle.contentFrame();
  assert.ok(!blocked.url().startsWith(servers.viewer.url), blocked.url());  // Chromium's error page
  assert.equal(await blocked.evaluate(() => typeof window.dutyatlas).catch(() => 'undefined'), 'undefined');

  // From a server without that header, the viewer loads but neither obeys nor answers.
  await page.goto(servers.third.url);
  const frame = await viewerFrame(page);
  await page.evaluate(() => document.getElementById('viewer').dutyatlas.navigate('#/body/sthjj'));
  await frame.waitForFunction(() => window.dutyatlas.embedStats().ignored >= 1);
  await page.waitForTimeout(500); // time for any answer to arrive: none may
  assert.deepEqual(await page.evaluate(() => window.portalLog), []);
  assert.notEqual(await frame.evaluate(() => window.dutyatlas.route()), '#/body/sthjj');
  const stats = await frame.evaluate(() => window.dutyatlas.embedStats());
  assert.equal(stats.accepted, 0);
  assert.equal(stats.portalOrigin, null);
});

test('the example portal (embed.html) at 1366×900: work order beside the compact viewer', async () => {
  const { page } = browser;
  await page.goto(new URL('embed.html', servers.viewer.url).href);
  const frame = await viewerFrame(page);
  await page.waitForFunction(() => !document.getElementById('analyse').disabled);
  assert.match(await page.textContent('#viewer-status'), /已连接职责通/);
  await page.click('#analyse');
  const top = nativeQuery({ query: 'who', text: COMPLAINT })[0];
  await frame.waitForFunction((id) => window.dutyatlas.drawnItems().some((i) => i.key === `button:dispatch:${id}`), top.body_id);
  await clickItem(page, `button:dispatch:${top.body_id}`, frame);
  await page.waitForSelector('#dispatch table');
  const text = await page.textContent('#dispatch');
  assert.ok(text.includes(top.name) && text.includes('承办'), text);
  assert.ok(text.includes(nativeQuery({ query: 'body', id: top.body_id }).uscc), text);
  assert.ok(await frame.evaluate(() => document.documentElement.classList.contains('embed-compact')));
  await screenshot(page, 'embedding-example-portal');
});

test('compact layout: a 400×700 side panel, and a wider one, show one column with 谁来管 first', async () => {
  const { page } = browser;
  const sidebarDrawn = (frame) => frame.evaluate(() => window.dutyatlas.drawnItems().some((i) => i.key.startsWith('nav-category:')));
  try {
    await page.setViewportSize({ width: 900, height: 760 });
    await page.goto(new URL('compact.html', servers.portal.url).href);
    let frame = await viewerFrame(page);
    await frame.waitForFunction(() => document.documentElement.classList.contains('embed-compact'));
    await frame.waitForFunction(() => window.dutyatlas.drawnItems().some((i) => i.key.startsWith('module:') || i.key === 'search-box'));
    assert.equal(await sidebarDrawn(frame), false, 'compact at 900 px: no sidebar');

    await page.setViewportSize({ width: 400, height: 700 });
    await page.goto(new URL('compact.html', servers.portal.url).href);
    frame = await viewerFrame(page);
    await frame.waitForFunction(() => document.documentElement.classList.contains('embed-compact'));
    const items = await frame.evaluate(() => window.dutyatlas.drawnItems());
    assert.equal(items.some((i) => i.key.startsWith('nav-category:')), false);
    const modules = items.filter((i) => i.key.startsWith('module:')).sort((a, b) => a.y - b.y || a.x - b.x);
    assert.equal(modules[0]?.key, 'module:who', modules.map((m) => m.key).join());
    await screenshot(page, 'embedding-compact-400x700');
  } finally {
    await page.setViewportSize({ width: 1366, height: 900 });
  }
});
