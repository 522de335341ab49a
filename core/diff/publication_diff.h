// The change report of a publication: what differs between two bundles' databases, for the
// publisher who is about to replace one with the other (`dutyatlas diff OLD NEW`, and the
// summary `dutyatlas build` prints when it overwrites a previous publication).
//
// Compared (core/bundle/bundle_schema.h):
//   dataset     name, title, data_date, division_code, sample
//   bodies      by id: added, removed, renamed (name or short name), moved (category),
//               changed (any other field: rank, parent_id, uscc, division_code, host_id,
//               institution_class, and the 联系方式: address, hours, website, service_hall,
//               phones)
//   clauses     主要职责 in force on each publication's own data date, per body by key: added,
//               removed, reworded; a clause that leaves one body and arrives in another (by a
//               transfer change of the new publication's documents, or with the same text) is
//               transferred instead of removed + added
//   sandings    三定 by (body, 文号): added, removed, changed (effective, setup, each 职能转变
//               paragraph, each 内设机构's name and duties, the three 编制 numbers, the 领导职数,
//               each 职责分工's text and bodies — by position: "division/3/duty/2" — and the
//               三定's own wording of its duties, "duty/<key>", unless 主要职责 reports that clause)
//   documents   by 文号: added, removed, changed (title, issuer, kind, issued, effective, text,
//               changes)
//   powers      by 事项编码; responsibilities by 事项编码 + 环节 + 责任事项; tasks by list id + 序号
//               (and each task list by its id: its name);
//               division matters by 编号: added, removed, changed
//
// Every change of a field carries both values (FieldChange), so a report can say before → after.
//   keywords, synonyms   by (word, kind, target) / (word, alternative): added, removed; a removed
//                        and an added one that differ in one part paired as changed
//
// Every list is in a stable order (display order of the new publication, then what only the
// old one had), so the same two bundles always give the same report.
//
// Where each part is: diff_snapshot.h (one publication read for comparing; the lists through
// core/lists/list_loader.h), diff_matching.cpp (what was added, removed, changed, transferred),
// diff_counts.h (the kinds of change, as data: total(), the JSON counts, the count lines),
// diff_text.cpp (with diff_values.h: a value and its change) and diff_json.cpp (the two reports).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/bundle/duty_database.h"

namespace dutyatlas {

// A body as the report names it.
struct DiffBody {
  std::string id;
  std::string name;
  std::string short_name;
  std::string category;  // BodyCategory::code
};

struct BodyRename {
  std::string id;
  std::string old_name, new_name;
  std::string old_short_name, new_short_name;
};

struct BodyMove {
  std::string id;
  std::string name;  // as in the new publication
  std::string short_name;
  std::string old_category, new_category;
};

// One field of an item that differs: its stable name ("rank", "time_limit", "division/3" …)
// and its value in each publication ("" where that publication has none).
struct FieldChange {
  std::string field;
  std::string old_value, new_value;
};

// A body whose other fields changed (rank, parent_id, uscc, …, address, phones …).
struct BodyChange {
  std::string id;
  std::string name;
  std::string short_name;
  std::vector<FieldChange> changes;
};

// One 主要职责 clause in force on a publication's data date.
struct DiffClause {
  std::string body_id;
  std::string body_name;  // short name (name if it has none)
  std::string key;
  std::string text;
};

struct ClauseReword {
  std::string body_id;
  std::string body_name;
  std::string key;
  std::string old_text, new_text;
};

// 划转: the clause left `from` (old publication) and is in force in `to` (new publication).
struct ClauseTransfer {
  std::string from_body_id, from_body_name, from_key;
  std::string to_body_id, to_body_name, to_key;
  std::string old_text, new_text;  // equal unless the transfer also reworded it
};

struct DiffSanding {
  std::string body_id;
  std::string body_name;
  std::string doc_no;
  std::string effective;
};

// A 三定 (same body, same 文号) whose content changed.
struct SandingChange {
  std::string body_id;
  std::string body_name;
  std::string doc_no;
  std::vector<FieldChange> changes;
};

struct DiffDocument {
  std::string doc_no;
  std::string title;
  std::string kind;
  std::string effective;
};

struct DocumentChange {
  std::string doc_no;
  std::string title;  // the new title
  std::vector<FieldChange> changes;
};

// An item of one of the lists, named for the report.
struct DiffItem {
  std::string key;    // 事项编码; 事项编码/环节/责任事项; list-id/序号; 编号
  std::string label;  // what a person recognises it by: its name, task or duty
};

struct ListItemChange {
  std::string key;
  std::string label;                 // as in the new publication
  std::vector<FieldChange> changes;  // stable field names, e.g. "name", "time_limit", "stages"
};

struct ListDiff {
  std::vector<DiffItem> added;
  std::vector<DiffItem> removed;
  std::vector<ListItemChange> changed;
  int total() const { return int(added.size() + removed.size() + changed.size()); }
};

// keywords(word, target_kind, target): kind is "duty", "matter" or "power".
struct DiffKeyword {
  std::string word, kind, target;
};
// A removed and an added keyword paired as one change (diff_matching.cpp: the same target with
// another word — a word corrected — else the same word aimed elsewhere).
struct KeywordChange {
  DiffKeyword old_keyword, new_keyword;
};
struct KeywordDiff {
  std::vector<DiffKeyword> added;
  std::vector<DiffKeyword> removed;
  std::vector<KeywordChange> changed;
  int total() const { return int(added.size() + removed.size() + changed.size()); }
};

// synonyms(word, alternative).
struct DiffSynonym {
  std::string word, alternative;
};
// A removed and an added pair of one word paired as one change (the alternative edited).
struct SynonymChange {
  DiffSynonym old_synonym, new_synonym;
};
struct SynonymDiff {
  std::vector<DiffSynonym> added;
  std::vector<DiffSynonym> removed;
  std::vector<SynonymChange> changed;
  int total() const { return int(added.size() + removed.size() + changed.size()); }
};

struct PublicationInfo {
  std::string name, title, data_date, division_code;
  bool sample = false;
};

// A change of one dataset field (name, title, data_date, division_code, sample).
struct DatasetFieldChange {
  std::string field;
  std::string old_value, new_value;
};

struct PublicationDiff {
  PublicationInfo old_info, new_info;
  // Every body of either publication: the new one's in display order, then those only the old
  // one had — the order (and names) the text report groups the changes of bodies by.
  std::vector<DiffBody> body_order;
  std::vector<DatasetFieldChange> dataset;

