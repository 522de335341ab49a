// Contacts through the bundle (core/duties/contacts.h): what bodies.json says is what
// find_contact and all_contacts read back, phones in order; a body without one has none; the
// JSON answers that return a body to turn to (body, bodies, search's body hits, who) carry it
// with each number's tel: link; the HTML edition's body page shows it as links, escaped.
// The demo publishes fictional contacts for every body but the coordination bodies.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "builder/bundle_writer.h"
#include "core/api/query_json.h"
#include "core/duties/contacts.h"
#include "core/edition/edition_pages.h"
#include "source_tree.h"

using namespace dutyatlas;
using namespace dutyatlas::test;
using nlohmann::json;

namespace {

// The test tree's bodies, sthjj with a full contact (with characters HTML must escape), jcz with
// one phone, kfq and aqw with none.
const char* const kBodies = R"({
  "bodies": [
    {"id": "kfq", "name": "测试区经济开发区管理委员会", "short_name": "区开发区管委会", "category": "devzone", "rank": "正科级", "uscc": "11999902007990051A", "division_code": "999902"},
    {"id": "sthjj", "name": "测试区生态环境局", "category": "government", "rank": "正科级", "uscc": "119999020047900979", "division_code": "999902",
     "contact": {"phones": [{"label": "办公室", "number": "0300-5550101"}, {"label": "投诉举报", "number": "0300-5550102转801"}, {"label": "环保热线", "number": "12369"}],
                 "address": "测试区<示例>路 1 号", "hours": "工作日 9:00—17:00",
                 "website": "https://shiliqu.example/sthjj/?a=1&b=2", "service_hall": "区政务服务中心 3 号窗口"}},
    {"id": "jcz", "name": "测试区环境监测站", "category": "institution", "rank": "副科级", "parent": "sthjj", "uscc": "12999902404190015M", "division_code": "999902",
     "contact": {"phones": [{"label": "值班电话", "number": "138-0013-8000"}]}},
    {"id": "aqw", "name": "测试区安全生产委员会", "category": "coordination", "rank": null, "uscc": "11999902006290213F", "division_code": "999902", "host": "kfq"}
  ]
}
)";

struct Built {
  builder::DatabaseImage image;
  std::unique_ptr<DutyDatabase> db;
};

Built build_tree() {
  SourceTree tree;
  tree.write("bodies.json", kBodies);
  builder::Diagnostics diagnostics;
  builder::Source source = tree.read(&diagnostics);
  INFO(describe(diagnostics));
  REQUIRE_FALSE(diagnostics.has_errors());
  Built b;
  b.image = builder::write_database_image(source.dataset, source.history);
  b.db = open_image(b.image);
  return b;
}

json ask(const DutyDatabase& db, const json& request) {
  json reply = json::parse(answer_query_json(db, request.dump()));
  INFO(reply.dump());
  REQUIRE(reply["ok"] == true);
  return reply["result"];
}

}  // namespace

TEST_CASE("contacts: read back from the bundle as the sources say") {
  Built b = build_tree();
  CHECK(b.image.counts.at("contacts") == 2);
  std::optional<Contact> c = find_contact(*b.db, "sthjj");
  REQUIRE(c);
  CHECK(c->body_id == "sthjj");
  REQUIRE(c->phones.size() == 3);
  CHECK(c->phones[0].label == "办公室");
  CHECK(c->phones[0].number == "0300-5550101");
  CHECK(c->phones[1].number == "0300-5550102转801");
  CHECK(c->phones[2].label == "环保热线");
  CHECK(c->address == "测试区<示例>路 1 号");
  CHECK(c->hours == "工作日 9:00—17:00");
  CHECK(c->website == "https://shiliqu.example/sthjj/?a=1&b=2");
  CHECK(c->service_hall == "区政务服务中心 3 号窗口");
  CHECK_FALSE(find_contact(*b.db, "kfq"));
  CHECK_FALSE(find_contact(*b.db, "no-such-body"));

  std::map<std::string, Contact> all = all_contacts(*b.db);
  REQUIRE(all.size() == 2);
  CHECK(all.at("sthjj").phones.size() == 3);
  CHECK(all.at("sthjj").phones[2].number == "12369");
  REQUIRE(all.at("jcz").phones.size() == 1);
  CHECK(all.at("jcz").phones[0].label == "值班电话");
  CHECK(all.at("jcz").address.empty());

  CHECK(contact_line(all.at("sthjj"), " · ") == "办公室 0300-5550101 · 测试区<示例>路 1 号");
  CHECK(contact_line(all.at("jcz"), " · ") == "值班电话 138-0013-8000");
}

