// The one reader of a bundle's list tables — powers, responsibilities, task_lists / tasks /
// task_bodies, division_matters / division_stages / division_stage_bodies (bundle_schema.h) —
// into the data model's own structs (core/bundle/model.h, what the builder wrote them from),
// with what the bundle adds to them: a power's place in the published order, the sequence
// numbers that make row keys ("事项编码#seq", "list-id#seq", "编号#seq"). Used by the list
// tables (list_fill.h), list items (list_item.h), the change report (core/diff/), 谁来管's roles
// (core/search/who.cpp) and the search index's build (core/search/search_index.cpp) — which is
// why `db` is a plain connection: an open bundle's handle(), or the builder's while it builds.
// Not what the lists mean to a reader (columns, facets, names): list_fill.h.
//
// The two large tables are visited row by row instead of returned whole, so that loading
// 290,000 responsibility stages into the client never holds all their texts twice; visits come
// in the tables' key order (the cheapest to read), with the published order alongside.
// SQL errors are not caught here: a failing statement is the caller's failure, never a short
// list (core/base/sqlite_statement.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/bundle/model.h"

struct sqlite3;

namespace dutyatlas {

// A 权力清单 item and its place in the published order (0, 1, …).
struct StoredPower {
  PowerItem power;
  std::int64_t sort = 0;
};

// A 责任清单 stage and its number within its power (the key "事项编码#seq").
struct StoredResponsibility {
  ResponsibilityItem responsibility;
  std::int64_t seq = 0;
};

// A 职责任务清单 with its tasks in order; seqs[i] is items[i]'s number (the key "list-id#seq").
// Each task's body_ids are ordered by id.
struct StoredTaskList {
  TaskList list;
  std::vector<std::int64_t> seqs;
};

// A 职责分工 matter with its stages in order; stage_seqs[i] is stages[i]'s number (the key
// "编号#seq"). Each stage's lead and cooperating body ids are ordered by id.
struct StoredDivisionMatter {
  DivisionMatter matter;
  std::vector<std::int64_t> stage_seqs;
};

// How many rows each list has.
struct ListSizes {
  struct TaskListSize {
    std::string id, name;
    std::size_t tasks = 0;
  };
  std::size_t powers = 0;
  std::size_t responsibilities = 0;
  std::vector<TaskListSize> task_lists;  // in published order
  std::size_t division_rows = 0;         // stages, and one for each matter without stages
};
ListSizes read_list_sizes(sqlite3* db);

// Every power, in 事项编码 order. `extra` holds the publisher's own columns as text.
void for_each_power(sqlite3* db, const std::function<void(const StoredPower&)>& visit);
std::optional<PowerItem> read_power(sqlite3* db, std::string_view code);
// The 实施主体 of every power (the bodies that publish list items of their own).
std::set<std::string> read_power_body_ids(sqlite3* db);
// The names of the publisher's own columns, in order of first appearance in published order.
std::vector<std::string> read_power_extra_columns(sqlite3* db);

// Every responsibility stage, in (事项编码, seq) order.
void for_each_responsibility(sqlite3* db,
                             const std::function<void(const StoredResponsibility&)>& visit);
// The stages of one power, in order.
std::vector<StoredResponsibility> read_responsibilities_of(sqlite3* db,
                                                           std::string_view power_code);

// Every task list, in published order; one of them by id.
std::vector<StoredTaskList> read_task_lists(sqlite3* db);
std::optional<StoredTaskList> read_task_list(sqlite3* db, std::string_view id);

// Every division matter, in published order.
std::vector<StoredDivisionMatter> read_division_matters(sqlite3* db);

}  // namespace dutyatlas
