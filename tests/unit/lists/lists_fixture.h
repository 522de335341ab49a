// What the list tests share (tests/unit/lists, api/lists_json_test.cpp,
// builder/query_list_cli_test.cpp): the full demo district and a small tree full of awkward
// cells, both built once per test run; queries that must succeed or be refused; SQL recounts;
// an independent sort order; a strict RFC 4180 reader; the JSON API asked as a string.
#pragma once

#include <doctest/doctest.h>

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "builder/build_command.h"
#include "core/api/query_json.h"
#include "core/base/csv_writer.h"
#include "core/base/sqlite_statement.h"
#include "core/base/utf8.h"
#include "core/lists/list_query.h"
#include "core/search/tokenizer.h"
#include "source_tree.h"

namespace dutyatlas::test::lists {

using nlohmann::json;

// ---------------------------------------------------------------------------------------------
// Data: the full demo district, and a small tree full of awkward cells.

inline const DutyDatabase& district() { return demo_district(); }

const char* const kAwkwardPowers =
    "事项编码,事项名称,子项名称,事项类型,实施主体,实施依据,责任主体,服务单位,办理时限,收费依据,备注\n"
    "XK-001,排污许可,重点管理,行政许可,sthjj,《排污许可管理条例》第三条,sthjj,区政务服务中心,20个工作日,不收费,重点事项\n"
    "XK-002,\"危险废物, \"\"经营\"\"许可\",,行政许可,sthjj,\"《固体废物污染环境防治法》\n第八十条\",,,,,\"多行\n备注\"\n"
    "CF-001,\"=HYPERLINK(\"\"http://evil\"\")\",,行政处罚,sthjj,+1,,,-2,@SUM(A1),\n"
    "CF-002,<script>alert('x')</script> & 油烟,,行政处罚,kfq,\"a<b>c & \"\"d\"\"\",,,,,\n"
    "CF-010,对餐饮油烟超标排放的处罚,,行政处罚,kfq,《大气污染防治法》第一百一十八条,,,,,\n"
    "FW-001,项目落地服务,,公共服务事项,区开发区管委会,,,,,,\n"
    "JC-002,对监测站的检查,,行政检查,jcz,,,,,,\n";

const char* const kAwkwardResponsibilities =
    "事项编码,环节,责任事项,追责情形,责任主体\n"
    "XK-001,受理,依法受理申请。,\"对符合条件的申请不予受理的, 追责\",sthjj\n"
    "XK-001,决定,作出决定。,,jcz\n"
    "CF-010,立案,对油烟违法线索决定是否立案。,,kfq\n";

const char* const kAwkwardTasks =
    "序号,责任单位,职责任务,依据\n"
    "1,sthjj、kfq,\"负责\"\"危险\"\"废物监管, 含转移\",《条例》\n"
    "2,jcz,开展监测,\n"
    "10,sthjj,第十项任务,\n"
    "3,kfq,第三项任务,\n";

const char* const kAwkwardDivision =
    "编号,分组,事项,环节,牵头单位,配合单位,依据\n"
    "A01,生态环保,餐饮油烟污染,监管,sthjj,kfq、jcz,《大气污染防治法》第八十一条\n"
    "A01,生态环保,餐饮油烟污染,执法,kfq,sthjj,《大气污染防治法》第一百一十八条\n"
    "B02,民生,养犬管理,监管,kfq,,\"<依据> & \"\"x\"\"\"\n";

inline void write_awkward_lists(SourceTree& tree) {
  tree.write("lists/powers.csv", kAwkwardPowers);
  tree.write("lists/responsibilities.csv", kAwkwardResponsibilities);
  tree.write("lists/tasks.json",
             R"([{"id": "safety", "name": "安全生产职责任务清单", "file": "tasks-safety.csv"}])");
  tree.write("lists/tasks-safety.csv", kAwkwardTasks);
  tree.write("lists/division.csv", kAwkwardDivision);
}

inline const DutyDatabase& awkward() {
  static std::unique_ptr<DutyDatabase> db = [] {
    SourceTree tree;
    write_awkward_lists(tree);
    builder::Diagnostics diagnostics;
    builder::Source source = tree.read(&diagnostics);
    if (diagnostics.has_errors()) throw std::runtime_error("test: awkward tree: " + describe(diagnostics));
    return open_image(builder::write_database_image(source.dataset, source.history));
  }();
  return *db;
}

// ---------------------------------------------------------------------------------------------
// Helpers.

inline ListResult run(const DutyDatabase& db, ListQuery q) {
  ListResult r;
  std::string error;
  INFO(q.kind);
  REQUIRE(run_list_query(db, q, &r, &error));
  CHECK(error.empty());
  return r;
}

inline ListResult run_all(const DutyDatabase& db, ListQuery q) {
  q.offset = 0;
  q.limit = kListNoLimit;
  return run(db, q);
}

inline std::string refusal(const DutyDatabase& db, const ListQuery& q) {
  ListResult r;
  std::string error;
  CHECK_FALSE(run_list_query(db, q, &r, &error));
  CHECK_FALSE(error.empty());
  return error;
}

inline long long sql_count(const DutyDatabase& db, const std::string& sql) {
  Statement q(db.handle(), sql.c_str());
  REQUIRE(q.step());
  return q.integer(0);
}

// value → count from "SELECT value, count …".
inline std::map<std::string, std::size_t> sql_counts(const DutyDatabase& db, const std::string& sql) {
  std::map<std::string, std::size_t> out;
  Statement q(db.handle(), sql.c_str());
  INFO(sql);
  while (q.step()) {
    if (q.integer(1) > 0) out[q.text(0)] = std::size_t(q.integer(1));
  }
  return out;
}

inline std::set<std::string> sql_set(const DutyDatabase& db, const std::string& sql) {
  std::set<std::string> out;
  Statement q(db.handle(), sql.c_str());
  INFO(sql);
  while (q.step()) out.insert(q.text(0));
  return out;
}

// 'a', 'b' for SQL IN (…), quotes doubled.
inline std::string sql_list(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) {
    std::string quoted;
    for (char c : v) quoted += c == '\'' ? std::string("''") : std::string(1, c);
    out += (out.empty() ? "'" : ",'") + quoted + "'";
  }
  return out;
}

