// A prepared SQLite statement that finalizes itself: the one way core code runs SQL.
#pragma once

#include <sqlite3.h>

#include <string>
#include <string_view>

namespace dutyatlas {

class Statement {
 public:
  Statement(sqlite3* db, const char* sql) {
    if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK) stmt_ = nullptr;
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  bool ok() const { return stmt_ != nullptr; }
  Statement& bind(int index, std::string_view text) {
    // A default-constructed view has no data pointer, which SQLite would bind as NULL.
    sqlite3_bind_text(stmt_, index, text.data() ? text.data() : "", int(text.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& bind(int index, long long value) {
    sqlite3_bind_int64(stmt_, index, value);
    return *this;
  }
  Statement& bind_null(int index) {
    sqlite3_bind_null(stmt_, index);
    return *this;
  }
  // True while there is a row to read.
  bool step() { return stmt_ && sqlite3_step(stmt_) == SQLITE_ROW; }
  // Runs a statement that returns no rows; true on success.
  bool run() { return stmt_ && sqlite3_step(stmt_) == SQLITE_DONE && reset(); }
  bool reset() { return sqlite3_reset(stmt_) == SQLITE_OK; }

  std::string text(int column) const {
    const unsigned char* p = sqlite3_column_text(stmt_, column);
    return p ? std::string(reinterpret_cast<const char*>(p),
                           std::size_t(sqlite3_column_bytes(stmt_, column)))
             : std::string();
  }
  long long integer(int column) const { return sqlite3_column_int64(stmt_, column); }
  double real(int column) const { return sqlite3_column_double(stmt_, column); }

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace dutyatlas