TEST_CASE("contacts: the JSON answers that return a body carry its contact") {
  Built b = build_tree();
  json body = ask(*b.db, {{"query", "body"}, {"id", "sthjj"}});
  REQUIRE(body["contact"].is_object());
  CHECK(body["contact"]["phones"][0] ==
        json({{"label", "办公室"}, {"number", "0300-5550101"}, {"tel", "tel:03005550101"}}));
  CHECK(body["contact"]["phones"][1]["tel"] == "tel:03005550102,801");
  CHECK(body["contact"]["address"] == "测试区<示例>路 1 号");
  CHECK(body["contact"]["website"] == "https://shiliqu.example/sthjj/?a=1&b=2");
  CHECK(ask(*b.db, {{"query", "body"}, {"id", "kfq"}})["contact"].is_null());

  json bodies = ask(*b.db, {{"query", "bodies"}});
  REQUIRE(bodies.size() == 4);
  CHECK(bodies[0]["contact"].is_null());
  CHECK(bodies[1]["contact"]["phones"].size() == 3);
  CHECK(bodies[2]["contact"]["phones"][0]["tel"] == "tel:13800138000");

  json hits = ask(*b.db, {{"query", "search"}, {"text", "生态环境局"}, {"kinds", {"body"}}})["hits"];
  REQUIRE_FALSE(hits.empty());
  CHECK(hits[0]["body_id"] == "sthjj");
  CHECK(hits[0]["contact"]["phones"][0]["number"] == "0300-5550101");
  json duty_hits = ask(*b.db, {{"query", "search"}, {"text", "监测"}, {"kinds", {"duty"}}})["hits"];
  REQUIRE_FALSE(duty_hits.empty());
  CHECK_FALSE(duty_hits[0].contains("contact"));  // only a body found by name carries it

  json who = ask(*b.db, {{"query", "who"}, {"text", "生态环境监测数据有问题"}});
  REQUIRE_FALSE(who.empty());
  CHECK(who[0]["body_id"] == "sthjj");
  CHECK(who[0]["contact"]["phones"][2]["tel"] == "tel:12369");
}

TEST_CASE("contacts: the edition's body page shows them as links, escaped") {
  Built b = build_tree();
  DatasetInfo info = dataset_info(*b.db);
  REQUIRE(info.sample);
  std::string html = edition_body_page(*b.db, info, *find_body(*b.db, "sthjj"), {});
  CHECK(html.find("<h2 id=\"contact\">联系方式</h2>") != std::string::npos);
  CHECK(html.find("<dt>办公室</dt><dd><a href=\"tel:03005550101\">0300-5550101</a></dd>") != std::string::npos);
  CHECK(html.find("<a href=\"tel:03005550102,801\">0300-5550102转801</a>") != std::string::npos);
  CHECK(html.find("测试区&lt;示例&gt;路 1 号") != std::string::npos);
  CHECK(html.find("<a href=\"https://shiliqu.example/sthjj/?a=1&amp;b=2\" rel=\"noopener noreferrer\">") !=
        std::string::npos);
  CHECK(html.find("请勿拨打") != std::string::npos);  // sample data: the note that they are fictional
  // The contact comes before the duties: what a reader who wants to reach the body needs first.
  CHECK(html.find("id=\"contact\"") < html.find("id=\"duties\""));
  std::string none = edition_body_page(*b.db, info, *find_body(*b.db, "kfq"), {});
  CHECK(none.find("id=\"contact\"") == std::string::npos);
  // Not sample data: no note.
  info.sample = false;
  CHECK(edition_body_page(*b.db, info, *find_body(*b.db, "sthjj"), {}).find("请勿拨打") == std::string::npos);
}

TEST_CASE("contacts: the demo's bodies have fictional ones, the coordination bodies none") {
  builder::Diagnostics diagnostics;
  builder::Source demo = builder::read_source_folder(
      (fs::path(DUTYATLAS_SOURCE_DIR) / "assets" / "demo").string(), &diagnostics);
  REQUIRE_FALSE(diagnostics.has_errors());
  std::map<std::string, const Body*> body_of;
  for (const Body& body : demo.dataset.bodies) body_of[body.id] = &body;
  CHECK(demo.dataset.contacts.size() == 334);
  for (const Contact& c : demo.dataset.contacts) {
    CAPTURE(c.body_id);
    CHECK(body_of.at(c.body_id)->category != "coordination");
    REQUIRE_FALSE(c.phones.empty());
    for (const ContactPhone& p : c.phones) CHECK(p.number.rfind("0300-55", 0) == 0);  // the fictional range
    if (!c.address.empty()) CHECK(c.address.rfind("示例区", 0) == 0);
    if (!c.website.empty()) CHECK(c.website.rfind("https://shiliqu.example/", 0) == 0);
  }
}
