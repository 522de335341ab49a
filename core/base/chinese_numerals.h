// Chinese numerals as 三定 documents number their clauses: 1 → 一, 12 → 十二, 40 → 四十.
#pragma once

#include <string>

namespace dutyatlas {

// 1..999 in Chinese numerals; other values fall back to Arabic digits.
std::string chinese_numeral(int n);

// "（一）" for clause 1: the label a 主要职责 clause carries in the document.
std::string clause_label(int number);

}  // namespace dutyatlas
