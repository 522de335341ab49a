// Search that forgives, on the small district of search_tree.h: a sentence with no row holding
// all its words gets the rows holding most of them, marked partial, without the district's name
// among its terms; words found together stay a strict answer; one wrong, added or dropped
// character gets the body name or indexed phrase meant, offered and not applied; snippets are
// centred on the match.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "core/api/query_json.h"
#include "core/search/did_you_mean.h"
#include "core/search/forgiving_search.h"
#include "core/search/snippet.h"
#include "search_tree.h"

using namespace dutyatlas;
using namespace dutyatlas::test::search_tree;

TEST_CASE("forgiving search: a sentence falls back to the rows holding most of its words") {
  const std::string sentence = "测试区隔壁饭店超标排放油烟太难闻了";
  REQUIRE(search(db(), sentence).empty());  // no row holds every bigram of it

  SearchAnswer answer = forgiving_search(db(), sentence);
  CHECK(answer.partial);
  CHECK(answer.strict_hits == 0);
  REQUIRE_FALSE(answer.hits.empty());
  // The rows that say 超标排放油烟 come first: they hold the most (and rarest) of its words.
  const SearchHit& first = answer.hits.front();
  CHECK(((first.kind == "power" && first.ref == "CF-001") ||
         (first.kind == "duty" && first.ref == "zhzfj#3")));
  CHECK(first.title.find("油烟") != std::string::npos);
  // The district's name and the words found nowhere are not asked for.
  for (const char* dropped : {"测试", "试区", "隔壁", "难闻"}) {
    CAPTURE(dropped);
    CHECK(std::find(answer.terms.begin(), answer.terms.end(), dropped) == answer.terms.end());
  }
  CHECK(std::find(answer.terms.begin(), answer.terms.end(), "油烟") != answer.terms.end());
  // The chips count what the answer draws on: the any-term rows.
  int counted = 0;
  for (const SearchCount& c : answer.counts) counted += c.count;
  CHECK(counted >= int(answer.hits.size()));
}

TEST_CASE("forgiving search: words found together stay a strict answer") {
  SearchAnswer answer = forgiving_search(db(), "油烟");
  CHECK_FALSE(answer.partial);
  CHECK(answer.strict_hits == int(answer.hits.size()));
  CHECK(answer.suggestion.empty());
  CHECK(answer.hits.size() == search(db(), "油烟").size());
  CHECK(forgiving_search(db(), "，。！").hits.empty());  // no word at all: nothing, no error
}

TEST_CASE("did you mean: one character changed, added or dropped, from names and the index") {
  CHECK(did_you_mean(db(), "测试区生态环竟局") == "测试区生态环境局");  // a body's name, changed
  CHECK(did_you_mean(db(), "区公按分局") == "区公安分局");              // a short name
  CHECK(did_you_mean(db(), "测试区生态境局") == "测试区生态环境局");    // dropped
  CHECK(did_you_mean(db(), "测试区生态环环境局") == "测试区生态环境局");  // added
  CHECK(did_you_mean(db(), "噪声污柒") == "噪声污染");                  // the index's words
  CHECK(did_you_mean(db(), " 超标排放油咽 ") == "超标排放油烟");
  CHECK(did_you_mean(db(), "完全无关的话") == "");                      // nothing one edit away
  CHECK(did_you_mean(db(), "噪") == "");                                // too short to guess

  // Offered, not applied: the answer is still for what was typed.
  SearchAnswer answer = forgiving_search(db(), "测试区生态环竟局");
  CHECK(answer.suggestion == "测试区生态环境局");
  CHECK(answer.strict_hits == 0);
  nlohmann::json json = nlohmann::json::parse(answer_query_json(db(), text_request("search", "区公按分局")));
  CHECK(json["result"]["suggestion"] == "区公安分局");
}

TEST_CASE("did you mean: one_edit_apart") {
  CHECK(one_edit_apart(U"生态环竟", U"生态环境"));
  CHECK(one_edit_apart(U"生态境", U"生态环境"));
  CHECK(one_edit_apart(U"生态环境", U"生态境"));
  CHECK_FALSE(one_edit_apart(U"生态环境", U"生态环境"));
  CHECK_FALSE(one_edit_apart(U"生态", U"环境"));
  CHECK_FALSE(one_edit_apart(U"生", U"生态环"));
}

TEST_CASE("snippets are centred on the matched word") {
  // 监测站 stands near the end of a 140-character clause: the window shows it with as much
  // text before as after.
  std::string snippet = strip_marks(snippet_of(kLongClause, {"监测"}, 20));
  std::size_t at = snippet.find("监测");
  REQUIRE(at != std::string::npos);
  std::size_t before = code_point_count(snippet.substr(0, at)) - 1;  // less the leading "…"
  std::size_t after = code_point_count(snippet.substr(at + std::string("监测").size())) - 1;
  CHECK(before >= 8);
  CHECK(before <= 10);
  CHECK(after >= 8);
  CHECK(after <= 10);
}

TEST_CASE("a row found by its keywords alone shows them, marked") {
  // 烧烤 is the publisher's keyword of zhzfj#3, whose text never says it.
  std::vector<SearchHit> hits = search(db(), "烧烤");
  auto duty = std::find_if(hits.begin(), hits.end(), [](const SearchHit& h) { return h.ref == "zhzfj#3"; });
  REQUIRE(duty != hits.end());
  CHECK(duty->snippet.rfind(marked("烧烤"), 0) == 0);
  CHECK(strip_marks(duty->snippet).find("· 负责全区餐饮服务业") != std::string::npos);
}

TEST_CASE("search hits name the body they belong to") {
  std::vector<SearchHit> hits = search(db(), "油烟");
  auto power = std::find_if(hits.begin(), hits.end(), [](const SearchHit& h) { return h.ref == "CF-003"; });
  REQUIRE(power != hits.end());
  CHECK(power->body_name == "东示街道");
  auto matter = std::find_if(hits.begin(), hits.end(), [](const SearchHit& h) { return h.kind == "matter"; });
  REQUIRE(matter != hits.end());
  CHECK(matter->body_name.empty());
}
