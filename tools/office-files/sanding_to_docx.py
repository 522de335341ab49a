#!/usr/bin/python3
"""Writes a source tree's 三定 and documents as Word files (.docx), the way staffing offices make them.

For tests and for publishers trying `dutyatlas import` (docs/source-format.md, "Importing a 三定
from Word"): each sanding/*.json becomes <body>.docx in the standard layout — a title, then
第一条 机构设置 … 主要职责 as （一）（二）… … 第N条 附则 — and each documents/*.json becomes
documents/<file>.docx (letterhead, 文号, title, text, signature, date). The 三定 vary as real
ones do, by their place in the folder:
  - 第N条 with the part's title, or with the content itself (第一条 区X是…，为正科级。);
  - heading styles (标题 1) in place of 第N条;
  - duties numbered by Word's automatic numbering (w:numPr, （%1） in chineseCounting);
  - 领导职数 as a table; figures in full-width digits or Chinese numerals;
  - empty paragraphs, and paragraphs indented with 全角 spaces.
`dutyatlas import` must read each back to the JSON it came from (CTest docx_demo). Not for
test files with errors (make_test_documents.py writes those).

Usage: sanding_to_docx.py SRC OUT   (writes OUT/index.json: what each file is and came from)
"""
import json
import sys
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

NUMERALS = "零一二三四五六七八九"
INDENT = "\u3000\u3000"
VARIANTS = ["articles", "article-content", "headings", "auto-numbering", "table", "fullwidth", "chinese-numerals"]


def chinese(n):
    """1..99 in Chinese numerals, as the 三定 number their parts: 12 → 十二."""
    tens, ones = divmod(n, 10)
    text = (NUMERALS[tens] if tens > 1 else "") + ("十" if tens else "")
    return text + (NUMERALS[ones] if ones else "")


def figure(n, variant):
    if variant == "fullwidth":
        return "".join(chr(0xFF10 + int(c)) for c in str(n))
    if variant == "chinese-numerals":
        return chinese(n) if n else "零"
    return str(n)


def new_document():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "仿宋_GB2312"
    style.font.size = Pt(16)
    return doc


def add_auto_numbering(doc, num_id=90, fmt="chineseCounting", text="（%1）"):
    """A one-level list whose paragraphs Word numbers itself: numId `num_id`."""
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{num_id}"><w:multiLevelType w:val="singleLevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
        f'<w:lvlJc w:val="left"/></w:lvl></w:abstractNum>')
    first_num = numbering.find(parse_xml(f'<w:num {nsdecls("w")}/>').tag)
    if first_num is not None:
        first_num.addprevious(abstract)  # every abstractNum before the first num
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'))
    return num_id


def numbered_paragraph(doc, text, num_id):
    p = doc.add_paragraph(text)
    num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id
    return p


class Writer:
    """Puts the parts of one 三定 into a document in one variant of the layout."""

    def __init__(self, doc, variant):
        self.doc, self.variant, self.article = doc, variant, 0

    def heading(self, title, content=None):
        if self.variant == "headings":
            self.doc.add_heading(title, level=1)
            if content:
                self.doc.add_paragraph(INDENT + content)
            return
        self.article += 1
        if content and self.variant == "article-content":
            self.doc.add_paragraph(f"第{chinese(self.article)}条\u3000{content}")
        else:
            self.doc.add_paragraph(f"第{chinese(self.article)}条\u3000{title}")
            if content:
                self.doc.add_paragraph(INDENT + content)

    def items(self, texts, num_id=None):
        for i, text in enumerate(texts, 1):
            if num_id:
                numbered_paragraph(self.doc, text, num_id)
            else:
                self.doc.add_paragraph(f"{INDENT}（{chinese(i)}）{text}")


