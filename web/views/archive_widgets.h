// Drawing helpers of 职责文件档案库 (beside widgets.h): chips and links that wrap onto new lines
// on a narrow screen.
#pragma once

#include <string>

namespace dutyatlas::web::archive_widgets {

// A filter chip (widgets::chip) placed after the previous one on the same line, or at the
// start of the next line if it would not fit. `first` starts a new row of chips.
bool flowing_chip(const std::string& label, const std::string& key, bool on, bool first);

// A link placed after the previous item on the line, or at the start of the next line if it
// would not fit (a row of links on a phone).
bool flowing_link(const std::string& label, const std::string& key);

}  // namespace dutyatlas::web::archive_widgets
