#include "core/base/chinese_numerals.h"

#include "core/base/utf8.h"

namespace dutyatlas {

std::string chinese_numeral(int n) {
  static const char* kDigits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (n <= 0 || n > 999) return std::to_string(n);
  int hundreds = n / 100, tens = n / 10 % 10, ones = n % 10;
  std::string out;
  if (hundreds) out += std::string(kDigits[hundreds]) + "百";
  if (tens) {
    // 十二, not 一十二, when the number starts with its tens; 一百一十二 inside a larger one.
    if (hundreds || tens > 1) out += kDigits[tens];
    out += "十";
  } else if (hundreds && ones) {
    out += "零";
  }
  if (ones) out += kDigits[ones];
  return out;
}

std::string clause_label(int number) { return "（" + chinese_numeral(number) + "）"; }

namespace {

// The value of one numeral character: 0–9 for a digit, 10/100/1000 for 十百千, -1 otherwise.
int numeral_value(char32_t cp) {
  if (cp >= '0' && cp <= '9') return int(cp - '0');
  if (cp >= 0xFF10 && cp <= 0xFF19) return int(cp - 0xFF10);  // full-width ０–９
  switch (cp) {
    case U'〇': case U'零': return 0;
    case U'一': return 1;
    case U'二': case U'两': return 2;
    case U'三': return 3;
    case U'四': return 4;
    case U'五': return 5;
    case U'六': return 6;
    case U'七': return 7;
    case U'八': return 8;
    case U'九': return 9;
    case U'十': return 10;
    case U'百': return 100;
    case U'千': return 1000;
    default: return -1;
  }
}

}  // namespace

std::size_t number_text_length(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t next = pos;
    if (numeral_value(next_code_point(text, &next)) < 0) break;
    pos = next;
  }
  return pos;
}

int parse_number_text(std::string_view text) {
  if (text.empty() || number_text_length(text) != text.size()) return -1;
  // Digits in place (25, ２５, 二〇二一) unless a unit (十百千) appears: then 二十五 = 2×10 + 5.
  bool has_unit = false;
  for (std::size_t pos = 0; pos < text.size();) has_unit |= numeral_value(next_code_point(text, &pos)) >= 10;
  long total = 0, digit = -1;
  for (std::size_t pos = 0; pos < text.size();) {
    int v = numeral_value(next_code_point(text, &pos));
    if (!has_unit) {
      total = total * 10 + v;
      if (total > 9999) return -1;
      continue;
    }
    if (v >= 10) {
      total += (digit < 0 ? 1 : digit) * v;  // 十二: the 十 alone stands for 一十
      digit = -1;
    } else if (v == 0) {
      digit = -1;  // 一百零五: the 零 only fills the gap
    } else {
      if (digit >= 0) return -1;  // two digits without a unit between: 二三十
      digit = v;
    }
  }
  if (has_unit && digit > 0) total += digit;
  return total > 9999 ? -1 : int(total);
}

}  // namespace dutyatlas
