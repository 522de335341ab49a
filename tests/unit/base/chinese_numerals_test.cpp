// Chinese numerals as 三定 documents number their 主要职责 clauses: 十一 not 一十一, 一百零一,
// 一百一十, and the full-width parenthesised label （三） the reader sees beside each clause.
#include <doctest/doctest.h>

#include "core/base/chinese_numerals.h"

using dutyatlas::chinese_numeral;
using dutyatlas::clause_label;
using dutyatlas::number_text_length;
using dutyatlas::parse_number_text;

TEST_CASE("chinese_numeral: units and tens") {
  CHECK(chinese_numeral(1) == "一");
  CHECK(chinese_numeral(2) == "二");
  CHECK(chinese_numeral(9) == "九");
  CHECK(chinese_numeral(10) == "十");
  CHECK(chinese_numeral(11) == "十一");
  CHECK(chinese_numeral(12) == "十二");
  CHECK(chinese_numeral(19) == "十九");
  CHECK(chinese_numeral(20) == "二十");
  CHECK(chinese_numeral(21) == "二十一");
  CHECK(chinese_numeral(40) == "四十");
  CHECK(chinese_numeral(99) == "九十九");
}

TEST_CASE("chinese_numeral: hundreds") {
  CHECK(chinese_numeral(100) == "一百");
  CHECK(chinese_numeral(101) == "一百零一");
  CHECK(chinese_numeral(110) == "一百一十");
  CHECK(chinese_numeral(111) == "一百一十一");
  CHECK(chinese_numeral(120) == "一百二十");
  CHECK(chinese_numeral(205) == "二百零五");
  CHECK(chinese_numeral(999) == "九百九十九");
}

TEST_CASE("chinese_numeral: outside 1..999 falls back to Arabic digits") {
  CHECK(chinese_numeral(0) == "0");
  CHECK(chinese_numeral(-3) == "-3");
  CHECK(chinese_numeral(1000) == "1000");
}

TEST_CASE("clause_label: full-width parentheses around the numeral") {
  CHECK(clause_label(1) == "（一）");
  CHECK(clause_label(3) == "（三）");
  CHECK(clause_label(10) == "（十）");
  CHECK(clause_label(20) == "（二十）");
  CHECK(clause_label(21) == "（二十一）");
}

TEST_CASE("numbers as publishers type them are read back: digits, full-width, Chinese numerals") {
  CHECK(parse_number_text("25") == 25);
  CHECK(parse_number_text("２５") == 25);
  CHECK(parse_number_text("二十五") == 25);
  CHECK(parse_number_text("十二") == 12);
  CHECK(parse_number_text("十") == 10);
  CHECK(parse_number_text("两") == 2);
  CHECK(parse_number_text("一百零五") == 105);
  CHECK(parse_number_text("二〇二一") == 2021);
  for (int n = 1; n <= 999; ++n) CHECK(parse_number_text(chinese_numeral(n)) == n);
  CHECK(parse_number_text("") == -1);
  CHECK(parse_number_text("十八名") == -1);
  CHECK(parse_number_text("二三十") == -1);
  CHECK(number_text_length("十八名") == 6);
  CHECK(number_text_length("１８名") == 6);
  CHECK(number_text_length("名") == 0);
}
