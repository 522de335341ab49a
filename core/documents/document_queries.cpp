// SQL behind document_queries.h. Schema: bundle_schema.h.
//
// A publication holds tens to a few thousand documents: the listing reads them all once and
// filters in memory, which keeps the facet counts (each ignoring its own filter) simple.
#include "core/documents/document_queries.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "core/history/history_dates.h"
#include "core/base/sqlite_statement.h"

namespace dutyatlas {
namespace {

struct KindName {
  std::string_view code, label;
};
constexpr KindName kKinds[] = {
    {"sanding", "三定规定"}, {"adjustment", "职责调整"}, {"list", "清单文件"}, {"other", "其他文件"}};

// ASCII letters lowercased; everything else as it is (Chinese has no case).
std::string fold_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  }
  return out;
}

// The words of a filter text: split at ASCII spaces and the ideographic space (U+3000).
std::vector<std::string> words_of(std::string_view text) {
  std::string folded = fold_ascii(text);
  const std::string ideographic_space = "\xE3\x80\x80";
  for (std::size_t at; (at = folded.find(ideographic_space)) != std::string::npos;) {
    folded.replace(at, ideographic_space.size(), " ");
  }
  std::vector<std::string> words;
  std::size_t pos = 0;
  while (pos < folded.size()) {
    std::size_t end = folded.find_first_of(" \t\r\n", pos);
    if (end == std::string::npos) end = folded.size();
    if (end > pos) words.push_back(folded.substr(pos, end - pos));
    pos = end + 1;
  }
  return words;
}

struct Row {
  DocumentSummary summary;
  long long sort = 0;
  std::string searchable;  // folded 文号, title, issuer and text
};

std::vector<Row> read_rows(const DutyDatabase& db) {
  Statement q(db.handle(),
              "SELECT doc_no, title, issuer, kind, issued, effective, sort, text FROM documents");
  std::vector<Row> rows;
  while (q.step()) {
    Row r;
    r.summary = {q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5)};
    r.sort = q.integer(6);
    r.searchable = fold_ascii(r.summary.doc_no + "\n" + r.summary.title + "\n" +
                              r.summary.issuer + "\n" + q.text(7));
    rows.push_back(std::move(r));
  }
  // Newest first; documents of one day in the publisher's order (示编〔2019〕1号, 2号, …).
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    if (a.summary.issued != b.summary.issued) return a.summary.issued > b.summary.issued;
    return std::tie(a.sort, a.summary.doc_no) < std::tie(b.sort, b.summary.doc_no);
  });
  return rows;
}

// 文号 of the documents that concern `body_id`.
std::set<std::string> documents_concerning(const DutyDatabase& db, const std::string& body_id) {
  Statement q(db.handle(),
              "SELECT doc_no FROM sandings WHERE body_id = ?1 UNION "
              "SELECT doc_no FROM document_changes WHERE body_id = ?1 OR to_body_id = ?1");
  q.bind(1, body_id);
  std::set<std::string> out;
  while (q.step()) out.insert(q.text(0));
  return out;
}

std::string year_of(const DocumentSummary& d) { return d.issued.substr(0, 4); }

std::vector<std::string> split_paragraphs(const std::string& text) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") != std::string::npos) out.push_back(std::move(line));
    pos = end + 1;
  }
  return out;
}

}  // namespace

std::vector<std::string_view> document_kinds() {
  std::vector<std::string_view> out;
  for (const auto& k : kKinds) out.push_back(k.code);
  return out;
}

std::string_view document_kind_label(std::string_view kind) {
  for (const auto& k : kKinds) {
    if (k.code == kind) return k.label;
  }
  return kind;
}

