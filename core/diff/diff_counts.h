// The kinds of change a publication diff counts, as data: each section of the report (机构,
// 主要职责 …) with its kinds of change (新增, 撤销 …) and where their count is in a
// PublicationDiff. PublicationDiff::total(), the JSON's "counts" and the text report's count
// lines all read this one table, so a new kind of change is one entry here. Internal to core/diff.
#pragma once

#include <cstddef>
#include <vector>

#include "core/diff/publication_diff.h"

namespace dutyatlas {

struct ChangeCount {
  const char* id;    // in the JSON counts: "added", "removed" … (null: the section's only count,
                     // written as a bare number)
  const char* word;  // in the text report: 新增, 删除, 撤销, 更名 …
  std::size_t (*count)(const PublicationDiff&);
};

struct ChangeSection {
  const char* id;       // in the JSON: "bodies", "clauses", "powers" …
  const char* heading;  // in the text report: 机构, 主要职责, 权力清单 …
  std::vector<ChangeCount> counts;  // in the order the text report names them

  std::size_t total(const PublicationDiff& diff) const;
};

// In the order of the text report.
const std::vector<ChangeSection>& change_sections();

}  // namespace dutyatlas
