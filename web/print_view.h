// The printable document of the view on screen: what 打印 in a view hands the browser's print
// dialog, and what Ctrl+P or the browser's print menu prints on any view (site/print.js asks for
// it through da_print_document just before printing). A canvas prints blank, so every view has
// one — never an empty page:
//   #/body/<id>       the body's 三定 (core/duties/body_print.h)
//   #/document/<文号>  the document's full text (core/documents/document_print.h)
//   #/lists/<kind>    the list view, filters and all (list_print_document, web/lists_state.h)
//   #/compare/<body>  新旧对照 (core/history/compare_print.h)
//   any other view    its main text as the last frame drew it — the items the content region
//                     recorded for the automation API (web/automation.h): headings, paragraphs,
//                     rows, the text typed in its boxes — in reading order, as running text in
//                     the same A4 frame. Not its header, sidebar, buttons or chips.
// Complete HTML documents with their own print CSS and page numbers (core/base/print_page.h).
#pragma once

#include <string>

#include "web/app.h"

namespace dutyatlas::web {

std::string view_print_document(const App& app);

// 打印: the view's document to the browser's print dialog.
void print_view(const App& app);

}  // namespace dutyatlas::web
