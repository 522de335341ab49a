// Benchmark: 新旧对照 and 全区职责调整 in the wasm client in headless Chromium, through the
// automation API (the page's own wasm code: query() runs compare_duties and its JSON; navigate()
// rebuilds the view's state from the route, the next frame draws it).
//
//   node bench/history.mjs [--rounds 20]
//
// The machine's load shows in the tails: run it on a quiet machine, read the medians.
// Needs the built site (scripts/build-site.sh) and the native CLI (build/). Targets (issue 6):
// comparing two 40-clause versions ≤ 5 ms in wasm; the district change log of a year of the
// demo rendered ≤ 50 ms.
//
// The demo's bodies have at most 22 clauses, so the 40-clause case is a copy of the demo in
// which one body (jggw, referenced by no keyword) gets a 40-clause 三定 in 2019, an adjustment
// in 2025 (10 reworded, 2 removed, 2 added) and a second 40-clause 三定 in 2026: 20 clauses kept
// (some moved), 12 reworded, 3 removed, 3 added, one split in two, two merged into one. Its
// clauses are real ones from the demo's other 三定.
//
// Times: "compare_duties in wasm" is what the comparison view measured around compare_duties
// (web/history_state.cpp; read from the drawn item "timing:compare-ms"); "query" is dutyatlas.query({query: "compare"}) — compare_duties plus its JSON;
// "navigate" is dutyatlas.navigate(route) — the state refresh; "to frame" is from navigate()
// until the client has drawn the new view (includes waiting for the browser's next animation
// frame, up to one display refresh).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, SITE_DIR, launch, openClient, serve } from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const rounds = Number(option('--rounds', 20));
const CLI = process.env.DUTYATLAS_CLI || path.join(ROOT, 'build/builder/dutyatlas');
const BENCH_BODY = 'jggw';

function percentile(samples, p) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
const fmt = (xs) => `p50 ${percentile(xs, 50).toFixed(2)} ms, p95 ${percentile(xs, 95).toFixed(2)} ms, max ${Math.max(...xs).toFixed(2)} ms (n=${xs.length})`;

