#include "core/base/chinese_numerals.h"

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

}  // namespace dutyatlas
