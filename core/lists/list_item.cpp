// One item of a list in full (see list_item.h): its row of the loaded table, and what the table
// does not hold — a power's responsibilities and basis — from list_loader.h.
#include "core/lists/list_item.h"

#include <map>
#include <optional>

#include "core/duties/duty_queries.h"
#include "core/lists/list_cache.h"
#include "core/lists/list_loader.h"

namespace dutyatlas {
namespace {

std::vector<LinkedResponsibility> linked_responsibilities(const DutyDatabase& db,
                                                          const std::string& power_code) {
  std::vector<LinkedResponsibility> out;
  std::map<std::string, std::string> names;  // body id → name ('' if unknown)
  for (const StoredResponsibility& stored : read_responsibilities_of(db.handle(), power_code)) {
    const ResponsibilityItem& r = stored.responsibility;
    LinkedResponsibility linked;
    linked.seq = int(stored.seq);
    linked.key = power_code + "#" + std::to_string(stored.seq);
    linked.stage = r.stage;
    linked.duty = r.duty;
    linked.accountability = r.accountability;
    linked.body_id = r.body_id;
    if (!r.body_id.empty()) {
      auto it = names.find(r.body_id);
      if (it == names.end()) {
        std::optional<Body> body = find_body(db, r.body_id);
        it = names.emplace(r.body_id, body ? body->name : std::string()).first;
      }
      linked.body_name = it->second;
    }
    out.push_back(std::move(linked));
  }
  return out;
}

// The bodies a row names in a facet column of bodies, with a role.
void add_bodies(const ListTable& t, std::size_t row, const char* column, const char* role,
                std::vector<ListItemBody>* out) {
  const FacetColumn* f = t.facet_at(t.column_index(column));
  if (!f) return;
  f->for_each(row, [&](std::uint32_t code) { out->push_back({f->values[code], f->labels[code], role}); });
}

// The row of `key`; for division also a matter's 编号 (its first stage). t.rows if none.
std::size_t find_row(const ListTable& t, std::string_view key) {
  for (std::size_t r = 0; r < t.rows; ++r) {
    if (t.key(r) == key) return r;
  }
  if (t.kind == "division") {
    for (std::size_t r = 0; r < t.rows; ++r) {
      if (t.refs[r] == key) return r;
    }
  }
  return t.rows;
}

}  // namespace

bool list_item(const DutyDatabase& db, std::string_view kind, std::string_view key,
               ListItem* item, std::string* error) {
  CachedList* list = cached_list(db, kind, error);
  if (!list) return false;
  const ListTable& t = list->table;
  const std::size_t row = find_row(t, key);
  if (row == t.rows) {
    *error = t.name + "中没有编号为“" + std::string(key) + "”的事项。";
    return false;
  }

  ListItem out;
  out.kind = t.kind;
  out.key = std::string(t.key(row));
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    out.fields.push_back({t.columns[c].id, t.columns[c].label, std::string(t.cell(row, c))});
  }
  auto field = [&](const char* id) {
    int c = t.column_index(id);
    return c < 0 ? std::string() : std::string(t.cell(row, std::size_t(c)));
  };
  if (t.kind == "powers") {
    out.title = field("name");
    if (!field("sub_name").empty()) out.title += "（" + field("sub_name") + "）";
    out.basis = field("basis");
    add_bodies(t, row, "body", "implementing", &out.bodies);
    add_bodies(t, row, "responsible", "responsible", &out.bodies);
    out.responsibilities = linked_responsibilities(db, field("code"));
  } else if (t.kind == "responsibilities") {
    out.title = field("power") + " · " + field("stage");
    if (std::optional<PowerItem> power = read_power(db.handle(), field("code"))) out.basis = power->basis;
    add_bodies(t, row, "body", "responsible", &out.bodies);
    out.responsibilities = linked_responsibilities(db, field("code"));
  } else if (t.kind == "division") {
    out.title = field("name");
    if (!field("stage").empty()) out.title += " · " + field("stage");
    out.basis = field("basis");
    add_bodies(t, row, "lead", "lead", &out.bodies);
    add_bodies(t, row, "cooperating", "cooperate", &out.bodies);
    std::vector<int> columns = t.default_columns();
    for (int c : columns) out.stage_columns.push_back(t.columns[std::size_t(c)]);
    auto [first, end] = t.ref_run(row);
    for (std::size_t r = first; r < end; ++r) out.stages.push_back(t.row(r, columns));
  } else {  // a task list
    out.title = t.name + " 第" + field("number") + "项";
    out.basis = field("basis");
    add_bodies(t, row, "bodies", "responsible", &out.bodies);
  }
  if (!out.bodies.empty()) out.body = out.bodies.front();
  *item = std::move(out);
  return true;
}

}  // namespace dutyatlas
