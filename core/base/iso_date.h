// Dates as the data writes them: YYYY-MM-DD, which also sort as text.
#pragma once

#include <string_view>

namespace dutyatlas {

// True for YYYY-MM-DD naming a day that exists (leap years included).
bool is_valid_date(std::string_view s);

}  // namespace dutyatlas
