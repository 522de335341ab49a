// Hash routes: every view has a URL that survives reload and works with back/forward.
//   #/                    home
//   #/category/<code>     one category of bodies
//   #/body/<id>           one body's page
// Pure string handling, no browser: the page's hashchange events arrive through api.cpp.
#pragma once

#include <string>
#include <string_view>

namespace dutyatlas::web {

struct Route {
  enum class Kind { kHome, kCategory, kBody };
  Kind kind = Kind::kHome;
  std::string id;  // category code or body id

  bool operator==(const Route& o) const { return kind == o.kind && id == o.id; }
  bool operator!=(const Route& o) const { return !(*this == o); }
};

// Accepts "#/body/x", "/body/x" or "body/x"; anything unknown is home.
Route parse_route(std::string_view hash);
std::string format_route(const Route& route);  // "#/body/x"

}  // namespace dutyatlas::web
