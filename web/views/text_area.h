// A multi-line text box that the page edits and the canvas draws: the 谁来管 complaint.
//
// ImGui 1.86's InputTextMultiline does not wrap lines, so a pasted complaint runs off to the
// right. Here the editing belongs to the browser: the accessibility layer's real <textarea>
// (site/text_area.js, mirrored by site/a11y.js over the box) holds the text, caret, selection,
// undo, IME composition and every paste path (Ctrl+V, Shift+Insert, ⌘V, the context menu,
// drag-and-drop). After each change the page sends the whole value and selection
// (da_text_area_edit); the canvas draws them wrapped with the Chinese line-breaking rules
// (web/text_layout.h), line breaks kept, growing with its content up to a maximum height and
// then scrolling. A click or drag in the box places the caret or selection in the <textarea>
// (js: Module.dutyatlasTextArea.select).
//
// The limit: `max_chars` characters (code points). A paste or drop that would go past it is
// refused whole, before it lands, and the box says so (da_text_area_fits); anything else that
// gets past it (an IME commit, which cannot be refused) is cut at the limit, and the box says
// so too. A counter "已输入 N / 上限 M 字" is shown once the text is near the limit.
//
// Not for one-line fields (widgets::text_field: ImGui's own InputText, fed by text_input.h).
// Needs the accessibility layer: without it (?a11y=off, a benchmark setting) the box only shows.
#pragma once

#include <cstddef>
#include <string>

namespace dutyatlas::web::widgets {

// Draws the box for `text`, as wide as the column, `min_height` tall at least; records
// "input:<key>" (role textarea) and, when shown, "input-count:<key>" and "input-refused:<key>".
// True when the page changed the text this frame.
bool text_area(const char* hint, std::string& text, std::size_t max_chars, float min_height,
               const std::string& key);

}  // namespace dutyatlas::web::widgets
