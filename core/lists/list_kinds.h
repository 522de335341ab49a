// The lists a publication holds, with their names and sizes: what 清单查询 offers (#/lists,
// `query --list`, {"query": "lists"}). Not the lists' contents (list_query.h).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/bundle/duty_database.h"

namespace dutyatlas {

// The names of the lists every publication has (a task list is named by its publisher).
inline constexpr const char* kPowersListName = "权力清单";
inline constexpr const char* kResponsibilitiesListName = "责任清单";
inline constexpr const char* kDivisionListName = "职责分工清单";

// A list the data holds: "powers", "responsibilities", "tasks:<id>" per task list, "division".
struct ListKindInfo {
  std::string kind;
  std::string name;  // 权力清单, 责任清单, the task list's name, 职责分工清单
  std::size_t count = 0;  // rows (for responsibilities and division: stages)
};
// In display order: powers, responsibilities, the task lists as published, division.
std::vector<ListKindInfo> list_kinds(const DutyDatabase& db);
// The same lists' names alone, in the same order, without counting rows: the client gathers the
// heading font's characters before its first frame, where counting cost ~20 ms in wasm.
std::vector<std::string> list_names(const DutyDatabase& db);

}  // namespace dutyatlas
