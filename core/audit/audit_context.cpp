// The audit's shared reading of the database (see audit_context.h).
#include "core/audit/audit_context.h"

#include "core/base/sqlite_statement.h"

namespace dutyatlas {

AuditContext::AuditContext(const DutyDatabase& db_in, const AuditOptions& options_in)
    : db(db_in), options(options_in), only(options_in.only_bodies.begin(), options_in.only_bodies.end()) {
  Statement date(db.handle(), "SELECT value FROM meta WHERE key = 'data_date'");
  if (date.step()) data_date = date.text(0);
  Statement q(db.handle(),
              "SELECT id, name, category, ifnull(parent_id, ''), ifnull(host_id, '') FROM bodies");
  while (q.step()) bodies[q.text(0)] = {q.text(1), q.text(2), q.text(3), q.text(4)};
}

std::string AuditContext::name(const std::string& id) const { return name_of(id); }

const std::string& AuditContext::name_of(const std::string& id) const {
  auto it = bodies.find(id);
  return it == bodies.end() ? id : it->second.name;
}

bool AuditContext::related(const std::string& a, const std::string& b) const {
  auto ia = bodies.find(a), ib = bodies.find(b);
  if (ia == bodies.end() || ib == bodies.end()) return false;
  const BodyInfo &x = ia->second, &y = ib->second;
  return x.parent_id == b || y.parent_id == a || x.host_id == b || y.host_id == a ||
         (x.category == "street" && y.category == "street");
}

FindingRef AuditContext::body_ref(const std::string& id, std::string item, std::string text,
                                  std::string file) const {
  return {id, name(id), std::move(item), std::move(text), std::move(file)};
}

void add_finding(std::vector<AuditFinding>* out, FindingKind kind, double score, std::string summary,
                 FindingRef ref) {
  AuditFinding f;
  f.kind = kind;
  f.score = score;
  f.summary = std::move(summary);
  f.refs.push_back(std::move(ref));
  out->push_back(std::move(f));
}

std::string sanding_file(const std::string& body_id) { return "sanding/" + body_id + ".json"; }

}  // namespace dutyatlas
