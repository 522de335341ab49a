// Selecting and copying the text drawn on the canvas: a drag over paragraphs (clauses, notes,
// titles — everything widgets::paragraph draws) selects from the character where the button
// went down to the one under the pointer, across paragraphs, drawn as a browser draws a
// selection; Ctrl+C (⌘C) copies it to the clipboard as plain text, paragraphs on lines of their
// own; a click anywhere else clears it, as does a new view.
//
// Why on the canvas and not in the accessibility layer's DOM text: the layer lays text out in
// the browser's font, not where the canvas drew it, so a DOM selection would highlight other
// characters than the reader dragged over. Here the selection uses the very line breaks and
// advances the paragraph was drawn with. The layer keeps find-in-page and screen readers.
//
// Paragraphs are told apart by the order the frame draws them in, which is stable while the
// view stays: immediate mode draws the same paragraphs in the same order each frame.
// Not for: text fields (ImGui selects in them itself), links and rows (a drag there is a click).
#pragma once

#include <imgui.h>

#include <string>
#include <utility>
#include <vector>

#include "web/text_layout.h"

namespace dutyatlas::web::text_selection {

// A frame starts drawing `route` (format_route): a new route clears the selection.
void begin_frame(const std::string& route);
// draw_paragraph's part: `text` laid out in `lines`, the first line's top left at `origin`.
// Starts or extends a drag over it, and returns the byte range of `text` selected (empty:
// none). Measures with the current font, as the paragraph was drawn.
std::pair<std::size_t, std::size_t> paragraph(const std::string& text,
                                              const std::vector<LineSpan>& lines, ImVec2 origin,
                                              float line_height);
// Where the selection ends on screen (the bottom right of its last character), for a 复制
// button beside it; false while nothing is selected or the drag goes on.
bool copy_place(ImVec2* where);
// Copies the selection to the clipboard (the 复制 button; Ctrl+C does it in end_frame()).
void copy();
// After the frame: a click that started no selection, on nothing clickable, clears it; Ctrl+C
// copies the selection.
void end_frame();
// The selected text of the last frame ('' when nothing is selected).
const std::string& selected_text();

}  // namespace dutyatlas::web::text_selection
