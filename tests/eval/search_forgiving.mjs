#!/usr/bin/env node
// Forgiving search quality on tests/eval/search_queries.json: sentences (a hit when one of the
// first 5 results belongs to an expected body) and one-character typos (a hit when the answer's
// suggestion is exactly the expected text), scored for the tune and blind parts apart. Runs
// `dutyatlas query DIR '{"query": "search", …}'`, the same engine as the page.
//
//   node tests/eval/search_forgiving.mjs [DIR] [--cli PATH] [--part tune|blind] [--verbose]
//
// DIR: a built publication (default: out/site/data; ctest's build tree has one in
// build/tests/who-demo). Prints each miss with what came instead; exits 2 on run errors.
// Not a threshold test: the figures go to docs/benchmarks.md.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const cli = resolve(option("--cli", resolve(root, "build/builder/dutyatlas")));
const parts = option("--part", null) ? [option("--part")] : ["tune", "blind"];
const verbose = args.includes("--verbose");
const positional = args.filter((a, i) => !a.startsWith("--") && !["--cli", "--part"].includes(args[i - 1]));
const dir = resolve(positional[0] ?? resolve(root, "out/site/data"));
if (!existsSync(cli) || !existsSync(dir)) {
  console.error(`search_forgiving.mjs: need the CLI (${cli}) and a publication (${dir})`);
  process.exit(2);
}
const labelled = JSON.parse(readFileSync(resolve(here, "search_queries.json"), "utf8"));

function search(text) {
  const run = spawnSync(cli, ["query", dir, JSON.stringify({ query: "search", text, limit: 20 })], {
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`dutyatlas exited ${run.status}: ${run.stderr}`);
  const answer = JSON.parse(run.stdout);
  if (!answer.ok) throw new Error(answer.error);
  return answer.result;
}

for (const part of parts) {
  const score = { sentence: [0, 0], typo: [0, 0] };
  for (const q of labelled[part]) {
    const answer = search(q.text);
    let hit;
    let got;
    if (q.type === "sentence") {
      const top = answer.hits.slice(0, 5);
      hit = top.some((h) => q.expected.includes(h.body_id));
      got = top.map((h) => `${h.body_id || "-"}:${h.kind}`).join(" ") + (answer.partial ? " (partial)" : "");
    } else {
      hit = answer.suggestion === q.expected;
      got = answer.suggestion || "(no suggestion)";
    }
    score[q.type][0] += hit ? 1 : 0;
    score[q.type][1] += 1;
    if (!hit || verbose) console.log(`${hit ? "ok  " : "MISS"} ${part} ${q.id} ${q.text} → ${got}`);
  }
  const pct = ([k, n]) => `${k}/${n} (${n ? ((100 * k) / n).toFixed(0) : 0}%)`;
  console.log(`${part}: sentences top-5 ${pct(score.sentence)}, typos ${pct(score.typo)}`);
}
