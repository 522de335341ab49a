// What the views remember of their own drawing from one frame to the next: where each route was
// scrolled to, how tall each document row was drawn, which window scrolls the list table's rows.
// Not data and not the route: nothing here is refreshed by navigation or by loading, and only the
// view named beside each field reads or writes it. It lives in AppState (plain data, no ImGui)
// rather than in static locals, so every piece of view state is in one place.
#pragma once

#include <map>
#include <string>
#include <unordered_map>

#include "web/route.h"

namespace dutyatlas::web {

// views/page.cpp: each route's scroll position in the content column (see arrive_at_route()).
struct ScrollPositions {
  std::string current;                   // the route drawn last, formatted
  Route page;                            // its view and id, without parameters
  std::map<std::string, float> by_route;  // formatted route → scroll y
};

// views/documents.cpp: the height each document row took (its spacing included) at the column
// width and text size drawn, so rows far off screen are only their heights.
struct DocumentRowHeights {
  float width = 0;
  float font_size = 0;                              // 大字号 changes every height
  std::unordered_map<std::string, float> by_doc_no;  // 文号 → height
};

struct ViewMemory {
  ScrollPositions scroll;
  DocumentRowHeights document_rows;
  // views/lists_table.cpp: the ImGuiID of the window that scrolled the table's rows (or the
  // cards) in the last frame, 0 before any: the wheel hand-over to the page needs it before the
  // table begins.
  unsigned int list_rows_window = 0;
};

}  // namespace dutyatlas::web
