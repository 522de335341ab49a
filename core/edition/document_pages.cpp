// The edition's 职责文件档案库: every document in one table, and one page per document — its
// facts, full text and, per body it concerns, what it did to the body's duties.
#include "core/history/change_kind.h"
#include "core/base/percent_encoding.h"
#include "core/edition/edition_page.h"
#include "core/edition/edition_pages.h"
#include "core/edition/edition_paths.h"
#include "core/edition/edition_words.h"

namespace dutyatlas {
namespace {

namespace words = edition_words;

std::string header_cell(const char* label) { return "<th scope=\"col\">" + std::string(label) + "</th>"; }

}  // namespace

std::string edition_documents_page(const DutyDatabase& db, const DatasetInfo& info) {
  const std::string path = edition_documents_path();
  DocumentListing listing = list_documents(db, {});
  std::string description = info.name + words::kDocuments + words::kColon;
  std::string h = table_start(words::kDocuments) + "<caption>" + std::string(words::kDocuments) +
                  " " + std::to_string(listing.documents.size()) + words::kDocumentCountUnit +
                  "</caption><thead><tr>" + header_cell(words::kDocNo) + header_cell(words::kDocTitle) +
                  header_cell(words::kIssuer) + header_cell(words::kKind) +
                  header_cell(words::kEffectiveDate) + "</tr></thead><tbody>";
  for (const DocumentSummary& d : listing.documents) {
    h += "<tr><td>" + escape(d.doc_no) + "</td><th scope=\"row\">" +
         edition_link(path, edition_document_path(d.doc_no), d.title) + "</th><td>" +
         escape(d.issuer) + "</td><td>" + escape(document_kind_label(d.kind)) + "</td><td>" +
         escape(d.effective) + "</td></tr>";
    description += d.title + words::kListSeparator;
  }
  h += "</tbody></table></div>\n";
  return render_edition_page(info, {path, words::kDocuments, description,
                                    {{words::kHome, edition_home_path()}},
                                    "#/documents", std::move(h)});
}

std::string edition_document_page(const DatasetInfo& info, const DocumentDetail& document) {
  const DocumentSummary& d = document.summary;
  const std::string path = edition_document_path(d.doc_no);
  std::string h = "<dl class=\"facts\">";
  auto fact = [&](const char* label, const std::string& value) {
    if (!value.empty()) h += "<dt>" + std::string(label) + "</dt><dd>" + escape(value) + "</dd>";
  };
  fact(words::kDocNo, d.doc_no);
  fact(words::kIssuer, d.issuer);
  fact(words::kKind, std::string(document_kind_label(d.kind)));
  fact(words::kIssued, d.issued);
  fact(words::kEffectiveDate, d.effective);
  h += "</dl>\n";

  std::string description = d.title + words::kOpenParen + d.doc_no + words::kCloseParen;
  if (!document.paragraphs.empty()) {
    h += "<h2>" + std::string(words::kFullText) + "</h2>\n<div class=\"doc-text\">";
    for (const std::string& paragraph : document.paragraphs) {
      h += "<p>" + escape(paragraph) + "</p>";
      description += paragraph;
    }
    h += "</div>\n";
  }

  if (!document.bodies.empty()) {
    h += "<h2>" + std::string(words::kEffectsOnBodies) + "</h2>\n";
    for (const DocumentBodyEffect& effect : document.bodies) {
      h += "<h3>" + edition_link(path, edition_body_path(effect.body_id), effect.body_name) + "</h3>\n";
      if (effect.sanding) {
        h += "<p>" + std::string(words::kSandingSet) + std::to_string(effect.sanding_clauses) +
             words::kItemCountUnit + "</p>\n";
      }
      if (effect.changes.empty()) continue;
      h += "<ul class=\"plain\">";
      for (const DutyChangeRecord& change : effect.changes) {
        h += "<li>" + escape(change_kind_label(change.kind)) + words::kColon;
        if (change.kind == ChangeKind::kTransferred) {
          h += edition_link(path, edition_body_path(change.body_id), change.body_name) +
               words::kTransferredTo +
               edition_link(path, edition_body_path(change.other_body_id), change.other_body_name) +
               words::kColon;
        }
        h += escape(change.text);
        if (!change.old_text.empty()) {
          h += "<br><span class=\"note\">" + std::string(words::kWordingBefore) + words::kColon +
               escape(change.old_text) + "</span>";
        }
        h += "</li>";
      }
      h += "</ul>\n";
    }
  }

  return render_edition_page(info, {path, d.title, description,
                                    {{words::kHome, edition_home_path()}, {words::kDocuments, edition_documents_path()}},
                                    "#/document/" + percent_encode(d.doc_no), std::move(h)});
}

}  // namespace dutyatlas
