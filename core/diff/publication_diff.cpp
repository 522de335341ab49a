// Reads what publication_diff.h compares from both databases, matches it by key, and words the
// report. Schema: bundle_schema.h (version 2).
#include "core/diff/publication_diff.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "core/bundle/model.h"
#include "core/base/sqlite_statement.h"
#include "core/base/utf8.h"

namespace dutyatlas {
namespace {

using nlohmann::json;

// ---------------------------------------------------------------------------------------------
// Reading one publication

// An item compared field by field: a body, a document or a list item.
struct Item {
  std::string key;
  std::string label;
  std::vector<std::pair<std::string, std::string>> fields;  // name → value, in a fixed order
};

struct BodyRow {
  DiffBody body;
  Item other;  // the fields that are neither name, short name nor category
};

struct ClauseRow {
  std::string body_id, key, text;
};

struct SandingRow {
  std::string body_id, doc_no, effective;
};

struct Snapshot {
  PublicationInfo info;
  std::vector<BodyRow> bodies;                 // display order
  std::map<std::string, std::size_t> body_at;  // id → index in bodies
  std::vector<ClauseRow> clauses;              // in force on info.data_date, display order
  std::vector<SandingRow> sandings;
  std::vector<Item> documents;
  std::map<std::string, std::size_t> document_at;  // 文号 → index in documents
  std::vector<Item> powers, responsibilities, tasks, matters;
  std::vector<DiffKeyword> keywords;
  std::vector<DiffSynonym> synonyms;

