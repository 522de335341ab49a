// The views: each draws one part of the page from AppState, immediate-mode.
//
//   page.cpp      header band, one- or two-column layout, dispatch on the route
//   sidebar.cpp   机构职责 tree: categories with counts, their bodies
//   home.cpp      全区机构概览: categories at a glance
//   category.cpp  the bodies of one category
//   body.cpp      one body: 机构设置, 主要职责 as numbered clauses, its source document
//   search.cpp    搜索: results grouped by kind, highlighted
//   who.cpp       谁来管: suggested bodies with evidence, 派单
//   documents.cpp 职责文件档案库: documents filtered; one document with the duties it changed
//   history.cpp   历史沿革 of a body: timeline, duties as on a date
//   compare.cpp   新旧对照 of a body between two dates
//   changes.cpp   全区职责调整: every change in a period
//   history_widgets.h/.cpp   what history, compare and changes draw alike: marked text, kind
//                 tags, the date picker
//   lists.cpp     清单查询: the lists at a glance; one list's page (lists_views.h names its parts)
//   lists_facets.cpp   the list's facets with live counts, chosen filters, column chooser
//   lists_table.cpp    the list as a table (on phones, cards), only the rows in view drawn
//   lists_item.cpp one list item in full
//   audit.cpp     职责体检: the audit's findings by kind, each opening its evidence side by side
//   contact.cpp   a body's 联系方式: the block (body page, 谁来管's lead) and the one line
//   widgets.h/.cpp links, headings, badges shared by the views
//   edition_link.cpp the header's 文字版 link
#pragma once

#include <string>

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
void draw_documents(ViewContext& view);
void draw_document(ViewContext& view);
void draw_history(ViewContext& view);
void draw_compare(ViewContext& view);
void draw_changes(ViewContext& view);
void draw_lists(ViewContext& view);
void draw_list_item(ViewContext& view);
void draw_audit(ViewContext& view);

// What each module draws in the heading font (main.cpp builds that atlas from these).
std::string documents_heading_text(const AppState& state);
std::string history_heading_text(const AppState& state);
std::string lists_heading_text(const AppState& state);
std::string who_heading_text(const AppState& state);
std::string audit_heading_text(const AppState& state);
// A body's 联系方式 (contact.cpp), nothing if it publishes none. The block: each phone as a
// tel: link beside its label, address, hours, where to go, website, 复制联系方式; its items
// are keyed `key`:phone:<i>, :address, :hours, :service-hall, :website, :sample, :copy.
void draw_contact_block(ViewContext& view, const std::string& body_id, const std::string& key);
// One line: the first phone (label and tel: link, `key`:phone) and the address (`key`:address).
void draw_contact_line(ViewContext& view, const std::string& body_id, const std::string& key);
// Whether a body's name, 简称 or id contains `filter` (the sidebar's filter, 谁来管's 添加单位).
bool body_matches_filter(const Body& body, const char* filter);
// The search box (header on desktop, home on phones): typing goes to #/search/<text>.
void draw_search_box(ViewContext& view, float width);
// The header's 文字版 link to this view's page of the HTML edition, right-aligned to `right`.
void draw_edition_link(ViewContext& view, float right, float y);

}  // namespace dutyatlas::web
