// The precompressed copies scripts/precompress.mjs writes (issue 13), as scripts/serve.mjs
// serves them: a browser that accepts gzip (or brotli) gets the .gz (.br) copy with
// Content-Encoding and the file's own Content-Type, and it decodes to exactly the file's bytes;
// a client that accepts neither gets the file as it is. No browser: plain HTTP requests.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { SITE_DIR, serve } from './harness.mjs';

let server;
before(async () => { server = await serve(SITE_DIR); });
after(() => server.close());

function get(file, acceptEncoding) {
  return new Promise((resolve, reject) => {
    http.get(new URL(file, server.url), { headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

const manifest = JSON.parse(fs.readFileSync(path.join(SITE_DIR, 'data/manifest.json'), 'utf8'));
const FILES = ['dutyatlas.wasm', 'dutyatlas.js', 'loader.js', 'index.html', `data/${manifest.font.file}`];

for (const file of FILES) {
  test(`${file}: the .gz and .br copies decode to the same bytes`, async () => {
    const original = fs.readFileSync(path.join(SITE_DIR, file));
    const gz = await get(file, 'gzip, deflate');
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(gz.headers.vary, 'Accept-Encoding');
    assert.ok(gz.body.length < original.length * 0.95, `${gz.body.length} < ${original.length}`);
    assert.deepEqual(zlib.gunzipSync(gz.body), original);
    const br = await get(file, 'gzip, deflate, br');
    assert.equal(br.headers['content-encoding'], 'br');
    assert.deepEqual(zlib.brotliDecompressSync(br.body), original);
    assert.equal(br.headers['content-type'], gz.headers['content-type']);
    const plain = await get(file, 'identity');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.deepEqual(plain.body, original);
  });
}

test('the bundle is never compressed again', async () => {
  const bundle = await get(`data/${manifest.bundle.file}`, 'gzip, deflate, br');
  assert.equal(bundle.headers['content-encoding'], undefined);
  assert.equal(bundle.body.length, manifest.bundle.compressed_bytes);
});
