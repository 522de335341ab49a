// Runs every browser test on its own — `node --test --test-name-pattern=^<its name>$ FILE`, one
// process per test — to prove that no test depends on the screen an earlier one left behind.
// For a person checking that after changing the tests; not for CI: it starts Chromium and
// loads the client once per test (a few minutes in all).
//
//   cd tests/browser && node run-each-alone.mjs [FILE.test.mjs …]   (default: every *.test.mjs)
//
// Prints one line per test (passed or failed, and its seconds) and exits non-zero if any failed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

// The names of the top-level tests of a file, as written: test('…', …) at the start of a line.
function testNames(file) {
  const source = fs.readFileSync(file, 'utf8');
  return [...source.matchAll(/^test\(\s*(['"`])((?:\\.|(?!\1).)*)\1/gm)].map((m) => m[2].replace(/\\(.)/g, '$1'));
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Runs one test alone; node's TAP summary says how many passed and failed.
function runAlone(file, name) {
  const started = Date.now();
  const run = spawnSync(process.execPath,
    ['--test', '--test-reporter=tap', `--test-name-pattern=^${escapeRegExp(name)}$`, file],
    { cwd: HERE, encoding: 'utf8', maxBuffer: 64 << 20 });
  const count = (what) => Number((run.stdout.match(new RegExp(`^# ${what} (\\d+)$`, 'm')) || [])[1] ?? NaN);
  return {
    ok: run.status === 0 && count('pass') === 1 && count('fail') === 0,
    seconds: (Date.now() - started) / 1000,
    output: run.stdout + run.stderr,
  };
}

const files = process.argv.length > 2
  ? process.argv.slice(2)
  : fs.readdirSync(HERE).filter((f) => f.endsWith('.test.mjs')).sort();
let failed = 0;
let total = 0;
const started = Date.now();
for (const file of files) {
  for (const name of testNames(path.resolve(HERE, file))) {
    const result = runAlone(file, name);
    ++total;
    console.log(`${result.ok ? 'pass' : 'FAIL'}  ${result.seconds.toFixed(1).padStart(5)} s  ${file}  ${name}`);
    if (!result.ok) {
      ++failed;
      console.log(result.output.split('\n').map((line) => `      ${line}`).join('\n'));
    }
  }
}
console.log(`${total - failed} of ${total} tests pass alone (${((Date.now() - started) / 1000).toFixed(0)} s)`);
process.exitCode = failed ? 1 : 0;