  std::string body_label(const std::string& id) const {
    auto it = body_at.find(id);
    if (it == body_at.end()) return id;
    const DiffBody& b = bodies[it->second].body;
    return b.short_name.empty() ? b.name : b.short_name;
  }
};

// Gives duplicate keys a suffix ("…#2", "…#3") so every item has its own key, in order.
void make_keys_unique(std::vector<Item>* items) {
  std::map<std::string, int> seen;
  for (Item& item : *items) {
    int n = ++seen[item.key];
    if (n > 1) item.key += "#" + std::to_string(n);
  }
}

std::string join(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? separator : "") + parts[i];
  return out;
}

void read_info(const DutyDatabase& db, Snapshot* s) {
  Statement q(db.handle(), "SELECT key, value FROM meta");
  while (q.step()) {
    std::string key = q.text(0);
    if (key == "name") s->info.name = q.text(1);
    else if (key == "title") s->info.title = q.text(1);
    else if (key == "data_date") s->info.data_date = q.text(1);
    else if (key == "division_code") s->info.division_code = q.text(1);
    else if (key == "sample") s->info.sample = q.text(1) == "1";
  }
}

void read_bodies(const DutyDatabase& db, Snapshot* s) {
  Statement q(db.handle(),
              "SELECT id, name, short_name, category, rank, ifnull(parent_id, ''), uscc, "
              "division_code, ifnull(host_id, ''), institution_class FROM bodies ORDER BY sort, id");
  while (q.step()) {
    BodyRow row;
    row.body = {q.text(0), q.text(1), q.text(2), q.text(3)};
    row.other.key = row.body.id;
    row.other.fields = {{"rank", q.text(4)},          {"parent_id", q.text(5)},
                        {"uscc", q.text(6)},          {"division_code", q.text(7)},
                        {"host_id", q.text(8)},       {"institution_class", q.text(9)}};
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

void read_sandings(const DutyDatabase& db, Snapshot* s) {
  Statement q(db.handle(),
              "SELECT s.body_id, s.doc_no, s.effective FROM sandings s "
              "LEFT JOIN bodies b ON b.id = s.body_id ORDER BY b.sort, s.body_id, s.effective, s.doc_no");
  while (q.step()) s->sandings.push_back({q.text(0), q.text(1), q.text(2)});
}

void read_documents(const DutyDatabase& db, Snapshot* s) {
  std::map<std::string, std::string> changes;  // 文号 → its changes, one line each
  Statement c(db.handle(),
              "SELECT doc_no, action, body_id, clause_key, text, ifnull(to_body_id, ''), as_key "
              "FROM document_changes ORDER BY doc_no, seq");
  while (c.step()) {
    std::string& out = changes[c.text(0)];
    for (int i = 1; i <= 6; ++i) out += c.text(i) + (i < 6 ? "\x1f" : "\n");
  }
  Statement q(db.handle(),
              "SELECT doc_no, title, issuer, kind, issued, effective, text FROM documents "
              "ORDER BY sort, doc_no");
  while (q.step()) {
    Item d;
    d.key = q.text(0);
    d.label = q.text(1);
    d.fields = {{"title", q.text(1)},  {"issuer", q.text(2)},    {"kind", q.text(3)},
                {"issued", q.text(4)}, {"effective", q.text(5)}, {"text", q.text(6)},
                {"changes", changes[d.key]}};
    s->document_at[d.key] = s->documents.size();
    s->documents.push_back(std::move(d));
  }
}

void read_powers(const DutyDatabase& db, Snapshot* s) {
  Statement q(db.handle(),
              "SELECT code, name, sub_name, type, body_id, basis, ifnull(responsible_body_id, ''), "
              "service_unit, time_limit, fee_basis, extra_json FROM powers ORDER BY sort, code");
  while (q.step()) {
    Item p;
    p.key = q.text(0);
    p.label = p.key + " " + q.text(1) + (q.text(2).empty() ? "" : "（" + q.text(2) + "）");
    p.fields = {{"name", q.text(1)},       {"sub_name", q.text(2)},
                {"type", q.text(3)},       {"body_id", q.text(4)},
                {"basis", q.text(5)},      {"responsible_body_id", q.text(6)},
                {"service_unit", q.text(7)}, {"time_limit", q.text(8)},
                {"fee_basis", q.text(9)},  {"extra", q.text(10)}};
    s->powers.push_back(std::move(p));
  }
}

void read_responsibilities(const DutyDatabase& db, Snapshot* s) {
  Statement q(db.handle(),
              "SELECT r.power_code, r.stage, r.duty, r.accountability, ifnull(r.body_id, '') "
              "FROM responsibilities r LEFT JOIN powers p ON p.code = r.power_code "
              "ORDER BY p.sort, r.power_code, r.seq");
  while (q.step()) {
    Item r;
    r.key = q.text(0) + "/" + q.text(1) + "/" + q.text(2);
    r.label = q.text(0) + " " + q.text(1) + "：" + q.text(2);
    r.fields = {{"accountability", q.text(3)}, {"body_id", q.text(4)}};
    s->responsibilities.push_back(std::move(r));
  }
  make_keys_unique(&s->responsibilities);
}

void read_tasks(const DutyDatabase& db, Snapshot* s) {
  std::map<std::pair<std::string, long long>, std::vector<std::string>> bodies;
  Statement b(db.handle(), "SELECT list_id, seq, body_id FROM task_bodies ORDER BY list_id, seq, body_id");
  while (b.step()) bodies[{b.text(0), b.integer(1)}].push_back(b.text(2));
  Statement q(db.handle(),
              "SELECT t.list_id, t.seq, t.number, t.task, t.basis, ifnull(l.name, t.list_id) "
              "FROM tasks t LEFT JOIN task_lists l ON l.id = t.list_id "
              "ORDER BY l.sort, t.list_id, t.seq");
  while (q.step()) {
    Item t;
    t.key = q.text(0) + "/" + std::to_string(q.integer(2));
    t.label = q.text(5) + " 第" + std::to_string(q.integer(2)) + "项：" + q.text(3);
    t.fields = {{"task", q.text(3)},
                {"basis", q.text(4)},
                {"body_ids", join(bodies[{q.text(0), q.integer(1)}], "、")}};
    s->tasks.push_back(std::move(t));
  }
  make_keys_unique(&s->tasks);
}

void read_matters(const DutyDatabase& db, Snapshot* s) {
  struct Stage {
    std::string name, basis;
    std::vector<std::string> lead, cooperating;
  };
  std::map<std::string, std::vector<Stage>> stages;  // 编号 → stages in order
  std::map<std::pair<std::string, long long>, std::size_t> stage_at;
  Statement st(db.handle(), "SELECT code, seq, stage, basis FROM division_stages ORDER BY code, seq");
  while (st.step()) {
    auto& list = stages[st.text(0)];
    stage_at[{st.text(0), st.integer(1)}] = list.size();
    list.push_back({st.text(2), st.text(3), {}, {}});
  }
  Statement sb(db.handle(),
               "SELECT code, stage_seq, body_id, role FROM division_stage_bodies "
               "ORDER BY code, stage_seq, role, body_id");
  while (sb.step()) {
    auto it = stage_at.find({sb.text(0), sb.integer(1)});
    if (it == stage_at.end()) continue;
    Stage& stage = stages[sb.text(0)][it->second];
    (sb.text(3) == "lead" ? stage.lead : stage.cooperating).push_back(sb.text(2));
  }
  Statement q(db.handle(), "SELECT code, group_name, name FROM division_matters ORDER BY sort, code");
  while (q.step()) {
    Item m;
    m.key = q.text(0);
    m.label = q.text(0) + " " + q.text(2);
    std::vector<std::string> names, leads, cooperating, bases;
    for (const Stage& stage : stages[m.key]) {
      names.push_back(stage.name);
      leads.push_back(join(stage.lead, "、"));
      cooperating.push_back(join(stage.cooperating, "、"));
      bases.push_back(stage.basis);
    }
    m.fields = {{"group", q.text(1)},
                {"name", q.text(2)},
                {"stages", join(names, "\x1f")},
                {"lead_bodies", join(leads, "\x1f")},
                {"cooperating_bodies", join(cooperating, "\x1f")},
                {"basis", join(bases, "\x1f")}};
    s->matters.push_back(std::move(m));
  }
}

void read_words(const DutyDatabase& db, Snapshot* s) {
  Statement k(db.handle(), "SELECT word, target_kind, target FROM keywords ORDER BY word, target_kind, target");
  while (k.step()) s->keywords.push_back({k.text(0), k.text(1), k.text(2)});
  Statement y(db.handle(), "SELECT word, alternative FROM synonyms ORDER BY word, alternative");
  while (y.step()) s->synonyms.push_back({y.text(0), y.text(1)});
}

Snapshot read_snapshot(const DutyDatabase& db) {
  Snapshot s;
  read_info(db, &s);
  read_bodies(db, &s);
  read_clauses(db, &s);
  read_sandings(db, &s);
  read_documents(db, &s);
  read_powers(db, &s);
  read_responsibilities(db, &s);
  read_tasks(db, &s);
  read_matters(db, &s);
  read_words(db, &s);
  return s;
}

// ---------------------------------------------------------------------------------------------
// Matching

std::vector<std::string> changed_fields(const Item& a, const Item& b) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < b.fields.size(); ++i) {
    if (i >= a.fields.size() || a.fields[i].second != b.fields[i].second) {
      out.push_back(b.fields[i].first);
    }
  }
  return out;
}

ListDiff diff_items(const std::vector<Item>& old_items, const std::vector<Item>& new_items) {
  ListDiff d;
  std::map<std::string, const Item*> old_by_key, new_by_key;
  for (const Item& i : old_items) old_by_key[i.key] = &i;
  for (const Item& i : new_items) new_by_key[i.key] = &i;
  for (const Item& n : new_items) {
    auto it = old_by_key.find(n.key);
    if (it == old_by_key.end()) {
      d.added.push_back({n.key, n.label});
    } else if (auto fields = changed_fields(*it->second, n); !fields.empty()) {
      d.changed.push_back({n.key, n.label, std::move(fields)});
    }
  }
  for (const Item& o : old_items) {
    if (!new_by_key.count(o.key)) d.removed.push_back({o.key, o.label});
  }
  return d;
}

template <typename T, typename Key>
void diff_sets(const std::vector<T>& old_items, const std::vector<T>& new_items, Key key,
               std::vector<T>* added, std::vector<T>* removed) {
  std::set<decltype(key(old_items.front()))> old_keys, new_keys;
  for (const T& t : old_items) old_keys.insert(key(t));
  for (const T& t : new_items) new_keys.insert(key(t));
  for (const T& t : new_items) {
    if (!old_keys.count(key(t))) added->push_back(t);
  }
  for (const T& t : old_items) {
    if (!new_keys.count(key(t))) removed->push_back(t);
  }
}

void diff_dataset(const Snapshot& o, const Snapshot& n, PublicationDiff* d) {
  auto field = [&](const char* name, const std::string& a, const std::string& b) {
    if (a != b) d->dataset.push_back({name, a, b});
  };
  field("name", o.info.name, n.info.name);
  field("title", o.info.title, n.info.title);
  field("data_date", o.info.data_date, n.info.data_date);
  field("division_code", o.info.division_code, n.info.division_code);
  field("sample", o.info.sample ? "true" : "false", n.info.sample ? "true" : "false");
}

void diff_bodies(const Snapshot& o, const Snapshot& n, PublicationDiff* d) {
  for (const BodyRow& nb : n.bodies) {
    auto it = o.body_at.find(nb.body.id);
    if (it == o.body_at.end()) {
      d->bodies_added.push_back(nb.body);
      continue;
    }
    const BodyRow& ob = o.bodies[it->second];
    if (ob.body.name != nb.body.name || ob.body.short_name != nb.body.short_name) {
      d->bodies_renamed.push_back({nb.body.id, ob.body.name, nb.body.name, ob.body.short_name,
                                   nb.body.short_name});
    }
    if (ob.body.category != nb.body.category) {
      d->bodies_moved.push_back({nb.body.id, nb.body.name, nb.body.short_name, ob.body.category,
                                 nb.body.category});
    }
    if (auto fields = changed_fields(ob.other, nb.other); !fields.empty()) {
      d->bodies_changed.push_back({nb.body.id, nb.body.name, nb.body.short_name, std::move(fields)});
    }
  }
  for (const BodyRow& ob : o.bodies) {
    if (!n.body_at.count(ob.body.id)) d->bodies_removed.push_back(ob.body);
  }
}

// A body's name for the report: as the new publication names it, else as the old one did.
std::string body_label(const Snapshot& o, const Snapshot& n, const std::string& id) {
  return n.body_at.count(id) ? n.body_label(id) : o.body_label(id);
}

void diff_clauses(const DutyDatabase& new_db, const Snapshot& o, const Snapshot& n,
                  PublicationDiff* d) {
  using Key = std::pair<std::string, std::string>;  // body id, clause key
  std::map<Key, const ClauseRow*> old_by_key, new_by_key;
  for (const ClauseRow& c : o.clauses) old_by_key[{c.body_id, c.key}] = &c;
  for (const ClauseRow& c : n.clauses) new_by_key[{c.body_id, c.key}] = &c;

  std::vector<const ClauseRow*> added, removed;
  for (const ClauseRow& c : n.clauses) {
    auto it = old_by_key.find({c.body_id, c.key});
    if (it == old_by_key.end()) {
      added.push_back(&c);
    } else if (it->second->text != c.text) {
      d->clauses_reworded.push_back({c.body_id, body_label(o, n, c.body_id), c.key,
                                     it->second->text, c.text});
    }
  }
  for (const ClauseRow& c : o.clauses) {
    if (!new_by_key.count({c.body_id, c.key})) removed.push_back(&c);
  }

  // Transfers: first those the new publication's documents record, then the same text leaving
  // one body and arriving in another.
  std::map<const ClauseRow*, const ClauseRow*> transfer_of;  // removed → added
  std::set<const ClauseRow*> taken;
  std::map<Key, const ClauseRow*> added_by_key;
  for (const ClauseRow* c : added) added_by_key[{c->body_id, c->key}] = c;
  std::map<Key, std::vector<Key>> recorded;  // (from body, key) → (to body, as key)…
  Statement q(new_db.handle(),
              "SELECT c.body_id, c.clause_key, c.to_body_id, c.as_key FROM document_changes c "
              "JOIN documents d ON d.doc_no = c.doc_no "
              "WHERE c.action = 'transfer' AND d.effective <= ?1 ORDER BY d.effective, c.doc_no, c.seq");
  q.bind(1, n.info.data_date);
  while (q.step()) recorded[{q.text(0), q.text(1)}].push_back({q.text(2), q.text(3)});
  for (const ClauseRow* r : removed) {
    auto it = recorded.find({r->body_id, r->key});
    if (it == recorded.end()) continue;
    for (const Key& target : it->second) {
      auto a = added_by_key.find(target);
      if (a != added_by_key.end() && !taken.count(a->second)) {
        transfer_of[r] = a->second;
        taken.insert(a->second);
        break;
      }
    }
  }
  std::map<std::string, std::vector<const ClauseRow*>> added_by_text;  // in display order
  for (const ClauseRow* a : added) {
    if (!taken.count(a)) added_by_text[a->text].push_back(a);
  }
  for (const ClauseRow* r : removed) {
    if (transfer_of.count(r)) continue;
    auto same = added_by_text.find(r->text);
    if (same == added_by_text.end()) continue;
    for (const ClauseRow* a : same->second) {
      if (!taken.count(a) && a->body_id != r->body_id) {
        transfer_of[r] = a;
        taken.insert(a);
        break;
      }
    }
  }

  for (const ClauseRow* a : added) {
    if (!taken.count(a)) {
      d->clauses_added.push_back({a->body_id, body_label(o, n, a->body_id), a->key, a->text});
    }
  }
  for (const ClauseRow* r : removed) {
    auto t = transfer_of.find(r);
    if (t == transfer_of.end()) {
      d->clauses_removed.push_back({r->body_id, body_label(o, n, r->body_id), r->key, r->text});
    } else {
      const ClauseRow* a = t->second;
      d->clauses_transferred.push_back({r->body_id, body_label(o, n, r->body_id), r->key,
                                        a->body_id, body_label(o, n, a->body_id), a->key,
                                        r->text, a->text});
    }
  }
}

void diff_sandings(const Snapshot& o, const Snapshot& n, PublicationDiff* d) {
  std::vector<SandingRow> added, removed;
  diff_sets(o.sandings, n.sandings, [](const SandingRow& s) { return s.body_id + "\x1f" + s.doc_no; },
            &added, &removed);
  for (const auto& s : added) d->sandings_added.push_back({s.body_id, body_label(o, n, s.body_id), s.doc_no, s.effective});
  for (const auto& s : removed) d->sandings_removed.push_back({s.body_id, body_label(o, n, s.body_id), s.doc_no, s.effective});
}

void diff_documents(const Snapshot& o, const Snapshot& n, PublicationDiff* d) {
  ListDiff docs = diff_items(o.documents, n.documents);
  auto summary = [](const Snapshot& s, const DiffItem& item) {
    DiffDocument doc{item.key, item.label, "", ""};
    auto it = s.document_at.find(item.key);
    if (it != s.document_at.end()) {
      doc.kind = s.documents[it->second].fields[2].second;       // kind
      doc.effective = s.documents[it->second].fields[4].second;  // effective
    }
    return doc;
  };
  for (const auto& item : docs.added) d->documents_added.push_back(summary(n, item));
  for (const auto& item : docs.removed) d->documents_removed.push_back(summary(o, item));
  for (auto& item : docs.changed) {
    d->documents_changed.push_back({item.key, item.label, std::move(item.fields)});
  }
}

// ---------------------------------------------------------------------------------------------
// The text report

// At most `limit` characters of `text`, with … where it was cut.
std::string shorten(const std::string& text, std::size_t limit = 60) {
  std::size_t pos = 0, count = 0;
  while (pos < text.size() && count < limit) {
    next_code_point(text, &pos);
    ++count;
  }
  return pos < text.size() ? text.substr(0, pos) + "…" : text;
}

std::vector<std::string> code_points(const std::string& text) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t start = pos;
    next_code_point(text, &pos);
    out.push_back(text.substr(start, pos - start));
  }
  return out;
}

