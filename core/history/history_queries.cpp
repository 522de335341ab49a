// SQL behind history_queries.h. Schema: bundle_schema.h.
#include "core/history/history_queries.h"

#include <algorithm>
#include <cassert>
#include <map>
#include <tuple>

#include "core/base/sqlite_statement.h"
#include "core/history/duty_history.h"

namespace dutyatlas {
namespace {

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

// The wording of the body's clause `key` that `doc_no` ended (`how`).
class ClosedText {
 public:
  explicit ClosedText(const DutyDatabase& db)
      : q_(db.handle(),
           "SELECT text FROM clause_versions WHERE body_id = ?1 AND key = ?2 AND "
           "closed_by = ?3 AND closed_how = ?4 LIMIT 1") {}
  std::string operator()(const std::string& body, const std::string& key, const std::string& doc,
                         ClosedHow how) {
    q_.reset();
    q_.bind(1, body).bind(2, key).bind(3, doc).bind(4, closed_how_code(how));
    std::string text = q_.step() ? q_.text(0) : std::string();
    q_.reset();
    return text;
  }

 private:
  Statement q_;
};

DocumentSummary read_document(const Statement& q, int first) {
  return {q.text(first), q.text(first + 1), q.text(first + 2),
          q.text(first + 3), q.text(first + 4), q.text(first + 5)};
}

}  // namespace

std::vector<DutyChangeRecord> district_changes(const DutyDatabase& db, std::string_view from,
                                               std::string_view to, std::string_view body_id,
                                               std::optional<ChangeKind> kind) {
  const std::string_view lower = from, upper = to, body = body_id;
  BodyNames name_of(db);
  std::vector<Ordered> list;
  // What every record starts with: the document (its columns from `first` on, then its sort)
  // and the body the change is made to, at column `body_column`.
  auto start_record = [&](const Statement& q, int order, int first, int body_column) {
    Ordered o;
    o.order = order;
    o.record.document = read_document(q, first);
    o.record.date = o.record.document.effective;
    o.sort = q.integer(first + 6);
    o.record.body_id = q.text(body_column);
    o.record.body_name = name_of(o.record.body_id);
    return o;
  };
  if (!kind || *kind == ChangeKind::kSanding) {
    Statement q(db.handle(),
                "SELECT s.body_id, d.doc_no, d.title, d.issuer, d.kind, d.issued, d.effective, "
                "d.sort, ifnull(b.sort, 0), (SELECT count(*) FROM clause_versions v WHERE "
                "v.body_id = s.body_id AND v.opened_by = s.doc_no AND v.opened_how = ?4) "
                "FROM sandings s JOIN documents d ON d.doc_no = s.doc_no "
                "LEFT JOIN bodies b ON b.id = s.body_id "
                "WHERE (?1 = '' OR d.effective >= ?1) AND (?2 = '' OR d.effective <= ?2) "
                "AND (?3 = '' OR s.body_id = ?3)");
    q.bind(1, lower).bind(2, upper).bind(3, body).bind(4, opened_how_code(OpenedHow::kSanding));
    while (q.step()) {
      Ordered o = start_record(q, 0, 1, 0);
      o.record.kind = ChangeKind::kSanding;
      o.record.clause_count = int(q.integer(9));
      o.seq = q.integer(8);
      list.push_back(std::move(o));
    }
  }
  if (kind != ChangeKind::kSanding) {
    ClosedText closed_text(db);
    Statement q(db.handle(),
                "SELECT d.doc_no, d.title, d.issuer, d.kind, d.issued, d.effective, d.sort, c.seq, "
                "c.action, c.body_id, c.clause_key, c.text, ifnull(c.to_body_id, ''), c.as_key "
                "FROM document_changes c JOIN documents d ON d.doc_no = c.doc_no "
                "WHERE (?1 = '' OR d.effective >= ?1) AND (?2 = '' OR d.effective <= ?2) "
                "AND (?3 = '' OR c.body_id = ?3 OR c.to_body_id = ?3)");
    q.bind(1, lower).bind(2, upper).bind(3, body);
    while (q.step()) {
      Ordered o = start_record(q, 1, 0, 9);
      o.seq = q.integer(7);
      DutyChangeRecord& r = o.record;
      ChangeAction action = ChangeAction::kAdd;
      [[maybe_unused]] bool known = parse_change_action(q.text(8), &action);
      assert(known && "document_changes.action holds a code the builder writes");
      r.key = q.text(10);
      std::string text = q.text(11);
      const std::string& doc = r.document.doc_no;
      switch (action) {
        case ChangeAction::kAdd:
          r.kind = ChangeKind::kAdded;
          r.text = text;
          break;
        case ChangeAction::kRemove:
          r.kind = ChangeKind::kRemoved;
          r.text = closed_text(r.body_id, r.key, doc, ClosedHow::kRemove);
          break;
        case ChangeAction::kReword:
          r.kind = ChangeKind::kReworded;
          r.text = text;
          r.old_text = closed_text(r.body_id, r.key, doc, ClosedHow::kReword);
          r.spans = diff_chars(r.old_text, r.text);
          break;
        case ChangeAction::kTransfer: {
          r.kind = ChangeKind::kTransferred;
          r.other_body_id = q.text(12);
          r.other_body_name = name_of(r.other_body_id);
          r.other_key = q.text(13);
          std::string before = closed_text(r.body_id, r.key, doc, ClosedHow::kTransferOut);
          r.text = text.empty() ? before : text;
          if (r.text != before) {
            r.old_text = before;
            r.spans = diff_chars(before, r.text);
          }
          break;
        }
      }
      if (kind && r.kind != *kind) continue;
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
    switch (r.kind) {
      case ChangeKind::kSanding:
        e.sanding = true;
        c.established += r.clause_count;
        break;
      case ChangeKind::kAdded: ++c.added; break;
      case ChangeKind::kRemoved: ++c.removed; break;
      case ChangeKind::kReworded: ++c.reworded; break;
      case ChangeKind::kTransferred:
        if (r.body_id == body->id) ++c.transferred_out;
        else ++c.transferred_in;
        break;
    }
    e.changes.push_back(std::move(r));
  }
  Statement superseded(db.handle(),
                       "SELECT count(*) FROM clause_versions WHERE body_id = ?1 AND closed_by = ?2 "
                       "AND closed_how = ?3");
  Statement in_force(db.handle(),
                     "SELECT count(*) FROM clause_versions WHERE body_id = ?1 AND valid_from <= ?2 "
                     "AND (valid_to = '' OR valid_to > ?2)");
  for (TimelineEntry& e : t.entries) {
    if (e.sanding) {
      superseded.reset();
      superseded.bind(1, body_id).bind(2, e.document.doc_no);
      superseded.bind(3, closed_how_code(ClosedHow::kSuperseded));
      if (superseded.step()) e.counts.superseded = int(superseded.integer(0));
    }
    in_force.reset();
    in_force.bind(1, body_id).bind(2, e.document.effective);
    if (in_force.step()) e.clauses_after = int(in_force.integer(0));
  }
  return t;
}

}  // namespace dutyatlas
