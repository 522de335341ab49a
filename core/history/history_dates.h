// Dates for 历史沿革: a document is compared as "the day before it took effect" against "the
// day it took effect", so its own changes — and only those of that day — show; and the years
// the district change log can show.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/bundle/duty_database.h"

namespace dutyatlas {

// The day before a valid YYYY-MM-DD date (months, leap years and years rolled back);
// "" for anything that is not a valid date or has no day before in four digits.
std::string day_before(std::string_view date);

// The years (YYYY) in which some document set or changed duties (a 三定 or an adjustment with
// changes) — of one body (either side of a transfer) if `body_id` is not empty — newest first:
// the years 全区职责调整 offers, without building every change record.
std::vector<std::string> change_years(const DutyDatabase& db, std::string_view body_id = {});

}  // namespace dutyatlas
