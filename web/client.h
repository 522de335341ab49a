// The one client instance: the app plus what the frame loop needs. Shared by main.cpp (the
// loop) and api.cpp (the automation API called from JavaScript).
#pragma once

#include "web/app.h"
#include "web/fonts.h"

struct GLFWwindow;

namespace dutyatlas::web {

struct Client {
  App app;
  FontLibrary fonts;
  GLFWwindow* window = nullptr;  // null until main() has set up GL and ImGui
  int frames_pending = 2;        // frames still to draw; the loop idles at zero
  long frames_drawn = 0;
  bool ready_notified = false;

  // Something changed (input, resize, data): draw a couple of frames, then idle again.
  // Two, because ImGui settles hover and layout one frame after an event.
  void request_frames(int n = 2) {
    if (frames_pending < n) frames_pending = n;
  }
};

Client& client();

}  // namespace dutyatlas::web
