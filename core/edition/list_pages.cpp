// The edition's 清单查询: every list at a glance, each list paged as real tables (a few hundred
// rows a page, <th scope>), and one page per power, task and division matter with every field,
// its basis and the bodies it names as links.
#include "core/base/percent_encoding.h"
#include "core/edition/edition_page.h"
#include "core/edition/edition_pages.h"
#include "core/edition/edition_paths.h"
#include "core/edition/edition_words.h"

namespace dutyatlas {
namespace {

namespace words = edition_words;

std::string key_before_hash(std::string_view key) {
  std::size_t hash = key.rfind('#');
  return std::string(hash == std::string_view::npos ? key : key.substr(0, hash));
}

std::string list_route(std::string_view kind) { return "#/lists/" + percent_encode(kind); }

std::string role_label(const std::string& kind, const std::string& role) {
  if (role == "implementing") return words::kRoleImplementing;
  if (role == "lead") return words::kRoleLead;
  if (role == "cooperate") return words::kRoleCooperate;
  return kind == "powers" || kind == "responsibilities" ? words::kResponsibleBody : words::kRoleResponsible;
}

// The pager of a list: every page, the current one marked. Above and below the table, each
// with a name of its own (two landmarks of one name confuse a screen reader's landmark list).
std::string pager_html(const std::string& from, const std::string& kind, int page, int pages,
                       const char* label) {
  if (pages <= 1) return {};
  std::string h = "<nav class=\"pager\" aria-label=\"" + std::string(label) + "\">";
  if (page > 1) h += edition_link(from, edition_list_path(kind, page - 1), words::kPreviousPage);
  for (int p = 1; p <= pages; ++p) {
    if (p == page) {
      h += "<span aria-current=\"page\">" + std::to_string(p) + "</span>";
    } else {
      h += edition_link(from, edition_list_path(kind, p), std::to_string(p));
    }
  }
  if (page < pages) h += edition_link(from, edition_list_path(kind, page + 1), words::kNextPage);
  h += "</nav>\n";
  return h;
}

std::string page_of(int page, int pages) {
  char text[64];
  std::snprintf(text, sizeof text, words::kPageOf, page, pages);
  return text;
}

}  // namespace

std::string edition_row_item_kind(std::string_view kind) {
  return kind == "responsibilities" ? "powers" : std::string(kind);
}

std::string edition_row_item_key(std::string_view kind, std::string_view row_key) {
  if (kind == "responsibilities" || kind == "division") return key_before_hash(row_key);
  return std::string(row_key);
}

std::string edition_lists_page(const DutyDatabase& db, const DatasetInfo& info) {
  const std::string path = edition_lists_path();
  std::string description = info.name + words::kLists + words::kColon;
  std::string h = table_start(words::kLists) + "<thead><tr><th scope=\"col\">" +
                  std::string(words::kListName) + "</th><th scope=\"col\">" + words::kRowCount +
                  "</th></tr></thead><tbody>";
  for (const ListKindInfo& kind : list_kinds(db)) {
    h += "<tr><th scope=\"row\">" + edition_link(path, edition_list_path(kind.kind, 1), kind.name) +
         "</th><td>" + std::to_string(kind.count) + "</td></tr>";
    description += kind.name + words::kListSeparator;
  }
  h += "</tbody></table></div>\n";
  return render_edition_page(info, {path, words::kLists, description,
                                    {{words::kHome, edition_home_path()}},
                                    "#/lists", std::move(h)});
}

std::string edition_list_page(const DatasetInfo& info, const ListResult& rows, int page, int pages) {
  const std::string path = edition_list_path(rows.kind, page);
  const std::string item_kind = edition_row_item_kind(rows.kind);
  std::string title = rows.name;
  if (pages > 1) title += words::kOpenParen + page_of(page, pages) + words::kCloseParen;
  std::string description = info.name + rows.name + words::kColon;

  std::string h = pager_html(path, rows.kind, page, pages, words::kPager);
  h += table_start(rows.name) + "<caption>" + escape(rows.name) + " " +
       std::to_string(rows.total) + words::kItemCountUnit;
  if (pages > 1) h += words::kOpenParen + page_of(page, pages) + words::kCloseParen;
  h += "</caption><thead><tr>";
  for (const ListColumn& column : rows.columns) h += "<th scope=\"col\">" + escape(column.label) + "</th>";
  h += "</tr></thead><tbody>";
  for (const ListRow& row : rows.rows) {
    std::string item = edition_item_path(item_kind, edition_row_item_key(rows.kind, row.key));
    h += "<tr>";
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
      // The first column names the row: a row header, and the link to its details.
      if (i == 0) {
        h += "<th scope=\"row\">" + edition_link(path, item, row.cells[i].empty() ? words::kOpenItem : row.cells[i]) + "</th>";
      } else {
        h += "<td>" + escape(row.cells[i]) + "</td>";
      }
    }
    h += "</tr>";
    if (description.size() < 600 && row.cells.size() > 1) description += row.cells[1] + words::kListSeparator;
  }
  h += "</tbody></table></div>\n";
  h += pager_html(path, rows.kind, page, pages, words::kPagerBottom);

