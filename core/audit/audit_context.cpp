// The audit's shared reading of the database (see audit_context.h).
#include "core/audit/audit_context.h"

#include <initializer_list>

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

namespace {

bool ends_with(const std::string& text, const std::string& tail) {
  return text.size() >= tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

bool ends_with_any(const std::string& text, std::initializer_list<const char*> tails) {
  for (const char* tail : tails) {
    if (ends_with(text, tail)) return true;
  }
  return false;
}

}  // namespace

bool is_leading_organ_office(const AuditContext::BodyInfo& body) {
  static const std::string kOffice = "办公室";
  if (!ends_with(body.name, kOffice)) return false;
  const std::string organ = body.name.substr(0, body.name.size() - kOffice.size());
  if (body.category == "party") return ends_with_any(organ, {"区委", "县委", "市委", "旗委"});
  if (body.category == "government") return ends_with(organ, "人民政府");
  if (body.category == "npc") return ends_with_any(organ, {"人民代表大会常务委员会", "人大常委会"});
  if (body.category == "cppcc") {
    return ends_with_any(organ, {"政协"}) ||
           (organ.rfind("中国人民政治协商会议", 0) == 0 &&
            ends_with_any(organ, {"区委员会", "县委员会", "市委员会", "旗委员会"}));
  }
  return false;
}

bool AuditContext::related(const std::string& a, const std::string& b) const {
  auto ia = bodies.find(a), ib = bodies.find(b);
  if (ia == bodies.end() || ib == bodies.end()) return false;
  const BodyInfo &x = ia->second, &y = ib->second;
  return x.parent_id == b || y.parent_id == a || x.host_id == b || y.host_id == a ||
         (x.category == "street" && y.category == "street") ||
         (x.category != y.category && is_leading_organ_office(x) && is_leading_organ_office(y));
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
