#!/usr/bin/python3
"""Writes the small Word files the builder's tests read, as staffing offices make them (python3-docx).

  tests/data/docx/messy-sanding.docx    heading styles (标题 1) instead of 第N条, a stray line before
                                        the first part, duties numbered by Word (w:numPr, （%1）),
                                        one paragraph holding two duties, a line break inside a
                                        paragraph, full-width and Chinese-numeral figures, 领导职数
                                        as a table, empty paragraphs, a 职责分工 and 附则
  tests/data/docx/odd-numbering.docx    duties numbered by Word in a format the reader cannot
                                        write out (甲乙丙, ideographTraditional): reported, still split
  tests/data/docx/no-duties.docx        a 三定 without 主要职责
  tests/data/docx/bad-xml.docx          word/document.xml cut off in its fourth paragraph
  tests/data/docx/no-document.docx      a zip without word/document.xml
  tests/data/docx/adjustment.docx       an adjustment document: letterhead, 文号, title, text with
                                        本通知自…起施行, issuer, the date in Chinese numerals

Run it from the repository root after changing it, and commit what it writes: the files are a few
KB, and the unit tests must not depend on python3-docx. Not for the demo's 三定
(sanding_to_docx.py).
"""
import io
import re
import sys
import zipfile
from pathlib import Path

from lxml import etree

from sanding_to_docx import add_auto_numbering, new_document, numbered_paragraph

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else ".") / "tests" / "data" / "docx"
SP = "\u3000\u3000"


def messy():
    doc = new_document()
    doc.add_paragraph("示例区生态环境局职能配置、内设机构和人员编制规定", style="Title")
    doc.add_paragraph("（2019年3月1日区委编委会议审定）")
    doc.add_heading("机构设置", level=1)
    doc.add_paragraph(SP + "区生态环境局是区政府工作部门，为正科级。")
    doc.add_paragraph("")
    doc.add_heading("主要职责", level=1)
    doc.add_paragraph(SP + "区生态环境局贯彻落实党中央关于生态环境保护工作的方针政策，主要职责是：")
    num = add_auto_numbering(doc)
    numbered_paragraph(doc, "负责建立健全全区生态环境基本制度。", num)
    numbered_paragraph(doc, "负责重大生态环境问题的统筹协调和监督管理。", num)
    doc.add_paragraph(SP + "（三）负责监督管理全区减排目标的落实。（四）负责提出生态环境领域固定资产投资规模和方向。")
    p = doc.add_paragraph(SP + "（五）负责环境污染防治的监督管理。")
    p.add_run().add_break()
    p.add_run("（六）完成区委、区政府交办的其他任务。")
    doc.add_paragraph("")
    doc.add_heading("内设机构", level=1)
    doc.add_paragraph(SP + "（一）办公室。负责机关日常运转；承担财务和资产管理工作。")
    doc.add_paragraph(SP + "（二）生态环境执法大队")
    doc.add_paragraph(SP + "负责环境执法。")
    doc.add_heading("人员编制和领导职数", level=1)
    doc.add_paragraph(SP + "区生态环境局机关行政编制１８名，工勤编制二名。")
    doc.add_paragraph(SP + "领导职数：")
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "职务", "职数"
    for title, count in (("局长", "1名"), ("副局长", "三名")):
        row = table.add_row()
        row.cells[0].text, row.cells[1].text = title, count
    doc.add_paragraph(SP + "机关行政编制由区委编办统一管理。")
    doc.add_heading("职责分工", level=1)
    doc.add_paragraph(SP + "（一）与区综合行政执法局的有关职责分工：区生态环境局负责工业噪声的监督管理；区综合行政执法局负责社会生活噪声的查处。")
    doc.add_heading("附则", level=1)
    doc.add_paragraph(SP + "本规定自印发之日起施行。")
    doc.save(OUT / "messy-sanding.docx")


def odd_numbering():
    doc = new_document()
    doc.add_paragraph("第一条\u3000区水利局是区政府工作部门，为正科级。")
    doc.add_paragraph("第二条\u3000主要职责")
    num = add_auto_numbering(doc, fmt="ideographTraditional")
    numbered_paragraph(doc, "负责保障水资源的合理开发利用。", num)
    numbered_paragraph(doc, "负责全区水旱灾害防御工作。", num)
    doc.save(OUT / "odd-numbering.docx")


