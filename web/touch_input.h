// Touch on phones: a tap clicks, a drag scrolls, a flick glides on after the finger lifts
// (web/momentum.h; a touch on the gliding page stops it without clicking). Also the mouse wheel
// (see wheel()) and the clicks played for the keyboard (see click()).
//
// Emscripten's GLFW forwards touch events as mouse events without their coordinates, so the
// page (site/loader.js) handles touches itself and reports them here: taps as a press in one
// frame and a release in the next (ImGui needs both to see a click), drags as wheel scrolling
// of the window under the finger. apply() runs after the GLFW backend's NewFrame, overriding
// the mouse state it read, while a touch gesture is under way.
#pragma once

#include <imgui.h>

namespace dutyatlas::web::touch_input {

// CSS pixels relative to the canvas; `time_ms` is the touch event's own time (performance.now()
// base): a busy page handles events late, but the flick's speed is the finger's.
void finger_down(float x, float y, double time_ms);
void finger_drag(float x, float y, float dy, double time_ms);
void finger_up(float x, float y, bool was_tap, double time_ms);
// A mouse wheel or touchpad scroll of `dy` CSS pixels (positive: down). Emscripten's GLFW passes
// the browser's pixel delta on as wheel steps, with the sign reversed, so the page reports
// wheels here instead; the mouse position stays GLFW's.
void wheel(float dy);

// A click at (x, y) in CSS pixels — hover, press, release, one frame each — after which the
// mouse is the real one again: what the keyboard and screen readers activate items with
// (web/keyboard_focus.h), so activating an item does exactly what clicking it does.
void click(float x, float y);

// Returns true while it still has input to deliver or a glide under way (the frame loop must
// keep drawing).
bool apply(ImGuiIO& io);

}  // namespace dutyatlas::web::touch_input
