// Sites for a portal and the viewer on two origins (two ports of 127.0.0.1), shared by
// embedding.test.mjs and bench/embedding.mjs: the built viewer with a manifest that allows the
// portal, and a portal page made of the README's two lines plus a script that logs the events.
import fs from 'node:fs';
import path from 'node:path';
import { SITE_DIR } from './harness.mjs';

// A portal's own Content-Security-Policy: it loads embed.js from the viewer's site and frames it.
export const PORTAL_POLICY =
  "default-src 'self'; script-src 'self' http://127.0.0.1:*; frame-src http://127.0.0.1:*; style-src 'self'";

// `dir` becomes the built site (symlinks) with its own data/manifest.json: the built one with
// `changes` applied (embed_origins, dispatch_url), as `dutyatlas build` writes them when
// dataset.json names them. Ports are known only once servers listen: call it again then.
export function viewerSite(dir, changes = {}) {
  const data = path.join(dir, 'data');
  if (!fs.existsSync(data)) {
    fs.mkdirSync(data, { recursive: true });
    for (const name of fs.readdirSync(SITE_DIR)) {
      if (name !== 'data') fs.symlinkSync(path.join(SITE_DIR, name), path.join(dir, name));
    }
    for (const name of fs.readdirSync(path.join(SITE_DIR, 'data'))) {
      if (name !== 'manifest.json') fs.symlinkSync(path.join(SITE_DIR, 'data', name), path.join(data, name));
    }
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(SITE_DIR, 'data', 'manifest.json'), 'utf8'));
  fs.writeFileSync(path.join(data, 'manifest.json'), JSON.stringify({ ...manifest, ...changes }, null, 2));
}

// A portal page `page` in `dir`: a div mounting the viewer at `viewerUrl` (with a complaint, or
// compact), embed.js from the viewer's site, and log.js recording every event in window.portalLog.
export function portalSite(dir, viewerUrl, { complaint = '', compact = false, extra = '', page = 'index.html' } = {}) {
  fs.mkdirSync(dir, { recursive: true });
  const attributes = [complaint && `data-complaint="${complaint}"`, compact && 'data-compact'].filter(Boolean).join(' ');
  fs.writeFileSync(path.join(dir, page), `<!doctype html><meta charset="utf-8"><title>portal</title>
<div id="viewer" data-dutyatlas ${attributes} data-height="700"></div>
<script src="${viewerUrl}embed.js"></script><script src="log.js"></script>${extra}`);
  fs.writeFileSync(path.join(dir, 'log.js'), `window.portalLog = [];
for (const type of ['ready', 'route', 'dispatch', 'resize', 'error']) {
  document.getElementById('viewer').addEventListener('dutyatlas:' + type,
    (event) => window.portalLog.push({ type, detail: event.detail, at: performance.now() }));
}`);
}
