#include "web/text_layout.h"

#include "core/base/utf8.h"

namespace dutyatlas::web {
namespace {

// 行首禁则: may not begin a line.
bool is_closing(char32_t c) {
  static constexpr std::u32string_view kClosing =
      U"，。、；：？！）》」』】〕〉”’…—·%,.;:!?)]}";
  return kClosing.find(c) != std::u32string_view::npos;
}

// 行尾禁则: may not end a line.
bool is_opening(char32_t c) {
  static constexpr std::u32string_view kOpening = U"（《「『【〔〈“‘([{";
  return kOpening.find(c) != std::u32string_view::npos;
}

bool is_word_char(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '-' || c == '_' || c == '.' || c == '/';
}

struct Glyph {
  std::size_t begin, end;  // bytes
  char32_t cp;
  float width;
};

}  // namespace

std::vector<LineSpan> break_lines(std::string_view text, float max_width,
                                  const std::function<float(char32_t)>& advance) {
  std::vector<Glyph> glyphs;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t begin = pos;
    char32_t cp = next_code_point(text, &pos);
    glyphs.push_back({begin, pos, cp, cp == '\n' ? 0.0f : advance(cp)});
  }
  std::vector<LineSpan> lines;
  std::size_t start = 0;  // index of the line's first glyph
  while (start < glyphs.size()) {
    float width = 0;
    std::size_t i = start;
    while (i < glyphs.size() && glyphs[i].cp != '\n' && (i == start || width + glyphs[i].width <= max_width)) {
      width += glyphs[i].width;
      ++i;
    }
    std::size_t end = i;  // the line is glyphs [start, end)
    bool hard_break = end < glyphs.size() && glyphs[end].cp == '\n';
    if (end < glyphs.size() && !hard_break && is_closing(glyphs[end].cp)) {
      ++end;  // 悬挂: a closing mark may hang just past the line's end rather than start a line
    }
    if (end < glyphs.size() && !hard_break) {
      // Move the break back while it would start a line with a closing mark, end one with an
      // opening mark, or cut a Latin word — but never to an empty line.
      std::size_t candidate = end;
      while (candidate > start + 1 &&
             (is_closing(glyphs[candidate].cp) || is_opening(glyphs[candidate - 1].cp) ||
              (is_word_char(glyphs[candidate].cp) && is_word_char(glyphs[candidate - 1].cp)))) {
        --candidate;
      }
      // Give up on the rules when obeying them would leave less than half a line.
      if (candidate > start + (end - start) / 2) end = candidate;
    }
    std::size_t line_end = end < glyphs.size() ? glyphs[end].begin : text.size();
    lines.push_back({glyphs[start].begin, line_end});
    start = hard_break ? end + 1 : end;
    // Spaces at the start of a wrapped line are not drawn.
    while (!hard_break && start < glyphs.size() && glyphs[start].cp == ' ') ++start;
  }
  return lines;
}

}  // namespace dutyatlas::web
