// A bundle is an attacker's bytes until proven otherwise (core/bundle/bundle_guard.h): a bundle
// whose schema differs from the builder's — a view, a trigger, a table missing or changed — is
// refused at open with a message, and a statement that runs away is ended, not left to hang.
#include <doctest/doctest.h>

#include <sqlite3.h>

#include "builder/bundle_writer.h"
#include "builder/source_reader.h"
#include "core/base/sqlite_statement.h"
#include "core/bundle/bundle_guard.h"
#include "core/bundle/duty_database.h"
#include "source_tree.h"
#include "test_support.h"

using namespace dutyatlas;
using namespace dutyatlas::test;

namespace {

const std::vector<std::uint8_t>& demo_image() {
  static const std::vector<std::uint8_t> image = [] {
    builder::Diagnostics diagnostics;
    builder::Source source = read_demo(&diagnostics);
    return builder::write_database_image(source.dataset, source.history).bytes;
  }();
  return image;
}

// The demo image after `sql` ran on a writable copy of it.
std::vector<std::uint8_t> tampered(const char* sql) {
  const std::vector<std::uint8_t>& image = demo_image();
  sqlite3* db = nullptr;
  sqlite3_open(":memory:", &db);
  auto* copy = static_cast<unsigned char*>(sqlite3_malloc64(image.size()));
  std::copy(image.begin(), image.end(), copy);
  REQUIRE(sqlite3_deserialize(db, "main", copy, sqlite3_int64(image.size()), sqlite3_int64(image.size()),
                              SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE) == SQLITE_OK);
  char* message = nullptr;
  const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
  INFO(sql << ": " << (message ? message : ""));
  REQUIRE(rc == SQLITE_OK);
  sqlite3_int64 size = 0;
  unsigned char* bytes = sqlite3_serialize(db, "main", &size, 0);
  std::vector<std::uint8_t> out(bytes, bytes + size);
  sqlite3_free(bytes);
  sqlite3_close(db);
  return out;
}

std::string refusal(const std::vector<std::uint8_t>& image) {
  std::string error;
  auto opened = DutyDatabase::open_image(image.data(), image.size(), &error);
  CHECK_FALSE(opened);
  return error;
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("bundle guard: the builder's own bundle passes the schema check") {
  std::string error;
  auto opened = DutyDatabase::open_image(demo_image().data(), demo_image().size(), &error);
  CHECK(opened);
  CHECK(error.empty());
}

TEST_CASE("bundle guard: a view, a trigger, an extra or missing table is refused at open") {
  SUBCASE("bodies replaced by a recursive view that would never end") {
    std::string error = refusal(tampered(
        "ALTER TABLE bodies RENAME TO old_bodies;"
        "CREATE VIEW bodies AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
        "SELECT x AS id FROM n"));
    CHECK(contains(error, "不认识"));
  }
  SUBCASE("a trigger") {
    CHECK(contains(refusal(tampered("CREATE TRIGGER t AFTER DELETE ON meta BEGIN SELECT 1; END")),
                   "trigger t"));
  }
  SUBCASE("a table the builder does not write") {
    CHECK(contains(refusal(tampered("CREATE TABLE extra (x)")), "table extra"));
  }
  SUBCASE("a table missing") {
    CHECK(contains(refusal(tampered("DROP TABLE synonyms")), "缺少 table synonyms"));
  }
  SUBCASE("a column changed") {
    CHECK(contains(refusal(tampered("ALTER TABLE meta ADD COLUMN extra TEXT")), "table meta"));
  }
}

TEST_CASE("bundle guard: an opened bundle cannot be written, attached to, or given views") {
  std::string error;
  auto opened = DutyDatabase::open_image(demo_image().data(), demo_image().size(), &error);
  REQUIRE(opened);
  CHECK_THROWS_AS(Statement(opened->handle(), "ATTACH ':memory:' AS other").run(), DatabaseError);
  CHECK_THROWS_AS(Statement(opened->handle(), "CREATE TEMP VIEW v AS SELECT 1").run(), DatabaseError);
}

TEST_CASE("bundle guard: a step that runs away is ended with an error; long statements that return rows are not") {
  sqlite3* db = nullptr;
  sqlite3_open(":memory:", &db);
  StatementBudget budget{db, 20'000'000};
  limit_connection(&budget);
  const char* endless =
      "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n";
  CHECK_THROWS_WITH_AS(Statement(db, endless).step(), doctest::Contains("interrupt"), DatabaseError);
  {  // the statements end before the connection closes
    // Work far past the budget in all, but in steps within it, is never ended: the count starts
    // afresh with each step, and with each run of a prepared statement.
    Statement small(db, "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT 10000) "
                        "SELECT count(*) FROM n");
    for (int run = 0; run < 200; ++run) {  // 200 runs: far past the budget in all
      REQUIRE(small.step());
      CHECK(small.integer(0) == 10000);
      small.reset();
    }
    Statement rows(db, "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT 2000000) "
                       "SELECT x FROM n");
    long long seen = 0;
    while (rows.step()) ++seen;
    CHECK(seen == 2000000);
  }
  sqlite3_close(db);
}