// "old → new" around where two wordings differ: a common beginning is skipped but for a few
// characters of context, and each side is cut to about 60 characters.
std::string reword_excerpt(const std::string& old_text, const std::string& new_text) {
  constexpr std::size_t kContext = 12;
  auto a = code_points(old_text), b = code_points(new_text);
  std::size_t common = 0;
  while (common < a.size() && common < b.size() && a[common] == b[common]) ++common;
  std::size_t from = common > kContext ? common - kContext : 0;
  auto tail = [&](const std::vector<std::string>& cps) {
    std::string s;
    for (std::size_t i = from; i < cps.size(); ++i) s += cps[i];
    return (from > 0 ? "…" : "") + shorten(s);
  };
  return tail(a) + " → " + tail(b);
}

using Labels = std::map<std::string, std::string>;

const Labels& body_field_labels() {
  static const Labels l = {{"rank", "规格"},         {"parent_id", "所属机构"},
                           {"uscc", "统一社会信用代码"}, {"division_code", "行政区划代码"},
                           {"host_id", "办事机构所在单位"}, {"institution_class", "事业单位类别"}};
  return l;
}
const Labels& document_field_labels() {
  static const Labels l = {{"title", "标题"},         {"issuer", "发文机关"}, {"kind", "类型"},
                           {"issued", "印发日期"},    {"effective", "生效日期"},
                           {"text", "正文"},          {"changes", "职责变动"}};
  return l;
}
const Labels& power_field_labels() {
  static const Labels l = {{"name", "事项名称"},       {"sub_name", "子项名称"},
                           {"type", "事项类型"},       {"body_id", "实施主体"},
                           {"basis", "实施依据"},      {"responsible_body_id", "责任主体"},
                           {"service_unit", "服务单位"}, {"time_limit", "办理时限"},
                           {"fee_basis", "收费依据"},  {"extra", "其他列"}};
  return l;
}
const Labels& responsibility_field_labels() {
  static const Labels l = {{"accountability", "追责情形"}, {"body_id", "责任主体"}};
  return l;
}
const Labels& task_field_labels() {
  static const Labels l = {{"task", "职责任务"}, {"basis", "依据"}, {"body_ids", "责任单位"}};
  return l;
}
const Labels& matter_field_labels() {
  static const Labels l = {{"group", "分组"},          {"name", "事项"},
                           {"stages", "环节"},         {"lead_bodies", "牵头单位"},
                           {"cooperating_bodies", "配合单位"}, {"basis", "依据"}};
  return l;
}
const Labels& dataset_field_labels() {
  static const Labels l = {{"name", "名称"},           {"title", "标题"},
                           {"data_date", "数据日期"},  {"division_code", "行政区划代码"},
                           {"sample", "示例数据"}};
  return l;
}

