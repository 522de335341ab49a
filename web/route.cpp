#include "web/route.h"

#include "core/base/percent_encoding.h"
#include "core/base/utf8.h"

namespace dutyatlas::web {
namespace {

// Ids are slugs (the builder checks): anything else in a URL is not one of ours.
bool is_slug(std::string_view s) {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  return true;
}

constexpr std::size_t kMaxSearchText = 2000;  // what the search box and 谁来管 accept
// Parameter names are short words of our own (q, sort, cols, a facet's name): anything longer,
// or more parameters than any view uses, is not a route of ours and is dropped.
constexpr std::size_t kMaxParamName = 64;
constexpr std::size_t kMaxParams = 32;

}  // namespace

const std::string& Route::param(const std::string& name) const {
  static const std::string kNone;
  auto it = params.find(name);
  return it == params.end() ? kNone : it->second;
}

Route Route::with(const std::string& name, const std::string& value) const {
  Route copy = *this;
  if (value.empty()) {
    copy.params.erase(name);
  } else {
    copy.params[name] = value;
  }
  return copy;
}

namespace {

struct RouteName {
  Route::Kind kind;
  std::string_view head;
  bool slug_id;  // the id is a body id or category code (checked), else free text
};
constexpr RouteName kRouteNames[] = {
    {Route::Kind::kCategory, "category", true}, {Route::Kind::kBody, "body", true},
    {Route::Kind::kSearch, "search", false},    {Route::Kind::kWho, "who", false},
    {Route::Kind::kDocuments, "documents", false}, {Route::Kind::kDocument, "document", false},
    {Route::Kind::kHistory, "history", true},   {Route::Kind::kCompare, "compare", true},
    {Route::Kind::kChanges, "changes", false},  {Route::Kind::kLists, "lists", false},
    {Route::Kind::kListItem, "item", false},    {Route::Kind::kAudit, "audit", false},
};

std::map<std::string, std::string> parse_params(std::string_view query) {
  std::map<std::string, std::string> params;
  while (!query.empty()) {
    std::size_t amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    std::size_t eq = pair.find('=');
    std::string name = percent_decode(pair.substr(0, eq));
    std::string value = eq == std::string_view::npos ? std::string() : percent_decode(pair.substr(eq + 1));
    if (name.empty() || value.empty() || !is_valid_utf8(name) || !is_valid_utf8(value)) continue;
    if (name.size() > kMaxParamName || value.size() > kMaxSearchText * 4) continue;
    if (params.size() >= kMaxParams) break;
    params[name] = value;
  }
  return params;
}

}  // namespace

Route parse_route(std::string_view hash) {
  if (!hash.empty() && hash[0] == '#') hash.remove_prefix(1);
  if (!hash.empty() && hash[0] == '/') hash.remove_prefix(1);
  std::size_t question = hash.find('?');
  std::string_view query = question == std::string_view::npos ? std::string_view() : hash.substr(question + 1);
  hash = hash.substr(0, question);
  std::size_t slash = hash.find('/');
  std::string_view head = hash.substr(0, slash);
  std::string_view rest = slash == std::string_view::npos ? std::string_view() : hash.substr(slash + 1);
  for (const RouteName& name : kRouteNames) {
    if (head != name.head) continue;
    Route route{name.kind, "", parse_params(query)};
    if (name.kind == Route::Kind::kWho) return route;
    if (name.slug_id) {
      while (!rest.empty() && rest.back() == '/') rest.remove_suffix(1);
      if (!is_slug(rest)) return {};
      route.id = std::string(rest);
    } else {
      route.id = percent_decode(rest);
      if (!is_valid_utf8(route.id) || route.id.size() > kMaxSearchText * 4) return {};
    }
    return route;
  }
  return {};
}

std::string format_route(const Route& route) {
  std::string out = "#/";
  for (const RouteName& name : kRouteNames) {
    if (name.kind != route.kind) continue;
    out += name.head;
    if (route.kind != Route::Kind::kWho &&
        (!route.id.empty() || route.kind == Route::Kind::kSearch)) {
      out += "/" + percent_encode(route.id);
    }
  }
  char separator = '?';
  for (const auto& [name, value] : route.params) {
    if (value.empty()) continue;
    out += separator + percent_encode(name) + "=" + percent_encode(value);
    separator = '&';
  }
  return out;
}

}  // namespace dutyatlas::web
