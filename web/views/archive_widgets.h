// Drawing helpers of 职责文件档案库 (beside widgets.h, which the lead owns): chips that wrap
// onto new lines on a narrow screen, and a document row whose title and facts wrap instead of
// running into each other.
#pragma once

#include <string>

namespace dutyatlas::web::archive_widgets {

// A filter chip (widgets::chip) placed after the previous one on the same line, or at the
// start of the next line if it would not fit. `first` starts a new row of chips.
bool flowing_chip(const std::string& label, const std::string& key, bool on, bool first);

// A clickable row: the title wrapped on its own lines, the facts (文号 · 发文机关 · dates)
// wrapped below in the muted colour, a hairline under it. Records `key` with the title.
bool document_row(const std::string& title, const std::string& facts, const std::string& key);

// A link placed after the previous item on the line, or at the start of the next line if it
// would not fit (a row of links on a phone).
bool flowing_link(const std::string& label, const std::string& key);

}  // namespace dutyatlas::web::archive_widgets
