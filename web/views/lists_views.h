// The parts of the 清单查询 page (lists.cpp puts them together), each drawing from ListsState:
//
//   lists_facets.cpp   facets with live counts, the chosen filters, the column chooser
//   lists_table.cpp    the table: sticky header, sort by header click, only visible rows drawn;
//                     on phones a card per row
//
// Automation keys (README, 清单查询), as dutyatlas.drawnItems() reports them:
//   chip:type:<type>              #/lists: a power type (text "type count"), opens its table
//   list:<kind>                   #/lists: a list (text: its name), opens its table
//   input:list-text               the text filter
//   chip:facet:<column>:<value>   a facet value (text "label count"); click toggles the filter
//   facet-more:<column>           show all values of a facet / fewer
//   chip:remove:<column>:<value>  a chosen filter; click removes it
//   link:clear-filters            removes every filter and the text
//   list-total                    "共 N 项"
//   button:filters                phones: shows / hides the facets
//   button:columns                opens the column chooser; button:columns-done closes it,
//                                 button:columns-default goes back to the default columns
//   column:<id>                   the chooser's checkbox of a column (text: its label)
//   button:column-up:<id>, button:column-down:<id>   move a shown column left / right
//   button:export-csv, button:print
//   sort:<id>                     a column header (text: label, " ↑"/" ↓" when sorted by it);
//                                 on phones chip:sort:<id>
//   row:<key>                     a row drawn (text: its cells joined by tabs); click opens it
#pragma once

#include "web/views/views.h"

namespace dutyatlas::web {

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
