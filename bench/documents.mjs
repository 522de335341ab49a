// Benchmark: 职责文件档案库 in headless Chromium — the archive's queries through the automation
// API (the same wasm code the view's refresh runs: list_documents with facets, document_detail)
// and the time from a filter change (navigate) to the frame that shows its rows, on the demo
// bundle and on a bundle `scale` times its size.
//
//   node bench/documents.mjs [--scale 20] [--rounds 5]
//
// Needs the built site (scripts/build-site.sh) and the native CLI (build/).
import { SITE_DIR, launch, openClient, serve } from '../tests/browser/harness.mjs';
import { withScaledSite } from './scaled_site.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const scale = Number(option('--scale', 20));
const rounds = Number(option('--rounds', 5));

// What a reader narrows by: nothing, a kind, a year, words, a body, and combinations.
const FILTERS = [
  {}, { kind: 'adjustment' }, { kind: 'sanding' }, { year: '2021' }, { text: '安全' },
  { text: '消防 职责' }, { body: 'yjglj' }, { body: 'sthjj', kind: 'adjustment' },
  { kind: 'adjustment', year: '2022', text: '管理' }, { text: '不存在的词语组合' },
];
const ROUTES = ['#/documents', '#/documents?kind=adjustment', '#/documents?year=2021',
  '#/documents?q=%E5%AE%89%E5%85%A8', '#/documents?body=yjglj'];

function percentile(samples, p) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(siteDir, label) {
  const server = await serve(siteDir);
  const browser = await launch();
  const { page } = browser;
  const result = await openClient(page, server.url, { timeout: 120000 });
  if (!result.ok) throw new Error(`${label}: ${result.error}`);
  const timings = await page.evaluate(({ filters, rounds }) => {
    const time = (request) => {
      const t0 = performance.now();
      const answer = window.dutyatlas.query(request);
      const t1 = performance.now();
      if (!answer.ok) throw new Error(answer.error);
      return [t1 - t0, answer.result];
    };
    const list = [];
    const detail = [];
    const [, all] = time({ query: 'documents' });
    const docNos = all.documents.map((d) => d.doc_no);
    for (let r = 0; r < rounds; ++r) {
      for (const filter of filters) list.push(time({ query: 'documents', ...filter })[0]);
      for (let i = 0; i < docNos.length; i += Math.max(1, Math.floor(docNos.length / 40))) {
        detail.push(time({ query: 'document', doc_no: docNos[i] })[0]);
      }
    }
    return { list, detail, documents: all.total };
  }, { filters: FILTERS, rounds });

  // A filter change as the page sees it: navigate, then wait for the frame with the rows.
  const frames = [];
  for (let r = 0; r < rounds; ++r) {
    for (const route of ROUTES) {
      await page.evaluate(() => window.dutyatlas.navigate('#/'));
      await page.waitForFunction(() => !window.dutyatlas.drawnItems().some((i) => i.key === 'result-count'));
      const ms = await page.evaluate((target) => new Promise((resolve) => {
        const t0 = performance.now();
        window.dutyatlas.navigate(target);
        const check = () => {
          if (window.dutyatlas.drawnItems().some((i) => i.key === 'result-count')) resolve(performance.now() - t0);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }), route);
      frames.push(ms);
    }
  }
  await browser.close();
  server.close();
  const fmt = (xs) => `p50 ${percentile(xs, 50).toFixed(2)} ms, p95 ${percentile(xs, 95).toFixed(2)} ms (n=${xs.length})`;
  console.log(`${label.padEnd(6)} ${timings.documents} documents`);
  console.log(`       documents query (filters + facets) ${fmt(timings.list)}`);
  console.log(`       document query (full text + changes) ${fmt(timings.detail)}`);
  console.log(`       filter change → rows drawn ${fmt(frames)}`);
}

await measure(SITE_DIR, 'demo');

// The same site with a publication `scale` times the demo.
await withScaledSite(scale, (site) => measure(site, `x${scale}`));
