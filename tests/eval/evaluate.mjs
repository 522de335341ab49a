#!/usr/bin/env node
// 谁来管 accuracy on hotline complaints: runs `dutyatlas query DIR --who TEXT --json` for every
// complaint of tests/eval/complaints.json and reports top-1 / top-3 accuracy. A complaint is a
// hit at k when any of its expected bodies is among the first k suggestions; "strict top-1"
// additionally asks the first suggestion to be the complaint's first (primary) expected body.
//
//   node tests/eval/evaluate.mjs [DIR] [--cli PATH] [--complaints FILE]... [--min-top3 0.9]
//                                [--min-top1 X] [--max-unsure X] [--min-unsure-oos X] [--verbose]
//
// DIR: a built publication (default: out/site/data of this checkout); --cli: the dutyatlas
// binary (default build/builder/dutyatlas). Lists the misses (no expected body in the top 3)
// with the three bodies suggested instead; --verbose lists the hits too. Exits 1 when an
// accuracy is below its --min-* threshold, 2 on usage or run errors. No npm dependencies.
// Also prints the figures apart for the tuned and the two blind parts of complaints.json (by
// position, see README.md: PARTS below), and how the answer's groups (core/search/who_groups.h)
// treat the labelled bodies: of those suggested after the first, how many are in 配合 rather
// than 相关, and of the unlabelled ones, how many are kept out of 配合.
// A complaint labelled `expected: []` is out of scope (no body's duties cover it): it counts
// not in top-1 / top-3 but in "not sure" — the share of out-of-scope complaints the answer marks
// not sure (`confidence.sure` false, core/search/who_confidence.h), and the share of in-scope
// ones it marks so wrongly; --min-unsure-oos and --max-unsure set floors on them. --complaints
// may be given more than once: the files are scored together.
// See tests/eval/README.md for how the complaints are labelled.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");

function usage(message) {
  if (message) console.error(`evaluate.mjs: ${message}`);
  console.error(
    "usage: node tests/eval/evaluate.mjs [DIR] [--cli PATH] [--complaints FILE] " +
      "[--min-top3 X] [--min-top1 X] [--max-unsure X] [--min-unsure-oos X] [--verbose]",
  );
  process.exit(message ? 2 : 0);
}

const options = {
  dir: resolve(root, "out/site/data"),
  cli: resolve(root, "build/builder/dutyatlas"),
  complaints: [],
  minTop3: null,
  minTop1: null,
  maxUnsure: null,
  minUnsureOutOfScope: null,
  verbose: false,
};
const args = process.argv.slice(2);
let dirGiven = false;
for (let i = 0; i < args.length; ++i) {
  const arg = args[i];
  const value = () => {
    if (i + 1 >= args.length) usage(`${arg} needs a value`);
    return args[++i];
  };
  const ratio = () => {
    const x = Number(value());
    if (!Number.isFinite(x) || x < 0 || x > 1) usage(`${arg} takes a number between 0 and 1`);
    return x;
  };
  if (arg === "--cli") options.cli = resolve(value());
  else if (arg === "--complaints") options.complaints.push(resolve(value()));
  else if (arg === "--min-top3") options.minTop3 = ratio();
  else if (arg === "--min-top1") options.minTop1 = ratio();
  else if (arg === "--max-unsure") options.maxUnsure = ratio();
  else if (arg === "--min-unsure-oos") options.minUnsureOutOfScope = ratio();
  else if (arg === "--verbose" || arg === "-v") options.verbose = true;
  else if (arg === "--help" || arg === "-h") usage();
  else if (arg.startsWith("-")) usage(`unknown option ${arg}`);
  else if (!dirGiven) {
    options.dir = resolve(arg);
    dirGiven = true;
  } else usage(`unexpected argument ${arg}`);
}
if (!existsSync(options.cli)) usage(`no CLI at ${options.cli} (build first, or pass --cli)`);
if (!existsSync(options.dir)) usage(`no publication at ${options.dir}`);

