// Myers diff on code points with a readability cleanup; bit-parallel LCS (see char_diff.h).
#include "core/history/char_diff.h"

#include <algorithm>
#include <cassert>

#include "core/base/utf8.h"

namespace dutyatlas {
namespace {

// Malformed bytes decode to U+FFFD; give each bad byte value its own code above U+10FFFF so two
// different bad bytes never compare equal (and an equal span always has identical bytes).
constexpr char32_t kBadByteBase = 0x110000;

// Beyond this many edit steps in one bisection the region is reported as one edit: a bound on
// time for long, unrelated texts (clauses are far below it).
constexpr int kMaxEditSteps = 4096;

class Differ {
 public:
  Differ(const std::vector<char32_t>& a, const std::vector<char32_t>& b,
         std::vector<DiffMatch>* out)
      : a_(a.data()), b_(b.data()), out_(out) {}

  void diff(int a0, int a1, int b0, int b1) {
    int prefix = 0;
    while (a0 + prefix < a1 && b0 + prefix < b1 && a_[a0 + prefix] == b_[b0 + prefix]) ++prefix;
    int suffix = 0;
    while (a1 - suffix > a0 + prefix && b1 - suffix > b0 + prefix &&
           a_[a1 - 1 - suffix] == b_[b1 - 1 - suffix]) {
      ++suffix;
    }
    add_match(a0, b0, prefix);
    middle(a0 + prefix, a1 - suffix, b0 + prefix, b1 - suffix);
    add_match(a1 - suffix, b1 - suffix, suffix);
  }

 private:
  void add_match(int a_pos, int b_pos, int length) {
    if (length <= 0) return;
    if (!out_->empty()) {
      DiffMatch& last = out_->back();
      if (int(last.a_pos + last.length) == a_pos && int(last.b_pos + last.length) == b_pos) {
        last.length += std::uint32_t(length);
        return;
      }
    }
    out_->push_back({std::uint32_t(a_pos), std::uint32_t(b_pos), std::uint32_t(length)});
  }

  // The ends differ (or a side is empty).
  void middle(int a0, int a1, int b0, int b1) {
    int n = a1 - a0, m = b1 - b0;
    if (n == 0 || m == 0) return;
    // One side inside the other: a pure insertion or deletion around it.
    if (n >= m) {
      const char32_t* hit = std::search(a_ + a0, a_ + a1, b_ + b0, b_ + b1);
      if (hit != a_ + a1) return add_match(int(hit - a_), b0, m);
    } else {
      const char32_t* hit = std::search(b_ + b0, b_ + b1, a_ + a0, a_ + a1);
      if (hit != b_ + b1) return add_match(a0, int(hit - b_), n);
    }
    if (n == 1 || m == 1) return;  // the single character is not in the other side
    bisect(a0, a1, b0, b1);
  }

