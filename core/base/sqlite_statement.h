// A prepared SQLite statement that finalizes itself: the one way core code runs SQL.
//
// Every failure throws DatabaseError (core/base/database_error.h) naming the SQL and SQLite's
// message: a statement that does not prepare, a bind SQLite refuses, a step that ends in
// anything but a row or done. So an SQL typo or a schema drift reaches the caller as an error,
// never as an empty answer. Not for building a database (the builder's Connection::exec runs
// its schema scripts).
#pragma once

#include <sqlite3.h>

#include <string>
#include <string_view>

#include "core/base/database_error.h"

namespace dutyatlas {

// Where a connection may keep a count of the work of the step running (sqlite3_set_clientdata,
// a long long): the progress handler that ends runaway steps counts in it
// (core/bundle/bundle_guard.h), and every step() below starts it again at zero.
inline constexpr const char* kStepWorkKey = "dutyatlas.step_work";

class Statement {
 public:
  Statement(sqlite3* db, const char* sql) {
    if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK) {
      std::string message = sqlite3_errmsg(db);
      sqlite3_finalize(stmt_);  // a partial statement, if SQLite left one
      throw DatabaseError(describe(message, sql));
    }
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int index, std::string_view text) {
    // A default-constructed view has no data pointer, which SQLite would bind as NULL.
    check(sqlite3_bind_text(stmt_, index, text.data() ? text.data() : "", int(text.size()),
                            SQLITE_TRANSIENT));
    return *this;
  }
  Statement& bind(int index, long long value) {
    check(sqlite3_bind_int64(stmt_, index, value));
    return *this;
  }
  Statement& bind_null(int index) {
    check(sqlite3_bind_null(stmt_, index));
    return *this;
  }
  // True while there is a row to read; false once the statement is done.
  bool step() {
    if (void* work = sqlite3_get_clientdata(sqlite3_db_handle(stmt_), kStepWorkKey)) {
      *static_cast<long long*>(work) = 0;
    }
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) fail();
    return false;
  }
  // Runs a statement to its end (an INSERT, a PRAGMA) and resets it for the next run. Returns
  // true (failures throw), so callers written for the old bool still read right.
  bool run() {
    while (step()) {
    }
    reset();
    return true;
  }
  // Rewinds the statement for another run; bindings stay. A failed step has already thrown.
  void reset() { sqlite3_reset(stmt_); }

  std::string text(int column) const {
    const unsigned char* p = sqlite3_column_text(stmt_, column);
    return p ? std::string(reinterpret_cast<const char*>(p),
                           std::size_t(sqlite3_column_bytes(stmt_, column)))
             : std::string();
  }
  long long integer(int column) const { return sqlite3_column_int64(stmt_, column); }
  double real(int column) const { return sqlite3_column_double(stmt_, column); }

 private:
  // "SQLite: <message> in: <the SQL on one line>": what went wrong and in which statement.
  static std::string describe(const std::string& message, const char* sql) {
    std::string out = "SQLite: " + message + " in: ";
    bool space = false;
    for (const char* p = sql ? sql : ""; *p; ++p) {
      bool blank = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r';
      if (blank) {
        space = true;
        continue;
      }
      if (space && out.back() != ' ') out += ' ';
      space = false;
      out += *p;
    }
    return out;
  }
  void check(int rc) {
    if (rc != SQLITE_OK) fail();
  }
  [[noreturn]] void fail() {
    std::string message = sqlite3_errmsg(sqlite3_db_handle(stmt_));
    sqlite3_reset(stmt_);  // the statement stays usable if the caller recovers
    throw DatabaseError(describe(message, sqlite3_sql(stmt_)));
  }

  sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace dutyatlas