def write_sanding(s, short_name, path, variant):
    doc = new_document()
    doc.add_paragraph(f"{short_name}职能配置、内设机构和人员编制规定", style="Title")
    doc.add_paragraph("")
    w = Writer(doc, variant)
    w.heading("机构设置", s["setup"])
    w.heading("主要职责")
    num_id = add_auto_numbering(doc) if variant == "auto-numbering" else None
    w.items(s["duties"], num_id)
    if s.get("transformation"):
        w.heading("职能转变")
        for text in s["transformation"]:
            doc.add_paragraph(INDENT + text)
    if s.get("divisions"):
        w.heading("内设机构")
        doc.add_paragraph(f"{INDENT}{short_name}设下列内设机构：")
        for i, d in enumerate(s["divisions"], 1):
            doc.add_paragraph(f"{INDENT}（{chinese(i)}）{d['name']}。" + "；".join(d["duties"]) + ("。" if d["duties"] else ""))
        if variant == "table":
            doc.add_paragraph("")
    st = s.get("staffing")
    if st:
        w.heading("人员编制和领导职数")
        kinds = [("administrative", "机关行政编制"), ("career", "事业编制"), ("service", "工勤编制")]
        figures = [f"{label}{figure(st[key], variant)}名" for key, label in kinds if key in st]
        if figures:
            doc.add_paragraph(f"{INDENT}{short_name}" + "，".join(figures) + "。")
        leaders = st.get("leaders", [])
        if leaders and variant == "table":
            doc.add_paragraph(f"{INDENT}领导职数：")
            table = doc.add_table(rows=1, cols=2)
            table.style = "Table Grid"
            table.rows[0].cells[0].text, table.rows[0].cells[1].text = "职务", "职数"
            for l in leaders:
                row = table.add_row()
                row.cells[0].text, row.cells[1].text = l["title"], f"{l['count']}名"
        elif leaders:
            doc.add_paragraph(f"{INDENT}领导职数：" + "、".join(f"{l['title']}{figure(l['count'], variant)}名" for l in leaders) + "。")
    if s.get("boundaries"):
        w.heading("职责分工")
        w.items([b["text"] for b in s["boundaries"]])
    w.heading("附则")
    doc.add_paragraph(f"{INDENT}本规定由中共示例区委机构编制委员会办公室负责解释，其调整由中共示例区委机构编制委员会办公室按规定程序办理。")
    doc.add_paragraph(f"{INDENT}本规定自印发之日起施行。")
    doc.save(path)


def write_document(d, path):
    doc = new_document()
    doc.add_paragraph(d["issuer"] + "文件")
    doc.add_paragraph(d["doc_no"])
    doc.add_paragraph(d["title"], style="Title")
    for line in d.get("text", "").split("\n"):
        doc.add_paragraph(line)
    doc.save(path)


def main(src, out, wanted_document=lambda document: True):
    """Writes every 三定 of SRC, and each document `wanted_document` takes (all by default)."""
    src, out = Path(src), Path(out)
    (out / "documents").mkdir(parents=True, exist_ok=False)
    bodies = {b["id"]: b for b in json.loads((src / "bodies.json").read_text("utf-8"))["bodies"]}
    index = {"sandings": [], "documents": []}
    for i, f in enumerate(sorted((src / "sanding").glob("*.json"))):
        s = json.loads(f.read_text("utf-8"))
        variant = VARIANTS[i % len(VARIANTS)]
        body = bodies[s["body"]]
        path = out / (f.stem + ".docx")
        write_sanding(s, body.get("short_name", body["name"]), path, variant)
        index["sandings"].append({"docx": path.name, "json": str(f), "body": s["body"], "document": s["document"],
                                  "variant": variant})
    for f in sorted((src / "documents").glob("*.json")):
        d = json.loads(f.read_text("utf-8"))
        if not wanted_document(d):
            continue
        path = out / "documents" / (f.stem + ".docx")
        write_document(d, path)
        index["documents"].append({"docx": "documents/" + path.name, "json": str(f)})
    (out / "index.json").write_text(json.dumps(index, ensure_ascii=False, indent=1), "utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
