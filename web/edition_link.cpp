// Route → page of the HTML edition (see edition_link.h).
#include "web/edition_link.h"

#include "core/edition/edition_paths.h"

namespace dutyatlas::web {
namespace {

std::string page_of(const Route& route) {
  switch (route.kind) {
    case Route::Kind::kHome:
    case Route::Kind::kSearch:
    case Route::Kind::kWho:
    case Route::Kind::kAudit: return edition_home_path();  // the edition has no 职责体检
    case Route::Kind::kCategory:
      return route.id.empty() ? edition_home_path() : edition_category_path(route.id);
    case Route::Kind::kBody:
    case Route::Kind::kHistory:  // a body's page carries its 历史沿革
    case Route::Kind::kCompare: return edition_body_path(route.id);
    case Route::Kind::kDocuments: return edition_documents_path();
    case Route::Kind::kDocument: return edition_document_path(route.id);
    case Route::Kind::kChanges:
      // "" is the latest year, which only the data knows: the documents page lists them all.
      return route.id.empty() ? edition_documents_path() : edition_changes_path(route.id);
    case Route::Kind::kLists:
      return route.id.empty() ? edition_lists_path() : edition_list_path(route.id, 1);
    case Route::Kind::kListItem:
      return route.param("key").empty() ? edition_list_path(route.id, 1)
                                        : edition_item_path(route.id, route.param("key"));
  }
  return edition_home_path();
}

}  // namespace

std::string edition_page(const Route& route) {
  if ((route.kind == Route::Kind::kBody || route.kind == Route::Kind::kHistory ||
       route.kind == Route::Kind::kCompare || route.kind == Route::Kind::kDocument) &&
      route.id.empty()) {
    return std::string(kEditionFolder) + "/" + edition_home_path();
  }
  return std::string(kEditionFolder) + "/" + page_of(route);
}

}  // namespace dutyatlas::web
