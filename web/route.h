// Hash routes: every view has a URL that survives reload, can be shared, and works with
// back/forward.
//   #/                    home
//   #/category/<code>     one category of bodies
//   #/body/<id>           one body's page
//   #/search/<text>       search results for <text> (percent-encoded UTF-8)
//   #/who                 谁来管: which body handles a complaint
// Pure string handling, no browser: the page's hashchange events arrive through api.cpp.
#pragma once

#include <string>
#include <string_view>

namespace dutyatlas::web {

struct Route {
  enum class Kind { kHome, kCategory, kBody, kSearch, kWho };
  Kind kind = Kind::kHome;
  std::string id;  // category code, body id, or the search text

  bool operator==(const Route& o) const { return kind == o.kind && id == o.id; }
  bool operator!=(const Route& o) const { return !(*this == o); }
};

// Accepts "#/body/x", "/body/x" or "body/x"; anything unknown is home.
Route parse_route(std::string_view hash);
std::string format_route(const Route& route);  // "#/body/x"

// Percent-encoding of a URL component (RFC 3986 unreserved characters kept) and its inverse;
// decoding never fails (a stray '%' stays as it is).
std::string percent_encode(std::string_view text);
std::string percent_decode(std::string_view text);

}  // namespace dutyatlas::web
