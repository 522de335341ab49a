// Benchmark: 清单查询 in headless Chromium — how long the client takes to apply a facet filter,
// a text filter and a sort to the power list, on a synthetic publication with ≥ 50,000 powers.
// Each sample is one dutyatlas.navigate(route): the very path a click on a facet chip or a
// column header takes (route → ListQuery → run_list_query in wasm → the rows in view and every
// facet's counts refreshed), without the frame drawn after it.
//
//   node bench/lists.mjs [--scale 15] [--rounds 5] [--sessions 3]
//
// Needs the built site (scripts/build-site.sh) and the native CLI (build/). Targets (issue 7):
// a filter or facet on 50,000 items ≤ 30 ms, a sort ≤ 50 ms.
import { SITE_DIR, launch, openClient, serve } from '../tests/browser/harness.mjs';
import { withScaledSite } from './scaled_site.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const scale = Number(option('--scale', 15));
const rounds = Number(option('--rounds', 5));
const sessions = Number(option('--sessions', 3));
const SORT_COLUMNS = ['code', 'name', 'type', 'body', 'basis', 'responsible'];

function percentile(samples, p) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
const fmt = (xs) => `p50 ${percentile(xs, 50).toFixed(1)} ms, p95 ${percentile(xs, 95).toFixed(1)} ms, ` +
  `max ${Math.max(...xs).toFixed(1)} ms (n=${xs.length})`;

async function measure(siteDir, label) {
  const server = await serve(siteDir);
  const browser = await launch();
  const opened = await openClient(browser.page, server.url, { timeout: 180000 });
  if (!opened.ok) throw new Error(`${label}: ${opened.error}`);
  const result = await browser.page.evaluate(([rounds, SORT]) => {
    const api = window.dutyatlas;
    const best = {};  // route → its fastest time over the rounds
    const time = (route) => {
      const t0 = performance.now();
      api.navigate(route);
      const ms = performance.now() - t0;
      best[route] = Math.min(best[route] ?? Infinity, ms);
      return ms;
    };
    const q = (v) => encodeURIComponent(v);
    const load = time('#/lists/powers');  // the first query of the kind loads its table
    const all = api.query({ query: 'list', kind: 'powers', limit: 0 }).result;
    const types = all.facets.type.map((t) => t.value);
    const bodies = all.facets.body.slice(0, 12).map((b) => b.value);
    const categories = all.facets.category.map((c) => c.value);
    const filterRoutes = [];
    for (const t of types) filterRoutes.push(`#/lists/powers?type=${q(t)}`);
    for (const b of bodies) filterRoutes.push(`#/lists/powers?body=${q(b)}`);
    for (const c of categories) filterRoutes.push(`#/lists/powers?category=${q(c)}`);
    for (let i = 0; i < bodies.length; ++i) {
      filterRoutes.push(`#/lists/powers?body=${q(bodies[i])}&type=${q(types[i % types.length])}`);
      filterRoutes.push(`#/lists/powers?type=${q(types[i % types.length])},${q(types[(i + 1) % types.length])}`);
    }
    const textRoutes = ['油烟', '噪声', '许可', '食品', '建设', '消防', '违法', '检查'].map((t) => `#/lists/powers?q=${q(t)}`);
    const sortColumns = SORT;
    const filter = [];
    const text = [];
    const sort = [];
    const sortFiltered = [];
    for (let r = 0; r < rounds; ++r) {
      for (const route of filterRoutes) filter.push(time(route));
      for (const route of textRoutes) text.push(time(route));
      for (const c of sortColumns) {
        sort.push(time(`#/lists/powers?sort=${c}`));
        sort.push(time(`#/lists/powers?sort=${c}&desc=1`));
        sortFiltered.push(time(`#/lists/powers?type=${q(types[r % types.length])}&sort=${c}&desc=1`));
      }
    }
    const bestOf = (routes) => routes.map((r) => best[r]);
    const sortRoutes = sortColumns.flatMap((c) => [`#/lists/powers?sort=${c}`, `#/lists/powers?sort=${c}&desc=1`]);
    return {
      total: all.total, load, filter, text, sort, sortFiltered, stats: api.stats(),
      bestFilter: bestOf(filterRoutes), bestText: bestOf(textRoutes), bestSort: bestOf(sortRoutes),
    };
  }, [rounds, SORT_COLUMNS]);
  await browser.close();

  // The first sort on each column, once per session: "cold" right after the list's first query
  // (no frame drawn in between: each builds the column's order), and "shown" as a reader meets
  // it — the list opened and drawn (the client prepares every column's sort in the frame after
  // the table first shows), then a header clicked. Best of `sessions` fresh pages per column.
  const cold = [];
  const shown = [];
  for (let s = 0; s < sessions; ++s) {
    for (const afterFrames of [false, true]) {
      const session = await launch();
      const reopened = await openClient(session.page, server.url, { timeout: 180000 });
      if (!reopened.ok) throw new Error(`${label}: ${reopened.error}`);
      const times = await session.page.evaluate(async ([columns, afterFrames]) => {
        const api = window.dutyatlas;
        api.navigate('#/lists/powers');
        if (afterFrames) {
          const frames = api.framesDrawn();
          for (let i = 0; i < 120 && api.framesDrawn() < frames + 2; ++i) {
            await new Promise((resolve) => requestAnimationFrame(resolve));
          }
        }
        return columns.map((c) => {
          const t0 = performance.now();
          api.navigate(`#/lists/powers?sort=${c}`);
          return performance.now() - t0;
        });
      }, [SORT_COLUMNS, afterFrames]);
      await session.close();
      (afterFrames ? shown : cold).push(times);
    }
  }
  const bestPerColumn = (runs) => SORT_COLUMNS.map((_, i) => Math.min(...runs.map((r) => r[i])));
  const coldBest = bestPerColumn(cold);
  const shownBest = bestPerColumn(shown);
  server.close();
  console.log(`${label}: ${result.total} powers; first query of the list (loads its table) ${result.load.toFixed(0)} ms; ` +
    `heap ${(result.stats.heapBytes / 1048576).toFixed(0)} MiB`);
  console.log(`  facet filter          ${fmt(result.filter)}`);
  console.log(`  text filter           ${fmt(result.text)}`);
  console.log(`  sort (whole list)     ${fmt(result.sort)}`);
  console.log(`  sort (filtered)       ${fmt(result.sortFiltered)}`);
  // On a shared machine a sample may include time the browser was not running at all: the
  // fastest of the rounds per route shows what the client itself needs.
  console.log(`  best of ${rounds} per route: facet filter ${fmt(result.bestFilter)}`);
  console.log(`                      text filter ${fmt(result.bestText)}`);
  console.log(`                      sort ${fmt(result.bestSort)}`);
  const cols = (xs) => SORT_COLUMNS.map((c, i) => `${c} ${xs[i].toFixed(1)}`).join(', ');
  console.log(`  first sort per column, best of ${sessions} sessions (ms):`);
  console.log(`    cold  ${cols(coldBest)}`);
  console.log(`    shown ${cols(shownBest)}`);
}

await measure(SITE_DIR, 'demo');

// The same site with a publication `scale` times the demo.
await withScaledSite(scale, (site) => measure(site, `x${scale}`));
