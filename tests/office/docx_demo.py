#!/usr/bin/python3
"""CTest `docx_demo`: the demo district's 三定 and documents written as Word files the way staffing
offices make them (tools/office-files/sanding_to_docx.py, in this one process: every variant of
the layout — 第N条 or heading styles, Word's automatic numbering, 领导职数 as a table, full-width
and Chinese-numeral figures, empty paragraphs) must import back to the very JSON they came from:
  - every sanding/*.json, field for field (`dutyatlas import sanding`), with no paragraph left
    unplaced, and `dutyatlas check` accepts the demo with its 三定 replaced by the imported ones;
  - the documents/*.json of every adjustment and of every eighth 三定 — 文号, title, issuer,
    kind, dates and text (`import document`); its changes are not in the prose, and a date the
    text does not give is not compared.
Where LibreOffice Writer is installed (not in CI), one 三定 of each variant saved again by it imports
the same. Prints the import times (docs/benchmarks.md). Under ASan (build-fuzz) it must stay
under 40 s.

Usage: docx_demo.py DUTYATLAS SOURCE_ROOT WORK_DIR
"""
import json
import os
import re
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

cli, root, work = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
sys.path.insert(0, str(root / "tools" / "office-files"))
import sanding_to_docx  # noqa: E402  (python3-docx)

demo = root / "assets" / "demo"
shutil.rmtree(work, ignore_errors=True)
work.mkdir(parents=True)
# Every adjustment, and every eighth 三定's notice (their text is all alike): the time under ASan.
notices = 0


def wanted(document):
    global notices
    if document["kind"] != "sanding":
        return True
    notices += 1
    return notices % 8 == 1


t0 = time.monotonic()
sanding_to_docx.main(demo, work / "docx", wanted)
made = time.monotonic() - t0
index = json.loads((work / "docx" / "index.json").read_text("utf-8"))
failures = []

# 三定: into a copy of the demo whose sanding/ holds only imported files.
tree = work / "demo-imported"
shutil.copytree(demo, tree, ignore=shutil.ignore_patterns("sanding"))
(tree / "sanding").mkdir()

def import_sanding(item):
    out = tree / "sanding" / Path(item["json"]).name
    return item, out, subprocess.run([cli, "import", "sanding", str(work / "docx" / item["docx"]), "--body",
                                      item["body"], "--document", item["document"], "--source", str(demo),
                                      "-o", str(out)], capture_output=True, text=True)


t0 = time.monotonic()
# One process per file, as publishers run it, on every core: ASan's start-up is most of the time.
with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
    runs = list(pool.map(import_sanding, index["sandings"]))
for item, out, run in runs:
    if run.returncode != 0:
        failures.append(f"{item['docx']} ({item['variant']}): import failed:\n{run.stderr}")
        continue
    if "not placed: " in run.stderr:
        failures.append(f"{item['docx']} ({item['variant']}): paragraphs not placed:\n{run.stderr}")
    if json.loads(out.read_text("utf-8")) != json.loads(Path(item["json"]).read_text("utf-8")):
        failures.append(f"{item['docx']} ({item['variant']}): imported JSON differs from {item['json']}:\n"
                        f"{out.read_text('utf-8')[:3000]}")
imported = time.monotonic() - t0

t0 = time.monotonic()
check = subprocess.run([cli, "check", str(tree)], capture_output=True, text=True)
checked = time.monotonic() - t0
if check.returncode != 0:
    failures.append(f"dutyatlas check of the demo with the imported 三定 failed:\n{check.stdout}{check.stderr}")

# One file of each variant saved again by LibreOffice Writer (libreoffice-writer-nogui, installed
# by scripts/setup.sh), as a publisher on LibreOffice or WPS would, imports to the same JSON.
soffice = shutil.which("soffice")
resaved = 0
if soffice:
    per_variant = {}
    for item in index["sandings"]:
        per_variant.setdefault(item["variant"], item)
    (work / "resaved").mkdir()
    t0 = time.monotonic()
    run = subprocess.run([soffice, "--headless", "--norestore", "--convert-to", "docx:MS Word 2007 XML", "--outdir",
                          str(work / "resaved")] + [str(work / "docx" / i["docx"]) for i in per_variant.values()],
                         capture_output=True, text=True, env={**os.environ, "HOME": str(work)}, timeout=240)
    for item in per_variant.values():
        path = work / "resaved" / item["docx"]
        if not path.exists():
            failures.append(f"LibreOffice did not save {item['docx']} again:\n{run.stdout}{run.stderr}")
            continue
        imported_again = subprocess.run([cli, "import", "sanding", str(path), "--body", item["body"], "--document",
                                         item["document"], "--source", str(demo)], capture_output=True, text=True)
        if imported_again.returncode != 0 or json.loads(imported_again.stdout) != json.loads(Path(item["json"]).read_text("utf-8")):
            failures.append(f"{item['docx']} ({item['variant']}) saved again by LibreOffice imports differently:\n"
                            f"{imported_again.stderr}{imported_again.stdout[:2000]}")
        resaved += 1
    resave_time = time.monotonic() - t0

t0 = time.monotonic()
with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
    runs = list(pool.map(lambda item: (item, subprocess.run([cli, "import", "document", str(work / "docx" / item["docx"])],
                                                             capture_output=True, text=True)), index["documents"]))
for item, run in runs:
    if run.returncode != 0:
        failures.append(f"{item['docx']}: import failed:\n{run.stderr}")
        continue
    got, want = json.loads(run.stdout), json.loads(Path(item["json"]).read_text("utf-8"))
    fields = ["doc_no", "title", "issuer", "kind", "issued", "text"]
    if re.search(r"自.{0,20}起(施行|执行|生效)", want.get("text", "")):
        fields.append("effective")
    for field in fields:
        if got.get(field) != want.get(field):
            failures.append(f"{item['docx']}: {field} is {got.get(field)!r}, not {want.get(field)!r}")
documents = time.monotonic() - t0

print(f"sanding_to_docx.py wrote {len(index['sandings'])} 三定 and {len(index['documents'])} documents in {made:.1f} s")
print(f"dutyatlas import sanding: {len(index['sandings'])} 三定 in {imported:.2f} s "
      f"({os.cpu_count() or 2} at a time, process start included)")
print(f"dutyatlas import document: {len(index['documents'])} documents in {documents:.2f} s")
print(f"dutyatlas check of the demo with the imported 三定: {checked:.1f} s")
if soffice:
    print(f"{resaved} 三定 saved again by LibreOffice Writer import the same ({resave_time:.1f} s with the conversion)")
else:
    failures.append("soffice not found: install libreoffice-writer-nogui (scripts/setup.sh does)")
for failure in failures:
    print("FAIL:", failure, file=sys.stderr)
sys.exit(1 if failures else 0)
