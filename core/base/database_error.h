// DatabaseError: SQLite refused a statement (prepare, bind or step) — an SQL mistake, a schema
// that drifted from what the code expects, a corrupt page. Thrown by Statement
// (core/base/sqlite_statement.h) and never turned into "no rows" on the way up: it is caught
// only where an answer leaves the program — the JSON query front (core/api/query_json.h), the
// client's refresh of a view (web/app.cpp) and the CLI (builder/main.cpp).
//
// Not for problems of the data itself (a missing body, a bad date): those are answers the
// queries give as values.
#pragma once

#include <stdexcept>
#include <string>

namespace dutyatlas {

class DatabaseError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace dutyatlas
