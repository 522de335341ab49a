// Benchmark: how long 职责体检 (#/audit) takes to open in the wasm client in headless Chromium on
// the built site (scripts/build-site.sh) — the audit runs in the client the first time the view
// opens (web/audit_state.h), so each round loads the page afresh and opens the view from home.
//
//   node bench/audit_view.mjs [--rounds 5]
//
// "first open" is from dutyatlas.navigate('#/audit') until the client has drawn the view (the
// audit, the state and the first frame, including the wait for the browser's next animation
// frame); "audit in wasm" is the audit alone (the drawn item "timing:audit-ms"); "opening a
// finding" is navigate('#/audit?finding=1') → drawn, on the report already made. Target (issue
// 18): the view open in under 300 ms on the demo. Run it on a quiet machine; read the medians.
import { SITE_DIR, launch, openClient, serve } from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--rounds');
const rounds = at >= 0 ? Number(args[at + 1]) : 5;

function percentile(samples, p) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
const fmt = (xs) => `p50 ${percentile(xs, 50).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms (n=${xs.length})`;

// Navigates and resolves with the ms until the new route's frame has drawn `key`.
function timeOpen(page, route, key) {
  return page.evaluate(([r, k]) => new Promise((resolve) => {
    const start = performance.now();
    window.dutyatlas.navigate(r);
    const check = () => {
      if (window.dutyatlas.route() === r && window.dutyatlas.drawnItems().some((i) => i.key === k)) {
        resolve(performance.now() - start);
      } else {
        requestAnimationFrame(check);
      }
    };
    check();
  }), [route, key]);
}

const server = await serve(SITE_DIR);
const browser = await launch({ width: 1366, height: 900 });
const first = [];
const audit = [];
const finding = [];
try {
  for (let round = 0; round < rounds; ++round) {
    const result = await openClient(browser.page, `${server.url}?round=${round}#/`);
    if (!result.ok) throw new Error(result.error);
    first.push(await timeOpen(browser.page, '#/audit', 'timing:audit-ms'));
    audit.push(Number(await browser.page.evaluate(
      () => window.dutyatlas.drawnItems().find((i) => i.key === 'timing:audit-ms').text)));
    finding.push(await timeOpen(browser.page, '#/audit?finding=1', 'finding-where:1:1'));
  }
  const findings = await browser.page.evaluate(() => window.dutyatlas.query({ query: 'audit' }).result.findings.length);
  console.log(`职责体检 on the demo (${findings} findings), ${rounds} fresh page loads:`);
  console.log(`  first open (audit + state + frame): ${fmt(first)}`);
  console.log(`  audit in wasm:                      ${fmt(audit)}`);
  console.log(`  opening a finding:                  ${fmt(finding)}`);
} finally {
  await browser.close();
  server.close();
}
