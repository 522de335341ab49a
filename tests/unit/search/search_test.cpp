// Search and 谁来管 on a small tree written here (five bodies, their 三定, a 职责分工清单 matter,
// powers, keywords, synonyms): 2-character words and synonyms find their rows, a body's name
// outranks the same words in a long text, hostile text is only text, the kind and category
// filters hold, snippets mark the matched words; who_handles puts the lead body of a matter
// before its cooperating body, cites the document behind a duty, passes over the streets it is
// not told about, and finds nothing in punctuation. Last, on the full demo district, that
// who_handles stays fast on a 300-character complaint.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "builder/bundle_writer.h"
#include "core/duties/duty_queries.h"
#include "core/api/query_json.h"
#include "core/search/search_index.h"
#include "source_tree.h"

using namespace dutyatlas;
using namespace dutyatlas::test;

namespace {

const char* const kBodies = R"({
  "bodies": [
    {"id": "zhzfj", "name": "测试区综合行政执法局", "short_name": "区综合行政执法局", "category": "government", "rank": "正科级", "uscc": "11999902102162289G", "division_code": "999902"},
    {"id": "sthjj", "name": "测试区生态环境局", "short_name": "区生态环境局", "category": "government", "rank": "正科级", "uscc": "119999021021346083", "division_code": "999902"},
    {"id": "gafj", "name": "测试区公安分局", "short_name": "区公安分局", "category": "government", "rank": "正科级", "uscc": "119999021021242237", "division_code": "999902"},
    {"id": "dsjd", "name": "测试区东示街道办事处", "short_name": "东示街道", "category": "street", "rank": "正科级", "uscc": "11999902102177851J", "division_code": "999902"},
    {"id": "jcz", "name": "测试区环境监测站", "short_name": "区环境监测站", "category": "institution", "rank": "副科级", "parent": "sthjj", "uscc": "12999902404190015M", "division_code": "999902", "institution_class": "public-1"},
    {"id": "cgw", "name": "测试区城市管理委员会", "short_name": "区城管委", "category": "coordination", "uscc": "11999902006290213F", "division_code": "999902", "host": "zhzfj"}
  ]
}
)";

std::string sanding_document(const std::string& doc_no, const std::string& title) {
  return R"({"doc_no": ")" + doc_no + R"(", "title": ")" + title +
         R"(", "issuer": "中共测试区委机构编制委员会", "kind": "sanding", "issued": "2019-12-20",
            "effective": "2020-01-01"})";
}

std::string sanding(const std::string& body, const std::string& doc_no, const std::string& setup,
                    const std::vector<std::string>& duties) {
  nlohmann::json j = {{"body", body}, {"document", doc_no}, {"setup", setup}, {"duties", duties}};
  return j.dump(2);
}

// A long clause that mentions the monitoring station only in passing.
const char* const kLongClause =
    "负责全区城市管理和综合行政执法工作的统筹协调、业务指导、监督检查和考核评价，指导各镇（街道）"
    "开展城市管理工作，建立健全与公安、生态环境、住房城乡建设等部门的执法协作和案件移送机制，"
    "重大活动期间会同区环境监测站开展市容环境和空气质量的联合巡查，并组织开展执法人员业务培训。";

struct Built {
  builder::DatabaseImage image;
  std::unique_ptr<DutyDatabase> db;
};

