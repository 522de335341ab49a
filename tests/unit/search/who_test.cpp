// 谁来管 on the small district of search_tree.h: who_handles puts the lead body of a matter
// before its cooperating body, cites the document behind a duty, passes over the streets it is
// not told about, points a body without duties to its parent, finds nothing in punctuation or
// filler, and takes hostile text as text; groups the answer with exactly one 牵头 and gives its
// evidence as whole sentences with only the distinctive terms marked. Last, on the full demo
// district, that a 300-character complaint finds its body, that 管理 / 依法 / 负责 / the
// district's name are never highlighted, and that a re-analysed complaint keeps or clears the
// operator's choices. Search itself: search_test.cpp; the groups' rules: who_groups_test.cpp.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "builder/bundle_writer.h"
#include "core/base/utf8.h"
#include "core/api/query_json.h"
#include "core/search/who.h"
#include "core/search/who_groups.h"
#include "core/search/who_terms.h"
#include "search_tree.h"

using namespace dutyatlas;
using namespace dutyatlas::test;
using namespace dutyatlas::test::search_tree;

namespace {

std::size_t rank_of(const std::vector<WhoCandidate>& candidates, const std::string& body_id) {
  auto it = std::find_if(candidates.begin(), candidates.end(),
                         [&](const WhoCandidate& c) { return c.body_id == body_id; });
  return std::size_t(it - candidates.begin());
}

}  // namespace

TEST_CASE("who_handles: hostile text is just text") {
  for (const std::string& text : hostile_texts()) {
    CAPTURE(text.substr(0, 20));
    CHECK_NOTHROW(who_handles(db(), text));
    CHECK(nlohmann::json::parse(answer_query_json(db(), text_request("who", text)))["ok"] == true);
  }
  // A 10,000-character paste of real words still answers.
  std::string paste;
  while (paste.size() < 30000) paste += "楼下饭店油烟太大，";
  CHECK_FALSE(who_handles(db(), paste).empty());
}

TEST_CASE("who_handles: the lead body of a matching matter before the cooperating one") {
  std::vector<WhoCandidate> who = who_handles(db(), "楼下烧烤店油烟太大，熏得窗户都不敢开，没人管吗");
  REQUIRE(who.size() >= 2);
  CHECK(who[0].body_id == "zhzfj");
  CHECK(who[0].name == "测试区综合行政执法局");
  CHECK(who[0].role == "lead");
  std::size_t cooperating = rank_of(who, "sthjj");
  REQUIRE(cooperating < who.size());
  CHECK(who[cooperating].role == "cooperate");
  CHECK(cooperating > 0);
  for (std::size_t i = 1; i < who.size(); ++i) CHECK(who[i].score <= who[i - 1].score);

  // Evidence: the matter (with the role), and the duty with the document that set its wording.
  const std::vector<WhoEvidence>& evidence = who[0].evidence;
  REQUIRE_FALSE(evidence.empty());
  CHECK(evidence.size() <= 5);
  auto matter = std::find_if(evidence.begin(), evidence.end(),
                             [](const WhoEvidence& e) { return e.hit.kind == "matter"; });
  REQUIRE(matter != evidence.end());
  CHECK(matter->hit.ref == "T01");
  CHECK(matter->role == "lead");
  auto duty = std::find_if(evidence.begin(), evidence.end(),
                           [](const WhoEvidence& e) { return e.hit.kind == "duty"; });
  REQUIRE(duty != evidence.end());
  CHECK(duty->hit.ref == "zhzfj#3");
  CHECK(duty->doc_no == "测编〔2020〕3号");
  CHECK(duty->doc_title == "关于印发测试区综合行政执法局三定规定的通知");
  CHECK(duty->hit.title == "区综合行政执法局");
  CHECK(duty->hit.snippet.find(marked("油烟")) != std::string::npos);

  // top limits the answer.
  CHECK(who_handles(db(), "楼下烧烤店油烟太大", 1).size() == 1);
  CHECK(who_handles(db(), "楼下烧烤店油烟太大", 0).empty());
}

TEST_CASE("who_handles: one 牵头, then 配合 and 相关; evidence in whole sentences") {
  const std::string complaint = "测试区楼下烧烤店油烟太大，熏得窗户都不敢开，没人管吗";
  std::vector<WhoCandidate> who = who_handles(db(), complaint);
  REQUIRE(who.size() >= 2);
  // Both zhzfj and (for a stage) others may lead some matter; the answer has one lead.
  CHECK(who[0].group == kGroupLead);
  for (std::size_t i = 1; i < who.size(); ++i) {
    CAPTURE(who[i].body_id);
    CHECK(who[i].group != kGroupLead);
    CHECK((who[i].group == kGroupCooperate || who[i].group == kGroupRelated));
  }
  std::size_t sthjj = rank_of(who, "sthjj");
  REQUIRE(sthjj < who.size());
  // The matter names sthjj as cooperating, but its score is 0.17 of the lead's: below
  // kCooperateMatterShare, it is only related; so is the street the complaint does not name.
  CHECK(who[sthjj].group == kGroupRelated);
  REQUIRE(rank_of(who, "dsjd") < who.size());
  CHECK(who[rank_of(who, "dsjd")].group == kGroupRelated);
  // The JSON answer says each body's group.
  auto answer = nlohmann::json::parse(answer_query_json(db(), text_request("who", complaint)));
  REQUIRE(answer["ok"] == true);
  int leads = 0;
  for (const auto& c : answer["result"]) leads += c["group"] == "lead";
  CHECK(leads == 1);
  CHECK(answer["result"][0]["group"] == "lead");

  // The duty's whole clause, not 20 characters of it; the district's name (测试) never marked.
  auto duty = std::find_if(who[0].evidence.begin(), who[0].evidence.end(),
                           [](const WhoEvidence& e) { return e.hit.ref == "zhzfj#3"; });
  REQUIRE(duty != who[0].evidence.end());
  CHECK(duty->hit.snippet == "负责全区餐饮服务业" + marked("油烟") +
                                 "污染防治的日常监督管理，依法查处餐饮服务单位超标排放" +
                                 marked("油烟") + "的行为。");
  const std::set<std::string> terms = who_distinctive_terms(db(), complaint);
  CHECK(terms.count("油烟") == 1);
  CHECK(terms.count("测试") == 0);
  // Evidence sized by the caller: a narrow column gets a window of the clause.
  std::vector<WhoCandidate> narrow = who_handles(db(), complaint, 5, 20);
  REQUIRE_FALSE(narrow.empty());
  for (const WhoEvidence& e : narrow[0].evidence) {
    CHECK(code_point_count(strip_marks(e.hit.snippet)) <= 22);  // 20 and the "…" either side
  }
}

