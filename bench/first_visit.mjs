// Benchmark: what a reader's first visit costs on a phone link — the bytes of every file as
// transferred (and what gzip / brotli would make of each), and the time from navigation to
// dutyatlas.ready on Chromium's emulated network (CDP Network.emulateNetworkConditions), then to
// dutyatlas.searchReady (the search index built in the page), and the wasm heap's size then.
// Not a speed test of the client itself: bench/load.mjs is (no throttling, many runs).
//
//   node bench/first_visit.mjs [--site DIR] [--links 10000/100,4000/150,600/150] [--modes plain,compressed]
//
// A link is kbit/s down / round-trip ms. Each link gets a fresh browser profile (nothing
// cached) with service workers blocked: CDP's emulation throttles the page's own requests only,
// and once sw.js controls the page the big files would arrive through it unthrottled. Needs a built site (scripts/build-site.sh); rerun it on main's build for "before".
import path from 'node:path';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { SITE_DIR, launch, serve } from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const site = path.resolve(option('--site', SITE_DIR));
const links = option('--links', '10000/100,4000/150,600/150').split(',').map((link) => {
  const [kbit, rtt] = link.split('/').map(Number);
  return { kbit, rtt };
});
// --modes plain: a site without precompressed copies (main's build) needs only the one.
const modes = option('--modes', 'plain,compressed').split(',');
const READY_TIMEOUT_MS = 240000;  // 5 MB at 600 kbit/s is over a minute
const kb = (n) => `${(n / 1000).toFixed(0).padStart(6)} kB`;

/** One visit on a link: the bytes of each response body as transferred, and the times. */
async function visit(url, { kbit, rtt }) {
  const browser = await launch({ width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, serviceWorkers: 'block' });
  const cdp = await browser.context.newCDPSession(browser.page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: rtt,
    downloadThroughput: (kbit * 1000) / 8,
    uploadThroughput: (kbit * 1000) / 8,
  });
  const files = new Map();  // request id → {name, bytes}
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    files.set(requestId, { name: new URL(response.url).pathname, encoding: response.headers['content-encoding'] || '' });
  });
  cdp.on('Network.dataReceived', ({ requestId, encodedDataLength }) => {
    const file = files.get(requestId);
    if (file) file.bytes = (file.bytes || 0) + encodedDataLength;
  });
  const started = Date.now();
  await browser.page.goto(url, { timeout: READY_TIMEOUT_MS });
  await browser.page.waitForFunction(() => window.dutyatlas !== undefined, null, { timeout: READY_TIMEOUT_MS });
  const outcome = await browser.page.evaluate((ms) => Promise.race([
    window.dutyatlas.ready.then(() => 'ready', (e) => `failed: ${e.message}`),
    new Promise((resolve) => setTimeout(() => resolve('timeout'), ms)),
  ]), READY_TIMEOUT_MS);
  const wall = Date.now() - started;
  // The search index, built in the page after the first frame since bundle schema 5 (a site
  // before that has no searchReady: its index came with the bundle).
  if (outcome === 'ready') {
    await browser.page.evaluate((ms) => Promise.race([
      window.dutyatlas.searchReady, new Promise((resolve) => setTimeout(resolve, ms)),
    ]), 60000);
  }
  const stats = await browser.page.evaluate(() => window.dutyatlas.stats());
  // When the HTML edition's page was readable while the client loaded (site/preview.js).
  const readableMs = await browser.page.evaluate(() => performance.getEntriesByName('dutyatlas:preview')[0]?.startTime ?? null);
  await browser.close();
  return {
    outcome, wall, readyMs: stats.readyMs, firstFrameMs: stats.firstFrameMs, readableMs, files: [...files.values()],
    searchReadyMs: stats.searchReadyMs ?? null, searchBuild: stats.searchBuild ?? null, heapBytes: stats.heapBytes,
  };
}

// Each link twice: served plain, and with the precompressed copies (scripts/precompress.mjs).
const plain = await serve(site, 0, { compression: false });
const compressed = await serve(site, 0, { compression: true });
const results = [];
for (const link of links) {
  for (const [mode, server] of [['plain', plain], ['compressed', compressed]].filter(([m]) => modes.includes(m))) {
    results.push({ link, mode, ...(await visit(server.url, link)) });
  }
}
plain.close();
compressed.close();

// Bytes per file, from the first link's visits (all links fetch the same files).
console.log(`site: ${site}`);
for (const result of results.slice(0, modes.length)) {  // the first link, each mode
  console.log(`\nserved ${result.mode}:`);
  console.log('file                                   transferred   raw file   gzip -9   brotli 11');
  let totals = [0, 0, 0, 0];
  for (const file of result.files.filter((f) => f.bytes).sort((a, b) => b.bytes - a.bytes)) {
    const local = path.join(site, file.name.replace(/\.(gz|br)$/, ''));
    let raw = 0, gz = 0, br = 0;
    if (fs.existsSync(local) && fs.statSync(local).isFile()) {
      const data = fs.readFileSync(local);
      raw = data.length;
      gz = zlib.gzipSync(data, { level: 9 }).length;
      br = zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    }
    totals = totals.map((t, i) => t + [file.bytes, raw, gz, br][i]);
    const name = `${file.name}${file.encoding ? ` (${file.encoding})` : ''}`;
    console.log(`${name.slice(-38).padEnd(38)} ${kb(file.bytes)}  ${kb(raw)}  ${kb(gz)}  ${kb(br)}`);
  }
  console.log(`${'total'.padEnd(38)} ${kb(totals[0])}  ${kb(totals[1])}  ${kb(totals[2])}  ${kb(totals[3])}`);
}
console.log('(transferred: bytes on the wire incl. headers, as served by scripts/serve.mjs)');
console.log('');
for (const r of results) {
  const time = r.outcome === 'ready'
    ? `text readable ${r.readableMs === null ? '—' : `${(r.readableMs / 1000).toFixed(2)} s`}, `
      + `ready ${(r.readyMs / 1000).toFixed(2)} s, first frame ${(r.firstFrameMs / 1000).toFixed(2)} s`
      + (r.searchReadyMs ? `, search ready ${(r.searchReadyMs / 1000).toFixed(2)} s (index built in `
        + `${Math.round(r.searchBuild.build_ms)} ms over ${r.searchBuild.frames} frames, longest frame `
        + `${r.searchBuild.longest_frame_ms.toFixed(0)} ms)` : '')
      + `, wasm heap ${(r.heapBytes / 1048576).toFixed(1)} MB`
    : `${r.outcome} after ${(r.wall / 1000).toFixed(1)} s`;
  console.log(`${String(r.link.kbit).padStart(6)} kbit/s ${String(r.link.rtt).padStart(4)} ms ${r.mode.padEnd(10)}: ${time}`);
}
