// SQL behind duty_queries.h. Schema: bundle_schema.h.
#include "core/duties/duty_queries.h"

#include "core/base/sqlite_statement.h"

namespace dutyatlas {
namespace {

constexpr const char* kBodyColumns =
    "id, name, short_name, category, rank, ifnull(parent_id, ''), uscc, division_code, "
    "ifnull(host_id, ''), institution_class";

Body read_body(const Statement& row) {
  Body b;
  b.id = row.text(0);
  b.name = row.text(1);
  b.short_name = row.text(2);
  b.category = row.text(3);
  b.rank = row.text(4);
  b.parent_id = row.text(5);
  b.uscc = row.text(6);
  b.division_code = row.text(7);
  b.host_id = row.text(8);
  b.institution_class = row.text(9);
  return b;
}

constexpr const char* kDocumentColumns = "doc_no, title, issuer, kind, issued, effective";

DocumentSummary read_document(const Statement& row, int first = 0) {
  return {row.text(first), row.text(first + 1), row.text(first + 2),
          row.text(first + 3), row.text(first + 4), row.text(first + 5)};
}

std::vector<Body> query_bodies(const DutyDatabase& db, const std::string& where,
                               std::string_view value) {
  std::string sql = std::string("SELECT ") + kBodyColumns + " FROM bodies" + where + " ORDER BY sort";
  Statement q(db.handle(), sql.c_str());
  if (!where.empty()) q.bind(1, value);
  std::vector<Body> out;
  while (q.step()) out.push_back(read_body(q));
  return out;
}

std::optional<DocumentSummary> find_document(const DutyDatabase& db, const std::string& doc_no) {
  std::string sql = std::string("SELECT ") + kDocumentColumns + " FROM documents WHERE doc_no = ?1";
  Statement q(db.handle(), sql.c_str());
  q.bind(1, doc_no);
  if (!q.step()) return std::nullopt;
  return read_document(q);
}

// The 三定 parts stored per (body, 文号).
void read_sanding_parts(const DutyDatabase& db, BodyProfile* p) {
  const std::string& doc = p->sanding->doc_no;
  Statement head(db.handle(),
                 "SELECT setup, ifnull(staffing_administrative, -1), ifnull(staffing_career, -1), "
                 "ifnull(staffing_service, -1) FROM sandings WHERE body_id = ?1 AND doc_no = ?2");
  head.bind(1, p->body_id).bind(2, doc);
  if (head.step()) {
    p->setup = head.text(0);
    p->staffing.administrative = int(head.integer(1));
    p->staffing.career = int(head.integer(2));
    p->staffing.service = int(head.integer(3));
  }
  Statement texts(db.handle(),
                  "SELECT text FROM sanding_texts WHERE body_id = ?1 AND doc_no = ?2 "
                  "AND section = 'transformation' ORDER BY seq");
  texts.bind(1, p->body_id).bind(2, doc);
  while (texts.step()) p->transformation.push_back(texts.text(0));
  Statement divisions(db.handle(),
                      "SELECT d.seq, d.name, dd.text FROM internal_divisions d "
                      "LEFT JOIN internal_division_duties dd ON dd.body_id = d.body_id AND "
                      "dd.doc_no = d.doc_no AND dd.division_seq = d.seq "
                      "WHERE d.body_id = ?1 AND d.doc_no = ?2 ORDER BY d.seq, dd.seq");
  divisions.bind(1, p->body_id).bind(2, doc);
  long long last = -1;
  while (divisions.step()) {
    if (divisions.integer(0) != last) {
      last = divisions.integer(0);
      p->divisions.push_back({divisions.text(1), {}});
    }
    std::string duty = divisions.text(2);
    if (!duty.empty()) p->divisions.back().duties.push_back(std::move(duty));
  }
  Statement leaders(db.handle(),
                    "SELECT title, count FROM leader_posts WHERE body_id = ?1 AND doc_no = ?2 "
                    "ORDER BY seq");
  leaders.bind(1, p->body_id).bind(2, doc);
  while (leaders.step()) p->staffing.leaders.push_back({leaders.text(0), int(leaders.integer(1))});
  Statement boundaries(db.handle(),
                       "SELECT b.seq, b.text, bb.other_body_id FROM boundaries b "
                       "LEFT JOIN boundary_bodies bb ON bb.body_id = b.body_id AND "
                       "bb.doc_no = b.doc_no AND bb.boundary_seq = b.seq "
                       "WHERE b.body_id = ?1 AND b.doc_no = ?2 ORDER BY b.seq");
  boundaries.bind(1, p->body_id).bind(2, doc);
  last = -1;
  while (boundaries.step()) {
    if (boundaries.integer(0) != last) {
      last = boundaries.integer(0);
      p->boundaries.push_back({{}, boundaries.text(1)});
    }
    std::string other = boundaries.text(2);
    if (!other.empty()) p->boundaries.back().with_body_ids.push_back(std::move(other));
  }
}

}  // namespace

DatasetInfo dataset_info(const DutyDatabase& db) {
  DatasetInfo info;
  Statement q(db.handle(), "SELECT key, value FROM meta");
  while (q.step()) {
    std::string key = q.text(0);
    if (key == "name") info.name = q.text(1);
    else if (key == "title") info.title = q.text(1);
    else if (key == "data_date") info.data_date = q.text(1);
    else if (key == "division_code") info.division_code = q.text(1);
    else if (key == "sample") info.sample = q.text(1) == "1";
  }
  return info;
}

std::vector<CategorySummary> category_summaries(const DutyDatabase& db) {
  std::vector<CategorySummary> out;
  Statement q(db.handle(),
              "SELECT c.code, c.name, count(b.id) FROM categories c "
              "LEFT JOIN bodies b ON b.category = c.code GROUP BY c.code ORDER BY c.sort");
  while (q.step()) out.push_back({q.text(0), q.text(1), int(q.integer(2))});
  return out;
}

std::vector<Body> list_bodies(const DutyDatabase& db, std::string_view category) {
  return query_bodies(db, category.empty() ? "" : " WHERE category = ?1", category);
}

std::optional<Body> find_body(const DutyDatabase& db, std::string_view id) {
  auto bodies = query_bodies(db, " WHERE id = ?1", id);
  if (bodies.empty()) return std::nullopt;
  return bodies.front();
}

std::vector<Body> affiliated_bodies(const DutyDatabase& db, std::string_view id) {
  return query_bodies(db, " WHERE parent_id = ?1", id);
}

std::optional<BodyProfile> body_profile(const DutyDatabase& db, std::string_view body_id,
                                        std::string_view date) {
  if (!find_body(db, body_id)) return std::nullopt;
  BodyProfile p;
  p.body_id = std::string(body_id);
  p.date = date.empty() ? dataset_info(db).data_date : std::string(date);

  Statement sanding(db.handle(),
                    "SELECT doc_no FROM sandings WHERE body_id = ?1 AND effective <= ?2 "
                    "ORDER BY effective DESC, doc_no DESC LIMIT 1");
  sanding.bind(1, body_id).bind(2, p.date);
  if (sanding.step()) {
    p.sanding = find_document(db, sanding.text(0));
    if (p.sanding) read_sanding_parts(db, &p);
  }

  Statement clauses(db.handle(),
                    "SELECT key, text, valid_from, opened_by FROM clause_versions "
                    "WHERE body_id = ?1 AND valid_from <= ?2 AND (valid_to = '' OR valid_to > ?2) "
                    "ORDER BY position, valid_from");
  clauses.bind(1, body_id).bind(2, p.date);
  int number = 0;
  while (clauses.step()) {
    p.clauses.push_back({++number, clauses.text(0), clauses.text(1), clauses.text(2), clauses.text(3)});
  }

  // The last document to touch this body's duties by the date: its 三定 or a later change.
  Statement last(db.handle(),
                 "SELECT doc_no FROM documents WHERE effective <= ?2 AND doc_no IN ("
                 " SELECT doc_no FROM sandings WHERE body_id = ?1"
                 " UNION SELECT doc_no FROM document_changes WHERE body_id = ?1 OR to_body_id = ?1)"
                 " ORDER BY effective DESC, issued DESC, sort DESC LIMIT 1");
  last.bind(1, body_id).bind(2, p.date);
  if (last.step()) p.last_document = find_document(db, last.text(0));
  return p;
}

std::vector<DocumentSummary> body_documents(const DutyDatabase& db, std::string_view body_id) {
  std::string sql = std::string("SELECT ") + kDocumentColumns +
                    " FROM documents WHERE doc_no IN ("
                    " SELECT doc_no FROM sandings WHERE body_id = ?1"
                    " UNION SELECT doc_no FROM document_changes WHERE body_id = ?1 OR to_body_id = ?1)"
                    " ORDER BY effective, doc_no";
  Statement q(db.handle(), sql.c_str());
  q.bind(1, body_id);
  std::vector<DocumentSummary> out;
  while (q.step()) out.push_back(read_document(q));
  return out;
}

}  // namespace dutyatlas