DocumentListing list_documents(const DutyDatabase& db, const DocumentFilter& filter) {
  std::vector<Row> rows = read_rows(db);
  std::set<std::string> of_body;
  if (!filter.body_id.empty()) of_body = documents_concerning(db, filter.body_id);
  std::vector<std::string> words = words_of(filter.text);

  DocumentListing out;
  out.total = int(rows.size());
  std::map<std::string, int, std::greater<>> years;
  std::map<std::string, int> kinds;
  for (const Row& r : rows) {
    bool body_ok = filter.body_id.empty() || of_body.count(r.summary.doc_no);
    bool text_ok = std::all_of(words.begin(), words.end(), [&](const std::string& w) {
      return r.searchable.find(w) != std::string::npos;
    });
    if (!body_ok || !text_ok) continue;
    bool year_ok = filter.year.empty() || year_of(r.summary) == filter.year;
    bool kind_ok = filter.kind.empty() || r.summary.kind == filter.kind;
    if (kind_ok) ++years[year_of(r.summary)];
    if (year_ok) ++kinds[r.summary.kind];
    if (year_ok && kind_ok) out.documents.push_back(r.summary);
  }
  for (const auto& [year, count] : years) out.years.push_back({year, count});
  for (const auto& k : kKinds) {
    auto it = kinds.find(std::string(k.code));
    if (it != kinds.end()) out.kinds.push_back({it->first, it->second});
  }
  return out;
}

std::map<std::string, int> documents_per_body(const DutyDatabase& db, const DocumentFilter& filter) {
  DocumentFilter period{"", filter.year, filter.kind, ""};
  std::set<std::string> matching;
  for (auto& d : list_documents(db, period).documents) matching.insert(std::move(d.doc_no));
  // UNION: a document that changes a body twice, or sets it up and changes it, counts once.
  Statement q(db.handle(),
              "SELECT doc_no, body_id FROM sandings UNION "
              "SELECT doc_no, body_id FROM document_changes UNION "
              "SELECT doc_no, to_body_id FROM document_changes WHERE to_body_id IS NOT NULL");
  std::map<std::string, int> out;
  while (q.step()) {
    if (matching.count(q.text(0))) ++out[q.text(1)];
  }
  return out;
}

std::optional<DocumentDetail> document_detail(const DutyDatabase& db, std::string_view doc_no) {
  Statement q(db.handle(),
              "SELECT doc_no, title, issuer, kind, issued, effective, text FROM documents "
              "WHERE doc_no = ?1");
  q.bind(1, doc_no);
  if (!q.step()) return std::nullopt;
  DocumentDetail detail;
  detail.summary = {q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5)};
  detail.paragraphs = split_paragraphs(q.text(6));

  const std::string& effective = detail.summary.effective;
  // The bodies it concerns, in the order it names them: its 三定's body, then its changes'.
  std::vector<std::string> bodies;
  Statement named(db.handle(),
                  "SELECT body_id, 0, 0 FROM sandings WHERE doc_no = ?1 UNION ALL "
                  "SELECT body_id, 1, seq FROM document_changes WHERE doc_no = ?1 UNION ALL "
                  "SELECT to_body_id, 1, seq FROM document_changes WHERE doc_no = ?1 AND "
                  "to_body_id IS NOT NULL ORDER BY 2, 3");
  named.bind(1, detail.summary.doc_no);
  while (named.step()) {
    std::string id = named.text(0);
    if (std::find(bodies.begin(), bodies.end(), id) == bodies.end()) bodies.push_back(id);
  }
  // The history's own reading of the changes (clause texts resolved) on the day the document
  // took effect, less those of other documents of that day. A document of one body (a 三定)
  // asks for that body only: on the day of a wave of 三定 the whole day is large; otherwise one
  // question for the day costs less than one per body.
  std::vector<DutyChangeRecord> records;
  if (bodies.size() == 1) {
    records = district_changes(db, effective, effective, bodies[0]);
  } else if (!bodies.empty()) {
    records = district_changes(db, effective, effective);
  }
  for (const std::string& id : bodies) {
    DocumentBodyEffect e;
    e.body_id = id;
    e.compare_from = day_before(effective);
    e.compare_to = effective;
    for (const DutyChangeRecord& r : records) {
      if (r.document.doc_no != detail.summary.doc_no) continue;
      if (r.body_id != id && r.other_body_id != id) continue;
      e.body_name = r.body_id == id ? r.body_name : r.other_body_name;
      if (r.kind == ChangeKind::kSanding) {
        e.sanding = true;
        e.sanding_clauses += r.clause_count;
      } else {
        e.changes.push_back(r);  // a transfer goes to both bodies
      }
    }
    if (e.body_name.empty()) {
      auto body = find_body(db, id);
      e.body_name = body ? body->name : id;
    }
    detail.bodies.push_back(std::move(e));
  }
  return detail;
}

}  // namespace dutyatlas
