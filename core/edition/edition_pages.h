// The pages of the HTML edition (文字版), one writer per kind of page: data → a whole HTML page
// (edition_page.h's frame), everything escaped. Pure — no I/O — so tests call them directly;
// edition_site.h walks a publication and calls each for every page. Each reads core's own
// queries (duty_queries, document_queries, history_queries, list_query): the same answers the
// live client shows.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/bundle/duty_database.h"
#include "core/documents/document_queries.h"
#include "core/duties/duty_queries.h"
#include "core/lists/list_query.h"

namespace dutyatlas {

// Rows of a list page: a few hundred, so a page stays light on a phone.
inline constexpr std::size_t kEditionRowsPerPage = 300;

// An item of a list that names a body (for the body's 相关清单).
struct BodyListEntry {
  std::string kind, kind_name;  // the list
  std::string key;              // the item's key (edition_item_path(kind, key))
  std::string title;
};
// Body id → the items naming it, per list in list order.
using BodyListIndex = std::map<std::string, std::vector<BodyListEntry>>;

// A body's 联系方式 as a section of its page: phones as tel: links, the website as a link, the
// rest as text; with `sample`, a note that they are fictional. "" for nullopt.
std::string edition_contact_section(const std::optional<Contact>& contact, bool sample);

// The years with duty changes, oldest first ("2019", …).
std::vector<std::string> edition_change_years(const DutyDatabase& db);

std::string edition_home_page(const DutyDatabase& db, const DatasetInfo& info,
                              const std::vector<std::string>& change_years);
std::string edition_category_page(const DutyDatabase& db, const DatasetInfo& info,
                                  const CategorySummary& category);
// `lists`: the items naming the body (may be empty).
std::string edition_body_page(const DutyDatabase& db, const DatasetInfo& info, const Body& body,
                              const std::vector<BodyListEntry>& lists);
std::string edition_documents_page(const DutyDatabase& db, const DatasetInfo& info);
std::string edition_document_page(const DatasetInfo& info, const DocumentDetail& document);
std::string edition_lists_page(const DutyDatabase& db, const DatasetInfo& info);
// One page (from 1) of a list: `rows` holds that page's rows (ListQuery with offset and limit
// kEditionRowsPerPage, default columns, list order).
std::string edition_list_page(const DatasetInfo& info, const ListResult& rows, int page, int pages);
std::string edition_item_page(const DatasetInfo& info, const ListItem& item,
                              std::string_view list_name);
std::string edition_changes_page(const DutyDatabase& db, const DatasetInfo& info,
                                 const std::string& year,
                                 const std::vector<std::string>& change_years);

// Where a list row's details are: powers and tasks have a page per row; a 责任清单 row is shown
// on its power's page and a 职责分工 stage on its matter's page (the key before '#').
std::string edition_row_item_kind(std::string_view kind);
std::string edition_row_item_key(std::string_view kind, std::string_view row_key);

}  // namespace dutyatlas
