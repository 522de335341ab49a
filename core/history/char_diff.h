// Character-level diff of two texts, for 新旧对照: which characters of a reworded clause were
// deleted and which inserted.
//
// Texts are compared as sequences of Unicode code points (UTF-8 decoded with utf8.h), so a span
// never splits a UTF-8 sequence: every span's text is a run of whole characters copied from the
// original bytes. Malformed bytes count as one character each (distinct per byte value).
//
// The diff is Myers' O((N+M)·D) algorithm (linear-space middle-snake bisection, common prefix
// and suffix trimmed first), followed by a readability cleanup: an equal run lying between two
// edits is folded into them when it is a single character, or when it is at most half as long
// as the larger side (deleted or inserted characters) of the edit on each side of it. So
// "负责A和B" → "负责C和D" reads as 负责[-A和B-]{+C和D+} rather than as a comb of one-character
// edits. Within an edit the deletion comes before the insertion; adjacent spans never share a
// kind, and no span is empty.
//
// similarity() is 2·LCS/(|a|+|b|) over code points (LCS: the exact longest common subsequence,
// computed bit-parallel, Hyyrö 2004): 1 for equal texts, 0 for texts sharing no character.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dutyatlas {

enum class DiffKind { kEqual, kInsert, kDelete };
std::string_view diff_kind_code(DiffKind kind);  // "equal", "insert", "delete"

struct DiffSpan {
  DiffKind kind = DiffKind::kEqual;
  std::string text;
  bool operator==(const DiffSpan& other) const { return kind == other.kind && text == other.text; }
};

// Spans that, read in order, give `old_text` (equal + delete) and `new_text` (equal + insert).
std::vector<DiffSpan> diff_chars(std::string_view old_text, std::string_view new_text);

// Similarity in [0, 1]: 2·LCS/(|a|+|b|) on code points; 1 when both are empty.
double similarity(std::string_view a, std::string_view b);

// The lower-level pieces, shared with duty_compare.cpp.

// A text decoded to code points, with the byte offset where each one starts (plus the end).
struct CodePoints {
  std::vector<char32_t> points;
  std::vector<std::uint32_t> offsets;  // points.size() + 1 entries
  std::string_view text;               // the bytes decoded (not owned)
};
CodePoints decode_code_points(std::string_view text);

// An equal run of a diff: a[a_pos, a_pos + length) == b[b_pos, b_pos + length), in code points.
struct DiffMatch {
  std::uint32_t a_pos = 0, b_pos = 0, length = 0;
};
// The equal runs after the readability cleanup, in order; the gaps between them are edits.
std::vector<DiffMatch> diff_matches(const CodePoints& a, const CodePoints& b);
// Spans from matches (what diff_chars returns).
std::vector<DiffSpan> spans_from_matches(const CodePoints& a, const CodePoints& b,
                                         const std::vector<DiffMatch>& matches);

// Length of the longest common subsequence of a pattern (prepared once) and other texts.
class LcsPattern {
 public:
  explicit LcsPattern(const std::vector<char32_t>& pattern);
  std::size_t lcs(const std::vector<char32_t>& text) const;
  std::size_t size() const { return length_; }

 private:
  std::size_t length_ = 0;
  std::size_t words_ = 0;
  std::vector<char32_t> alphabet_;      // sorted distinct code points of the pattern
  std::vector<std::uint64_t> masks_;    // alphabet_.size() × words_ match bits
};

// LCS lengths of every pair (a[i], b[j]), row-major (i * b.size() + j): the same bit-parallel
// algorithm with one dense alphabet for all texts, so a lookup is an index, not a search.
std::vector<std::size_t> lcs_matrix(const std::vector<const std::vector<char32_t>*>& a,
                                    const std::vector<const std::vector<char32_t>*>& b);

}  // namespace dutyatlas
