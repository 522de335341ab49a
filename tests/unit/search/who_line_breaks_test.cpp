// 谁来管 on a complaint with line breaks, as the multi-line 谁来管 box keeps them (a hotline
// record pasted paragraph by paragraph): a line break separates words as punctuation does, so
// the answer is the one for the same text with commas; Windows line ends (\r\n) the same.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/search/who.h"
#include "search_tree.h"

using namespace dutyatlas;
using namespace dutyatlas::test::search_tree;

namespace {

std::vector<std::string> bodies(const std::vector<WhoCandidate>& candidates) {
  std::vector<std::string> ids;
  for (const WhoCandidate& c : candidates) ids.push_back(c.body_id);
  return ids;
}

std::string joined(const std::vector<std::string>& lines, const std::string& separator) {
  std::string out;
  for (const std::string& line : lines) out += line + separator;
  return out;
}

}  // namespace

TEST_CASE("who_handles: line breaks separate words as punctuation does") {
  const std::vector<std::string> lines = {"来电人反映", "楼下烧烤店油烟太大", "熏得窗户都不敢开",
                                          "没人管吗"};
  std::vector<WhoCandidate> with_commas = who_handles(db(), joined(lines, "，"));
  REQUIRE_FALSE(with_commas.empty());
  CHECK(bodies(who_handles(db(), joined(lines, "\n"))) == bodies(with_commas));
  CHECK(bodies(who_handles(db(), joined(lines, "\r\n"))) == bodies(with_commas));
  CHECK(bodies(who_handles(db(), joined(lines, "\n\n"))) == bodies(with_commas));
  // A break inside a word splits it, as a comma would: 油\n烟 is not 油烟.
  CHECK(bodies(who_handles(db(), "油\n烟")) == bodies(who_handles(db(), "油，烟")));
}
