#include "web/history_state.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <set>

#include "core/iso_date.h"

namespace dutyatlas::web {
namespace {

void copy_to(char* buffer, std::size_t size, const std::string& text) {
  std::snprintf(buffer, size, "%s", text.c_str());
}

// The route's date parameter if it is a date; otherwise "" and, if something was given, the
// text in `error`.
std::string route_date(const Route& route, const char* name, std::string* error) {
  const std::string& value = route.param(name);
  if (value.empty() || is_valid_date(value)) return value;
  *error = value;
  return {};
}

void load_body(const DutyDatabase& db, const std::string& id, HistoryState* state) {
  std::optional<Body> body = find_body(db, id);
  if (!body) return;
  state->body_found = true;
  state->body_id = body->id;
  state->body_name = body->name;
  // The chips: every document that set or changed the body's duties, by effective date.
  if (auto timeline = body_timeline(db, id)) {
    for (const TimelineEntry& entry : timeline->entries) {
      if (!state->date_choices.empty() && state->date_choices.back().date == entry.document.effective) {
        continue;  // two documents on one day: one date
      }
      state->date_choices.push_back({entry.document.effective, entry.document.doc_no, entry.sanding});
    }
    state->timeline = std::move(timeline);
  }
}

void load_history(const DutyDatabase& db, const Route& route, HistoryState* state) {
  load_body(db, route.id, state);
  if (!state->body_found) return;
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
  // Every change once, for the years; the demo holds a few hundred, a real district a few
  // thousand — small next to what a frame draws.
  std::vector<DutyChangeRecord> all = district_changes(db, "", "");
  std::set<std::string> years;
  for (const auto& r : all) {
    if (r.date.size() >= 4) years.insert(r.date.substr(0, 4));
  }
  state->years.assign(years.rbegin(), years.rend());
  state->year = route.id;
  if (state->year.empty() && !state->years.empty()) state->year = state->years.front();
  state->body_filter = route.param("body");
  std::string kind;
  if (parse_change_kind(route.param("kind"), &kind)) state->kind_filter = kind;

  std::vector<DutyChangeRecord> in_year;
  for (auto& r : all) {
    if (r.date.compare(0, 4, state->year) == 0 && r.date.size() >= 4 && state->year.size() == 4) {
      in_year.push_back(std::move(r));
    }
  }
  // Filter chips: the bodies and kinds of the year (before the filters, so each can be chosen).
  std::set<std::string> seen;
  auto add_body = [&](const std::string& id, const std::string& name) {
    if (!id.empty() && seen.insert(id).second) state->bodies_in_year.push_back({id, name});
  };
  static const char* const kKinds[] = {"sanding", "added", "removed", "reworded", "transferred"};
  state->kind_counts.push_back({"", 0});
  for (const char* k : kKinds) state->kind_counts.push_back({k, 0});
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
  state->kind_counts.erase(std::remove_if(state->kind_counts.begin() + 1, state->kind_counts.end(),
                                          [](const ChangeKindCount& c) { return c.count == 0; }),
                           state->kind_counts.end());
  for (const auto& [id, name] : state->bodies_in_year) {
    if (id == state->body_filter) state->body_filter_name = name;
  }
  for (auto& r : in_year) {
    bool body_ok = state->body_filter.empty() || r.body_id == state->body_filter ||
                   r.other_body_id == state->body_filter;
    bool kind_ok = state->kind_filter.empty() || r.kind == state->kind_filter;
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
