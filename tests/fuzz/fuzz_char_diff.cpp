// diff_chars and similarity (core/history/char_diff.h) on two texts split from the input at its
// first 0xFF byte: the spans rebuild both texts exactly, and the score is in [0, 1].
#include <string>

#include "core/history/char_diff.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  if (size > 4000) return 0;  // the comparison is quadratic by design; clauses are short
  std::string_view all = fuzz_text(data, size);
  std::size_t cut = all.find('\xFF');
  std::string_view a = all.substr(0, cut), b = cut == std::string_view::npos ? "" : all.substr(cut + 1);
  std::string old_text, new_text;
  for (const auto& span : dutyatlas::diff_chars(a, b)) {
    if (span.kind != dutyatlas::DiffKind::kInsert) old_text += span.text;
    if (span.kind != dutyatlas::DiffKind::kDelete) new_text += span.text;
  }
  FUZZ_CHECK(old_text == a);
  FUZZ_CHECK(new_text == b);
  double score = dutyatlas::similarity(a, b);
  FUZZ_CHECK(score >= 0.0 && score <= 1.0);
  return 0;
}
