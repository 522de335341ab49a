#include "web/touch_input.h"

#include <emscripten.h>

#include "web/momentum.h"

namespace dutyatlas::web::touch_input {
namespace {

enum class Phase { kIdle, kHover, kPress, kRelease, kClickHover };

struct State {
  Phase phase = Phase::kIdle;
  ImVec2 position;
  float pending_scroll_px = 0;  // finger movement not yet turned into wheel steps
  bool release_to_idle = false;  // a click(): the real mouse takes over after the release
  Momentum momentum;             // the glide after a flick
  bool held_glide = false;       // this touch stopped a glide: lifting it is no tap
};
State g_state;

}  // namespace

void finger_down(float x, float y, double time_ms) {
  g_state.phase = Phase::kHover;  // hover first, so the window under the finger takes the scroll
  g_state.position = ImVec2(x, y);
  g_state.release_to_idle = false;
  g_state.held_glide = g_state.momentum.gliding();
  g_state.momentum.finger_down(time_ms);
}

void finger_drag(float x, float y, float dy, double time_ms) {
  g_state.position = ImVec2(x, y);
  g_state.pending_scroll_px += dy;
  g_state.momentum.finger_moved(time_ms, dy);
  if (g_state.phase == Phase::kIdle) g_state.phase = Phase::kHover;
}

void finger_up(float x, float y, bool was_tap, double time_ms) {
  g_state.position = ImVec2(x, y);
  // A tap that stopped a gliding page only stops it, as on phones: the reader aimed at nothing.
  bool click = was_tap && !g_state.held_glide;
  g_state.phase = click ? Phase::kPress : Phase::kIdle;
  if (!was_tap) g_state.momentum.finger_up(time_ms);
}

void click(float x, float y) {
  g_state.position = ImVec2(x, y);
  g_state.phase = Phase::kClickHover;
  g_state.release_to_idle = true;
}

void wheel(float dy) { g_state.pending_scroll_px -= dy; }

bool apply(ImGuiIO& io) {
  bool gliding = g_state.momentum.gliding();
  if (gliding) g_state.pending_scroll_px += float(g_state.momentum.step(emscripten_get_now()));
  if (g_state.phase == Phase::kIdle && g_state.pending_scroll_px == 0) return gliding;
  // While gliding the finger's last place stays the mouse: the window under it scrolls on.
  if (g_state.phase != Phase::kIdle || gliding) io.MousePos = g_state.position;
  if (g_state.pending_scroll_px != 0) {
    // ImGui scrolls 5 lines per wheel step: turn the finger's pixels into steps (content follows
    // the finger, so dragging up scrolls down).
    io.MouseWheel += g_state.pending_scroll_px / (5.0f * ImGui::GetFontSize());
    g_state.pending_scroll_px = 0;
  }
  switch (g_state.phase) {
    case Phase::kClickHover:  // a frame of hover first: ImGui clicks what is under the mouse
      io.MouseDown[0] = false;
      g_state.phase = Phase::kPress;
      return true;
    case Phase::kPress:
      io.MouseDown[0] = true;
      g_state.phase = Phase::kRelease;
      return true;
    case Phase::kRelease:
      io.MouseDown[0] = false;
      g_state.phase = g_state.release_to_idle ? Phase::kIdle : Phase::kHover;
      g_state.release_to_idle = false;
      return true;
    default:
      io.MouseDown[0] = false;
      return gliding;
  }
}

}  // namespace dutyatlas::web::touch_input
