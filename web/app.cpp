// Loading and navigation (see app.h).
#include "web/app.h"

#include <cstdlib>

#include <nlohmann/json.hpp>

#include "core/api/dispatch_json.h"
#include "core/base/dispatch_url.h"
#include "core/api/query_json.h"
#include "core/search/forgiving_search.h"
#include "core/base/utf8.h"
#include "web/ui_text/common.h"
#include "web/ui_text/lists.h"
#include "web/ui_text/search.h"
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
  // A work system that takes 派单 by URL is a receiver too: the buttons are offered.
  if (!state_.manifest.dispatch_url.empty()) state_.dispatch_offered = true;
  state_.phase = LoadPhase::kWaitingForBundle;
  return true;
}

bool App::open_bundle(const std::uint8_t* data, std::size_t size) {
  if (state_.phase != LoadPhase::kWaitingForBundle) return false;
  std::string error;
  // The search index is built after the first frame, in slices (main.cpp): not here.
  auto db = DutyDatabase::open_bundle(data, size, state_.manifest, &error, SearchIndexAt::kLater);
  if (!db) {
    fail(error);
    return false;
  }
  state_.db = std::move(db);
  state_.search_preparing = true;
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
  if (state_.search_preparing && dynamic_cast<const SearchUnavailable*>(&error)) {
    // Not a failure: a list's text filter before the index is built. Refreshed once it is.
    state_.view_error = text::kSearchPreparing;
    return;
  }
  state_.view_error = text::kViewFailed + std::string(error.what());
}

bool App::build_search_slice(std::size_t rows) {
  if (!state_.db || !state_.search_preparing) return true;
  std::string error;
  // The slice that completes the index returns false still: the views are refreshed (the
  // search for the route run, 分析 done) at the next call, a frame later, not in the same frame.
  if (!state_.db->search_ready() && state_.db->build_search_slice(rows, &error)) return false;
  // Ready, or it cannot be built (then search says why: SearchUnavailable's message).
  state_.search_preparing = false;
  const Route::Kind kind = state_.route.kind;
  if (kind == Route::Kind::kSearch || !state_.view_error.empty() || kind == Route::Kind::kLists) {
    load_route_rows();
  }
  if (state_.complaint_pending) {
    state_.complaint_pending = false;
    analyse_complaint();
  }
  return true;
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
    state_.complaint = sent;  // a route value is at most 8,000 bytes: within the box's limit
    analyse_complaint();
  }
}

void App::run_search() {
  state_.search_hits.clear();
  state_.search_counts.clear();
  state_.search_partial = false;
  state_.search_strict_hits = 0;
  state_.search_suggestion.clear();
  if (!state_.db || state_.route.kind != Route::Kind::kSearch || state_.search_preparing) return;
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

void App::analyse_complaint(std::size_t evidence_chars) {
  if (!state_.db) return;
  if (state_.search_preparing) {  // analysed when the index is ready (build_search_slice)
    state_.complaint_pending = true;
    return;
  }
  const bool again = !state_.complaint_analysed.empty();
  std::set<std::string> terms_before = std::move(state_.complaint_terms);
  state_.complaint_analysed = state_.complaint;
  WhoAnswer answer = who_answer(*state_.db, state_.complaint_analysed, 5, evidence_chars);
  state_.who_engine = std::move(answer.candidates);
  state_.who_confidence = std::move(answer.confidence);
  state_.complaint_terms = who_distinctive_terms(*state_.db, state_.complaint_analysed);
  state_.who_choices_carried = again ? carry_choices(state_.who_choices, terms_before,
                                                     state_.complaint_terms, state_.who_engine)
                                     : CarriedChoices{};
  state_.who_choices = state_.who_choices_carried.choices;
  regroup_who_answer();
  state_.last_dispatch = {};  // it was for the complaint before
  state_.last_dispatch_json.clear();
}

// The answer as shown: the engine's and the added bodies, regrouped by the operator's choices.
void App::regroup_who_answer() {
  state_.who_candidates = with_added(state_.who_engine, state_.who_choices, [&](const std::string& id) {
    auto it = state_.body_names.find(id);
    return it == state_.body_names.end() ? id : it->second;
  });
  state_.who_answer = with_choices(state_.who_candidates, state_.who_choices);
}

void App::choose_lead(const std::string& body_id) {
  dutyatlas::choose_lead(&state_.who_choices, state_.who_candidates, body_id);
  regroup_who_answer();
  state_.who_choices_carried = {};  // a notice about earlier choices no longer applies
  state_.who_scroll_to_summary = true;
}

void App::choose_cooperating(const std::string& body_id, bool on) {
  dutyatlas::choose_cooperating(&state_.who_choices, state_.who_candidates, body_id, on);
  regroup_who_answer();
  state_.who_choices_carried = {};
}

void App::add_who_body(const std::string& body_id) {
  if (!state_.body_names.count(body_id)) return;
  dutyatlas::add_body(&state_.who_choices, state_.who_candidates, body_id);
  regroup_who_answer();
  state_.who_choices_carried = {};
  state_.who_add_filter[0] = '\0';
}

namespace {

// The complaint's first words for the confirmation: up to kChars characters, on one line.
std::string complaint_start(const std::string& complaint) {
  constexpr std::size_t kChars = 24;
  std::string out;
  std::size_t chars = 0, pos = 0;
  while (pos < complaint.size() && chars < kChars) {
    std::size_t at = pos;
    next_code_point(complaint, &pos);
    std::string_view c = std::string_view(complaint).substr(at, pos - at);
    out += c == "\n" || c == "\r" || c == "\t" ? std::string_view(" ") : c;
    ++chars;
  }
  if (pos < complaint.size()) out += text::kEllipsis;
  return out;
}

}  // namespace

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
  DispatchConfirmation& shown = state_.last_dispatch;
  shown = {};
  shown.lead = event["lead"]["name"].get<std::string>();
  shown.evidence = event["lead"]["basis"].size();
  for (const auto& c : event["cooperating"]) {
    shown.cooperating.push_back(c["name"].get<std::string>());
    shown.evidence += c["basis"].size();
  }
  shown.complaint_start = complaint_start(state_.complaint_analysed);
  if (!state_.manifest.dispatch_url.empty()) {
    shown.work_system_url = fill_dispatch_url(state_.manifest.dispatch_url, event);
  }
  state_.who_scroll_to_summary = true;
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
  refresh_audit(db, state_.route, &state_.audit);
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
