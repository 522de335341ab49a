// What makes a database that came over the network safe to query: SQLite's own advice for
// untrusted databases (https://www.sqlite.org/security.html), applied to every bundle a reader
// opens (duty_database.cpp), and a check that the bundle holds exactly the tables the builder
// writes. The manifest's SHA-256 only proves that manifest and bundle belong together: a
// careless or compromised publishing step can ship a bundle whose `bodies` is a recursive view,
// a trigger, or a table whose cells lie about their sizes. Not for the builder's own database.
#pragma once

#include <string>

struct sqlite3;

namespace dutyatlas {

// Before the image is attached: defensive mode (no writes to the schema or shadow tables, even
// by a crafted FTS5 segment), no trusted schema (functions with side effects refused in views
// and triggers), views and triggers disabled outright.
void guard_connection(sqlite3* db);

// The largest number of virtual-machine steps one call of sqlite3_step() may take before it is
// ended: ~100× what the longest legitimate step takes on a district 15 times the demo's size
// (a sort or count over 290,000 responsibility stages). A statement that returns rows as it
// goes is its caller's loop, not a hang; one step that never returns is.
inline constexpr long long kMaxStepWork = 2'000'000'000;

// What the progress handler keeps; must live as long as the connection (DutyDatabase owns it).
struct StatementBudget {
  sqlite3* db = nullptr;
  long long max_steps = kMaxStepWork;
  // The handler's own: how often it ran during the current step (Statement::step() zeroes it:
  // kStepWorkKey in core/base/sqlite_statement.h).
  long long calls = 0;
};

// After the image is attached: cell size checks, small limits (no ATTACH, shallow expressions),
// and a progress handler that ends any one step running more than budget->max_steps virtual
// machine steps with SQLITE_INTERRUPT — a DatabaseError for its caller, never a hung page.
void limit_connection(StatementBudget* budget);

// True if the database's schema (sqlite_schema: every table, index, view and trigger and its
// SQL) is exactly the one the builder writes; otherwise false with *error naming the first
// object too many or missing, for the reader (Chinese).
bool check_bundle_schema(sqlite3* db, std::string* error);

}  // namespace dutyatlas