  EditionPage out;
  out.path = path;
  out.title = title;
  out.description = description;
  out.breadcrumbs.push_back({words::kHome, edition_home_path()});
  out.breadcrumbs.push_back({words::kLists, edition_lists_path()});
  if (page > 1) out.breadcrumbs.push_back({rows.name, edition_list_path(rows.kind, 1)});
  out.live_route = list_route(rows.kind);
  out.main_html = std::move(h);
  return render_edition_page(info, out);
}

std::string edition_item_page(const DatasetInfo& info, const ListItem& item,
                              std::string_view list_name) {
  const std::string path = edition_item_path(item.kind, item.kind == "division" ? edition_row_item_key(item.kind, item.key) : item.key);
  std::string description = item.title + words::kColon;
  std::string h = "<dl class=\"facts\">";
  for (const ListItemField& field : item.fields) {
    if (field.value.empty()) continue;
    h += "<dt>" + escape(field.label) + "</dt><dd>" + escape(field.value) + "</dd>";
    description += field.label + words::kColon + field.value + " ";
  }
  h += "</dl>\n";
  if (!item.basis.empty()) {
    h += "<h2>" + std::string(words::kBasis) + "</h2>\n<p>" + escape(item.basis) + "</p>\n";
  }
  if (!item.bodies.empty()) {
    h += "<h2>" + std::string(words::kBodiesNamed) + "</h2>\n<ul class=\"plain\">";
    for (const ListItemBody& body : item.bodies) {
      h += "<li>" + role_label(item.kind, body.role) + words::kColon +
           edition_link(path, edition_body_path(body.id), body.name) + "</li>";
    }
    h += "</ul>\n";
  }
  if (!item.responsibilities.empty()) {
    h += "<h2>" + std::string(words::kResponsibilities) + "</h2>\n" + table_start(words::kResponsibilities) + "<thead><tr>" +
         "<th scope=\"col\">" + words::kStage + "</th><th scope=\"col\">" + words::kDuty +
         "</th><th scope=\"col\">" + words::kAccountability + "</th><th scope=\"col\">" +
         words::kResponsibleBody + "</th></tr></thead><tbody>";
    for (const LinkedResponsibility& r : item.responsibilities) {
      h += "<tr id=\"" + escape(percent_encode(r.key)) + "\"><th scope=\"row\">" + escape(r.stage) +
           "</th><td>" + escape(r.duty) + "</td><td>" + escape(r.accountability) + "</td><td>" +
           (r.body_id.empty() ? escape(r.body_name)
                              : edition_link(path, edition_body_path(r.body_id), r.body_name)) +
           "</td></tr>";
    }
    h += "</tbody></table></div>\n";
  }
  if (!item.stages.empty()) {
    h += "<h2>" + std::string(words::kStages) + "</h2>\n" + table_start(words::kStages) + "<thead><tr>";
    for (const ListColumn& column : item.stage_columns) h += "<th scope=\"col\">" + escape(column.label) + "</th>";
    h += "</tr></thead><tbody>";
    for (const ListRow& row : item.stages) {
      h += "<tr>";
      for (std::size_t i = 0; i < row.cells.size(); ++i) {
        const char* tag = i == 0 ? "th scope=\"row\"" : "td";
        h += "<" + std::string(tag) + ">" + escape(row.cells[i]) + (i == 0 ? "</th>" : "</td>");
      }
      h += "</tr>";
    }
    h += "</tbody></table></div>\n";
  }

  return render_edition_page(info, {path, item.title, description,
                                    {{words::kHome, edition_home_path()}, {words::kLists, edition_lists_path()}, {std::string(list_name), edition_list_path(item.kind, 1)}},
                                    "#/item/" + percent_encode(item.kind) + "?key=" + percent_encode(item.key), std::move(h)});
}

}  // namespace dutyatlas
