// What every 职责体检 finder needs from the database, read once: the data date, the bodies (name,
// parent, host) and the body filter of AuditOptions. Not a cache across audits.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/audit/audit_report.h"

namespace dutyatlas {

struct AuditContext {
  const DutyDatabase& db;
  const AuditOptions& options;
  std::string data_date;
  struct BodyInfo {
    std::string name, category, parent_id, host_id;
  };
  std::unordered_map<std::string, BodyInfo> bodies;
  std::unordered_set<std::string> only;  // options.only_bodies

  AuditContext(const DutyDatabase& db, const AuditOptions& options);
  bool known(const std::string& id) const { return bodies.count(id) > 0; }
  bool in_scope(const std::string& id) const { return only.empty() || only.count(id) > 0; }
  // The body's name, or the id itself when it is not in the data.
  std::string name(const std::string& id) const;
  // The same without a copy (the id itself when not in the data).
  const std::string& name_of(const std::string& id) const;
  // A department and its own institution or division, a coordination body and its host, two
  // towns/streets (街道/镇), or the general offices of two different leading organs
  // (is_leading_organ_office): their duties are meant to meet — the institution carries out the
  // department's, each town the same duties for its own territory, each office the same service
  // for its own organ — so their likeness is no overlap.
  bool related(const std::string& a, const std::string& b) const;
  FindingRef body_ref(const std::string& id, std::string item = {}, std::string text = {},
                      std::string file = {}) const;
};

// The general office (办公室) of one of a district's four leading organs — the Party committee
// (区委办公室), the people's congress standing committee (人大常委会办公室), the government (人民政
// 府办公室) and the CPPCC committee (政协…委员会办公室) — told by its category and a name that is the
// organ's own followed by 办公室 (中共示例区委机构编制委员会办公室 is no such office). Each runs its own
// organ's meetings, leaders' service and 机关 affairs: parallel duties, not overlaps.
bool is_leading_organ_office(const AuditContext::BodyInfo& body);

// Appends a finding with one reference (most kinds have exactly one).
void add_finding(std::vector<AuditFinding>* out, FindingKind kind, double score, std::string summary,
                 FindingRef ref);

// The file a body's 三定 is kept in (docs/source-format.md: sanding/<id>.json).
std::string sanding_file(const std::string& body_id);

}  // namespace dutyatlas
