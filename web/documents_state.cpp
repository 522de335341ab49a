// Loading what the document archive's routes show (see documents_state.h).
#include "web/documents_state.h"

#include "web/text_box.h"

#include <map>

#include "core/duties/duty_queries.h"

namespace dutyatlas::web {
namespace {

// A kind as a code: accepts the codes and the labels (三定规定), anything else is ignored.
std::string kind_code(const std::string& text) {
  for (std::string_view k : document_kinds()) {
    if (k == text || document_kind_label(k) == text) return std::string(k);
  }
  return {};
}

// Bodies named like the typed words, with the documents that concern each under the current
// year and kind; those with none are left out (choosing them would show nothing).
std::vector<DocumentsBodyChoice> bodies_named(const DutyDatabase& db, const DocumentFilter& filter) {
  std::vector<DocumentsBodyChoice> out;
  if (filter.text.empty() || !filter.body_id.empty()) return out;
  std::map<std::string, int> counts = documents_per_body(db, filter);
  for (const Body& body : list_bodies(db)) {
    if (body.name.find(filter.text) == std::string::npos &&
        body.short_name.find(filter.text) == std::string::npos) {
      continue;
    }
    auto count = counts.find(body.id);
    if (count != counts.end()) out.push_back({body.id, body.name, count->second});
    if (out.size() == 12) break;  // enough to choose from; more words narrow it
  }
  return out;
}

}  // namespace

std::string all_document_titles(const DutyDatabase& db) {
  std::string out;
  for (const DocumentSummary& d : list_documents(db, {}).documents) out += d.title;
  return out;
}

Route documents_route(const DocumentFilter& filter) {
  Route route{Route::Kind::kDocuments};
  return route.with("body", filter.body_id)
      .with("year", filter.year)
      .with("kind", filter.kind)
      .with("q", filter.text);
}

void refresh_documents(const DutyDatabase* db, const Route& route, DocumentsState* state) {
  *state = DocumentsState{};
  bool ours = route.kind == Route::Kind::kDocuments || route.kind == Route::Kind::kDocument;
  if (!db || !ours) return;
  state->active = true;
  if (route.kind == Route::Kind::kDocument) {
    state->document = document_detail(*db, route.id);
    return;
  }
  state->filter.body_id = route.param("body");
  state->filter.year = route.param("year");
  state->filter.kind = kind_code(route.param("kind"));
  state->filter.text = route.param("q");
  state->listing = list_documents(*db, state->filter);
  if (!state->filter.body_id.empty()) {
    if (auto body = find_body(*db, state->filter.body_id)) state->body_name = body->name;
  }
  state->body_choices = bodies_named(*db, state->filter);
  // The box shows the route's words: typing replaces the route at every key, so they agree.
  set_text_box(state->text_box, sizeof state->text_box, state->filter.text);
}

}  // namespace dutyatlas::web
