// Character diff (core/history/char_diff.h): spans rebuild both texts exactly, never split a UTF-8
// sequence (Chinese, emoji, punctuation, ASCII, malformed bytes), read well after the cleanup
// (no comb of one-character equal runs between edits), and the bit-parallel LCS behind
// similarity() agrees with the textbook dynamic programme.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "core/history/char_diff.h"
#include "core/base/utf8.h"

using namespace dutyatlas;

namespace {

DiffSpan eq(const char* t) { return {DiffKind::kEqual, t}; }
DiffSpan ins(const char* t) { return {DiffKind::kInsert, t}; }
DiffSpan del(const char* t) { return {DiffKind::kDelete, t}; }

std::string render(const std::vector<DiffSpan>& spans) {
  std::string out;
  for (const auto& s : spans) {
    if (s.kind == DiffKind::kDelete) out += "[-" + s.text + "-]";
    else if (s.kind == DiffKind::kInsert) out += "{+" + s.text + "+}";
    else out += s.text;
  }
  return out;
}

// The invariants every diff keeps.
void check_spans(std::string_view a, std::string_view b, const std::vector<DiffSpan>& spans) {
  std::string old_text, new_text;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const DiffSpan& s = spans[i];
    CHECK_FALSE(s.text.empty());
    if (i > 0) {
      CHECK(s.kind != spans[i - 1].kind);
      // Within an edit the deletion comes first.
      CHECK_FALSE((s.kind == DiffKind::kDelete && spans[i - 1].kind == DiffKind::kInsert));
    }
    if (s.kind != DiffKind::kInsert) old_text += s.text;
    if (s.kind != DiffKind::kDelete) new_text += s.text;
  }
  CHECK(old_text == a);
  CHECK(new_text == b);
}

