// SQL behind list_loader.h. Schema: bundle_schema.h.
#include "core/lists/list_loader.h"

#include <algorithm>
#include <cassert>
#include <map>
#include <nlohmann/json.hpp>
#include <utility>

#include "core/base/sqlite_statement.h"

namespace dutyatlas {
namespace {

std::size_t count_rows(sqlite3* db, const char* sql) {
  Statement q(db, sql);
  const bool answered = q.step();  // count(*) answers one row
  assert(answered);
  (void)answered;
  return std::size_t(q.integer(0));
}

// A value of extra_json as a cell: strings as they are, anything else as JSON.
std::string json_cell(const nlohmann::json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_null()) return std::string();
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// extra_json (an object of the publisher's own columns) into *extra.
void parse_extra(const std::string& text, std::map<std::string, std::string>* extra) {
  extra->clear();
  if (text == "{}") return;  // nearly every power: no parse
  nlohmann::json object = nlohmann::json::parse(text, nullptr, false);
  if (!object.is_object()) return;
  for (auto it = object.begin(); it != object.end(); ++it) (*extra)[it.key()] = json_cell(it.value());
}

constexpr const char* kPowerColumns =
    "code, name, sub_name, type, body_id, basis, ifnull(responsible_body_id, ''), service_unit, "
    "time_limit, fee_basis, extra_json, sort";

void read_power_row(const Statement& q, StoredPower* out) {
  PowerItem& p = out->power;
  p.code = q.text(0);
  p.name = q.text(1);
  p.sub_name = q.text(2);
  p.type = q.text(3);
  p.body_id = q.text(4);
  p.basis = q.text(5);
  p.responsible_body_id = q.text(6);
  p.service_unit = q.text(7);
  p.time_limit = q.text(8);
  p.fee_basis = q.text(9);
  parse_extra(q.text(10), &p.extra);
  out->sort = q.integer(11);
}

constexpr const char* kResponsibilityColumns =
    "power_code, seq, stage, duty, accountability, ifnull(body_id, '')";

void read_responsibility_row(const Statement& q, StoredResponsibility* out) {
  ResponsibilityItem& r = out->responsibility;
  r.power_code = q.text(0);
  out->seq = q.integer(1);
  r.stage = q.text(2);
  r.duty = q.text(3);
  r.accountability = q.text(4);
  r.body_id = q.text(5);
}

// The task lists, all of them or the one named `id`.
std::vector<StoredTaskList> read_tasks(sqlite3* db, std::optional<std::string_view> id) {
  const std::string where = id ? " WHERE list_id = ?1" : "";
  std::vector<StoredTaskList> out;
  std::map<std::string, std::size_t, std::less<>> at;  // list id → index in out
  Statement lists(db, id ? "SELECT id, name FROM task_lists WHERE id = ?1"
                                  : "SELECT id, name FROM task_lists ORDER BY sort, id");
  if (id) lists.bind(1, *id);
  while (lists.step()) {
    at[lists.text(0)] = out.size();
    StoredTaskList list;
    list.list.id = lists.text(0);
    list.list.name = lists.text(1);
    out.push_back(std::move(list));
  }
  // (list id, seq) → the task
  std::map<std::pair<std::string, std::int64_t>, TaskItem*> task_at;
  Statement tasks(db,
                  ("SELECT list_id, seq, number, task, basis FROM tasks" + where + " ORDER BY list_id, seq").c_str());
  if (id) tasks.bind(1, *id);
  while (tasks.step()) {
    auto list = at.find(tasks.text(0));
    if (list == at.end()) continue;  // a task of no declared list: not shown anywhere
    StoredTaskList& l = out[list->second];
    l.list.items.push_back({int(tasks.integer(2)), {}, tasks.text(3), tasks.text(4)});
    l.seqs.push_back(tasks.integer(1));
  }
  for (StoredTaskList& l : out) {
    assert(l.seqs.size() == l.list.items.size());
    for (std::size_t i = 0; i < l.seqs.size(); ++i) task_at[{l.list.id, l.seqs[i]}] = &l.list.items[i];
  }
  Statement bodies(db, ("SELECT list_id, seq, body_id FROM task_bodies" + where +
                                 " ORDER BY list_id, seq, body_id").c_str());
  if (id) bodies.bind(1, *id);
  while (bodies.step()) {
    auto task = task_at.find({bodies.text(0), bodies.integer(1)});
    if (task != task_at.end()) task->second->body_ids.push_back(bodies.text(2));
  }
  return out;
}

}  // namespace

ListSizes read_list_sizes(sqlite3* db) {
  ListSizes sizes;
  sizes.powers = count_rows(db, "SELECT count(*) FROM powers");
  sizes.responsibilities = count_rows(db, "SELECT count(*) FROM responsibilities");
  Statement lists(db,
                  "SELECT l.id, l.name, (SELECT count(*) FROM tasks t WHERE t.list_id = l.id) "
                  "FROM task_lists l ORDER BY l.sort, l.id");
  while (lists.step()) {
    sizes.task_lists.push_back({lists.text(0), lists.text(1), std::size_t(lists.integer(2))});
  }
  sizes.division_rows = count_rows(
      db, "SELECT count(*) FROM division_matters m LEFT JOIN division_stages s ON s.code = m.code");
  return sizes;
}

void for_each_power(sqlite3* db, const std::function<void(const StoredPower&)>& visit) {
  Statement q(db, (std::string("SELECT ") + kPowerColumns + " FROM powers").c_str());
  StoredPower row;  // reused: its strings keep their buffers from row to row
  while (q.step()) {
    read_power_row(q, &row);
    visit(row);
  }
}

std::optional<PowerItem> read_power(sqlite3* db, std::string_view code) {
  Statement q(db, (std::string("SELECT ") + kPowerColumns + " FROM powers WHERE code = ?1").c_str());
  q.bind(1, code);
  if (!q.step()) return std::nullopt;
  StoredPower row;
  read_power_row(q, &row);
  return std::move(row.power);
}

std::set<std::string> read_power_body_ids(sqlite3* db) {
  std::set<std::string> ids;
  Statement q(db, "SELECT DISTINCT body_id FROM powers");
  while (q.step()) ids.insert(q.text(0));
  return ids;
}

std::vector<std::string> read_power_extra_columns(sqlite3* db) {
  std::vector<std::string> names;
  std::map<std::string, std::string> extra;
  Statement q(db, "SELECT extra_json FROM powers WHERE extra_json <> '{}' ORDER BY sort");
  while (q.step()) {
    parse_extra(q.text(0), &extra);
    for (const auto& [name, value] : extra) {
      if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    }
  }
  return names;
}

void for_each_responsibility(sqlite3* db,
                             const std::function<void(const StoredResponsibility&)>& visit) {
  Statement q(db, (std::string("SELECT ") + kResponsibilityColumns +
                            " FROM responsibilities ORDER BY power_code, seq").c_str());
  StoredResponsibility row;  // reused, as above
  while (q.step()) {
    read_responsibility_row(q, &row);
    visit(row);
  }
}

std::vector<StoredResponsibility> read_responsibilities_of(sqlite3* db,
                                                           std::string_view power_code) {
  Statement q(db, (std::string("SELECT ") + kResponsibilityColumns +
                            " FROM responsibilities WHERE power_code = ?1 ORDER BY seq").c_str());
  q.bind(1, power_code);
  std::vector<StoredResponsibility> out;
  while (q.step()) {
    out.emplace_back();
    read_responsibility_row(q, &out.back());
  }
  return out;
}

std::vector<StoredTaskList> read_task_lists(sqlite3* db) {
  return read_tasks(db, std::nullopt);
}

std::optional<StoredTaskList> read_task_list(sqlite3* db, std::string_view id) {
  std::vector<StoredTaskList> lists = read_tasks(db, id);
  if (lists.empty()) return std::nullopt;
  return std::move(lists.front());
}

std::vector<StoredDivisionMatter> read_division_matters(sqlite3* db) {
  std::vector<StoredDivisionMatter> out;
  std::map<std::string, std::size_t> at;  // 编号 → index in out
  Statement matters(db,
                    "SELECT code, group_name, name FROM division_matters ORDER BY sort, code");
  while (matters.step()) {
    at[matters.text(0)] = out.size();
    StoredDivisionMatter m;
    m.matter.code = matters.text(0);
    m.matter.group = matters.text(1);
    m.matter.name = matters.text(2);
    out.push_back(std::move(m));
  }
  Statement stages(db, "SELECT code, seq, stage, basis FROM division_stages ORDER BY code, seq");
  while (stages.step()) {
    auto matter = at.find(stages.text(0));
    if (matter == at.end()) continue;  // a stage of no matter: not shown anywhere
    StoredDivisionMatter& m = out[matter->second];
    m.matter.stages.push_back({stages.text(2), {}, {}, stages.text(3)});
    m.stage_seqs.push_back(stages.integer(1));
  }
  std::map<std::pair<std::string, std::int64_t>, DivisionStage*> stage_at;
  for (StoredDivisionMatter& m : out) {
    assert(m.stage_seqs.size() == m.matter.stages.size());
    for (std::size_t i = 0; i < m.stage_seqs.size(); ++i) {
      stage_at[{m.matter.code, m.stage_seqs[i]}] = &m.matter.stages[i];
    }
  }
  Statement bodies(db,
                   "SELECT code, stage_seq, body_id, role FROM division_stage_bodies "
                   "ORDER BY code, stage_seq, role, body_id");
  while (bodies.step()) {
    auto stage = stage_at.find({bodies.text(0), bodies.integer(1)});
    if (stage == stage_at.end()) continue;
    DivisionStage& s = *stage->second;
    (bodies.text(3) == "lead" ? s.lead_body_ids : s.cooperating_body_ids).push_back(bodies.text(2));
  }
  return out;
}

}  // namespace dutyatlas
