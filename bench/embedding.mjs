// Benchmark: a portal on another origin asks the viewer 谁来管 — the time from the portal's
// `analyse` message to the viewer's `route` message (the protocol's answer), and to the frame
// that shows the ranked bodies, in headless Chromium with the portal and the viewer on two
// origins (two ports of 127.0.0.1), as tests/browser/embedding.test.mjs sets them up.
//
//   node bench/embedding.mjs [--rounds 10]
//
// Needs the built site (scripts/build-site.sh). Each round sends a different complaint (the
// same text twice would answer from nothing new). Software WebGL on a shared machine: read the
// medians.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, serve } from '../tests/browser/harness.mjs';
import { PORTAL_POLICY, portalSite, viewerSite } from '../tests/browser/portal_sites.mjs';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 10;
const COMPLAINTS = [
  '楼下烧烤店油烟太大，晚上还很吵', '小区门口占道经营，堵得没法走', '河里有人偷偷采砂',
  '工地夜间施工噪音扰民', '超市卖过期食品', '电梯经常困人没人修', '路灯坏了好几天没人管',
  '餐馆后厨卫生很差', '有人在河边倾倒建筑垃圾', '学校门口有无证摊贩',
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const max = (xs) => Math.max(...xs);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dutyatlas-bench-embed-'));
const viewerDir = path.join(tmp, 'viewer');
fs.mkdirSync(viewerDir);
viewerSite(viewerDir);
const viewer = await serve(viewerDir);
const portal = await serve(path.join(tmp, 'portal'), 0, { policy: PORTAL_POLICY });
viewerSite(viewerDir, { embed_origins: [new URL(portal.url).origin] });
portalSite(path.join(tmp, 'portal'), viewer.url);
const browser = await launch({ width: 1366, height: 900 });
try {
  const { page } = browser;
  const loadStart = Date.now();
  await page.goto(portal.url);
  await page.waitForFunction(() => window.portalLog.some((e) => e.type === 'ready'), null, { timeout: 60000 });
  console.log(`portal page load → ready message: ${Date.now() - loadStart} ms`);
  const frame = await (await page.waitForSelector('#viewer iframe')).contentFrame();

  const toRoute = [];
  const toAnswer = [];
  for (let i = 0; i < rounds; ++i) {
    const text = COMPLAINTS[i % COMPLAINTS.length] + (i >= COMPLAINTS.length ? `（${i}）` : '');
    const before = await page.evaluate(() => window.portalLog.length);
    const sent = await page.evaluate((t) => {
      const at = performance.now();
      document.getElementById('viewer').dutyatlas.analyse(t);
      return at;
    }, text);
    const routed = await page.waitForFunction((n) => window.portalLog.slice(n).find((e) => e.type === 'route')?.at, before);
    toRoute.push((await routed.jsonValue()) - sent);
    // The answer drawn: the frame shows a 牵头 (or says no body answers).
    await frame.waitForFunction((t) => decodeURIComponent(window.dutyatlas.route()).includes(t) &&
      window.dutyatlas.drawnItems().some((item) => item.key.startsWith('who-lead:') || item.key === 'no-suggestion'), text);
    toAnswer.push(await page.evaluate(() => performance.now()) - sent);
  }
  const fmt = (xs) => `median ${median(xs).toFixed(0)} ms, max ${max(xs).toFixed(0)} ms`;
  console.log(`analyse message → route message (${rounds} complaints): ${fmt(toRoute)}`);
  console.log(`analyse message → answer drawn in the viewer:        ${fmt(toAnswer)}`);
} finally {
  await browser.close();
  viewer.close();
  portal.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}
