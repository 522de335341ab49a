// The client's state: what views read and events change. Plain data, no ImGui.
//
// Views draw from these cached rows, so a frame costs no queries: the rows are refreshed when
// the route or the data changes (App::navigate, each module's refresh_*). Views run no SQL
// themselves; they ask their module's state functions at a few moments, by design:
//   * a list table holds only a window of its rows: fetch_list_rows() (web/lists_state.h) asks
//     for the rows around those in view when scrolling leaves that window — a query per scroll
//     window, not per frame;
//   * once the table is on screen, warm_list_sorts() builds its sort orders, once per list;
//   * a click on 导出 or 打印 asks for the whole view (export_list_csv, list_print_document);
//   * the *_heading_text() functions (views.h) read names and titles once, when the heading
//     font's atlas is built.
// What the views remember of their own drawing (scroll positions, row heights) is in
// view_memory, not in static locals.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/bundle/bundle_format.h"
#include "core/bundle/duty_database.h"
#include "core/duties/contacts.h"
#include "core/duties/duty_queries.h"
#include "core/search/search.h"
#include "core/search/who.h"
#include "core/search/who_groups.h"
#include "web/audit_state.h"
#include "web/documents_state.h"
#include "web/history_state.h"
#include "web/lists_state.h"
#include "web/route.h"
#include "web/view_memory.h"

namespace dutyatlas::web {

enum class LoadPhase {
  kWaitingForManifest,  // nothing known yet
  kWaitingForBundle,    // manifest accepted
  kWaitingForFont,      // database open
  kBuildingFont,        // font bytes received; the atlas is built between two frames
  kReady,               // everything loaded; views are drawn
  kFailed,              // `error` says why; the page shows it
};

// A 派单 as the page confirms it on screen: to whom, which complaint (its first words) and how
// many pieces of basis went with it.
struct DispatchConfirmation {
  std::string lead;                      // the lead body's name
  std::vector<std::string> cooperating;  // the cooperating bodies' names (联合派单)
  std::string complaint_start;           // the complaint's first words
  std::size_t evidence = 0;              // pieces of basis sent
  std::string work_system_url;           // the publisher's dispatch_url, filled ("" if none)
  bool empty() const { return lead.empty(); }
};

// The 谁来管 box's limit in characters. A hotline record of 4,815 characters must fit; the engine
// answers 6,000 within the time an operator waits for 分析 (bench/search.mjs, 谁来管 by length:
// see docs/benchmarks.md), and no record seen comes near it.
inline constexpr std::size_t kComplaintMaxChars = 6000;

struct AppState {
  LoadPhase phase = LoadPhase::kWaitingForManifest;
  std::string error;
  // The current view's data could not be read (a DatabaseError): the page shows this message
  // instead of the view until the next navigation refreshes it. Loading went fine; other
  // views may still work.
  std::string view_error;
  // The search index is being built (core/search/search_index.h: not in the bundle; the
  // client builds it in slices after the first frame, main.cpp): search, 谁来管 and a list's
  // text filter wait and say 正在准备检索….
  bool search_preparing = false;
  bool complaint_pending = false;  // 分析 asked while preparing: analysed once ready

  Manifest manifest;
  std::unique_ptr<DutyDatabase> db;  // set only once the bundle passed every check
  DatasetInfo dataset;

  Route route;
  bool compact = false;     // a portal's side panel (docs/embedding.md): the phone's one column at any width
  float text_scale = 1.0f;  // 大字号: the reader's text size (fonts.h), remembered by the page
  char body_filter[128] = "";  // 筛选机构: text typed into the bodies filter box

  // Search (#/search/<text>?kind=&category=): the box's text, the best results of the text in
  // the route under its filters, and how many match per kind and category (for the chips).
  // As long as a route's search text may be (web/route.cpp: 2,000 characters, 8,000 bytes), so
  // the query shown is always the query run.
  char search_box[8001] = "";
  std::vector<SearchHit> search_hits;
  std::vector<SearchCount> search_counts;
  // Search that forgives (core/search/forgiving_search.h): whether some hits hold only some of
  // the words, how many leading hits hold them all, and 您是不是要找… ("" for none).
  bool search_partial = false;
  int search_strict_hits = 0;
  std::string search_suggestion;

  // 谁来管 (#/who): the complaint typed or pasted (line breaks kept), and the suggestions for it.
  std::string complaint;
  std::string complaint_analysed;  // the text the suggestions are for
  std::vector<WhoCandidate> who_engine;       // the engine's answer, in its groups
  WhoConfidence who_confidence;               // and how sure it is (who_confidence.h)
  std::vector<WhoCandidate> who_candidates;   // that, and the bodies the operator added by name
  std::set<std::string> complaint_terms;      // the analysed text's distinctive terms
  WhoChoices who_choices;                     // 设为牵头, 作为配合, 取消配合 (who_groups.h)
  std::vector<WhoCandidate> who_answer;       // the engine's answer regrouped by those choices
  CarriedChoices who_choices_carried;         // what re-analysis did to the choices (notice)
  char who_add_filter[64] = {};               // 添加单位: part of a body's name
  bool who_scroll_to_summary = false;         // after 设为牵头 or 派单: bring the 派单方案 into view
  bool dispatch_offered = false;              // someone receives 派单: a portal, or a page script
  std::string last_dispatch_json;             // the last 派单 handed to the page
  DispatchConfirmation last_dispatch;         // and what the page shows of it
  std::vector<CategorySummary> categories;
  std::map<std::string, std::vector<Body>> bodies_by_category;
  std::map<std::string, std::string> body_names;  // id → name, for links
  std::optional<Body> body;                      // the body on screen (route kBody)
  std::optional<BodyProfile> body_profile;       // its 三定 as in force on the data date
  std::vector<Body> body_affiliated;              // its 下属事业单位
  std::vector<DocumentSummary> body_documents;   // documents behind its duties
  int copied_clause = 0;                         // the clause last copied (shows 已复制)
  std::map<std::string, Contact> contacts;       // 联系方式 by body id, read once at load
  std::string copied_contact;                    // the contact block last copied (its key)

  // The modules' own state, each refreshed by its module (web/<module>_state.h).
  DocumentsState documents;  // 职责文件档案库
  HistoryState history;  // 历史沿革, 新旧对照, 全区职责调整
  ListsState lists;      // 清单查询
  AuditState audit;      // 职责体检

  ViewMemory view_memory;  // what the views remember of their own drawing (scroll, row heights)
};

}  // namespace dutyatlas::web
