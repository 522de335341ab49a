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
  // A department and its own institution or division, a coordination body and its host, or two
  // towns/streets (街道/镇): their duties are meant to meet — the institution carries out the
  // department's, each town the same duties for its own territory — so their likeness is no
  // overlap.
  bool related(const std::string& a, const std::string& b) const;
  FindingRef body_ref(const std::string& id, std::string item = {}, std::string text = {},
                      std::string file = {}) const;
};

// Appends a finding with one reference (most kinds have exactly one).
void add_finding(std::vector<AuditFinding>* out, FindingKind kind, double score, std::string summary,
                 FindingRef ref);

// The file a body's 三定 is kept in (docs/source-format.md: sanding/<id>.json).
std::string sanding_file(const std::string& body_id);

}  // namespace dutyatlas
