// Benchmark: how heavy the client is and how fast it starts, in headless Chromium.
//
//   node bench/load.mjs [--runs N] [--site DIR]
//
// Needs a built site (scripts/build-site.sh). Prints the wasm, JS, font and bundle sizes, the
// bytes a first visit transfers, and over N fresh browser profiles (no cache) the median and
// worst time from navigation to the first drawn frame and to dutyatlas.ready, with the wasm
// heap's size (peak: the heap only grows) and the bytes malloc holds once ready.
import fs from 'node:fs';
import path from 'node:path';
import { SITE_DIR, launch, openClient, serve } from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(option('--runs', 5));
const site = path.resolve(option('--site', SITE_DIR));

const manifest = JSON.parse(fs.readFileSync(path.join(site, 'data/manifest.json'), 'utf8'));
const size = (file) => fs.statSync(path.join(site, file)).size;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const mib = (n) => `${(n / 1048576).toFixed(2)} MiB`;

console.log(`site: ${site}`);
console.log(`wasm            ${kib(size('dutyatlas.wasm'))}`);
console.log(`js (emscripten) ${kib(size('dutyatlas.js'))}  loader ${kib(size('loader.js'))}`);
console.log(`font            ${kib(manifest.font.bytes)}  (${manifest.font.glyphs} glyphs)`);
console.log(`bundle          ${kib(manifest.bundle.compressed_bytes)} compressed, ${kib(manifest.bundle.raw_bytes)} raw`);

const server = await serve(site);
const samples = [];
for (let i = 0; i < runs; ++i) {
  const browser = await launch();
  const result = await openClient(browser.page, server.url);
  if (!result.ok) throw new Error(`run ${i + 1}: ${result.error}`);
  const stats = await browser.page.evaluate(() => window.dutyatlas.stats());
  // Bytes of every response body (the page, the client, the data), as the browser received them.
  const transferred = await browser.page.evaluate(() =>
    [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
      .reduce((sum, entry) => sum + entry.encodedBodySize, 0));
  samples.push({ ...stats, transferred });
  await browser.close();
}
server.close();

const sorted = (key) => samples.map((s) => s[key]).sort((a, b) => a - b);
const median = (key) => sorted(key)[Math.floor(runs / 2)];
const worst = (key) => sorted(key)[runs - 1];
console.log(`runs            ${runs} (fresh profile each, no cache)`);
console.log(`transferred     ${kib(median('transferred'))} per first visit (response bodies)`);
console.log(`first frame     median ${median('firstFrameMs').toFixed(0)} ms, worst ${worst('firstFrameMs').toFixed(0)} ms`);
console.log(`ready           median ${median('readyMs').toFixed(0)} ms, worst ${worst('readyMs').toFixed(0)} ms`);
console.log(`wasm heap       ${mib(worst('heapBytes'))} (peak size), ${mib(median('heapInUseBytes'))} in use when ready`);
