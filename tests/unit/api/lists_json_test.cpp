// The automation API's list queries (core/api/lists_json.h): answers as the structs give them,
// short forms, and refusals of bad requests.
#include <doctest/doctest.h>

#include "core/api/lists_json.h"
#include "lists/lists_fixture.h"

using namespace dutyatlas;
using namespace dutyatlas::test;
using namespace dutyatlas::test::lists;

// =============================================================================================
// The JSON API

TEST_CASE("lists: the JSON API answers list queries and refuses bad ones") {
  const DutyDatabase& db = district();
  json r = ok_result(db, {{"query", "list"},
                          {"kind", "powers"},
                          {"filters", {{"type", json::array({"行政处罚"})}, {"body", json::array({"zhzfj"})},
                                       {"category", json::array({"government"})}}},
                          {"text", "油烟"},
                          {"sort", "code"},
                          {"desc", false},
                          {"offset", 0},
                          {"limit", 100},
                          {"columns", json::array({"code", "name", "type"})}});
  CHECK(r["kind"] == "powers");
  CHECK(r["name"] == "权力清单");
  CHECK(r["total"].get<std::size_t>() == r["rows"].size());
  CHECK(r["total"].get<std::size_t>() > 0);
  CHECK(r["columns"] == json::array({{{"id", "code"}, {"label", "事项编码"}, {"numeric", false}},
                                     {{"id", "name"}, {"label", "事项名称"}, {"numeric", false}},
                                     {{"id", "type"}, {"label", "事项类型"}, {"numeric", false}}}));
  CHECK(r["rows"][0]["cells"].size() == 3);
  CHECK(r["rows"][0]["key"] == r["rows"][0]["cells"][0]);
  CHECK(r["facets"]["type"][0]["value"].is_string());
  CHECK(r["facets"]["body"].size() > 0);
  CHECK(r["facet_columns"].size() == 4);
  CHECK(r["all_columns"].size() == 11);
  CHECK(r["description"] == "事项类型：行政处罚；实施主体：示例区综合行政执法局；机构类别：政府工作部门；关键词：油烟；按事项编码升序");

  // The same query as structs gives the same rows.
  ListQuery q;
  q.kind = "powers";
  q.filters = {{"type", {"行政处罚"}}, {"body", {"zhzfj"}}, {"category", {"government"}}};
  q.text = "油烟";
  q.sort = "code";
  q.columns = {"code", "name", "type"};
  ListResult direct = run(db, q);
  REQUIRE(direct.rows.size() == r["rows"].size());
  for (std::size_t i = 0; i < direct.rows.size(); ++i) CHECK(r["rows"][i]["cells"] == json(direct.rows[i].cells));

  // One string for a single value, a comma-separated string for columns.
  json short_form = ok_result(db, {{"query", "list"}, {"kind", "powers"}, {"filters", {{"type", "行政处罚"}}},
                                   {"columns", "code, name"}, {"limit", 2}});
  CHECK(short_form["total"] == sql_count(db, "SELECT count(*) FROM powers WHERE type = '行政处罚'"));
  CHECK(short_form["rows"].size() == 2);
  CHECK(short_form["columns"].size() == 2);
  CHECK(short_form["limit"] == 2);

  CHECK(has(api_refusal(db, {{"query", "list"}}), "kind"));
  CHECK(has(api_refusal(db, {{"query", "list"}, {"kind", "powers"}, {"filters", "type"}}), "filters"));
  CHECK(has(api_refusal(db, {{"query", "list"}, {"kind", "powers"}, {"filters", {{"type", 3}}}}), "type"));
  CHECK(has(api_refusal(db, {{"query", "list"}, {"kind", "powers"}, {"columns", 7}}), "columns"));
  CHECK(has(api_refusal(db, {{"query", "list"}, {"kind", "powers"}, {"format", "xlsx"}}), "format"));
  CHECK(has(api_refusal(db, {{"query", "list"}, {"kind", "powers"}, {"sort", "nope"}}), "nope"));
  // Odd numbers are clamped, not refused.
  json odd = ok_result(db, {{"query", "list"}, {"kind", "powers"}, {"limit", -5}, {"offset", "x"}});
  CHECK(odd["rows"].empty());
  CHECK(odd["total"] == 3478);
}
