// 导出 Excel in the browser (issue 16): in 清单查询 and 新旧对照 the button beside 导出 CSV saves
// a real .xlsx (core/base/xlsx_writer.h, a stored zip) that openpyxl — another reader than ours —
// opens with the title row (the filters and the data date), the bold frozen header and the same
// cells as the native `dutyatlas query … --csv`; the toolbars are screenshotted at desktop and
// phone width. Needs /usr/bin/python3 with openpyxl (scripts/setup.sh installs it).
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, SITE_DIR, clientForTests, showScreen, clickItem, screenshot } from './harness.mjs';

const CLI = path.join(ROOT, 'build/builder/dutyatlas');
const DATA = path.join(SITE_DIR, 'data');
const session = clientForTests();
// A page error fails the test that caused it.
afterEach(() => {
  assert.deepEqual(session.browser.errors.splice(0), []);
});

// The workbook as openpyxl reads it: {title, merged, frozen, filter, bold, rows (from row 2)}.
function readWorkbook(base64) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'xlsx-')), 'export.xlsx');
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  const script = `
import json, sys
from openpyxl import load_workbook
ws = load_workbook(sys.argv[1]).active
print(json.dumps({"title": ws["A1"].value, "merged": [str(r) for r in ws.merged_cells.ranges],
  "frozen": ws.freeze_panes, "filter": ws.auto_filter.ref, "bold": bool(ws["A2"].font.b),
  "rows": [["" if v is None else str(v) for v in row] for row in ws.iter_rows(min_row=2, values_only=True)]},
  ensure_ascii=False))`;
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' }));
}

// The native CSV export's rows (BOM dropped; a formula-looking cell's ' guard removed: the
// workbook holds the text itself).
function nativeCsvRows(args) {
  const csv = execFileSync(CLI, ['query', DATA, ...args, '--csv'], { encoding: 'utf8' }).replace(/^\uFEFF/, '');
  const script = `
import csv, io, json, sys
rows = list(csv.reader(io.StringIO(sys.stdin.read())))
print(json.dumps([[c[1:] if c[:2] in ("'=", "'+", "'-", "'@") else c for c in r] for r in rows], ensure_ascii=False))`;
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script], { input: csv, encoding: 'utf8' }));
}

async function download(page, key) {
  const before = await page.evaluate(() => window.dutyatlas.lastDownload()?.filename ?? null);
  await clickItem(page, key);
  await page.waitForFunction((b) => {
    const d = window.dutyatlas.lastDownload();
    return d !== null && d.filename.endsWith('.xlsx') && d.filename !== b;
  }, before);
  return page.evaluate(() => window.dutyatlas.lastDownload());
}

test('清单查询: 导出 Excel saves the filtered view as a workbook with the CSV export\'s cells', async () => {
  const { page } = session.browser;
  await page.setViewportSize({ width: 1366, height: 768 });
  await showScreen(page, session.server.url, '#/lists/powers?type=%E8%A1%8C%E6%94%BF%E5%A4%84%E7%BD%9A');
  await screenshot(page, 'office-lists-toolbar-1366x768');
  const d = await download(page, 'button:export-xlsx');
  assert.ok(d.filename.startsWith('权力清单') && d.filename.endsWith('.xlsx'), d.filename);
  assert.equal(d.type, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  assert.equal(Buffer.from(d.base64, 'base64').subarray(0, 4).toString('latin1'), 'PK\x03\x04');
  const wb = readWorkbook(d.base64);
  const expected = nativeCsvRows(['--list', 'powers', '--filter', 'type=行政处罚']);
  assert.match(wb.title, /事项类型：行政处罚/);
  assert.match(wb.title, /数据日期：\d{4}-\d{2}-\d{2}/);
  assert.equal(wb.frozen, 'A3');
  assert.ok(wb.filter.startsWith('A2:'), wb.filter);
  assert.ok(wb.bold);
  assert.equal(wb.merged.length, 1);
  assert.equal(wb.rows.length, expected.length);
  assert.deepEqual(wb.rows, expected);
});

test('新旧对照: 导出 Excel saves the comparison as the CSV export has it', async () => {
  const { page } = session.browser;
  await page.setViewportSize({ width: 1366, height: 900 });
  await showScreen(page, session.server.url, '#/compare/slj');
  await screenshot(page, 'office-compare-toolbar-1366x900');
  const d = await download(page, 'button:xlsx');
  assert.match(d.filename, /新旧对照.*\.xlsx$/);
  const wb = readWorkbook(d.base64);
  assert.match(wb.title, /新旧对照/);
  assert.deepEqual(wb.rows, nativeCsvRows(['--compare', 'slj']));
});

test('phone width: the export buttons stay on screen', async () => {
  const { page } = session.browser;
  await page.setViewportSize({ width: 390, height: 844 });
  await showScreen(page, session.server.url, '#/lists/powers');
  const items = await page.evaluate(() => window.dutyatlas.drawnItems());
  const excel = items.find((i) => i.key === 'button:export-xlsx');
  assert.ok(excel, 'the 导出 Excel button is drawn');
  assert.ok(excel.x >= 0 && excel.x + excel.width <= 390, JSON.stringify(excel));
  await screenshot(page, 'office-lists-toolbar-390x844');
});