TEST_CASE("who_handles: a street only when the complaint names it, filler finds nothing") {
  // Unnamed, the street that only patrols ranks below the departments that answer for noise.
  std::vector<WhoCandidate> unnamed = who_handles(db(), "工厂机器噪声太吵了，半夜都不停");
  REQUIRE_FALSE(unnamed.empty());
  CHECK(unnamed[0].body_id == "sthjj");
  CHECK(rank_of(unnamed, "dsjd") > rank_of(unnamed, "gafj"));
  // Named, it is among the first.
  std::vector<WhoCandidate> named = who_handles(db(), "东示街道幸福小区门口饭店油烟扰民");
  CHECK(rank_of(named, "dsjd") < 3);
  // A complaint naming a body without duties of its own points to its parent.
  std::vector<WhoCandidate> station = who_handles(db(), "区环境监测站的人来测了也不公布结果");
  REQUIRE_FALSE(station.empty());
  CHECK(station[0].body_id == "sthjj");

  CHECK(who_handles(db(), "").empty());
  CHECK(who_handles(db(), "，。！？……——“”（）").empty());
  CHECK(who_handles(db(), "!!! ??? ...").empty());
  CHECK(who_handles(db(), "😡😡😡").empty());
  // Only filler: who, where, when, how upset.
  CHECK(who_handles(db(), "我们小区楼下每天晚上都这样，请问有没有人管一下，谢谢").empty());
}

// Latency is measured by bench/search.mjs (in the browser, where it matters), not asserted here.
TEST_CASE("who_handles: a long, rambling complaint in the demo district finds its body") {
  builder::Diagnostics diagnostics;
  builder::Source source =
      builder::read_source_folder((source_root() / "assets" / "demo").string(), &diagnostics);
  REQUIRE_FALSE(diagnostics.has_errors());
  auto demo = open_image(builder::write_database_image(source.dataset, source.history));
  const std::string complaint =
      "来电人反映：其居住在西示街道滨江社区滨江花园2期7栋1单元，楼下临街商铺今年5月新开了一家烤鱼店，"
      "店家把排烟管从后面直接接到了我们这栋楼的外墙上，每天从上午十点多到晚上十二点一直在排，整栋楼东边"
      "的住户家里都是烟味，我家老人有哮喘，这几天已经去了两次医院。之前打过物业电话，物业说店铺不归他们"
      "管，社区网格员来看过一次就没下文了。另外晚上十一点以后店门口还有人喝酒划拳，吵得人睡不着，门口的"
      "人行道也被他们的桌椅占了一半。诉求：请相关部门尽快核实处理，督促店家整改油烟和噪音问题，不要再占"
      "道经营，给居民一个安静干净的环境。上周三晚上我们几户邻居还一起下楼找老板谈过，老板当面答应装油烟"
      "净化器，结果一个星期过去了什么都没变，希望这次能有个结果。";
  std::vector<WhoCandidate> who = who_handles(*demo, complaint);
  std::size_t chars = std::count_if(complaint.begin(), complaint.end(),
                                    [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
  CHECK(chars >= 300);
  REQUIRE_FALSE(who.empty());
  CHECK(rank_of(who, "zhzfj") < 3);

  // Generic words, from the index's row counts, and the district's name: never highlighted.
  const std::set<std::string> generic = generic_terms(*demo);
  for (const std::string word : {"管理", "依法", "负责", "示例", "例区"}) {
    CAPTURE(word);
    CHECK(generic.count(word) == 1);
  }
  for (const std::string word : {"油烟", "噪声", "漏水", "烧烤", "占道", "排烟", "噪音"}) {
    CAPTURE(word);
    CHECK(generic.count(word) == 0);
  }
  int marked_terms = 0;
  for (const WhoCandidate& c : who) {
    for (const WhoEvidence& e : c.evidence) {
      CAPTURE(e.hit.snippet);
      for (const char* word : {"管理", "依法", "负责", "示例"}) CHECK(e.hit.snippet.find(marked(word)) == std::string::npos);
      marked_terms += e.hit.snippet.find(kMarkOpen) != std::string::npos;
    }
  }
  CHECK(marked_terms > 0);

  // The same complaint with a word corrected and a sentence of filler is the same matter; a
  // leak is another.
  std::set<std::string> before = who_distinctive_terms(*demo, complaint);
  std::string edited = complaint;
  edited.replace(edited.find("烤鱼店"), std::string("烤鱼店").size(), "烧烤店");
  edited += "谢谢，麻烦尽快处理。";
  CHECK(same_matter(before, who_distinctive_terms(*demo, edited)));
  CHECK_FALSE(same_matter(before, who_distinctive_terms(*demo, "楼上卫生间漏水渗到我家天花板，墙皮都泡掉了")));
}
