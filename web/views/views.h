// The views: each draws one part of the page from AppState, immediate-mode.
//
//   page.cpp      header band, one- or two-column layout, dispatch on the route
//   sidebar.cpp   机构职责 tree: categories with counts, their bodies
//   home.cpp      全区机构概览: categories at a glance
//   category.cpp  the bodies of one category
//   body.cpp      one body: 机构设置, 主要职责 as numbered clauses, its source document
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

}  // namespace dutyatlas::web
