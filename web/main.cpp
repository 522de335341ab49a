// The browser client's entry point: GLFW window on the page's canvas, WebGL2, Dear ImGui, and
// a frame loop that draws only when something changed (no 60 fps loop at rest).
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_internal.h>  // ErrorCheckEndFrameRecover: closing a frame a DatabaseError cut short
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "web/automation.h"
#include "web/browser.h"
#include "web/client.h"
#include "web/key_input.h"
#include "web/keyboard_focus.h"
#include "web/navigation.h"
#include "web/text_input.h"
#include "web/text_selection.h"
#include "web/theme.h"
#include "web/touch_input.h"
#include "web/ui_text/common.h"
#include "web/ui_text/contacts.h"
#include "web/views/views.h"

namespace dutyatlas::web {

Client& client() {
  static Client instance;
  return instance;
}

namespace {

// Every string drawn in the heading font: the atlas for that size holds only these characters.
std::string heading_text(const AppState& state) {
  std::string out = state.dataset.title + text::kSiteName + text::kDistrictAtGlance +
                    text::kSetup + text::kMainDuties + text::kTransformation + text::kDivisions +
                    text::kStaffing + text::kBoundaries + text::kAffiliated + text::kDocuments +
                    text::kBodiesByCategory + text::kSearch + text::kSearchResults + text::kWho +
                    text::kKindBody + text::kKindDuty + text::kKindDivision + text::kKindMatter +
                    text::kKindPower + text::kKindTask + text::kKindDocument +
                    text::kViewFailedTitle + text::kContact + "0123456789";
  out += documents_heading_text(state) + history_heading_text(state) + lists_heading_text(state) +
         who_heading_text(state) + audit_heading_text(state);
  for (const auto& category : state.categories) out += category.name;
  for (const auto& [category, bodies] : state.bodies_by_category) {
    for (const auto& body : bodies) out += body.name;
  }
  return out;
}

// Keeps the canvas's drawing buffer at CSS size × devicePixelRatio, so text is crisp. The
// canvas is sized directly, not through glfwSetWindowSize (which asks for fullscreen when the
// size equals the screen's). Mouse positions then arrive in device pixels; ImGui works in CSS
// pixels. Returns the device pixel ratio; *css and *device receive the two sizes.
float sync_canvas_size(ImVec2* css, ImVec2* device) {
  double css_w = 0, css_h = 0;
  emscripten_get_element_css_size("#canvas", &css_w, &css_h);
  float dpr = float(emscripten_get_device_pixel_ratio());
  int want_w = int(std::lround(css_w * dpr)), want_h = int(std::lround(css_h * dpr));
  int have_w = 0, have_h = 0;
  emscripten_get_canvas_element_size("#canvas", &have_w, &have_h);
  if (want_w > 0 && want_h > 0 && (want_w != have_w || want_h != have_h)) {
    emscripten_set_canvas_element_size("#canvas", want_w, want_h);
  }
  *css = ImVec2(float(css_w), float(css_h));
  *device = ImVec2(float(want_w), float(want_h));
  return dpr;
}

void build_fonts_if_needed(Client& c, float dpr) {
  App& app = c.app;
  if (app.has_pending_font()) {
    std::size_t size = 0;
    std::uint8_t* ttf = app.take_pending_font(&size);
    std::string error;
    if (!c.fonts.adopt(ttf, size, &error)) {
      app.fail(error);
      browser::notify_failure(error.c_str());
      return;
    }
    c.fonts.build(dpr, heading_text(app.state()));
    app.font_ready();
  } else if (app.state().phase == LoadPhase::kReady && !c.fonts.built_for(dpr)) {
    c.fonts.build(dpr, heading_text(app.state()));  // moved to a screen of another density
  }
}

// The CSS cursor over the canvas: what ImGui asks for (a text field's I-beam, a widget's hand),
// else the hand over anything this frame drew as clickable — by its role (automation.h), so no
// card, row or tile that forgot to ask shows a plain arrow — the I-beam over text a drag
// selects (text_selection.h), else the arrow.
const char* css_cursor(const ImGuiIO& io) {
  switch (ImGui::GetMouseCursor()) {
    case ImGuiMouseCursor_Hand: return "pointer";
    case ImGuiMouseCursor_TextInput: return "text";
    default: break;
  }
  const automation::DrawnItem* item = automation::item_at(io.MousePos.x, io.MousePos.y);
  if (!item) return "default";
  if (automation::is_clickable(item->role)) return "pointer";
  bool text = item->role == automation::Role::kText || item->role == automation::Role::kHeading;
  return text ? "text" : "default";
}

// A scroll a view asked for this frame (SetScrollHereY: 设为牵头 brings the 派单方案 into view)
// moves its window only at the next frame's Begin: that frame must be drawn too.
bool scroll_pending() {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  for (int i = 0; i < g.Windows.Size; ++i) {
    const ImVec2& target = g.Windows[i]->ScrollTarget;
    if (target.x != FLT_MAX || target.y != FLT_MAX) return true;
  }
  return false;
}

// Notes every text the frame drew (what it recorded for the automation API and the
// accessibility layer); true if the atlas, not yet complete, lacks some of their characters.
bool atlas_lacks_drawn_text(FontLibrary& fonts) {
  if (fonts.is_complete()) return false;
  bool lacks = false;
  for (const automation::DrawnItem& item : automation::frame_items()) {
    lacks = fonts.note_drawn(item.text) || lacks;
    lacks = fonts.note_drawn(item.label) || lacks;
  }
  return lacks;
}

// A page that keeps drawing new characters (it should not) gets the whole atlas after this many
// passes in one frame.
constexpr int kMaxGlyphPasses = 4;

// One pass of ImGui over the page, drawn on the canvas unless the atlas lacks characters the
// page drew: then nothing is drawn (false), and the pass is to be done again.
bool draw_pass(Client& c, float dpr, ImVec2 css_size, ImVec2 device_size) {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  // The GLFW backend measured in device pixels; ImGui lays out in CSS pixels.
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = css_size;
  io.DisplayFramebufferScale = ImVec2(dpr, dpr);
  if (io.MousePos.x > -FLT_MAX) io.MousePos = ImVec2(io.MousePos.x / dpr, io.MousePos.y / dpr);
  if (touch_input::apply(io)) c.request_frames();
  if (text_input::begin_frame()) c.request_frames();
  ImGui::NewFrame();
  key_input::frame_began();
  std::string route = format_route(c.app.state().route);
  automation::begin_frame(route);
  text_selection::begin_frame(route);
  bool ready = c.app.state().phase == LoadPhase::kReady;
  if (ready) draw_page(c.app, c.fonts.fonts());
  if (finish_navigation(c.app)) c.request_frames();
  const bool shown = !(ready && atlas_lacks_drawn_text(c.fonts));
  if (shown && automation::end_frame()) browser::notify_items_changed();
  text_selection::end_frame();
  if (ready && keyboard_focus::end_frame()) c.request_frames();
  if (scroll_pending()) c.request_frames(1);
  if (!shown) {
    ImGui::EndFrame();
    text_input::end_frame();
    return false;
  }
  ImGui::Render();

  glViewport(0, 0, int(device_size.x), int(device_size.y));
  const ImVec4& bg = theme::kPage;
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  text_input::end_frame();
  if (++c.frames_drawn == 1) browser::notify_first_frame();
  browser::set_cursor(css_cursor(io));

  if (ready && !c.ready_notified) {
    c.ready_notified = true;
    browser::notify_ready();
  }
  return true;
}

void draw_frame() {
  Client& c = client();
  ImVec2 css_size, device_size;
  float dpr = sync_canvas_size(&css_size, &device_size);
  bool was_ready = c.app.state().phase == LoadPhase::kReady;
  c.fonts.set_text_scale(c.app.state().text_scale);
  for (std::size_t piece : c.fonts.take_wanted_pieces()) {
    const FileEntry& file = c.app.state().manifest.typing_fonts[piece].file;
    browser::fetch_typing_font(piece, file.file.c_str(), file.bytes);
  }
  build_fonts_if_needed(c, dpr);
  if (!was_ready && c.app.state().phase == LoadPhase::kReady) c.request_frames();
  if (c.frames_pending <= 0) return;
  --c.frames_pending;
  // Until the atlas is complete (fonts.h), a pass that drew characters it lacks is not shown:
  // the atlas grows and the page is drawn again at once, within the same animation frame, so
  // the browser never shows a missing glyph and never waits a frame for one.
  for (int passes = 1; !draw_pass(c, dpr, css_size, device_size); ++passes) {
    if (passes >= kMaxGlyphPasses) c.fonts.complete();
    build_fonts_if_needed(c, dpr);
  }
  // The frame's passes have seen the keys pressed since the last one: their held-back releases
  // now (key_input.h), seen by the next frame.
  if (key_input::release_held()) c.request_frames();
}

// The frame's boundary for database failures: what a view asks while it draws (rows fetched as
// a table scrolls, an export, 谁来管, the heading font's words) may throw DatabaseError. The
// half-drawn frame is closed and dropped, and the next one shows the message (App::database_failed).
// The search index (core/search/search_index.h) is built after the first frame with data, a
// slice per frame: rows until kSearchSliceMs has passed, in steps of kSearchRowsPerStep, so the
// page keeps answering to scrolls and clicks while it builds (reading the rows and the merge
// into one segment come in steps of their own: SearchIndexBuilder). Measured: docs/benchmarks.md.
constexpr std::size_t kSearchRowsPerStep = 100;
constexpr double kSearchSliceMs = 12;

void build_search_slice(double frame_started, bool was_ready) {
  Client& c = client();
  // Not in the frame that drew the page first (its fonts, its layout): from the next one.
  if (!was_ready || c.search_ready_notified) return;
  if (c.search_started_ms == 0) c.search_started_ms = frame_started;
  bool ready = false;
  const double slice_started = emscripten_get_now();
  do {
    ready = c.app.build_search_slice(kSearchRowsPerStep);
  } while (!ready && emscripten_get_now() - slice_started < kSearchSliceMs);
  ++c.search_frames;
  const double now = emscripten_get_now();
  c.search_longest_frame_ms = std::max(c.search_longest_frame_ms, now - frame_started);
  c.search_longest_slice_ms = std::max(c.search_longest_slice_ms, now - slice_started);
  c.search_slice_ms.push_back(std::round((now - slice_started) * 10) / 10);
  if (!ready) return;
  c.search_build_ms = now - c.search_started_ms;
  c.search_ready_notified = true;
  // The whole atlas now, before the page says it can search: from here no view waits for its
  // characters (missingGlyphs() answers for the whole font).
  c.fonts.complete();
  build_fonts_if_needed(c, float(emscripten_get_device_pixel_ratio()));
  c.request_frames();
  browser::notify_search_ready();
}

void frame() {
  const double started = emscripten_get_now();
  const bool was_ready = client().ready_notified;
  try {
    draw_frame();
    build_search_slice(started, was_ready);
  } catch (const DatabaseError& e) {
    if (ImGui::GetCurrentContext()->WithinFrameScope) {
      ImGui::ErrorCheckEndFrameRecover(nullptr);  // ends the windows and tables left open
      ImGui::EndFrame();
    }
    Client& c = client();
    c.app.database_failed(e);
    if (c.app.state().phase == LoadPhase::kFailed) browser::notify_failure(c.app.state().error.c_str());
    c.request_frames();
  }
}

// Input arrives through GLFW callbacks; ImGui's backend chains to these after its own.
void on_input_cursor(GLFWwindow*, double, double) { client().request_frames(); }
void on_input_button(GLFWwindow*, int, int, int) { client().request_frames(); }
void on_input_scroll(GLFWwindow*, double, double) { client().request_frames(); }
void on_input_key(GLFWwindow*, int, int, int, int) { client().request_frames(); }
void on_input_char(GLFWwindow*, unsigned int) { client().request_frames(); }

}  // namespace
}  // namespace dutyatlas::web

