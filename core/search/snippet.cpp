// Snippets with marked matches (see snippet.h): a window over the text, chosen and marked here.
#include "core/search/snippet.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "core/base/utf8.h"
#include "core/search/tokenizer.h"

namespace dutyatlas {

std::string snippet_of(const std::string& text, const std::set<std::string>& terms,
                       std::size_t chars_wanted) {
  const std::size_t kChars = chars_wanted;
  std::vector<std::size_t> starts;  // byte offset of each code point, then text.size()
  for (std::size_t pos = 0; pos < text.size();) {
    starts.push_back(pos);
    next_code_point(text, &pos);
  }
  starts.push_back(text.size());
  auto index_of = [&](int byte) {
    return std::size_t(std::lower_bound(starts.begin(), starts.end(), std::size_t(byte)) -
                       starts.begin());
  };
  // Matched spans, in code points, merged where they overlap or touch (油烟 烟净 → 油烟净).
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  for (const Token& t : tokenize(text, TokenizeMode::kDocument)) {
    if (!terms.count(t.text)) continue;
    std::size_t b = index_of(t.start), e = index_of(t.end);
    if (!spans.empty() && b <= spans.back().second) {
      spans.back().second = std::max(spans.back().second, e);
    } else {
      spans.push_back({b, e});
    }
  }
  std::size_t chars = starts.size() - 1, from = 0, best = 0;
  for (const auto& anchor : spans) {
    // Centred on the span: as much context before it as after.
    std::size_t length = std::min(anchor.second - anchor.first, kChars);
    std::size_t before = (kChars - length) / 2;
    std::size_t begin = anchor.first > before ? anchor.first - before : 0;
    std::size_t covered = 0;
    for (const auto& s : spans) covered += s.first >= begin && s.second <= begin + kChars;
    if (covered > best) best = covered, from = begin;
  }
  std::size_t to = std::min(chars, from + kChars);
  if (to - from < kChars) from = to > kChars ? to - kChars : 0;
  std::string out = from > 0 ? "…" : "";
  std::size_t at = from;
  for (const auto& s : spans) {
    if (s.second <= from || s.first >= to) continue;
    std::size_t b = std::max(s.first, from), e = std::min(s.second, to);
    out.append(text, starts[at], starts[b] - starts[at]);
    out.append(kMarkOpen);
    out.append(text, starts[b], starts[e] - starts[b]);
    out.append(kMarkClose);
    at = e;
  }
  out.append(text, starts[at], starts[to] - starts[at]);
  if (to < chars) out += "…";
  return out;
}

std::string strip_marks(std::string_view snippet) {
  std::string out;
  out.reserve(snippet.size());
  for (std::size_t i = 0; i < snippet.size();) {
    if (snippet.substr(i, kMarkOpen.size()) == kMarkOpen) i += kMarkOpen.size();
    else if (snippet.substr(i, kMarkClose.size()) == kMarkClose) i += kMarkClose.size();
    else out.push_back(snippet[i++]);
  }
  return out;
}

}  // namespace dutyatlas
