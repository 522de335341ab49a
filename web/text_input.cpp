// Text entry for ImGui fields: the page's committed text in, IME position and copy out (see
// text_input.h).
#include "web/text_input.h"

#include <emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>  // whether a field took text in the frame just drawn; which is active

#include <string>

// clang-format off
EM_JS(void, js_text_input_show, (int x, int y, int height), {
  if (Module.dutyatlasTextInput) Module.dutyatlasTextInput.show(x, y, height);
});
EM_JS(void, js_text_input_hide, (), {
  if (Module.dutyatlasTextInput) Module.dutyatlasTextInput.hide();
});
EM_JS(void, js_copy_to_clipboard, (const char* text), {
  if (Module.dutyatlasTextInput) Module.dutyatlasTextInput.copy(UTF8ToString(text));
});
// clang-format on

namespace dutyatlas::web::text_input {
namespace {

// How long committed text waits for a field: a click's field becomes active within two
// frames; a drop plays a click first. Beyond that nothing is going to take it.
constexpr int kWaitFrames = 10;

bool g_shown = false;
ImVec2 g_cursor(0, 0);
std::string g_waiting;  // committed text no field has taken yet
int g_waited = 0;       // frames it has waited
bool g_composing = false;
bool g_field_active = false;  // a text field was active in the frame last drawn
bool g_release_field = false;  // release_field() since the last frame

struct HeldModifiers {
  bool released = false;
  bool ctrl = false;
  bool super = false;
};
HeldModifiers g_held;

void remember_cursor(int x, int y) { g_cursor = ImVec2(float(x), float(y)); }

void copy(void*, const char* text) { js_copy_to_clipboard(text); }

// Pasting arrives as text from the page's input (a paste event), so ImGui's own Ctrl+V must
// insert nothing: the browser gives no synchronous access to the clipboard.
const char* no_clipboard_text(void*) { return ""; }

}  // namespace

void install() {
  ImGuiIO& io = ImGui::GetIO();
  io.ImeSetInputScreenPosFn = remember_cursor;
  io.SetClipboardTextFn = copy;
  io.GetClipboardTextFn = no_clipboard_text;
}

bool begin_frame() {
  if (g_release_field) {
    g_release_field = false;
    ImGuiContext& g = *GImGui;
    if (g.ActiveId != 0 && g.ActiveId == g.InputTextState.ID) ImGui::ClearActiveID();
  }
  if (g_waiting.empty()) return false;
  ImGuiIO& io = ImGui::GetIO();
  if (!g_field_active) {
    if (++g_waited > kWaitFrames) g_waiting.clear();
    return !g_waiting.empty();
  }
  io.AddInputCharactersUTF8(g_waiting.c_str());
  g_waiting.clear();
  g_waited = 0;
  g_held = {true, io.KeyCtrl, io.KeySuper};
  io.KeyCtrl = false;
  io.KeySuper = false;
  return false;
}

void end_frame() {
  ImGuiIO& io = ImGui::GetIO();
  if (g_held.released) {
    io.KeyCtrl = g_held.ctrl;
    io.KeySuper = g_held.super;
    g_held = {};
  }
  // io.WantTextInput says what the frame before this one wanted; this frame's is internal.
  g_field_active = GImGui->WantTextInputNextFrame == 1;
  bool want = io.WantTextInput;
  if (want) {
    // ImGui reports the cursor's top-left; the line is one font height tall.
    js_text_input_show(int(g_cursor.x), int(g_cursor.y), int(ImGui::GetFontSize() + 4));
  } else if (g_shown) {
    js_text_input_hide();
  }
  g_shown = want;
}

void add_committed_text(const char* utf8) {
  if (!utf8 || !*utf8) return;
  g_waiting += utf8;
  g_waited = 0;
}

void set_composing(bool composing) { g_composing = composing; }

bool composing() { return g_composing; }

void release_field() { g_release_field = true; }

}  // namespace dutyatlas::web::text_input
