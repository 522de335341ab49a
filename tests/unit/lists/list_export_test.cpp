// Exports of a list view (core/lists/list_export.h): the CSV goes through an RFC 4180 parser
// here and comes back cell for cell (BOM, CRLF, formula cells neutralised); the print HTML
// escapes everything.
#include <doctest/doctest.h>

#include "core/lists/list_export.h"
#include "lists/lists_fixture.h"

using namespace dutyatlas;
using namespace dutyatlas::test;
using namespace dutyatlas::test::lists;

// =============================================================================================
// CSV and print

TEST_CASE("lists: CSV quotes, neutralises formulas, and survives an RFC 4180 parser") {
  ListResult r;
  r.name = "权力清单";
  r.columns = {{"code", "事项编码"}, {"name", "事项名称"}, {"basis", "=依据"}};
  const std::vector<std::vector<std::string>> cells = {
      {"XK-001", "排污许可", "《条例》第三条"},
      {"XK-002", "危险废物, \"经营\"许可", "第一款\n第二款\r\n第三款"},
      {"=HYPERLINK(\"http://x\")", "+1", "-2"},
      {"@SUM(A1)", "\tTAB", "\rCR"},
      {"a-b", "中文，逗号", ""},
      {"\"", ",", "\n"},
  };
  for (std::size_t i = 0; i < cells.size(); ++i) r.rows.push_back({"k" + std::to_string(i), cells[i]});
  r.total = r.rows.size();
  std::string csv = list_csv(r);
  check_csv_round_trip(csv, r);
  CHECK(csv.rfind("\xEF\xBB\xBF事项编码,事项名称,'=依据\r\n", 0) == 0);
  CHECK(has(csv, "\r\nXK-002,\"危险废物, \"\"经营\"\"许可\",\"第一款\n第二款\r\n第三款\"\r\n"));
  CHECK(has(csv, "\r\n\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2\r\n"));
  CHECK(has(csv, "\r\n'@SUM(A1),'\tTAB,\"'\rCR\"\r\n"));
  CHECK(has(csv, "\r\na-b,中文，逗号,\r\n"));  // '-' inside a cell is left alone
  CHECK(csv_field("") == "");
  CHECK(csv_field("=") == "'=");

  // The whole view of real data, awkward cells included, through the API.
  const DutyDatabase& db = awkward();
  json answer = ok_result(db, {{"query", "list"}, {"kind", "powers"}, {"format", "csv"},
                               {"columns", json::array({"code", "name", "basis", "time_limit", "fee_basis", "extra:备注"})}});
  REQUIRE(answer.is_string());
  std::string api_csv = answer.get<std::string>();
  ListQuery q;
  q.kind = "powers";
  q.columns = {"code", "name", "basis", "time_limit", "fee_basis", "extra:备注"};
  ListResult whole = run_all(db, q);
  CHECK(api_csv == list_csv(whole));
  check_csv_round_trip(api_csv, whole);
  // The data really held the awkward cells.
  CHECK(has(api_csv, "\"'=HYPERLINK(\"\"http://evil\"\")\""));
  CHECK(has(api_csv, "'+1"));
  CHECK(has(api_csv, "'-2"));
  CHECK(has(api_csv, "'@SUM(A1)"));
  CHECK(has(api_csv, "\"多行\n备注\""));
  CHECK(has(api_csv, "\"危险废物, \"\"经营\"\"许可\""));
  for (const auto& kind : {"responsibilities", "tasks:safety", "division"}) {
    ListQuery k;
    k.kind = kind;
    ListResult all = run_all(db, k);
    std::string text = ok_result(db, {{"query", "list"}, {"kind", kind}, {"format", "csv"}}).get<std::string>();
    check_csv_round_trip(text, all);
  }
}

TEST_CASE("lists: the print document escapes every cell, the title and the filters") {
  ListResult r;
  r.kind = "powers";
  r.name = "权力<清单>";
  r.columns = {{"code", "事项<编码>"}, {"name", "名称&\"'"}};
  r.all_columns = r.columns;
  r.rows = {{"1", {"<script>alert('x')</script>", "a&b \"c\" 'd' <e>"}},
            {"2", {"第一行\n第二行", "&amp;"}}};
  r.total = 5;
  r.text = "<b>油烟</b>&\"'";
  r.filters = {{"type", "事项<类型>", {{"<t1>", "<行政处罚>&", 1, true}}}};
  r.sort = "name";
  r.sort_label = "名称<x>";
  r.descending = true;
  std::string html = list_print_html(r, {"示例区<&>", "2026-11-01\"", true});
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(has(html, "<meta charset=\"utf-8\">"));
  CHECK(has(html, "size: A4 portrait"));  // two columns
  CHECK(has(html, "counter(page)"));
  CHECK(has(html, "thead { display: table-header-group; }"));
  CHECK(has(html, "<title>示例区&lt;&amp;&gt;权力&lt;清单&gt;</title>"));
  CHECK(has(html, "<h1>示例区&lt;&amp;&gt;权力&lt;清单&gt;</h1>"));
  CHECK(has(html, "事项&lt;类型&gt;：&lt;行政处罚&gt;&amp;"));
  CHECK(has(html, "关键词：&lt;b&gt;油烟&lt;/b&gt;&amp;&quot;&#39;"));
  CHECK(has(html, "按名称&lt;x&gt;降序"));
  CHECK(has(html, "数据日期：2026-11-01&quot;"));
  CHECK(has(html, "共 5 项（本表列出 2 项）"));
  CHECK(has(html, "示例数据"));
  CHECK(has(html, "<th>事项&lt;编码&gt;</th><th>名称&amp;&quot;&#39;</th>"));
  CHECK(has(html, "<td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</td>"));
  CHECK(has(html, "<td>a&amp;b &quot;c&quot; &#39;d&#39; &lt;e&gt;</td>"));
  CHECK(has(html, "<td>第一行<br>第二行</td><td>&amp;amp;</td>"));
  for (const char* raw : {"<script", "<b>", "<e>", "<t1>", "<x>", "<清单>", "<类型>", "<编码>", "<&>", "'x'"}) {
    CHECK_MESSAGE(!has(html, raw), raw);
  }
  // The only tags are the document's own.
  std::set<std::string> tags;
  for (std::size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
    std::size_t end = html.find_first_of(" >", at);
    tags.insert(html.substr(at, end - at));
  }
  CHECK(tags == std::set<std::string>{"<!DOCTYPE", "<html", "<head", "<meta", "<title", "</title", "<style",
                                      "</style", "</head", "<body", "<h1", "</h1", "<p", "</p", "<table",
                                      "<thead", "<tr", "<th", "</th", "</tr", "</thead", "<tbody", "<td",
                                      "</td", "<br", "</tbody", "</table", "</body", "</html"});

  // Real data through the API: landscape for a wide table, one row per item.
  json answer = ok_result(awkward(), {{"query", "list"}, {"kind", "powers"}, {"format", "html"},
                                      {"filters", {{"type", "行政处罚"}}}, {"text", "油烟"}});
  std::string page = answer.get<std::string>();
  CHECK(has(page, "size: A4 landscape"));
  CHECK(has(page, "<title>测试区权力清单</title>"));
  CHECK(has(page, "筛选条件：事项类型：行政处罚；关键词：油烟"));
  CHECK(has(page, "数据日期：2026-01-01"));
  CHECK(has(page, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; 油烟"));
  CHECK_FALSE(has(page, "<script"));
  CHECK(occurrences(page, "<tr>") == 1 + 2);  // header + CF-002, CF-010
}
