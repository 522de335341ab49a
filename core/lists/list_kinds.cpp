// The lists a publication holds (see list_kinds.h).
#include "core/lists/list_kinds.h"

#include "core/base/sqlite_statement.h"
#include "core/lists/list_loader.h"

namespace dutyatlas {

std::vector<ListKindInfo> list_kinds(const DutyDatabase& db) {
  ListSizes sizes = read_list_sizes(db.handle());
  std::vector<ListKindInfo> out;
  out.push_back({"powers", kPowersListName, sizes.powers});
  out.push_back({"responsibilities", kResponsibilitiesListName, sizes.responsibilities});
  for (const auto& list : sizes.task_lists) out.push_back({"tasks:" + list.id, list.name, list.tasks});
  out.push_back({"division", kDivisionListName, sizes.division_rows});
  return out;
}

std::vector<std::string> list_names(const DutyDatabase& db) {
  std::vector<std::string> out = {kPowersListName, kResponsibilitiesListName};
  Statement lists(db.handle(), "SELECT name FROM task_lists ORDER BY sort, id");
  while (lists.step()) out.push_back(lists.text(0));
  out.push_back(kDivisionListName);
  return out;
}

}  // namespace dutyatlas
