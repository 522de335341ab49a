// Small drawing helpers the views share, so every link, heading and badge looks the same.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

#include "web/fonts.h"
#include "web/text_layout.h"

// Each helper records what it drew for the automation API (web/automation.h) under `key`.

namespace dutyatlas::web::widgets {

// Line height as a multiple of the font size: Chinese body text reads best at about 1.6.
inline constexpr float kLineSpacing = 1.6f;

// Text in the accent colour, underlined on hover, hand cursor; true when clicked.
bool link(const std::string& text, const std::string& key);
// Text that must fit a box of fixed width — a tile's or a card's title, at any text size and
// screen width: at `size` if it fits on one line, else shrunk to fit one line but never below
// `min_size` (the body text's size: 大字号 readers asked for large text), else wrapped by
// Chinese rules (text_layout.h) at `min_size`.
struct FittedText {
  ImFont* font = nullptr;
  float size = 0;
  float line_height = 0;
  float width = 0;  // the widest line
  std::vector<LineSpan> lines;
  float height() const { return line_height * float(lines.size()); }
};
FittedText fit_text(ImFont* font, const std::string& text, float size, float min_size, float width);
// Draws `fitted` (laid out from `text`) with its top left at `pos`; returns its bottom right.
ImVec2 draw_fitted(ImDrawList* draw, const FittedText& fitted, const std::string& text, ImVec2 pos,
                   ImU32 colour);
// link() to somewhere outside the client — `href` a tel: or http(s) link from
// core/duties/contact_formats.h: recorded with its href (the accessibility layer's <a href>),
// followed through the page (browser::open_external) when clicked.
bool external_link(const std::string& text, const std::string& href, const std::string& key);
// A heading in the heading font with space above and a hairline below.
void section_heading(const Fonts& fonts, const char* text);
void page_title(const Fonts& fonts, const std::string& text);  // key "title"
// Body text wrapped by Chinese rules (web/text_layout.h) with generous line spacing; `colour`
// defaults to the text colour. Records the whole text under `key` if given.
void paragraph(const std::string& text, const std::string& key = {}, ImU32 colour = 0);
// The same for a snippet whose matched words are wrapped in core/search/snippet.h's marks: they
// are drawn on a highlighter background. The automation API records the text without marks.
void marked_paragraph(const std::string& marked, const std::string& key = {}, ImU32 colour = 0);
// Muted, wrapped text for secondary information.
void muted_wrapped(const std::string& text, const std::string& key = {});
// A small filled label (e.g. 示例数据) drawn at the cursor; advances the cursor.
void badge(const char* text, ImVec4 colour);
// A numbered clause: "（一）" and its text. With label_width > 0 the labels form a column of that
// width and the text hangs beside it; with 0 the label runs inline (narrow screens).
void numbered_clause(const std::string& label, const std::string& text, const std::string& key,
                     float label_width);
// A one-line text field with a grey hint, as wide as the column; records "input:<key>" so the
// page can open a phone's keyboard for it. True when the text changed.
bool text_field(const char* hint, char* buffer, std::size_t size, const std::string& key);
// A button; `primary` fills it with the accent colour. Records "button:<key>". True when clicked.
bool button(const std::string& label, const std::string& key, bool primary = false);
// A chip that is on or off (filters). Records "chip:<key>". True when clicked.
bool chip(const std::string& label, const std::string& key, bool on);
// A chip, a link or a button placed after the previous item on the line, or at the start of the next
// line if it would not fit: rows of filters that wrap on a phone.
bool flow_chip(const std::string& label, const std::string& key, bool on);
bool flow_link(const std::string& label, const std::string& key);
bool flow_button(const std::string& label, const std::string& key);
// A clickable row: the title wrapped on its own lines, the facts (文号 · 发文机关 · dates)
// wrapped below in the muted colour, a hairline under it. Records `key` with the title.
bool document_row(const std::string& title, const std::string& facts, const std::string& key);
// A clickable row with a title and a right-aligned note on one line; true when clicked.
bool list_row(const std::string& title, const std::string& note, const std::string& key);

// A tinted panel around what is drawn while it lives (a summary, a confirmation): a soft `fill`
// behind it, a bar of `bar` down its left edge, its content indented. Draw nothing that pushes
// draw-list channels inside it.
class Band {
 public:
  Band(ImVec4 fill, ImVec4 bar);
  ~Band();
  Band(const Band&) = delete;
  Band& operator=(const Band&) = delete;

 private:
  ImVec2 start_;
  float width_;
  ImU32 fill_, bar_;
};

}  // namespace dutyatlas::web::widgets
