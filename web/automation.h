// What the last drawn frame showed, for the automation API (dutyatlas.drawnItems()) and the
// accessibility layer (site/a11y.js): every clickable item and every text a test, an embedding
// page or a screen reader may want to find, with its rectangle in CSS pixels and its role.
// Tests click those rectangles with the real mouse, then read what the next frame drew — no
// pixel reading, no guessing of layout; the layer mirrors the same items as DOM elements.
//
// Keys name things in the domain: "category:government", "body:sthjj", "title", "clause:3",
// "link:home". Views call record_item() right after drawing the item; the widget that draws it
// says what it is (its Role), so nothing downstream guesses a role from a key.
#pragma once

#include <string>
#include <vector>

namespace dutyatlas::web::automation {

// What an item is to a screen reader. kAuto: an item ImGui can click (it has an id) is a link —
// in this client a click on a card, a row or a tree entry goes somewhere — anything else text.
enum class Role {
  kAuto, kText, kHeading, kLink, kButton, kToggle, kTextBox, kTextArea, kStatus,
  // Containers (Group below): their rectangle is the union of what they hold.
  kBanner, kNavigation, kMain, kList, kListItem, kTable,
  // A table row whose text is its cells joined by '\t'; a column header (sorts when clicked).
  kRow, kColumnHeader,
};
const char* role_name(Role role);

struct DrawnItem {
  std::string key;
  std::string text;
  float x = 0, y = 0, width = 0, height = 0;  // CSS pixels, relative to the canvas
  bool visible = false;                       // inside its scroll area's visible part
  Role role = Role::kText;
  int level = 0;           // headings: 1 the view's title, 2 its sections
  bool pressed = false;    // toggles: on
  bool dismiss = false;    // the button that closes the panel it is in (Esc presses it)
  std::string label;       // the accessible name where it is not the text (a text box's hint)
  std::string href;        // where a link leads: a route ("#/body/sthjj", link_to) or a link
                           // out of the client (a contact's tel: or https:, set_last_href)
  // Where a tile, card or chip drew its text inside its rectangle (width 0: not said): tests
  // check that the text fits its box at every text size and screen width.
  float text_x = 0, text_y = 0, text_width = 0, text_height = 0;
  int parent = -1;         // index of the Group holding it, -1 at the top
  float clip_x0 = 0, clip_y0 = 0, clip_x1 = 0, clip_y1 = 0;  // its scroll area's visible part
  unsigned window = 0;     // ImGui id of the window it scrolls with

  bool operator==(const DrawnItem& o) const;
  bool operator!=(const DrawnItem& o) const { return !(*this == o); }
};

// Clears the list: called when a frame starts, with the route (format_route) it draws.
void begin_frame(std::string route);
// Ends the frame's list; true if it differs from the last frame's (the layer then updates:
// a frame that draws the same items costs the page nothing).
bool end_frame();
// Records the last ImGui item under `key`, with the text it shows.
void record_item(std::string key, std::string text, Role role = Role::kAuto);
// The same with the accessible name apart from the text (a text box: its hint; its text is
// what was typed).
void record_field(std::string key, std::string text, std::string label, Role role);
// Headings: `level` 1 for a view's title, 2 for its sections.
void record_heading(std::string key, std::string text, int level);
// Toggles (chips): on or off.
void record_toggle(std::string key, std::string text, bool on);
// Where the item recorded last leads: a route (format_route, see navigation.h) or a link out
// of the client (a tel: or https: link made by core/duties/contact_formats.h). The page makes
// it a real link (the browser's link menu, a new tab, the accessibility layer's href).
void set_last_href(std::string href);
// The rectangle the item recorded last drew its text in (CSS pixels, like its own).
void set_last_text_box(float x, float y, float width, float height);
// Marks the item recorded last: the button that closes its panel / a status message.
void mark_last_dismiss();
void mark_last_status();

// A container of the items recorded while it lives (the page's regions, a list of answers, a
// table). Nest them as the drawing code nests.
class Group {
 public:
  Group(std::string key, Role role, std::string label = {});
  ~Group();
  Group(const Group&) = delete;
  Group& operator=(const Group&) = delete;

 private:
  int index_;
  int outer_;
};

// The items of the last drawn frame.
const std::vector<DrawnItem>& drawn_items();
// The items recorded so far in the frame being drawn.
const std::vector<DrawnItem>& frame_items();
// The innermost item of the last drawn frame under (x, y) — in CSS pixels, inside its scroll
// area's visible part, groups not counted — or null: what the pointer is over.
const DrawnItem* item_at(float x, float y);
// Whether a click on an item of this role does something (the pointer cursor shows it).
bool is_clickable(Role role);
// The items of the last drawn frame, as a JSON array — empty if that frame drew another route
// than `current_route`: after a navigation, nothing of the view left behind can be found (or
// clicked) until the new view has been drawn.
std::string drawn_items_json(const std::string& current_route);

}  // namespace dutyatlas::web::automation