inline const Facet& facet_of(const ListResult& r, const std::string& column) {
  for (const auto& f : r.facets) {
    if (f.column == column) return f;
  }
  FAIL("no facet " << column);
  throw std::logic_error("unreachable");
}

// The facet's non-zero counts; also checks the order (count descending) and that no value is
// listed twice.
inline std::map<std::string, std::size_t> counts_of(const ListResult& r, const std::string& column) {
  const Facet& f = facet_of(r, column);
  std::map<std::string, std::size_t> out;
  std::set<std::string> seen;
  for (std::size_t i = 0; i < f.values.size(); ++i) {
    CHECK(seen.insert(f.values[i].value).second);
    if (i > 0) CHECK(f.values[i - 1].count >= f.values[i].count);
    if (f.values[i].count > 0) out[f.values[i].value] = f.values[i].count;
  }
  return out;
}

inline std::set<std::string> keys_of(const ListResult& r) {
  std::set<std::string> out;
  for (const auto& row : r.rows) out.insert(row.key);
  return out;
}

inline std::size_t column_index(const ListResult& r, const std::string& id) {
  for (std::size_t i = 0; i < r.columns.size(); ++i) {
    if (r.columns[i].id == id) return i;
  }
  FAIL("no column " << id);
  return 0;
}

// An independent ordering: folded text by code point, runs of ASCII digits by value.
inline int natural_compare(std::string_view a, std::string_view b) {
  auto decode = [](std::string_view s) {
    std::u32string out;
    std::string folded = fold_text(s);
    for (std::size_t pos = 0; pos < folded.size();) out += next_code_point(folded, &pos);
    return out;
  };
  std::u32string x = decode(a), y = decode(b);
  auto digit = [](char32_t c) { return c >= U'0' && c <= U'9'; };
  std::size_t i = 0, j = 0;
  while (i < x.size() && j < y.size()) {
    if (digit(x[i]) && digit(y[j])) {
      std::size_t ie = i, je = j;
      while (ie < x.size() && digit(x[ie])) ++ie;
      while (je < y.size() && digit(y[je])) ++je;
      std::u32string nx = x.substr(i, ie - i), ny = y.substr(j, je - j);
      nx.erase(0, std::min(nx.find_first_not_of(U'0'), nx.size() - 1));
      ny.erase(0, std::min(ny.find_first_not_of(U'0'), ny.size() - 1));
      if (nx.size() != ny.size()) return nx.size() < ny.size() ? -1 : 1;
      if (nx != ny) return nx < ny ? -1 : 1;
      i = ie;
      j = je;
      continue;
    }
    if (x[i] != y[j]) return x[i] < y[j] ? -1 : 1;
    ++i;
    ++j;
  }
  if (i < x.size()) return 1;
  if (j < y.size()) return -1;
  return 0;
}

