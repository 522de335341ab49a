// The one client instance: the app plus what the frame loop needs. Shared by main.cpp (the
// loop) and api.cpp (the automation API called from JavaScript).
#pragma once

#include <vector>
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

  // The search index, built after the first frame with data (main.cpp): when it started and
  // took, the longest frame while building (draw and slice), and how many frames it took.
  double search_started_ms = 0;
  double search_build_ms = 0;
  double search_longest_frame_ms = 0;
  double search_longest_slice_ms = 0;  // of that, the index's own work (and, last, the refresh)
  std::vector<double> search_slice_ms;  // each frame's slice, in order
  int search_frames = 0;
  bool search_ready_notified = false;

  // Something changed (input, resize, data): draw a couple of frames, then idle again.
  // Two, because ImGui settles hover and layout one frame after an event.
  void request_frames(int n = 2) {
    if (frames_pending < n) frames_pending = n;
  }
};

Client& client();

}  // namespace dutyatlas::web
