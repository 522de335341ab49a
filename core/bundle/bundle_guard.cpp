// Settings and the schema check behind bundle_guard.h.
#include "core/bundle/bundle_guard.h"

#include <sqlite3.h>

#include <set>
#include <tuple>

#include "core/base/sqlite_statement.h"
#include "core/bundle/bundle_schema.h"

namespace dutyatlas {
namespace {

// How many VM steps apart the progress handler runs: one cheap call per 100,000 steps.
constexpr int kProgressInterval = 100'000;

// SQLite hands the handler nothing but its argument, and adds a step's work to its statement
// only when the step returns: so the handler counts its own calls, and each Statement::step()
// starts the count again.
int end_runaway_step(void* argument) {
  auto* budget = static_cast<StatementBudget*>(argument);
  return ++budget->calls * kProgressInterval > budget->max_steps ? 1 : 0;  // 1: SQLITE_INTERRUPT
}

using SchemaObject = std::tuple<std::string, std::string, std::string>;  // type, name, sql

std::set<SchemaObject> schema_of(sqlite3* db) {
  std::set<SchemaObject> objects;
  Statement q(db, "SELECT type, name, ifnull(sql, '') FROM sqlite_schema");
  while (q.step()) objects.insert({q.text(0), q.text(1), q.text(2)});
  return objects;
}

// The schema of an empty bundle, built once from the builder's own statements. Not the search
// tables: the reader creates them after this check (duty_database.cpp), so a bundle that
// brings its own `search` (a crafted FTS5 segment) is refused.
const std::set<SchemaObject>& expected_schema() {
  static const std::set<SchemaObject> expected = [] {
    sqlite3* db = nullptr;
    sqlite3_open(":memory:", &db);
    const bool created =
        sqlite3_exec(db, bundle_schema_sql(), nullptr, nullptr, nullptr) == SQLITE_OK;
    std::set<SchemaObject> objects = created ? schema_of(db) : std::set<SchemaObject>();
    sqlite3_close(db);
    return objects;
  }();
  return expected;
}

}  // namespace

void guard_connection(sqlite3* db) {
  sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
  sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
  sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
  sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
}

void limit_connection(StatementBudget* budget) {
  sqlite3* db = budget->db;
  sqlite3_exec(db, "PRAGMA cell_size_check = ON", nullptr, nullptr, nullptr);
  sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
  sqlite3_limit(db, SQLITE_LIMIT_EXPR_DEPTH, 100);
  sqlite3_limit(db, SQLITE_LIMIT_COMPOUND_SELECT, 50);
  sqlite3_limit(db, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
  sqlite3_limit(db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 10'000);
  sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 100'000'000);  // a string or blob: far above any text
  sqlite3_set_clientdata(db, kStepWorkKey, &budget->calls, nullptr);
  sqlite3_progress_handler(db, kProgressInterval, end_runaway_step, budget);
}

bool check_bundle_schema(sqlite3* db, std::string* error) {
  std::set<SchemaObject> found;
  try {
    found = schema_of(db);
  } catch (const DatabaseError& e) {
    *error = "数据库结构无法读取：" + std::string(e.what());
    return false;
  }
  const std::set<SchemaObject>& expected = expected_schema();
  if (expected.empty()) {
    *error = "无法建立数据库结构的参照。";
    return false;
  }
  for (const SchemaObject& object : found) {
    if (!expected.count(object)) {
      *error = "数据包的数据库含有本程序不认识的对象（" + std::get<0>(object) + " " +
               std::get<1>(object) + "），已拒绝打开：数据包可能被篡改或来自其他程序。";
      return false;
    }
  }
  for (const SchemaObject& object : expected) {
    if (!found.count(object)) {
      *error = "数据包的数据库缺少 " + std::get<0>(object) + " " + std::get<1>(object) +
               "：数据包不完整或来自其他版本的生成工具。";
      return false;
    }
  }
  return true;
}

}  // namespace dutyatlas
