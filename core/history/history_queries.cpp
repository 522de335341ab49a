// SQL behind history_queries.h. Schema: bundle_schema.h.
#include "core/history/history_queries.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "core/base/sqlite_statement.h"

namespace dutyatlas {
namespace {

struct KindName {
  std::string_view code, label;
};
constexpr KindName kKinds[] = {
    {"sanding", "三定"}, {"added", "新增"},   {"removed", "删除"},
    {"reworded", "修改"}, {"transferred", "划转"},
};

// A record with what orders it as the replay did.
struct Ordered {
  DutyChangeRecord record;
  int order = 0;  // 0: a 三定, 1: a document's changes
  long long sort = 0;
  long long seq = 0;
};

// Body names, read as the records name them: a change log of one body or one document names a
// handful of bodies, so reading all of them (thousands at scale) would cost more than the log.
class BodyNames {
 public:
  explicit BodyNames(const DutyDatabase& db) : q_(db.handle(), "SELECT name FROM bodies WHERE id = ?1") {}
  const std::string& operator()(const std::string& id) {
    auto it = names_.find(id);
    if (it != names_.end()) return it->second;
    q_.reset();
    q_.bind(1, id);
    std::string name = q_.step() ? q_.text(0) : id;
    q_.reset();
    return names_.emplace(id, std::move(name)).first->second;
  }

 private:
  Statement q_;
  std::map<std::string, std::string> names_;
};

// The text of the body's clause `key` that `doc_no` ended (`how`) or opened (`how`).
class VersionText {
 public:
  explicit VersionText(const DutyDatabase& db)
      : closed_(db.handle(),
                "SELECT text FROM clause_versions WHERE body_id = ?1 AND key = ?2 AND "
                "closed_by = ?3 AND closed_how = ?4 LIMIT 1"),
        opened_(db.handle(),
                "SELECT text FROM clause_versions WHERE body_id = ?1 AND key = ?2 AND "
                "opened_by = ?3 AND opened_how = ?4 LIMIT 1") {}
  std::string closed(const std::string& body, const std::string& key, const std::string& doc,
                     const char* how) {
    return fetch(closed_, body, key, doc, how);
  }
  std::string opened(const std::string& body, const std::string& key, const std::string& doc,
                     const char* how) {
    return fetch(opened_, body, key, doc, how);
  }

