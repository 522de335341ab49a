// Read queries on a duty database: what the client's views and the CLI's `query` show.
// Each returns plain structs; query_json.h turns them into the automation API's JSON.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/bundle/duty_database.h"
#include "core/bundle/model.h"

namespace dutyatlas {

struct DatasetInfo {
  std::string name, title, data_date, division_code;
  bool sample = false;
};
DatasetInfo dataset_info(const DutyDatabase& db);

struct CategorySummary {
  std::string code;
  std::string name;
  int body_count = 0;
};
// Every category in display order, with how many bodies it holds (zero included).
std::vector<CategorySummary> category_summaries(const DutyDatabase& db);

// Bodies in display order; all of them when `category` is empty.
std::vector<Body> list_bodies(const DutyDatabase& db, std::string_view category = {});
std::optional<Body> find_body(const DutyDatabase& db, std::string_view id);
// 下属事业单位 and other bodies whose parent is `id`, in display order.
std::vector<Body> affiliated_bodies(const DutyDatabase& db, std::string_view id);

// A document as listed (no full text).
struct DocumentSummary {
  std::string doc_no, title, issuer, kind, issued, effective;
};

// One 主要职责 clause in force on a date, numbered as it is shown then: (一) is 1.
struct DutyClause {
  int number = 0;
  std::string key;    // stable key within the body (docs/source-format.md)
  std::string text;
  std::string since;  // in force since (effective date of the document that set this wording)
  std::string source_doc_no;  // that document
};

struct DutyBoundaryInfo {
  std::vector<std::string> with_body_ids;
  std::string text;
};

// A body's 三定 as in force on a date: the latest 三定 by then, and its duties after every
// adjustment up to that date.
struct BodyProfile {
  std::string body_id;
  std::string date;                 // the date shown
  std::optional<DocumentSummary> sanding;  // the 三定 in force, if any
  std::string setup;                // 机构设置
  std::vector<std::string> transformation;
  std::vector<InternalDivision> divisions;
  Staffing staffing;
  std::vector<DutyBoundaryInfo> boundaries;
  std::vector<DutyClause> clauses;  // 主要职责 in force on `date`, in display order
  std::optional<DocumentSummary> last_document;  // the last document applied by `date`
};
// `date` empty: the publication's data date. nullopt if the body does not exist.
std::optional<BodyProfile> body_profile(const DutyDatabase& db, std::string_view body_id,
                                        std::string_view date = {});

// Documents that set or changed the body's duties, oldest first.
std::vector<DocumentSummary> body_documents(const DutyDatabase& db, std::string_view body_id);

}  // namespace dutyatlas
