// Loading and navigation (see app.h).
#include "web/app.h"

#include <cstdlib>

#include <nlohmann/json.hpp>

#include "core/api/dispatch_json.h"
#include "core/api/query_json.h"
#include "core/search/forgiving_search.h"
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
  // #/who?text=…: a sentence sent from the search results (用谁来管分析这段话), analysed at once.
  const std::string& sent = route.param("text");
  if (route.kind == Route::Kind::kWho && !sent.empty() && sent != state_.complaint_analysed) {
    set_text_box(state_.complaint, sizeof state_.complaint, sent);
    analyse_complaint();
  }
}

void App::run_search() {
  state_.search_hits.clear();
  state_.search_counts.clear();
  state_.search_partial = false;
  state_.search_strict_hits = 0;
  state_.search_suggestion.clear();
  if (!state_.db || state_.route.kind != Route::Kind::kSearch) return;
  SearchOptions options;
  options.limit = kSearchResultsShown;
  if (!state_.route.param("kind").empty()) options.kinds = {state_.route.param("kind")};
  options.category = state_.route.param("category");
  SearchAnswer answer = forgiving_search(*state_.db, state_.route.id, options);
  state_.search_hits = std::move(answer.hits);
  state_.search_counts = std::move(answer.counts);
  state_.search_partial = answer.partial;
  state_.search_strict_hits = answer.strict_hits;
  state_.search_suggestion = std::move(answer.suggestion);
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
  if (!state_.db) return {};
  std::string error;
  auto payload = dispatch_json(*state_.db, state_.who_candidates,
                               {state_.complaint_analysed, lead_id, cooperating_ids}, &error);
  if (!payload) return {};  // the view offers only bodies of the answer, each once
  // The publication it was decided on: the bundle's hash, as its file name carries it.
  (*payload)["version"] = state_.manifest.bundle.sha256.substr(0, 16);
  const json& event = *payload;
  state_.last_dispatch_json = event.dump(-1, ' ', false, json::error_handler_t::replace);
  state_.last_dispatch_summary = event["lead"]["name"].get<std::string>();
  if (!cooperating_ids.empty()) {
    state_.last_dispatch_summary += "（" + std::string(text::kLeadRole) + "）";
    for (const auto& c : event["cooperating"]) {
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