  // Myers' middle snake (the forward and reverse searches meet), then both halves.
  void bisect(int a0, int a1, int b0, int b1) {
    const int n = a1 - a0, m = b1 - b0;
    const int max_d = (n + m + 1) / 2;
    const int offset = max_d;
    const int length = 2 * max_d;
    std::vector<int> v1(std::size_t(length) + 2, -1), v2(std::size_t(length) + 2, -1);
    v1[std::size_t(offset + 1)] = 0;
    v2[std::size_t(offset + 1)] = 0;
    const int delta = n - m;
    const bool front = (delta % 2) != 0;
    int k1start = 0, k1end = 0, k2start = 0, k2end = 0;
    const char32_t* a = a_ + a0;
    const char32_t* b = b_ + b0;
    const int steps = std::min(max_d, kMaxEditSteps);
    for (int d = 0; d < steps; ++d) {
      for (int k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
        int k1_offset = offset + k1;
        int x1;
        if (k1 == -d || (k1 != d && v1[std::size_t(k1_offset - 1)] < v1[std::size_t(k1_offset + 1)])) {
          x1 = v1[std::size_t(k1_offset + 1)];
        } else {
          x1 = v1[std::size_t(k1_offset - 1)] + 1;
        }
        int y1 = x1 - k1;
        while (x1 < n && y1 < m && a[x1] == b[y1]) ++x1, ++y1;
        v1[std::size_t(k1_offset)] = x1;
        if (x1 > n) {
          k1end += 2;
        } else if (y1 > m) {
          k1start += 2;
        } else if (front) {
          int k2_offset = offset + delta - k1;
          if (k2_offset >= 0 && k2_offset < length && v2[std::size_t(k2_offset)] != -1) {
            int x2 = n - v2[std::size_t(k2_offset)];
            if (x1 >= x2) return split(a0, a1, b0, b1, x1, y1);
          }
        }
      }
      for (int k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
        int k2_offset = offset + k2;
        int x2;
        if (k2 == -d || (k2 != d && v2[std::size_t(k2_offset - 1)] < v2[std::size_t(k2_offset + 1)])) {
          x2 = v2[std::size_t(k2_offset + 1)];
        } else {
          x2 = v2[std::size_t(k2_offset - 1)] + 1;
        }
        int y2 = x2 - k2;
        while (x2 < n && y2 < m && a[n - x2 - 1] == b[m - y2 - 1]) ++x2, ++y2;
        v2[std::size_t(k2_offset)] = x2;
        if (x2 > n) {
          k2end += 2;
        } else if (y2 > m) {
          k2start += 2;
        } else if (!front) {
          int k1_offset = offset + delta - k2;
          if (k1_offset >= 0 && k1_offset < length && v1[std::size_t(k1_offset)] != -1) {
            int x1 = v1[std::size_t(k1_offset)];
            int y1 = offset + x1 - k1_offset;
            if (x1 >= n - x2) return split(a0, a1, b0, b1, x1, y1);
          }
        }
      }
    }
    // Too many edits to search further: the whole region is one edit.
  }

  void split(int a0, int a1, int b0, int b1, int x, int y) {
    diff(a0, a0 + x, b0, b0 + y);
    diff(a0 + x, a1, b0 + y, b1);
  }

  const char32_t* a_;
  const char32_t* b_;
  std::vector<DiffMatch>* out_;
};

// Folds short equal runs between edits into the edits (see char_diff.h).
void clean_up(std::vector<DiffMatch>* matches, std::size_t a_size, std::size_t b_size) {
  bool changed = true;
  std::vector<DiffMatch> kept;
  while (changed) {
    changed = false;
    kept.clear();
    const auto& in = *matches;
    for (std::size_t i = 0; i < in.size(); ++i) {
      const DiffMatch& m = in[i];
      std::size_t prev_a = kept.empty() ? 0 : kept.back().a_pos + kept.back().length;
      std::size_t prev_b = kept.empty() ? 0 : kept.back().b_pos + kept.back().length;
      std::size_t next_a = i + 1 < in.size() ? in[i + 1].a_pos : a_size;
      std::size_t next_b = i + 1 < in.size() ? in[i + 1].b_pos : b_size;
      std::size_t left = std::max(m.a_pos - prev_a, m.b_pos - prev_b);
      std::size_t right = std::max(next_a - (m.a_pos + m.length), next_b - (m.b_pos + m.length));
      std::size_t length = m.length;
      if (left > 0 && right > 0 && (length == 1 || (2 * length <= left && 2 * length <= right))) {
        changed = true;
        continue;
      }
      kept.push_back(m);
    }
    matches->swap(kept);
  }
}

std::string_view slice(const CodePoints& cp, std::size_t from, std::size_t to) {
  assert(cp.offsets.size() == cp.points.size() + 1 && from <= to && to < cp.offsets.size());
  return cp.text.substr(cp.offsets[from], cp.offsets[to] - cp.offsets[from]);
}

void push_span(std::vector<DiffSpan>* out, DiffKind kind, std::string_view text) {
  if (text.empty()) return;
  if (!out->empty() && out->back().kind == kind) {
    out->back().text.append(text);
    return;
  }
  out->push_back({kind, std::string(text)});
}

}  // namespace

std::string_view diff_kind_code(DiffKind kind) {
  switch (kind) {
    case DiffKind::kEqual: return "equal";
    case DiffKind::kInsert: return "insert";
    case DiffKind::kDelete: return "delete";
  }
  return "equal";
}

CodePoints decode_code_points(std::string_view text) {
  CodePoints out;
  out.text = text;
  out.points.reserve(text.size());
  out.offsets.reserve(text.size() + 1);
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t start = pos;
    char32_t cp = next_code_point(text, &pos);
    if (cp == kReplacementCharacter && pos - start != 3) {
      cp = kBadByteBase + static_cast<unsigned char>(text[start]);
    }
    out.points.push_back(cp);
    out.offsets.push_back(std::uint32_t(start));
  }
  out.offsets.push_back(std::uint32_t(text.size()));
  return out;
}

