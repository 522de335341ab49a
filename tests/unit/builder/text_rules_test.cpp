// The normalisation rules of builder/text_rules.h: what a publisher is told about characters
// they cannot see, codes typed in full width, and duties numbered by hand.
#include <doctest/doctest.h>

#include <string>

#include "builder/text_rules.h"

using namespace dutyatlas::builder;

TEST_CASE("text rules: invisible characters are named with their column") {
  CHECK(invisible_character("示编〔2019〕22号\u200b") == "U+200B ZERO WIDTH SPACE at column 12");
  CHECK(invisible_character(std::string("区财政局\0", 13)) == "U+0000 NULL at column 5");
  CHECK(invisible_character("事项\uFEFF编码") == "U+FEFF ZERO WIDTH NO-BREAK SPACE (BOM) at column 3");
  CHECK(invisible_character("a\x01") == "U+0001 CONTROL CHARACTER at column 2");
  // Line breaks and tabs are part of multi-line texts; full-width spaces are visible.
  CHECK_FALSE(invisible_character("第一段\n第二段\t（续）　完"));
}

TEST_CASE("text rules: full-width digits and letters in codes") {
  CHECK(fullwidth_character("XZJC-QWB-０００１") == "U+FF10 FULLWIDTH DIGIT ZERO at column 10");
  CHECK(fullwidth_character("ＸK-001") == "U+FF38 FULLWIDTH LATIN CAPITAL LETTER X at column 1");
  CHECK_FALSE(fullwidth_character("XZJC-QWB-0001"));
  CHECK_FALSE(fullwidth_character("示编〔2019〕22号"));  // 〔〕 belong in a 文号
}

TEST_CASE("text rules: outer spaces") {
  CHECK(has_outer_space("中共示例区委办公室 "));
  CHECK(has_outer_space("\u3000区财政局"));
  CHECK_FALSE(has_outer_space("区 财政局"));
}

TEST_CASE("text rules: a duty's own numbering") {
  auto prefix = [](const std::string& duty) { return duty.substr(0, own_numbering_length(duty)); };
  CHECK(prefix("（一）负责全区生态环境监测工作。") == "（一）");
  CHECK(prefix("（十二）承担区委交办的其他任务。") == "（十二）");
  CHECK(prefix("(3)负责噪声污染防治。") == "(3)");
  CHECK(prefix("一、负责机关日常运转。") == "一、");
  CHECK(prefix("12.负责统计工作。") == "12.");
  // Not numbering: a number that is part of the text.
  CHECK(prefix("1.5万人以上的集会由区公安分局审批。") == "");
  CHECK(prefix("负责（一）类事项的审批。") == "");
  CHECK(prefix("十分重要的工作") == "");
}
