// Text entry for ImGui fields in a browser: Chinese IME, phone keyboards and paste.
//
// A canvas receives no IME text, and Emscripten's GLFW makes characters only from `keypress`,
// which pinyin input and phone keyboards never send. So the page keeps a hidden <input>
// (site/loader.js) that is focused while an ImGui text field is active and placed at its text
// cursor — there the IME shows its candidates, and on a phone focusing it opens the keyboard.
// Committed text comes back through da_input_text (api.cpp) → add_committed_text(). Editing
// keys (Backspace, arrows, Enter) still reach ImGui through GLFW.
#pragma once

namespace dutyatlas::web::text_input {

// Hooks ImGui's IME position and clipboard callbacks up to the page. Call once after
// ImGui_ImplGlfw_InitForOpenGL (which installs its own clipboard callbacks).
void install();
// After each frame: focus the hidden input while ImGui wants text, release it otherwise.
void sync_focus();
// Text the page's input committed (UTF-8): typed, chosen in the IME, or pasted.
void add_committed_text(const char* utf8);

}  // namespace dutyatlas::web::text_input
