// Text entry for ImGui fields in a browser: Chinese IME, phone keyboards and paste.
//
// A canvas receives no IME text, and Emscripten's GLFW makes characters only from `keypress`,
// which pinyin input and phone keyboards never send. So the page keeps a hidden <input>
// (site/loader.js) that is focused while an ImGui text field is active and placed at its text
// cursor — there the IME shows its candidates, and on a phone focusing it opens the keyboard.
// Committed text comes back through da_input_text (api.cpp) → add_committed_text(). Editing
// keys (Backspace, arrows, Enter) still reach ImGui through GLFW.
//
// Committed text is not a keystroke, and two rules of ImGui 1.86 would lose it:
//   * InputText ignores characters while Ctrl (or, on a Mac, ⌘) is down — they are shortcuts
//     there. A paste by Ctrl+V delivers its text while the person still holds Ctrl, so
//     begin_frame() hands page text over with the modifiers released for that one frame, and
//     end_frame() puts them back (no key event can come in between: a frame runs to its end).
//   * Characters no active field takes are thrown away at the end of the frame. Text that
//     arrives before its field is active (typed right after a click, dropped on a field) waits
//     here, for up to kWaitFrames frames, until a field wants text.
// Not for the 谁来管 box, which the page's <textarea> edits as a whole (web/text_area.h).
#pragma once

namespace dutyatlas::web::text_input {

// Hooks ImGui's IME position and clipboard callbacks up to the page. Call once after
// ImGui_ImplGlfw_InitForOpenGL (which installs its own clipboard callbacks).
void install();
// Before ImGui::NewFrame(): hands waiting page text to the active field. True while text is
// still waiting for a field (draw another frame).
bool begin_frame();
// After ImGui::Render(): puts back the modifiers begin_frame() released; focuses the hidden
// input while ImGui wants text, releases it otherwise.
void end_frame();
// Text the page's input committed (UTF-8): typed, chosen in the IME, pasted or dropped.
void add_committed_text(const char* utf8);
// Whether an IME composition is in progress in the page's input (the page says so): a word
// is being written, so nothing that would take the field away (a search) may happen yet.
void set_composing(bool composing);
bool composing();
// The page moved by something else than the field being edited: the address bar, Back, a link
// of the page around the canvas. The route may replace the field's text, but ImGui 1.86 edits
// a copy of the active field's text and writes it back every frame, so the field would put its
// old text back (and the search box search it again): at the next frame, the field lets go.
void release_field();

}  // namespace dutyatlas::web::text_input