std::string field_names(const std::vector<std::string>& fields, const Labels& labels) {
  std::vector<std::string> names;
  for (const auto& f : fields) {
    auto it = labels.find(f);
    names.push_back(it == labels.end() ? f : it->second);
  }
  return join(names, "、");
}

std::string category_name(const std::string& code) {
  const BodyCategory* c = find_body_category(code);
  return c ? std::string(c->name) : code;
}

std::string display_name(const std::string& name, const std::string& short_name) {
  return short_name.empty() ? name : short_name;
}

// "机构：新增 2，撤销 1，更名 1": the parts that are not zero.
std::string count_line(const std::string& heading,
                       const std::vector<std::pair<const char*, std::size_t>>& parts) {
  std::vector<std::string> said;
  for (const auto& [word, n] : parts) {
    if (n > 0) said.push_back(std::string(word) + " " + std::to_string(n));
  }
  return heading + "：" + join(said, "，") + "\n";
}

void list_section(std::string* out, DiffDetail detail, const std::string& heading,
                  const ListDiff& d, const Labels& labels) {
  if (d.total() == 0) return;
  *out += count_line(heading, {{"新增", d.added.size()},
                               {"删除", d.removed.size()},
                               {"变更", d.changed.size()}});
  if (detail != DiffDetail::kFull) return;
  for (const auto& i : d.added) *out += "  + " + shorten(i.label) + "\n";
  for (const auto& i : d.removed) *out += "  - " + shorten(i.label) + "\n";
  for (const auto& i : d.changed) {
    *out += "  ~ " + shorten(i.label) + "：变更 " + field_names(i.fields, labels) + "\n";
  }
}

