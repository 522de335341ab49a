// The general lexicon of 谁来管 (builder/lexicon.h): the one compiled into the builder reads
// clean; a district's keywords, synonyms and lexicon.csv win over it line by line;
// dataset.json's general_lexicon: false leaves it out; a bad district line is reported with file,
// line, column and field. (Its effect on the answers: tests/eval, ctest who_accuracy/who_blind.)
#include <doctest/doctest.h>

#include <algorithm>

#include "builder/lexicon.h"
#include "source_tree.h"

using namespace dutyatlas;
using namespace dutyatlas::test;
using builder::Diagnostics;

namespace {

const LexiconLine* line_of(const builder::Source& source, const std::string& word) {
  const auto& lines = source.lexicon;
  auto it = std::find_if(lines.begin(), lines.end(), [&](const LexiconLine& l) { return l.word == word; });
  return it == lines.end() ? nullptr : &*it;
}

}  // namespace

TEST_CASE("lexicon: the general lexicon is read, beneath the district's own words") {
  SourceTree tree;
  Diagnostics diagnostics;
  builder::Source source = tree.read(&diagnostics);
  INFO(describe(diagnostics));
  CHECK(diagnostics.all().empty());  // the shipped file has no error a publisher would see
  CHECK(source.lexicon.size() > 400);
  const LexiconLine* fumes = line_of(source, "油烟");
  REQUIRE(fumes);
  CHECK(fumes->terms == std::vector<std::string>{"餐饮油烟"});
  const LexiconLine* wages = line_of(source, "工资不发");
  REQUIRE(wages);
  CHECK(std::count(wages->terms.begin(), wages->terms.end(), "劳动保障监察") == 1);

  SUBCASE("a word of the district's synonyms.csv drops the general line") {
    tree.write("synonyms.csv", "词,同义词\n油烟,烧烤油烟\n");
    Diagnostics d;
    CHECK(line_of(tree.read(&d), "油烟") == nullptr);
    CHECK(d.error_count() == 0);
  }
  SUBCASE("lexicon.csv replaces, switches off and adds lines") {
    tree.write("lexicon.csv", "词,术语,话题\n油烟,油烟净化,餐饮\n采砂,,\n臭水沟,黑臭水体,水污染\n");
    Diagnostics d;
    builder::Source own = tree.read(&d);
    INFO(describe(d));
    CHECK(d.all().empty());
    REQUIRE(line_of(own, "油烟"));
    CHECK(line_of(own, "油烟")->terms == std::vector<std::string>{"油烟净化"});
    CHECK(line_of(own, "采砂") == nullptr);
    REQUIRE(line_of(own, "臭水沟"));
    CHECK(line_of(own, "臭水沟")->topic == "水污染");
  }
  SUBCASE("general_lexicon: false leaves the general lexicon out") {
    tree.write("dataset.json", R"({"name": "测试区", "title": "测试区机构职责", "sample": true,
      "data_date": "2026-01-01", "division_code": "999902", "general_lexicon": false})");
    Diagnostics d;
    CHECK(tree.read(&d).lexicon.empty());
    CHECK(d.error_count() == 0);
  }
}

TEST_CASE("lexicon: a bad line of lexicon.csv names file, line, column and field") {
  SourceTree tree;
  tree.write("lexicon.csv", "词,术语,话题\n臭水沟,黑臭水体,水污染\n臭水沟,污水,水污染\n漏,房屋维修,住房\n楼道,堆,消防\n");
  Diagnostics diagnostics;
  builder::Source source = tree.read(&diagnostics);
  std::vector<builder::Diagnostic> errors;
  for (const auto& d : diagnostics.all()) {
    if (d.severity == builder::Diagnostic::Severity::kError) errors.push_back(d);
  }
  REQUIRE(errors.size() == 3);
  CHECK(errors[0].file == "lexicon.csv");
  CHECK(errors[0].line == 3);
  CHECK(errors[0].column == 1);
  CHECK(errors[0].field == "词");
  CHECK(errors[0].message.find("already on line 2") != std::string::npos);
  CHECK(errors[1].line == 4);  // a one-character word would match half of all complaints
  CHECK(errors[1].field == "词");
  CHECK(errors[2].line == 5);  // and a one-character term nearly every row
  CHECK(errors[2].field == "术语");
  // The good line is kept.
  REQUIRE(line_of(source, "臭水沟"));
  CHECK(line_of(source, "臭水沟")->terms == std::vector<std::string>{"黑臭水体"});
}
