// DDL of bundle schema version 1 (see bundle_schema.h for the overview).
#include "bundle_schema.h"

namespace dutyatlas {

const char* bundle_schema_sql() {
  return R"sql(
PRAGMA user_version = 1;
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE categories (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  sort INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE bodies (
  id            TEXT PRIMARY KEY,
  name          TEXT NOT NULL,
  short_name    TEXT NOT NULL,
  category      TEXT NOT NULL REFERENCES categories(code),
  rank          TEXT NOT NULL,
  parent_id     TEXT REFERENCES bodies(id),
  uscc          TEXT NOT NULL,
  division_code TEXT NOT NULL,
  host_id       TEXT REFERENCES bodies(id),
  sort          INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX bodies_by_category ON bodies(category, sort);
CREATE TABLE documents (
  doc_no    TEXT PRIMARY KEY,
  title     TEXT NOT NULL,
  effective TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE body_duties (
  body_id TEXT PRIMARY KEY REFERENCES bodies(id),
  doc_no  TEXT NOT NULL REFERENCES documents(doc_no),
  setup   TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE duty_clauses (
  body_id TEXT NOT NULL REFERENCES bodies(id),
  number  INTEGER NOT NULL,
  text    TEXT NOT NULL,
  PRIMARY KEY (body_id, number)
) WITHOUT ROWID;
)sql";
}

}  // namespace dutyatlas
