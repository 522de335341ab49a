// Benchmark: what the accessibility layer (site/a11y.js) costs a frame on a body page, layer on
// and off, in headless Chromium.
//
//   node bench/a11y.mjs [--frames 60] [--body sthjj]
//
// Each sample scrolls the body page by a wheel step (alternately down and up), so every frame
// moves every item and the layer has to place every element again — the layer's worst case
// short of a new view. "wasm frame" is the client's frame (Module.preMainLoop → postMainLoop:
// drawing, recording the items, telling whether they changed); "layer" is the layer's update
// in the microtask after that frame (reading the items, updating the elements). With the layer
// off the client still records its items (the automation API needs them), so "off" is the
// client alone. A page at rest draws no frame and updates nothing: no cost when idle.
// Needs the built site (scripts/build-site.sh). Software WebGL on a shared machine: read the
// medians.
import { SITE_DIR, launch, openClient, serve } from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const frames = Number(option('--frames', 60));
const body = option('--body', 'sthjj');

function percentile(samples, p) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
const ms = (x) => `${x.toFixed(2)} ms`;

async function measure(server, layerOn) {
  const browser = await launch();
  try {
    const { page } = browser;
    const url = `${server.url}${layerOn ? '' : '?a11y=off'}#/body/${body}`;
    const ready = await openClient(page, url);
    if (!ready.ok) throw new Error(ready.error);
    await page.waitForFunction(() => window.dutyatlas.drawnItems().some((i) => i.key === 'clause:1'));
    // The wheel scrolls the window under the mouse: the content column.
    const box = await page.locator('#canvas').boundingBox();
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.6);
    await page.waitForTimeout(200);
    return await page.evaluate(async (count) => {
      const M = window.Module;
      const wasm = [];
      let start = 0;
      M.preMainLoop = () => { start = performance.now(); };
      M.postMainLoop = () => { wasm.push(performance.now() - start); };
      const layer = [];
      const nextFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));
      for (let i = 0; i < count; ++i) {
        const before = window.dutyatlas.a11y.stats();
        wasm.length = 0;
        M._da_wheel(i % 2 === 0 ? 120 : -120);
        await nextFrames();
        await nextFrames();
        const after = window.dutyatlas.a11y.stats();
        layer.push({ ms: after.totalMs - before.totalMs, updates: after.updates - before.updates, frames: wasm.slice() });
      }
      M.preMainLoop = undefined;
      M.postMainLoop = undefined;
      return { samples: layer, elements: window.dutyatlas.a11y.stats().elements, items: window.dutyatlas.drawnItems().length };
    }, frames);
  } finally {
    await browser.close();
  }
}

const server = await serve(SITE_DIR);
try {
  for (const layerOn of [true, false]) {
    const result = await measure(server, layerOn);
    const wasm = result.samples.flatMap((s) => s.frames);
    const layerPerUpdate = result.samples.filter((s) => s.updates > 0).map((s) => s.ms / s.updates);
    const perSample = result.samples.map((s) => s.frames.reduce((a, b) => a + b, 0) + s.ms);
    console.log(`#/body/${body}, layer ${layerOn ? 'on' : 'off'}: ${result.items} items drawn, ${result.elements} layer elements`);
    console.log(`  wasm frame      p50 ${ms(percentile(wasm, 50))}  p95 ${ms(percentile(wasm, 95))}  (n=${wasm.length})`);
    if (layerOn) {
      console.log(`  layer update    p50 ${ms(percentile(layerPerUpdate, 50))}  p95 ${ms(percentile(layerPerUpdate, 95))}  (n=${layerPerUpdate.length})`);
    }
    console.log(`  per wheel step  p50 ${ms(percentile(perSample, 50))}  p95 ${ms(percentile(perSample, 95))}  (all frames + layer)`);
  }
} finally {
  server.close();
}
