// One publication as the change report compares it (see diff_snapshot.h). Schema:
// bundle_schema.h. The lists come from core/lists/list_loader.h; the rest is read here.
#include "core/diff/diff_snapshot.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "core/base/text.h"
#include "core/base/sqlite_statement.h"
#include "core/diff/diff_values.h"
#include "core/duties/contacts.h"
#include "core/duties/duty_queries.h"
#include "core/lists/list_loader.h"

namespace dutyatlas {
namespace {

// Gives duplicate keys a suffix ("…#2", "…#3") so every row has its own key, in order.
void make_keys_unique(std::vector<DiffRow>* rows) {
  std::map<std::string, int> seen;
  for (DiffRow& row : *rows) {
    int n = ++seen[row.key];
    if (n > 1) row.key += "#" + std::to_string(n);
  }
}

// Rows collected with their place in display order, put in that order (ties as collected).
class OrderedRows {
 public:
  void add(std::int64_t place, DiffRow row) { rows_.emplace_back(place, std::move(row)); }
  std::vector<DiffRow> take() {
    std::stable_sort(rows_.begin(), rows_.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<DiffRow> out;
    out.reserve(rows_.size());
    for (auto& [place, row] : rows_) out.push_back(std::move(row));
    return out;
  }

 private:
  std::vector<std::pair<std::int64_t, DiffRow>> rows_;
};

void read_bodies(const DutyDatabase& db, Snapshot* s) {
  const std::map<std::string, Contact> contacts = all_contacts(db);
  for (Body& b : list_bodies(db)) {
    BodyRow row;
    row.other.key = b.id;
    row.other.fields = {{"rank", b.rank},       {"parent_id", b.parent_id},
                        {"uscc", b.uscc},       {"division_code", b.division_code},
                        {"host_id", b.host_id}, {"institution_class", b.institution_class}};
    auto c = contacts.find(b.id);
    const Contact none;
    const Contact& contact = c == contacts.end() ? none : c->second;
    std::vector<std::string> phones;
    for (const ContactPhone& p : contact.phones) phones.push_back(p.label + " " + p.number);
    row.other.fields.insert(row.other.fields.end(),
                            {{"phones", join(phones, "；")},
                             {"address", contact.address},
                             {"hours", contact.hours},
                             {"website", contact.website},
                             {"service_hall", contact.service_hall}});
    row.body = {std::move(b.id), std::move(b.name), std::move(b.short_name), std::move(b.category)};
    s->body_at[row.body.id] = s->bodies.size();
    s->bodies.push_back(std::move(row));
  }
}

void read_clauses(const DutyDatabase& db, Snapshot* s) {
  Statement q(db.handle(),
              "SELECT c.body_id, c.key, c.text FROM clause_versions c "
              "LEFT JOIN bodies b ON b.id = c.body_id "
              "WHERE c.valid_from <= ?1 AND (c.valid_to = '' OR c.valid_to > ?1) "
              "ORDER BY b.sort, c.body_id, c.position, c.valid_from, c.key");
  q.bind(1, s->info.data_date);
  while (q.step()) s->clauses.push_back({q.text(0), q.text(1), q.text(2)});
}

void read_recorded_transfers(const DutyDatabase& db, Snapshot* s) {
  Statement q(db.handle(),
              "SELECT c.body_id, c.clause_key, c.to_body_id, c.as_key FROM document_changes c "
              "JOIN documents d ON d.doc_no = c.doc_no "
              "WHERE c.action = 'transfer' AND d.effective <= ?1 ORDER BY d.effective, c.doc_no, c.seq");
  q.bind(1, s->info.data_date);
  while (q.step()) s->recorded_transfers[{q.text(0), q.text(1)}].push_back({q.text(2), q.text(3)});
}

// Appends the rows of `sql` (body_id, doc_no, field, value — in order) to the 三定 they belong to.
void add_sanding_fields(const DutyDatabase& db, const char* sql,
                        std::map<std::pair<std::string, std::string>, DiffRow*>& row_of) {
  Statement q(db.handle(), sql);
  while (q.step()) {
    auto it = row_of.find({q.text(0), q.text(1)});
    if (it != row_of.end()) it->second->fields.emplace_back(q.text(2), q.text(3));
  }
}

// Each 三定 with everything it says, field by field (see SandingRow).
void read_sandings(const DutyDatabase& db, Snapshot* s) {
  Statement q(db.handle(),
              "SELECT s.body_id, s.doc_no, s.effective, s.setup, ifnull(s.staffing_administrative, ''), "
              "ifnull(s.staffing_career, ''), ifnull(s.staffing_service, '') FROM sandings s "
              "LEFT JOIN bodies b ON b.id = s.body_id ORDER BY b.sort, s.body_id, s.effective, s.doc_no");
  while (q.step()) {
    SandingRow row{q.text(0), q.text(1), q.text(2), {}};
    row.content.key = row.body_id + "\x1f" + row.doc_no;
    row.content.fields = {{"effective", row.effective},
                          {"setup", q.text(3)},
                          {"staffing_administrative", q.text(4)},  // '' when not set
                          {"staffing_career", q.text(5)},
                          {"staffing_service", q.text(6)}};
    s->sandings.push_back(std::move(row));
  }
  std::map<std::pair<std::string, std::string>, DiffRow*> row_of;
  for (SandingRow& row : s->sandings) row_of[{row.body_id, row.doc_no}] = &row.content;
  // 领导职数 in one field ("局长 1 名、副局长 2 名"): short, and read as one line.
  add_sanding_fields(db,
                     "SELECT body_id, doc_no, 'leaders', group_concat(title || ' ' || count || ' 名', '、') "
                     "FROM (SELECT * FROM leader_posts ORDER BY body_id, doc_no, seq) GROUP BY body_id, doc_no",
                     row_of);
  add_sanding_fields(db,
                     "SELECT body_id, doc_no, 'duty/' || key, text FROM clause_versions c "
                     "JOIN sandings s USING (body_id) WHERE c.opened_by = s.doc_no AND c.opened_how = 'sanding' "
                     "ORDER BY body_id, doc_no, position",
                     row_of);
  add_sanding_fields(db,
                     "SELECT body_id, doc_no, 'transformation/' || (seq + 1), text FROM sanding_texts "
                     "WHERE section = 'transformation' ORDER BY body_id, doc_no, seq",
                     row_of);
  add_sanding_fields(db,
                     "SELECT body_id, doc_no, 'division/' || (seq + 1), name FROM internal_divisions "
                     "ORDER BY body_id, doc_no, seq",
                     row_of);
  add_sanding_fields(db,
                     "SELECT body_id, doc_no, 'division/' || (division_seq + 1) || '/duty/' || (seq + 1), text "
                     "FROM internal_division_duties ORDER BY body_id, doc_no, division_seq, seq",
                     row_of);
  add_sanding_fields(db,
                     "SELECT body_id, doc_no, 'boundary/' || (seq + 1), text FROM boundaries "
                     "ORDER BY body_id, doc_no, seq",
                     row_of);
  add_sanding_fields(db,
                     "SELECT body_id, doc_no, 'boundary/' || (boundary_seq + 1) || '/bodies', "
                     "group_concat(other_body_id, '、') FROM (SELECT * FROM boundary_bodies "
                     "ORDER BY body_id, doc_no, boundary_seq, other_body_id) "
                     "GROUP BY body_id, doc_no, boundary_seq",
                     row_of);
}

void read_documents(const DutyDatabase& db, Snapshot* s) {
  // 文号 → its changes, one line each, readable in the report (diff_values.h:
  // document_change_line): "改写 生态环境局 职责 3：…".
  std::map<std::string, std::string> changes;
  Statement c(db.handle(),
              "SELECT c.doc_no, c.action, ifnull(nullif(f.short_name, ''), ifnull(f.name, c.body_id)), "
              "c.clause_key, c.text, ifnull(nullif(t.short_name, ''), ifnull(t.name, ifnull(c.to_body_id, ''))), "
              "c.as_key FROM document_changes c LEFT JOIN bodies f ON f.id = c.body_id "
              "LEFT JOIN bodies t ON t.id = c.to_body_id ORDER BY c.doc_no, c.seq");
  while (c.step()) {
    std::string& out = changes[c.text(0)];
    if (!out.empty()) out += "\n";
    out += document_change_line(c.text(1), c.text(2), c.text(3), c.text(5), c.text(6), c.text(4));
  }
  Statement q(db.handle(),
              "SELECT doc_no, title, issuer, kind, issued, effective, text FROM documents "
              "ORDER BY sort, doc_no");
  while (q.step()) {
    DiffRow d;
    d.key = q.text(0);
    d.label = q.text(1);
    d.fields = {{"title", q.text(1)},  {"issuer", q.text(2)},    {"kind", q.text(3)},
                {"issued", q.text(4)}, {"effective", q.text(5)}, {"text", q.text(6)},
                {"changes", changes[d.key]}};
    s->document_at[d.key] = s->documents.size();
    s->documents.push_back(std::move(d));
  }
}

// Powers and their responsibilities: both in the powers' display order, which the loader gives
// alongside (it reads in key order).
void read_powers_and_responsibilities(const DutyDatabase& db, Snapshot* s) {
  std::unordered_map<std::string, std::int64_t> place;  // 事项编码 → display order
  OrderedRows powers;
  for_each_power(db.handle(), [&](const StoredPower& row) {
    const PowerItem& p = row.power;
    place[p.code] = row.sort;
    DiffRow item;
    item.key = p.code;
    item.label = p.code + " " + p.name + (p.sub_name.empty() ? "" : "（" + p.sub_name + "）");
    item.fields = {{"name", p.name},
                   {"sub_name", p.sub_name},
                   {"type", p.type},
                   {"body_id", p.body_id},
                   {"basis", p.basis},
                   {"responsible_body_id", p.responsible_body_id},
                   {"service_unit", p.service_unit},
                   {"time_limit", p.time_limit},
                   {"fee_basis", p.fee_basis},
                   {"extra", nlohmann::json(p.extra).dump()}};
    powers.add(row.sort, std::move(item));
  });
  s->powers = powers.take();

  OrderedRows responsibilities;
  for_each_responsibility(db.handle(), [&](const StoredResponsibility& row) {
    const ResponsibilityItem& r = row.responsibility;
    auto it = place.find(r.power_code);  // a stage of no power comes first
    DiffRow item;
    item.key = r.power_code + "/" + r.stage + "/" + r.duty;
    item.label = r.power_code + " " + r.stage + "：" + r.duty;
    item.fields = {{"accountability", r.accountability}, {"body_id", r.body_id}};
    responsibilities.add(it == place.end() ? std::numeric_limits<std::int64_t>::min() : it->second,
                         std::move(item));
  });
  s->responsibilities = responsibilities.take();
  make_keys_unique(&s->responsibilities);
}

void read_tasks(const DutyDatabase& db, Snapshot* s) {
  for (const StoredTaskList& stored : read_task_lists(db.handle())) {
    // The list itself, so a renamed list is one change, not one per task.
    DiffRow list;
    list.key = stored.list.id;
    list.label = stored.list.name + "（清单）";
    list.fields = {{"list_name", stored.list.name}};
    s->tasks.push_back(std::move(list));
    for (const TaskItem& task : stored.list.items) {
      const std::string number = std::to_string(task.number);
      DiffRow t;
      t.key = stored.list.id + "/" + number;
      t.label = stored.list.name + " 第" + number + "项：" + task.task;
      t.fields = {{"task", task.task}, {"basis", task.basis}, {"body_ids", join(task.body_ids, "、")}};
      s->tasks.push_back(std::move(t));
    }
  }
  make_keys_unique(&s->tasks);
}

void read_matters(const DutyDatabase& db, Snapshot* s) {
  for (const StoredDivisionMatter& stored : read_division_matters(db.handle())) {
    const DivisionMatter& matter = stored.matter;
    std::vector<std::string> names, leads, cooperating, bases;
    for (const DivisionStage& stage : matter.stages) {
      names.push_back(stage.stage);
      leads.push_back(join(stage.lead_body_ids, "、"));
      cooperating.push_back(join(stage.cooperating_body_ids, "、"));
      bases.push_back(stage.basis);
    }
    DiffRow m;
    m.key = matter.code;
    m.label = matter.code + " " + matter.name;
    m.fields = {{"group", matter.group},
                {"name", matter.name},
                {"stages", join(names, "\n")},  // one line per stage
                {"lead_bodies", join(leads, "\n")},
                {"cooperating_bodies", join(cooperating, "\n")},
                {"basis", join(bases, "\n")}};
    s->matters.push_back(std::move(m));
  }
}

void read_words(const DutyDatabase& db, Snapshot* s) {
  Statement k(db.handle(), "SELECT word, target_kind, target FROM keywords ORDER BY word, target_kind, target");
  while (k.step()) s->keywords.push_back({k.text(0), k.text(1), k.text(2)});
  Statement y(db.handle(), "SELECT word, alternative FROM synonyms ORDER BY word, alternative");
  while (y.step()) s->synonyms.push_back({y.text(0), y.text(1)});
}

}  // namespace

std::string Snapshot::body_label(const std::string& id) const {
  auto it = body_at.find(id);
  if (it == body_at.end()) return id;
  const DiffBody& b = bodies[it->second].body;
  return b.short_name.empty() ? b.name : b.short_name;
}

Snapshot read_snapshot(const DutyDatabase& db) {
  Snapshot s;
  DatasetInfo info = dataset_info(db);
  s.info = {info.name, info.title, info.data_date, info.division_code, info.sample};
  read_bodies(db, &s);
  read_clauses(db, &s);
  read_recorded_transfers(db, &s);
  read_sandings(db, &s);
  read_documents(db, &s);
  read_powers_and_responsibilities(db, &s);
  read_tasks(db, &s);
  read_matters(db, &s);
  read_words(db, &s);
  return s;
}

}  // namespace dutyatlas
