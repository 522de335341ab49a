// Search on the small district of search_tree.h: 2-character words and synonyms find their
// rows, a body's name outranks the same words in a long text, hits are titled by what they are
// and snippets mark the matched words, the kind and category filters and the limit hold,
// search_counts counts what search finds, and hostile text is only text. 谁来管: who_test.cpp.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "core/api/query_json.h"
#include "core/duties/duty_queries.h"
#include "core/search/search.h"
#include "core/search/snippet.h"
#include "search_tree.h"

using namespace dutyatlas;
using namespace dutyatlas::test::search_tree;

namespace {

bool has_hit(const std::vector<SearchHit>& hits, const std::string& kind, const std::string& ref) {
  return std::any_of(hits.begin(), hits.end(),
                     [&](const SearchHit& h) { return h.kind == kind && h.ref == ref; });
}

}  // namespace

TEST_CASE("search: 2-character words find the clauses that contain them, synonyms their group") {
  std::vector<SearchHit> noise = search(db(), "噪声");
  CHECK(has_hit(noise, "duty", "sthjj#2"));
  CHECK(has_hit(noise, "duty", "gafj#2"));
  CHECK(has_hit(noise, "power", "CF-002"));
  CHECK_FALSE(has_hit(noise, "duty", "sthjj#1"));

  // 噪音 is no word of any clause: the synonym group brings it to the rows that say 噪声.
  std::vector<SearchHit> colloquial = search(db(), "噪音");
  CHECK(has_hit(colloquial, "duty", "sthjj#2"));
  CHECK(has_hit(colloquial, "duty", "gafj#2"));

  // 城管 stands for 综合行政执法: the body of that name and the clause that says it.
  std::vector<SearchHit> chengguan = search(db(), "城管");
  REQUIRE_FALSE(chengguan.empty());
  CHECK(chengguan.front().body_id == "zhzfj");
  CHECK(has_hit(chengguan, "body", "zhzfj"));
  CHECK(has_hit(chengguan, "duty", "zhzfj#1"));

  // A publisher's keyword finds the clause it is attached to.
  CHECK(has_hit(search(db(), "烧烤"), "duty", "zhzfj#3"));
}

TEST_CASE("search: a body's name outranks the same words in a long text") {
  std::vector<SearchHit> hits = search(db(), "环境监测站");
  REQUIRE(hits.size() >= 2);
  CHECK(hits[0].kind == "body");
  CHECK(hits[0].ref == "jcz");
  CHECK(hits[0].title == "测试区环境监测站");
  CHECK(has_hit(hits, "duty", "zhzfj#1"));  // the long clause, further down
  for (std::size_t i = 1; i < hits.size(); ++i) CHECK(hits[i].score <= hits[0].score);
}

TEST_CASE("search: hits are titled by what they are, and snippets mark the matched words") {
  std::vector<SearchHit> hits = search(db(), "油烟");
  REQUIRE_FALSE(hits.empty());
  bool duty_seen = false;
  for (const SearchHit& h : hits) {
    CAPTURE(h.ref);
    if (h.kind == "duty" && h.ref == "zhzfj#3") {
      duty_seen = true;
      CHECK(h.title == "区综合行政执法局");  // a duty is titled by its body
      CHECK(h.snippet.find(marked("油烟")) != std::string::npos);
      CHECK(strip_marks(h.snippet).find("油烟") != std::string::npos);
      CHECK(strip_marks(h.snippet).find(std::string(kMarkOpen)) == std::string::npos);
    }
    if (h.kind == "matter") CHECK(h.title == "餐饮油烟污染");
    if (h.kind == "power" && h.ref == "CF-001") CHECK(h.title == "对餐饮服务业经营者超标排放油烟的行政处罚");
  }
  CHECK(duty_seen);
  // Best first.
  for (std::size_t i = 1; i < hits.size(); ++i) CHECK(hits[i].score <= hits[i - 1].score);
}

