#include "web/route.h"

#include "core/utf8.h"

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

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

constexpr std::size_t kMaxSearchText = 2000;  // what the search box and 谁来管 accept

}  // namespace

std::string percent_encode(std::string_view text) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_' || c == '.' || c == '~';
    if (unreserved) {
      out.push_back(char(c));
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

std::string percent_decode(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    int high = i + 2 < text.size() && text[i] == '%' ? hex_value(text[i + 1]) : -1;
    int low = high >= 0 ? hex_value(text[i + 2]) : -1;
    if (text[i] == '%' && high >= 0 && low >= 0) {
      out.push_back(char(high * 16 + low));
      i += 2;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

Route parse_route(std::string_view hash) {
  if (!hash.empty() && hash[0] == '#') hash.remove_prefix(1);
  if (!hash.empty() && hash[0] == '/') hash.remove_prefix(1);
  std::size_t slash = hash.find('/');
  std::string_view head = hash.substr(0, slash);
  std::string_view rest = slash == std::string_view::npos ? std::string_view() : hash.substr(slash + 1);
  if (head == "who") return {Route::Kind::kWho, ""};
  if (head == "search") {
    std::string text = percent_decode(rest);
    if (!is_valid_utf8(text) || text.size() > kMaxSearchText * 4) return {};
    return {Route::Kind::kSearch, text};
  }
  while (!rest.empty() && rest.back() == '/') rest.remove_suffix(1);
  if (!is_slug(rest)) return {};
  if (head == "body") return {Route::Kind::kBody, std::string(rest)};
  if (head == "category") return {Route::Kind::kCategory, std::string(rest)};
  return {};
}

std::string format_route(const Route& route) {
  switch (route.kind) {
    case Route::Kind::kBody: return "#/body/" + route.id;
    case Route::Kind::kCategory: return "#/category/" + route.id;
    case Route::Kind::kSearch: return "#/search/" + percent_encode(route.id);
    case Route::Kind::kWho: return "#/who";
    case Route::Kind::kHome: break;
  }
  return "#/";
}

}  // namespace dutyatlas::web
