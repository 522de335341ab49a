// Keyboard focus of the canvas, kept in step with the page's accessibility layer.
//
// The layer (site/a11y.js) mirrors the recorded items (web/automation.h) as real DOM elements in
// reading order, so the browser's own Tab / Shift+Tab, a screen reader's virtual cursor and
// touch exploration move through them. The layer is the one owner of keyboard focus: it tells
// the client which item has it (set_focus), and the client scrolls that item into view and draws
// the focus ring around it. A click on a mirrored element — Enter, Space, a screen reader's
// activation — arrives as activate(), played as a real click at the item (touch_input::click),
// so it does exactly what a click does. Not for: ImGui's own keyboard navigation, which is off
// (its 1.86 Tab only cycles text fields, and its arrows move spatially, not in reading order).
#pragma once

#include <string>

namespace dutyatlas::web::keyboard_focus {

// The item with the layer's focus: its key and which of the items of that key (0 for the
// first). "" when the focus left the layer (the canvas or nothing has it). A text box that
// takes the focus from the keyboard becomes the field being typed into (`enter_text`).
void set_focus(const std::string& key, int occurrence, bool enter_text);
// Clicks the item, once it is scrolled into view.
void activate(const std::string& key, int occurrence);
// After the frame's items are recorded, before ImGui::Render(): scrolls a newly focused item
// into view, starts pending clicks and draws the ring. True when it needs another frame.
bool end_frame();

}  // namespace dutyatlas::web::keyboard_focus
