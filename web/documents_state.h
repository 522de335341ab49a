// 职责文件档案库 (#/documents, #/document/<文号>): the documents and the one on screen.
// Plain data the views draw from, refreshed by refresh_documents() when the route or the data changes (never
// per frame). No ImGui.
//
//   #/documents?body=<id>&year=<YYYY>&kind=<code>&q=<words>   the archive, filtered
//   #/document/<文号>                                          one document in full
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/documents/document_queries.h"
#include "core/bundle/duty_database.h"
#include "web/route.h"

namespace dutyatlas::web {

struct DocumentsBodyChoice {
  std::string id, name;
  int documents = 0;  // documents that concern it (with the other filters)
};

struct DocumentsState {
  bool active = false;  // the route is one of this module's and the data is loaded

  // #/documents
  DocumentFilter filter;             // as the route says (kind as a code, even if given as label)
  DocumentListing listing;
  std::string body_name;             // the name of filter.body_id ("" if none or unknown)
  // Bodies whose name contains the words typed in the filter box and that have documents: a
  // reader looking for a body's documents picks one to filter by it.
  std::vector<DocumentsBodyChoice> body_choices;
  char text_box[256] = "";           // the filter box; follows the route's q

  // #/document/<文号>
  std::optional<DocumentDetail> document;  // nullopt: unknown 文号 (or not this route)
};

// Loads what `route` shows, if it is one of this module's routes; clears the state otherwise.
// `db` may be null (not loaded yet). The filter box keeps what is typed unless the route's q
// says otherwise (opened from a URL, back/forward).
void refresh_documents(const DutyDatabase* db, const Route& route, DocumentsState* state);

// Every document's title, one after another: the characters the heading font needs for the
// documents' page titles. Asks the database; called once, when the heading atlas is built.
std::string all_document_titles(const DutyDatabase& db);

// The route of the archive filtered as `filter` (empty filters left out of the URL).
Route documents_route(const DocumentFilter& filter);

}  // namespace dutyatlas::web