def no_duties():
    doc = new_document()
    doc.add_paragraph("第一条\u3000区统计局是区政府工作部门，为正科级。")
    doc.add_paragraph("第二条\u3000人员编制")
    doc.add_paragraph(SP + "区统计局机关行政编制8名。")
    doc.save(OUT / "no-duties.docx")


def bad_xml():
    doc = new_document()
    for text in ("第一条\u3000区审计局是区政府工作部门，为正科级。", "第二条\u3000主要职责", "（一）负责审计监督。",
                 "（二）负责内部审计指导。", "（三）完成交办的其他任务。"):
        doc.add_paragraph(text)
    buffer = io.BytesIO()
    doc.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    with zipfile.ZipFile(OUT / "bad-xml.docx", "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode("utf-8")
                cut = text.index("（二）负责内部审计指导")  # the fourth paragraph: its tags left open
                data = (text[:cut] + "<w:t>负责内部<").encode("utf-8")
            out.writestr(item, data)


def no_document():
    with zipfile.ZipFile(OUT / "no-document.docx", "w") as out:
        out.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        out.writestr("word/styles.xml", '<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')


def adjustment():
    doc = new_document()
    doc.add_paragraph("中共示例区委机构编制委员会文件")
    doc.add_paragraph("示编〔2021〕20号")
    doc.add_paragraph("关于调整户外广告设施设置管理职责的通知", style="Title")
    doc.add_paragraph("各镇党委和人民政府、各街道党工委和办事处，区级各部门：")
    doc.add_paragraph(SP + "一、将区住房和城乡建设局承担的户外广告设施设置审批职责，划入区综合行政执法局。")
    doc.add_paragraph(SP + "本通知自2021年8月15日起施行。")
    doc.add_paragraph("")
    doc.add_paragraph("中共示例区委机构编制委员会")
    doc.add_paragraph("二〇二一年八月五日")
    doc.save(OUT / "adjustment.docx")


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DROPPED = ("word/stylesWithEffects.xml", "word/theme/", "docProps/thumbnail", "customXml/", "word/webSettings.xml")


def slim(path):
    """python-docx's template carries 800 KB of styles, theme and thumbnail a test does not need:
    keep the styles the document uses (and those they are based on) and drop the rest, with their
    relationships and content types, so the file is a few KB and still opens in Word."""
    source = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    document = source.read("word/document.xml").decode("utf-8")
    styles = etree.fromstring(source.read("word/styles.xml"))
    used = set(re.findall(r'<w:(?:pStyle|tblStyle|rStyle) w:val="([^"]+)"', document))
    by_id = {s.get(W + "styleId"): s for s in styles.iter(W + "style")}
    used |= {i for i, s in by_id.items() if s.get(W + "default") == "1"}
    for i in list(used):
        while i in by_id and by_id[i].find(W + "basedOn") is not None:
            i = by_id[i].find(W + "basedOn").get(W + "val")
            used.add(i)
    for s in list(by_id.values()):
        if s.get(W + "styleId") not in used:
            styles.remove(s)
    for latent in styles.findall(W + "latentStyles"):
        styles.remove(latent)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            if item.filename.startswith(DROPPED):
                continue
            data = source.read(item.filename)
            if item.filename == "word/styles.xml":
                data = etree.tostring(styles, xml_declaration=True, encoding="UTF-8", standalone=True)
            elif item.filename.endswith(".rels") or item.filename == "[Content_Types].xml":
                text = data.decode("utf-8")
                for dropped in ("stylesWithEffects", "theme", "thumbnail", "customXml", "webSettings"):
                    text = re.sub(r"<(Relationship|Override)[^>]*" + dropped + r"[^>]*/>", "", text)
                data = text.encode("utf-8")
            out.writestr(item, data)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for make in (messy, odd_numbering, no_duties, bad_xml, no_document, adjustment):
        make()
    for path in OUT.glob("*.docx"):
        if path.name != "no-document.docx":
            slim(path)