const char* keyword_kind_name(const std::string& kind) {
  if (kind == "duty") return "职责";
  if (kind == "matter") return "分工事项";
  if (kind == "power") return "权力事项";
  return "其他";
}

std::string dataset_value(const std::string& field, const std::string& value) {
  if (field == "sample") return value == "true" ? "是" : "否";
  return value.empty() ? "（空）" : value;
}

// ---------------------------------------------------------------------------------------------
// JSON

json info_json(const PublicationInfo& i) {
  return {{"name", i.name},
          {"title", i.title},
          {"data_date", i.data_date},
          {"division_code", i.division_code},
          {"sample", i.sample}};
}

json body_json(const DiffBody& b) {
  return {{"id", b.id}, {"name", b.name}, {"short_name", b.short_name}, {"category", b.category}};
}

json clause_json(const DiffClause& c) {
  return {{"body_id", c.body_id}, {"body_name", c.body_name}, {"key", c.key}, {"text", c.text}};
}

json sanding_json(const DiffSanding& s) {
  return {{"body_id", s.body_id}, {"body_name", s.body_name}, {"doc_no", s.doc_no},
          {"effective", s.effective}};
}

json document_json(const DiffDocument& d) {
  return {{"doc_no", d.doc_no}, {"title", d.title}, {"kind", d.kind}, {"effective", d.effective}};
}

