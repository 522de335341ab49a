// How a value, and its change, is written in the change report (see diff_values.h).
#include "core/diff/diff_values.h"

#include <vector>

#include "core/base/text.h"
#include "core/base/utf8.h"
#include "core/history/char_diff.h"

namespace dutyatlas {
namespace {

// `count` characters of `text` from character `from`.
std::string slice(const std::string& text, std::size_t from, std::size_t count) {
  std::size_t pos = 0, i = 0;
  for (; pos < text.size() && i < from; ++i) next_code_point(text, &pos);
  const std::size_t start = pos;
  for (; pos < text.size() && i < from + count; ++i) next_code_point(text, &pos);
  return text.substr(start, pos - start);
}

// A long value's change as a short character diff (core/history/char_diff.h): the deleted
// characters in [-…-], the inserted ones in {+…+}, each with a few characters of context either
// side; at most kEdits edits, then how many more there are.
std::string char_diff_excerpt(const std::string& old_text, const std::string& new_text) {
  constexpr std::size_t kContext = 10, kEdits = 4;
  const std::vector<DiffSpan> spans = diff_chars(old_text, new_text);
  std::size_t edits = 0, shown = 0;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    // A deletion followed by an insertion is one edit.
    if (spans[i].kind != DiffKind::kEqual && (i == 0 || spans[i - 1].kind == DiffKind::kEqual)) ++edits;
  }
  std::string out;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const DiffSpan& span = spans[i];
    if (span.kind == DiffKind::kEqual) {
      const bool first = i == 0, last = i + 1 == spans.size() || shown == kEdits;
      const std::size_t n = code_point_count(span.text);
      if (first && n > kContext) {
        out += "…" + slice(span.text, n - kContext, kContext);
      } else if (last && n > kContext) {
        out += slice(span.text, 0, kContext) + "…";
      } else if (!first && !last && n > 2 * kContext) {
        out += slice(span.text, 0, kContext) + "…" + slice(span.text, n - kContext, kContext);
      } else {
        out += span.text;
      }
      if (shown == kEdits) break;
      continue;
    }
    if (i == 0 || spans[i - 1].kind == DiffKind::kEqual) ++shown;
    out += span.kind == DiffKind::kDelete ? "[-" + shorten(span.text, 40) + "-]" : "{+" + shorten(span.text, 40) + "+}";
  }
  if (edits > shown) out += "（另有 " + std::to_string(edits - shown) + " 处改动）";
  return out;
}

}  // namespace

std::string one_line(std::string value) {
  for (std::size_t at; (at = value.find('\n')) != std::string::npos;) value.replace(at, 1, "／");
  return value;
}

std::string shown_value(const std::string& value) {
  return value.empty() ? "（空）" : shorten(one_line(value), kDiffShownChars);
}

std::string before_after(const std::string& old_value, const std::string& new_value) {
  constexpr std::size_t kShort = 30;
  constexpr double kMostlySame = 0.5;
  if (old_value.empty() || new_value.empty() ||
      (code_point_count(old_value) <= kShort && code_point_count(new_value) <= kShort) ||
      similarity(old_value, new_value) < kMostlySame) {
    return shown_value(old_value) + " → " + shown_value(new_value);
  }
  return char_diff_excerpt(one_line(old_value), one_line(new_value));
}

std::string document_change_line(const std::string& action, const std::string& body,
                                 const std::string& clause_key, const std::string& to_body,
                                 const std::string& as_key, const std::string& text) {
  const char* verb = action == "add"        ? "新增"
                     : action == "remove"   ? "删除"
                     : action == "reword"   ? "改写"
                     : action == "transfer" ? "划转"
                                            : nullptr;
  std::string out = (verb ? std::string(verb) : action) + " " + body + " 职责 " + clause_key;
  if (!to_body.empty()) out += " → " + to_body + " 职责 " + as_key;
  if (!text.empty()) out += "：" + text;
  return out;
}

}  // namespace dutyatlas
