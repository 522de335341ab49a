// SQL behind duty_queries.h. Schema: bundle_schema.h.
#include "duty_queries.h"

#include "sqlite_statement.h"

namespace dutyatlas {
namespace {

constexpr const char* kBodyColumns =
    "id, name, short_name, category, rank, ifnull(parent_id, ''), uscc, division_code, "
    "ifnull(host_id, '')";

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
  return b;
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
  std::string sql = std::string("SELECT ") + kBodyColumns + " FROM bodies";
  sql += category.empty() ? " ORDER BY sort" : " WHERE category = ?1 ORDER BY sort";
  Statement q(db.handle(), sql.c_str());
  if (!category.empty()) q.bind(1, category);
  std::vector<Body> out;
  while (q.step()) out.push_back(read_body(q));
  return out;
}

std::optional<Body> find_body(const DutyDatabase& db, std::string_view id) {
  std::string sql = std::string("SELECT ") + kBodyColumns + " FROM bodies WHERE id = ?1";
  Statement q(db.handle(), sql.c_str());
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return read_body(q);
}

std::optional<BodyDuties> find_body_duties(const DutyDatabase& db, std::string_view body_id) {
  Statement head(db.handle(),
                 "SELECT d.doc_no, d.title, d.effective, bd.setup FROM body_duties bd "
                 "JOIN documents d ON d.doc_no = bd.doc_no WHERE bd.body_id = ?1");
  head.bind(1, body_id);
  if (!head.step()) return std::nullopt;
  BodyDuties duties;
  duties.body_id = std::string(body_id);
  duties.source = {head.text(0), head.text(1), head.text(2)};
  duties.setup = head.text(3);
  Statement clauses(db.handle(),
                    "SELECT number, text FROM duty_clauses WHERE body_id = ?1 ORDER BY number");
  clauses.bind(1, body_id);
  while (clauses.step()) duties.clauses.push_back({int(clauses.integer(0)), clauses.text(1)});
  return duties;
}

}  // namespace dutyatlas
