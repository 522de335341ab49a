// Hash routes: every view has a URL that survives reload, can be shared, and works with
// back/forward. A route is a view, one id and optional parameters (?a=1&b=2) for the view's
// state — filters, dates, sort — so a filtered view can be bookmarked.
//   #/                              home
//   #/category/<code>               one category of bodies
//   #/body/<id>                     one body's page
//   #/search/<text>                 search results for <text>
//   #/who                           谁来管: which body handles a complaint
//   #/documents?body=&year=&kind=   职责文件档案库: every document, filtered
//   #/document/<文号>               one document: full text and the duties it set or changed
//   #/history/<body>?date=          历史沿革 of one body: timeline, duties as on a date
//   #/compare/<body>?from=&to=      新旧对照 of one body between two dates
//   #/changes/<year>?body=&kind=    全区职责调整: every change in a year ("" = the latest)
//   #/lists/<kind>?…                清单查询: one list as a table ("" = the lists at a glance)
//   #/item/<kind>?key=              one list item in full
//   #/audit?body=&finding=          职责体检: the audit's findings (of one body), one opened
// Ids and parameter values are percent-encoded UTF-8 in the URL.
// Pure string handling, no browser: the page's hashchange events arrive through api.cpp.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>

namespace dutyatlas::web {

struct Route {
  enum class Kind {
    kHome, kCategory, kBody, kSearch, kWho,
    kDocuments, kDocument, kHistory, kCompare, kChanges, kLists, kListItem, kAudit,
  };
  Route() = default;
  Route(Kind kind, std::string id = {}, std::map<std::string, std::string> params = {})
      : kind(kind), id(std::move(id)), params(std::move(params)) {}

  Kind kind = Kind::kHome;
  std::string id;  // category code, body id, search text, 文号, year, list kind
  std::map<std::string, std::string> params;  // sorted, so equal routes format alike

  // The parameter's value, "" when absent.
  const std::string& param(const std::string& name) const;
  // A copy with `name` set to `value` ("" removes it).
  Route with(const std::string& name, const std::string& value) const;

  bool operator==(const Route& o) const { return kind == o.kind && id == o.id && params == o.params; }
  bool operator!=(const Route& o) const { return !(*this == o); }
};

// Accepts "#/body/x", "/body/x" or "body/x"; anything unknown is home. Parameters with names or
// values that are not valid UTF-8 are dropped.
Route parse_route(std::string_view hash);
std::string format_route(const Route& route);  // "#/body/x", "#/lists/powers?body=x&type=…"

}  // namespace dutyatlas::web
