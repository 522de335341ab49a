// Loading and navigation (see app.h).
#include "web/app.h"

#include <cstdlib>

#include <nlohmann/json.hpp>

#include "core/api/query_json.h"
#include "core/search/snippet.h"
#include "web/ui_text/common.h"
#include "web/text_box.h"

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
  try {
    state_.dataset = dataset_info(*state_.db);
    state_.categories = category_summaries(*state_.db);
    state_.contacts = all_contacts(*state_.db);
    for (Body& body : list_bodies(*state_.db)) {
      state_.body_names[body.id] = body.name;
      state_.bodies_by_category[body.category].push_back(std::move(body));
    }
  } catch (const DatabaseError& e) {
    // Every view needs these: without them there is no page to show.
    fail(text::kDataUnreadable + std::string(e.what()));
    return false;
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

void App::database_failed(const DatabaseError& error) {
  if (state_.phase != LoadPhase::kReady) {
    fail(text::kDataUnreadable + std::string(error.what()));
  } else {
    view_failed(error);
  }
}

void App::view_failed(const DatabaseError& error) {
  state_.view_error = text::kViewFailed + std::string(error.what());
}

void App::navigate(const Route& route) {
  state_.route = route;
  if (route.kind == Route::Kind::kSearch && route.id != state_.search_box) {
    // Opened from a URL: show its text in the box.
    set_text_box(state_.search_box, sizeof state_.search_box, route.id);
  }
  load_route_rows();
}

void App::run_search() {
  state_.search_hits.clear();
  state_.search_counts.clear();
  if (!state_.db || state_.route.kind != Route::Kind::kSearch) return;
  SearchOptions options;
  options.limit = kSearchResultsShown;
  if (!state_.route.param("kind").empty()) options.kinds = {state_.route.param("kind")};
  options.category = state_.route.param("category");
  state_.search_hits = search(*state_.db, state_.route.id, options);
  state_.search_counts = search_counts(*state_.db, state_.route.id);
}

void App::analyse_complaint() {
  if (!state_.db) return;
  state_.complaint_analysed = state_.complaint;
  state_.who_candidates = who_handles(*state_.db, state_.complaint_analysed, 5);
  state_.joint_lead.clear();
  state_.joint_cooperating.clear();
}

std::string App::dispatch(const std::string& lead_id, const std::vector<std::string>& cooperating_ids) {
  using nlohmann::json;
  auto body_entry = [&](const std::string& id) {
    json basis = json::array();
    for (const auto& c : state_.who_candidates) {
      if (c.body_id != id) continue;
      for (const auto& e : c.evidence) {
        basis.push_back({{"kind", e.hit.kind}, {"ref", e.hit.ref}, {"title", e.hit.title},
                         {"text", strip_marks(e.hit.snippet)}, {"role", e.role},
                         {"doc_no", e.doc_no}, {"doc_title", e.doc_title}});
      }
    }
    auto name = state_.body_names.find(id);
    return json{{"id", id}, {"name", name == state_.body_names.end() ? "" : name->second},
                {"basis", basis}};
  };
  json cooperating = json::array();
  for (const auto& id : cooperating_ids) cooperating.push_back(body_entry(id));
  json event = {{"complaint", state_.complaint_analysed},
                {"joint", !cooperating_ids.empty()},
                {"lead", body_entry(lead_id)},
                {"cooperating", cooperating}};
  state_.last_dispatch_json = event.dump(-1, ' ', false, json::error_handler_t::replace);
  state_.last_dispatch_summary = event["lead"]["name"].get<std::string>();
  if (!cooperating_ids.empty()) {
    state_.last_dispatch_summary += "（" + std::string(text::kLeadRole) + "）";
    for (const auto& c : cooperating) {
      state_.last_dispatch_summary += "、" + c["name"].get<std::string>() + "（" + text::kCooperateRole + "）";
    }
  }
  return state_.last_dispatch_json;
}

void App::load_route_rows() {
  state_.view_error.clear();
  try {
    load_route_rows_or_throw();
  } catch (const DatabaseError& e) {
    // Also while loading: the client gets ready and this view says what went wrong.
    view_failed(e);
  }
}

void App::load_route_rows_or_throw() {
  if (state_.route.kind == Route::Kind::kSearch) run_search();
  const DutyDatabase* db = state_.db.get();
  refresh_documents(db, state_.route, &state_.documents);
  refresh_history(db, state_.route, &state_.history);
  refresh_lists(db, state_.route, &state_.lists);
  state_.body.reset();
  state_.body_profile.reset();
  state_.body_affiliated.clear();
  state_.body_documents.clear();
  state_.copied_clause = 0;
  state_.copied_contact.clear();
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
