// A small static file server for the built site, bound to 127.0.0.1 only.
//
//   node scripts/serve.mjs DIR [--port N]     (port 0 picks a free one)
//
// Used by scripts/demo.sh and the browser tests and benchmarks (import { serve }). Serves .wasm
// as application/wasm, and the hash-named bundle and font as immutable, manifest.json as
// no-cache, with ETags (a 304 for an unchanged file), and the precompressed .br / .gz copy when
// the browser accepts it — the caching and compression a publisher should configure on the real
// web server (README.md).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ttf': 'font/ttf',
  '.zst': 'application/zstd',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',  // the HTML edition's sitemap
  '.txt': 'text/plain; charset=utf-8',
};

// The policy the whole site works under (docs/hardening.md gives it to publishers): no inline
// script or style, no eval beyond compiling our own wasm, nothing from another origin.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// Who may frame the viewer: this site and the portals the publication allows (manifest.json's
// embed_origins, docs/embedding.md) — the header that goes with the protocol's own origin
// checks, so a portal the publisher did not list cannot even show the viewer.
function frameAncestors(base) {
  let origins = [];
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(base, 'data', 'manifest.json'), 'utf8'));
    origins = (manifest.embed_origins || []).filter((o) => /^https?:\/\/[^/\s;,'*]+$/.test(o));
  } catch {
    // no publication yet, or not ours: only this site
  }
  return ["frame-ancestors 'self'", ...origins].join(' ');
}

function cacheControl(name) {
  if (/^(dutyatlas-[0-9a-f]{16}\.db\.zst|font-[0-9a-f]{16}\.ttf)$/.test(name)) {
    return 'public, max-age=31536000, immutable';
  }
  return 'no-cache';
}

// The precompressed copy scripts/precompress.mjs wrote beside `file` that the browser accepts
// (brotli before gzip), as nginx's brotli_static / gzip_static serve them; none if it is older
// than the file (a copy from an earlier build must never be served for a newer file).
const ENCODINGS = [{ name: 'br', suffix: 'br' }, { name: 'gzip', suffix: 'gz' }];
function precompressed(file, acceptEncoding = '') {
  const accepted = new Set(acceptEncoding.split(',').map((part) => part.split(';')[0].trim()));
  for (const encoding of ENCODINGS) {
    if (!accepted.has(encoding.name)) continue;
    try {
      if (fs.statSync(`${file}.${encoding.suffix}`).mtimeMs >= fs.statSync(file).mtimeMs) return encoding;
    } catch (error) { /* no such copy */ }
  }
  return null;
}

/**
 * Serves `root`; `compression: false` never sends the precompressed copies (for bench/), and
 * `policy` replaces the site's Content-Security-Policy (a test's portal page on another origin
 * needs to load embed.js and frame the viewer from there).
 */
export function serve(root, port = 0, { compression = true, policy } = {}) {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    let file;
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      file = path.normalize(path.join(base, decodeURIComponent(url.pathname)));
    } catch {
      res.writeHead(400).end();  // a malformed escape (/%E0%A4%A) is the client's error, not a crash
      return;
    }
    // Inside the folder: with the separator, so /..%2fsite-x/ (a sibling sharing the prefix) is out.
    if ((file !== base && !file.startsWith(base + path.sep)) || file.includes('\0')) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const type = TYPES[path.extname(file)] || 'application/octet-stream';
    const encoding = compression ? precompressed(file, req.headers['accept-encoding']) : null;
    const sent = encoding ? `${file}.${encoding.suffix}` : file;
    fs.readFile(sent, (error, data) => {
      if (error) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
      // An ETag, as any web server sends: a no-cache file the browser already holds (the
      // loader fetches dutyatlas.js to count its bytes, then its <script> asks again) is a 304.
      const etag = `"${data.length.toString(16)}-${Math.floor(fs.statSync(sent).mtimeMs).toString(16)}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { ETag: etag, 'Cache-Control': cacheControl(path.basename(file)) }).end();
        return;
      }
      res.writeHead(200, {
        ETag: etag,
        'Content-Type': type,
        'Content-Length': data.length,
        ...(encoding ? { 'Content-Encoding': encoding.name } : {}),
        Vary: 'Accept-Encoding',
        'Cache-Control': cacheControl(path.basename(file)),
        'Content-Security-Policy': policy || `${CONTENT_SECURITY_POLICY}; ${frameAncestors(base)}`,
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(data);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolve({ url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--')) || '.';
  const portIndex = args.indexOf('--port');
  const port = portIndex >= 0 ? Number(args[portIndex + 1]) : 8080;
  const { url } = await serve(dir, port);
  console.log(`DutyAtlas demo: ${url}  (serving ${path.resolve(dir)}; Ctrl+C stops)`);
}
