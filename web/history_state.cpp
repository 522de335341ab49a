#include "web/history_state.h"
#include "web/text_box.h"

#include <algorithm>
#include <chrono>
#include <set>

#include "core/history/history_dates.h"
#include "core/base/iso_date.h"

namespace dutyatlas::web {
namespace {

void copy_to(char* buffer, std::size_t size, const std::string& text) {
  set_text_box(buffer, size, text);
}

// The route's date parameter if it is a date; otherwise "" and, if something was given, the
// text in `error`.
std::string route_date(const Route& route, const char* name, std::string* error) {
  const std::string& value = route.param(name);
  if (value.empty() || is_valid_date(value)) return value;
  *error = value;
  return {};
}

// The body and the dates its documents offer as chips (one per day).
void load_body(const DutyDatabase& db, const std::string& id, HistoryState* state) {
  std::optional<Body> body = find_body(db, id);
  if (!body) return;
  state->body_found = true;
  state->body_id = body->id;
  state->body_name = body->name;
  for (const DocumentSummary& d : body_documents(db, id)) {
    if (!state->date_choices.empty() && state->date_choices.back().date == d.effective) {
      state->date_choices.back().sanding |= d.kind == "sanding";
      continue;  // two documents on one day: one date
    }
    state->date_choices.push_back({d.effective, d.doc_no, d.kind == "sanding"});
  }
}

void load_history(const DutyDatabase& db, const Route& route, HistoryState* state) {
  load_body(db, route.id, state);
  if (!state->body_found) return;
  state->timeline = body_timeline(db, route.id);
  std::string date = route_date(route, "date", &state->date_error);
  state->date_from_route = !date.empty();
  state->profile = body_profile(db, route.id, date);
  copy_to(state->date_input, sizeof state->date_input, date);
}

void load_compare(const DutyDatabase& db, const Route& route, HistoryState* state) {
  load_body(db, route.id, state);
  if (!state->body_found) return;
  std::string from = route_date(route, "from", &state->from_error);
  std::string to = route_date(route, "to", &state->to_error);
  auto start = std::chrono::steady_clock::now();
  state->comparison = compare_duties(db, route.id, from, to);
  state->compare_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  state->changes_only = route.param("changes") == "1";
  if (state->comparison) {
    if (state->changes_only) drop_unchanged(&*state->comparison);
    copy_to(state->from_input, sizeof state->from_input, state->comparison->from_date);
    copy_to(state->to_input, sizeof state->to_input, state->comparison->to_date);
  }
}

void load_changes(const DutyDatabase& db, const Route& route, HistoryState* state) {
  state->years = change_years(db);
  state->body_filter = route.param("body");
  ChangeKind kind;
  if (parse_change_kind(route.param("kind"), &kind)) state->kind_filter = kind;
  state->year = route.id;
  bool is_year = state->year.size() == 4 &&
                 std::all_of(state->year.begin(), state->year.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!is_year) {
    // No year (or not a year): the latest with changes — of the chosen body, if there is one.
    std::vector<std::string> years = state->body_filter.empty() ? state->years
                                                                : change_years(db, state->body_filter);
    state->year = years.empty() ? (state->years.empty() ? "" : state->years.front()) : years.front();
  }
  if (state->year.empty()) return;
  // The year's changes, all kinds and bodies: the chips count them before the filters apply.
  std::vector<DutyChangeRecord> in_year =
      district_changes(db, state->year + "-01-01", state->year + "-12-31");
  // Filter chips: the bodies and kinds of the year (before the filters, so each can be chosen).
  std::set<std::string> seen;
  auto add_body = [&](const std::string& id, const std::string& name) {
    if (!id.empty() && seen.insert(id).second) state->bodies_in_year.push_back({id, name});
  };
  state->kind_counts.push_back({std::nullopt, 0});
  for (ChangeKind k : kChangeKinds) state->kind_counts.push_back({k, 0});
  for (const auto& r : in_year) {
    add_body(r.body_id, r.body_name);
    add_body(r.other_body_id, r.other_body_name);
    bool body_ok = state->body_filter.empty() || r.body_id == state->body_filter ||
                   r.other_body_id == state->body_filter;
    if (!body_ok) continue;
    ++state->kind_counts.front().count;
    for (auto& c : state->kind_counts) {
      if (c.kind == r.kind) ++c.count;
    }
  }
  // Kinds that do not occur are left out — except the one chosen, so it can be unchosen.
  state->kind_counts.erase(
      std::remove_if(state->kind_counts.begin() + 1, state->kind_counts.end(),
                     [&](const ChangeKindCount& c) { return c.count == 0 && c.kind != state->kind_filter; }),
      state->kind_counts.end());
  if (!state->body_filter.empty()) {
    if (std::optional<Body> body = find_body(db, state->body_filter)) {
      state->body_filter_name = body->name;
      add_body(body->id, body->name);  // chosen but without changes this year: still a chip
    }
  }
  for (auto& r : in_year) {
    bool body_ok = state->body_filter.empty() || r.body_id == state->body_filter ||
                   r.other_body_id == state->body_filter;
    bool kind_ok = !state->kind_filter || r.kind == *state->kind_filter;
    if (body_ok && kind_ok) state->changes.push_back(std::move(r));
  }
}

}  // namespace

void refresh_history(const DutyDatabase* db, const Route& route, HistoryState* state) {
  *state = HistoryState{};
  if (!db) return;
  switch (route.kind) {
    case Route::Kind::kHistory: load_history(*db, route, state); break;
    case Route::Kind::kCompare: load_compare(*db, route, state); break;
    case Route::Kind::kChanges: load_changes(*db, route, state); break;
    default: return;
  }
  state->loaded = true;
  state->data_date = dataset_info(*db).data_date;
}

}  // namespace dutyatlas::web
