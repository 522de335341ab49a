// The C functions site/loader.js calls: loading steps and the automation API
// (window.dutyatlas, documented in README.md). Every function is safe to call at any time,
// in any order, also before main() has run: the App refuses what does not fit its phase.
#include <nlohmann/json.hpp>

#include <emscripten.h>

#include <algorithm>
#include <cstdlib>
#include <malloc.h>
#include <string>
#include <utility>
#include <vector>

#include <imgui.h>
#include <imgui_internal.h>  // the active and hovered ids, for inputState()
#include <nlohmann/json.hpp>

#include "core/api/publication_check.h"
#include "core/base/sha256.h"
#include "core/base/utf8.h"
#include "web/automation.h"
#include "web/browser.h"
#include "web/client.h"
#include "web/fonts.h"
#include "web/print_view.h"
#include "web/route.h"
#include "web/text_input.h"
#include "web/touch_input.h"

using dutyatlas::web::client;

namespace {

// Strings returned to JS stay valid until the next call of the same function.
const char* keep(std::string* slot, std::string value) {
  *slot = std::move(value);
  return slot->c_str();
}

void report_failure_if_any() {
  const auto& state = client().app.state();
  if (state.phase == dutyatlas::web::LoadPhase::kFailed) {
    dutyatlas::web::browser::notify_failure(state.error.c_str());
  }
  client().request_frames();
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE int da_accept_manifest(const char* json) {
  bool ok = client().app.accept_manifest(json ? json : "");
  report_failure_if_any();
  if (ok) {
    std::vector<std::pair<char32_t, char32_t>> ranges;
    for (const auto& piece : client().app.state().manifest.typing_fonts) ranges.emplace_back(piece.first, piece.last);
    client().fonts.set_typing_pieces(std::move(ranges));
  }
  return ok;
}

// Takes ownership of `data` (from _malloc), whatever the outcome.
EMSCRIPTEN_KEEPALIVE int da_open_bundle(std::uint8_t* data, std::size_t size) {
  bool ok = client().app.open_bundle(data, size);
  std::free(data);
  report_failure_if_any();
  return ok;
}

// Takes ownership of `data` (from _malloc), whatever the outcome.
EMSCRIPTEN_KEEPALIVE int da_accept_font(std::uint8_t* data, std::size_t size) {
  auto& manifest = client().app.state().manifest;
  if (size != manifest.font.bytes || dutyatlas::sha256_hex(data, size) != manifest.font.sha256) {
    std::free(data);
    client().app.fail("字体文件与清单不符（大小或校验值不同）：文件已损坏或被替换，请刷新页面重试。");
    report_failure_if_any();
    return 0;
  }
  bool ok = client().app.accept_font(data, size);
  report_failure_if_any();
  return ok;
}

// Piece `index` of the typing font (see fonts.h), fetched after ready because a character in
// it was typed. Takes ownership of `data`; no data (0, 0): the fetch failed, and the next
// character in the piece asks again.
EMSCRIPTEN_KEEPALIVE int da_accept_typing_font(std::size_t index, std::uint8_t* data, std::size_t size) {
  const auto& pieces = client().app.state().manifest.typing_fonts;
  std::string error;
  if (index >= pieces.size() || !data || size != pieces[index].file.bytes || !client().window ||
      dutyatlas::sha256_hex(data, size) != pieces[index].file.sha256) {
    std::free(data);
    client().fonts.typing_piece_failed(index);
    return 0;  // drawing typed characters as boxes is the only consequence: not a failure
  }
  bool ok = client().fonts.adopt_typing_piece(index, data, size, &error);
  client().request_frames();
  return ok;
}

// How many pieces of the typing font have arrived (dutyatlas.stats().typingFontPieces).
EMSCRIPTEN_KEEPALIVE int da_typing_font_pieces() { return int(client().fonts.typing_pieces_loaded()); }

// The background update check (site/updates.js): "" if a newer publication, downloaded but not
// in use, would load; otherwise why not. The data on screen is untouched either way. Takes
// ownership of `bundle` and `font` (from _malloc), whatever the outcome.
EMSCRIPTEN_KEEPALIVE const char* da_check_update(const char* manifest, std::uint8_t* bundle,
                                                 std::size_t bundle_size, std::uint8_t* font,
                                                 std::size_t font_size) {
  static std::string slot;
  std::string verdict =
      dutyatlas::check_publication(manifest ? manifest : "", bundle, bundle_size, font, font_size);
  std::free(bundle);
  std::free(font);
  return keep(&slot, std::move(verdict));
}

EMSCRIPTEN_KEEPALIVE void da_fail(const char* message) {
  client().app.fail(message ? message : "");
  report_failure_if_any();
}

EMSCRIPTEN_KEEPALIVE int da_is_ready() { return client().ready_notified; }
EMSCRIPTEN_KEEPALIVE int da_is_search_ready() { return client().search_ready_notified; }
// What ImGui's input looked like in the last frame, for a test that lost a click: the item
// holding the mouse (active), the one under it (hovered), the button as ImGui saw it.
EMSCRIPTEN_KEEPALIVE const char* da_input_state() {
  static std::string slot;
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  slot = nlohmann::json{{"active_id", g.ActiveId},
                        {"hovered_id", g.HoveredId},
                        {"hovered_window", g.HoveredWindow ? g.HoveredWindow->Name : ""},
                        {"mouse_down", g.IO.MouseDown[0]},
                        {"mouse", {g.IO.MousePos.x, g.IO.MousePos.y}},
                        {"want_text_input", g.IO.WantTextInput}}
             .dump();
  return slot.c_str();
}

// Whether the glyph atlas holds the whole font yet, or only what has been drawn (fonts.h).
EMSCRIPTEN_KEEPALIVE int da_atlas_complete() { return client().fonts.is_complete(); }

// How the search index was built (main.cpp): {"build_ms", "longest_frame_ms",
// "longest_slice_ms", "frames"}.
EMSCRIPTEN_KEEPALIVE const char* da_search_stats() {
  static std::string slot;
  const dutyatlas::web::Client& c = client();
  slot = nlohmann::json{{"build_ms", c.search_build_ms},
                        {"longest_frame_ms", c.search_longest_frame_ms},
                        {"longest_slice_ms", c.search_longest_slice_ms},
                        {"slices_ms", c.search_slice_ms},
                        {"frames", c.search_frames}}.dump();
  return slot.c_str();
}

// The failure the page shows: loading's (the status card) or, once ready, the view's.
EMSCRIPTEN_KEEPALIVE const char* da_error() {
  const auto& state = client().app.state();
  return (state.phase == dutyatlas::web::LoadPhase::kFailed ? state.error : state.view_error).c_str();
}

EMSCRIPTEN_KEEPALIVE void da_navigate(const char* hash) {
  auto route = dutyatlas::web::parse_route(hash ? hash : "");
  // A shared link may hold any text: a search's words, or 谁来管's complaint (?text=) that a
  // portal sends and the view then quotes.
  client().fonts.request_characters(route.id);
  for (const auto& [name, value] : route.params) client().fonts.request_characters(value);
  if (route != client().app.state().route) {
    dutyatlas::web::text_input::release_field();  // moved by the page, not by typing
    client().app.navigate(route);
  }
  client().request_frames();
}

// 派单 / 联合派单 are offered only once someone receives them (an allowed portal through
// site/embed-host.js, or a script of this site through dutyatlas.onDispatch): on the public
// site, with no one to hand the complaint to, the buttons would promise what nothing does.
EMSCRIPTEN_KEEPALIVE void da_offer_dispatch() {
  client().app.state().dispatch_offered = true;
  client().request_frames();
}

// A portal's compact layout (site/embed-host.js): one column, 谁来管 and search first, as on a
// phone, even when the side panel is a little wider than a phone.
EMSCRIPTEN_KEEPALIVE void da_set_compact(int on) {
  client().app.state().compact = on != 0;
  client().request_frames();
}

EMSCRIPTEN_KEEPALIVE const char* da_route() {
  static std::string slot;
  return keep(&slot, dutyatlas::web::format_route(client().app.state().route));
}

// The portals allowed to embed the viewer, as the manifest reader checked them (never "*"):
// site/embed-host.js sends only to these origins (docs/embedding.md).
EMSCRIPTEN_KEEPALIVE const char* da_embed_origins() {
  static std::string slot;
  return keep(&slot, nlohmann::json(client().app.state().manifest.embed_origins).dump());
}

EMSCRIPTEN_KEEPALIVE const char* da_query(const char* request_json) {
  static std::string slot;
  return keep(&slot, client().app.query(request_json ? request_json : ""));
}

// The current view's printable document (web/print_view.h), for Ctrl+P (site/print.js).
EMSCRIPTEN_KEEPALIVE const char* da_print_document() {
  static std::string slot;
  return keep(&slot, dutyatlas::web::view_print_document(client().app));
}

// What the last drawn frame showed (web/automation.h).
EMSCRIPTEN_KEEPALIVE const char* da_drawn_items() {
  static std::string slot;
  const auto& route = client().app.state().route;
  return keep(&slot, dutyatlas::web::automation::drawn_items_json(dutyatlas::web::format_route(route)));
}

// The link under (x, y) in CSS pixels — the item the last frame drew there, if it leads to a
// route (navigation.h's link_to) — as JSON {href, text, x, y, width, height}, or "" (site/links.js).
EMSCRIPTEN_KEEPALIVE const char* da_link_at(float x, float y) {
  static std::string slot;
  const dutyatlas::web::automation::DrawnItem* item = dutyatlas::web::automation::item_at(x, y);
  if (!item || item->href.empty()) return keep(&slot, "");
  nlohmann::json link = {{"href", item->href}, {"text", item->text},    {"x", item->x},
                         {"y", item->y},       {"width", item->width}, {"height", item->height}};
  return keep(&slot, link.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

// Text committed in the page's hidden input (IME, phone keyboard, paste): see text_input.h.
// Ignored before main() has set ImGui up.
EMSCRIPTEN_KEEPALIVE void da_input_text(const char* utf8) {
  if (!client().window) return;
  client().fonts.request_characters(utf8 ? utf8 : "");
  dutyatlas::web::text_input::add_committed_text(utf8);
  client().request_frames();
}

// An IME composition started (1) or ended (0) in the page's input: see text_input.h.
EMSCRIPTEN_KEEPALIVE void da_input_composing(int composing) {
  dutyatlas::web::text_input::set_composing(composing != 0);
  client().request_frames();
}

// Touch gestures from the page (see touch_input.h); coordinates in CSS pixels, the event's
// time in ms (performance.now() base).
EMSCRIPTEN_KEEPALIVE void da_touch(int phase, float x, float y, float dy, double time_ms) {
  namespace touch = dutyatlas::web::touch_input;
  if (phase == 0) touch::finger_down(x, y, time_ms);
  else if (phase == 1) touch::finger_drag(x, y, dy, time_ms);
  else touch::finger_up(x, y, phase == 2, time_ms);
  client().request_frames();
}

// The characters of `utf8` the body font cannot draw right now (empty when all can).
EMSCRIPTEN_KEEPALIVE const char* da_missing_glyphs(const char* utf8) {
  static std::string slot;
  std::string missing;
  const ImFont* font = client().fonts.fonts().body;
  std::string_view text = utf8 ? utf8 : "";
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t start = pos;
    char32_t cp = dutyatlas::next_code_point(text, &pos);
    if (!font || cp > 0xFFFF || !font->FindGlyphNoFallback(ImWchar(cp))) {
      missing.append(text.substr(start, pos - start));
    }
  }
  return keep(&slot, missing);
}

// A wheel scroll from the page, in CSS pixels (see touch_input.h).
EMSCRIPTEN_KEEPALIVE void da_wheel(float dy) {
  dutyatlas::web::touch_input::wheel(dy);
  client().request_frames();
}

EMSCRIPTEN_KEEPALIVE void da_request_redraw() { client().request_frames(); }

// The reader's text size (1 standard, 1.25 大字号), as the page remembered it.
EMSCRIPTEN_KEEPALIVE void da_set_text_scale(float scale) {
  // Standard or larger, never so large the header cannot hold it (fonts.h).
  client().app.state().text_scale = std::clamp(scale, 1.0f, dutyatlas::web::kMaxTextScale);
  client().request_frames();
}

EMSCRIPTEN_KEEPALIVE double da_text_scale() { return client().app.state().text_scale; }

EMSCRIPTEN_KEEPALIVE double da_frames_drawn() { return double(client().frames_drawn); }

// Bytes malloc has handed out and not taken back (the heap's size is HEAP8.length in JS).
EMSCRIPTEN_KEEPALIVE double da_heap_in_use() { return double(mallinfo().uordblks); }

}  // extern "C"
