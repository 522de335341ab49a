// DDL of bundle schema version 5 (see bundle_schema.h for the overview).
#include "core/bundle/bundle_schema.h"

namespace dutyatlas {

static_assert(kBundleSchemaVersion == 5, "update PRAGMA user_version below with the version");

const char* bundle_schema_sql() {
  return R"sql(
PRAGMA user_version = 5;
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
  id                TEXT PRIMARY KEY,
  name              TEXT NOT NULL,
  short_name        TEXT NOT NULL,
  category          TEXT NOT NULL REFERENCES categories(code),
  rank              TEXT NOT NULL,
  parent_id         TEXT REFERENCES bodies(id),
  uscc              TEXT NOT NULL,
  division_code     TEXT NOT NULL,
  host_id           TEXT REFERENCES bodies(id),
  institution_class TEXT NOT NULL,
  sort              INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX bodies_by_category ON bodies(category, sort);
CREATE INDEX bodies_by_parent ON bodies(parent_id);
CREATE TABLE contacts (
  body_id      TEXT PRIMARY KEY REFERENCES bodies(id),
  address      TEXT NOT NULL,
  hours        TEXT NOT NULL,
  website      TEXT NOT NULL,
  service_hall TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE contact_phones (
  body_id TEXT NOT NULL REFERENCES contacts(body_id),
  seq     INTEGER NOT NULL,
  label   TEXT NOT NULL,
  number  TEXT NOT NULL,
  PRIMARY KEY (body_id, seq)
) WITHOUT ROWID;

CREATE TABLE documents (
  doc_no    TEXT PRIMARY KEY,
  title     TEXT NOT NULL,
  issuer    TEXT NOT NULL,
  kind      TEXT NOT NULL,
  issued    TEXT NOT NULL,
  effective TEXT NOT NULL,
  text      TEXT NOT NULL,
  sort      INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE document_changes (
  doc_no     TEXT NOT NULL REFERENCES documents(doc_no),
  seq        INTEGER NOT NULL,
  action     TEXT NOT NULL,
  body_id    TEXT NOT NULL REFERENCES bodies(id),
  clause_key TEXT NOT NULL,
  text       TEXT NOT NULL,
  to_body_id TEXT REFERENCES bodies(id),
  as_key     TEXT NOT NULL,
  PRIMARY KEY (doc_no, seq)
) WITHOUT ROWID;
CREATE INDEX document_changes_by_body ON document_changes(body_id);

CREATE TABLE sandings (
  body_id                 TEXT NOT NULL REFERENCES bodies(id),
  doc_no                  TEXT NOT NULL REFERENCES documents(doc_no),
  effective               TEXT NOT NULL,
  setup                   TEXT NOT NULL,
  staffing_administrative INTEGER,
  staffing_career         INTEGER,
  staffing_service        INTEGER,
  PRIMARY KEY (body_id, doc_no)
) WITHOUT ROWID;
CREATE TABLE sanding_texts (
  body_id TEXT NOT NULL,
  doc_no  TEXT NOT NULL,
  section TEXT NOT NULL,
  seq     INTEGER NOT NULL,
  text    TEXT NOT NULL,
  PRIMARY KEY (body_id, doc_no, section, seq)
) WITHOUT ROWID;
CREATE TABLE internal_divisions (
  body_id TEXT NOT NULL,
  doc_no  TEXT NOT NULL,
  seq     INTEGER NOT NULL,
  name    TEXT NOT NULL,
  PRIMARY KEY (body_id, doc_no, seq)
) WITHOUT ROWID;
CREATE TABLE internal_division_duties (
  body_id      TEXT NOT NULL,
  doc_no       TEXT NOT NULL,
  division_seq INTEGER NOT NULL,
  seq          INTEGER NOT NULL,
  text         TEXT NOT NULL,
  PRIMARY KEY (body_id, doc_no, division_seq, seq)
) WITHOUT ROWID;
CREATE TABLE leader_posts (
  body_id TEXT NOT NULL,
  doc_no  TEXT NOT NULL,
  seq     INTEGER NOT NULL,
  title   TEXT NOT NULL,
  count   INTEGER NOT NULL,
  PRIMARY KEY (body_id, doc_no, seq)
) WITHOUT ROWID;
CREATE TABLE boundaries (
  body_id TEXT NOT NULL,
  doc_no  TEXT NOT NULL,
  seq     INTEGER NOT NULL,
  text    TEXT NOT NULL,
  PRIMARY KEY (body_id, doc_no, seq)
) WITHOUT ROWID;
CREATE TABLE boundary_bodies (
  body_id       TEXT NOT NULL,
  doc_no        TEXT NOT NULL,
  boundary_seq  INTEGER NOT NULL,
  other_body_id TEXT NOT NULL REFERENCES bodies(id),
  PRIMARY KEY (body_id, doc_no, boundary_seq, other_body_id)
) WITHOUT ROWID;

CREATE TABLE clause_versions (
  body_id      TEXT NOT NULL REFERENCES bodies(id),
  key          TEXT NOT NULL,
  position     INTEGER NOT NULL,
  text         TEXT NOT NULL,
  valid_from   TEXT NOT NULL,
  valid_to     TEXT NOT NULL,
  opened_by    TEXT NOT NULL REFERENCES documents(doc_no),
  opened_how   TEXT NOT NULL,
  closed_by    TEXT NOT NULL,
  closed_how   TEXT NOT NULL,
  from_body_id TEXT NOT NULL,
  to_body_id   TEXT NOT NULL
);
CREATE INDEX clause_versions_by_body ON clause_versions(body_id, position, valid_from);

CREATE TABLE powers (
  code                TEXT PRIMARY KEY,
  name                TEXT NOT NULL,
  sub_name            TEXT NOT NULL,
  type                TEXT NOT NULL,
  body_id             TEXT NOT NULL REFERENCES bodies(id),
  basis               TEXT NOT NULL,
  responsible_body_id TEXT REFERENCES bodies(id),
  service_unit        TEXT NOT NULL,
  time_limit          TEXT NOT NULL,
  fee_basis           TEXT NOT NULL,
  extra_json          TEXT NOT NULL,
  sort                INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX powers_by_body ON powers(body_id, type);
CREATE INDEX powers_by_type ON powers(type);
CREATE TABLE responsibilities (
  power_code     TEXT NOT NULL REFERENCES powers(code),
  seq            INTEGER NOT NULL,
  stage          TEXT NOT NULL,
  duty           TEXT NOT NULL,
  accountability TEXT NOT NULL,
  body_id        TEXT REFERENCES bodies(id),
  PRIMARY KEY (power_code, seq)
) WITHOUT ROWID;

CREATE TABLE task_lists (
  id   TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  sort INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE tasks (
  list_id TEXT NOT NULL REFERENCES task_lists(id),
  seq     INTEGER NOT NULL,
  number  INTEGER NOT NULL,
  task    TEXT NOT NULL,
  basis   TEXT NOT NULL,
  PRIMARY KEY (list_id, seq)
) WITHOUT ROWID;
CREATE TABLE task_bodies (
  list_id TEXT NOT NULL,
  seq     INTEGER NOT NULL,
  body_id TEXT NOT NULL REFERENCES bodies(id),
  PRIMARY KEY (list_id, seq, body_id)
) WITHOUT ROWID;
CREATE INDEX task_bodies_by_body ON task_bodies(body_id);

CREATE TABLE division_matters (
  code       TEXT PRIMARY KEY,
  group_name TEXT NOT NULL,
  name       TEXT NOT NULL,
  sort       INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE division_stages (
  code  TEXT NOT NULL REFERENCES division_matters(code),
  seq   INTEGER NOT NULL,
  stage TEXT NOT NULL,
  basis TEXT NOT NULL,
  PRIMARY KEY (code, seq)
) WITHOUT ROWID;
CREATE TABLE division_stage_bodies (
  code      TEXT NOT NULL,
  stage_seq INTEGER NOT NULL,
  body_id   TEXT NOT NULL REFERENCES bodies(id),
  role      TEXT NOT NULL,
  PRIMARY KEY (code, stage_seq, body_id, role)
) WITHOUT ROWID;
CREATE INDEX division_stage_bodies_by_body ON division_stage_bodies(body_id);

CREATE TABLE keywords (
  word        TEXT NOT NULL,
  target_kind TEXT NOT NULL,
  target      TEXT NOT NULL,
  PRIMARY KEY (word, target_kind, target)
) WITHOUT ROWID;
CREATE TABLE synonyms (
  word        TEXT NOT NULL,
  alternative TEXT NOT NULL,
  PRIMARY KEY (word, alternative)
) WITHOUT ROWID;
CREATE TABLE lexicon (
  seq   INTEGER PRIMARY KEY,
  word  TEXT NOT NULL,
  terms TEXT NOT NULL,
  topic TEXT NOT NULL
);
)sql";
}

}  // namespace dutyatlas
