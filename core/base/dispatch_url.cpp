// The dispatch URL template: checked once, filled with escaped values (see dispatch_url.h).
#include "core/base/dispatch_url.h"

#include <array>

#include "core/base/percent_encoding.h"
#include "core/base/utf8.h"

namespace dutyatlas {
namespace {

using nlohmann::json;

constexpr std::array<std::string_view, 9> kPlaceholders = {
    "complaint", "lead_id", "lead_name", "lead_uscc", "cooperating_ids",
    "cooperating_names", "cooperating_usccs", "data_date", "version"};

constexpr std::size_t kMaxTemplateBytes = 2000;  // a URL a browser and a server both take

bool known(std::string_view name) {
  for (std::string_view p : kPlaceholders) {
    if (p == name) return true;
  }
  return false;
}

std::string text_of(const json& object, const char* name) {
  auto it = object.find(name);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The cooperating bodies' `field`, joined with commas.
std::string cooperating(const json& payload, const char* field) {
  std::string out;
  auto list = payload.find("cooperating");
  if (list == payload.end() || !list->is_array()) return out;
  for (const json& body : *list) {
    if (!body.is_object()) continue;
    out += (out.empty() ? "" : ",") + text_of(body, field);
  }
  return out;
}

std::string value_of(std::string_view name, const json& payload) {
  static const json kNone = json::object();
  auto lead_it = payload.find("lead");
  const json& lead = lead_it != payload.end() && lead_it->is_object() ? *lead_it : kNone;
  if (name == "complaint") return text_of(payload, "complaint");
  if (name == "lead_id") return text_of(lead, "id");
  if (name == "lead_name") return text_of(lead, "name");
  if (name == "lead_uscc") return text_of(lead, "uscc");
  if (name == "cooperating_ids") return cooperating(payload, "id");
  if (name == "cooperating_names") return cooperating(payload, "name");
  if (name == "cooperating_usccs") return cooperating(payload, "uscc");
  if (name == "data_date") return text_of(payload, "data_date");
  if (name == "version") return text_of(payload, "version");
  return {};
}

}  // namespace

std::string dispatch_url_placeholders() {
  std::string out;
  for (std::string_view p : kPlaceholders) out += (out.empty() ? "{" : ", {") + std::string(p) + "}";
  return out;
}

std::string dispatch_url_problem(std::string_view tmpl) {
  if (tmpl.size() > kMaxTemplateBytes) return "is longer than 2000 bytes";
  if (!is_valid_utf8(tmpl)) return "is not valid UTF-8";
  std::size_t scheme_end = tmpl.rfind("://", 8);
  std::string_view scheme = scheme_end == std::string_view::npos ? "" : tmpl.substr(0, scheme_end);
  if (scheme != "https" && scheme != "http") return "does not start with https:// or http://";
  // The host is fixed text: the first '/', '?' or '#' after it comes before any placeholder.
  std::size_t host_start = scheme_end + 3;
  std::size_t host_end = tmpl.find_first_of("/?#", host_start);
  std::string_view host = tmpl.substr(host_start, host_end == std::string_view::npos ? std::string_view::npos
                                                                                     : host_end - host_start);
  if (host.empty()) return "has no host";
  if (host.find_first_of("{}@ \\") != std::string_view::npos) {
    return "has a placeholder, '@', a space or a backslash in its host; placeholders go in the path or query";
  }
  for (unsigned char c : tmpl) {
    if (c < 0x20 || c == 0x7F || c == ' ' || c == '"' || c == '<' || c == '>' || c == '\\') {
      return "holds a space, a quote, '<', '>', a backslash or a control character";
    }
  }
  for (std::size_t at = 0; (at = tmpl.find_first_of("{}", at)) != std::string_view::npos;) {
    if (tmpl[at] == '}') return "has a '}' without its '{'";
    std::size_t close = tmpl.find('}', at);
    if (close == std::string_view::npos) return "has a '{' without its '}'";
    std::string_view name = tmpl.substr(at + 1, close - at - 1);
    if (!known(name)) return "uses the unknown placeholder {" + std::string(name) + "}";
    at = close + 1;
  }
  return {};
}

std::string fill_dispatch_url(std::string_view tmpl, const json& payload) {
  std::string out;
  std::size_t at = 0;
  for (std::size_t open; (open = tmpl.find('{', at)) != std::string_view::npos;) {
    std::size_t close = tmpl.find('}', open);
    if (close == std::string_view::npos) break;
    out.append(tmpl.substr(at, open - at));
    out += percent_encode(value_of(tmpl.substr(open + 1, close - open - 1), payload));
    at = close + 1;
  }
  out.append(tmpl.substr(at));
  return out;
}

}  // namespace dutyatlas
