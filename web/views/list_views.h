// The parts of the 清单查询 page (lists.cpp puts them together), each drawing from ListsState:
//
//   list_facets.cpp   facets with live counts, the chosen filters, the column chooser
//   list_table.cpp    the table: sticky header, sort by header click, only visible rows drawn;
//                     on phones a card per row
//
// Automation keys (README, 清单查询):
//   facet:<column>:<value>   a facet value (text "label count"); click toggles the filter
//   facet-more:<column>      show all values of a facet / fewer
//   remove:<column>:<value>  a chosen filter; click removes it
//   link:clear-filters       removes every filter and the text
//   column:<id>              the chooser's checkbox of a column (text: its label)
//   column-up:<id>, column-down:<id>   move a shown column left / right
//   sort:<id>                a column header (text: label and ↑/↓ when sorted by it)
//   row:<key>                a row drawn (text: its cells joined by tabs); click opens the item
#pragma once

#include "web/views/views.h"

namespace dutyatlas::web {

// Navigation from inside the list views: remembered, then done by finish_list_navigation() at
// the end of the view, once nothing drawn refers to the rows any more.
void list_go_to(ViewContext& view, const Route& route, bool replace = false);
void finish_list_navigation(ViewContext& view);

void draw_list_facets(ViewContext& view);
void draw_list_chosen_filters(ViewContext& view);
void draw_list_column_chooser(ViewContext& view);
// On phones the header is not drawn: sorting is chosen from chips.
void draw_list_sort_chips(ViewContext& view);
void draw_list_table(ViewContext& view);

// Text cut to `width` pixels with "…" at the end, at `pos` in the current window.
void draw_clipped_text(ImDrawList* draw, ImVec2 pos, float width, const std::string& text,
                       ImU32 colour);
// True if `text` needs more than `width` pixels in the current font.
bool text_overflows(const std::string& text, float width);

}  // namespace dutyatlas::web