// --- the 40-clause source tree -------------------------------------------------------------

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}
function writeJson(file, value) {
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

// A light rewording: drop a phrase after the first comma, add one before the full stop.
function reword(text) {
  let out = text;
  const comma = out.indexOf('，');
  const next = comma >= 0 ? out.indexOf('，', comma + 1) : -1;
  if (next > comma && next - comma < 14) out = out.slice(0, comma) + out.slice(next);
  const stop = out.lastIndexOf('。');
  return stop >= 0 ? `${out.slice(0, stop)}，加强监督检查${out.slice(stop)}` : `${out}加强监督检查。`;
}

function writeFortyClauseTree(source) {
  fs.cpSync(path.join(ROOT, 'assets/demo'), source, { recursive: true });
  const sandingDir = path.join(source, 'sanding');
  const pool = [];
  for (const file of fs.readdirSync(sandingDir).sort()) {
    for (const duty of readJson(path.join(sandingDir, file)).duties) {
      const text = duty.replace(/^#[^:]*:/, '');
      if (!pool.includes(text) && text.length > 30) pool.push(text);
    }
  }
  if (pool.length < 90) throw new Error('not enough demo clauses');
  const old = pool.slice(0, 40);
  const extra = pool.slice(40, 90);
  const sanding = readJson(path.join(sandingDir, `${BENCH_BODY}.json`));
  sanding.duties = old;
  writeJson(path.join(sandingDir, `${BENCH_BODY}.json`), sanding);

  // 2025: an adjustment rewording 10, removing 2, adding 2 (keys of the first 三定: "1"…"40").
  const changes = [];
  for (let i = 1; i <= 10; ++i) changes.push({ action: 'reword', body: BENCH_BODY, clause: String(i * 3), text: reword(old[i * 3 - 1]) });
  changes.push({ action: 'remove', body: BENCH_BODY, clause: '2' }, { action: 'remove', body: BENCH_BODY, clause: '40' });
  changes.push({ action: 'add', body: BENCH_BODY, clause: 'b2025-1', text: extra[0] }, { action: 'add', body: BENCH_BODY, clause: 'b2025-2', text: extra[1] });
  const document = (docNo, kind, issued, effective, more = {}) => ({
    doc_no: docNo, title: `基准测试文件${docNo}`, issuer: '中共示例区委机构编制委员会', kind, issued, effective, text: '基准测试。', ...more,
  });
  writeJson(path.join(source, 'documents/bench-2025.json'), document('示编〔2025〕98号', 'adjustment', '2025-05-20', '2025-06-01', { changes }));

  // 2026: a second 三定 of 40 clauses against the 40 in force before it.
  const before = old.map((text, i) => (i % 3 === 2 && i < 30 ? reword(text) : text));
  before.splice(39, 1);
  before.splice(1, 1);
  before.push(extra[0], extra[1]);  // 40 clauses in force on 2026-05-31
  const next = [];
  for (let i = 0; i < 20; ++i) next.push(before[(i * 7) % 20]);           // kept, moved
  for (let i = 20; i < 32; ++i) next.push(reword(before[i]));             // reworded
  next.push(extra[10], extra[11], extra[12]);                             // added; 32–34 removed
  const split = before[35];
  const half = Math.floor(split.length / 2);
  next.push(`${split.slice(0, half)}。`, `负责${split.slice(half)}`);    // split
  next.push(`${before[36].replace(/。$/, '')}；${before[37]}`);           // merged
  next.push(before[38], before[39]);
  while (next.length < 40) next.push(extra[20 + next.length]);
  writeJson(path.join(source, 'documents/bench-2026.json'), document('示编〔2026〕99号', 'sanding', '2026-05-20', '2026-06-01'));
  writeJson(path.join(sandingDir, `${BENCH_BODY}-2026.json`), { ...sanding, document: '示编〔2026〕99号', duties: next });
}

// --- measuring -------------------------------------------------------------------------------

async function timeNavigation(page, route) {
  return page.evaluate(async (r) => {
    const api = window.dutyatlas;
    const before = api.framesDrawn();
    const t0 = performance.now();
    api.navigate(r);
    const t1 = performance.now();
    await new Promise((resolve) => {
      const check = () => (api.framesDrawn() > before ? resolve() : requestAnimationFrame(check));
      requestAnimationFrame(check);
    });
    const t2 = performance.now();
    const timing = api.drawnItems().find((i) => i.key === 'timing:compare-ms');
    return { navigate: t1 - t0, frame: t2 - t0, compare: timing ? Number(timing.text) : null };
  }, route);
}

async function timeQueries(page, requests, rounds) {
  return page.evaluate(({ requests, rounds }) => {
    const out = [];
    for (let r = 0; r < rounds; ++r) {
      for (const request of requests) {
        const t0 = performance.now();
        const answer = window.dutyatlas.query(request);
        const t1 = performance.now();
        if (!answer.ok) throw new Error(answer.error);
        out.push(t1 - t0);
      }
    }
    return out;
  }, { requests, rounds });
}

async function withClient(siteDir, body) {
  const server = await serve(siteDir);
  const browser = await launch();
  try {
    const result = await openClient(browser.page, server.url, { timeout: 120000 });
    if (!result.ok) throw new Error(result.error);
    return await body(browser.page);
  } finally {
    await browser.close();
    server.close();
  }
}

// The demo: every body's default comparison, and the change log of every year.
await withClient(SITE_DIR, async (page) => {
  const bodies = (await page.evaluate(() => window.dutyatlas.query({ query: 'bodies' }))).result;
  const withDuties = [];
  for (const b of bodies) {
    const timeline = (await page.evaluate((id) => window.dutyatlas.query({ query: 'timeline', body: id }), b.id)).result;
    if (timeline.entries.length) withDuties.push(b.id);
  }
  const compare = await timeQueries(page, withDuties.map((id) => ({ query: 'compare', body: id })), Math.max(1, rounds / 4));
  console.log(`demo     compare (query, ${withDuties.length} bodies, default dates)  ${fmt(compare)}`);
  const all = (await page.evaluate(() => window.dutyatlas.query({ query: 'changes' }))).result.rows;
  const years = [...new Set(all.map((r) => r.date.slice(0, 4)))].sort();
  const log = { navigate: [], frame: [] };
  let biggest = { year: '', rows: 0 };
  for (let r = 0; r < rounds; ++r) {
    for (const year of years) {
      await timeNavigation(page, '#/');  // away, so each visit rebuilds the view
      const t = await timeNavigation(page, `#/changes/${year}`);
      log.navigate.push(t.navigate);
      log.frame.push(t.frame);
    }
  }
  for (const year of years) {
    const n = all.filter((c) => c.date.startsWith(year)).length;
    if (n > biggest.rows) biggest = { year, rows: n };
  }
  console.log(`demo     change log (${years.length} years, largest ${biggest.year}: ${biggest.rows} rows) navigate ${fmt(log.navigate)}`);
  console.log(`${''.padEnd(9)}change log navigate → frame drawn ${fmt(log.frame)}`);
  const pages = { navigate: [], frame: [], compare: [] };
  for (let r = 0; r < Math.max(1, rounds / 4); ++r) {
    for (const id of withDuties) {
      await timeNavigation(page, '#/');
      const t = await timeNavigation(page, `#/compare/${id}`);
      pages.navigate.push(t.navigate);
      pages.frame.push(t.frame);
      pages.compare.push(t.compare);
    }
  }
  console.log(`demo     compare_duties in wasm (timed by the view) ${fmt(pages.compare)}`);
  console.log(`demo     compare view navigate ${fmt(pages.navigate)}`);
  console.log(`${''.padEnd(9)}compare view navigate → frame drawn ${fmt(pages.frame)}`);
});

// Two 40-clause versions.
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dutyatlas-bench-history-'));
try {
  const source = path.join(work, 'source');
  const site = path.join(work, 'site');
  writeFortyClauseTree(source);
  fs.cpSync(SITE_DIR, site, { recursive: true, filter: (p) => !p.includes(`${path.sep}data`) });
  execFileSync(CLI, ['build', source, '-o', path.join(site, 'data'), '--ui-text', path.join(ROOT, 'web/ui_text')],
    { stdio: ['ignore', 'ignore', 'inherit'] });
  await withClient(site, async (page) => {
    const scenarios = [
      ['new 三定 (40 → 40: kept, moved, reworded, removed, added, split, merged)', { from: '2026-05-31', to: '2026-06-01' }],
      ['adjustment (40 → 40: 10 reworded, 2 removed, 2 added)', { from: '2025-05-31', to: '2025-06-01' }],
      ['both (2019 三定 → 2026 三定)', { from: '2019-12-31', to: '2026-11-01' }],
    ];
    for (const [label, dates] of scenarios) {
      const request = { query: 'compare', body: BENCH_BODY, ...dates };
      const check = (await page.evaluate((r) => window.dutyatlas.query(r), request)).result;
      const times = await timeQueries(page, [request], rounds * 5);
      const nav = [];
      const inWasm = [];
      for (let r = 0; r < rounds * 2; ++r) {
        await timeNavigation(page, '#/');
        const t = await timeNavigation(page, `#/compare/${BENCH_BODY}?from=${dates.from}&to=${dates.to}`);
        nav.push(t.navigate);
        inWasm.push(t.compare);
      }
      const s = check.summary;
      console.log(`40×40    ${label}: ${check.old_count} → ${check.new_count} clauses, ${check.rows.length} rows ` +
        `(未变 ${s.unchanged}, 修改 ${s.reworded}, 新增 ${s.added}, 删除 ${s.removed}, 拆分 ${s.split}, 合并 ${s.merged})`);
      console.log(`${''.padEnd(9)}compare_duties in wasm (timed by the view) ${fmt(inWasm)}`);
      console.log(`${''.padEnd(9)}query (compare_duties + JSON + JSON.parse) ${fmt(times)}`);
      console.log(`${''.padEnd(9)}navigate (compare_duties + view state) ${fmt(nav)}`);
    }
  });
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
