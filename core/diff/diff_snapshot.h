// What the change report (publication_diff.h) compares, read from one publication: its dataset
// fields, bodies, the 主要职责 in force on its data date, 三定, documents, the four lists (through
// core/lists/list_loader.h, the one reader of the list tables), keywords and synonyms — each as
// plain rows in a stable order (display order). Not the matching (diff_matching.cpp) nor the
// report's words. Internal to core/diff.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/bundle/duty_database.h"
#include "core/diff/diff_fields.h"
#include "core/diff/publication_diff.h"

namespace dutyatlas {

// An item compared field by field: a body, a 三定, a document or a list item.
struct DiffRow {
  std::string key;    // unique within its kind
  std::string label;  // what the report names it by
  Fields fields;  // name → value, in a fixed order
};

struct BodyRow {
  DiffBody body;
  DiffRow other;  // the fields that are neither name, short name nor category
};

struct ClauseRow {
  std::string body_id, key, text;
};

// A 三定 with its content as fields named by position, counted from 1: "setup", "transformation/2",
// "division/3", "division/3/duty/1", "leaders", "boundary/1", "duty/<clause key>" (the wording
// the 三定 itself gave) …
struct SandingRow {
  std::string body_id, doc_no, effective;
  DiffRow content;
};

// (body id, clause key).
using ClauseKey = std::pair<std::string, std::string>;

struct Snapshot {
  PublicationInfo info;
  std::vector<BodyRow> bodies;                 // display order
  std::map<std::string, std::size_t> body_at;  // id → index in bodies
  std::vector<ClauseRow> clauses;              // in force on info.data_date, display order
  std::vector<SandingRow> sandings;
  std::vector<DiffRow> documents;
  std::map<std::string, std::size_t> document_at;  // 文号 → index in documents
  std::vector<DiffRow> powers, responsibilities, tasks, matters;
  std::vector<DiffKeyword> keywords;
  std::vector<DiffSynonym> synonyms;
  // The transfers its documents in force on info.data_date record: (from body, clause) → the
  // (to body, key)s it went to, oldest first.
  std::map<ClauseKey, std::vector<ClauseKey>> recorded_transfers;

  // A body's name for the report: its short name, else its name, else its id.
  std::string body_label(const std::string& id) const;
};

Snapshot read_snapshot(const DutyDatabase& db);

}  // namespace dutyatlas