std::vector<DiffMatch> diff_matches(const CodePoints& a, const CodePoints& b) {
  std::vector<DiffMatch> matches;
  Differ(a.points, b.points, &matches).diff(0, int(a.points.size()), 0, int(b.points.size()));
  clean_up(&matches, a.points.size(), b.points.size());
  return matches;
}

std::vector<DiffSpan> spans_from_matches(const CodePoints& a, const CodePoints& b,
                                         const std::vector<DiffMatch>& matches) {
  std::vector<DiffSpan> out;
  std::size_t ai = 0, bi = 0;
  for (const DiffMatch& m : matches) {
    // Matches in order and apart: otherwise the spans would repeat or drop text unnoticed.
    assert(m.a_pos >= ai && m.b_pos >= bi);
    push_span(&out, DiffKind::kDelete, slice(a, ai, m.a_pos));
    push_span(&out, DiffKind::kInsert, slice(b, bi, m.b_pos));
    push_span(&out, DiffKind::kEqual, slice(b, m.b_pos, m.b_pos + m.length));
    ai = m.a_pos + m.length;
    bi = m.b_pos + m.length;
  }
  push_span(&out, DiffKind::kDelete, slice(a, ai, a.points.size()));
  push_span(&out, DiffKind::kInsert, slice(b, bi, b.points.size()));
  return out;
}

std::vector<DiffSpan> diff_chars(std::string_view old_text, std::string_view new_text) {
  CodePoints a = decode_code_points(old_text);
  CodePoints b = decode_code_points(new_text);
  return spans_from_matches(a, b, diff_matches(a, b));
}

LcsPattern::LcsPattern(const std::vector<char32_t>& pattern)
    : length_(pattern.size()), words_((pattern.size() + 63) / 64) {
  alphabet_ = pattern;
  std::sort(alphabet_.begin(), alphabet_.end());
  alphabet_.erase(std::unique(alphabet_.begin(), alphabet_.end()), alphabet_.end());
  masks_.assign(alphabet_.size() * words_, 0);
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    std::size_t k = std::size_t(std::lower_bound(alphabet_.begin(), alphabet_.end(), pattern[i]) -
                                alphabet_.begin());
    masks_[k * words_ + i / 64] |= std::uint64_t(1) << (i % 64);
  }
}

