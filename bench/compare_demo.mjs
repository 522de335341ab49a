// Benchmark: 新旧对照 of the demo's largest body (most clause versions: zhzfj, 47) in the wasm
// client in headless Chromium — dutyatlas.query({query: "compare"}): compare_duties (term
// weights over the publication's clauses, alignment, 疑似划转) plus its JSON. The native figure
// of the same call is bench/compare/run.sh's "bundle zhzfj" line.
//
//   node bench/compare_demo.mjs [--rounds 50] [--body zhzfj]
//
// Needs the built site (scripts/build-site.sh). The machine's load shows in the tails.
import { SITE_DIR, launch, openClient, serve } from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const rounds = Number(option('--rounds', 50));
const body = option('--body', 'zhzfj');

const percentile = (samples, p) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

const server = await serve(SITE_DIR);
const browser = await launch({ width: 1366, height: 900 });
try {
  const opened = await openClient(browser.page, server.url);
  if (!opened.ok) throw new Error(JSON.stringify(opened));
  const samples = await browser.page.evaluate(({ body, rounds }) => {
    const out = [];
    for (let i = 0; i < rounds + 1; ++i) {
      const start = performance.now();
      const reply = window.dutyatlas.query({ query: 'compare', body });
      if (!reply.ok) throw new Error(JSON.stringify(reply));
      if (i > 0) out.push(performance.now() - start);  // the first warms the caches
    }
    return out;
  }, { body, rounds });
  console.log(`compare ${body} in wasm (query + JSON), ${rounds} rounds: p50 ${percentile(samples, 50).toFixed(1)} ms, ` +
              `p95 ${percentile(samples, 95).toFixed(1)} ms, max ${Math.max(...samples).toFixed(1)} ms`);
} finally {
  await browser.close();
  server.close();
}
