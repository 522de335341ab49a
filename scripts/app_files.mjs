// Makes the built site installable as a phone app: the web app manifest (app.webmanifest: name
// 职责通 with the district's title from the publication's data/manifest.json, theme colour,
// standalone, start URL) and its icons, rendered from the one source assets/icon/icon.svg by
// rsvg-convert at the sizes phones ask for. Run by scripts/build-site.sh after the publication
// is built; not for the publication itself (the builder writes data/).
//
//   node scripts/app_files.mjs SITE_DIR
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = path.join(ROOT, 'assets/icon/icon.svg');
// 192 and 512: Android's install prompt and splash screen; 180: iOS's home screen
// (apple-touch-icon); 32: the browser tab.
const SIZES = [32, 180, 192, 512];
const THEME = '#1d4e89';       // site/style.css's blue: the status card's title, the bar
const BACKGROUND = '#f4f6f9';  // site/style.css's page background: the splash screen

const site = path.resolve(process.argv[2] || path.join(ROOT, 'out/site'));
const publication = path.join(site, 'data/manifest.json');
let title;
try {
  title = JSON.parse(fs.readFileSync(publication, 'utf8')).title;
} catch (error) {
  console.error(`app_files: ${publication}: ${error.message}`);
  process.exit(1);
}
if (typeof title !== 'string' || title === '') {
  console.error(`app_files: ${publication}: field "title" missing or empty`);
  process.exit(1);
}

fs.mkdirSync(path.join(site, 'icons'), { recursive: true });
for (const size of SIZES) {
  execFileSync('rsvg-convert', ['-w', String(size), '-h', String(size), SOURCE,
    '-o', path.join(site, `icons/icon-${size}.png`)]);
}

const manifest = {
  name: `职责通 · ${title}`,
  short_name: '职责通',
  description: `${title}：部门职责、边界与“谁来管”查询`,
  lang: 'zh-CN',
  start_url: './',
  scope: './',
  display: 'standalone',
  theme_color: THEME,
  background_color: BACKGROUND,
  icons: [192, 512].flatMap((size) => [
    { src: `icons/icon-${size}.png`, sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' },
    { src: `icons/icon-${size}.png`, sizes: `${size}x${size}`, type: 'image/png', purpose: 'maskable' },
  ]),
};
fs.writeFileSync(path.join(site, 'app.webmanifest'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`app files: app.webmanifest (${manifest.name}), icons ${SIZES.join(', ')} px`);
