// Writes precompressed copies beside the built site's compressible files — NAME.gz (gzip -9) and
// NAME.br (brotli 11) — for web servers that serve them as they are (nginx gzip_static and
// brotli_static; scripts/serve.mjs does too), so no server compresses on every request. Run by
// scripts/build-site.sh last. Not for already-compressed files (the .db.zst bundle, PNG icons),
// and a copy that saves under 5 % is not written (and an old one removed).
//
//   node scripts/precompress.mjs SITE_DIR
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|css|json|webmanifest|wasm|ttf|svg|xml|txt)$/;
const MIN_SAVING = 0.05;

const site = path.resolve(process.argv[2] || 'out/site');
if (!fs.existsSync(site)) {
  console.error(`precompress: ${site}: no such folder`);
  process.exit(1);
}

// zlib's asynchronous calls run in libuv's thread pool: the files are compressed on every core
// (the demo's 4,400 files: 37 s on one core, 21 s on the CI's two).
const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);
const encoders = {
  gz: (data) => gzip(data, { level: 9 }),
  br: (data) => brotli(data, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  }),
};

let files = 0, before = 0, after = 0;
function walk(dir, found = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(file, found);
    else if (COMPRESSIBLE.test(entry.name)) found.push(file);
  }
  return found;
}
async function compress(file) {
  const data = fs.readFileSync(file);
  const mtime = fs.statSync(file).mtimeMs;
  files += 1;
  before += data.length;
  let smallest = data.length;
  for (const [suffix, encode] of Object.entries(encoders)) {
    const copy = `${file}.${suffix}`;
    // Unchanged since the last build: keep the copy (brotli 11 on the wasm takes seconds).
    if (fs.existsSync(copy) && fs.statSync(copy).mtimeMs >= mtime) {
      smallest = Math.min(smallest, fs.statSync(copy).size);
      continue;
    }
    const packed = await encode(data);
    if (packed.length > data.length * (1 - MIN_SAVING)) {
      fs.rmSync(copy, { force: true });
      continue;
    }
    fs.writeFileSync(copy, packed);
    smallest = Math.min(smallest, packed.length);
  }
  after += smallest;
}
// The largest first, so no big file is left to the end; two files in flight per core, so the
// main thread's reads and writes do not leave a core idle.
const queue = walk(site)
  .map((file) => ({ file, size: fs.statSync(file).size }))
  .sort((a, b) => a.size - b.size)
  .map(({ file }) => file);
const workers = Array.from({ length: 2 * os.availableParallelism() }, async () => {
  while (queue.length) await compress(queue.pop());
});
await Promise.all(workers);
console.log(`precompress: ${files} files, ${(before / 1e6).toFixed(2)} MB → ${(after / 1e6).toFixed(2)} MB (smallest copy each)`);