if (options.complaints.length === 0) options.complaints.push(resolve(here, "complaints.json"));
const complaints = [];
for (const file of options.complaints) {
  let list;
  try {
    list = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    usage(`cannot read ${file}: ${e.message}`);
  }
  if (!Array.isArray(list) || list.length === 0) usage(`${file}: complaints must be a non-empty array`);
  const ids = new Set();  // unique within a file; another file may reuse an id
  for (const c of list) {
    if (ids.has(c.id)) usage(`${file}: duplicate complaint id ${c.id}`);
    ids.add(c.id);
  }
  complaints.push(...list);
}
for (const c of complaints) {
  if (typeof c.id !== "string" || typeof c.text !== "string" || !Array.isArray(c.expected)) {
    usage(`malformed complaint ${JSON.stringify(c).slice(0, 80)}`);
  }
}

// Every complaint's answer, asked in one run of the CLI (`query DIR --each -`: a request per
// line, an answer per line), so the publication is opened once, not once per complaint.
function whoEach(texts) {
  const requests = texts.map((text) => JSON.stringify({ query: "who", text })).join("\n") + "\n";
  const run = spawnSync(options.cli, ["query", options.dir, "--each", "-"], {
    input: requests,
    encoding: "utf8",
    maxBuffer: 256 << 20,
  });
  if (run.error) throw run.error;
  const answers = run.stdout.split("\n").filter((line) => line !== "").map((line) => JSON.parse(line));
  if (answers.length !== texts.length) {
    throw new Error(`dutyatlas exited ${run.status} after ${answers.length} of ${texts.length} answers: ${run.stderr.trim()}`);
  }
  return answers;
}

// The batches complaints.json was written in (README.md): the first tuned the ranking and the
// groups, the other two were scored blind.
const PARTS = [
  { name: 'tuned (1-144)', from: 0, to: 144 },
  { name: 'blind (145-184)', from: 144, to: 184 },
  { name: 'blind (185-214)', from: 184, to: Infinity },
];
const partStats = PARTS.map(() => ({ n: 0, top1: 0, top3: 0, labelledCooperate: 0, labelled: 0, unlabelledRelated: 0, unlabelled: 0 }));

let top1 = 0, top3 = 0, strict1 = 0;
let inScope = 0, outOfScope = 0, unsureInScope = 0, unsureOutOfScope = 0;
const unsureMistakes = [];
const misses = [];
let index = -1;
const started = process.hrtime.bigint();
let answers;
try {
  answers = whoEach(complaints.map((c) => c.text));
} catch (e) {
  console.error(e.message);
  process.exit(2);
}
for (const [at, c] of complaints.entries()) {
  const answer = answers[at];
  if (!answer.ok) {
    console.error(`${c.id}: query failed: ${answer.error}`);
    process.exit(2);
  }
  const result = answer.result;
  const sure = answer.confidence ? answer.confidence.sure : result.length > 0;
  const leadShown = result[0] ? `${result[0].body_id} (${(answer.confidence?.value ?? 0).toFixed(2)}; ${(answer.confidence?.matched ?? []).join(" ")})` : "(none)";
  if (c.expected.length === 0) {
    ++outOfScope;
    if (!sure) ++unsureOutOfScope;
    else unsureMistakes.push(`  out of scope, answered sure: ${c.id} → ${leadShown}  ${c.text.slice(0, 40)}`);
    continue;
  }
  ++inScope;
  if (!sure) {
    ++unsureInScope;
    unsureMistakes.push(`  in scope, marked not sure:  ${c.id} → ${leadShown}  ${c.text.slice(0, 40)}`);
  }
  const suggested = result.map((r) => r.body_id);
  const expected = new Set(c.expected);
  const rank = suggested.findIndex((id) => expected.has(id));
  if (rank === 0) ++top1;
  if (rank >= 0 && rank < 3) ++top3;
  if (suggested[0] === c.expected[0]) ++strict1;
  const show = result.slice(0, 3).map((r) => `${r.body_id}(${r.score.toFixed(1)}${r.role ? "," + r.role : ""})`);
  if (rank < 0 || rank >= 3) misses.push({ c, show, rank });
  else if (options.verbose) {
    console.log(`ok   ${c.id} @${rank + 1} [${c.expected.join(" ")}] → ${show.join(" ")}`);
  }
  ++index;
  const part = partStats[PARTS.findIndex((p) => index >= p.from && index < p.to)];
  ++part.n;
  if (rank === 0) ++part.top1;
  if (rank >= 0 && rank < 3) ++part.top3;
  for (const r of result.slice(1)) {
    if (expected.has(r.body_id)) {
      ++part.labelled;
      if (r.group === 'cooperate') ++part.labelledCooperate;
    } else {
      ++part.unlabelled;
      if (r.group === 'related') ++part.unlabelledRelated;
    }
  }
}
const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
const n = inScope;
const pct = (k) => `${((100 * k) / n).toFixed(1)}% (${k}/${n})`;

