// The C functions the accessibility layer (site/a11y.js) calls: focus and activation from the
// layer (web/keyboard_focus.h), its words, and the HTML edition's page of the current view.
// Safe to call at any time, also before main() has run.
#include <emscripten.h>

#include <string>

#include <nlohmann/json.hpp>

#include "web/client.h"
#include "web/edition_link.h"
#include "web/keyboard_focus.h"
#include "web/ui_text/a11y.h"

using dutyatlas::web::client;

extern "C" {

// The layer's focused element: the item's key and which item of that key; "" when the focus
// left the layer. `enter_text`: a text box reached by keyboard becomes the field typed into.
EMSCRIPTEN_KEEPALIVE void da_a11y_focus(const char* key, int occurrence, int enter_text) {
  dutyatlas::web::keyboard_focus::set_focus(key ? key : "", occurrence, enter_text != 0);
  client().request_frames();
}

// A click on a mirrored element (Enter, Space, a screen reader's activation).
EMSCRIPTEN_KEEPALIVE void da_a11y_activate(const char* key, int occurrence) {
  dutyatlas::web::keyboard_focus::activate(key ? key : "", occurrence);
  client().request_frames();
}

// The layer's words (web/ui_text/a11y.h) as a JSON object.
EMSCRIPTEN_KEEPALIVE const char* da_a11y_words() {
  namespace text = dutyatlas::web::text;
  static const std::string words = nlohmann::json{
      {"skipToContent", text::kSkipToContent},   {"header", text::kRegionHeader},
      {"navigation", text::kRegionNavigation},   {"content", text::kRegionContent},
      {"suggestions", text::kSuggestionsList},   {"listTable", text::kListTable},
      {"textEdition", text::kTextEdition},
  }.dump();
  return words.c_str();
}

// The current view's page of the HTML edition, relative to the publication folder.
EMSCRIPTEN_KEEPALIVE const char* da_edition_page() {
  static std::string slot;
  slot = dutyatlas::web::edition_page(client().app.state().route);
  return slot.c_str();
}

}  // extern "C"
