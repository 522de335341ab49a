// The origin check (web_origin.h).
#include "core/base/web_origin.h"

#include <algorithm>

namespace dutyatlas {
namespace {

bool is_host_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

// A port the browser would keep in the origin: 1–65535, no leading zero, not the scheme's default
// (the browser drops :443 on https and :80 on http, so such an entry would never match).
std::string port_problem(std::string_view port, bool https) {
  if (port.empty() || port.size() > 5 || port[0] == '0' ||
      !std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return "has no valid port after \":\"";
  }
  int number = std::stoi(std::string(port));
  if (number > 65535) return "has a port above 65535";
  if (number == (https ? 443 : 80)) return "names the default port (leave \":" + std::string(port) + "\" out)";
  return {};
}

}  // namespace

std::string web_origin_problem(std::string_view text) {
  if (text == "*" || text.find('*') != std::string_view::npos) {
    return "is a wildcard (name each portal's origin)";
  }
  bool https = text.rfind("https://", 0) == 0;
  if (!https && text.rfind("http://", 0) != 0) return "is not an http:// or https:// origin";
  std::string_view rest = text.substr(https ? 8 : 7);
  std::size_t end = rest.find_first_of("/?#");
  if (end != std::string_view::npos) return "has a path, query or fragment (an origin ends at the host or port)";
  std::size_t colon = rest.find(':');
  std::string_view host = rest.substr(0, colon);
  if (host.empty()) return "has no host";
  if (!std::all_of(host.begin(), host.end(), is_host_char)) {
    return "has a host with characters a browser would not keep (lowercase letters, digits, '-' and '.')";
  }
  if (host.front() == '.' || host.back() == '.' || host.front() == '-') return "has a malformed host";
  if (colon != std::string_view::npos) return port_problem(rest.substr(colon + 1), https);
  return {};
}

}  // namespace dutyatlas
