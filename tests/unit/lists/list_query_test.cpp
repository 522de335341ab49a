// 清单查询 (core/lists/list_query.h, list_export.h, lists_json.h, `query --list`): on the full demo district
// every facet count and total is recounted with plain SQL; filters combine (AND across columns,
// OR within one, several bodies in one cell); the text filter takes Chinese words and anything a
// user can type; sorting follows folded code points with numbers as numbers, both directions;
// the CSV goes through an RFC 4180 parser here and comes back cell for cell (BOM, CRLF, formula
// cells neutralised); the print HTML escapes everything; the CLI's CSV is the API's, byte for
// byte.
#include <doctest/doctest.h>


#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "builder/build_command.h"
#include "cli_runner.h"
#include "core/base/csv_writer.h"
#include "core/lists/list_export.h"
#include "core/api/lists_json.h"
#include "core/lists/list_query.h"
#include "core/api/query_json.h"
#include "core/base/sqlite_statement.h"
#include "core/search/tokenizer.h"
#include "core/base/utf8.h"
#include "source_tree.h"

using namespace dutyatlas;
using namespace dutyatlas::test;
using nlohmann::json;

namespace {

// ---------------------------------------------------------------------------------------------
// Data: the full demo district, and a small tree full of awkward cells.

const DutyDatabase& district() {
  static std::unique_ptr<DutyDatabase> db = [] {
    builder::Diagnostics diagnostics;
    builder::Source source =
        builder::read_source_folder((source_root() / "assets" / "demo").string(), &diagnostics);
    if (diagnostics.has_errors()) throw std::runtime_error("test: assets/demo has errors");
    return open_image(builder::write_database_image(source.dataset, source.history));
  }();
  return *db;
}

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

void write_awkward_lists(SourceTree& tree) {
  tree.write("lists/powers.csv", kAwkwardPowers);
  tree.write("lists/responsibilities.csv", kAwkwardResponsibilities);
  tree.write("lists/tasks.json",
             R"([{"id": "safety", "name": "安全生产职责任务清单", "file": "tasks-safety.csv"}])");
  tree.write("lists/tasks-safety.csv", kAwkwardTasks);
  tree.write("lists/division.csv", kAwkwardDivision);
}

const DutyDatabase& awkward() {
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

ListResult run(const DutyDatabase& db, ListQuery q) {
  ListResult r;
  std::string error;
  INFO(q.kind);
  REQUIRE(run_list_query(db, q, &r, &error));
  CHECK(error.empty());
  return r;
}

ListResult run_all(const DutyDatabase& db, ListQuery q) {
  q.offset = 0;
  q.limit = kListNoLimit;
  return run(db, q);
}

std::string refusal(const DutyDatabase& db, const ListQuery& q) {
  ListResult r;
  std::string error;
  CHECK_FALSE(run_list_query(db, q, &r, &error));
  CHECK_FALSE(error.empty());
  return error;
}

long long sql_count(const DutyDatabase& db, const std::string& sql) {
  Statement q(db.handle(), sql.c_str());
  REQUIRE(q.ok());
  REQUIRE(q.step());
  return q.integer(0);
}

// value → count from "SELECT value, count …".
std::map<std::string, std::size_t> sql_counts(const DutyDatabase& db, const std::string& sql) {
  std::map<std::string, std::size_t> out;
  Statement q(db.handle(), sql.c_str());
  INFO(sql);
  REQUIRE(q.ok());
  while (q.step()) {
    if (q.integer(1) > 0) out[q.text(0)] = std::size_t(q.integer(1));
  }
  return out;
}

std::set<std::string> sql_set(const DutyDatabase& db, const std::string& sql) {
  std::set<std::string> out;
  Statement q(db.handle(), sql.c_str());
  INFO(sql);
  REQUIRE(q.ok());
  while (q.step()) out.insert(q.text(0));
  return out;
}

// 'a', 'b' for SQL IN (…), quotes doubled.
std::string sql_list(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) {
    std::string quoted;
    for (char c : v) quoted += c == '\'' ? std::string("''") : std::string(1, c);
    out += (out.empty() ? "'" : ",'") + quoted + "'";
  }
  return out;
}

const Facet& facet_of(const ListResult& r, const std::string& column) {
  for (const auto& f : r.facets) {
    if (f.column == column) return f;
  }
  FAIL("no facet " << column);
  throw std::logic_error("unreachable");
}

// The facet's non-zero counts; also checks the order (count descending) and that no value is
// listed twice.
std::map<std::string, std::size_t> counts_of(const ListResult& r, const std::string& column) {
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

std::set<std::string> keys_of(const ListResult& r) {
  std::set<std::string> out;
  for (const auto& row : r.rows) out.insert(row.key);
  return out;
}

std::size_t column_index(const ListResult& r, const std::string& id) {
  for (std::size_t i = 0; i < r.columns.size(); ++i) {
    if (r.columns[i].id == id) return i;
  }
  FAIL("no column " << id);
  return 0;
}

// An independent ordering: folded text by code point, runs of ASCII digits by value.
int natural_compare(std::string_view a, std::string_view b) {
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
void check_text_order(const ListResult& sorted, const ListResult& unsorted, const std::string& column,
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
std::vector<std::vector<std::string>> parse_rfc4180(std::string_view text) {
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
std::string neutralised(const std::string& cell) {
  if (!cell.empty() && std::string("=+-@\t\r").find(cell[0]) != std::string::npos) return "'" + cell;
  return cell;
}

// Parses list_csv output and checks it against the result it was made from.
void check_csv_round_trip(const std::string& csv, const ListResult& r) {
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

json ask(const DutyDatabase& db, const json& request) {
  std::string answer = answer_query_json(db, request.dump());
  REQUIRE(is_valid_utf8(answer));
  json parsed = json::parse(answer, nullptr, false);
  REQUIRE_FALSE(parsed.is_discarded());
  return parsed;
}

json ok_result(const DutyDatabase& db, const json& request) {
  json answer = ask(db, request);
  INFO(answer.dump().substr(0, 2000));
  REQUIRE(answer["ok"] == true);
  return answer["result"];
}

std::string api_refusal(const DutyDatabase& db, const json& request) {
  json answer = ask(db, request);
  INFO(answer.dump());
  REQUIRE(answer["ok"] == false);
  REQUIRE(answer["error"].is_string());
  return answer["error"].get<std::string>();
}


std::size_t occurrences(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

}  // namespace

// =============================================================================================
// Kinds and columns

TEST_CASE("lists: the kinds a bundle holds, with names and counts") {
  const DutyDatabase& db = district();
  std::vector<ListKindInfo> kinds = list_kinds(db);
  REQUIRE(kinds.size() == 6);
  CHECK(kinds[0].kind == "powers");
  CHECK(kinds[0].name == "权力清单");
  CHECK(kinds[0].count == 3478);
  CHECK(kinds[1].kind == "responsibilities");
  CHECK(kinds[1].name == "责任清单");
  CHECK(kinds[1].count == 14567);
  CHECK(kinds[2].kind == "tasks:safety");
  CHECK(kinds[2].name == "安全生产监管职责任务清单");
  CHECK(kinds[3].kind == "tasks:disaster");
  CHECK(kinds[4].kind == "tasks:school");
  CHECK(kinds[5].kind == "division");
  CHECK(kinds[5].name == "职责分工清单");
  CHECK(kinds[5].count == std::size_t(sql_count(db, "SELECT count(*) FROM division_stages")));
  for (const auto& k : kinds) {
    ListQuery q;
    q.kind = k.kind;
    q.limit = 0;
    CHECK(run(db, q).total == k.count);
    if (k.kind.rfind("tasks:", 0) == 0) {
      CHECK(k.count == std::size_t(sql_count(
                           db, "SELECT count(*) FROM tasks WHERE list_id = '" + k.kind.substr(6) + "'")));
    }
  }
  json lists = ok_result(db, {{"query", "lists"}});
  REQUIRE(lists.size() == 6);
  CHECK(lists[0] == json{{"kind", "powers"}, {"name", "权力清单"}, {"count", 3478}});
}

TEST_CASE("lists: each kind has its fixed columns with stable ids and Chinese labels") {
  auto ids_labels = [](const DutyDatabase& db, const std::string& kind) {
    std::vector<ListColumn> columns;
    std::string error;
    REQUIRE(list_columns(db, kind, &columns, &error));
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& c : columns) out.emplace_back(c.id, c.label);
    return out;
  };
  using Pairs = std::vector<std::pair<std::string, std::string>>;
  CHECK(ids_labels(district(), "powers") ==
        Pairs{{"code", "事项编码"}, {"name", "事项名称"}, {"sub_name", "子项名称"},
              {"type", "事项类型"}, {"body", "实施主体"}, {"basis", "实施依据"},
              {"responsible", "责任主体"}, {"service_unit", "服务单位"},
              {"time_limit", "办理时限"}, {"fee_basis", "收费依据"}, {"category", "机构类别"}});
  // Columns the publisher added come after, named by their header.
  Pairs awkward_powers = ids_labels(awkward(), "powers");
  REQUIRE(awkward_powers.size() == 12);
  CHECK(awkward_powers.back() == std::make_pair(std::string("extra:备注"), std::string("备注")));
  CHECK(ids_labels(district(), "responsibilities") ==
        Pairs{{"code", "事项编码"}, {"power", "事项名称"}, {"stage", "环节"},
              {"duty", "责任事项"}, {"accountability", "追责情形"}, {"body", "责任主体"},
              {"type", "事项类型"}, {"category", "机构类别"}});
  CHECK(ids_labels(district(), "tasks:safety") ==
        Pairs{{"number", "序号"}, {"bodies", "责任单位"}, {"task", "职责任务"}, {"basis", "依据"},
              {"category", "机构类别"}});
  CHECK(ids_labels(district(), "division") ==
        Pairs{{"code", "编号"}, {"group", "分组"}, {"name", "事项"}, {"stage", "环节"},
              {"lead", "牵头单位"}, {"cooperating", "配合单位"}, {"basis", "依据"}});

  // The default view: responsibilities and tasks keep type/category for filtering only.
  ListQuery q;
  q.kind = "responsibilities";
  q.limit = 1;
  ListResult r = run(district(), q);
  REQUIRE(r.columns.size() == 6);
  CHECK(r.columns.back().id == "body");
  CHECK(r.all_columns.size() == 8);
  q.kind = "tasks:school";
  r = run(district(), q);
  REQUIRE(r.columns.size() == 4);
  CHECK(r.columns[0].numeric);
  // Chosen columns, in the order asked.
  q.kind = "powers";
  q.columns = {"name", "code", "body"};
  r = run(district(), q);
  REQUIRE(r.rows.size() == 1);
  REQUIRE(r.rows[0].cells.size() == 3);
  CHECK(r.rows[0].cells[1] == r.rows[0].key);
  CHECK(r.rows[0].cells[2] == *sql_set(district(), "SELECT b.name FROM powers p JOIN bodies b ON b.id = "
                                                   "p.body_id WHERE p.code = '" + r.rows[0].key + "'").begin());
}

TEST_CASE("lists: rows come in list order with the data's values") {
  const DutyDatabase& db = district();
  ListQuery q;
  q.kind = "powers";
  ListResult all = run_all(db, q);
  REQUIRE(all.rows.size() == 3478);
  Statement s(db.handle(),
              "SELECT p.code, p.name, p.sub_name, p.type, b.name, p.basis, ifnull(rb.name, ''), "
              "p.service_unit, p.time_limit, p.fee_basis, c.name FROM powers p "
              "JOIN bodies b ON b.id = p.body_id LEFT JOIN bodies rb ON rb.id = p.responsible_body_id "
              "JOIN categories c ON c.code = b.category ORDER BY p.sort");
  std::size_t i = 0;
  while (s.step()) {
    REQUIRE(i < all.rows.size());
    const ListRow& row = all.rows[i++];
    CHECK(row.key == s.text(0));
    for (int c = 0; c < 11; ++c) CHECK(row.cells[std::size_t(c)] == s.text(c));
  }
  CHECK(i == all.rows.size());

  q.kind = "responsibilities";
  ListResult stages = run_all(db, q);
  REQUIRE(stages.rows.size() == 14567);
  Statement r(db.handle(),
              "SELECT r.power_code || '#' || r.seq, r.power_code, p.name, r.stage, r.duty, "
              "r.accountability, ifnull(b.name, '') FROM responsibilities r "
              "JOIN powers p ON p.code = r.power_code LEFT JOIN bodies b ON b.id = r.body_id "
              "ORDER BY p.sort, r.seq");
  i = 0;
  while (r.step()) {
    const ListRow& row = stages.rows[i++];
    CHECK(row.key == r.text(0));
    for (int c = 0; c < 6; ++c) CHECK(row.cells[std::size_t(c)] == r.text(c + 1));
  }
  CHECK(i == stages.rows.size());

  // Several bodies in one cell, joined by 、 in display order.
  q.kind = "division";
  q.filters["lead"] = {};
  ListResult division = run_all(db, q);
  std::size_t cooperating = column_index(division, "cooperating");
  bool joined = false;
  for (const auto& row : division.rows) joined = joined || has(row.cells[cooperating], "、");
  CHECK(joined);
  CHECK(division.rows[0].key == "A01#0");
  CHECK(division.rows[0].cells[column_index(division, "cooperating")] == "示例区生态环境局、示例区市场监督管理局");
}

// =============================================================================================
// Facets and filters, recounted with SQL

TEST_CASE("lists: facet counts without filters agree with SQL") {
  const DutyDatabase& db = district();
  ListQuery q;
  q.kind = "powers";
  q.limit = 0;
  ListResult r = run(db, q);
  CHECK(r.total == 3478);
  CHECK(counts_of(r, "type") == sql_counts(db, "SELECT type, count(*) FROM powers GROUP BY type"));
  CHECK(counts_of(r, "body") == sql_counts(db, "SELECT body_id, count(*) FROM powers GROUP BY body_id"));
  CHECK(counts_of(r, "responsible") ==
        sql_counts(db, "SELECT responsible_body_id, count(*) FROM powers "
                       "WHERE responsible_body_id IS NOT NULL GROUP BY 1"));
  CHECK(counts_of(r, "category") ==
        sql_counts(db, "SELECT b.category, count(*) FROM powers p JOIN bodies b ON b.id = p.body_id GROUP BY 1"));
  // Labels: body names, category names.
  for (const auto& v : facet_of(r, "body").values) {
    CHECK(v.label == *sql_set(db, "SELECT name FROM bodies WHERE id = '" + v.value + "'").begin());
  }
  for (const auto& v : facet_of(r, "category").values) {
    CHECK(v.label == *sql_set(db, "SELECT name FROM categories WHERE code = '" + v.value + "'").begin());
  }
  // Equal counts keep display order: types as power_item_types().
  const auto& types = facet_of(r, "type").values;
  for (std::size_t i = 1; i < types.size(); ++i) {
    if (types[i - 1].count != types[i].count) continue;
    auto rank = [](const std::string& t) {
      const auto& all = power_item_types();
      return std::find(all.begin(), all.end(), t) - all.begin();
    };
    CHECK(rank(types[i - 1].value) < rank(types[i].value));
  }

  q.kind = "responsibilities";
  r = run(db, q);
  CHECK(counts_of(r, "stage") == sql_counts(db, "SELECT stage, count(*) FROM responsibilities GROUP BY stage"));
  CHECK(counts_of(r, "body") ==
        sql_counts(db, "SELECT body_id, count(*) FROM responsibilities WHERE body_id IS NOT NULL GROUP BY 1"));
  CHECK(counts_of(r, "type") ==
        sql_counts(db, "SELECT p.type, count(*) FROM responsibilities r JOIN powers p "
                       "ON p.code = r.power_code GROUP BY 1"));

  for (const char* list : {"safety", "disaster", "school"}) {
    q.kind = std::string("tasks:") + list;
    r = run(db, q);
    CHECK(counts_of(r, "bodies") ==
          sql_counts(db, std::string("SELECT body_id, count(*) FROM task_bodies WHERE list_id = '") +
                             list + "' GROUP BY 1"));
    CHECK(counts_of(r, "category") ==
          sql_counts(db, std::string("SELECT b.category, count(DISTINCT tb.seq) FROM task_bodies tb "
                                     "JOIN bodies b ON b.id = tb.body_id WHERE tb.list_id = '") +
                             list + "' GROUP BY 1"));
  }

  q.kind = "division";
  r = run(db, q);
  CHECK(counts_of(r, "group") ==
        sql_counts(db, "SELECT m.group_name, count(*) FROM division_stages s JOIN division_matters m "
                       "ON m.code = s.code GROUP BY 1"));
  CHECK(counts_of(r, "stage") == sql_counts(db, "SELECT stage, count(*) FROM division_stages GROUP BY 1"));
  CHECK(counts_of(r, "lead") ==
        sql_counts(db, "SELECT body_id, count(*) FROM division_stage_bodies WHERE role = 'lead' GROUP BY 1"));
  CHECK(counts_of(r, "cooperating") ==
        sql_counts(db, "SELECT body_id, count(*) FROM division_stage_bodies WHERE role = 'cooperate' GROUP BY 1"));
}

TEST_CASE("lists: each facet counts under the OTHER columns' filters; AND across, OR within") {
  const DutyDatabase& db = district();
  std::vector<std::string> types = {"行政处罚", "行政许可"};
  std::vector<std::string> categories = {"street", "government"};
  ListQuery q;
  q.kind = "powers";
  q.limit = kListNoLimit;
  q.filters["type"] = types;
  q.filters["category"] = categories;
  ListResult r = run(db, q);

  const std::string from = "FROM powers p JOIN bodies b ON b.id = p.body_id ";
  const std::string by_type = "p.type IN (" + sql_list(types) + ")";
  const std::string by_category = "b.category IN (" + sql_list(categories) + ")";
  CHECK(r.total == std::size_t(sql_count(db, "SELECT count(*) " + from + "WHERE " + by_type + " AND " + by_category)));
  CHECK(r.rows.size() == r.total);
  CHECK(counts_of(r, "type") == sql_counts(db, "SELECT p.type, count(*) " + from + "WHERE " + by_category + " GROUP BY 1"));
  CHECK(counts_of(r, "category") == sql_counts(db, "SELECT b.category, count(*) " + from + "WHERE " + by_type + " GROUP BY 1"));
  CHECK(counts_of(r, "body") ==
        sql_counts(db, "SELECT p.body_id, count(*) " + from + "WHERE " + by_type + " AND " + by_category + " GROUP BY 1"));
  // Every row passes both filters.
  std::size_t type_column = column_index(r, "type"), category_column = column_index(r, "category");
  for (const auto& row : r.rows) {
    CHECK((row.cells[type_column] == "行政处罚" || row.cells[type_column] == "行政许可"));
    CHECK((row.cells[category_column] == "街道/镇" || row.cells[category_column] == "政府工作部门"));
  }
  // The chosen values are marked, and described.
  for (const auto& v : facet_of(r, "type").values) CHECK(v.selected == (v.value == "行政处罚" || v.value == "行政许可"));
  REQUIRE(r.filters.size() == 2);
  CHECK(r.filters[0].column == "type");
  CHECK(r.filters[0].values.size() == 2);
  CHECK(r.filters[0].values[0].label == "行政处罚");
  CHECK(r.filters[1].values[0].label == "街道/镇");

  // OR within one column: the union of the single-value results.
  ListQuery one = q;
  one.filters.erase("category");
  one.filters["type"] = {"行政处罚"};
  std::size_t penalties = run(db, one).total;
  one.filters["type"] = {"行政许可"};
  std::size_t licences = run(db, one).total;
  one.filters["type"] = types;
  CHECK(run(db, one).total == penalties + licences);

  // A third filter on bodies: the body facet counts under type and category only.
  std::string body = facet_of(r, "body").values[0].value;
  q.filters["body"] = {body, "zhzfj"};
  ListResult three = run(db, q);
  const std::string by_body = "p.body_id IN (" + sql_list({body, "zhzfj"}) + ")";
  CHECK(three.total == std::size_t(sql_count(db, "SELECT count(*) " + from + "WHERE " + by_type + " AND " +
                                                   by_category + " AND " + by_body)));
  CHECK(counts_of(three, "body") == counts_of(r, "body"));
  CHECK(counts_of(three, "type") ==
        sql_counts(db, "SELECT p.type, count(*) " + from + "WHERE " + by_category + " AND " + by_body + " GROUP BY 1"));
  CHECK(counts_of(three, "responsible") ==
        sql_counts(db, "SELECT p.responsible_body_id, count(*) " + from + "WHERE " + by_type + " AND " +
                           by_category + " AND " + by_body + " AND p.responsible_body_id IS NOT NULL GROUP BY 1"));

  // An empty value list filters nothing.
  ListQuery empty;
  empty.kind = "powers";
  empty.filters["type"] = {};
  CHECK(run(db, empty).total == 3478);
}

TEST_CASE("lists: several bodies in one cell — a row passes if any chosen body is among them") {
  const DutyDatabase& db = district();
  ListQuery q;
  q.kind = "tasks:safety";
  q.limit = kListNoLimit;
  q.filters["bodies"] = {"yjglj", "zjj"};
  ListResult r = run(db, q);
  CHECK(r.total == std::size_t(sql_count(db, "SELECT count(DISTINCT seq) FROM task_bodies WHERE list_id = 'safety' "
                                             "AND body_id IN ('yjglj', 'zjj')")));
  CHECK(r.total > 0);
  // Under its own filter the facet still counts every body; the category facet counts tasks of
  // the chosen bodies.
  CHECK(counts_of(r, "bodies") ==
        sql_counts(db, "SELECT body_id, count(*) FROM task_bodies WHERE list_id = 'safety' GROUP BY 1"));
  CHECK(counts_of(r, "category") ==
        sql_counts(db, "SELECT b.category, count(DISTINCT tb.seq) FROM task_bodies tb JOIN bodies b "
                       "ON b.id = tb.body_id WHERE tb.list_id = 'safety' AND tb.seq IN (SELECT seq FROM "
                       "task_bodies WHERE list_id = 'safety' AND body_id IN ('yjglj', 'zjj')) GROUP BY 1"));

  ListQuery d;
  d.kind = "division";
  d.limit = kListNoLimit;
  d.filters["lead"] = {"zhzfj"};
  d.filters["cooperating"] = {"sthjj"};
  d.filters["group"] = {"生态环保", "民生"};
  ListResult div = run(db, d);
  const std::string stages =
      "FROM division_stages s JOIN division_matters m ON m.code = s.code WHERE ";
  const std::string lead =
      "EXISTS (SELECT 1 FROM division_stage_bodies x WHERE x.code = s.code AND x.stage_seq = s.seq AND x.role = 'lead' AND x.body_id = 'zhzfj')";
  const std::string coop =
      "EXISTS (SELECT 1 FROM division_stage_bodies x WHERE x.code = s.code AND x.stage_seq = s.seq AND x.role = 'cooperate' AND x.body_id = 'sthjj')";
  const std::string group = "m.group_name IN ('生态环保', '民生')";
  CHECK(div.total == std::size_t(sql_count(db, "SELECT count(*) " + stages + lead + " AND " + coop + " AND " + group)));
  CHECK(div.total > 0);
  CHECK(counts_of(div, "group") == sql_counts(db, "SELECT m.group_name, count(*) " + stages + lead + " AND " + coop + " GROUP BY 1"));
  // Lead counts under the cooperating and group filters, recounted stage by stage.
  std::map<std::string, std::size_t> lead_counts;
  {
    Statement s(db.handle(), ("SELECT x.body_id, count(*) FROM division_stage_bodies x JOIN division_stages s "
                              "ON s.code = x.code AND s.seq = x.stage_seq JOIN division_matters m ON m.code = s.code "
                              "WHERE x.role = 'lead' AND " + coop + " AND " + group + " GROUP BY 1").c_str());
    REQUIRE(s.ok());
    while (s.step()) lead_counts[s.text(0)] = std::size_t(s.integer(1));
  }
  CHECK(counts_of(div, "lead") == lead_counts);
}

TEST_CASE("lists: values absent from the list match nothing and stay visible as chosen") {
  ListQuery q;
  q.kind = "powers";
  q.filters["body"] = {"no-such-body"};
  ListResult r = run(district(), q);
  CHECK(r.total == 0);
  CHECK(r.rows.empty());
  const Facet& body = facet_of(r, "body");
  CHECK(body.values.back().value == "no-such-body");
  CHECK(body.values.back().selected);
  CHECK(body.values.back().count == 0);
  REQUIRE(r.filters.size() == 1);
  CHECK(r.filters[0].values[0].label == "no-such-body");
  // With a real value beside it, the real one counts.
  q.filters["body"] = {"no-such-body", "zhzfj"};
  CHECK(run(district(), q).total ==
        std::size_t(sql_count(district(), "SELECT count(*) FROM powers WHERE body_id = 'zhzfj'")));
}

TEST_CASE("lists: bad queries are refused with what is available") {
  const DutyDatabase& db = district();
  ListQuery q;
  q.kind = "nonsense";
  std::string e = refusal(db, q);
  CHECK(has(e, "nonsense"));
  CHECK(has(e, "powers, responsibilities, tasks:safety, tasks:disaster, tasks:school, division"));
  q.kind = "tasks:nope";
  CHECK(has(refusal(db, q), "tasks:nope"));
  q.kind = "tasks:";
  refusal(db, q);
  q.kind = "powers";
  q.columns = {"code", "nope"};
  e = refusal(db, q);
  CHECK(has(e, "“nope”"));
  CHECK(has(e, "sub_name"));
  q.columns.clear();
  q.filters["basis"] = {"x"};  // a column, but not a facet
  e = refusal(db, q);
  CHECK(has(e, "type, body, responsible, category"));
  q.filters.clear();
  q.sort = "nope";
  CHECK(has(refusal(db, q), "nope"));
  std::string error;
  ListItem item;
  CHECK_FALSE(list_item(db, "powers", "NO-SUCH-CODE", &item, &error));
  CHECK(has(error, "NO-SUCH-CODE"));
  CHECK_FALSE(list_item(db, "whatever", "x", &item, &error));
}

// =============================================================================================
// Text

TEST_CASE("lists: text filter with Chinese words goes through the search index") {
  const DutyDatabase& db = district();
  ListQuery q;
  q.kind = "powers";
  q.limit = kListNoLimit;
  for (const char* word : {"油烟", "餐饮服务", "噪声", "排污", "许可"}) {
    CAPTURE(word);
    q.text = word;
    ListResult r = run(db, q);
    std::string match = build_match_expression(word);
    std::set<std::string> indexed =
        sql_set(db, "SELECT ref FROM search WHERE search MATCH '" + match + "' AND kind = 'power'");
    CHECK(keys_of(r) == indexed);
    CHECK(r.total == indexed.size());
    // Every power that says the word in its name or basis is found.
    std::set<std::string> literal = sql_set(
        db, std::string("SELECT code FROM powers WHERE name LIKE '%") + word + "%' OR sub_name LIKE '%" + word +
                "%' OR basis LIKE '%" + word + "%'");
    CHECK(!literal.empty());
    std::set<std::string> keys = keys_of(r);
    for (const auto& code : literal) CHECK(keys.count(code) == 1);
    // Facets count only what the text finds.
    std::size_t sum = 0;
    for (const auto& [type, n] : counts_of(r, "type")) sum += n;
    CHECK(sum == r.total);
  }
  // Text and filters together.
  q.text = "油烟";
  q.filters["type"] = {"行政处罚"};
  ListResult both = run(db, q);
  CHECK(both.total == std::size_t(sql_count(
                          db, "SELECT count(*) FROM powers WHERE type = '行政处罚' AND code IN (SELECT ref FROM "
                              "search WHERE search MATCH '\"油烟\"' AND kind = 'power')")));
  CHECK(both.total > 0);
  // One character finds words that contain it.
  q.filters.clear();
  q.text = "烟";
  CHECK(run(db, q).total >= run(db, [&] { auto x = q; x.text = "油烟"; return x; }()).total);

  // 责任清单: the stages of the powers the text finds.
  ListQuery resp;
  resp.kind = "responsibilities";
  resp.limit = 0;
  resp.text = "油烟";
  CHECK(run(db, resp).total ==
        std::size_t(sql_count(db, "SELECT count(*) FROM responsibilities WHERE power_code IN (SELECT ref FROM "
                                  "search WHERE search MATCH '\"油烟\"' AND kind = 'power')")));
  // 职责分工清单: every stage of a matching matter.
  ListQuery div;
  div.kind = "division";
  div.limit = kListNoLimit;
  div.text = "油烟";
  ListResult matters = run(db, div);
  CHECK(matters.total ==
        std::size_t(sql_count(db, "SELECT count(*) FROM division_stages WHERE code IN (SELECT ref FROM search "
                                  "WHERE search MATCH '\"油烟\"' AND kind = 'matter')")));
  CHECK(keys_of(matters).count("A01#0") == 1);
  CHECK(keys_of(matters).count("A01#1") == 1);
  // A task list: only its own tasks.
  ListQuery tasks;
  tasks.kind = "tasks:safety";
  tasks.limit = kListNoLimit;
  tasks.text = "危险化学品";
  ListResult found = run(db, tasks);
  CHECK(found.total > 0);
  CHECK(found.total == std::size_t(sql_count(db, "SELECT count(*) FROM search WHERE search MATCH '" +
                                                     build_match_expression("危险化学品") +
                                                     "' AND kind = 'task' AND ref LIKE 'safety#%'")));
  for (const auto& row : found.rows) CHECK(row.key.rfind("safety#", 0) == 0);
}

TEST_CASE("lists: text that looks like a code matches codes, case-insensitively") {
  const DutyDatabase& db = district();
  ListQuery q;
  q.kind = "powers";
  q.limit = kListNoLimit;
  q.text = "xzcf-qwb";
  ListResult r = run(db, q);
  CHECK(r.total == std::size_t(sql_count(db, "SELECT count(*) FROM powers WHERE code LIKE '%XZCF-QWB%'")));
  q.text = "ＸＺＣＦ－ＱＷＢ－０００１";  // full width folds to ASCII
  r = run(db, q);
  REQUIRE(r.total == 1);
  CHECK(r.rows[0].key == "XZCF-QWB-0001");
  ListQuery resp;
  resp.kind = "responsibilities";
  resp.limit = 0;
  resp.text = "XZCF-QWB-0001";
  CHECK(run(db, resp).total ==
        std::size_t(sql_count(db, "SELECT count(*) FROM responsibilities WHERE power_code = 'XZCF-QWB-0001'")));
  ListQuery div;
  div.kind = "division";
  div.limit = 0;
  div.text = "a01";
  CHECK(run(db, div).total == std::size_t(sql_count(db, "SELECT count(*) FROM division_stages WHERE code = 'A01'")));
}

TEST_CASE("lists: any text is safe; blank filters nothing, punctuation finds nothing") {
  const DutyDatabase& db = district();
  ListQuery q;
  q.kind = "powers";
  q.limit = 5;
  std::string long_text;
  for (int i = 0; i < 800; ++i) long_text += "油烟噪声";
  const std::vector<std::string> hostile = {
      "\"", "\"\"\"", "油烟\"", "*", "油烟*", "AND", "OR", "NOT", "油烟 OR 噪声", "NEAR(油烟 噪声)",
      "title:油烟", "^油烟", "(", ")", "'; DROP TABLE powers; --", "%", "_", "\\", "\x01\x02",
      std::string("油\0烟", 4), "\xff\xfe\xc3", "\xe6\xb2", "🙂🙂", long_text, "－－", "#", "--"};
  for (const auto& text : hostile) {
    CAPTURE(text.substr(0, 40));
    q.text = text;
    ListResult r;
    std::string error;
    CHECK(run_list_query(db, q, &r, &error));
    for (const auto& kind : {"responsibilities", "division", "tasks:safety"}) {
      ListQuery other = q;
      other.kind = kind;
      CHECK(run_list_query(db, other, &r, &error));
    }
    // Through the API too, the text written into the request as it is (even invalid UTF-8).
    std::string escaped;
    for (char c : text) {
      if (c == '"' || c == '\\') escaped += '\\';
      if (static_cast<unsigned char>(c) < 0x20) {
        char buffer[8];
        std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned char>(c));
        escaped += buffer;
      } else {
        escaped += c;
      }
    }
    std::string answer = answer_query_json(
        db, R"({"query": "list", "kind": "powers", "limit": 1, "text": ")" + escaped + "\"}");
    CHECK(is_valid_utf8(answer));
    json parsed = json::parse(answer, nullptr, false);
    REQUIRE(parsed.is_object());
    CHECK(parsed.contains("ok"));
    if (is_valid_utf8(text)) CHECK(parsed["ok"] == true);
  }
  for (const char* blank : {"", " ", "\t\n", "\xe3\x80\x80"}) {  // ideographic space folds to ' '
    q.text = blank;
    CHECK(run(db, q).total == 3478);
  }
  for (const char* nothing : {"，。！", "🙂", "《》", "---"}) {
    q.text = nothing;
    CHECK(run(db, q).total == 0);
  }
}

// =============================================================================================
// Sorting and paging

TEST_CASE("lists: sort by text columns in both directions, ties in list order, empty last") {
  const DutyDatabase& db = district();
  ListQuery q;
  q.kind = "powers";
  q.limit = kListNoLimit;
  ListResult unsorted = run(db, q);
  for (const char* column : {"name", "sub_name", "code", "body", "time_limit", "category"}) {
    for (bool descending : {false, true}) {
      CAPTURE(column);
      CAPTURE(descending);
      q.sort = column;
      q.descending = descending;
      ListResult sorted = run(db, q);
      CHECK(sorted.sort == column);
      check_text_order(sorted, unsorted, column, descending);
    }
  }
  // Chinese by code point: 中 (U+4E2D) before 区 (U+533A) before 对 (U+5BF9).
  q.sort = "name";
  q.descending = false;
  q.filters["type"] = {"行政处罚"};
  ListResult penalties = run(db, q);
  CHECK(penalties.rows.front().cells[1] < penalties.rows.back().cells[1]);

  // With a filter the order is the filtered subsequence of the full order.
  ListQuery all = q;
  all.filters.clear();
  ListResult everything = run(db, all);
  std::vector<std::string> expected;
  std::size_t type_column = column_index(everything, "type");
  for (const auto& row : everything.rows) {
    if (row.cells[type_column] == "行政处罚") expected.push_back(row.key);
  }
  std::vector<std::string> got;
  for (const auto& row : penalties.rows) got.push_back(row.key);
  CHECK(got == expected);

  // Awkward data: digit runs compare as numbers (CF-002 < CF-010), the sub-name column is mostly empty.
  ListQuery a;
  a.kind = "powers";
  a.limit = kListNoLimit;
  ListResult awkward_unsorted = run(awkward(), a);
  a.sort = "code";
  ListResult by_code = run(awkward(), a);
  std::vector<std::string> codes;
  for (const auto& row : by_code.rows) codes.push_back(row.key);
  CHECK(codes == std::vector<std::string>{"CF-001", "CF-002", "CF-010", "FW-001", "JC-002", "XK-001", "XK-002"});
  a.sort = "sub_name";
  a.descending = true;
  check_text_order(run(awkward(), a), awkward_unsorted, "sub_name", true);
}

TEST_CASE("lists: 序号 sorts as a number; division codes as codes") {
  ListQuery q;
  q.kind = "tasks:safety";
  q.limit = kListNoLimit;
  q.sort = "number";
  ListResult r = run(awkward(), q);
  std::vector<std::string> numbers;
  for (const auto& row : r.rows) numbers.push_back(row.cells[0]);
  CHECK(numbers == std::vector<std::string>{"1", "2", "3", "10"});
  q.descending = true;
  r = run(awkward(), q);
  numbers.clear();
  for (const auto& row : r.rows) numbers.push_back(row.cells[0]);
  CHECK(numbers == std::vector<std::string>{"10", "3", "2", "1"});

  q = {};
  q.kind = "tasks:safety";
  q.limit = 3;
  q.sort = "number";
  q.descending = true;
  r = run(district(), q);
  CHECK(r.rows[0].cells[0] == std::to_string(sql_count(district(), "SELECT max(number) FROM tasks WHERE list_id = 'safety'")));
  q.descending = false;
  q.offset = 9;
  r = run(district(), q);
  CHECK(r.rows[0].cells[0] == "10");  // not "2" after "19" as text would

  ListQuery d;
  d.kind = "division";
  d.limit = kListNoLimit;
  d.sort = "code";
  d.descending = true;
  r = run(district(), d);
  CHECK(r.rows.front().cells[0] == *sql_set(district(), "SELECT max(code) FROM division_matters").begin());
  // Stages of one matter keep their order under a descending sort by code.
  for (std::size_t i = 1; i < r.rows.size(); ++i) {
    if (r.rows[i].cells[0] == r.rows[i - 1].cells[0]) CHECK(r.rows[i - 1].key < r.rows[i].key);
  }
}

TEST_CASE("lists: pages are slices of the whole view") {
  const DutyDatabase& db = district();
  ListQuery q;
  q.kind = "powers";
  q.filters["category"] = {"street"};
  q.sort = "name";
  q.descending = true;
  ListResult whole = run_all(db, q);
  REQUIRE(whole.rows.size() > 250);
  for (std::size_t offset : {std::size_t(0), std::size_t(100), whole.total - 7, whole.total, whole.total + 5}) {
    q.offset = offset;
    q.limit = 100;
    ListResult page = run(db, q);
    CHECK(page.total == whole.total);
    CHECK(page.offset == offset);
    std::size_t expected = offset >= whole.total ? 0 : std::min<std::size_t>(100, whole.total - offset);
    REQUIRE(page.rows.size() == expected);
    for (std::size_t i = 0; i < page.rows.size(); ++i) CHECK(page.rows[i].key == whole.rows[offset + i].key);
  }
  q.offset = 0;
  q.limit = 0;
  ListResult counts_only = run(db, q);
  CHECK(counts_only.rows.empty());
  CHECK(counts_only.total == whole.total);
  CHECK(counts_of(counts_only, "body") == counts_of(whole, "body"));
}

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

// =============================================================================================
// The JSON API and the CLI

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


TEST_CASE("lists: `query --list` writes the API's CSV byte for byte") {
  REQUIRE(fs::exists(DUTYATLAS_CLI));
  SourceTree tree;
  write_awkward_lists(tree);
  TempDir work;
  fs::path out = work / "out";
  auto db = build_publication(tree.path(), out);

  struct Case {
    std::vector<std::string> args;
    json request;
  };
  std::vector<Case> cases = {
      {{"--list", "powers", "--csv"}, {{"query", "list"}, {"kind", "powers"}, {"format", "csv"}}},
      {{"--list", "powers", "--filter", "type=行政处罚", "--filter", "type=行政许可", "--filter", "body=sthjj",
        "--sort", "name:desc", "--columns", "code,name,basis,extra:备注", "--csv"},
       {{"query", "list"}, {"kind", "powers"}, {"format", "csv"},
        {"filters", {{"type", json::array({"行政处罚", "行政许可"})}, {"body", json::array({"sthjj"})}}},
        {"sort", "name"}, {"desc", true}, {"columns", json::array({"code", "name", "basis", "extra:备注"})}}},
      {{"--list", "powers", "--text", "油烟", "--csv"},
       {{"query", "list"}, {"kind", "powers"}, {"format", "csv"}, {"text", "油烟"}}},
      {{"--list", "tasks:safety", "--sort", "number:desc", "--csv"},
       {{"query", "list"}, {"kind", "tasks:safety"}, {"format", "csv"}, {"sort", "number"}, {"desc", true}}},
      {{"--list", "division", "--filter", "lead=kfq", "--html"},
       {{"query", "list"}, {"kind", "division"}, {"format", "html"}, {"filters", {{"lead", json::array({"kfq"})}}}}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.request.dump());
    std::vector<std::string> args = {"query", out.string()};
    args.insert(args.end(), c.args.begin(), c.args.end());
    CliRun cli = run_cli(args, work.path());
    INFO(cli.err);
    REQUIRE(cli.code == 0);
    json api = ok_result(*db, c.request);
    REQUIRE(api.is_string());
    CHECK(cli.out == api.get<std::string>());
  }
  // The CSV of the second case holds only the chosen rows.
  CliRun filtered = run_cli({"query", out.string(), "--list", "powers", "--filter", "type=行政处罚", "--csv"}, work.path());
  auto records = parse_rfc4180(std::string_view(filtered.out).substr(3));
  CHECK(records.size() == 1 + 3);

  // --json is the API's answer; a bad column is an error on stderr with exit code 1.
  CliRun as_json = run_cli({"query", out.string(), "--list", "division", "--json", "--limit", "1"}, work.path());
  REQUIRE(as_json.code == 0);
  json parsed = json::parse(as_json.out);
  CHECK(parsed["result"]["rows"].size() == 1);
  CHECK(parsed == ask(*db, {{"query", "list"}, {"kind", "division"}, {"limit", 1}}));
  CliRun bad = run_cli({"query", out.string(), "--list", "powers", "--sort", "nope"}, work.path());
  CHECK(bad.code == 1);
  CHECK(has(bad.err, "nope"));
  CliRun usage = run_cli({"query", out.string(), "--list", "powers", "--filter", "novalue"}, work.path());
  CHECK(usage.code == 2);
  CliRun lists = run_cli({"query", out.string(), "--list"}, work.path());
  CHECK(lists.code == 0);
  CHECK(has(lists.out, "tasks:safety\t安全生产职责任务清单\t4"));
  CliRun table = run_cli({"query", out.string(), "--list", "powers", "--filter", "category=devzone"}, work.path());
  CHECK(table.code == 0);
  CHECK(has(table.out, "权力清单：机构类别：产业发展机构，共 3 项"));
  CliRun item = run_cli({"query", out.string(), "--list", "powers", "--item", "XK-001"}, work.path());
  CHECK(item.code == 0);
  CHECK(has(item.out, "排污许可（重点管理）"));
  CHECK(has(item.out, "受理"));
}
