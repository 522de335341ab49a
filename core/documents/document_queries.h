// 职责文件档案库: the documents of a publication — 三定规定, 职责调整 and others — filtered the
// way a reader narrows an archive (by body, year, kind, words), with the counts the filters
// need, and one document in full with the duties it set or changed.
//
// A document "concerns" a body if it is the body's 三定 or one of its changes names the body
// (either side of a transfer). The year of a document is the year it was issued (印发), the
// year its 文号 carries (示编〔2021〕12号 was issued in 2021).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/bundle/duty_database.h"
#include "core/duties/duty_queries.h"
#include "core/history/history_queries.h"

namespace dutyatlas {

// Document kinds in display order, with their names: sanding 三定规定, adjustment 职责调整,
// list 清单文件, other 其他文件.
std::vector<std::string_view> document_kinds();
std::string_view document_kind_label(std::string_view kind);  // the code itself if unknown

struct DocumentFilter {
  std::string body_id;  // only documents concerning this body ("" = all)
  std::string year;     // "2021": issued that year ("" = all)
  std::string kind;     // one of document_kinds() ("" = all)
  std::string text;     // words (split at spaces), each found in 文号, title, issuer or full text
};

struct DocumentFacet {
  std::string value;  // a year or a kind code
  int count = 0;
};

struct DocumentListing {
  std::vector<DocumentSummary> documents;  // newest first (issue date), then publisher's order
  // Counts for the chips: each facet counts the documents matching every other filter, so a
  // chip says how many documents choosing it would show.
  std::vector<DocumentFacet> years;  // newest first; years with no document are left out
  std::vector<DocumentFacet> kinds;  // in document_kinds() order; kinds with none left out
  int total = 0;                     // documents in the publication
};

DocumentListing list_documents(const DutyDatabase& db, const DocumentFilter& filter);

// How many documents matching `filter` concern each body (bodies with none left out). The
// filter's body and words are ignored: these are the counts of the body chips a reader picks
// from after typing part of a body's name.
std::map<std::string, int> documents_per_body(const DutyDatabase& db, const DocumentFilter& filter);

// What one document did to one body's duties.
struct DocumentBodyEffect {
  std::string body_id, body_name;
  bool sanding = false;     // the document is this body's 三定
  int sanding_clauses = 0;  // 主要职责 clauses that 三定 set
  // Its changes to the body's duties in the order they were applied (kinds as in
  // history_queries.h: added, removed, reworded, transferred). A transfer is listed under both
  // the giving body (body_id) and the receiving one (other_body_id).
  std::vector<DutyChangeRecord> changes;
  // 新旧对照 around the document: the day before it took effect, and the day it did.
  std::string compare_from, compare_to;
};

struct DocumentDetail {
  DocumentSummary summary;
  std::vector<std::string> paragraphs;    // the full text, one entry per non-empty paragraph
  std::vector<DocumentBodyEffect> bodies;  // the bodies it concerns, in the order it names them
};

// nullopt if no document has that 文号.
std::optional<DocumentDetail> document_detail(const DutyDatabase& db, std::string_view doc_no);

}  // namespace dutyatlas
