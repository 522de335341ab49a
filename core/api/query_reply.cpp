// The answer shape and parameters of the JSON query fronts (see query_reply.h).
#include "core/api/query_reply.h"

namespace dutyatlas::query_reply {

using nlohmann::json;

json fail(const std::string& message) { return {{"ok", false}, {"error", message}}; }

json succeed(json result) { return {{"ok", true}, {"result", std::move(result)}}; }

std::string string_param(const json& request, const char* key) {
  auto it = request.find(key);
  if (it == request.end() || it->is_null()) return {};
  if (!it->is_string()) throw BadParameter(std::string("参数 \"") + key + "\" 必须是字符串。");
  return it->get<std::string>();
}

}  // namespace dutyatlas::query_reply
