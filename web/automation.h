// What the last drawn frame showed, for the automation API (dutyatlas.targets()): every
// clickable item and every text a test or an embedding page may want to find, with its
// rectangle in CSS pixels. Tests click those rectangles with the real mouse, then read what
// the next frame drew — no pixel reading, no guessing of layout.
//
// Keys name things in the domain: "category:government", "body:sthjj", "title", "clause:3",
// "link:home". Views call record_item() right after drawing the item.
#pragma once

#include <string>
#include <vector>

namespace dutyatlas::web::automation {

struct DrawnItem {
  std::string key;
  std::string text;
  float x = 0, y = 0, width = 0, height = 0;  // CSS pixels, relative to the canvas
  bool visible = false;                       // inside its scroll area's visible part
};

// Clears the list: called when a frame starts, with the route (format_route) it draws.
void begin_frame(std::string route);
// Records the last ImGui item under `key`, with the text it shows.
void record_item(std::string key, std::string text);
// The items of the last drawn frame, as a JSON array — empty if that frame drew another route
// than `current_route`: after a navigation, nothing of the view left behind can be found (or
// clicked) until the new view has been drawn.
std::string drawn_items_json(const std::string& current_route);

}  // namespace dutyatlas::web::automation
