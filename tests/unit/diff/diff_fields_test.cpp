// The fields of a 三定 compared (core/diff/diff_fields.h): plain fields by name; numbered
// sub-lists aligned by content, so an insertion or a removal at the front is one change, not a
// change at every later position; a renamed 内设机构 keeps its duties' comparison.
#include <doctest/doctest.h>

#include "core/diff/diff_fields.h"
#include "core/diff/diff_values.h"

using namespace dutyatlas;

namespace {

std::vector<std::string> lines(const std::vector<FieldChange>& changes) {
  std::vector<std::string> out;
  for (const FieldChange& c : changes) out.push_back(c.field + ": " + c.old_value + " -> " + c.new_value);
  return out;
}

}  // namespace

TEST_CASE("diff fields: plain fields by name, in the new order, then the old-only ones") {
  Fields before = {{"setup", "A"}, {"leaders", "局长 1 名"}, {"gone", "x"}};
  Fields after = {{"leaders", "局长 1 名、副局长 2 名"}, {"setup", "A"}, {"new", "y"}};
  CHECK(lines(changed_fields(before, after)) ==
        std::vector<std::string>{"leaders: 局长 1 名 -> 局长 1 名、副局长 2 名", "new:  -> y", "gone: x -> "});
  CHECK(changed_fields(before, before).empty());
}

TEST_CASE("diff fields: a paragraph inserted at the front is one addition") {
  Fields before = {{"transformation/1", "甲"}, {"transformation/2", "乙"}, {"transformation/3", "丙"}};
  Fields after = {{"transformation/1", "新"}, {"transformation/2", "甲"}, {"transformation/3", "乙"},
                  {"transformation/4", "丙"}};
  CHECK(lines(changed_fields(before, after)) == std::vector<std::string>{"transformation/1:  -> 新"});
  // And removed from the front: one removal, named by its old number.
  CHECK(lines(changed_fields(after, before)) == std::vector<std::string>{"transformation/1: 新 -> "});
  // An edit between two unchanged paragraphs stays a change in place.
  Fields edited = {{"transformation/1", "甲"}, {"transformation/2", "乙改"}, {"transformation/3", "丙"}};
  CHECK(lines(changed_fields(before, edited)) == std::vector<std::string>{"transformation/2: 乙 -> 乙改"});
}

TEST_CASE("diff fields: divisions aligned by name, their duties compared within the pair") {
  Fields before = {{"division/1", "办公室"},       {"division/1/duty/1", "负责文电"},
                   {"division/2", "大气股"},       {"division/2/duty/1", "负责大气"},
                   {"division/2/duty/2", "负责预警"}, {"division/3", "水股"},
                   {"division/3/duty/1", "负责水"}};
  // A new division first, 大气股 renamed with one duty inserted before its first, 水股 unchanged.
  Fields after = {{"division/1", "法规科"},       {"division/1/duty/1", "负责法规"},
                  {"division/2", "办公室"},       {"division/2/duty/1", "负责文电"},
                  {"division/3", "大气科"},       {"division/3/duty/1", "负责监测"},
                  {"division/3/duty/2", "负责大气"}, {"division/3/duty/3", "负责预警"},
                  {"division/4", "水股"},         {"division/4/duty/1", "负责水"}};
  CHECK(lines(changed_fields(before, after)) ==
        std::vector<std::string>{"division/1:  -> 法规科", "division/1/duty/1:  -> 负责法规",
                                 "division/3: 大气股 -> 大气科", "division/3/duty/1:  -> 负责监测"});
  // duty/<key> at the top is a clause key: compared by name even when the key is a number.
  CHECK(lines(changed_fields({{"duty/1", "甲"}, {"duty/2", "乙"}}, {{"duty/2", "乙"}, {"duty/3", "甲"}})) ==
        std::vector<std::string>{"duty/3:  -> 甲", "duty/1: 甲 -> "});
}

TEST_CASE("diff fields: a boundary's bodies travel with their boundary") {
  Fields before = {{"boundary/1", "甲事"}, {"boundary/1/bodies", "a、b"}};
  Fields after = {{"boundary/1", "新事"}, {"boundary/1/bodies", "c"}, {"boundary/2", "甲事"},
                  {"boundary/2/bodies", "a、b、d"}};
  CHECK(lines(changed_fields(before, after)) ==
        std::vector<std::string>{"boundary/1:  -> 新事", "boundary/1/bodies:  -> c", "boundary/2/bodies: a、b -> a、b、d"});
}

TEST_CASE("diff values: a document's 职责变动 line names the action and the bodies in words") {
  CHECK(document_change_line("reword", "区水利局", "3", "", "", "负责全区水资源管理") ==
        "改写 区水利局 职责 3：负责全区水资源管理");
  CHECK(document_change_line("transfer", "区水利局", "12", "区农业农村局", "t2021-1", "") ==
        "划转 区水利局 职责 12 → 区农业农村局 职责 t2021-1");
  CHECK(document_change_line("add", "区应急局", "t1", "", "", "负责…") == "新增 区应急局 职责 t1：负责…");
  CHECK(document_change_line("remove", "slj", "4", "", "", "") == "删除 slj 职责 4");
}