 private:
  static std::string fetch(Statement& q, const std::string& body, const std::string& key,
                           const std::string& doc, const char* how) {
    q.reset();
    q.bind(1, body).bind(2, key).bind(3, doc).bind(4, std::string_view(how));
    std::string text = q.step() ? q.text(0) : std::string();
    q.reset();
    return text;
  }
  Statement closed_, opened_;
};

DocumentSummary read_document(const Statement& q, int first) {
  return {q.text(first), q.text(first + 1), q.text(first + 2),
          q.text(first + 3), q.text(first + 4), q.text(first + 5)};
}

}  // namespace

std::string_view change_kind_label(std::string_view kind) {
  for (const auto& k : kKinds) if (k.code == kind) return k.label;
  return kind;
}

bool parse_change_kind(std::string_view text, std::string* code) {
  for (const auto& k : kKinds) {
    if (k.code == text || k.label == text) {
      *code = std::string(k.code);
      return true;
    }
  }
  return false;
}

std::vector<DutyChangeRecord> district_changes(const DutyDatabase& db, std::string_view from,
                                               std::string_view to, std::string_view body_id,
                                               std::string_view kind) {
  const std::string_view lower = from, upper = to, body = body_id;
  BodyNames name_of(db);
  std::vector<Ordered> list;
  bool want_sandings = kind.empty() || kind == "sanding";
  if (want_sandings) {
    Statement q(db.handle(),
                "SELECT s.body_id, d.doc_no, d.title, d.issuer, d.kind, d.issued, d.effective, "
                "d.sort, ifnull(b.sort, 0), (SELECT count(*) FROM clause_versions v WHERE "
                "v.body_id = s.body_id AND v.opened_by = s.doc_no AND v.opened_how = 'sanding') "
                "FROM sandings s JOIN documents d ON d.doc_no = s.doc_no "
                "LEFT JOIN bodies b ON b.id = s.body_id "
                "WHERE (?1 = '' OR d.effective >= ?1) AND (?2 = '' OR d.effective <= ?2) "
                "AND (?3 = '' OR s.body_id = ?3)");
    q.bind(1, lower).bind(2, upper).bind(3, body);
    while (q.step()) {
      Ordered o;
      o.order = 0;
      o.record.document = read_document(q, 1);
      o.record.date = o.record.document.effective;
      o.record.kind = "sanding";
      o.record.body_id = q.text(0);
      o.record.body_name = name_of(o.record.body_id);
      o.record.clause_count = int(q.integer(9));
      o.sort = q.integer(7);
      o.seq = q.integer(8);
      list.push_back(std::move(o));
    }
  }
  if (kind != "sanding") {
    VersionText versions(db);
    Statement q(db.handle(),
                "SELECT d.doc_no, d.title, d.issuer, d.kind, d.issued, d.effective, d.sort, c.seq, "
                "c.action, c.body_id, c.clause_key, c.text, ifnull(c.to_body_id, ''), c.as_key "
                "FROM document_changes c JOIN documents d ON d.doc_no = c.doc_no "
                "WHERE (?1 = '' OR d.effective >= ?1) AND (?2 = '' OR d.effective <= ?2) "
                "AND (?3 = '' OR c.body_id = ?3 OR c.to_body_id = ?3)");
    q.bind(1, lower).bind(2, upper).bind(3, body);
    while (q.step()) {
      Ordered o;
      o.order = 1;
      DutyChangeRecord& r = o.record;
      r.document = read_document(q, 0);
      r.date = r.document.effective;
      o.sort = q.integer(6);
      o.seq = q.integer(7);
      std::string action = q.text(8);
      r.body_id = q.text(9);
      r.body_name = name_of(r.body_id);
      r.key = q.text(10);
      std::string text = q.text(11);
      const std::string& doc = r.document.doc_no;
      if (action == "add") {
        r.kind = "added";
        r.text = text;
      } else if (action == "remove") {
        r.kind = "removed";
        r.text = versions.closed(r.body_id, r.key, doc, "remove");
      } else if (action == "reword") {
        r.kind = "reworded";
        r.text = text;
        r.old_text = versions.closed(r.body_id, r.key, doc, "reword");
        r.spans = diff_chars(r.old_text, r.text);
      } else if (action == "transfer") {
        r.kind = "transferred";
        r.other_body_id = q.text(12);
        r.other_body_name = name_of(r.other_body_id);
        r.other_key = q.text(13);
        std::string before = versions.closed(r.body_id, r.key, doc, "transfer-out");
        r.text = text.empty() ? before : text;
        if (r.text != before) {
          r.old_text = before;
          r.spans = diff_chars(before, r.text);
        }
      } else {
        continue;
      }
      if (!kind.empty() && r.kind != kind) continue;
      list.push_back(std::move(o));
    }
  }
  std::stable_sort(list.begin(), list.end(), [](const Ordered& a, const Ordered& b) {
    return std::tie(a.record.date, a.order, a.record.document.issued, a.sort, a.seq) <
           std::tie(b.record.date, b.order, b.record.document.issued, b.sort, b.seq);
  });
  std::vector<DutyChangeRecord> out;
  out.reserve(list.size());
  for (auto& o : list) out.push_back(std::move(o.record));
  return out;
}

std::optional<BodyTimeline> body_timeline(const DutyDatabase& db, std::string_view body_id) {
  auto body = find_body(db, body_id);
  if (!body) return std::nullopt;
  BodyTimeline t;
  t.body_id = body->id;
  t.body_name = body->name;
  std::map<std::string, std::size_t> entry_of;
  for (auto& r : district_changes(db, {}, {}, body_id, {})) {
    auto it = entry_of.find(r.document.doc_no);
    if (it == entry_of.end()) {
      it = entry_of.emplace(r.document.doc_no, t.entries.size()).first;
      t.entries.push_back({r.document, false, {}, 0, {}});
    }
    TimelineEntry& e = t.entries[it->second];
    TimelineCounts& c = e.counts;
    if (r.kind == "sanding") {
      e.sanding = true;
      c.established += r.clause_count;
    } else if (r.kind == "added") {
      ++c.added;
    } else if (r.kind == "removed") {
      ++c.removed;
    } else if (r.kind == "reworded") {
      ++c.reworded;
    } else if (r.kind == "transferred") {
      if (r.body_id == body->id) ++c.transferred_out;
      else ++c.transferred_in;
    }
    e.changes.push_back(std::move(r));
  }
  Statement superseded(db.handle(),
                       "SELECT count(*) FROM clause_versions WHERE body_id = ?1 AND closed_by = ?2 "
                       "AND closed_how = 'superseded'");
  Statement in_force(db.handle(),
                     "SELECT count(*) FROM clause_versions WHERE body_id = ?1 AND valid_from <= ?2 "
                     "AND (valid_to = '' OR valid_to > ?2)");
  for (TimelineEntry& e : t.entries) {
    if (e.sanding) {
      superseded.reset();
      superseded.bind(1, body_id).bind(2, e.document.doc_no);
      if (superseded.step()) e.counts.superseded = int(superseded.integer(0));
    }
    in_force.reset();
    in_force.bind(1, body_id).bind(2, e.document.effective);
    if (in_force.step()) e.clauses_after = int(in_force.integer(0));
  }
  return t;
}

}  // namespace dutyatlas