  std::vector<DiffBody> bodies_added;
  std::vector<DiffBody> bodies_removed;
  std::vector<BodyRename> bodies_renamed;
  std::vector<BodyMove> bodies_moved;
  std::vector<BodyChange> bodies_changed;

  std::vector<DiffClause> clauses_added;
  std::vector<DiffClause> clauses_removed;
  std::vector<ClauseReword> clauses_reworded;
  std::vector<ClauseTransfer> clauses_transferred;

  std::vector<DiffSanding> sandings_added;
  std::vector<DiffSanding> sandings_removed;
  std::vector<SandingChange> sandings_changed;

  std::vector<DiffDocument> documents_added;
  std::vector<DiffDocument> documents_removed;
  std::vector<DocumentChange> documents_changed;

  ListDiff powers;            // 权力清单
  ListDiff responsibilities;  // 责任清单
  ListDiff tasks;             // 职责任务清单
  ListDiff division_matters;  // 职责分工清单
  KeywordDiff keywords;
  SynonymDiff synonyms;

  // Number of differences of every kind together (every count of diff_counts.h); 0 when the
  // two publications hold the same.
  int total() const;
  bool empty() const { return total() == 0; }
};

PublicationDiff diff_publications(const DutyDatabase& old_db, const DutyDatabase& new_db);

// How much diff_to_text says: every added, removed and changed item, or the count lines only.
enum class DiffDetail { kFull, kCounts };

// The report for publishers, in Chinese: one count line per kind that changed
// ("机构：新增 2，撤销 1，更名 1"). A kFull report starts with a line naming each publication
// and follows the count lines with the details: grouped by body (its name and id, then its own
// fields, its 主要职责, its 三定), then documents, lists, keywords and synonyms under their
// headings; each change says before → after ("行政编制：18 → 25"), a long text as a short
// character diff around what changed ("…负责[-监测-]{+监测和信息发布+}工作。").
// "两次发布内容相同。" when nothing changed.
std::string diff_to_text(const PublicationDiff& diff, DiffDetail detail = DiffDetail::kFull);

// Everything in the diff: {"identical", "total", "old", "new", "counts": {…}, "dataset": […],
// "bodies": {added, removed, renamed, moved, changed}, "clauses": {added, removed, reworded,
// transferred}, "sandings": {added, removed, changed}, "documents", "powers", "responsibilities",
// "tasks", "division_matters", "keywords", "synonyms"}. A changed item has "fields" (the names)
// and "changes": [{"field", "old", "new"}] with the whole values. Field names are stable.
nlohmann::json diff_to_json(const PublicationDiff& diff);

}  // namespace dutyatlas
