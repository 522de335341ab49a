// What the browser benchmarks share: the demo site with a publication `scale` times the demo's
// size (dutyatlas synth), built into a temporary folder and removed afterwards.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, SITE_DIR } from '../tests/browser/harness.mjs';

export const CLI = process.env.DUTYATLAS_CLI || path.join(ROOT, 'build/builder/dutyatlas');

// Calls `use(siteDir)` with the scaled site; the folder is gone when the promise settles.
export async function withScaledSite(scale, use) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dutyatlas-bench-'));
  try {
    const source = path.join(work, 'source');
    const site = path.join(work, 'site');
    execFileSync(CLI, ['synth', '--scale', String(scale), '-o', source, '--from', path.join(ROOT, 'assets/demo')]);
    fs.cpSync(SITE_DIR, site, { recursive: true, filter: (p) => !p.includes(`${path.sep}data`) });
    execFileSync(CLI, ['build', source, '-o', path.join(site, 'data'), '--ui-text', path.join(ROOT, 'web/ui_text')],
      { stdio: ['ignore', 'ignore', 'ignore'] });
    return await use(site);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
