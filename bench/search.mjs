// Benchmark: search and 谁来管 latency in headless Chromium, through the automation API (the
// same call path as the page's own views: wasm engine + JSON), on the demo bundle and on a
// bundle 20 times its size.
//
//   node bench/search.mjs [--scale 20] [--rounds 5]     (--scale 0: the demo only)
//
// Needs the built site (scripts/build-site.sh) and the native CLI (build/). Targets (issue 5):
// search p95 ≤ 10 ms on the demo, ≤ 50 ms at scale 20; 谁来管 on a 300-character complaint
// p95 ≤ 30 ms on the demo. Also 谁来管 by the complaint's length, up to past the 谁来管 box's
// limit (web/app_state.h: kComplaintMaxChars, chosen from these figures).
import { SITE_DIR, launch, openClient, serve } from '../tests/browser/harness.mjs';
import { withScaledSite } from './scaled_site.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const scale = Number(option('--scale', 20));
const rounds = Number(option('--rounds', 5));

// What people type: 2-character words, phrases, a body name, words found nowhere.
const QUERIES = ['噪声', '油烟', '城管', '低保', '违法建设', '食品安全', '餐饮油烟污染', '养犬',
  '共享单车', '电梯', '生态环境局', '消防', '学校安全', '行政处罚', '拖欠工资', '占道经营',
  '渣土', '燃气', '户外广告', '医保', '狗', '噪', '不存在的词语组合'];

// What search that forgives works on (core/search/forgiving_search.h): sentences no row holds
// whole (the any-term fallback) and names with one wrong character (the suggestion; the first
// one also reads the vocabulary, once per connection). Timed apart from QUERIES, so the figures
// of plain search stay comparable with earlier runs.
const FORGIVEN = ['楼上卫生间漏水渗到我家天花板', '我想申请最低生活保障需要去哪里办', '小区门口的烧烤摊油烟太大',
  '公司拖欠工资不发怎么投诉', '示例区生态环竟局', '违法建没', '区民正局', '最低生活保章'];

// ~300-character complaints, as a hotline record reads.
const COMPLAINT_PARTS = [
  '您好，我是幸福小区三栋的住户，',
  '楼下新开的烧烤店每天晚上营业到凌晨两三点，油烟直接往楼上飘，窗户都不敢开，',
  '而且门口摆了好多桌子占着人行道，客人喝酒划拳特别吵，老人孩子根本睡不着觉，',
  '之前找过物业，物业说管不了，打过几次电话也没人来处理，',
  '另外小区旁边的工地晚上十一点以后还在施工，渣土车来来回回，路面全是泥，',
  '希望有关部门尽快过来看看，依法处理，还我们一个安静干净的环境，谢谢。',
];
const complaint = (i, length = 300) => {
  let text = '';
  for (let k = 0; text.length < length; ++k) text += COMPLAINT_PARTS[(i + k) % COMPLAINT_PARTS.length];
  return text.slice(0, length);
};
// Long hotline records: the parts again and again, each sentence on its own line.
const LENGTHS = [300, 1000, 2000, 5000, 6000, 10000, 20000];
const longComplaint = (length) => complaint(0, length * 2).split('，').join('，\n').slice(0, length);

function percentile(samples, p) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(siteDir, label) {
  const server = await serve(siteDir);
  const browser = await launch();
  const result = await openClient(browser.page, server.url, { timeout: 120000 });
  if (!result.ok) throw new Error(`${label}: ${result.error}`);
  const timings = await browser.page.evaluate(({ queries, forgiven, complaints, rounds, long }) => {
    const time = (request) => {
      const t0 = performance.now();
      const answer = window.dutyatlas.query(request);
      const t1 = performance.now();
      if (!answer.ok) throw new Error(answer.error);
      return t1 - t0;
    };
    const search = [];
    const forgiving = [];
    const who = [];
    const slowest = {};  // query → its slowest time, to see where a tail comes from
    for (let r = 0; r < rounds; ++r) {
      for (const text of queries) {
        const t = time({ query: 'search', text, limit: 50 });
        search.push(t);
        slowest[text] = Math.max(slowest[text] || 0, t);
      }
      for (const text of forgiven) {
        const t = time({ query: 'search', text, limit: 50 });
        forgiving.push(t);
        slowest[text] = Math.max(slowest[text] || 0, t);
      }
      for (const text of complaints) who.push(time({ query: 'who', text }));
    }
    const byLength = {};
    for (const [length, text] of long) {
      byLength[length] = [];
      for (let r = 0; r < rounds; ++r) byLength[length].push(time({ query: 'who', text }));
    }
    return { search, forgiving, who, slowest, byLength };
  }, {
    queries: QUERIES, forgiven: FORGIVEN, complaints: Array.from({ length: 6 }, (_, i) => complaint(i)), rounds,
    long: LENGTHS.map((n) => [n, longComplaint(n)]),
  });
  const stats = await browser.page.evaluate(() => window.dutyatlas.stats());
  await browser.close();
  server.close();
  const fmt = (xs) => `p50 ${percentile(xs, 50).toFixed(2)} ms, p95 ${percentile(xs, 95).toFixed(2)} ms (n=${xs.length})`;
  console.log(`${label.padEnd(9)} search ${fmt(timings.search)}`);
  console.log(`${''.padEnd(9)} search, sentences and typos (fallback, suggestion) ${fmt(timings.forgiving)}`);
  const worst = Object.entries(timings.slowest).sort((a, b) => b[1] - a[1]).slice(0, 4);
  console.log(`${''.padEnd(9)} slowest searches: ${worst.map(([q, t]) => `${q} ${t.toFixed(1)} ms`).join(', ')}`);
  console.log(`${''.padEnd(9)} 谁来管 (300 chars) ${fmt(timings.who)}; ready in ${stats.readyMs.toFixed(0)} ms, heap ${(stats.heapBytes / 1048576).toFixed(0)} MiB`);
  for (const [length, samples] of Object.entries(timings.byLength)) {
    console.log(`${''.padEnd(9)} 谁来管 (${length} chars, line breaks) ${fmt(samples)}`);
  }
}

await measure(SITE_DIR, 'demo');

// The same site with a publication `scale` times the demo.
if (scale <= 0) process.exit(0);
await withScaledSite(scale, (site) => measure(site, `x${scale}`));