if (misses.length) {
  console.log("Misses (no expected body in the top 3):");
  for (const { c, show, rank } of misses) {
    const text = c.text.length > 60 ? c.text.slice(0, 60) + "…" : c.text;
    console.log(`  ${c.id}  expected [${c.expected.join(", ")}]${rank >= 0 ? ` (first at #${rank + 1})` : ""}`);
    console.log(`    ${text}`);
    console.log(`    top 3: ${show.join("  ") || "(none)"}`);
  }
  console.log("");
}
if (unsureMistakes.length && options.verbose) {
  console.log("Not sure, wrongly:");
  for (const line of unsureMistakes) console.log(line);
  console.log("");
}
if (n) {
  console.log(`complaints:      ${n}`);
  console.log(`top-1:           ${pct(top1)}`);
  console.log(`top-1 (primary): ${pct(strict1)}`);
  console.log(`top-3:           ${pct(top3)}`);
  console.log(`not sure:        ${pct(unsureInScope)} (in scope, so wrongly)`);
}
if (outOfScope) {
  console.log(`out of scope:    ${outOfScope}, answered not sure ${((100 * unsureOutOfScope) / outOfScope).toFixed(1)}% (${unsureOutOfScope}/${outOfScope})`);
}
console.log(`time:            ${elapsed.toFixed(2)} s (${((elapsed * 1000) / complaints.length).toFixed(1)} ms per complaint, one CLI run for all, its start included)`);

for (let i = 0; i < PARTS.length; ++i) {
  const p = partStats[i];
  if (!p.n) continue;
  const pc = (k, m) => `${((100 * k) / Math.max(m, 1)).toFixed(1)}% (${k}/${m})`;
  console.log(`${PARTS[i].name}: top-1 ${pc(p.top1, p.n)}, top-3 ${pc(p.top3, p.n)}; ` +
    `groups: labelled in 配合 ${pc(p.labelledCooperate, p.labelled)}, unlabelled in 相关 ${pc(p.unlabelledRelated, p.unlabelled)}`);
}

let failed = false;
if (options.maxUnsure !== null && n && unsureInScope / n > options.maxUnsure) {
  console.log(`FAIL: in-scope complaints marked not sure ${(unsureInScope / n).toFixed(3)} is above --max-unsure ${options.maxUnsure}`);
  failed = true;
}
if (options.minUnsureOutOfScope !== null && outOfScope && unsureOutOfScope / outOfScope < options.minUnsureOutOfScope) {
  console.log(`FAIL: out-of-scope complaints answered not sure ${(unsureOutOfScope / outOfScope).toFixed(3)} is below --min-unsure-oos ${options.minUnsureOutOfScope}`);
  failed = true;
}
if (options.minTop3 !== null && n && top3 / n < options.minTop3) {
  console.log(`FAIL: top-3 ${(top3 / n).toFixed(3)} is below --min-top3 ${options.minTop3}`);
  failed = true;
}
if (options.minTop1 !== null && n && top1 / n < options.minTop1) {
  console.log(`FAIL: top-1 ${(top1 / n).toFixed(3)} is below --min-top1 ${options.minTop1}`);
  failed = true;
}
process.exit(failed ? 1 : 0);
