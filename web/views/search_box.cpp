// When the search box searches: Enter, or a pause in typing (see search_box.h).
#include "web/views/search_box.h"

#include <emscripten.h>
#include <imgui.h>

#include "web/client.h"
#include "web/text_input.h"

namespace dutyatlas::web {
namespace {

// Long enough for the next character of a word typed or written at a steady pace (pinyin
// typists commit a word every ~0.5 s, handwriting a character every ~0.5–1 s, and an IME
// composition holds the pause open however long it takes); short enough that results still
// follow the typing.
constexpr double kPauseSeconds = 0.8;

struct Typing {
  bool waiting = false;  // the box's text changed and has not been searched yet
  double since = 0;      // when it last changed (ImGui::GetTime())
};
Typing g_typing;

// The page draws frames only when something happens: the end of a pause is such a thing.
void wake(void*) { client().request_frames(); }

}  // namespace

bool search_box_submits(bool changed, bool entered, bool active, bool narrow) {
  double now = ImGui::GetTime();
  if (changed) {
    g_typing = {true, now};
    if (!narrow) emscripten_async_call(wake, nullptr, int(kPauseSeconds * 1000) + 20);
  }
  if (entered) {
    g_typing.waiting = false;
    return true;
  }
  if (!active) g_typing.waiting = false;
  if (!g_typing.waiting || narrow || text_input::composing()) return false;
  if (now - g_typing.since < kPauseSeconds) return false;
  g_typing.waiting = false;
  return true;
}

}  // namespace dutyatlas::web
