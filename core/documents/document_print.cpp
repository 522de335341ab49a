// One document as a printable A4 document (see document_print.h).
#include "core/documents/document_print.h"

namespace dutyatlas {

std::string document_print_html(const DocumentDetail& document, const PrintSource& source) {
  const DocumentSummary& d = document.summary;
  std::string h = print_page_start(d.title, /*landscape=*/false, kPrintProseCss);
  std::string facts = "文号 " + html_escape(d.doc_no);
  if (!d.issuer.empty()) facts += " · " + html_escape(d.issuer);
  facts += " · " + html_escape(std::string(document_kind_label(d.kind)));
  h += "<p class=\"meta\">" + facts + "</p>\n";
  h += "<p class=\"meta\">" + html_escape(d.issued) + " 印发 · " + html_escape(d.effective) + " 施行</p>\n";
  h += "<p class=\"meta\">" + print_source_line(source) + "</p>\n";
  if (document.paragraphs.empty()) h += "<p class=\"note\">本文件暂无全文。</p>\n";
  for (const std::string& paragraph : document.paragraphs) {
    h += "<p class=\"text\">" + html_escape(paragraph) + "</p>\n";
  }
  if (!document.bodies.empty()) {
    std::string names;
    for (const DocumentBodyEffect& effect : document.bodies) {
      names += (names.empty() ? "" : "、") + html_escape(effect.body_name);
    }
    h += "<p class=\"note\">本文件设定或调整了以下机构的职责：" + names + "。</p>\n";
  }
  h += kPrintPageEnd;
  return h;
}

}  // namespace dutyatlas
