// The lists a publication holds (see list_kinds.h).
#include "core/lists/list_kinds.h"

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

}  // namespace dutyatlas
