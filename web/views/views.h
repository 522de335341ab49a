// The views: each draws one part of the page from AppState, immediate-mode.
//
//   page.cpp      header band, one- or two-column layout, dispatch on the route
//   sidebar.cpp   机构职责 tree: categories with counts, their bodies
//   home.cpp      全区机构概览: categories at a glance
//   category.cpp  the bodies of one category
//   body.cpp      one body: 机构设置, 主要职责 as numbered clauses, its source document
//   search.cpp    搜索: results grouped by kind, highlighted
//   who.cpp       谁来管: suggested bodies with evidence, 派单
//   widgets.cpp   links, headings, badges shared by the views
#pragma once

#include "web/app.h"
#include "web/fonts.h"

namespace dutyatlas::web {

struct ViewContext {
  App& app;
  const Fonts& fonts;
  bool narrow;  // phone width: one column, no sidebar
};

void draw_page(App& app, const Fonts& fonts);
void draw_sidebar(ViewContext& view);
void draw_home(ViewContext& view);
void draw_category(ViewContext& view);
void draw_body(ViewContext& view);
void draw_search(ViewContext& view);
void draw_who(ViewContext& view);
// The search box (header on desktop, home on phones): typing goes to #/search/<text>.
void draw_search_box(ViewContext& view, float width);

}  // namespace dutyatlas::web
