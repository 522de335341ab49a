// The normalisation rules (see text_rules.h).
#include "builder/text_rules.h"

#include <algorithm>
#include <iterator>

#include "builder/diagnostics.h"
#include "core/base/text.h"
#include "core/base/utf8.h"

namespace dutyatlas::builder {
namespace {

// The Unicode name of the invisible characters a publisher's text is likely to carry (pasted
// from web pages, Word or WeChat); "" for one that is not invisible.
std::string invisible_name(char32_t cp) {
  switch (cp) {
    case 0x0000: return "NULL";
    case 0x00AD: return "SOFT HYPHEN";
    case 0x200B: return "ZERO WIDTH SPACE";
    case 0x200C: return "ZERO WIDTH NON-JOINER";
    case 0x200D: return "ZERO WIDTH JOINER";
    case 0x200E: return "LEFT-TO-RIGHT MARK";
    case 0x200F: return "RIGHT-TO-LEFT MARK";
    case 0x2060: return "WORD JOINER";
    case 0xFEFF: return "ZERO WIDTH NO-BREAK SPACE (BOM)";
    default: break;
  }
  if (cp >= 0x202A && cp <= 0x202E) return "BIDIRECTIONAL FORMATTING CHARACTER";
  if (cp == '\n' || cp == '\t') return "";
  if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) return "CONTROL CHARACTER";
  return "";
}

std::string fullwidth_name(char32_t cp) {
  static const char* kDigits[] = {"ZERO", "ONE", "TWO", "THREE", "FOUR",
                                  "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"};
  if (cp >= 0xFF10 && cp <= 0xFF19) return std::string("FULLWIDTH DIGIT ") + kDigits[cp - 0xFF10];
  if (cp >= 0xFF21 && cp <= 0xFF3A) {
    return std::string("FULLWIDTH LATIN CAPITAL LETTER ") + char('A' + (cp - 0xFF21));
  }
  if (cp >= 0xFF41 && cp <= 0xFF5A) {
    return std::string("FULLWIDTH LATIN SMALL LETTER ") + char('A' + (cp - 0xFF41));
  }
  if (cp == 0xFF0D) return "FULLWIDTH HYPHEN-MINUS";
  return "";
}

// The first character `name_of` names, as "U+XXXX NAME at column N".
template <typename NameOf>
std::optional<std::string> first_named(std::string_view text, NameOf name_of) {
  std::size_t pos = 0;
  for (int column = 1; pos < text.size(); ++column) {
    char32_t cp = next_code_point(text, &pos);
    std::string name = name_of(cp);
    if (!name.empty()) return code_point_label(cp) + " " + name + " at column " + std::to_string(column);
  }
  return std::nullopt;
}

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

}  // namespace

std::optional<std::string> invisible_character(std::string_view text) {
  return first_named(text, invisible_name);
}

std::optional<std::string> fullwidth_character(std::string_view text) {
  return first_named(text, fullwidth_name);
}

bool is_code_field(std::string_view key) {
  static constexpr std::string_view kCodes[] = {"id", "doc_no", "parent", "host",          "body",
                                                "to", "as",     "clause", "division_code", "uscc"};
  return std::find(std::begin(kCodes), std::end(kCodes), key) != std::end(kCodes);
}

bool is_name_field(std::string_view key) {
  static constexpr std::string_view kNames[] = {"name", "short_name", "title", "issuer"};
  return std::find(std::begin(kNames), std::end(kNames), key) != std::end(kNames);
}

bool has_outer_space(std::string_view text) { return trim(text).size() != text.size(); }

std::size_t own_numbering_length(std::string_view duty) {
  static const std::string_view kNumerals = "一二三四五六七八九十";
  // A run of Chinese numerals or ASCII digits, as its byte length from `from`.
  auto numeral_run = [&](std::size_t from) {
    std::size_t pos = from;
    while (pos < duty.size()) {
      if (duty[pos] >= '0' && duty[pos] <= '9') {
        ++pos;
        continue;
      }
      std::size_t next = pos;
      char32_t cp = next_code_point(duty, &next);
      std::string one;
      append_utf8(&one, cp);
      if (cp < 0x80 || kNumerals.find(one) == std::string_view::npos) break;
      pos = next;
    }
    return pos - from;
  };
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}}) {
    if (!starts_with(duty, open)) continue;
    std::size_t run = numeral_run(open.size());
    if (run > 0 && starts_with(duty.substr(open.size() + run), close)) return open.size() + run + close.size();
  }
  std::size_t run = numeral_run(0);
  if (run == 0) return 0;
  for (std::string_view after : {"、", ".", "．"}) {
    // "1.5 亿元" is not numbering: a digit run needs its mark and then no digit
    if (starts_with(duty.substr(run), after)) {
      std::size_t end = run + after.size();
      if (end < duty.size() && duty[end] >= '0' && duty[end] <= '9') return 0;
      return end;
    }
  }
  return 0;
}

}  // namespace dutyatlas::builder
