// Each kind's columns and rows (see list_fill.h), from the structs of list_loader.h.
#include "core/lists/list_fill.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/duties/duty_queries.h"
#include "core/lists/list_kinds.h"
#include "core/lists/list_loader.h"

namespace dutyatlas {
namespace {

using Cells = ListTableBuilder::Cells;

// Bodies and categories by id: names to show, ranks for display order.
class BodyDirectory {
 public:
  struct Category {
    std::string code, name;
    std::int64_t rank = 0;
  };

  explicit BodyDirectory(const DutyDatabase& db) {
    std::int64_t rank = 0;
    for (Body& b : list_bodies(db)) bodies_[b.id] = {std::move(b.name), std::move(b.category), rank++};
    rank = 0;
    for (CategorySummary& c : category_summaries(db)) categories_[c.code] = {c.code, std::move(c.name), rank++};
  }

  std::string name(const std::string& id) const {
    const Entry* b = find(id);
    return b ? b->name : id;
  }
  std::int64_t rank(const std::string& id) const {
    const Entry* b = find(id);
    return b ? b->rank : std::numeric_limits<std::int64_t>::max();
  }
  // The body's category; an unknown one is named by its code and comes after the known ones.
  Category category_of(const std::string& body_id) const {
    const Entry* b = find(body_id);
    std::string code = b ? b->category : std::string();
    auto it = categories_.find(code);
    if (it == categories_.end()) return {code, code, 1000};
    return it->second;
  }
  // Sorts body ids into display order (ties keep their order).
  void sort(std::vector<std::string>* ids) const {
    std::stable_sort(ids->begin(), ids->end(),
                     [&](const std::string& a, const std::string& b) { return rank(a) < rank(b); });
  }
  std::string join_names(const std::vector<std::string>& ids) const {
    std::string out;
    for (const auto& id : ids) {
      if (!out.empty()) out += "、";
      out += name(id);
    }
    return out;
  }

 private:
  struct Entry {
    std::string name, category;
    std::int64_t rank = 0;
  };
  const Entry* find(const std::string& id) const {
    if (id == last_id_) return last_;  // a row asks several times; neighbours often share
    auto it = bodies_.find(id);
    last_id_ = id;
    last_ = it == bodies_.end() ? nullptr : &it->second;
    return last_;
  }