json list_json(const ListDiff& d) {
  json out = {{"added", json::array()}, {"removed", json::array()}, {"changed", json::array()}};
  for (const auto& i : d.added) out["added"].push_back({{"key", i.key}, {"label", i.label}});
  for (const auto& i : d.removed) out["removed"].push_back({{"key", i.key}, {"label", i.label}});
  for (const auto& i : d.changed) {
    out["changed"].push_back({{"key", i.key}, {"label", i.label}, {"fields", i.fields}});
  }
  return out;
}

json list_counts(const ListDiff& d) {
  return {{"added", d.added.size()}, {"removed", d.removed.size()}, {"changed", d.changed.size()}};
}

template <typename T, typename F>
json array_of(const std::vector<T>& items, F to_json) {
  json out = json::array();
  for (const T& t : items) out.push_back(to_json(t));
  return out;
}

}  // namespace

int PublicationDiff::total() const {
  std::size_t n = dataset.size() + bodies_added.size() + bodies_removed.size() +
                  bodies_renamed.size() + bodies_moved.size() + bodies_changed.size() +
                  clauses_added.size() + clauses_removed.size() + clauses_reworded.size() +
                  clauses_transferred.size() + sandings_added.size() + sandings_removed.size() +
                  documents_added.size() + documents_removed.size() + documents_changed.size();
  return int(n) + powers.total() + responsibilities.total() + tasks.total() +
         division_matters.total() + keywords.total() + synonyms.total();
}

PublicationDiff diff_publications(const DutyDatabase& old_db, const DutyDatabase& new_db) {
  Snapshot o = read_snapshot(old_db);
  Snapshot n = read_snapshot(new_db);
  PublicationDiff d;
  d.old_info = o.info;
  d.new_info = n.info;
  diff_dataset(o, n, &d);
  diff_bodies(o, n, &d);
  diff_clauses(new_db, o, n, &d);
  diff_sandings(o, n, &d);
  diff_documents(o, n, &d);
  d.powers = diff_items(o.powers, n.powers);
  d.responsibilities = diff_items(o.responsibilities, n.responsibilities);
  d.tasks = diff_items(o.tasks, n.tasks);
  d.division_matters = diff_items(o.matters, n.matters);
  auto keyword_key = [](const DiffKeyword& k) { return k.word + "\x1f" + k.kind + "\x1f" + k.target; };
  diff_sets(o.keywords, n.keywords, keyword_key, &d.keywords.added, &d.keywords.removed);
  auto synonym_key = [](const DiffSynonym& s) { return s.word + "\x1f" + s.alternative; };
  diff_sets(o.synonyms, n.synonyms, synonym_key, &d.synonyms.added, &d.synonyms.removed);
  return d;
}