// Hyyrö's bit-vector LCS: V starts all ones; per character c of the text, with U = V & M[c],
// V = (V + U) | (V & ~M[c]). The LCS is the number of zero bits among the pattern's positions.
std::size_t LcsPattern::lcs(const std::vector<char32_t>& text) const {
  if (length_ == 0 || text.empty()) return 0;
  std::vector<std::uint64_t> v(words_, ~std::uint64_t(0));
  for (char32_t c : text) {
    auto it = std::lower_bound(alphabet_.begin(), alphabet_.end(), c);
    if (it == alphabet_.end() || *it != c) continue;  // U = 0: V unchanged
    const std::uint64_t* m = &masks_[std::size_t(it - alphabet_.begin()) * words_];
    std::uint64_t carry = 0;
    for (std::size_t w = 0; w < words_; ++w) {
      std::uint64_t u = v[w] & m[w];
      std::uint64_t t = v[w] + u;
      std::uint64_t c1 = t < v[w];
      std::uint64_t sum = t + carry;
      std::uint64_t c2 = sum < t;
      carry = c1 | c2;
      v[w] = sum | (v[w] & ~m[w]);
    }
  }
  std::size_t ones = 0;
  for (std::size_t w = 0; w < words_; ++w) {
    std::uint64_t word = v[w];
    std::size_t bits = std::min<std::size_t>(64, length_ - w * 64);
    if (bits < 64) word &= (std::uint64_t(1) << bits) - 1;
    ones += std::size_t(__builtin_popcountll(word));
  }
  return length_ - ones;
}

std::vector<std::size_t> lcs_matrix(const std::vector<const std::vector<char32_t>*>& a,
                                    const std::vector<const std::vector<char32_t>*>& b) {
  std::vector<std::size_t> out(a.size() * b.size(), 0);
  if (out.empty()) return out;
  // Dense ids for the code points of the patterns (a); characters only in b get no id.
  std::vector<char32_t> alphabet;
  for (const auto* text : a) alphabet.insert(alphabet.end(), text->begin(), text->end());
  std::sort(alphabet.begin(), alphabet.end());
  alphabet.erase(std::unique(alphabet.begin(), alphabet.end()), alphabet.end());
  auto id_of = [&](char32_t c) -> std::ptrdiff_t {
    auto it = std::lower_bound(alphabet.begin(), alphabet.end(), c);
    return it != alphabet.end() && *it == c ? it - alphabet.begin() : -1;
  };
  std::vector<std::vector<std::int32_t>> b_ids(b.size());
  for (std::size_t j = 0; j < b.size(); ++j) {
    b_ids[j].reserve(b[j]->size());
    for (char32_t c : *b[j]) {
      std::ptrdiff_t id = id_of(c);
      if (id >= 0) b_ids[j].push_back(std::int32_t(id));  // others never match: skip them
    }
  }
  std::vector<std::uint64_t> masks, v;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const std::vector<char32_t>& pattern = *a[i];
    const std::size_t length = pattern.size();
    if (length == 0) continue;
    const std::size_t words = (length + 63) / 64;
    masks.assign(alphabet.size() * words, 0);
    for (std::size_t k = 0; k < length; ++k) {
      masks[std::size_t(id_of(pattern[k])) * words + k / 64] |= std::uint64_t(1) << (k % 64);
    }
    for (std::size_t j = 0; j < b.size(); ++j) {
      v.assign(words, ~std::uint64_t(0));
      for (std::int32_t id : b_ids[j]) {
        const std::uint64_t* m = &masks[std::size_t(id) * words];
        std::uint64_t carry = 0;
        for (std::size_t w = 0; w < words; ++w) {
          std::uint64_t u = v[w] & m[w];
          std::uint64_t t = v[w] + u;
          std::uint64_t c1 = t < v[w];
          std::uint64_t sum = t + carry;
          carry = c1 | (sum < t);
          v[w] = sum | (v[w] & ~m[w]);
        }
      }
      std::size_t ones = 0;
      for (std::size_t w = 0; w < words; ++w) {
        std::uint64_t word = v[w];
        std::size_t bits = std::min<std::size_t>(64, length - w * 64);
        if (bits < 64) word &= (std::uint64_t(1) << bits) - 1;
        ones += std::size_t(__builtin_popcountll(word));
      }
      out[i * b.size() + j] = length - ones;
    }
  }
  return out;
}

double similarity(std::string_view a, std::string_view b) {
  CodePoints ca = decode_code_points(a);
  CodePoints cb = decode_code_points(b);
  std::size_t total = ca.points.size() + cb.points.size();
  if (total == 0) return 1.0;
  return 2.0 * double(LcsPattern(ca.points).lcs(cb.points)) / double(total);
}

}  // namespace dutyatlas
