// One document printed (core/documents/document_print.h): its title, 文号, issuer, kind, dates,
// the data date and every paragraph of its full text in order, each text from the data escaped;
// the bodies whose duties it set named; a document without text says so. The query API and the
// CLI (--document 文号 --html) return the same bytes.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "adjusted_tree.h"
#include "cli_runner.h"
#include "core/api/query_json.h"
#include "core/documents/document_print.h"

using namespace dutyatlas;
using namespace dutyatlas::test;
using nlohmann::json;

namespace {

DocumentDetail hostile_document() {
  DocumentDetail d;
  d.summary = DocumentSummary{"示编〔2021〕12号<b>", "关于调整<script>alert('x')</script>职责的通知",
                              "编委 & 办公室", "adjustment", "2021-06-10", "2021-07-01"};
  d.paragraphs = {"各有关单位：", "经研究，决定将“A<B”职责划入甲局。", "特此通知。"};
  DocumentBodyEffect effect;
  effect.body_name = "甲局\"乙\"";
  d.bodies.push_back(effect);
  return d;
}

}  // namespace

TEST_CASE("document print: title, 文号, dates, data date and the full text, escaped") {
  std::string h = document_print_html(hostile_document(), {"示例区", "2026-11-01", true});
  CHECK(has(h, "size: A4 portrait"));  // the shared frame (print_page_test)
  CHECK(has(h, "<h1>关于调整&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;职责的通知</h1>"));
  CHECK_FALSE(has(h, "<script>"));
  CHECK(has(h, "文号 示编〔2021〕12号&lt;b&gt; · 编委 &amp; 办公室 · 职责调整"));
  CHECK(has(h, "2021-06-10 印发 · 2021-07-01 施行"));
  CHECK(has(h, "示例区 · 数据日期：2026-11-01 · 示例数据"));
  std::size_t first = h.find("<p class=\"text\">各有关单位：</p>");
  std::size_t second = h.find("<p class=\"text\">经研究，决定将“A&lt;B”职责划入甲局。</p>");
  std::size_t last = h.find("<p class=\"text\">特此通知。</p>");
  REQUIRE(first != std::string::npos);
  REQUIRE(second != std::string::npos);
  REQUIRE(last != std::string::npos);
  CHECK(first < second);
  CHECK(second < last);
  CHECK(has(h, "本文件设定或调整了以下机构的职责：甲局&quot;乙&quot;。"));
}

TEST_CASE("document print: no full text is said, not left blank") {
  DocumentDetail d = hostile_document();
  d.paragraphs.clear();
  d.bodies.clear();
  std::string h = document_print_html(d, {"", "2026-11-01", false});
  CHECK(has(h, "本文件暂无全文。"));
  CHECK(has(h, "<p class=\"meta\">数据日期：2026-11-01</p>"));
  CHECK_FALSE(has(h, "示例数据"));
  CHECK_FALSE(has(h, "以下机构"));
}

TEST_CASE("document print: the query API and the CLI return the same document") {
  const DutyDatabase& db = *adjusted_tree::built().db;
  json answer = json::parse(
      answer_query_json(db, R"({"query": "document", "doc_no": "测编〔2021〕12号", "format": "html"})"));
  REQUIRE(answer["ok"].get<bool>());
  std::string h = answer["result"].get<std::string>();
  CHECK(has(h, "<h1>关于调整区生态环境局和区开发区管委会有关职责的通知</h1>"));
  CHECK(has(h, "<p class=\"text\">经研究，决定调整……</p>"));
  CHECK(has(h, "测试区生态环境局、测试区经济开发区管理委员会"));
  json wrong = json::parse(
      answer_query_json(db, R"({"query": "document", "doc_no": "测编〔2021〕12号", "format": "pdf"})"));
  CHECK_FALSE(wrong["ok"].get<bool>());

  QueriedPublication published(demo_dir());
  auto api = [&](const json& request) { return json::parse(answer_query_json(*published.db, request.dump())); };
  json demo = api({{"query", "document"}, {"doc_no", "示编〔2019〕15号"}, {"format", "html"}});
  REQUIRE(demo["ok"].get<bool>());
  CliRun printed = published.query({"--document", "示编〔2019〕15号", "--html"});
  CHECK(printed.code == 0);
  CHECK(printed.out == demo["result"].get<std::string>());
  CliRun listing = published.query({"--documents", "--html"});
  CHECK(listing.code == 2);
  CHECK(has(listing.err, "--html prints one document"));
}