// Checks that `sorted` is the whole list ordered by column `column` (text), ties and empty
// cells as documented.
inline void check_text_order(const ListResult& sorted, const ListResult& unsorted, const std::string& column,
                      bool descending) {
  REQUIRE(sorted.rows.size() == unsorted.rows.size());
  std::map<std::string, std::size_t> list_position;
  for (std::size_t i = 0; i < unsorted.rows.size(); ++i) list_position[unsorted.rows[i].key] = i;
  std::size_t c = column_index(sorted, column);
  bool seen_empty = false;
  for (std::size_t i = 0; i < sorted.rows.size(); ++i) {
    const std::string& cell = sorted.rows[i].cells[c];
    if (cell.empty()) {
      seen_empty = true;
    } else {
      CHECK_MESSAGE(!seen_empty, "empty cells come last");
    }
    if (i == 0) continue;
    const std::string& previous = sorted.rows[i - 1].cells[c];
    if (cell.empty() || previous.empty()) {
      if (cell.empty() && previous.empty()) {
        CHECK(list_position[sorted.rows[i - 1].key] < list_position[sorted.rows[i].key]);
      }
      continue;
    }
    int order = natural_compare(previous, cell);
    INFO(previous << " | " << cell);
    if (descending) CHECK(order >= 0);
    else CHECK(order <= 0);
    if (order == 0) {  // ties keep list order
      CHECK(list_position[sorted.rows[i - 1].key] < list_position[sorted.rows[i].key]);
    }
  }
}

// A strict RFC 4180 reader: records end with CRLF, quoted fields may hold anything.
inline std::vector<std::vector<std::string>> parse_rfc4180(std::string_view text) {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> record;
  std::string field;
  std::size_t i = 0;
  bool at_field_start = true;
  while (i < text.size()) {
    char c = text[i];
    if (at_field_start && c == '"') {
      ++i;
      while (true) {
        REQUIRE_MESSAGE(i < text.size(), "unterminated quoted field");
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        field += text[i++];
      }
      at_field_start = false;
      REQUIRE_MESSAGE((i == text.size() || text[i] == ',' || text[i] == '\r'),
                      "text after a closing quote");
      continue;
    }
    if (c == ',') {
      record.push_back(std::move(field));
      field.clear();
      at_field_start = true;
      ++i;
      continue;
    }
    if (c == '\r') {
      REQUIRE_MESSAGE((i + 1 < text.size() && text[i + 1] == '\n'), "CR without LF");
      record.push_back(std::move(field));
      field.clear();
      records.push_back(std::move(record));
      record.clear();
      at_field_start = true;
      i += 2;
      continue;
    }
    REQUIRE_MESSAGE(c != '\n', "LF outside quotes");
    REQUIRE_MESSAGE(c != '"', "quote inside an unquoted field");
    field += c;
    at_field_start = false;
    ++i;
  }
  REQUIRE_MESSAGE((record.empty() && field.empty() && at_field_start), "last record without CRLF");
  return records;
}

// What list_csv should make of a cell: formula starts neutralised.
inline std::string neutralised(const std::string& cell) {
  if (!cell.empty() && std::string("=+-@\t\r").find(cell[0]) != std::string::npos) return "'" + cell;
  return cell;
}

// Parses list_csv output and checks it against the result it was made from.
inline void check_csv_round_trip(const std::string& csv, const ListResult& r) {
  REQUIRE(csv.size() >= 3);
  CHECK(csv.compare(0, 3, "\xEF\xBB\xBF") == 0);
  CHECK(is_valid_utf8(csv));
  auto records = parse_rfc4180(std::string_view(csv).substr(3));
  REQUIRE(records.size() == r.rows.size() + 1);
  REQUIRE(records[0].size() == r.columns.size());
  for (std::size_t c = 0; c < r.columns.size(); ++c) CHECK(records[0][c] == neutralised(r.columns[c].label));
  for (std::size_t i = 0; i < r.rows.size(); ++i) {
    REQUIRE(records[i + 1].size() == r.rows[i].cells.size());
    for (std::size_t c = 0; c < r.rows[i].cells.size(); ++c) {
      CHECK(records[i + 1][c] == neutralised(r.rows[i].cells[c]));
    }
  }
}

inline json ask(const DutyDatabase& db, const json& request) {
  std::string answer = answer_query_json(db, request.dump());
  REQUIRE(is_valid_utf8(answer));
  json parsed = json::parse(answer, nullptr, false);
  REQUIRE_FALSE(parsed.is_discarded());
  return parsed;
}

inline json ok_result(const DutyDatabase& db, const json& request) {
  json answer = ask(db, request);
  INFO(answer.dump().substr(0, 2000));
  REQUIRE(answer["ok"] == true);
  return answer["result"];
}

inline std::string api_refusal(const DutyDatabase& db, const json& request) {
  json answer = ask(db, request);
  INFO(answer.dump());
  REQUIRE(answer["ok"] == false);
  REQUIRE(answer["error"].is_string());
  return answer["error"].get<std::string>();
}


inline std::size_t occurrences(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

}  // namespace dutyatlas::test::lists