std::size_t lcs_reference(const std::vector<char32_t>& a, const std::vector<char32_t>& b) {
  std::vector<std::size_t> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
  for (char32_t ca : a) {
    for (std::size_t j = 0; j < b.size(); ++j) {
      cur[j + 1] = ca == b[j] ? prev[j] + 1 : std::max(prev[j + 1], cur[j]);
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace

TEST_CASE("char diff: trivial cases") {
  CHECK(diff_chars("", "").empty());
  CHECK(diff_chars("相同", "相同") == std::vector<DiffSpan>{eq("相同")});
  CHECK(diff_chars("", "新增") == std::vector<DiffSpan>{ins("新增")});
  CHECK(diff_chars("删除", "") == std::vector<DiffSpan>{del("删除")});
  CHECK(diff_chars("甲", "乙") == std::vector<DiffSpan>{del("甲"), ins("乙")});
}

TEST_CASE("char diff: a reworded Chinese clause") {
  SUBCASE("an insertion in the middle") {
    auto spans = diff_chars("负责全区生态环境监测工作。", "负责全区生态环境监测和信息发布工作。");
    CHECK(spans == std::vector<DiffSpan>{eq("负责全区生态环境监测"), ins("和信息发布"), eq("工作。")});
  }
  SUBCASE("a deletion with its punctuation") {
    auto spans = diff_chars("拟订规划，起草有关规范性文件草案，并组织实施。", "拟订规划，并组织实施。");
    CHECK(spans == std::vector<DiffSpan>{eq("拟订规划，"), del("起草有关规范性文件草案，"), eq("并组织实施。")});
  }
  SUBCASE("a replacement keeps the full-width punctuation around it") {
    auto spans = diff_chars("负责全区户外广告设施、门店招牌设置的监督管理。",
                            "负责全区户外广告设施和招牌设置的监督管理。");
    CHECK(render(spans) == "负责全区户外广告设施[-、门店-]{+和+}招牌设置的监督管理。");
  }
  SUBCASE("one-character equal runs between edits are folded into the edits") {
    CHECK(render(diff_chars("负责甲和乙。", "负责丙和丁。")) == "负责[-甲和乙-]{+丙和丁+}。");
    // A real common phrase between two edits stays.
    CHECK(render(diff_chars("甲方负责全区生态环境保护乙方", "丙方负责全区生态环境保护丁方")) ==
          "[-甲-]{+丙+}方负责全区生态环境保护[-乙-]{+丁+}方");
  }
  SUBCASE("a short equal run between long edits is folded too") {
    auto spans = diff_chars("依法查处城镇规划区内未取得许可的行为", "牵头组织全区违法建设防控和治理工作");
    for (const auto& s : spans) CHECK(s.kind != DiffKind::kEqual);
  }
}

TEST_CASE("char diff: emoji, mixed ASCII and full-width text never split a sequence") {
  // 👍 U+1F44D and 👎 U+1F44E share their first three bytes: a byte diff would split them.
  auto spans = diff_chars("办理👍好评", "办理👎好评");
  CHECK(spans == std::vector<DiffSpan>{eq("办理"), del("👍"), ins("👎"), eq("好评")});
  // 生 U+751F and 甠 U+7520 share two bytes.
  CHECK(diff_chars("生", "甠") == std::vector<DiffSpan>{del("生"), ins("甠")});
  CHECK(render(diff_chars("依据GB/T 2260-2007执行。", "依据GB/T 2260-2015执行。")) ==
        "依据GB/T 2260-20[-07-]{+15+}执行。");
  CHECK(render(diff_chars("ASCII abc", "ＡＳＣＩＩ abc")) == "[-ASCII-]{+ＡＳＣＩＩ+} abc");
  for (const auto& s : diff_chars("“放管服”改革🚀推进", "“放管服”改革推进🎉！")) {
    CHECK(is_valid_utf8(s.text));
  }
}

TEST_CASE("char diff: malformed bytes are characters of their own, rebuilt byte for byte") {
  std::string a = "甲\xff乙\xfe";
  std::string b = "甲\xfe乙\xff\xc3";
  auto spans = diff_chars(a, b);
  check_spans(a, b, spans);
  // Different bad bytes never compare equal.
  CHECK(diff_chars("\xff", "\xfe") == std::vector<DiffSpan>{del("\xff"), ins("\xfe")});
}

TEST_CASE("char diff: random texts rebuild exactly and every span is whole characters") {
  const std::vector<std::string> alphabet = {"负", "责", "全", "区", "，", "。", "、", "a", "B", " ",
                                             "👍", "🎉", "（", "）", "生", "甠", "0"};
  std::mt19937 rng(20240201);
  auto random_text = [&](int max_chars) {
    std::string s;
    int n = int(rng() % std::uint32_t(max_chars + 1));
    for (int i = 0; i < n; ++i) s += alphabet[rng() % alphabet.size()];
    return s;
  };
  for (int round = 0; round < 400; ++round) {
    std::string a = random_text(round < 300 ? 30 : 200);
    std::string b = rng() % 3 == 0 ? random_text(30) : a;
    // Mutate b a little so the two are related.
    for (int k = 0; k < 3 && !b.empty(); ++k) {
      CodePoints cp = decode_code_points(b);
      std::size_t at = rng() % (cp.points.size() + 1);
      std::size_t offset = at < cp.points.size() ? cp.offsets[at] : b.size();
      b.insert(offset, alphabet[rng() % alphabet.size()]);
    }
    auto spans = diff_chars(a, b);
    check_spans(a, b, spans);
    for (const auto& s : spans) CHECK(is_valid_utf8(s.text));
  }
}

TEST_CASE("similarity: 2·LCS/(|a|+|b|) on code points") {
  CHECK(similarity("", "") == 1.0);
  CHECK(similarity("相同的文本", "相同的文本") == 1.0);
  CHECK(similarity("甲乙", "丙丁") == 0.0);
  CHECK(similarity("abcd", "abxd") == doctest::Approx(0.75));
  // Code points, not bytes: one Chinese character differs out of four on each side.
  CHECK(similarity("负责全区", "负责本区") == doctest::Approx(0.75));
  CHECK(similarity("", "文本") == 0.0);
}

TEST_CASE("LcsPattern agrees with the dynamic programme, also beyond 64 characters") {
  std::mt19937 rng(7);
  const std::u32string letters = U"负责全区生态环境监测工作，。ab";
  for (int round = 0; round < 300; ++round) {
    auto random_points = [&](std::size_t max) {
      std::vector<char32_t> v(rng() % (max + 1));
      for (auto& c : v) c = letters[rng() % letters.size()];
      return v;
    };
    std::size_t max = round % 3 == 0 ? 300 : 70;
    auto a = random_points(max);
    auto b = random_points(max);
    CHECK(LcsPattern(a).lcs(b) == lcs_reference(a, b));
  }
}

TEST_CASE("lcs_matrix agrees with the dynamic programme for every pair") {
  std::mt19937 rng(11);
  const std::u32string letters = U"负责全区生态环境监测工作，。ab👍";
  auto random_points = [&](std::size_t max) {
    std::vector<char32_t> v(rng() % (max + 1));
    for (auto& c : v) c = letters[rng() % letters.size()];
    return v;
  };
  std::vector<std::vector<char32_t>> a, b;
  for (int i = 0; i < 12; ++i) a.push_back(random_points(i % 4 == 0 ? 150 : 60));
  for (int j = 0; j < 9; ++j) b.push_back(random_points(j % 3 == 0 ? 150 : 60));
  b.push_back({U'无', U'关'});  // no character in common with any pattern
  std::vector<const std::vector<char32_t>*> pa, pb;
  for (const auto& x : a) pa.push_back(&x);
  for (const auto& x : b) pb.push_back(&x);
  auto m = lcs_matrix(pa, pb);
  REQUIRE(m.size() == a.size() * b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    for (std::size_t j = 0; j < b.size(); ++j) CHECK(m[i * b.size() + j] == lcs_reference(a[i], b[j]));
  }
  CHECK(lcs_matrix({}, pb).empty());
}