const DutyDatabase& db() {
  static const Built b = [] {
    SourceTree tree;
    tree.write("bodies.json", kBodies);
    tree.remove("documents");
    tree.remove("sanding");
    tree.write("documents/sanding-zhzfj.json",
               sanding_document("测编〔2020〕3号", "关于印发测试区综合行政执法局三定规定的通知"));
    tree.write("sanding/zhzfj.json",
               sanding("zhzfj", "测编〔2020〕3号", "区综合行政执法局是区政府工作部门，为正科级。",
                       {kLongClause, "负责全区市容环境卫生管理工作。",
                        "负责全区餐饮服务业油烟污染防治的日常监督管理，依法查处餐饮服务单位超标排放油烟的行为。",
                        "集中行使建筑施工噪声方面的行政处罚权。"}));
    tree.write("documents/sanding-sthjj.json",
               sanding_document("测编〔2020〕1号", "关于印发测试区生态环境局三定规定的通知"));
    tree.write("sanding/sthjj.json",
               sanding("sthjj", "测编〔2020〕1号", "区生态环境局是区政府工作部门，为正科级。",
                       {"负责建立健全全区生态环境基本制度。",
                        "负责全区噪声污染防治的统一监督管理，负责工业噪声污染防治的监督管理。",
                        "负责全区大气、水、土壤污染防治的监督管理。"}));
    tree.write("documents/sanding-gafj.json",
               sanding_document("测编〔2020〕4号", "关于印发测试区公安分局三定规定的通知"));
    tree.write("sanding/gafj.json",
               sanding("gafj", "测编〔2020〕4号", "区公安分局是区政府工作部门，为正科级。",
                       {"负责全区社会治安管理。", "负责社会生活噪声污染防治的相关监督管理。"}));
    tree.write("documents/sanding-dsjd.json",
               sanding_document("测编〔2020〕5号", "关于印发测试区东示街道办事处三定规定的通知"));
    tree.write("sanding/dsjd.json",
               sanding("dsjd", "测编〔2020〕5号", "东示街道办事处是区政府的派出机关。",
                       {"负责辖区生态环境保护属地管理工作，组织开展餐饮油烟、噪声扰民问题的巡查发现和报告。"}));
    tree.write("lists/division.csv",
               "编号,分组,事项,环节,牵头单位,配合单位,依据\n"
               "T01,生态环保,餐饮油烟污染,监管,区综合行政执法局,区生态环境局,《大气污染防治法》第八十一条\n"
               "T01,生态环保,餐饮油烟污染,执法,区综合行政执法局,,《大气污染防治法》第一百一十八条\n");
    tree.write("lists/powers.csv",
               "事项编码,事项名称,事项类型,实施主体\n"
               "CF-001,对餐饮服务业经营者超标排放油烟的行政处罚,行政处罚,zhzfj\n"
               "CF-002,对超标排放工业噪声的行政处罚,行政处罚,sthjj\n"
               "CF-003,对餐饮油烟扰民的劝导制止,其他行政权力,dsjd\n");
    tree.write("keywords.csv", "关键词,类型,对象\n烧烤,职责,zhzfj#3\n");
    tree.write("synonyms.csv", "词,同义词\n城管,综合行政执法\n噪音,噪声\n");
    builder::Diagnostics diagnostics;
    builder::Source source = tree.read(&diagnostics);
    if (diagnostics.has_errors()) {
      throw std::runtime_error("search test tree has errors:\n" + describe(diagnostics));
    }
    Built built;
    built.image = builder::write_database_image(source.dataset, source.history);
    built.db = open_image(built.image);
    return built;
  }();
  return *b.db;
}

std::string marked(const std::string& word) {
  return std::string(kMarkOpen) + word + std::string(kMarkClose);
}

bool has_hit(const std::vector<SearchHit>& hits, const std::string& kind, const std::string& ref) {
  return std::any_of(hits.begin(), hits.end(),
                     [&](const SearchHit& h) { return h.kind == kind && h.ref == ref; });
}

std::size_t rank_of(const std::vector<WhoCandidate>& candidates, const std::string& body_id) {
  auto it = std::find_if(candidates.begin(), candidates.end(),
                         [&](const WhoCandidate& c) { return c.body_id == body_id; });
  return std::size_t(it - candidates.begin());
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

TEST_CASE("search and who_handles: hostile text is just text") {
  const std::vector<std::string> hostile = {
      "\"", "\"\"", "'", "*", "噪声*", "a OR b", "OR", "AND", "NOT", "噪声 NOT 油烟", "(", ")",
      "(噪声", "title:噪声", "text:x", "col:", "{title}: 噪声", "NEAR(噪声 油烟)", "^噪声",
      "噪声\" AND (", "\\", "%", "_", "-噪声", "+", "\x01\x02", "\xff\xfe", "😀😀", "　",
      std::string(10000, 'x'), std::string(10000, '"'), std::string(3000, '(') + "噪声"};
  for (const std::string& text : hostile) {
    CAPTURE(text.substr(0, 20));
    // What a reader sees: operators and quotes are characters, not syntax. Text whose only word
    // is 噪声 finds the noise clause; a word the data lacks (OR, NOT, title, NEAR, x) leaves no
    // result, as any unknown word does; 谁来管 suggests bodies for any text that says 噪声; the
    // chips count exactly the results listed.
    SearchOptions all;
    all.limit = 1000;
    const std::vector<SearchHit> hits = search(db(), text, all);
    int counted = 0;
    for (const SearchCount& c : search_counts(db(), text)) counted += c.count;
    CHECK(counted == int(hits.size()));
    const bool says_noise = has(text, "噪声");
    const bool only_noise = says_noise && std::none_of(text.begin(), text.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    });
    CHECK(has_hit(hits, "duty", "sthjj#2") == only_noise);
    CHECK(hits.empty() == !only_noise);
    CHECK(who_handles(db(), text).empty() == !says_noise);
    for (const char* query : {"search", "who"}) {
      std::string request = nlohmann::json{{"query", query}, {"text", text}}.dump(
          -1, ' ', false, nlohmann::json::error_handler_t::replace);
      CHECK(nlohmann::json::parse(answer_query_json(db(), request))["ok"] == true);
    }
  }
  // Words inside hostile text are still found.
  CHECK(has_hit(search(db(), "\"噪声\""), "duty", "sthjj#2"));
  CHECK(has_hit(search(db(), "(噪声)"), "duty", "sthjj#2"));
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
}
