// Dataset → SQLite image (see bundle_writer.h).
#include "bundle_writer.h"

#include <sqlite3.h>

#include <set>
#include <stdexcept>

#include "core/bundle_schema.h"
#include "core/sqlite_statement.h"

namespace dutyatlas::builder {
namespace {

class Connection {
 public:
  Connection() {
    if (sqlite3_open(":memory:", &db_) != SQLITE_OK) throw std::runtime_error("sqlite3_open");
  }
  ~Connection() { sqlite3_close(db_); }
  sqlite3* get() const { return db_; }

  void exec(const char* sql) {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &message) != SQLITE_OK) {
      std::string text = message ? message : "unknown error";
      sqlite3_free(message);
      throw std::runtime_error("SQLite: " + text);
    }
  }

  void run(Statement& statement) {
    if (!statement.run()) throw std::runtime_error("SQLite: " + std::string(sqlite3_errmsg(db_)));
  }

 private:
  sqlite3* db_ = nullptr;
};

void insert_meta(Connection& db, const Dataset& dataset) {
  Statement insert(db.get(), "INSERT INTO meta(key, value) VALUES (?1, ?2)");
  const std::pair<const char*, std::string> rows[] = {
      {"name", dataset.name},
      {"title", dataset.title},
      {"data_date", dataset.data_date},
      {"division_code", dataset.division_code},
      {"sample", dataset.sample ? "1" : "0"},
  };
  for (const auto& [key, value] : rows) db.run(insert.bind(1, key).bind(2, value));
}

void insert_categories(Connection& db) {
  Statement insert(db.get(), "INSERT INTO categories(code, name, sort) VALUES (?1, ?2, ?3)");
  long long sort = 0;
  for (const auto& category : body_categories()) {
    db.run(insert.bind(1, category.code).bind(2, category.name).bind(3, sort++));
  }
}

void insert_bodies(Connection& db, const Dataset& dataset) {
  Statement insert(db.get(),
                   "INSERT INTO bodies(id, name, short_name, category, rank, parent_id, uscc, "
                   "division_code, host_id, sort) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)");
  auto bind_optional = [&](int index, const std::string& value) {
    if (value.empty()) insert.bind_null(index);
    else insert.bind(index, value);
  };
  long long sort = 0;  // the publisher's order in bodies.json is the display order
  for (const Body& b : dataset.bodies) {
    insert.bind(1, b.id).bind(2, b.name).bind(3, b.short_name).bind(4, b.category);
    insert.bind(5, b.rank).bind(7, b.uscc).bind(8, b.division_code).bind(10, sort++);
    bind_optional(6, b.parent_id);
    bind_optional(9, b.host_id);
    db.run(insert);
  }
}

void insert_duties(Connection& db, const Dataset& dataset, std::uint64_t* clause_count,
                   std::uint64_t* document_count) {
  Statement document(db.get(),
                     "INSERT OR IGNORE INTO documents(doc_no, title, effective) VALUES (?1,?2,?3)");
  Statement head(db.get(), "INSERT INTO body_duties(body_id, doc_no, setup) VALUES (?1,?2,?3)");
  Statement clause(db.get(), "INSERT INTO duty_clauses(body_id, number, text) VALUES (?1,?2,?3)");
  std::set<std::string> documents;
  for (const BodyDuties& d : dataset.duties) {
    db.run(document.bind(1, d.source.doc_no).bind(2, d.source.title).bind(3, d.source.effective));
    documents.insert(d.source.doc_no);
    db.run(head.bind(1, d.body_id).bind(2, d.source.doc_no).bind(3, d.setup));
    for (const DutyClause& c : d.clauses) {
      db.run(clause.bind(1, d.body_id).bind(2, (long long)c.number).bind(3, c.text));
      ++*clause_count;
    }
  }
  *document_count = documents.size();
}

}  // namespace

DatabaseImage write_database_image(const Dataset& dataset) {
  Connection db;
  // Rollback journal in memory, no WAL: the image must be a self-contained database file.
  db.exec("PRAGMA page_size = 4096; PRAGMA journal_mode = MEMORY; PRAGMA foreign_keys = ON;");
  db.exec(bundle_schema_sql());
  DatabaseImage image;
  db.exec("BEGIN");
  // A body may be listed before its parent or host: check references at COMMIT, not per row.
  db.exec("PRAGMA defer_foreign_keys = ON");
  insert_meta(db, dataset);
  insert_categories(db);
  insert_bodies(db, dataset);
  insert_duties(db, dataset, &image.counts["duty_clauses"], &image.counts["documents"]);
  db.exec("COMMIT");
  db.exec("VACUUM");
  image.counts["bodies"] = dataset.bodies.size();
  image.counts["body_duties"] = dataset.duties.size();

  sqlite3_int64 size = 0;
  unsigned char* bytes = sqlite3_serialize(db.get(), "main", &size, 0);
  if (!bytes) throw std::runtime_error("sqlite3_serialize failed");
  image.bytes.assign(bytes, bytes + size);
  sqlite3_free(bytes);
  return image;
}

}  // namespace dutyatlas::builder
