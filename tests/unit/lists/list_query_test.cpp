// 清单查询 (core/lists/list_query.h): on the full demo district every facet count and total is
// recounted with plain SQL; filters combine (AND across columns, OR within one, several bodies
// in one cell); the text filter takes Chinese words and anything a user can type; sorting
// follows folded code points with numbers as numbers, both directions; pages are slices of the
// whole view.
#include <doctest/doctest.h>

#include "core/api/query_json.h"
#include "lists/lists_fixture.h"

using namespace dutyatlas;
using namespace dutyatlas::test;
using namespace dutyatlas::test::lists;

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
  // The names alone (the client's heading font), the same lists in the same order.
  std::vector<std::string> names = list_names(db);
  REQUIRE(names.size() == kinds.size());
  for (std::size_t i = 0; i < kinds.size(); ++i) CHECK(names[i] == kinds[i].name);
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

TEST_CASE("lists: rows only — the same page and total as the whole answer, without facets") {
  const DutyDatabase& db = district();
  ListQuery q;
  q.kind = "powers";
  q.filters["type"] = {"行政处罚"};
  q.text = "违法";
  q.sort = "name";
  q.descending = true;
  q.offset = 40;
  q.limit = 25;
  ListResult whole = run(db, q);
  ListResult rows;
  std::string error;
  REQUIRE(run_list_rows(db, q, &rows, &error));
  CHECK(rows.total == whole.total);
  CHECK(rows.offset == whole.offset);
  CHECK(keys_of(rows) == keys_of(whole));
  REQUIRE(rows.rows.size() == whole.rows.size());
  for (std::size_t i = 0; i < rows.rows.size(); ++i) CHECK(rows.rows[i].cells == whole.rows[i].cells);
  CHECK(rows.columns.size() == whole.columns.size());
  CHECK(rows.sort == "name");
  CHECK(rows.facets.empty());
  CHECK(rows.filters.empty());
  q.sort = "nope";
  CHECK_FALSE(run_list_rows(db, q, &rows, &error));
  CHECK(has(error, "nope"));

  // Every column's order built ahead; sorting afterwards answers the same.
  REQUIRE(build_list_sort_orders(db, "division", &error));
  CHECK_FALSE(build_list_sort_orders(db, "nonsense", &error));
  CHECK(has(error, "nonsense"));
}
