#include "route.h"

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

}  // namespace

Route parse_route(std::string_view hash) {
  if (!hash.empty() && hash[0] == '#') hash.remove_prefix(1);
  if (!hash.empty() && hash[0] == '/') hash.remove_prefix(1);
  while (!hash.empty() && hash.back() == '/') hash.remove_suffix(1);
  std::size_t slash = hash.find('/');
  if (slash == std::string_view::npos) return {};
  std::string_view head = hash.substr(0, slash), id = hash.substr(slash + 1);
  if (!is_slug(id)) return {};
  if (head == "body") return {Route::Kind::kBody, std::string(id)};
  if (head == "category") return {Route::Kind::kCategory, std::string(id)};
  return {};
}

std::string format_route(const Route& route) {
  switch (route.kind) {
    case Route::Kind::kBody: return "#/body/" + route.id;
    case Route::Kind::kCategory: return "#/category/" + route.id;
    case Route::Kind::kHome: break;
  }
  return "#/";
}

}  // namespace dutyatlas::web
