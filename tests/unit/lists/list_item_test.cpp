// One item of a list in full (core/lists/list_item.h), natively and through the JSON API.
#include <doctest/doctest.h>

#include "lists/lists_fixture.h"

using namespace dutyatlas;
using namespace dutyatlas::test;
using namespace dutyatlas::test::lists;

// =============================================================================================
// Items

TEST_CASE("lists: an item in full, with its basis, body and responsibilities") {
  const DutyDatabase& db = district();
  ListItem item;
  std::string error;
  REQUIRE(list_item(db, "powers", "XZCF-QWB-0001", &item, &error));
  CHECK(item.key == "XZCF-QWB-0001");
  CHECK(item.title == "对丢失属于国家所有的档案的行政处罚");
  CHECK(item.basis == "《中华人民共和国档案法》第四十八条");
  CHECK(item.body.id == *sql_set(db, "SELECT body_id FROM powers WHERE code = 'XZCF-QWB-0001'").begin());
  CHECK(item.body.name == "中共示例区委办公室");
  CHECK(item.fields.size() == 11);
  CHECK(item.fields[0].id == "code");
  CHECK(item.fields[0].label == "事项编码");
  CHECK(item.fields[8].value == "90日");
  REQUIRE(item.responsibilities.size() ==
          std::size_t(sql_count(db, "SELECT count(*) FROM responsibilities WHERE power_code = 'XZCF-QWB-0001'")));
  CHECK(item.responsibilities[0].stage == "立案");
  CHECK(item.responsibilities[0].key == "XZCF-QWB-0001#0");
  // The responsibility's key opens it in the 责任清单.
  ListItem stage;
  REQUIRE(list_item(db, "responsibilities", item.responsibilities[0].key, &stage, &error));
  CHECK(stage.title == "对丢失属于国家所有的档案的行政处罚 · 立案");
  CHECK(stage.basis == item.basis);
  CHECK(stage.responsibilities.size() == item.responsibilities.size());

  ListItem matter;
  REQUIRE(list_item(db, "division", "A01", &matter, &error));  // a bare 编号: its first stage
  CHECK(matter.key == "A01#0");
  CHECK(matter.title == "餐饮油烟污染 · 监管");
  CHECK(matter.body.name == "示例区综合行政执法局");
  REQUIRE(matter.bodies.size() == 3);
  CHECK(matter.bodies[0].role == "lead");
  CHECK(matter.bodies[1].role == "cooperate");
  CHECK(matter.stages.size() == std::size_t(sql_count(db, "SELECT count(*) FROM division_stages WHERE code = 'A01'")));
  CHECK(matter.stages[1].key == "A01#1");

  ListItem task;
  REQUIRE(list_item(db, "tasks:safety", "safety#0", &task, &error));
  CHECK(task.title == "安全生产监管职责任务清单 第1项");
  CHECK(task.body.name == "示例区应急管理局");
  CHECK(has(task.basis, "安全生产法"));

  json j = ok_result(db, {{"query", "list_item"}, {"kind", "powers"}, {"key", "XZCF-QWB-0001"}});
  CHECK(j["body"]["name"] == "中共示例区委办公室");
  CHECK(j["responsibilities"].size() == item.responsibilities.size());
  CHECK(j["fields"][1]["label"] == "事项名称");
  CHECK(has(api_refusal(db, {{"query", "list_item"}, {"kind", "powers"}, {"key", "nope"}}), "nope"));
  api_refusal(db, {{"query", "list_item"}, {"kind", "powers"}});
}
