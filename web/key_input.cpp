// Key releases held back until a frame has seen the press (see key_input.h).
#include "web/key_input.h"

#include <GLFW/glfw3.h>

#include <bitset>
#include <vector>

namespace dutyatlas::web::key_input {
namespace {

constexpr int kKeys = GLFW_KEY_LAST + 1;

struct Release {
  GLFWwindow* window;
  int key;
  int scancode;
  int mods;
};

GLFWkeyfun g_backend = nullptr;  // ImGui's GLFW backend (which chains to main.cpp's)
std::bitset<kKeys> g_unseen;     // pressed since the last NewFrame
std::vector<Release> g_held;

void on_key(GLFWwindow* window, int key, int scancode, int action, int mods) {
  if (key >= 0 && key < kKeys) {
    if (action == GLFW_PRESS) g_unseen.set(key);
    if (action == GLFW_RELEASE && g_unseen.test(key)) {
      g_held.push_back({window, key, scancode, mods});
      return;
    }
  }
  if (g_backend) g_backend(window, key, scancode, action, mods);
}

}  // namespace

void install(GLFWwindow* window) { g_backend = glfwSetKeyCallback(window, on_key); }

void frame_began() { g_unseen.reset(); }

bool release_held() {
  if (g_held.empty()) return false;
  std::vector<Release> held;
  held.swap(g_held);
  for (const Release& r : held) {
    if (g_backend) g_backend(r.window, r.key, r.scancode, GLFW_RELEASE, r.mods);
  }
  return true;
}

}  // namespace dutyatlas::web::key_input