int main() {
  using namespace dutyatlas::web;
  if (!glfwInit()) {
    browser::notify_failure("浏览器无法初始化图形界面。");
    return 1;
  }
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  // The drawing buffer at its final size from the start: the context is created once at that
  // size, not at a default size and then resized in the first frame with data (~0.1 s at a
  // phone's 3x in headless Chromium, on the page's critical path).
  ImVec2 css_size, device_size;
  sync_canvas_size(&css_size, &device_size);
  const bool sized = device_size.x > 0 && device_size.y > 0;
  GLFWwindow* window = glfwCreateWindow(sized ? int(device_size.x) : 1024, sized ? int(device_size.y) : 768,
                                        text::kSiteName, nullptr, nullptr);
  if (!window) {
    browser::notify_failure("浏览器不支持 WebGL2，无法显示本页面，请使用新版浏览器。");
    return 1;
  }
  glfwMakeContextCurrent(window);
  glfwSetCursorPosCallback(window, on_input_cursor);
  glfwSetMouseButtonCallback(window, on_input_button);
  glfwSetScrollCallback(window, on_input_scroll);
  glfwSetKeyCallback(window, on_input_key);
  glfwSetCharCallback(window, on_input_char);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout comes from the route, not from saved window positions
  // No blinking caret: it would need a frame every half second, and the page idles at rest.
  io.ConfigInputTextCursorBlink = false;
  theme::apply();
  ImGui_ImplGlfw_InitForOpenGL(window, /*install_callbacks=*/true);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  // Now, while ImGui's own small font is the atlas: the backend's first NewFrame creates its
  // device objects, and with them uploads the atlas again — 33 MB at a phone's 3x, a quarter of a
  // second in the first frame with data, had it waited until then.
  ImGui_ImplOpenGL3_CreateDeviceObjects();
  text_input::install();
  key_input::install(window);
  client().window = window;
  emscripten_set_main_loop(frame, 0, false);
  return 0;
}
