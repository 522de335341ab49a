// The HTML edition (core/edition/edition_site.h) of the first demo: every page is a complete,
// accessible document (lang, title, description, one h1, breadcrumbs, data date, 示例数据, a
// link into the live client), every internal link lands on a page of the edition, a body page
// shows exactly the clauses body_profile() gives, everything is escaped, the same database gives
// the same bytes, and a sitemap names every page only when the site's address is known.
#include <doctest/doctest.h>

#include <map>
#include <regex>
#include <set>

#include "core/duties/duty_queries.h"
#include "core/edition/edition_page.h"
#include "core/edition/edition_pages.h"
#include "core/edition/edition_paths.h"
#include "core/edition/edition_site.h"
#include "core/base/chinese_numerals.h"
#include "test_support.h"

using namespace dutyatlas;
using namespace dutyatlas::test;

namespace {

using Files = std::map<std::string, std::string>;

Files edition_of(const DutyDatabase& db, const std::string& base_url = {}) {
  Files files;
  EditionOptions options;
  options.base_url = base_url;
  write_edition(db, options, [&](const std::string& path, const std::string& content) {
    files[path] = content;
  });
  return files;
}

std::size_t count_of(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

// The page an href of the page at `from` points to, resolved like a browser ("" if it leaves
// the edition or is not a page link).
std::string resolve(const std::string& from, std::string href) {
  href = href.substr(0, href.find('#'));
  if (href.empty() || href.find(':') != std::string::npos) return {};
  std::vector<std::string> parts;
  std::string dir = from.substr(0, from.rfind('/') == std::string::npos ? 0 : from.rfind('/'));
  std::string joined = (dir.empty() ? "" : dir + "/") + href;
  std::size_t start = 0;
  while (start <= joined.size()) {
    std::size_t slash = joined.find('/', start);
    std::string part = joined.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (part == "..") {
      if (parts.empty()) return "<outside>";
      parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
  return out;
}

std::vector<std::string> hrefs(const std::string& html) {
  std::vector<std::string> out;
  static const std::regex href("href=\"([^\"]*)\"");
  for (std::sregex_iterator it(html.begin(), html.end(), href), end; it != end; ++it) {
    out.push_back((*it)[1]);
  }
  return out;
}

}  // namespace

TEST_CASE("edition: every page is a complete document with its frame") {
  Files files = edition_of(demo_database());
  CHECK(files.count("index.html") == 1);
  CHECK(files.count("style.css") == 1);
  CHECK(files.count("sitemap.xml") == 0);  // no base_url: no sitemap
  CHECK(files.count("robots.txt") == 0);
  for (const Body& body : list_bodies(demo_database())) {
    CHECK(files.count(edition_body_path(body.id)) == 1);
  }
  int pages = 0;
  for (const auto& [path, html] : files) {
    if (path.size() < 5 || path.substr(path.size() - 5) != ".html") continue;
    ++pages;
    const std::string& page = path;  // CAPTURE is a lambda: C++17 cannot capture a binding
    CAPTURE(page);
    CHECK(html.rfind("<!doctype html>\n<html lang=\"zh-CN\">", 0) == 0);
    CHECK(count_of(html, "<h1>") == 1);
    CHECK(count_of(html, "<title>") == 1);
    CHECK(has(html, "<meta name=\"viewport\""));
    CHECK(has(html, "<meta name=\"description\" content=\""));
    CHECK(!has(html, "<meta name=\"description\" content=\"\""));
    CHECK(has(html, "数据日期 2026-11-01"));
    CHECK(has(html, "示例数据"));
    CHECK(has(html, ">打开交互版</a>"));
    CHECK(!has(html, "<script"));
    CHECK(has(html, "style.css\">"));
    if (path != "index.html") CHECK(has(html, "<nav class=\"crumbs\" aria-label=\"当前位置\">"));
    // Headings in order: no level skipped going down.
    static const std::regex heading("<h([1-6])[ >]");
    int level = 0;
    for (std::sregex_iterator it(html.begin(), html.end(), heading), end; it != end; ++it) {
      int next = std::stoi((*it)[1]);
      CHECK(next <= level + 1);
      level = next;
    }
  }
  CHECK(pages > 25 + 5);
}

TEST_CASE("edition: every internal link lands on a page, every body and document is linked") {
  Files files = edition_of(demo_database());
  std::set<std::string> linked;
  for (const auto& [path, html] : files) {
    const std::string& page = path;  // as above
    for (const std::string& href : hrefs(html)) {
      CAPTURE(page);
      CAPTURE(href);
      if (href[0] == '#') continue;  // the skip link to #main
      if (href.find("index.html#/") != std::string::npos) {
        // 打开交互版: the site's index.html two folders above the edition's root.
        CHECK(resolve(path, href.substr(0, href.find('#'))) == "<outside>");
        continue;
      }
      std::string target = resolve(path, href);
      CHECK(files.count(target) == 1);
      linked.insert(target);
    }
  }
  for (const Body& body : list_bodies(demo_database())) CHECK(linked.count(edition_body_path(body.id)));
  for (const DocumentSummary& d : list_documents(demo_database(), {}).documents) {
    CHECK(linked.count(edition_document_path(d.doc_no)));
  }
  const std::string& body = files.at("body/sthjj.html");
  CHECK(has(body, "href=\"../../../index.html#/body/sthjj\""));
  CHECK(has(files.at("index.html"), "href=\"../../index.html#/\""));
}

TEST_CASE("edition: a body page shows exactly the clauses in force on the data date") {
  const DutyDatabase& db = demo_database();
  Files files = edition_of(db);
  for (const Body& body : list_bodies(db)) {
    CAPTURE(body.id);
    std::optional<BodyProfile> profile = body_profile(db, body.id);
    REQUIRE(profile);
    const std::string& html = files.at(edition_body_path(body.id));
    static const std::regex clause(
        "<li id=\"clause-([0-9]+)\"><span class=\"num\">([^<]*)</span><span class=\"text\">([^<]*)</span></li>");
    std::vector<std::string> shown;
    for (std::sregex_iterator it(html.begin(), html.end(), clause), end; it != end; ++it) {
      CHECK((*it)[2] == clause_label(std::stoi((*it)[1])));
      shown.push_back((*it)[3]);
    }
    std::vector<std::string> expected;
    for (const DutyClause& c : profile->clauses) expected.push_back(escape(c.text));
    CHECK(shown == expected);
  }
  CHECK(has(files.at("body/sthjj.html"), "<h2 id=\"duties\">主要职责</h2>"));
}

TEST_CASE("edition: text from the data is escaped") {
  Body hostile;
  hostile.id = "x";
  hostile.name = "<script>alert(1)</script>&\"'";
  hostile.short_name = hostile.name;
  hostile.category = "government";
  std::string html = edition_body_page(demo_database(), dataset_info(demo_database()), hostile, {});
  CHECK(!has(html, "<script>"));
  CHECK(has(html, "&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;&#39;"));
}

TEST_CASE("edition: the same database gives the same files, byte for byte") {
  CHECK(edition_of(demo_database()) == edition_of(demo_database()));
}

TEST_CASE("edition: with the site's address, a sitemap of every page and robots.txt") {
  Files files = edition_of(demo_database(), "https://duty.example.gov.cn/data/text/");
  REQUIRE(files.count("sitemap.xml") == 1);
  const std::string& sitemap = files.at("sitemap.xml");
  std::size_t pages = 0;
  for (const auto& [path, html] : files) {
    if (path.size() > 5 && path.substr(path.size() - 5) == ".html") {
      ++pages;
      CHECK(has(sitemap, "<loc>https://duty.example.gov.cn/data/text/" + path + "</loc>"));
    }
  }
  CHECK(count_of(sitemap, "<url>") == pages);
  CHECK(files.at("robots.txt") ==
        "User-agent: *\nAllow: /\nSitemap: https://duty.example.gov.cn/data/text/sitemap.xml\n");
}

TEST_CASE("edition: a long list is paged, each page a table with its pager") {
  ListResult rows;
  rows.kind = "powers";
  rows.name = "权力清单";
  rows.total = 700;
  rows.columns = {{"code", "事项编码"}, {"name", "事项名称"}};
  rows.rows = {{"A-1", {"A-1", "<名称>"}}};
  std::string html = edition_list_page(dataset_info(demo_database()), rows, 2, 3);
  CHECK(has(html, "<h1>权力清单（第 2 页，共 3 页）</h1>"));
  CHECK(has(html, "<th scope=\"col\">事项编码</th>"));
  CHECK(has(html, "<th scope=\"row\"><a href=\"../../item/powers/A-1.html\">A-1</a></th>"));
  CHECK(has(html, "<td>&lt;名称&gt;</td>"));
  CHECK(has(html, "<nav class=\"pager\" aria-label=\"分页\">"));
  CHECK(has(html, "<span aria-current=\"page\">2</span>"));
  CHECK(has(html, "href=\"../../lists/powers/3.html\">下一页</a>"));
  CHECK(has(html, "href=\"../../lists/powers/1.html\">上一页</a>"));
}