std::string diff_to_text(const PublicationDiff& d, DiffDetail detail) {
  const bool full = detail == DiffDetail::kFull;
  std::string out;
  if (full) {
    out += "旧发布：" + d.old_info.title + "（数据日期 " + d.old_info.data_date + "）\n";
    out += "新发布：" + d.new_info.title + "（数据日期 " + d.new_info.data_date + "）\n";
  }
  if (d.empty()) return out + "两次发布内容相同。\n";

  if (!d.dataset.empty()) {
    out += count_line("基本信息", {{"变更", d.dataset.size()}});
    if (full) {
      for (const auto& f : d.dataset) {
        out += "  ~ " + dataset_field_labels().at(f.field) + "：" +
               dataset_value(f.field, f.old_value) + " → " + dataset_value(f.field, f.new_value) + "\n";
      }
    }
  }

  if (d.bodies_added.size() + d.bodies_removed.size() + d.bodies_renamed.size() +
      d.bodies_moved.size() + d.bodies_changed.size()) {
    out += count_line("机构", {{"新增", d.bodies_added.size()},
                               {"撤销", d.bodies_removed.size()},
                               {"更名", d.bodies_renamed.size()},
                               {"调整类别", d.bodies_moved.size()},
                               {"其他变更", d.bodies_changed.size()}});
    if (full) {
      for (const auto& b : d.bodies_added) out += "  + " + b.name + " (" + b.id + ")\n";
      for (const auto& b : d.bodies_removed) out += "  - " + b.name + " (" + b.id + ")\n";
      for (const auto& r : d.bodies_renamed) {
        if (r.old_short_name != r.new_short_name) {
          out += "  ~ " + display_name(r.old_name, r.old_short_name) + " → " +
                 display_name(r.new_name, r.new_short_name) + " (" + r.id + ")";
          if (r.old_name != r.new_name) out += "，全称 " + r.old_name + " → " + r.new_name;
          out += "\n";
        } else {
          out += "  ~ " + r.old_name + " → " + r.new_name + " (" + r.id + ")\n";
        }
      }
      for (const auto& m : d.bodies_moved) {
        out += "  ~ " + display_name(m.name, m.short_name) + " (" + m.id + ")：类别 " +
               category_name(m.old_category) + " → " + category_name(m.new_category) + "\n";
      }
      for (const auto& c : d.bodies_changed) {
        out += "  ~ " + display_name(c.name, c.short_name) + " (" + c.id + ")：变更 " +
               field_names(c.fields, body_field_labels()) + "\n";
      }
    }
  }

  if (d.clauses_added.size() + d.clauses_removed.size() +
      d.clauses_reworded.size() + d.clauses_transferred.size()) {
    out += count_line("主要职责", {{"新增", d.clauses_added.size()},
                                   {"删除", d.clauses_removed.size()},
                                   {"修改", d.clauses_reworded.size()},
                                   {"划转", d.clauses_transferred.size()}});
    if (full) {
      for (const auto& c : d.clauses_added) {
        out += "  + " + c.body_name + " #" + c.key + "：" + shorten(c.text) + "\n";
      }
      for (const auto& c : d.clauses_removed) {
        out += "  - " + c.body_name + " #" + c.key + "：" + shorten(c.text) + "\n";
      }
      for (const auto& c : d.clauses_reworded) {
        out += "  ~ " + c.body_name + " #" + c.key + "：" + reword_excerpt(c.old_text, c.new_text) + "\n";
      }
      for (const auto& t : d.clauses_transferred) {
        out += "  → " + t.from_body_name + " #" + t.from_key + " 划转至 " + t.to_body_name + " #" +
               t.to_key + "：" +
               (t.old_text == t.new_text ? shorten(t.new_text) : reword_excerpt(t.old_text, t.new_text)) +
               "\n";
      }
    }
  }

  if (d.sandings_added.size() + d.sandings_removed.size()) {
    out += count_line("三定规定", {{"新增", d.sandings_added.size()},
                                   {"删除", d.sandings_removed.size()}});
    if (full) {
      for (const auto& s : d.sandings_added) {
        out += "  + " + s.body_name + " " + s.doc_no + "（" + s.effective + " 起施行）\n";
      }
      for (const auto& s : d.sandings_removed) {
        out += "  - " + s.body_name + " " + s.doc_no + "（" + s.effective + " 起施行）\n";
      }
    }
  }

  if (d.documents_added.size() + d.documents_removed.size() + d.documents_changed.size()) {
    out += count_line("文件", {{"新增", d.documents_added.size()},
                               {"删除", d.documents_removed.size()},
                               {"变更", d.documents_changed.size()}});
    if (full) {
      for (const auto& doc : d.documents_added) out += "  + " + doc.doc_no + " " + shorten(doc.title) + "\n";
      for (const auto& doc : d.documents_removed) out += "  - " + doc.doc_no + " " + shorten(doc.title) + "\n";
      for (const auto& doc : d.documents_changed) {
        out += "  ~ " + doc.doc_no + " " + shorten(doc.title) + "：变更 " +
               field_names(doc.fields, document_field_labels()) + "\n";
      }
    }
  }

  list_section(&out, detail, "权力清单", d.powers, power_field_labels());
  list_section(&out, detail, "责任清单", d.responsibilities, responsibility_field_labels());
  list_section(&out, detail, "职责任务清单", d.tasks, task_field_labels());
  list_section(&out, detail, "职责分工清单", d.division_matters, matter_field_labels());

  if (d.keywords.total()) {
    out += count_line("关键词", {{"新增", d.keywords.added.size()}, {"删除", d.keywords.removed.size()}});
    if (full) {
      for (const auto& k : d.keywords.added) {
        out += "  + " + k.word + "（" + keyword_kind_name(k.kind) + " " + k.target + "）\n";
      }
      for (const auto& k : d.keywords.removed) {
        out += "  - " + k.word + "（" + keyword_kind_name(k.kind) + " " + k.target + "）\n";
      }
    }
  }
  if (d.synonyms.total()) {
    out += count_line("同义词", {{"新增", d.synonyms.added.size()}, {"删除", d.synonyms.removed.size()}});
    if (full) {
      for (const auto& s : d.synonyms.added) out += "  + " + s.word + " = " + s.alternative + "\n";
      for (const auto& s : d.synonyms.removed) out += "  - " + s.word + " = " + s.alternative + "\n";
    }
  }
  return out;
}

