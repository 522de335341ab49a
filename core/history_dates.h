// Date steps for 历史沿革: a document is compared as "the day before it took effect" against
// "the day it took effect", so its own changes — and only those of that day — show.
#pragma once

#include <string>
#include <string_view>

namespace dutyatlas {

// The day before a valid YYYY-MM-DD date (months, leap years and years rolled back);
// "" for anything that is not a valid date or has no day before in four digits.
std::string day_before(std::string_view date);

}  // namespace dutyatlas
