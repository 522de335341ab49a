// The printable document of the view on screen (see print_view.h).
#include "web/print_view.h"

#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/api/dispatch_print.h"
#include "core/base/print_page.h"
#include "core/documents/document_print.h"
#include "core/duties/body_print.h"
#include "core/history/compare_print.h"
#include "web/automation.h"
#include "web/browser.h"
#include "web/lists_state.h"
#include "web/ui_text/common.h"

namespace dutyatlas::web {
namespace {

using automation::DrawnItem;
using automation::Role;

PrintSource print_source(const AppState& state) {
  return {state.dataset.name, state.dataset.data_date, state.dataset.sample};
}

// Inside the content region (not the header or the sidebar).
bool in_content(const std::vector<DrawnItem>& items, const DrawnItem& item) {
  for (int at = item.parent; at >= 0; at = items[std::size_t(at)].parent) {
    if (items[std::size_t(at)].role == Role::kMain) return true;
  }
  return false;
}

// What a reader sees of an item: a link row's name with its facts where the layer reads both.
const std::string& shown_text(const DrawnItem& item) {
  bool extends = item.label.size() > item.text.size() && item.label.compare(0, item.text.size(), item.text) == 0;
  return extends ? item.label : item.text;
}

// Any other view: the content region's items as running text, headings as headings.
std::string drawn_text_document(const AppState& state) {
  const std::vector<DrawnItem>& items = automation::drawn_items();
  std::string title;
  std::string body;
  std::string last_text;
  Role last_role = Role::kAuto;
  for (const DrawnItem& item : items) {
    if (item.text.empty() || !in_content(items, item)) continue;
    const std::string& text = shown_text(item);
    if (text == last_text) continue;  // a row and the link inside it say the same
    switch (item.role) {
      case Role::kHeading:
        if (item.level == 1 && title.empty()) title = text;
        else body += (item.level <= 2 ? "<h2>" : "<h3>") + html_escape(text) + (item.level <= 2 ? "</h2>\n" : "</h3>\n");
        break;
      case Role::kText:
      case Role::kStatus:
        body += "<p class=\"text\">" + html_escape_lines(text) + "</p>\n";
        break;
      case Role::kLink:
      case Role::kAuto:
      case Role::kListItem:
        if (text.compare(0, std::string_view(text::kBackMark).size(), text::kBackMark) == 0) continue;
        body += "<p class=\"item\">" + html_escape_lines(text) + "</p>\n";
        break;
      case Role::kRow:
      case Role::kColumnHeader: {
        std::string cells = html_escape_lines(text);
        for (std::size_t tab = cells.find('\t'); tab != std::string::npos; tab = cells.find('\t', tab)) {
          cells.replace(tab, 1, text::kDot);
        }
        bool heading = item.role == Role::kColumnHeader;
        if (heading && last_role == Role::kColumnHeader) {  // the header cells on one line
          body.insert(body.size() - std::string_view("</p>\n").size(), text::kDot + cells);
        } else {
          body += std::string(heading ? "<p class=\"item head\">" : "<p class=\"item\">") + cells + "</p>\n";
        }
        break;
      }
      case Role::kTextBox:
      case Role::kTextArea:  // what the reader typed (a complaint, a search)
        body += "<p class=\"typed\">" + html_escape_lines(text) + "</p>\n";
        break;
      default:  // buttons, chips and containers: controls, not content
        continue;
    }
    last_text = text;
    last_role = item.role;
  }
  if (title.empty()) title = state.dataset.title.empty() ? state.dataset.name : state.dataset.title;
  std::string h = print_page_start(title, /*landscape=*/false,
                                   std::string(kPrintProseCss) +
                                       "p.item { margin: 0 0 3pt 0; }\n"
                                       "p.head { font-weight: bold; }\n"
                                       "p.typed { margin: 4pt 0 8pt 0; padding: 4pt 8pt; "
                                       "border-left: 2pt solid #888; background: #f4f4f4; }\n");
  h += "<p class=\"meta\">" + print_source_line(print_source(state)) + "</p>\n";
  h += body;
  h += kPrintPageEnd;
  return h;
}

// The view's own document, where it has one and its data is there.
std::optional<std::string> own_document(const AppState& state) {
  if (!state.db) return std::nullopt;
  switch (state.route.kind) {
    case Route::Kind::kBody:
      return body_print_html(*state.db, state.route.id);
    case Route::Kind::kDocument:
      if (!state.documents.document) return std::nullopt;
      return document_print_html(*state.documents.document, print_source(state));
    case Route::Kind::kLists: {
      std::string html;
      if (!list_print_document(state.db.get(), state.lists, &html)) return std::nullopt;
      return html;
    }
    case Route::Kind::kWho: {  // after a 派单: the 派单单 of what was sent
      if (state.last_dispatch_json.empty()) return std::nullopt;
      auto payload = nlohmann::json::parse(state.last_dispatch_json, nullptr, /*allow_exceptions=*/false);
      if (payload.is_discarded()) return std::nullopt;
      return dispatch_print_html(payload, print_source(state));
    }
    case Route::Kind::kCompare: {
      if (!state.history.comparison) return std::nullopt;
      const DatasetInfo& d = state.dataset;
      return comparison_print_html(*state.history.comparison,
                                   {d.name, d.data_date, d.sample, state.history.changes_only});
    }
    default:
      return std::nullopt;
  }
}

}  // namespace

std::string view_print_document(const App& app) {
  const AppState& state = app.state();
  std::optional<std::string> own = own_document(state);
  return own ? *own : drawn_text_document(state);
}

void print_view(const App& app) { browser::print_html(view_print_document(app).c_str()); }

}  // namespace dutyatlas::web