json diff_to_json(const PublicationDiff& d) {
  json counts = {
      {"dataset", d.dataset.size()},
      {"bodies", {{"added", d.bodies_added.size()},
                  {"removed", d.bodies_removed.size()},
                  {"renamed", d.bodies_renamed.size()},
                  {"moved", d.bodies_moved.size()},
                  {"changed", d.bodies_changed.size()}}},
      {"clauses", {{"added", d.clauses_added.size()},
                   {"removed", d.clauses_removed.size()},
                   {"reworded", d.clauses_reworded.size()},
                   {"transferred", d.clauses_transferred.size()}}},
      {"sandings", {{"added", d.sandings_added.size()}, {"removed", d.sandings_removed.size()}}},
      {"documents", {{"added", d.documents_added.size()},
                     {"removed", d.documents_removed.size()},
                     {"changed", d.documents_changed.size()}}},
      {"powers", list_counts(d.powers)},
      {"responsibilities", list_counts(d.responsibilities)},
      {"tasks", list_counts(d.tasks)},
      {"division_matters", list_counts(d.division_matters)},
      {"keywords", {{"added", d.keywords.added.size()}, {"removed", d.keywords.removed.size()}}},
      {"synonyms", {{"added", d.synonyms.added.size()}, {"removed", d.synonyms.removed.size()}}}};

  auto keyword = [](const DiffKeyword& k) {
    return json{{"word", k.word}, {"kind", k.kind}, {"target", k.target}};
  };
  auto synonym = [](const DiffSynonym& s) {
    return json{{"word", s.word}, {"alternative", s.alternative}};
  };
  json out;
  out["identical"] = d.empty();
  out["total"] = d.total();
  out["old"] = info_json(d.old_info);
  out["new"] = info_json(d.new_info);
  out["counts"] = std::move(counts);
  out["dataset"] = array_of(d.dataset, [](const DatasetFieldChange& f) {
    return json{{"field", f.field}, {"old", f.old_value}, {"new", f.new_value}};
  });
  out["bodies"] = {
      {"added", array_of(d.bodies_added, body_json)},
      {"removed", array_of(d.bodies_removed, body_json)},
      {"renamed", array_of(d.bodies_renamed, [](const BodyRename& r) {
         return json{{"id", r.id},
                     {"old_name", r.old_name},
                     {"new_name", r.new_name},
                     {"old_short_name", r.old_short_name},
                     {"new_short_name", r.new_short_name}};
       })},
      {"moved", array_of(d.bodies_moved, [](const BodyMove& m) {
         return json{{"id", m.id},
                     {"name", m.name},
                     {"short_name", m.short_name},
                     {"old_category", m.old_category},
                     {"new_category", m.new_category}};
       })},
      {"changed", array_of(d.bodies_changed, [](const BodyChange& c) {
         return json{{"id", c.id}, {"name", c.name}, {"short_name", c.short_name}, {"fields", c.fields}};
       })}};
  out["clauses"] = {
      {"added", array_of(d.clauses_added, clause_json)},
      {"removed", array_of(d.clauses_removed, clause_json)},
      {"reworded", array_of(d.clauses_reworded, [](const ClauseReword& r) {
         return json{{"body_id", r.body_id},   {"body_name", r.body_name}, {"key", r.key},
                     {"old_text", r.old_text}, {"new_text", r.new_text}};
       })},
      {"transferred", array_of(d.clauses_transferred, [](const ClauseTransfer& t) {
         return json{{"from_body_id", t.from_body_id}, {"from_body_name", t.from_body_name},
                     {"from_key", t.from_key},         {"to_body_id", t.to_body_id},
                     {"to_body_name", t.to_body_name}, {"to_key", t.to_key},
                     {"old_text", t.old_text},         {"new_text", t.new_text}};
       })}};
  out["sandings"] = {{"added", array_of(d.sandings_added, sanding_json)},
                     {"removed", array_of(d.sandings_removed, sanding_json)}};
  out["documents"] = {
      {"added", array_of(d.documents_added, document_json)},
      {"removed", array_of(d.documents_removed, document_json)},
      {"changed", array_of(d.documents_changed, [](const DocumentChange& c) {
         return json{{"doc_no", c.doc_no}, {"title", c.title}, {"fields", c.fields}};
       })}};
  out["powers"] = list_json(d.powers);
  out["responsibilities"] = list_json(d.responsibilities);
  out["tasks"] = list_json(d.tasks);
  out["division_matters"] = list_json(d.division_matters);
  out["keywords"] = {{"added", array_of(d.keywords.added, keyword)},
                     {"removed", array_of(d.keywords.removed, keyword)}};
  out["synonyms"] = {{"added", array_of(d.synonyms.added, synonym)},
                     {"removed", array_of(d.synonyms.removed, synonym)}};
  return out;
}

}  // namespace dutyatlas
