// Loading and navigation (see app.h).
#include "web/app.h"

#include <cstdlib>

#include "core/query_json.h"

namespace dutyatlas::web {

bool App::accept_manifest(std::string_view json) {
  if (state_.phase != LoadPhase::kWaitingForManifest) return false;
  std::string error;
  auto manifest = parse_manifest(json, &error);
  if (!manifest) {
    fail(error);
    return false;
  }
  state_.manifest = *manifest;
  state_.phase = LoadPhase::kWaitingForBundle;
  return true;
}

bool App::open_bundle(const std::uint8_t* data, std::size_t size) {
  if (state_.phase != LoadPhase::kWaitingForBundle) return false;
  std::string error;
  auto db = DutyDatabase::open_bundle(data, size, state_.manifest, &error);
  if (!db) {
    fail(error);
    return false;
  }
  state_.db = std::move(db);
  state_.dataset = dataset_info(*state_.db);
  state_.categories = category_summaries(*state_.db);
  for (Body& body : list_bodies(*state_.db)) {
    state_.body_names[body.id] = body.name;
    state_.bodies_by_category[body.category].push_back(std::move(body));
  }
  load_route_rows();
  state_.phase = LoadPhase::kWaitingForFont;
  return true;
}

bool App::accept_font(std::uint8_t* data, std::size_t size) {
  if (state_.phase != LoadPhase::kWaitingForFont) {
    std::free(data);
    return false;
  }
  pending_font_ = data;
  pending_font_size_ = size;
  state_.phase = LoadPhase::kBuildingFont;
  return true;
}

std::uint8_t* App::take_pending_font(std::size_t* size) {
  std::uint8_t* data = pending_font_;
  *size = pending_font_size_;
  pending_font_ = nullptr;
  pending_font_size_ = 0;
  return data;
}

void App::font_ready() {
  if (state_.phase == LoadPhase::kBuildingFont) state_.phase = LoadPhase::kReady;
}

void App::fail(std::string message) {
  state_.phase = LoadPhase::kFailed;
  state_.error = std::move(message);
}

void App::navigate(const Route& route) {
  state_.route = route;
  load_route_rows();
}

void App::load_route_rows() {
  state_.body.reset();
  state_.body_profile.reset();
  state_.body_affiliated.clear();
  state_.body_documents.clear();
  if (!state_.db || state_.route.kind != Route::Kind::kBody) return;
  const std::string& id = state_.route.id;
  state_.body = find_body(*state_.db, id);
  if (!state_.body) return;
  state_.body_profile = body_profile(*state_.db, id);
  state_.body_affiliated = affiliated_bodies(*state_.db, id);
  state_.body_documents = body_documents(*state_.db, id);
}

std::string App::query(std::string_view request_json) const {
  if (!state_.db) {
    return R"({"ok":false,"error":"数据尚未加载完成，请在 ready 之后查询。"})";
  }
  return answer_query_json(*state_.db, request_json);
}

}  // namespace dutyatlas::web
