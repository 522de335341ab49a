// Statement (core/base/sqlite_statement.h): every failure — a statement that does not prepare,
// a bind SQLite refuses, a step ending in an error — throws DatabaseError naming SQLite's
// message and the SQL; a query that finds nothing is an empty answer, not an error.
#include <doctest/doctest.h>

#include <sqlite3.h>

#include <string>

#include "core/base/sqlite_statement.h"

using dutyatlas::DatabaseError;
using dutyatlas::Statement;

namespace {

// An in-memory database with one small table.
class Scratch {
 public:
  Scratch() {
    sqlite3_open(":memory:", &db_);
    sqlite3_exec(db_, "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)", nullptr,
                 nullptr, nullptr);
  }
  ~Scratch() { sqlite3_close(db_); }
  sqlite3* db() const { return db_; }

 private:
  sqlite3* db_ = nullptr;
};

// The message of the DatabaseError `run` throws ("" if it throws none).
template <typename Run>
std::string error_of(Run run) {
  try {
    run();
  } catch (const DatabaseError& e) {
    return e.what();
  }
  return {};
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("statement: a statement that does not prepare throws, naming SQLite's message and the SQL") {
  Scratch s;
  std::string error = error_of([&] { Statement q(s.db(), "SELECT nme\n   FROM t"); });
  CHECK(has(error, "no such column: nme"));
  CHECK(has(error, "SELECT nme FROM t"));  // the SQL on one line
  CHECK(has(error_of([&] { Statement q(s.db(), "SELECT * FROM missing_table"); }),
            "no such table: missing_table"));
}

TEST_CASE("statement: a bind SQLite refuses throws") {
  Scratch s;
  Statement q(s.db(), "SELECT name FROM t WHERE id = ?1");
  CHECK(has(error_of([&] { q.bind(2, 5LL); }), "column index out of range"));
  CHECK(has(error_of([&] { q.bind(3, std::string_view("x")); }), "SELECT name FROM t WHERE id = ?1"));
}

TEST_CASE("statement: a step that fails throws; no rows is an empty answer") {
  Scratch s;
  Statement insert(s.db(), "INSERT INTO t(id, name) VALUES (?1, ?2)");
  CHECK(insert.bind(1, 1LL).bind(2, std::string_view("one")).run());
  // The same id again: a constraint the step reports.
  std::string error = error_of([&] { insert.run(); });
  CHECK(has(error, "UNIQUE constraint failed: t.id"));
  CHECK(has(error, "INSERT INTO t(id, name)"));
  // NOT NULL: the step fails, and the statement is usable again afterwards.
  CHECK(has(error_of([&] { insert.bind(1, 2LL).bind_null(2).run(); }), "NOT NULL"));
  CHECK(insert.bind(1, 2LL).bind(2, std::string_view("two")).run());

  Statement none(s.db(), "SELECT name FROM t WHERE id = 99");
  CHECK_FALSE(none.step());  // done, not an error
  Statement count(s.db(), "SELECT count(*) FROM t");
  REQUIRE(count.step());
  CHECK(count.integer(0) == 2);
  // An error found while stepping, not while preparing.
  Statement overflow(s.db(), "SELECT abs(-9223372036854775807 - 1)");
  CHECK(has(error_of([&] { overflow.step(); }), "integer overflow"));
}
