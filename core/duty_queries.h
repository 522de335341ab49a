// Read queries on a duty database: what the client's views and the CLI's `query` show.
// Each returns plain model structs; query_json.h turns them into the automation API's JSON.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "duty_database.h"
#include "model.h"

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

// A body's 三定 (机构设置 and 主要职责); nullopt when the data has none for it.
std::optional<BodyDuties> find_body_duties(const DutyDatabase& db, std::string_view body_id);

}  // namespace dutyatlas
