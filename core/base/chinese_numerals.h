// Chinese numerals as 三定 documents number their clauses: 1 → 一, 12 → 十二, 40 → 四十; and
// numbers as publishers type them in a text, read back: 二十五, 两, 25, ２５.
#pragma once

#include <string>
#include <string_view>

namespace dutyatlas {

// 1..999 in Chinese numerals; other values fall back to Arabic digits.
std::string chinese_numeral(int n);

// "（一）" for clause 1: the label a 主要职责 clause carries in the document.
std::string clause_label(int number);

// The number `text` spells, whole: ASCII digits, full-width digits (２５), or Chinese numerals
// as written in documents (五, 十二, 二十五, 一百零五, 两, 〇/零; 0–9999). -1 if it is not one.
int parse_number_text(std::string_view text);

// The length in bytes of the run of characters parse_number_text reads at the start of `text`
// (0 if none): "18名" → 2, "二十五名" → 9.
std::size_t number_text_length(std::string_view text);

}  // namespace dutyatlas
