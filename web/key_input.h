// Keys for ImGui 1.86, which has no input queue: it reads io.KeysDown once a frame, in
// NewFrame, so a key pressed and released before the next frame is never seen down. That is
// not rare: a phone keyboard's 搜索 key, an on-screen keyboard, assistive technology and
// scripted input send the press and the release back to back, and on a busy phone a frame can
// come 100 ms after the press. (Enter lost that way left the search box active with its text,
// and the box later searched that text again over a page opened by a link.)
//
// So the release of a key no frame has seen down yet is held back until a frame has seen the
// press, and then given to ImGui's backend.
#pragma once

struct GLFWwindow;

namespace dutyatlas::web::key_input {

// Once, after ImGui_ImplGlfw_InitForOpenGL(install_callbacks = true): puts itself in front of
// the backend's key callback.
void install(GLFWwindow* window);
// After ImGui::NewFrame(): the keys down so far have been seen.
void frame_began();
// After a frame (all its passes over the page): gives the releases held back. True if any
// (draw another frame, in which ImGui sees the key up).
bool release_held();

}  // namespace dutyatlas::web::key_input
