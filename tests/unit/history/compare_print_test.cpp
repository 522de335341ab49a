// 新旧对照 printed (core/history/compare_print.h) and the dates of 历史沿革 (core/history/history_dates.h):
// the printable page escapes every text from the data, marks deleted and inserted characters
// on their own side, names the transfer's other body and the document; the day before a date
// rolls over months, leap days and years; the years with changes are those of the change log.
#include <doctest/doctest.h>

#include <functional>
#include <set>
#include <string>
#include <vector>

#include "core/history/compare_print.h"
#include "core/history/history_dates.h"
#include "core/history/history_queries.h"
#include "test_support.h"

using namespace dutyatlas;
using dutyatlas::test::has;

namespace {

DutyComparison hostile_comparison() {
  DutyComparison c;
  c.body_id = "jia";
  c.body_name = "甲<局>&\"'";
  c.from_date = "2020-01-01";
  c.to_date = "2026-11-01";
  c.from_sanding = DocumentSummary{"示编〔2019〕1号<x>", "甲局三定&", "", "sanding", "2019-01-01", "2019-01-01"};
  c.old_count = 3;
  c.new_count = 2;
  c.summary.unchanged = 1;
  c.summary.reworded = 1;
  c.summary.transferred_out = 1;

  ComparisonRow same;
  same.kind = CompareKind::kUnchanged;
  same.old_clause = ComparedClause{1, "1", "负责<script>alert('x')</script>。"};
  same.new_clause = same.old_clause;
  c.rows.push_back(same);

  ComparisonRow reworded;
  reworded.kind = CompareKind::kReworded;
  reworded.old_clause = ComparedClause{2, "2", "负责A&B的管理。"};
  reworded.new_clause = ComparedClause{2, "2", "负责C\"D的管理。"};
  reworded.spans = {{DiffKind::kEqual, "负责"}, {DiffKind::kDelete, "A&B"},
                    {DiffKind::kInsert, "C\"D"}, {DiffKind::kEqual, "的管理。"}};
  reworded.document = DocumentSummary{"示编〔2021〕2号", "调整<通知>", "", "adjustment", "2021-06-01", "2021-07-01"};
  c.rows.push_back(reworded);

  ComparisonRow out;
  out.kind = CompareKind::kTransferredOut;
  out.old_clause = ComparedClause{3, "3", "负责<e>。"};
  out.other_body_id = "yi";
  out.other_body_name = "乙局<'>";
  out.doc_no = "示编〔2021〕2号";
  c.rows.push_back(out);
  return c;
}

}  // namespace

TEST_CASE("comparison_print_html: a complete A4 document, every data text escaped") {
  std::string html = comparison_print_html(hostile_comparison(), {"示例区<&>", "2026-11-01\"", true});
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(has(html, "<meta charset=\"utf-8\">"));
  CHECK(has(html, "size: A4 portrait"));
  CHECK(has(html, "counter(page)"));
  CHECK(has(html, "thead { display: table-header-group; }"));
  CHECK(has(html, "<title>甲&lt;局&gt;&amp;&quot;&#39;主要职责新旧对照</title>"));
  CHECK(has(html, "<h1>甲&lt;局&gt;&amp;&quot;&#39;主要职责新旧对照</h1>"));
  CHECK(has(html, "原：2020-01-01（三定：甲局三定&amp; 示编〔2019〕1号&lt;x&gt;）"));
  CHECK(has(html, "现：2026-11-01"));
  CHECK(has(html, "未变 1 项、修改 1 项、划出 1 项（原 3 项，现 2 项）</p>"));
  CHECK(has(html, "示例区&lt;&amp;&gt; · 数据日期：2026-11-01&quot; · 示例数据"));
  CHECK(has(html, "负责&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;。"));
  // The old side shows what was deleted, the new side what was inserted — each only its own.
  CHECK(has(html, "负责<del>A&amp;B</del>的管理。"));
  CHECK(has(html, "负责<ins>C&quot;D</ins>的管理。"));
  CHECK(has(html, "<b>划出</b><br>至 乙局&lt;&#39;&gt;<br>示编〔2021〕2号"));
  CHECK(has(html, "<b>修改</b><br>示编〔2021〕2号"));
  for (const char* raw : {"<script", "<e>", "<x>", "<局>", "<&>", "'x'", "<'>", "<通知>"}) {
    CHECK_MESSAGE(!has(html, raw), raw);
  }
  // The only tags are the document's own.
  std::set<std::string> tags;
  for (std::size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
    std::size_t end = html.find_first_of(" >", at);
    tags.insert(html.substr(at + 1, end - at - 1));
  }
  const std::set<std::string> allowed = {
      "!DOCTYPE", "html", "/html", "head", "/head", "meta", "title", "/title", "style", "/style",
      "body", "/body", "h1", "/h1", "p", "/p", "table", "/table", "colgroup", "/colgroup", "col",
      "thead", "/thead", "tbody", "/tbody", "tr", "/tr", "th", "/th", "td", "/td", "span", "/span",
      "b", "/b", "br", "del", "/del", "ins", "/ins"};
  for (const auto& tag : tags) CHECK_MESSAGE(allowed.count(tag), tag);
}

TEST_CASE("comparison_print_html says when only the changed rows are printed") {
  DutyComparison c = hostile_comparison();
  drop_unchanged(&c);
  std::string html = comparison_print_html(c, {"示例区", "2026-11-01", false, true});
  CHECK(has(html, "（原 3 项，现 2 项）；本表仅列出有变化的条款"));
  CHECK(!has(html, "示例数据"));
  CHECK(!has(html, "&lt;script&gt;"));  // the unchanged row is gone
}

TEST_CASE("comparison_summary_text names the kinds that occur") {
  ComparisonSummary s;
  CHECK(comparison_summary_text(s) == "无变化");
  s.added = 2;
  s.split = 1;
  CHECK(comparison_summary_text(s) == "新增 2 项、拆分 1 项");
}

TEST_CASE("day_before steps back over months, leap days and years") {
  CHECK(day_before("2021-07-01") == "2021-06-30");
  CHECK(day_before("2021-07-15") == "2021-07-14");
  CHECK(day_before("2024-03-01") == "2024-02-29");
  CHECK(day_before("2023-03-01") == "2023-02-28");
  CHECK(day_before("2000-03-01") == "2000-02-29");
  CHECK(day_before("1900-03-01") == "1900-02-28");
  CHECK(day_before("2021-01-01") == "2020-12-31");
  CHECK(day_before("2021-02-30").empty());
  CHECK(day_before("2021-7-1").empty());
  CHECK(day_before("").empty());
  CHECK(day_before("0000-01-01").empty());
}

TEST_CASE("change_years: the years of the change log, newest first, for all or one body") {
  const DutyDatabase& db = test::demo_database();
  auto years_of = [](const std::vector<DutyChangeRecord>& records) {
    std::set<std::string, std::greater<>> years;
    for (const auto& r : records) years.insert(r.date.substr(0, 4));
    return std::vector<std::string>(years.begin(), years.end());
  };
  std::vector<DutyChangeRecord> all = district_changes(db, "", "");
  REQUIRE(!all.empty());
  CHECK(change_years(db) == years_of(all));
  std::set<std::string> bodies;
  for (const auto& r : all) {
    bodies.insert(r.body_id);
    if (!r.other_body_id.empty()) bodies.insert(r.other_body_id);
  }
  for (const auto& body : bodies) {
    CHECK_MESSAGE(change_years(db, body) == years_of(district_changes(db, "", "", body)), body);
  }
  CHECK(change_years(db, "no-such-body").empty());
}