TEST_CASE("search: kind and category filters, and the limit") {
  SearchOptions powers;
  powers.kinds = {"power"};
  std::vector<SearchHit> hits = search(db(), "油烟", powers);
  REQUIRE_FALSE(hits.empty());
  for (const SearchHit& h : hits) CHECK(h.kind == "power");
  CHECK(has_hit(hits, "power", "CF-001"));

  SearchOptions duties_and_matters;
  duties_and_matters.kinds = {"duty", "matter"};
  hits = search(db(), "油烟", duties_and_matters);
  REQUIRE_FALSE(hits.empty());
  CHECK(has_hit(hits, "matter", "T01"));
  for (const SearchHit& h : hits) CHECK((h.kind == "duty" || h.kind == "matter"));

  SearchOptions streets;
  streets.category = "street";
  hits = search(db(), "油烟", streets);
  REQUIRE_FALSE(hits.empty());
  for (const SearchHit& h : hits) CHECK(h.body_id == "dsjd");

  SearchOptions one;
  one.limit = 1;
  CHECK(search(db(), "油烟", one).size() == 1);
  SearchOptions nothing;
  nothing.kinds = {"task"};
  CHECK(search(db(), "油烟", nothing).empty());
}

TEST_CASE("search_counts: every match per kind and category, beyond the ranked limit") {
  // What search() finds when nothing limits it, counted the same way.
  auto tally = [](const std::vector<SearchHit>& hits) {
    std::map<std::pair<std::string, std::string>, int> out;
    for (const SearchHit& h : hits) {
      std::string category = h.body_id.empty() ? "" : find_body(db(), h.body_id)->category;
      ++out[{h.kind, category}];
    }
    return out;
  };
  SearchOptions all;
  all.limit = 1000;
  std::map<std::pair<std::string, std::string>, int> counted;
  for (const SearchCount& c : search_counts(db(), "油烟")) counted[{c.kind, c.category}] = c.count;
  CHECK(counted == tally(search(db(), "油烟", all)));
  CHECK(counted.count({"matter", ""}));        // a matter belongs to no body
  CHECK(counted.count({"power", "government"}));
  CHECK(counted.count({"duty", "street"}));

  CHECK(search_counts(db(), "，。！").empty());
  CHECK(search_counts(db(), "不存在的词语组合").empty());
}

TEST_CASE("search: hostile text is just text") {
  for (const std::string& text : hostile_texts()) {
    CAPTURE(text.substr(0, 20));
    // What a reader sees: operators and quotes are characters, not syntax. Text whose only word
    // is 噪声 finds the noise clause; a word the data lacks (OR, NOT, title, NEAR, x) leaves no
    // result, as any unknown word does; the chips count
    // exactly the results listed (谁来管 on the same texts: who_test.cpp).
    SearchOptions all;
    all.limit = 1000;
    const std::vector<SearchHit> hits = search(db(), text, all);
    int counted = 0;
    for (const SearchCount& c : search_counts(db(), text)) counted += c.count;
    CHECK(counted == int(hits.size()));
    const bool says_noise = dutyatlas::test::has(text, "噪声");
    const bool only_noise = says_noise && std::none_of(text.begin(), text.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    });
    CHECK(has_hit(hits, "duty", "sthjj#2") == only_noise);
    CHECK(hits.empty() == !only_noise);
    for (const char* query : {"search"}) {
      std::string request = nlohmann::json{{"query", query}, {"text", text}}.dump(
          -1, ' ', false, nlohmann::json::error_handler_t::replace);
      CHECK(nlohmann::json::parse(answer_query_json(db(), request))["ok"] == true);
    }
  }
  // Words inside hostile text are still found.
  CHECK(has_hit(search(db(), "\"噪声\""), "duty", "sthjj#2"));
  CHECK(has_hit(search(db(), "(噪声)"), "duty", "sthjj#2"));
}
