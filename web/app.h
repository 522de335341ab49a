// The client application: loading, navigation and the automation API's answers.
//
// JS (site/loader.js) drives loading through api.cpp in a fixed order: manifest, bundle, font.
// Each step checks its input and moves `phase` on, or to kFailed with a message. Navigation and
// queries are accepted at any time; before the database is open they are only remembered or
// answered with an error, never run against a database that is not there. A database that
// fails a query (DatabaseError) is a message on the page, never an empty view: the refresh of
// a view catches it here, the frame in main.cpp catches what drawing asks for.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "core/base/database_error.h"
#include "web/app_state.h"

namespace dutyatlas::web {

class App {
 public:
  bool accept_manifest(std::string_view json);
  // Checks and opens the bundle; the bytes stay the caller's.
  bool open_bundle(const std::uint8_t* data, std::size_t size);
  // Takes ownership of `data` (allocated with malloc); the atlas is built at the next frame.
  bool accept_font(std::uint8_t* data, std::size_t size);
  void fail(std::string message);
  // A DatabaseError met while drawing (main.cpp's frame) or refreshing a view: before the
  // client is ready it fails the load (the status card says why); after, the view shows it.
  void database_failed(const DatabaseError& error);

  void navigate(const Route& route);
  // A view's request to navigate, kept until the frame is drawn (navigation.h).
  struct NavigationRequest {
    Route route;
    bool replace = false;  // in place of the current history entry
  };
  void request_navigation(const Route& route, bool replace) { navigation_request_ = {route, replace}; }
  bool navigation_requested() const { return navigation_request_.has_value(); }
  std::optional<NavigationRequest> take_navigation_request() {
    return std::exchange(navigation_request_, std::nullopt);
  }
  // The best results a search shows; the chips count all of them and narrow the rest down.
  static constexpr int kSearchResultsShown = 80;
  // Runs the search in the route (results in state().search_hits, counts in search_counts).
  void run_search();
  // Suggests bodies for the complaint in state().complaint, with evidence of up to
  // `evidence_chars` characters (the view sizes it to its column). The operator's choices are
  // kept if the complaint is still about the same matter (who_groups.h), else cleared.
  void analyse_complaint(std::size_t evidence_chars = kDefaultEvidenceChars);
  // 设为牵头, 作为配合 (on) and 取消配合 (off): regroup the answer (state().who_answer).
  void choose_lead(const std::string& body_id);
  void choose_cooperating(const std::string& body_id, bool on);
  // 添加单位: a body the answer does not hold, by id (the view finds it by name), into 配合.
  void add_who_body(const std::string& body_id);
  // 派单: records the choice as JSON for the page (lead, cooperating, basis) and the on-screen
  // confirmation (state().last_dispatch); returns the JSON.
  std::string dispatch(const std::string& lead_id, const std::vector<std::string>& cooperating_ids);
  std::string query(std::string_view request_json) const;

  const AppState& state() const { return state_; }
  AppState& state() { return state_; }

  // Font bytes waiting for the atlas (see fonts.h); cleared by take_pending_font().
  bool has_pending_font() const { return pending_font_ != nullptr; }
  std::uint8_t* take_pending_font(std::size_t* size);
  void font_ready();
  // Builds the next slice of the search index (`rows` rows; the first call reads the rows, the
  // one after the last merges). True once search is ready (or cannot be: then it says why);
  // the views waiting for it are refreshed then.
  bool build_search_slice(std::size_t rows);

 private:
  // Refreshes the rows the route's view draws from; a DatabaseError becomes state_.view_error.
  void load_route_rows();
  void load_route_rows_or_throw();
  void view_failed(const DatabaseError& error);
  // state().who_candidates and who_answer from the engine's answer and the operator's choices.
  void regroup_who_answer();

  AppState state_;
  std::optional<NavigationRequest> navigation_request_;
  std::uint8_t* pending_font_ = nullptr;
  std::size_t pending_font_size_ = 0;
};

}  // namespace dutyatlas::web
