#include "web/text_input.h"

#include <emscripten.h>
#include <imgui.h>

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

bool g_shown = false;
ImVec2 g_cursor(0, 0);

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

void sync_focus() {
  bool want = ImGui::GetIO().WantTextInput;
  if (want) {
    // ImGui reports the cursor's top-left; the line is one font height tall.
    js_text_input_show(int(g_cursor.x), int(g_cursor.y), int(ImGui::GetFontSize() + 4));
  } else if (g_shown) {
    js_text_input_hide();
  }
  g_shown = want;
}

void add_committed_text(const char* utf8) {
  if (utf8 && *utf8) ImGui::GetIO().AddInputCharactersUTF8(utf8);
}

}  // namespace dutyatlas::web::text_input
