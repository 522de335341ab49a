// 职责文件档案库: every document with 文号, title, issuer and dates, filtered by body, year and
// kind; one document's full text and the duties it set or changed.
#include <imgui.h>

#include <string>

#include "web/ui_text/archive.h"
#include "web/views/views.h"
#include "web/views/widgets.h"

namespace dutyatlas::web {

std::string archive_heading_text(const AppState&) { return text::kArchive; }

void draw_documents(ViewContext& view) { widgets::page_title(view.fonts, text::kArchive); }

void draw_document(ViewContext& view) { widgets::page_title(view.fonts, text::kArchive); }

}  // namespace dutyatlas::web
