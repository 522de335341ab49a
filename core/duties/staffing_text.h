// 人员编制 in words, as the printed 三定 (body_print.h) and the HTML edition write it:
// "行政编制 12 名、工勤编制 2 名" and "局长 1 名、副局长 3 名". Plain text, not escaped.
// Not for the client's page: it draws the same figures with the interface's words (web/ui_text).
#pragma once

#include <string>

#include "core/bundle/model.h"

namespace dutyatlas {

// The figures the 三定 gives (行政, 事业, 工勤 编制), "" when it gives none.
std::string staffing_figures_text(const Staffing& staffing);

// The leaders' posts (领导职数) without their label, "" when there are none.
std::string leader_posts_text(const Staffing& staffing);

}  // namespace dutyatlas
