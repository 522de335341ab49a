// Whole sentences for 谁来管's evidence (core/search/sentence_snippet.h): the sentence with the
// most matches, whole and marked; a neighbour added while there is room and reason; a long
// sentence cut around its terms; "…" wherever the text goes on.
#include <doctest/doctest.h>

#include <string>

#include "core/search/sentence_snippet.h"
#include "core/search/snippet.h"

using namespace dutyatlas;

namespace {

std::string marked(const std::string& word) {
  return std::string(kMarkOpen) + word + std::string(kMarkClose);
}

}  // namespace

TEST_CASE("sentence_snippet: the matching sentence whole, its terms marked") {
  const std::string text =
      "负责全区市容环境卫生管理工作。负责全区餐饮服务业油烟污染防治的日常监督管理，依法查处"
      "餐饮服务单位超标排放油烟的行为。负责城市绿化管理。";
  std::string s = sentence_snippet(text, {"油烟"}, 120);
  // The middle sentence alone: it is longer than a third of 120, and its neighbours do not match.
  CHECK(s == "…负责全区餐饮服务业" + marked("油烟") + "污染防治的日常监督管理，依法查处餐饮服务单位超标排放" +
                 marked("油烟") + "的行为。…");
  // Only the terms asked for are marked: 管理 is not.
  CHECK(s.find(marked("管理")) == std::string::npos);
  // Two matching sentences that fit are both taken; a long one without a match is not.
  std::string two = sentence_snippet(
      "负责全区噪声污染防治的统一监督管理，组织开展噪声监测。负责工业噪声污染防治的监督管理。"
      "负责全区生态环境基本制度建设和生态文明建设的统筹协调工作。",
      {"噪声"}, 120);
  CHECK(two == "负责全区" + marked("噪声") + "污染防治的统一监督管理，组织开展" + marked("噪声") +
                   "监测。负责工业" + marked("噪声") + "污染防治的监督管理。…");
  // A short sentence (a heading) takes its neighbour for context.
  CHECK(sentence_snippet("（三）\n负责油烟管理。", {"油烟"}, 60) == "（三）\n负责" + marked("油烟") + "管理。");
  // No match: the text's start.
  CHECK(sentence_snippet("负责全区市容环境卫生管理工作。其他。", {"油烟"}, 120) == "负责全区市容环境卫生管理工作。其他。");
  CHECK(sentence_snippet("", {"油烟"}, 120).empty());
}

TEST_CASE("sentence_snippet: a sentence longer than the room is cut around its terms") {
  std::string text = "开头。";
  for (int i = 0; i < 20; ++i) text += "一二三四五";
  text += "油烟";
  for (int i = 0; i < 20; ++i) text += "六七八九十";
  text += "。结尾。";
  std::string s = sentence_snippet(text, {"油烟"}, 40);
  CHECK(s.find(marked("油烟")) != std::string::npos);
  CHECK(s.rfind("…", 0) == 0);                // cut before: one "…", not two
  CHECK(s.find("……") == std::string::npos);
  CHECK(s.size() >= 3);
  CHECK(s.substr(s.size() - 3) == "…");
}
