// Line breaking for Chinese text, with the rules a Chinese reader expects (避头尾): no line
// starts with a closing mark (，。、；：？！）》” …) and no line ends with an opening one
// (（《“ …); Latin words and numbers are not cut unless a single one is wider than the line.
// ImGui's own wrapping knows only spaces; this is the one it lacks. Pure logic: the caller
// gives the width of each code point.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

namespace dutyatlas::web {

struct LineSpan {
  std::size_t begin;  // byte offsets into the text
  std::size_t end;
};

// Breaks `text` (UTF-8; '\n' forces a break) into lines no wider than `max_width`.
std::vector<LineSpan> break_lines(std::string_view text, float max_width,
                                  const std::function<float(char32_t)>& advance);

}  // namespace dutyatlas::web