  std::unordered_map<std::string, Entry> bodies_;
  std::unordered_map<std::string, Category> categories_;
  mutable std::string last_id_ = std::string(1, '\0');  // matches no id
  mutable const Entry* last_ = nullptr;
};

std::int64_t type_rank(std::string_view type) {
  const auto& types = power_item_types();
  auto it = std::find(types.begin(), types.end(), type);
  return it == types.end() ? std::int64_t(types.size()) : std::int64_t(it - types.begin());
}

// A body cell: its name shown, its id the facet value.
void set_body(ListTableBuilder& b, const BodyDirectory& dir, int column, const std::string& id) {
  if (id.empty()) return;
  b.set(column, dir.name(id));
  b.add_value(column, id, dir.name(id), dir.rank(id));
}

void set_category(ListTableBuilder& b, const BodyDirectory& dir, int column, const std::string& body_id) {
  BodyDirectory::Category c = dir.category_of(body_id);
  b.set(column, c.name);
  b.add_value(column, c.code, c.name, c.rank);
}

void fill_powers(const DutyDatabase& db, ListTable* t) {
  const BodyDirectory dir(db);
  ListTableBuilder b(t);
  t->name = kPowersListName;
  t->search_kind = "power";
  const int code = b.column("code", "事项编码");
  const int name = b.column("name", "事项名称");
  const int sub_name = b.column("sub_name", "子项名称");
  const int type = b.column("type", "事项类型", Cells::kFacet);
  const int body = b.column("body", "实施主体", Cells::kFacet);
  const int basis = b.column("basis", "实施依据");
  const int responsible = b.column("responsible", "责任主体", Cells::kFacet);
  const int service_unit = b.column("service_unit", "服务单位");
  const int time_limit = b.column("time_limit", "办理时限");
  const int fee_basis = b.column("fee_basis", "收费依据");
  const int category = b.column("category", "机构类别", Cells::kFacet);
  const std::vector<std::string> extras = read_power_extra_columns(db.handle());
  std::vector<int> extra_columns;
  for (const auto& e : extras) extra_columns.push_back(b.column("extra:" + e, e));
  t->code_column = code;

  for_each_power(db.handle(), [&](const StoredPower& row) {
    const PowerItem& p = row.power;
    b.begin_row(p.code, p.code);
    b.set_order(row.sort);
    b.set_unique(code, p.code);
    b.set(name, p.name);
    b.set(sub_name, p.sub_name);
    b.set(type, p.type);
    b.add_value(type, p.type, p.type, type_rank(p.type));
    // The 实施主体 is shown even when it is no known body (its id then).
    b.set(body, dir.name(p.body_id));
    b.add_value(body, p.body_id, dir.name(p.body_id), dir.rank(p.body_id));
    b.set(basis, p.basis);
    set_body(b, dir, responsible, p.responsible_body_id);
    b.set(service_unit, p.service_unit);
    b.set(time_limit, p.time_limit);
    b.set(fee_basis, p.fee_basis);
    set_category(b, dir, category, p.body_id);
    for (std::size_t i = 0; i < extras.size(); ++i) {
      auto it = p.extra.find(extras[i]);
      if (it != p.extra.end()) b.set(extra_columns[i], it->second);
    }
    b.end_row();
  });
  b.finish();
}

void fill_responsibilities(const DutyDatabase& db, ListTable* t) {
  const BodyDirectory dir(db);
  ListTableBuilder b(t);
  t->name = kResponsibilitiesListName;
  t->search_kind = "power";  // a stage row is found through its power
  const int code = b.column("code", "事项编码");
  const int power = b.column("power", "事项名称");
  const int stage = b.column("stage", "环节", Cells::kFacet);
  const int duty = b.column("duty", "责任事项");
  const int accountability = b.column("accountability", "追责情形");
  const int body = b.column("body", "责任主体", Cells::kFacet);
  const int type = b.column("type", "事项类型", Cells::kFacet, false);
  const int category = b.column("category", "机构类别", Cells::kFacet, false);
  t->code_column = code;

  struct PowerInfo {
    std::string name, type;
    std::int64_t sort;
  };
  std::unordered_map<std::string, PowerInfo> powers;
  for_each_power(db.handle(), [&](const StoredPower& row) {
    powers[row.power.code] = {row.power.name, row.power.type, row.sort};
  });
  // Stages come grouped by power; finish() puts them in the powers' list order.
  const PowerInfo missing{"", "", std::numeric_limits<std::int64_t>::max()};
  std::string last_code;
  const PowerInfo* info = &missing;
  for_each_responsibility(db.handle(), [&](const StoredResponsibility& row) {
    const ResponsibilityItem& r = row.responsibility;
    if (r.power_code != last_code) {
      auto it = powers.find(r.power_code);
      info = it == powers.end() ? &missing : &it->second;
      last_code = r.power_code;
    }
    b.begin_row(r.power_code + "#" + std::to_string(row.seq), r.power_code);
    b.set(code, r.power_code);
    b.set_order(info->sort);
    b.set(power, info->name);
    b.set(stage, r.stage);
    b.add_value(stage, r.stage, r.stage, 0);
    b.set(duty, r.duty);
    b.set(accountability, r.accountability);
    if (!r.body_id.empty()) {
      set_body(b, dir, body, r.body_id);
      set_category(b, dir, category, r.body_id);
    }
    b.set(type, info->type);
    b.add_value(type, info->type, info->type, type_rank(info->type));
    b.end_row();
  });
  b.finish();
}

void fill_tasks(const DutyDatabase& db, StoredTaskList stored, ListTable* t) {
  const BodyDirectory dir(db);
  ListTableBuilder b(t);
  t->name = stored.list.name;
  t->search_kind = "task";
  const int number = b.column("number", "序号", Cells::kNumber);
  const int bodies = b.column("bodies", "责任单位", Cells::kMultiFacet);
  const int task = b.column("task", "职责任务");
  const int basis = b.column("basis", "依据");
  const int category = b.column("category", "机构类别", Cells::kMultiFacet, false);

  std::string categories;  // the row's categories, each once, joined
  for (std::size_t i = 0; i < stored.list.items.size(); ++i) {
    TaskItem& item = stored.list.items[i];
    const std::string ref = stored.list.id + "#" + std::to_string(stored.seqs[i]);
    b.begin_row(ref, ref);
    b.set_number(number, item.number);
    dir.sort(&item.body_ids);
    b.set(bodies, dir.join_names(item.body_ids));
    categories.clear();
    for (const auto& id : item.body_ids) {
      b.add_value(bodies, id, dir.name(id), dir.rank(id));
      BodyDirectory::Category c = dir.category_of(id);
      if (categories.find(c.name) == std::string::npos) {
        if (!categories.empty()) categories += "、";
        categories += c.name;
      }
      b.add_value(category, c.code, c.name, c.rank);
    }
    b.set(category, categories);
    b.set(task, item.task);
    b.set(basis, item.basis);
    b.end_row();
  }
  b.finish();
}

void fill_division(const DutyDatabase& db, ListTable* t) {
  const BodyDirectory dir(db);
  ListTableBuilder b(t);
  t->name = kDivisionListName;
  t->search_kind = "matter";
  const int code = b.column("code", "编号");
  const int group = b.column("group", "分组", Cells::kFacet);
  const int name = b.column("name", "事项");
  const int stage = b.column("stage", "环节", Cells::kFacet);
  const int lead = b.column("lead", "牵头单位", Cells::kMultiFacet);
  const int cooperating = b.column("cooperating", "配合单位", Cells::kMultiFacet);
  const int basis = b.column("basis", "依据");
  t->code_column = code;

  auto set_bodies = [&](int column, std::vector<std::string> ids) {
    dir.sort(&ids);
    b.set(column, dir.join_names(ids));
    for (const auto& id : ids) b.add_value(column, id, dir.name(id), dir.rank(id));
  };
  auto begin_matter_row = [&](const DivisionMatter& m, const std::string& key) {
    b.begin_row(key, m.code);
    b.set(code, m.code);
    b.set(group, m.group);
    b.add_value(group, m.group, m.group, 0);
    b.set(name, m.name);
  };
  for (const StoredDivisionMatter& stored : read_division_matters(db.handle())) {
    const DivisionMatter& m = stored.matter;
    if (m.stages.empty()) {  // a matter without stages is still a row, its stage empty
      begin_matter_row(m, m.code);
      b.end_row();
      continue;
    }
    for (std::size_t i = 0; i < m.stages.size(); ++i) {
      const DivisionStage& s = m.stages[i];
      begin_matter_row(m, m.code + "#" + std::to_string(stored.stage_seqs[i]));
      b.set(stage, s.stage);
      b.add_value(stage, s.stage, s.stage, 0);
      set_bodies(lead, s.lead_body_ids);
      set_bodies(cooperating, s.cooperating_body_ids);
      b.set(basis, s.basis);
      b.end_row();
    }
  }
  b.finish();
}

}  // namespace

bool fill_list_table(const DutyDatabase& db, std::string_view kind, ListTable* table) {
  constexpr std::string_view kTasks = "tasks:";
  if (kind == "powers") {
    fill_powers(db, table);
  } else if (kind == "responsibilities") {
    fill_responsibilities(db, table);
  } else if (kind == "division") {
    fill_division(db, table);
  } else if (kind.size() > kTasks.size() && kind.substr(0, kTasks.size()) == kTasks) {
    std::optional<StoredTaskList> list = read_task_list(db.handle(), kind.substr(kTasks.size()));
    if (!list) return false;
    fill_tasks(db, std::move(*list), table);
  } else {
    return false;
  }
  table->kind = std::string(kind);
  return true;
}

}  // namespace dutyatlas
